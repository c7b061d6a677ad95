"""Messages that come and go on the carer's pages move none of the buttons on screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from sterkblijven.app import AppContext
from sterkblijven.domain.decisions import Decider
from sterkblijven.domain.hospital import StayReason
from sterkblijven.services.catalogue import load_catalogue
from sterkblijven.services.training import Effort, SetInput, Training
from sterkblijven.ui.common.files import PresetFiles
from sterkblijven.ui.common.widgets import BigButton
from sterkblijven.ui.shell.main_window import MainWindow
from tests.conftest import NOW
from tests.ui.carer.steady_buttons import button_places, moved, on_a_laptop, settle
from tests.ui.carer.test_health_ui import open_health
from tests.ui.flows import complete_wizard

TOP = SetInput(reps=25, reached_failure=True, effort=Effort.MAXIMAL, pain=0)


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


@pytest.mark.parametrize("scale", [100, 200])
def test_a_refused_weight_moves_no_button_on_the_equipment_page(
    context: AppContext, qtbot: QtBot, scale: int
) -> None:
    """'twee' as a weight is refused above the field; Add and the bands stay where they were."""
    window = context.window
    person = riet(window)
    on_a_laptop(window, scale)
    window.show_equipment(person, "Riet")
    page = window.pages.equipment
    qtbot.waitUntil(page.isVisible)
    settle()
    page.page.ensureWidgetVisible(page.dumbbells.add)
    before = button_places(page)
    assert page.dumbbells.add in before
    page.dumbbells.other.setText("twee")
    page.dumbbells.add.click()
    assert page.kg_error.text()
    assert moved(before, button_places(page)) == []
    page.dumbbells.other.setText("99")  # another refusal, longer
    page.dumbbells.add.click()
    assert "50" in page.kg_error.text()
    assert moved(before, button_places(page)) == []


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


def two_suggestions(context: AppContext) -> None:
    """Record a session at the top of the range on every exercise: a suggestion for each."""
    training = Training(context.database, load_catalogue(), lambda: NOW)
    state = training.finish_warmup(training.start(1).id)
    for progress in state.exercises:
        position = progress.position
        while not state.progress_at(position).done:
            state = training.record_set(state.id, position, TOP)
    training.finish(state.id)


def test_a_decided_suggestion_keeps_its_place_so_the_next_stays_put(
    context: AppContext, qtbot: QtBot
) -> None:
    """Agree on the first suggestion: its place says so, and the next one's buttons stay put."""
    window = context.window
    complete_wizard(window)
    two_suggestions(context)
    on_a_laptop(window)
    window.show_suggestions(1, "Riet", Decider.CARER)
    page = window.pages.suggestions
    qtbot.waitUntil(page.isVisible)
    first, second, *_ = page.cards()
    agree = next(b for b in first.findChildren(BigButton) if b.text() == "Akkoord")
    next_id = second.property("suggestion_id")
    before = {b.text(): place for b, place in button_places(page).items() if second.isAncestorOf(b)}
    assert before, "the second suggestion's buttons are on screen"
    agree.click()
    after = button_places(page)
    (still,) = [c for c in page.cards() if c.property("suggestion_id") == next_id]
    now = {b.text(): after.get(b) for b in still.findChildren(BigButton)}
    assert {text: now.get(text) for text in before} == before
    said = [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page)]
    assert any(text.startswith("Opgeslagen") for text in said)


def test_a_refused_day_in_the_hospital_form_moves_no_button(
    context: AppContext, qtbot: QtBot
) -> None:
    """A day that does not exist is refused in the health panel; the buttons stay put."""
    window = context.window
    complete_wizard(window)
    on_a_laptop(window)
    carer = open_health(window)
    panel = carer.health
    panel.buttons["report"].click()
    panel.fields["admitted"].setText("31-2-2026")
    panel.fields["discharged"].setText("16-11-2026")
    panel.choices[StayReason.FALL].click()
    settle()
    carer.page.ensureWidgetVisible(panel.buttons["save"])
    before = button_places(carer)
    assert panel.buttons["save"] in before
    panel.buttons["save"].click()
    assert panel.error.isVisible()
    assert moved(before, button_places(carer)) == []
    panel.fields["admitted"].setText("10-11-2026")
    before = button_places(carer)
    panel.buttons["save"].click()
    assert not panel.error.isVisible()


def test_a_refused_fourth_day_and_a_save_move_no_button_on_the_plan_page(
    context: AppContext, qtbot: QtBot
) -> None:
    """A fourth day is refused under the days, and Save answers in the footer: none moves."""
    window = context.window
    person = riet(window)
    on_a_laptop(window)
    window.show_routine(person, "Riet")
    page = window.pages.routine
    qtbot.waitUntil(page.isVisible)
    settle()
    bar = page.plan_page.verticalScrollBar()
    bar.setValue(bar.maximum())  # down to the days, at the end of the page
    free = [button for button in page.day_buttons if not button.isChecked()]
    chosen = [button for button in page.day_buttons if button.isChecked()]
    while len(chosen) < 3:
        button = free.pop()
        button.click()
        chosen.append(button)
    before = button_places(page)
    free[0].click()
    assert page.day_error.text() and not free[0].isChecked()
    assert moved(before, button_places(page)) == []
    chosen[-1].click()  # back to two days: the refusal goes
    assert not page.day_error.text()
    assert moved(before, button_places(page)) == []
    page.save.click()
    assert page.footer.saved_note.isVisibleTo(page) or page.rest_question.isVisibleTo(page)
    assert moved(before, button_places(page)) == []


@pytest.mark.parametrize("scale", [100, 200])
def test_a_refused_typed_range_moves_no_button_in_the_plan_card(
    context: AppContext, qtbot: QtBot, scale: int
) -> None:
    """Each refusal of a typed target range fits the room kept under the fields: none moves."""
    window = context.window
    person = riet(window)
    on_a_laptop(window, scale)
    window.show_routine(person, "Riet")
    page = window.pages.routine
    qtbot.waitUntil(page.isVisible)
    settle()
    page.cards[0].change.click()
    settle()
    card = page.cards[0]
    page.plan_page.ensureWidgetVisible(card.use_range)
    before = button_places(page)
    assert card.use_range in before
    for low, high in (("abc", "25"), ("30", "20"), ("1", "99")):
        card.low_field.setText(low)
        card.high_field.setText(high)
        card.use_range.click()
        assert card.range_problem.isVisibleTo(page)
        assert moved(before, button_places(page)) == []
