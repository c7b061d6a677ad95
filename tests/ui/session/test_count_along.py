"""Counting along, and a set confirmed in three taps after its last repetition."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from sterkblijven.app import AppContext
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.model import EquipmentKind, Load, Measure, Routine, RoutineExercise
from sterkblijven.domain.session import Effort
from sterkblijven.services.setup import Setup
from sterkblijven.ui.session.page import SessionPage
from tests.clocks import ManualClock
from tests.conftest import NOW
from tests.ui.flows import complete_wizard
from tests.ui.session.test_session import open_session


class Hands:
    """Clicks as a person does, a second apart, and counts every activation."""

    def __init__(self, qtbot: QtBot, clock: ManualClock[float]) -> None:
        self.qtbot = qtbot
        self.clock = clock
        self.count = 0

    def tap(self, button: QAbstractButton) -> None:
        """Press a button with the mouse, a second after the last press."""
        self.clock.now += 1
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        self.count += 1


def count_along(page: SessionPage, hands: Hands, reps: int) -> None:
    """Start the count, let the lead-in and ``reps`` repetitions pass on the clock."""
    view = page.exercise
    hands.tap(view.tap)
    assert view.phase() == "lead_in"
    hands.clock.now += 3
    view.lead_in.tick()
    assert view.phase() == "counting"
    hands.clock.now += reps * 3 + 1
    view.along_watch.tick()


def test_a_session_by_counting_along_in_three_taps_a_set(
    timed: tuple[AppContext, ManualClock[float]], qtbot: QtBot
) -> None:
    """After the last repetition: stop, an effort word, 'No pain' - and the rest runs."""
    context, clock = timed
    page = open_session(context)
    hands = Hands(qtbot, clock)
    hands.tap(page.warmup.finish)
    hands.count = 0
    sets, after_last, shown = 0, [], []
    while page.current_view() is page.exercise:
        view = page.exercise
        if view.measure() is Measure.REPS:
            assert view.counts_along()  # the default
            count_along(page, hands, 12)
            before = hands.count
            hands.tap(view.tap)  # I can't do more
        else:  # a timed hold: 3, 2, 1, then it counts down and ends by itself at 0
            hands.tap(view.tap)
            clock.now += 3
            view.lead_in.tick()
            assert view.phase() == "holding"
            before = hands.count
            clock.now += 120
            view.stopwatch.tick()
        assert page.current_view() is page.effort
        shown.append(page.effort.count_value())
        hands.tap(page.effort.choices[Effort.HARD])
        hands.tap(page.pain.none)
        after_last.append(hands.count - before)
        sets += 1
        if page.current_view() is page.rest:
            assert page.rest.countdown.is_running()
            hands.tap(page.rest.go_on)
    state = page.state()
    assert state is not None and len(state.all_sets()) == sets >= 6
    assert max(after_last) == 3
    assert [r.reps for r in state.all_sets()] == shown and 12 in shown and 0 not in shown
    assert all(r.pain == 0 for r in state.all_sets())
    print(f"\nclicks per set after the last repetition: {max(after_last)}")
    print(f"clicks for {sets} sets incl. start and rest: {hands.count}")


def test_the_count_is_said_aloud(
    timed: tuple[AppContext, ManualClock[float]], qtbot: QtBot
) -> None:
    """The lead-in says 3, 2, 1 and go; then every repetition's number is said."""
    context, clock = timed
    page = open_session(context)
    hands = Hands(qtbot, clock)
    hands.tap(page.warmup.finish)
    spoken: list[str] = []
    context.window.pages.session._cues.spoken.connect(spoken.append)
    view = page.exercise
    hands.tap(view.tap)
    assert view.count.text() == "3"
    for _ in range(3):
        clock.now += 1
        view.lead_in.tick()
    for _ in range(3):
        clock.now += 3
        view.along_watch.tick()
    assert view.count_value() == 3
    if context.window.pages.session._cues.speech_available():
        assert spoken[-4:] == ["Start", "1", "2", "3"] or spoken[-3:] == ["1", "2", "3"]


def test_taps_closer_than_a_repetition_count_once(
    timed: tuple[AppContext, ManualClock[float]], qtbot: QtBot
) -> None:
    """Tapping per repetition stays a choice; two taps 60 ms apart count one repetition."""
    context, clock = timed
    page = open_session(context)
    hands = Hands(qtbot, clock)
    hands.tap(page.warmup.finish)
    view = page.exercise
    hands.tap(view.mode)
    assert not view.counts_along()
    hands.tap(view.tap)
    clock.now += 0.06
    qtbot.mouseClick(view.tap, Qt.MouseButton.LeftButton)
    assert view.count_value() == 1
    hands.tap(view.tap)
    assert view.count_value() == 2


def test_the_count_comes_filled_in_and_corrects(
    timed: tuple[AppContext, ManualClock[float]], qtbot: QtBot
) -> None:
    """The counted number waits on the effort screen; -1 and +1 change what is saved."""
    context, clock = timed
    page = open_session(context)
    hands = Hands(qtbot, clock)
    hands.tap(page.warmup.finish)
    count_along(page, hands, 10)
    hands.tap(page.exercise.tap)
    assert page.effort.count_value() == 10
    assert "10 keer" in page.effort.count_label.text()
    hands.tap(page.effort.plus)
    hands.tap(page.effort.plus)
    hands.tap(page.effort.minus)
    hands.tap(page.effort.choices[Effort.MODERATE])
    hands.tap(page.pain.none)
    state = page.state()
    assert state is not None and [r.reps for r in state.all_sets()] == [11]


def test_a_set_ended_uncounted_is_filled_in_not_zero(
    timed: tuple[AppContext, ManualClock[float]], qtbot: QtBot
) -> None:
    """Stopped without a count, the set offers the low end of its target to correct, not 0."""
    context, clock = timed
    page = open_session(context)
    hands = Hands(qtbot, clock)
    hands.tap(page.warmup.finish)
    hands.tap(page.exercise.failure)  # ended at once, nothing counted
    state = page.state()
    assert state is not None
    assert page.effort.count_value() == state.progress_at(0).item.rep_min > 0


def test_the_slow_tempo_counts_slower(
    timed: tuple[AppContext, ManualClock[float]], qtbot: QtBot, catalogue: Catalogue
) -> None:
    """At the plan's slow tempo a repetition takes about 5 s instead of 3 s."""
    context, clock = timed
    window = context.window
    complete_wizard(window)
    body = Load(EquipmentKind.BODYWEIGHT)
    slow = RoutineExercise("sit_to_stand", body, slow_tempo=True)
    Setup(context.database, catalogue, lambda: NOW).save_routine(1, Routine((slow,)))
    hands = Hands(qtbot, clock)
    hands.tap(window.pages.home.start)
    page = window.pages.session
    hands.tap(page.warmup.finish)
    view = page.exercise
    hands.tap(view.tap)
    clock.now += 3
    view.lead_in.tick()
    clock.now += 30
    view.along_watch.tick()
    assert view.count_value() == 6


def test_a_double_tap_on_start_still_starts_the_count(
    timed: tuple[AppContext, ManualClock[float]], qtbot: QtBot
) -> None:
    """Counting along, a second press 60 ms after Start is the same press: the count-in goes on."""
    context, clock = timed
    page = open_session(context)
    hands = Hands(qtbot, clock)
    hands.tap(page.warmup.finish)
    view = page.exercise
    assert view.counts_along()
    hands.tap(view.tap)
    clock.now += 0.06
    qtbot.mouseClick(view.tap, Qt.MouseButton.LeftButton)
    assert view.phase() == "lead_in"
