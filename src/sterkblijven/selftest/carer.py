"""The carer's screens: people, plans, equipment, suggestions, data and papers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sterkblijven.domain import readiness
from sterkblijven.selftest.walk import Walk
from sterkblijven.ui.common.files import PresetFiles

if TYPE_CHECKING:
    from sterkblijven.ui.shell.main_window import MainWindow

PIN = "2580"  # the carer PIN the self-test sets and types


def walk_carer(walk: Walk, window: MainWindow) -> None:
    """Open the carer part, set a PIN, add a second person, and choose by name tile."""
    window.show_home()
    window.open_settings().carer.click()
    walk.render("carer", window)
    carer = window.pages.carer
    carer.new_pin.setText(PIN)
    carer.repeat_pin.setText(PIN)
    carer.save_pin.click()
    carer.add.click()
    wizard = window.wizard
    assert wizard is not None
    walk.render("carer-add-someone", window)  # straight at the person: the computer is set up
    wizard.person_step.name.setText("Tweede Persoon")
    wizard.person_step.year.setText("1950")
    wizard.person_step.male.click()
    wizard.next.click()
    for code in readiness.QUESTIONS:
        wizard.readiness_step.answer_buttons(code)[1].click()
    wizard.next.click()
    if wizard.current_step() is not wizard.equipment_source_step:
        raise AssertionError("adding someone offers the equipment of who trains here")
    walk.render("carer-add-same-equipment", window)
    for _ in range(4):  # own equipment, dumbbells, bands, summary and finish
        wizard.next.click()
    window.start()
    if window.stack.currentWidget() is not window.pages.choose:
        raise AssertionError("with two people the start shows name tiles")
    walk.render("choose", window)
    window.pages.choose.tile_buttons()[0].click()
    walk.render("home-two-people", window)


def walk_data(walk: Walk, window: MainWindow, files: PresetFiles) -> None:
    """Make the papers of the first person, back up, export, read back in and restore."""
    from sterkblijven.domain.backups import BackupKind

    window.show_papers(1, "Self Test")
    papers = window.pages.papers
    for button in (
        papers.report_pdf,
        papers.report_print,
        papers.card_pdf,
        papers.card_print,
        papers.calendar_save,
    ):
        button.click()
        if papers.error.isVisibleTo(papers):
            raise AssertionError(f"{button.text()}: {papers.error.text()}")
    walk.render("papers-saved", window)
    saved = {path.suffix for path in files.folder.iterdir()}
    if saved != {".pdf", ".ics"}:
        raise AssertionError(f"the papers were not all saved: {sorted(saved)}")
    window.show_data()
    page = window.pages.data
    page.backup_now.click()
    page.export_json.click()
    walk.wait_until(lambda: not page.busy, "saving the file")
    walk.render("data-saved", window)
    files.open_path = next(files.folder.glob("*.json"))
    page.import_file.click()
    walk.wait_until(lambda: not page.busy, "reading the file")
    walk.render("data-import-question", window)
    page.on_import_cancelled()
    manual = next(b for b in page.listed() if b.kind is BackupKind.MANUAL)
    page.ask_restore(manual.path)
    walk.render("data-restore-question", window)
    page.on_restore_confirmed()
    if page.error.isVisibleTo(page):
        raise AssertionError(f"restore: {page.error.text()}")
    walk.render("data-restored", window)


def walk_carer_views(walk: Walk, window: MainWindow) -> None:
    """Render the PIN page, the carer part and the name tiles."""
    window.show_home()
    window.open_settings().carer.click()
    walk.render("carer-pin", window)
    window.pages.pin.forgot.click()
    walk.render("carer-pin-forgotten", window)
    window.pages.pin.forgot.click()
    window.pages.pin.pin.setText(PIN)
    window.pages.pin.open_button.click()
    walk.render("carer", window)
    carer = window.pages.carer
    carer.row_buttons(1)[-1].click()  # remove: the question in the card
    walk.render("carer-remove-question", window)
    carer.row_buttons(1)[-1].click()  # no, keep
    carer.remove_pin.click()
    walk.render("carer-pin-remove-question", window)
    carer.keep_pin.click()
    walk_health_views(walk, window)
    walk_setup_views(walk, window)
    window.show_data()
    walk.render("data", window)
    window.show_papers(1, "Self Test")
    walk.render("papers", window)
    window.pages.papers.card_enter.click()
    walk.render("paper-session", window)
    window.pages.paper_session.back.click()
    window.show_carer_page()
    window.pages.carer.back.click()
    walk.render("choose", window)
    window.pages.choose.tile_buttons()[0].click()


def walk_setup_views(walk: Walk, window: MainWindow) -> None:
    """Render the suggestions of the first person, with a reason opened."""
    from sterkblijven.domain.decisions import Decider
    from sterkblijven.ui.common.widgets import BigButton

    window.show_suggestions(1, "Self Test", Decider.CARER)
    page = window.pages.suggestions
    cards = page.cards()
    if not cards:
        raise AssertionError("the painful set in the walk leaves a suggestion to decide on")
    walk.render("suggestions", window)
    cards[0].findChildren(BigButton)[0].click()  # Why?
    walk.render("suggestions-why", window)
    window.show_equipment(1, "Self Test")
    walk.render("equipment", window)
    window.show_routine(1, "Self Test")
    walk.render("routine", window)
    window.pages.routine.show_picker()
    walk.render("routine-add-exercise", window)
    window.pages.routine.show_plan()


def walk_health_views(walk: Walk, window: MainWindow) -> None:
    """Render the first person's hospital stays and movement advice, and the stay's form.

    Nothing is saved: a stay would make training wait for clearance in the walks after this.
    """
    from sterkblijven.domain.hospital import StayReason

    carer = window.pages.carer
    (button,) = [b for b in carer.row_buttons(1) if b.objectName() == "health"]
    button.click()
    panel = carer.health
    walk.render("carer-health", window)
    panel.buttons["report"].click()
    panel.choices[StayReason.HIP].click()
    walk.render("carer-health-stay", window)
    panel.buttons["cancel"].click()
    panel.buttons["advice"].click()
    walk.render("carer-health-advice", window)
    panel.buttons["cancel"].click()
    panel.buttons["close"].click()
