"""A day that stops when the body says so, and a session with nothing done, in the player."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QMessageBox

from sterkblijven.app import AppContext
from sterkblijven.domain.model import RoutineExercise
from sterkblijven.domain.session import (
    COOLDOWN,
    Effort,
    PainPlace,
    SkipReason,
    StepKind,
    StopSignal,
)
from sterkblijven.services.catalogue import load_catalogue
from sterkblijven.services.setup import Setup
from sterkblijven.storage import repositories as repo
from sterkblijven.ui.common.widgets import TextLabel
from sterkblijven.ui.session.page import SessionPage
from sterkblijven.words.refusals import refusal
from tests.conftest import NOW
from tests.ui.flows import complete_wizard
from tests.ui.session.test_session import open_session

ROW, PUSH_UP, PRESS = "Roeien met elastiek", "Opdrukken tegen de muur", "Armen omhoog duwen"
SQUAT, STEP_UP, ONE_LEG = "Kniebuiging achter de stoel", "Opstappen op de trap", "Op één been staan"


def answer_set(
    page: SessionPage,
    pain: int,
    signals: frozenset[StopSignal] = frozenset(),
    place: PainPlace | None = None,
) -> None:
    """Do a set of 8, say it was hard, and answer the pain questions."""
    for _ in range(8):
        page.exercise.tap.click()
    page.exercise.failure.click()
    page.effort.choices[Effort.HARD].click()
    page.pain.levels[pain].click()
    for signal in signals:
        page.pain.signals[signal].click()
    if place is not None:
        page.pain.places[place].click()
    page.pain.save.click()


def skipped(page: SessionPage) -> dict[str, SkipReason | None]:
    """Return each exercise of the session on screen with why it was skipped."""
    state = page.state()
    assert state is not None
    return {p.item.exercise_id: p.skipped for p in state.exercises}


def set_routine(context: AppContext, keep: set[str], *, paused: bool = False) -> None:
    """Keep only some exercises of Riet's plan, all of them paused if asked."""
    setup = Setup(context.database, load_catalogue(), lambda: NOW)
    with context.database.transaction() as tx:
        (trainee,) = repo.list_trainees(tx)
    assert trainee.id is not None
    routine = setup.routine(trainee.id)
    assert routine is not None
    items: list[RoutineExercise] = [
        dataclasses.replace(item, paused=paused)
        for item in routine.exercises
        if item.exercise_id in keep
    ]
    setup.save_routine(trainee.id, dataclasses.replace(routine, exercises=tuple(items)))


def test_a_knee_that_gives_way_ends_the_leg_work_with_advice(context: AppContext) -> None:
    """Asked where, the knee: advice to rest, cool and whom to call; the arms may go on."""
    page = open_session(context)
    page.warmup.finish.click()
    answer_set(page, 0, frozenset({StopSignal.LOCKING_OR_GIVING_WAY}))
    assert page.current_view() is page.pain  # a stop signal asks where it was
    assert page.pain.place_error.isVisible()
    assert page.pain.places[PainPlace.KNEE].isVisible()
    page.pain.places[PainPlace.KNEE].click()
    page.pain.save.click()
    advice = page.stop_advice
    assert page.current_view() is advice and advice.leg_rests()
    assert advice.care.isVisible() and "15" in advice.care.text()
    assert "112" in advice.calls.text()
    assert all(name in advice.choice.text() for name in (ROW, PUSH_UP, PRESS))
    assert SQUAT not in advice.choice.text()
    reasons = skipped(page)
    assert reasons["chair_squat"] is reasons["step_up"] is SkipReason.LEGS_REST
    assert reasons["single_leg_stand"] is SkipReason.LEGS_REST
    advice.next.click()
    assert page.current_view() is page.rest  # the rest is kept before the next exercise
    assert not page.rest.undo.isVisible()
    assert ROW in page.rest.up_next.text()
    page.rest.go_on.click()
    state = page.state()
    assert state is not None and state.next_step().position == 3
    assert page.current_view() is page.exercise
    page.exercise.stop.click()
    page.confirm_stop.yes.click()
    lines = page.summary.findChildren(TextLabel)
    texts = " ".join(label.text() for label in lines)
    assert SQUAT in texts and "112" not in texts


