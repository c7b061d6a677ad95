"""A stop signal at a knee or hip, or too much pain at a joint, ends more than that one exercise."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.model import EquipmentKind, RoutineExercise, Sex
from sterkblijven.domain.session import SessionState, SkipReason
from sterkblijven.services.exchange import Exchange
from sterkblijven.services.onboarding import FirstRunAnswers, Onboarding
from sterkblijven.services.setup import Setup
from sterkblijven.services.training import (
    Effort,
    PainPlace,
    SetInput,
    StepKind,
    StopSignal,
    Training,
)
from sterkblijven.storage import Database, open_database
from sterkblijven.storage.database import sqlite_url
from tests.clocks import ManualClock
from tests.services.conftest import BLACK, RED, TAN

PREFERRED = (EquipmentKind.BODYWEIGHT, EquipmentKind.BAND, EquipmentKind.DUMBBELL)
GOOD = SetInput(reps=22, reached_failure=True, effort=Effort.HARD, pain=1)
# The order of a knee-OA day: standing leg work, a seated knee exercise, arms, balance, calves.
ROUTINE = (
    "sit_to_stand",  # 0 standing, knee and hip
    "seated_knee_extension",  # 1 seated, knee
    "seated_row",  # 2 seated, shoulder and back
    "chair_squat",  # 3 standing, knee and hip
    "wall_push_up",  # 4 standing arm work, shoulder and hand
    "calf_raise",  # 5 standing, legs, no joint named
    "shoulder_press",  # 6 seated with dumbbells, shoulder
    "heel_to_toe_stand",  # 7 balance
    "step_up",  # 8 standing, knee and hip
)


@pytest.fixture
def trainee(
    database: Database, catalogue: Catalogue, moment: ManualClock[datetime], setup: Setup
) -> int:
    """Return Riet with 1 and 2 kg and three bands, on a routine of nine mixed exercises.

    Each exercise uses her body weight where it can, else a band: the row and the press seated.
    """
    answers = FirstRunAnswers(
        "Riet", "1948", Sex.FEMALE, frozenset(), False, (1.0, 2.0), (TAN, RED, BLACK), "nl"
    )
    trainee_id = Onboarding(database, catalogue, moment).complete(answers).trainee.id
    assert trainee_id is not None
    routine = setup.routine(trainee_id)
    assert routine is not None
    items = []
    for exercise_id in ROUTINE:
        choices = setup.load_choices(trainee_id, exercise_id)
        load = min(choices, key=lambda c: PREFERRED.index(c.kind))
        items.append(RoutineExercise(exercise_id, load))
    setup.save_routine(trainee_id, dataclasses.replace(routine, exercises=tuple(items)))
    return trainee_id


def at(state: SessionState, exercise_id: str) -> int:
    """Return where an exercise stands in the session."""
    return next(p.position for p in state.exercises if p.item.exercise_id == exercise_id)


def skipped(state: SessionState) -> dict[str, SkipReason | None]:
    """Return each exercise with why it was skipped, or None."""
    return {p.item.exercise_id: p.skipped for p in state.exercises}


def started(training: Training, trainee: int) -> SessionState:
    """Start a session and do the warm-up."""
    return training.finish_warmup(training.start(trainee).id)


def test_a_knee_that_gives_way_ends_standing_leg_and_balance_work_for_the_day(
    training: Training, trainee: int
) -> None:
    """A knee that locks: standing leg, balance and knee work rest; seated and arm work go on."""
    state = started(training, trainee)
    gives_way = SetInput(
        reps=9,
        reached_failure=False,
        effort=Effort.MODERATE,
        pain=0,
        pain_place=PainPlace.KNEE,
        stop_signals=frozenset({StopSignal.LOCKING_OR_GIVING_WAY}),
    )
    state = training.record_set(state.id, 0, gives_way)
    assert state.all_sets()[0].pain_place is PainPlace.KNEE  # kept, even without pain
    assert state.next_step().position == at(state, "seated_row")
    reasons = skipped(state)
    for standing in ("chair_squat", "calf_raise", "heel_to_toe_stand", "step_up"):
        assert reasons[standing] is SkipReason.LEGS_REST, standing
    assert reasons["seated_knee_extension"] is SkipReason.JOINT_REST
    for going_on in ("seated_row", "wall_push_up", "shoulder_press"):
        assert reasons[going_on] is None, going_on


def test_a_hip_stop_signal_in_arm_work_ends_the_leg_work_too(
    training: Training, trainee: int
) -> None:
    """Sharp pain in the hip during the row: what stands on the legs rests, the arms may go on."""
    state = started(training, trainee)
    state = training.record_set(state.id, 0, GOOD)
    state = training.skip(state.id, 1)
    sharp = dataclasses.replace(
        GOOD, pain=4, pain_place=PainPlace.HIP, stop_signals=frozenset({StopSignal.SHARP_PAIN})
    )
    state = training.record_set(state.id, at(state, "seated_row"), sharp)
    reasons = skipped(state)
    assert reasons["chair_squat"] is SkipReason.LEGS_REST
    assert reasons["step_up"] is SkipReason.LEGS_REST
    assert reasons["wall_push_up"] is None and reasons["shoulder_press"] is None
    assert state.next_step().position == at(state, "wall_push_up")


def test_pain_above_five_at_a_joint_skips_what_loads_that_joint(
    training: Training, trainee: int
) -> None:
    """Pain 7 at the knee: the other knee exercises rest today; calves and arms go on."""
    state = started(training, trainee)
    hurts = dataclasses.replace(GOOD, pain=7, pain_place=PainPlace.KNEE)
    state = training.record_set(state.id, 0, hurts)
    assert state.next_step().position == at(state, "seated_row")
    reasons = skipped(state)
    for knee in ("seated_knee_extension", "chair_squat", "step_up"):
        assert reasons[knee] is SkipReason.JOINT_REST, knee
    for other in ("calf_raise", "heel_to_toe_stand", "wall_push_up", "shoulder_press"):
        assert reasons[other] is None, other


def test_pain_above_five_at_the_shoulder_spares_the_shoulder_only(
    training: Training, trainee: int
) -> None:
    """Pain 6 at the shoulder in the row: push-up and press rest, the leg work goes on."""
    state = started(training, trainee)
    state = training.record_set(state.id, 0, GOOD)
    state = training.record_set(state.id, 1, GOOD)
    hurts = dataclasses.replace(GOOD, pain=6, pain_place=PainPlace.SHOULDER)
    state = training.record_set(state.id, at(state, "seated_row"), hurts)
    reasons = skipped(state)
    assert reasons["wall_push_up"] is SkipReason.JOINT_REST
    assert reasons["shoulder_press"] is SkipReason.JOINT_REST
    assert reasons["chair_squat"] is None and reasons["step_up"] is None
    assert state.next_step().position == at(state, "chair_squat")


def test_pain_of_five_ends_nothing(training: Training, trainee: int) -> None:
    """Pain 5 at the knee is still acceptable: nothing else is skipped."""
    state = started(training, trainee)
    fine = dataclasses.replace(GOOD, pain=5, pain_place=PainPlace.KNEE)
    state = training.record_set(state.id, 0, fine)
    assert all(reason is None for reason in skipped(state).values())
    assert state.next_step().position == 1


def test_the_rest_for_the_day_survives_a_restart(
    training: Training,
    trainee: int,
    database: Database,
    catalogue: Catalogue,
    moment: ManualClock[datetime],
) -> None:
    """After a crash, the session resumes with the same exercises resting, for the same reason."""
    state = started(training, trainee)
    swollen = dataclasses.replace(
        GOOD,
        pain=3,
        pain_place=PainPlace.KNEE,
        stop_signals=frozenset({StopSignal.SWELLING_OR_WARMTH}),
    )
    before = training.record_set(state.id, 0, swollen)
    moment.now += timedelta(minutes=20)
    again = Training(database, catalogue, moment).resume(trainee)
    assert again is not None
    assert skipped(again) == skipped(before)
    assert again.next_step().position == at(again, "seated_row")


def test_undoing_the_set_lifts_the_rest_it_caused(training: Training, trainee: int) -> None:
    """A wrong tap on 'gives way' is undone: the exercises it ended are offered again."""
    state = started(training, trainee)
    wrong = dataclasses.replace(
        GOOD,
        pain=0,
        pain_place=PainPlace.KNEE,
        stop_signals=frozenset({StopSignal.LOCKING_OR_GIVING_WAY}),
    )
    state = training.record_set(state.id, 0, wrong)
    assert skipped(state)["chair_squat"] is not None
    state = training.undo_last_set(state.id)
    assert all(reason is None for reason in skipped(state).values())
    assert state.next_step().position == 0 and len(state.undone) == 1


def test_undoing_a_later_set_keeps_an_earlier_rest(
    training: Training, trainee: int, moment: ManualClock[datetime]
) -> None:
    """Undo after going on with the arms lifts only that set: the knee still rests."""
    state = started(training, trainee)
    hurts = dataclasses.replace(GOOD, pain=8, pain_place=PainPlace.KNEE)
    state = training.record_set(state.id, 0, hurts)
    moment.now += timedelta(minutes=3)
    state = training.record_set(state.id, at(state, "seated_row"), GOOD)
    state = training.undo_last_set(state.id)
    assert skipped(state)["chair_squat"] is SkipReason.JOINT_REST
    assert state.next_step().position == at(state, "seated_row")


def test_a_day_with_only_leg_work_left_goes_to_the_cool_down(
    training: Training, trainee: int, setup: Setup
) -> None:
    """When nothing seated or for the arms remains, the session has nothing more to offer."""
    routine = setup.routine(trainee)
    assert routine is not None
    legs = tuple(i for i in routine.exercises if i.exercise_id in {"sit_to_stand", "step_up"})
    setup.save_routine(trainee, dataclasses.replace(routine, exercises=legs))
    state = started(training, trainee)
    gives_way = dataclasses.replace(
        GOOD, pain_place=PainPlace.HIP, stop_signals=frozenset({StopSignal.LOCKING_OR_GIVING_WAY})
    )
    state = training.record_set(state.id, 0, gives_way)
    assert state.next_step().kind is StepKind.COOLDOWN
    report = training.end_early(state.id)
    (_, rested) = report.outcomes
    assert rested.skipped is SkipReason.LEGS_REST and rested.best_reps is None


def test_the_reasons_of_the_rest_round_trip_through_an_export(
    training: Training,
    trainee: int,
    database: Database,
    tmp_path: Path,
    moment: ManualClock[datetime],
) -> None:
    """Exported and read in on another computer, the skips keep their reasons, text for text."""
    state = started(training, trainee)
    gives_way = dataclasses.replace(
        GOOD, pain_place=PainPlace.KNEE, stop_signals=frozenset({StopSignal.LOCKING_OR_GIVING_WAY})
    )
    state = training.record_set(state.id, 0, gives_way)
    training.end_early(state.id)
    source = Exchange(database, tmp_path / "backups", moment)
    text = source.export_text()
    assert '"legs_rest"' in text and '"joint_rest"' in text
    (tmp_path / "there").mkdir()
    other = open_database(sqlite_url(tmp_path / "there" / "data.sqlite3"), tmp_path / "there")
    try:
        target = Exchange(other, tmp_path / "there" / "backups", moment)
        (tmp_path / "export.json").write_text(text, encoding="utf-8")
        target.apply(target.read(tmp_path / "export.json"))
        assert target.export_text() == text
    finally:
        other.close()
