"""Session rules: what comes next, when to stop for pain, and the next load."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from sterkblijven.domain.bands import theraband_ladder
from sterkblijven.domain.model import Equipment, EquipmentKind, Load, RoutineExercise
from sterkblijven.domain.progression import Advice, Reason, neighbour, suggest
from sterkblijven.domain.session import (
    Effort,
    ExerciseProgress,
    SessionState,
    SessionStatus,
    SetRecord,
    SkipReason,
    StepKind,
    StopSignal,
    is_beginner,
    must_stop,
)

NOW = datetime(2026, 11, 18, 10)
EQUIPMENT = Equipment(dumbbells_kg=(1.0, 2.0, 3.0), bands=theraband_ladder()[1:4])
CURL = RoutineExercise("biceps_curl", Load(EquipmentKind.DUMBBELL, kg=2.0), sets=2)


def record(
    reps: int,
    *,
    failure: bool = True,
    pain: int = 0,
    signals: frozenset[StopSignal] = frozenset(),
    load: Load = CURL.load,
) -> SetRecord:
    """Return a set of the curl with the given outcome."""
    return SetRecord("biceps_curl", 1, load, reps, failure, Effort.HARD, pain, None, signals, NOW)


def state(
    *progress: ExerciseProgress,
    warmup: bool = True,
    cooldown: bool = False,
    status: SessionStatus = SessionStatus.IN_PROGRESS,
) -> SessionState:
    """Return a session with the given exercises."""
    return SessionState(1, 1, NOW, status, warmup, cooldown, progress)


def test_pain_above_five_or_any_signal_stops_the_exercise() -> None:
    """Pain 6 or more, or any stop signal, stops; pain up to 5 without signals does not."""
    assert not must_stop(5, frozenset())
    assert must_stop(6, frozenset())
    assert must_stop(0, frozenset({StopSignal.SWELLING_OR_WARMTH}))
    assert not must_stop(None, frozenset())


def test_steps_run_warmup_exercises_cooldown_done() -> None:
    """A session moves from warm-up through unfinished exercises to cool-down and done."""
    first = ExerciseProgress(0, CURL)
    second = ExerciseProgress(1, RoutineExercise("sit_to_stand", Load(EquipmentKind.BODYWEIGHT)))
    assert state(first, second, warmup=False).next_step().kind is StepKind.WARMUP
    step = state(first, second).next_step()
    assert (step.kind, step.position, step.set_number) == (StepKind.EXERCISE, 0, 1)
    one_set = ExerciseProgress(0, CURL, (record(22),))
    assert state(one_set, second).next_step().set_number == 2
    both_sets = ExerciseProgress(0, CURL, (record(22), record(20)))
    assert state(both_sets, second).next_step().position == 1
    skipped = ExerciseProgress(1, second.item, skipped=SkipReason.CHOSEN)
    assert state(both_sets, skipped).next_step().kind is StepKind.COOLDOWN
    assert state(both_sets, skipped, cooldown=True).next_step().kind is StepKind.DONE
    ended = state(first, status=SessionStatus.ENDED_EARLY)
    assert ended.next_step().kind is StepKind.DONE


def test_a_painful_set_ends_its_exercise() -> None:
    """After a set with pain above 5 the session moves on, whatever sets were planned."""
    hurt = ExerciseProgress(0, CURL, (record(12, pain=7),))
    assert hurt.done
    assert state(hurt).next_step().kind is StepKind.COOLDOWN


def test_beginners_are_the_first_four_sessions() -> None:
    """The first weeks count as beginner; from the fifth session on, sets go to failure."""
    assert is_beginner(0) and is_beginner(3)
    assert not is_beginner(4)


def test_top_of_range_with_low_pain_steps_up() -> None:
    """25 at failure with pain 3 or less suggests the next dumbbell."""
    suggestion = suggest(CURL, [record(25, pain=3)], EQUIPMENT)
    assert (suggestion.advice, suggestion.load.kg, suggestion.reason) == (
        Advice.HEAVIER,
        3.0,
        Reason.TOP_OF_RANGE,
    )


def test_top_of_range_counts_only_at_the_target_effort() -> None:
    """25 stopped early at an easy effort keeps the load; stopped early but hard steps up."""
    easy = SetRecord(
        "biceps_curl", 1, CURL.load, 25, False, Effort.LIGHT, 0, None, frozenset(), NOW
    )
    hard = SetRecord("biceps_curl", 1, CURL.load, 25, False, Effort.HARD, 0, None, frozenset(), NOW)
    assert suggest(CURL, [easy], EQUIPMENT).advice is Advice.SAME
    assert suggest(CURL, [hard], EQUIPMENT).advice is Advice.HEAVIER


def test_a_weight_no_longer_owned_steps_to_its_nearest_neighbours() -> None:
    """From 3 kg with 1, 2 and 4 kg owned, lighter is 2 kg and heavier 4 kg."""
    owned = Equipment(dumbbells_kg=(1.0, 2.0, 4.0))
    three = Load(EquipmentKind.DUMBBELL, kg=3.0)
    lighter, heavier = neighbour(three, owned, -1), neighbour(three, owned, +1)
    assert lighter is not None and lighter.kg == 2.0
    assert heavier is not None and heavier.kg == 4.0


def test_top_of_range_with_some_pain_stays() -> None:
    """Reaching the top with pain 4 or 5 keeps the load."""
    assert suggest(CURL, [record(26, pain=4)], EQUIPMENT).advice is Advice.SAME


def test_well_below_range_steps_down() -> None:
    """Fewer than 15 at failure suggests the lighter dumbbell; 15 to 24 keeps the load."""
    lighter = suggest(CURL, [record(14)], EQUIPMENT)
    assert (lighter.advice, lighter.load.kg, lighter.reason) == (
        Advice.LIGHTER,
        1.0,
        Reason.BELOW_RANGE,
    )
    assert suggest(CURL, [record(15)], EQUIPMENT).advice is Advice.SAME
    assert suggest(CURL, [record(14, failure=False)], EQUIPMENT).advice is Advice.SAME


def test_pain_rules_win_over_rep_rules() -> None:
    """Pain above 5 lowers the load even when the top of the range was reached."""
    suggestion = suggest(CURL, [record(25, pain=6)], EQUIPMENT)
    assert (suggestion.advice, suggestion.load.kg, suggestion.reason) == (
        Advice.LIGHTER,
        1.0,
        Reason.PAIN,
    )
    worse = suggest(CURL, [record(25)], EQUIPMENT, next_day_worse=True)
    assert (worse.advice, worse.reason) == (Advice.LIGHTER, Reason.NEXT_DAY)


def test_stop_signal_at_the_lightest_load_pauses() -> None:
    """With no lighter load left, a stop signal pauses the exercise."""
    light = Load(EquipmentKind.DUMBBELL, kg=1.0)
    item = RoutineExercise("biceps_curl", light)
    signal = frozenset({StopSignal.SHARP_PAIN})
    assert suggest(item, [record(20, signals=signal, load=light)], EQUIPMENT).advice is Advice.PAUSE


def test_ladder_ends_and_bands_follow_the_persons_order() -> None:
    """The heaviest dumbbell has no next step; bands step by the person's own ladder."""
    top = RoutineExercise("biceps_curl", Load(EquipmentKind.DUMBBELL, kg=3.0))
    assert suggest(top, [record(25, load=top.load)], EQUIPMENT).reason is Reason.TOP_OF_LADDER
    yellow, red, _green = EQUIPMENT.bands
    heavier = neighbour(Load(EquipmentKind.BAND, band=yellow), EQUIPMENT, +1)
    assert heavier is not None and heavier.band == red
    body = RoutineExercise("sit_to_stand", Load(EquipmentKind.BODYWEIGHT))
    assert suggest(body, [record(30, load=body.load)], EQUIPMENT).advice is Advice.SAME


def test_no_sets_keeps_the_load() -> None:
    """A skipped exercise keeps its load for next time."""
    assert suggest(CURL, [], EQUIPMENT).reason is Reason.NO_SETS


@given(reps=st.integers(0, 60), pain=st.integers(0, 10), failure=st.booleans())
def test_painful_sets_never_step_up(reps: int, pain: int, failure: bool) -> None:
    """Whatever the repetitions, pain above 3 never leads to a heavier load."""
    suggestion = suggest(CURL, [record(reps, failure=failure, pain=pain)], EQUIPMENT)
    if pain > 3:
        assert suggestion.advice is not Advice.HEAVIER
    if pain > 5:
        assert suggestion.advice in (Advice.LIGHTER, Advice.PAUSE)
