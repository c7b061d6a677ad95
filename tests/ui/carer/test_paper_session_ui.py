"""Entering a training done on the printed card, from the papers page of the carer part."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sterkblijven.app import AppContext
from sterkblijven.domain.session import Effort, StopSignal
from sterkblijven.storage.models import SessionRow, SetRow
from sterkblijven.ui.carer.paper_session import PaperSessionPage
from sterkblijven.ui.shell.main_window import MainWindow
from sterkblijven.words.refusals import refusal
from tests.conftest import NOW
from tests.ui.flows import complete_wizard


def in_force(source: str) -> str:
    """Return a text of the page in the language the app speaks now (Dutch when installed)."""
    return QCoreApplication.translate("PaperSessionPage", source)


def open_entry(window: MainWindow, qtbot: QtBot) -> PaperSessionPage:
    """Open the papers of Riet and choose to enter a training done on paper."""
    complete_wizard(window)
    window.open_carer()
    overview = window.pages.home.overview()
    assert overview is not None and overview.trainee.id is not None
    window.show_papers(overview.trainee.id, "Riet")
    window.pages.papers.card_enter.click()
    page = window.pages.paper_session
    assert window.stack.currentWidget() is page
    qtbot.waitUntil(page.isVisible)
    return page


def paper_sessions(context: AppContext) -> list[tuple[SessionRow, list[SetRow]]]:
    """Return the sessions entered from paper, with their sets."""
    with context.database.transaction() as tx:
        rows = tx.scalars(select(SessionRow).where(SessionRow.from_paper)).all()
        return [
            (row, list(tx.scalars(select(SetRow).where(SetRow.session_id == row.id))))
            for row in rows
        ]


def test_a_training_from_paper_is_entered_with_one_exercise_not_done(
    context: AppContext, qtbot: QtBot
) -> None:
    """The count, effort and pain of the first exercise are stored; the others not done."""
    page = open_entry(context.window, qtbot)
    assert page.day() == NOW.date() and len(page.rows) >= 2
    first, *others = page.rows
    first.count.setText("12")
    first.efforts[Effort.HARD].click()
    first.pain.setText("1")
    for row in others:
        row.not_done.click()
    page.save.click()
    (stored,) = paper_sessions(context)
    session, sets = stored
    assert session.started_at.date() == NOW.date()
    assert [s.reps for s in sets] == [12] * first.exercise.item.sets
    assert {(s.effort, s.pain) for s in sets} == {(int(Effort.HARD), 1)}
    assert page.messages.result.isVisibleTo(page)
    assert first.count.text() == ""  # ready for the next card


def test_bad_input_is_told_beside_the_field_and_keeps_what_was_typed(
    context: AppContext, qtbot: QtBot
) -> None:
    """A pain of 12 and a missing effort are told at their fields; nothing is stored or lost."""
    page = open_entry(context.window, qtbot)
    first, *others = page.rows
    first.count.setText("9")
    first.pain.setText("12")  # the field takes at most 10: the validator leaves it incomplete
    for row in others:
        row.not_done.click()
    page.save.click()
    assert first.effort_error.isVisibleTo(page) and first.pain_error.isVisibleTo(page)
    assert not first.count_error.isVisibleTo(page)
    assert first.count.text() == "9"
    assert paper_sessions(context) == []


def test_a_day_in_the_future_is_refused_beside_the_day(context: AppContext, qtbot: QtBot) -> None:
    """Tomorrow cannot be chosen with the buttons, and if set it is refused at the day."""
    page = open_entry(context.window, qtbot)
    assert not page.day_later.isEnabled()
    page.choose_day(NOW.date() + timedelta(days=1))
    assert page.day_error.isVisibleTo(page)
    assert page.day_error.text() == in_force(
        "That day has not come yet. Choose today or a day before."
    )
    for row in page.rows:
        row.count.setText("10")
        row.efforts[Effort.MODERATE].click()
        row.pain.setText("0")
    page.save.click()
    assert paper_sessions(context) == []


def test_a_day_that_has_a_training_asks_before_adding_another(
    context: AppContext, qtbot: QtBot
) -> None:
    """On a day with a training, saving needs 'Add it anyway'; then the second is stored."""
    page = open_entry(context.window, qtbot)

    def fill() -> None:
        for row in page.rows:
            row.count.setText("10")
            row.efforts[Effort.MODERATE].click()
            row.pain.setText("0")

    fill()
    page.save.click()
    assert len(paper_sessions(context)) == 1
    assert page.day_taken.text() == in_force(
        "There is already a training on this day. Choose another day, or add this one as well."
    )
    assert page.add_anyway.isVisibleTo(page)
    fill()
    page.save.click()
    assert page.day_error.isVisibleTo(page) and len(paper_sessions(context)) == 1
    assert page.rows[0].count.text() == "10"  # kept
    page.add_anyway.click()
    page.save.click()
    assert len(paper_sessions(context)) == 2


def test_the_page_fits_a_laptop_screen_without_sideways_scrolling(
    context: AppContext, qtbot: QtBot
) -> None:
    """At 1366 x 768, with default and with double text, nothing is wider than the window."""
    window = context.window
    page = open_entry(window, qtbot)
    for scale in (100, 200):
        window.on_preferences_changed(dataclasses.replace(window.preferences(), text_scale=scale))
        window.resize(1366, 768)
        QApplication.processEvents()
        inner = page.page.widget()
        assert inner is not None
        assert inner.minimumSizeHint().width() <= page.page.viewport().width(), scale
        assert page.save.isVisible() and page.back.isVisible()
        for row in page.rows:
            for control in row.controls():
                assert control.height() >= 48 and control.width() >= 48
                assert control.accessibleName()


def test_a_stop_signal_ticked_is_stored_with_the_set(context: AppContext, qtbot: QtBot) -> None:
    """A joint that gave way, ticked on the form, stops the exercise after one stored set."""
    page = open_entry(context.window, qtbot)
    first, *others = page.rows
    first.count.setText("8")
    first.efforts[Effort.MODERATE].click()
    first.pain.setText("0")
    first.signals[StopSignal.LOCKING_OR_GIVING_WAY].click()
    for row in others:
        row.not_done.click()
    page.save.click()
    ((_, sets),) = paper_sessions(context)
    assert len(sets) == 1 and "locking_or_giving_way" in str(sets[0].stop_signals)


def test_a_plan_changed_meanwhile_reads_the_form_again_keeping_what_was_typed(
    context: AppContext, qtbot: QtBot
) -> None:
    """Nothing is stored; the rows follow the new plan, each still with its own count."""
    page = open_entry(context.window, qtbot)
    counts = {}
    for number, row in enumerate(page.rows, start=5):
        row.count.setText(str(number))
        row.efforts[Effort.HARD].click()
        row.pain.setText("0")
        counts[row.exercise.item.exercise_id] = str(number)
    trainee_id = page._trainee_id
    assert trainee_id is not None
    setup = context.loader.services().setup
    routine = setup.routine(trainee_id)
    assert routine is not None
    first, second, *rest = routine.exercises
    setup.save_routine(trainee_id, dataclasses.replace(routine, exercises=(second, first, *rest)))
    page.save.click()
    assert paper_sessions(context) == []
    assert page.messages.error.isVisibleTo(page)
    assert page.rows[0].exercise.item.exercise_id == second.exercise_id
    assert {r.exercise.item.exercise_id: r.count.text() for r in page.rows} == counts


def test_training_waiting_for_clearance_is_told_to_the_carer_and_not_saved(
    context: AppContext, qtbot: QtBot
) -> None:
    """After a hospital stay the page says what to record first, and Save stores nothing."""
    page = open_entry(context.window, qtbot)
    trainee_id = page._trainee_id
    assert trainee_id is not None
    context.loader.services().setup.report_hospital_stay(trainee_id)
    page.show_trainee(trainee_id, "Riet")
    assert page.messages.error.isVisibleTo(page)
    assert page.messages.error.text() == refusal("paper_clearance_pending")
    assert not page.save.isEnabled()
    for row in page.rows:
        row.count.setText("10")
        row.efforts[Effort.MODERATE].click()
        row.pain.setText("0")
    page.save.click()
    assert paper_sessions(context) == []


def test_a_refused_day_moves_no_button(context: AppContext, qtbot: QtBot) -> None:
    """The day's refusal comes and goes in room kept for it: 'Add it anyway' and the rows stay."""
    window = context.window
    window.resize(1366, 768)
    page = open_entry(window, qtbot)
    buttons = [page.add_anyway, *(b for row in page.rows for b in row.efforts.values())]

    def places() -> list[tuple[int, int]]:
        QApplication.processEvents()
        return [(b.mapTo(page.page.widget(), b.rect().topLeft()).y(), b.height()) for b in buttons]

    before = places()
    page.choose_day(NOW.date() + timedelta(days=1))
    assert page.day_error.text()
    assert places() == before
    page.choose_day(NOW.date())
    assert not page.day_error.text()
    assert places() == before
