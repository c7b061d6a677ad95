"""Session rules: what comes next, and when to stop for pain."""

from __future__ import annotations

from datetime import datetime

from sterkblijven.domain.model import EquipmentKind, Load, RoutineExercise
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
