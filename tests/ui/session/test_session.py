"""A whole session in the player, from the home screen to the summary, as a person does it."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from sterkblijven.app import AppContext, build, make_qt_app
from sterkblijven.domain.session import Effort, JointFeeling, PainPlace, SkipReason, StepKind
from sterkblijven.ui.session.page import SessionPage
from tests.clocks import ManualClock
from tests.conftest import NOW
from tests.ui.flows import complete_wizard


def do_set(page: SessionPage, reps: int, pain: int = 1) -> None:
    """Type a set's count, end it at failure, choose 'hard' and a pain level, and save.

    Counting along and taps follow a clock; test_count_along.py moves one by hand.
    """
    view = page.exercise
    assert page.current_view() is view
    view.typed.setText(str(reps))
    view.save_typed.click()
    view.failure.click()
    assert page.current_view() is page.effort
    page.effort.choices[Effort.HARD].click()
    assert page.current_view() is page.pain
    page.pain.levels[pain].click()
    page.pain.save.click()


def open_session(context: AppContext) -> SessionPage:
    """Set up a person and press Start training on the home screen."""
    window = context.window
    complete_wizard(window)
    home = window.pages.home
    assert home.start.isVisible() and home.start.text() == "Start de training"
    home.start.click()
    page = window.pages.session
    assert window.stack.currentWidget() is page
    return page


def test_a_whole_session_by_clicking(context: AppContext) -> None:
    """Warm-up, every set with its count, effort and pain, rests, cool-down, summary, home."""
    page = open_session(context)
    assert page.current_view() is page.warmup
    page.warmup.start_pause.click()
    assert page.warmup.countdown.is_running()
    page.warmup.finish.click()
    sets = 0
    while page.current_view() is page.exercise:
        do_set(page, 22)
        sets += 1
        if page.current_view() is page.rest:
            page.rest.go_on.click()
    assert page.current_view() is page.cooldown
    page.cooldown.finish.click()
    assert page.current_view() is page.summary
    assert page.summary.title.text() == "Goed gedaan, Riet!"
    state = page.state()
    assert state is not None and len(state.all_sets()) == sets >= 6
    assert all(record.reps == 22 and record.effort is Effort.HARD for record in state.all_sets())
    page.summary.home.click()
    window = context.window
    assert window.stack.currentWidget() is window.pages.home
    assert "Trainingen gedaan deze week: 1" in window.pages.home.week_status.text()
    assert window.pages.home.week_done.isVisible()  # the week's one session is done


def test_pain_stops_the_exercise_with_advice(context: AppContext) -> None:
    """Pain 7 asks where, shows the stop advice; going on records the skip, then a rest."""
    page = open_session(context)
    page.warmup.finish.click()
    do_set(page, 12, pain=7)
    assert page.current_view() is page.pain and page.pain.place_error.isVisible()
    page.pain.places[PainPlace.ELSEWHERE].click()
    page.pain.save.click()
    assert page.current_view() is page.stop_advice
    assert "huisarts" in page.stop_advice.advice.text()
    page.stop_advice.next.click()
    state = page.state()
    assert state is not None
    first = state.progress_at(0)
    assert first.skipped is SkipReason.PAIN and first.sets[0].pain == 7
    assert page.current_view() is page.rest
    page.rest.go_on.click()
    assert page.current_view() is page.exercise and state.next_step().position == 1


def test_minus_typing_undo_and_skip(context: AppContext) -> None:
    """-1 corrects, a typed number replaces the count, undo right after saving, skip moves on."""
    page = open_session(context)
    page.warmup.finish.click()
    view = page.exercise
    assert not view.undo.isVisible()  # nothing of this exercise to undo yet
    view.typed.setText("3")
    view.save_typed.click()
    view.minus.click()
    assert view.count_value() == 2
    view.typed.setText("abc")
    view.save_typed.click()
    assert view.error.isVisible()
    view.typed.setText("24")
    view.save_typed.click()
    assert view.count_value() == 24 and page.current_view() is view  # typing ends nothing
    view.stop_here.click()
    page.effort.choices[Effort.MODERATE].click()
    page.pain.save.click()  # no pain level chosen yet
    assert page.pain.error.isVisible()
    page.pain.levels[0].click()
    page.pain.save.click()
    state = page.state()
    assert state is not None and state.all_sets()[0].reps == 24
    assert not state.all_sets()[0].reached_failure
    assert page.current_view() is page.rest
    page.rest.undo.click()
    assert page.current_view() is page.confirm_undo  # asked first
    page.confirm_undo.undo.click()
    state = page.state()
    assert state is not None and state.all_sets() == [] and len(state.undone) == 1
    assert page.current_view() is view and state.next_step().position == 0
    view.skip.click()
    state = page.state()
    assert state is not None and state.progress_at(0).skipped is SkipReason.CHOSEN


def test_a_wrong_pain_answer_can_be_undone(context: AppContext) -> None:
    """From the stop advice, 'I tapped a wrong answer' undoes the set and asks again."""
    page = open_session(context)
    page.warmup.finish.click()
    do_set(page, 18, pain=9)
    page.pain.places[PainPlace.KNEE].click()
    page.pain.save.click()
    assert page.current_view() is page.stop_advice
    page.stop_advice.wrong.click()
    state = page.state()
    assert state is not None and state.all_sets() == [] and state.progress_at(0).skipped is None
    assert page.current_view() is page.exercise


def test_beginners_are_told_to_stop_short(context: AppContext) -> None:
    """A beginner's target says to stop with 2 or 3 left, and 'Done' is the way to end."""
    page = open_session(context)
    page.warmup.finish.click()
    view = page.exercise
    assert "nog 2 of 3" in view.dose.text()
    view.tap.click()  # counting along, the big button itself says 'Done'
    view.lead_in.skip()
    assert view.tap.text() == "Klaar, ik stop hier" and not view.stop_here.isVisible()
    view.mode.click()  # tapping: 'Done' is the main button beside the counter
    assert view.stop_here.property("role") == "primary"
    assert view.failure.property("role") == ""