def test_pain_above_five_rests_the_same_joint_and_keeps_the_rest(context: AppContext) -> None:
    """Pain 7 at the knee: the other knee exercises are named as resting; a rest comes first."""
    page = open_session(context)
    page.warmup.finish.click()
    answer_set(page, 7)
    assert page.current_view() is page.pain  # too much pain asks where
    page.pain.places[PainPlace.KNEE].click()
    page.pain.save.click()
    advice = page.stop_advice
    assert page.current_view() is advice and not advice.leg_rests()
    assert not advice.care.isVisible()
    assert advice.rested.isVisible()
    assert all(name in advice.rested.text() for name in (SQUAT, STEP_UP, ONE_LEG))
    assert ROW not in advice.rested.text()
    assert skipped(page)["step_up"] is SkipReason.JOINT_REST
    advice.next.click()
    assert page.current_view() is page.rest and page.rest.countdown.is_running()
    page.rest.go_on.click()
    state = page.state()
    assert state is not None and state.next_step().position == 3


def test_a_leg_stop_with_nothing_left_offers_only_stopping(context: AppContext) -> None:
    """A plan of leg work only: after a hip gives way, stopping is the one way on."""
    complete_wizard(context.window)
    set_routine(context, {"sit_to_stand", "chair_squat", "step_up"})
    context.window.show_home()
    context.window.pages.home.start.click()
    page = context.window.pages.session
    page.warmup.finish.click()
    answer_set(page, 3, frozenset({StopSignal.SHARP_PAIN}), PainPlace.HIP)
    advice = page.stop_advice
    assert page.current_view() is advice and advice.leg_rests()
    assert not advice.next.isVisible() and advice.stop.property("role") == "primary"
    advice.stop.click()
    page.confirm_stop.yes.click()
    state = page.state()
    assert state is not None and state.next_step().kind is StepKind.DONE
    assert page.current_view() is page.summary


def test_the_stop_advice_comes_back_after_leaving(context: AppContext) -> None:
    """Leaving on the stop advice and going on later shows the advice again, not leg work."""
    page = open_session(context)
    page.warmup.finish.click()
    answer_set(page, 2, frozenset({StopSignal.SWELLING_OR_WARMTH}), PainPlace.KNEE)
    assert page.current_view() is page.stop_advice
    window = context.window
    window.show_home()
    window.pages.home.start.click()
    assert page.current_view() is page.stop_advice and page.stop_advice.leg_rests()
    page.stop_advice.wrong.click()  # a wrong tap after all: everything is offered again
    assert all(reason is None for reason in skipped(page).values())
    assert page.current_view() is page.exercise


def test_a_session_with_nothing_done_is_not_praised_or_counted(context: AppContext) -> None:
    """Every exercise skipped: the summary says so calmly, and home counts no training."""
    page = open_session(context)
    page.warmup.finish.click()
    while page.current_view() is page.exercise:
        page.exercise.skip.click()
    assert page.current_view() is page.cooldown
    page.cooldown.finish.click()
    assert page.current_view() is page.summary
    assert "Riet" in page.summary.title.text()
    assert page.summary.title.text() != "Goed gedaan, Riet!"
    assert "0" not in page.summary.intro.text()
    page.summary.home.click()
    week = context.window.pages.home.week_status.text()
    assert "Trainingen gedaan deze week: 0" in week


def test_a_plan_that_rests_entirely_starts_no_session(
    context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every exercise paused: Start says that all rest for now and that the carer can change it."""
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda *args: shown.append(args[2]))
    )
    complete_wizard(context.window)
    set_routine(context, {"sit_to_stand", "seated_row", "shoulder_press"}, paused=True)
    window = context.window
    window.show_home()
    window.pages.home.start.click()
    assert shown == [refusal("all_paused")]
    assert window.stack.currentWidget() is window.pages.home


def test_after_a_leg_stop_the_cool_down_is_done_seated(context: AppContext) -> None:
    """After a knee gives way the cool-down has no walking or standing movement, only seated."""
    complete_wizard(context.window)
    set_routine(context, {"chair_squat", "seated_row"})
    context.window.show_home()
    context.window.pages.home.start.click()
    page = context.window.pages.session
    page.warmup.finish.click()
    answer_set(page, 0, frozenset({StopSignal.LOCKING_OR_GIVING_WAY}), PainPlace.KNEE)
    page.stop_advice.next.click()
    page.rest.go_on.click()
    while page.current_view() is page.exercise:
        answer_set(page, 0)
        if page.current_view() is page.rest:
            page.rest.go_on.click()
    assert page.current_view() is page.cooldown
    names = []
    for _ in range(len(COOLDOWN)):
        names.append(page.cooldown.name.text())
        page.cooldown.next_movement.click()
    assert "Langzaam lopen" not in names and "Kuiten rekken" not in names
    assert "Diep ademhalen" in names
