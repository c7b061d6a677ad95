"""Messages that come and go on the carer's pages move none of the buttons on screen."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from sterkblijven.app import AppContext
from sterkblijven.ui.common.files import PresetFiles
from sterkblijven.ui.shell.main_window import MainWindow
from tests.ui.carer.steady_buttons import button_places, moved, on_a_laptop, settle
from tests.ui.flows import complete_wizard


def riet(window: MainWindow) -> int:
    """Finish the first run for Riet and return her number."""
    complete_wizard(window)
    overview = window.pages.home.overview()
    assert overview is not None and overview.trainee.id is not None
    return overview.trainee.id


def test_saving_the_report_moves_no_button_on_the_papers_page(
    context: AppContext, files: PresetFiles, qtbot: QtBot
) -> None:
    """'Saved' after the report, then a refusal after a cancelled printer: no button moves."""
    window = context.window
    person = riet(window)
    on_a_laptop(window)
    window.show_papers(person, "Riet")
    page = window.pages.papers
    qtbot.waitUntil(page.isVisible)
    before = button_places(page)
    page.report_pdf.click()
    assert page.result.text()
    assert moved(before, button_places(page)) == []
    # Scrolled down to the exercise card, as the carer does to print it.
    page.page.ensureWidgetVisible(page.card_card)
    before = button_places(page)
    said = page.result.text()
    page.card_print.click()
    assert page.result.isVisibleTo(page) and page.result.text() != said
    assert page.card_card.isAncestorOf(page.result)  # beside the button pressed
    assert moved(before, button_places(page)) == []


def test_a_refused_calendar_moves_no_button_on_the_papers_page(
    context: AppContext, files: PresetFiles, qtbot: QtBot
) -> None:
    """A calendar file that cannot be written is refused beside its button; nothing moves."""
    window = context.window
    person = riet(window)
    on_a_laptop(window)
    window.show_papers(person, "Riet")
    page = window.pages.papers
    qtbot.waitUntil(page.isVisible)
    files.folder.rmdir()
    files.folder.write_text("not a folder")
    before = button_places(page)
    page.page.ensureWidgetVisible(page.calendar_card)
    before = button_places(page)
    page.calendar_save.click()
    assert page.error.isVisibleTo(page) and page.calendar_card.isAncestorOf(page.error)
    assert moved(before, button_places(page)) == []


def test_a_refused_weight_moves_no_button_on_the_equipment_page(
    context: AppContext, qtbot: QtBot
) -> None:
    """'twee' as a weight is refused under the field; the bands below stay where they were."""
    window = context.window
    person = riet(window)
    on_a_laptop(window)
    window.show_equipment(person, "Riet")
    page = window.pages.equipment
    qtbot.waitUntil(page.isVisible)
    before = button_places(page)
    page.dumbbells.other.setText("twee")
    page.dumbbells.add.click()
    assert page.kg_error.text()
    assert moved(before, button_places(page)) == []
    page.dumbbells.other.setText("3,5")
    page.dumbbells.add.click()
    assert not page.kg_error.text()
    # Only the weights move, to make place for the one added.
    assert [line for line in moved(before, button_places(page)) if " kg'" not in line] == []


def test_saving_everything_moves_no_button_on_the_data_page(
    context: AppContext, files: PresetFiles, qtbot: QtBot
) -> None:
    """The progress while saving, then 'Saved', come under the buttons; none of them moves."""
    window = context.window
    riet(window)
    on_a_laptop(window)
    window.open_carer()
    window.pages.carer.data_button.click()
    page = window.pages.data
    qtbot.waitUntil(page.isVisible)
    before = button_places(page)
    page.export_json.click()
    assert page.files_card.isAncestorOf(page.progress)
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)
    assert page.result.isVisibleTo(page) and page.files_card.isAncestorOf(page.result)
    assert moved(before, button_places(page)) == []


def test_a_backup_made_now_moves_no_button_on_the_data_page(
    context: AppContext, qtbot: QtBot
) -> None:
    """'A backup was made' shows under Make a backup now; the page does not jump to its top."""
    window = context.window
    riet(window)
    on_a_laptop(window)
    window.open_carer()
    window.pages.carer.data_button.click()
    page = window.pages.data
    qtbot.waitUntil(page.isVisible)
    settle()
    page.page.ensureWidgetVisible(page.backups_room)  # scrolled down to the backups
    before = button_places(page)
    assert page.backup_now in before
    page.backup_now.click()
    assert page.result.isVisibleTo(page) and page.backups_card.isAncestorOf(page.result)
    assert page.backup_now.isVisibleTo(page)
    after = button_places(page)
    assert after[page.backup_now] == before[page.backup_now]