def test_stopping_early_asks_first_and_keeps_the_sets(context: AppContext) -> None:
    """Stop asks in plain words; No returns; Yes shows the summary with what was done."""
    page = open_session(context)
    page.warmup.finish.click()
    do_set(page, 20)
    if page.current_view() is page.rest:
        page.rest.go_on.click()
    page.exercise.stop.click()
    assert page.current_view() is page.confirm_stop
    page.confirm_stop.no.click()
    assert page.current_view() is page.exercise
    page.exercise.stop.click()
    page.confirm_stop.yes.click()
    assert page.current_view() is page.summary
    assert "1" in page.summary.intro.text()


def test_an_unfinished_session_is_offered_again(context: AppContext) -> None:
    """Leaving mid-session, home offers to go on where it stopped, or to close it."""
    page = open_session(context)
    page.warmup.finish.click()
    do_set(page, 21)
    window = context.window
    window.show_home()
    home = window.pages.home
    assert home.start.text() == "Ga verder met je training"
    assert home.close_session.isVisible()
    home.start.click()
    state = page.state()
    assert state is not None and state.next_step().kind is StepKind.EXERCISE
    assert len(state.all_sets()) == 1
    window.show_home()
    window.pages.home.close_session.click()
    assert window.pages.home.start.text() == "Start de training"
    assert not window.pages.home.close_session.isVisible()


def test_a_set_by_keyboard(context: AppContext, qtbot: QtBot) -> None:
    """Space on the focused Start counts along; Tab and Space reach 'I can't do more'."""
    page = open_session(context)
    page.warmup.finish.click()
    view = page.exercise
    assert QApplication.focusWidget() is view.tap
    qtbot.keyClick(view.tap, Qt.Key.Key_Space)
    assert view.phase() == "lead_in"
    view.failure.setFocus()
    qtbot.keyClick(view.failure, Qt.Key.Key_Space)
    assert page.current_view() is page.effort


def test_next_day_checkin_on_the_home_screen(qapp: QApplication, tmp_path: Path) -> None:
    """The day after a session home asks about the joints once; the answer is stored."""
    clock = ManualClock(NOW)
    problems: list[str] = []
    context = build(
        make_qt_app([]), tmp_path / "data", language="nl", report=problems.append, clock=clock
    )
    assert context is not None
    try:
        window = context.window
        window.start()
        window.show()
        page = open_session(context)
        page.warmup.finish.click()
        do_set(page, 20)
        if page.current_view() is page.rest:
            page.rest.go_on.click()
        page.exercise.stop.click()
        page.confirm_stop.yes.click()
        page.summary.home.click()
        home = window.pages.home
        assert not home.checkin.isVisible()
        clock.now = NOW + timedelta(days=1)
        window.show_home()
        assert home.checkin.isVisible()
        home.checkin.save.click()
        assert home.checkin.error.isVisible()  # every question needs an answer
        home.checkin.joints[JointFeeling.WORSE].click()
        home.checkin.night_no.click()
        home.checkin.stiff_yes.click()
        home.checkin.not_known.click()
        home.checkin.save.click()
        assert not home.checkin.questions.isVisible()
        home.checkin.done.click()
        assert not home.checkin.isVisible()
        with context.database.transaction() as tx:
            rows = tx.execute(text("SELECT joints, long_morning_stiffness FROM checkins")).all()
        assert rows == [("worse", 1)]
    finally:
        context.close()
    assert problems == []
