"""Timed holds: a 3-2-1 count-in, a countdown from the target, a closing tone at 0."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from sterkblijven.app import AppContext
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.model import EquipmentKind, Load, Measure, Routine, RoutineExercise
from sterkblijven.domain.session import Effort
from sterkblijven.services.setup import Setup
from sterkblijven.ui.session.exercise import ExerciseView
from sterkblijven.ui.session.page import SessionPage
from sterkblijven.words.session import hold_over_sentence, seconds_left_text
from tests.clocks import ManualClock
from tests.conftest import NOW
from tests.ui.flows import complete_wizard

TARGET = 30
HOLD = RoutineExercise(
    "single_leg_stand", Load(EquipmentKind.BODYWEIGHT), sets=2, rep_min=10, rep_max=TARGET
)


@pytest.fixture
def hold(
    timed: tuple[AppContext, ManualClock[float]], catalogue: Catalogue
) -> Iterator[tuple[AppContext, ManualClock[float], SessionPage]]:
    """Open a session whose only exercise is a 30-second hold, at its first set."""
    context, clock = timed
    complete_wizard(context.window)
    Setup(context.database, catalogue, lambda: NOW).save_routine(1, Routine((HOLD,)))
    context.window.pages.home.start.click()
    page = context.window.pages.session
    page.warmup.finish.click()
    assert page.current_view() is page.exercise
    assert page.exercise.measure() is Measure.SECONDS
    yield context, clock, page


def tap(view: ExerciseView, qtbot: QtBot, clock: ManualClock[float]) -> None:
    """Press the big button, a second after whatever came before."""
    clock.now += 1
    qtbot.mouseClick(view.tap, Qt.MouseButton.LeftButton)


def count_in(view: ExerciseView, qtbot: QtBot, clock: ManualClock[float]) -> list[str]:
    """Tap Start and let 3, 2, 1 pass; return the numbers the screen showed."""
    tap(view, qtbot, clock)
    assert view.phase() == "lead_in"
    shown = [view.count.text()]
    for _ in range(3):
        clock.now += 1
        view.lead_in.tick()
        shown.append(view.count.text())
    return shown


def test_a_whole_hold_counts_down_and_ends_with_the_tone(
    hold: tuple[AppContext, ManualClock[float], SessionPage], qtbot: QtBot
) -> None:
    """3-2-1, then 30 down to 0; the tone sounds and the effort screen has 30 seconds."""
    context, clock, page = hold
    view = page.exercise
    cues = context.window.pages.session._cues
    heard: list[str] = []
    spoken: list[str] = []
    cues.announced.connect(heard.append)
    cues.spoken.connect(spoken.append)
    assert count_in(view, qtbot, clock)[:3] == ["3", "2", "1"]
    if cues.speech_available():
        assert spoken[:3] == ["3", "2", "1"]
    assert view.phase() == "holding"
    assert view.count.text() == str(TARGET)  # counts down from the target, not up from 0
    assert view.failure.isHidden() and view.stop_here.isHidden()  # one way to end: let go
    clock.now += 12
    view.stopwatch.tick()
    assert view.count.text() == str(TARGET - 12)
    assert view.count.accessibleName() == seconds_left_text(18)
    assert page.current_view() is page.exercise
    clock.now += TARGET - 12
    view.stopwatch.tick()
    assert heard == [hold_over_sentence()]  # the closing tone, with the words, announced
    assert page.current_view() is page.effort  # no tap needed at the end
    assert page.effort.count_value() == TARGET
    page.effort.choices[Effort.MODERATE].click()
    page.pain.none.click()
    state = page.state()
    assert state is not None and [r.reps for r in state.all_sets()] == [TARGET]


def test_letting_go_early_records_the_time_held(
    hold: tuple[AppContext, ManualClock[float], SessionPage], qtbot: QtBot
) -> None:
    """A tap during the countdown ends the set with the seconds held so far."""
    context, clock, page = hold
    view = page.exercise
    heard: list[str] = []
    context.window.pages.session._cues.announced.connect(heard.append)
    count_in(view, qtbot, clock)
    clock.now += 16.5
    view.stopwatch.tick()
    tap(view, qtbot, clock)  # the tap itself comes a second later: 17.5 s held
    assert page.current_view() is page.effort
    assert page.effort.count_value() == 17
    assert heard == []  # no closing tone: she ended it herself
    page.effort.choices[Effort.HARD].click()
    page.pain.none.click()
    state = page.state()
    assert state is not None and [r.reps for r in state.all_sets()] == [17]


def test_the_count_in_can_be_waited_out(
    hold: tuple[AppContext, ManualClock[float], SessionPage], qtbot: QtBot
) -> None:
    """A tap during 3-2-1 goes back to Start; nothing is counted, and Start begins again."""
    _, clock, page = hold
    view = page.exercise
    tap(view, qtbot, clock)
    assert view.phase() == "lead_in"
    tap(view, qtbot, clock)  # not ready yet: wait
    assert view.phase() == "ready" and view.count_value() == 0
    clock.now += 10
    view.lead_in.tick()
    view.stopwatch.tick()
    assert view.phase() == "ready" and page.current_view() is page.exercise
    count_in(view, qtbot, clock)
    assert view.phase() == "holding" and view.count.text() == str(TARGET)


def test_a_double_tap_on_start_does_not_stop_the_count_in(
    hold: tuple[AppContext, ManualClock[float], SessionPage], qtbot: QtBot
) -> None:
    """Two presses 60 ms apart on Start are one press: the count-in goes on."""
    _, clock, page = hold
    view = page.exercise
    tap(view, qtbot, clock)
    clock.now += 0.06
    qtbot.mouseClick(view.tap, Qt.MouseButton.LeftButton)
    assert view.phase() == "lead_in"


def test_at_most_three_activations_after_the_hold(
    hold: tuple[AppContext, ManualClock[float], SessionPage], qtbot: QtBot
) -> None:
    """From the end of the countdown to the rest: an effort word and 'No pain', nothing else."""
    _, clock, page = hold
    view = page.exercise
    count_in(view, qtbot, clock)
    clock.now += TARGET
    view.stopwatch.tick()
    activations = 0
    for button in (page.effort.choices[Effort.MODERATE], page.pain.none):
        clock.now += 1
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        activations += 1
    assert activations <= 3
    assert page.current_view() is page.rest and page.rest.countdown.is_running()


def test_leaving_the_screen_stops_the_hold(
    hold: tuple[AppContext, ManualClock[float], SessionPage], qtbot: QtBot
) -> None:
    """Asking to stop during a hold stops the clock: going back, nothing was saved behind her."""
    _, clock, page = hold
    view = page.exercise
    count_in(view, qtbot, clock)
    view.stop.click()
    assert page.current_view() is page.confirm_stop
    clock.now += TARGET + 5
    view.stopwatch.tick()
    page.on_stop_cancelled()
    assert page.current_view() is page.exercise
    assert view.phase() == "ready" and view.count_value() == 0
    state = page.state()
    assert state is not None and not state.all_sets()
