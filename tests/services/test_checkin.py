"""The next-day check-in by joint: where it is worse decides what is lowered and advised."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.checkin import Fallback
from sterkblijven.domain.decisions import Decider
from sterkblijven.domain.model import EquipmentKind, Load, RoutineExercise, Sex
from sterkblijven.domain.progression import Advice, Reason, is_pain_rule
from sterkblijven.services.errors import InputRefused
from sterkblijven.services.onboarding import FirstRunAnswers, Onboarding
from sterkblijven.services.setup import Setup
from sterkblijven.services.suggestions import LoadSuggestions
from sterkblijven.services.training import (
    CheckinOutcome,
    Effort,
    JointFeeling,
    PainPlace,
    SetInput,
    Training,
)
from sterkblijven.storage import Database
from tests.clocks import ManualClock
from tests.storage.conftest import sqlite_only

# Two exercises that load the knee (and hip), one the shoulder, one the hand and wrist.
ROUTINE = ("chair_squat", "step_up", "shoulder_press", "biceps_curl")
KNEE_EXERCISES = {"chair_squat", "step_up"}
KNEE = frozenset({PainPlace.KNEE})


@pytest.fixture
def trainee(database: Database, catalogue: Catalogue, moment: ManualClock[datetime]) -> int:
    """Return Riet with 1, 2 and 3 kg; each exercise of her routine is one set at 2 kg."""
    answers = FirstRunAnswers(
        "Riet", "1948", Sex.FEMALE, frozenset(), False, (1.0, 2.0, 3.0), (), "nl"
    )
    trainee_id = Onboarding(database, catalogue, moment).complete(answers).trainee.id
    assert trainee_id is not None
    setup = Setup(database, catalogue, moment)
    routine = setup.routine(trainee_id)
    assert routine is not None
    items = tuple(RoutineExercise(name, Load(EquipmentKind.DUMBBELL, kg=2.0)) for name in ROUTINE)
    setup.save_routine(trainee_id, dataclasses.replace(routine, exercises=items))
    return trainee_id


@pytest.fixture
def decisions(database: Database, moment: ManualClock[datetime]) -> LoadSuggestions:
    """Return the suggestion use cases."""
    return LoadSuggestions(database, moment)


def train(training: Training, trainee: int, pain: dict[str, int] | None = None) -> int:
    """Do every exercise in range (20 times, hard), with the pain given per exercise."""
    state = training.finish_warmup(training.start(trainee).id)
    for progress in state.exercises:
        if progress.done:
            continue  # resting after pain
        hurt = (pain or {}).get(progress.item.exercise_id, 0)
        entry = SetInput(reps=20, reached_failure=True, effort=Effort.HARD, pain=hurt)
        while not training.state(state.id).progress_at(progress.position).done:
            training.record_set(state.id, progress.position, entry)
    training.finish(state.id)
    return state.id


def answer(
    training: Training,
    moment: ManualClock[datetime],
    trainee: int,
    joints: JointFeeling,
    *,
    stiff: bool = False,
    night_pain: bool = False,
    places: frozenset[PainPlace] = frozenset(),
) -> CheckinOutcome:
    """Answer the check-in the next morning."""
    moment.now += timedelta(days=1)
    prompt = training.checkin_due(trainee)
    assert prompt is not None
    return training.record_checkin(
        trainee, prompt.session_id, joints, stiff, night_pain=night_pain, places=places
    )


def planned(setup: Setup, trainee: int) -> dict[str, RoutineExercise]:
    """Return each exercise of the plan by name."""
    routine = setup.routine(trainee)
    assert routine is not None
    return {item.exercise_id: item for item in routine.exercises}


def lowered(outcome: CheckinOutcome) -> set[str]:
    """Return the exercises the answer lowered."""
    return {suggestion.current.exercise_id for suggestion in outcome.lowered}


def test_worse_knees_after_the_first_session_rest_only_the_knee_work_and_advise_no_gp(
    database: Database,
    catalogue: Catalogue,
    moment: ManualClock[datetime],
    training: Training,
    setup: Setup,
    decisions: LoadSuggestions,
) -> None:
    """After session 1 on the lightest loads, worse knees rest what loads the knee; arms go on."""
    answers = FirstRunAnswers("Jan", "1944", Sex.MALE, frozenset(), False, (1.0, 2.0), (), "nl")
    trainee = Onboarding(database, catalogue, moment).complete(answers).trainee.id
    assert trainee is not None
    before = planned(setup, trainee)
    knee_work = {
        name
        for name in before
        if (exercise := catalogue.get(name)) is not None and PainPlace.KNEE in exercise.joints
    }
    assert knee_work and knee_work != set(before)
    train(training, trainee)
    outcome = answer(training, moment, trainee, JointFeeling.WORSE, places=KNEE)
    after = planned(setup, trainee)
    assert {name for name, item in after.items() if item.paused} == knee_work
    assert {name: after[name] for name in set(before) - knee_work} == {
        name: before[name] for name in set(before) - knee_work
    }
    assert lowered(outcome) == knee_work
    assert (outcome.places, outcome.fallback, outcome.see_gp) == (KNEE, None, False)
    waiting = decisions.pending(trainee)
    assert {record.exercise_id for record in waiting} == knee_work
    assert not any(record.suggestion.see_gp for record in waiting)


def test_worse_at_the_knee_lowers_the_knee_exercises_one_step(
    training: Training, trainee: int, setup: Setup, moment: ManualClock[datetime]
) -> None:
    """Knee exercises go from 2 to 1 kg, in force at once as a pain rule; the rest stays at 2."""
    train(training, trainee)
    outcome = answer(training, moment, trainee, JointFeeling.WORSE, places=KNEE)
    plan = planned(setup, trainee)
    assert {name: item.load.kg for name, item in plan.items()} == {
        "chair_squat": 1.0,
        "step_up": 1.0,
        "shoulder_press": 2.0,
        "biceps_curl": 2.0,
    }
    assert not any(item.paused for item in plan.values())
    for suggestion in outcome.lowered:
        assert (suggestion.advice, suggestion.reason, suggestion.see_gp) == (
            Advice.LIGHTER,
            Reason.NEXT_DAY,
            False,
        )
        assert is_pain_rule(suggestion)


def test_worse_again_at_the_same_place_within_four_weeks_rests_it_and_advises_the_gp(
    training: Training,
    trainee: int,
    setup: Setup,
    moment: ManualClock[datetime],
    decisions: LoadSuggestions,
) -> None:
    """A second worse knee in four weeks pauses the knee work and advises the GP or physio."""
    routine = setup.routine(trainee)
    assert routine is not None
    heavy = Load(EquipmentKind.DUMBBELL, kg=3.0)
    items = tuple(
        dataclasses.replace(item, load=heavy) if item.exercise_id in KNEE_EXERCISES else item
        for item in routine.exercises
    )
    setup.save_routine(trainee, dataclasses.replace(routine, exercises=items))
    train(training, trainee)
    first = answer(training, moment, trainee, JointFeeling.WORSE, places=KNEE)
    assert (first.see_gp, first.repeated) == (False, frozenset())
    assert {planned(setup, trainee)[name].load.kg for name in KNEE_EXERCISES} == {2.0}
    moment.now += timedelta(days=6)
    train(training, trainee)
    second = answer(training, moment, trainee, JointFeeling.WORSE, places=KNEE | {PainPlace.HIP})
    assert (second.see_gp, second.repeated) == (True, KNEE)
    plan = planned(setup, trainee)
    assert {name for name, item in plan.items() if item.paused} == KNEE_EXERCISES
    assert plan["shoulder_press"].load.kg == 2.0
    for suggestion in second.lowered:
        assert (suggestion.advice, suggestion.see_gp) == (Advice.PAUSE, True)
    assert all(record.suggestion.see_gp for record in decisions.pending(trainee))


def test_worse_at_another_place_or_after_four_weeks_is_no_repeat(
    training: Training, trainee: int, moment: ManualClock[datetime]
) -> None:
    """Worse at the shoulder after the knee, or at the knee five weeks on, is a first time."""
    train(training, trainee)
    answer(training, moment, trainee, JointFeeling.WORSE, places=KNEE)
    moment.now += timedelta(days=6)
    train(training, trainee)
    shoulder = answer(
        training, moment, trainee, JointFeeling.WORSE, places=frozenset({PainPlace.SHOULDER})
    )
    assert (lowered(shoulder), shoulder.see_gp, shoulder.repeated) == (
        {"shoulder_press"},
        False,
        frozenset(),
    )
    moment.now += timedelta(days=34)
    train(training, trainee)
    later = answer(training, moment, trainee, JointFeeling.WORSE, places=KNEE)
    assert (lowered(later), later.see_gp) == (KNEE_EXERCISES, False)


def test_night_pain_lowers_what_loads_that_place_and_advises_the_gp(
    training: Training, trainee: int, setup: Setup, moment: ManualClock[datetime]
) -> None:
    """Pain at night in the shoulder is a stop signal: the shoulder press is lowered, GP advised."""
    train(training, trainee)
    outcome = answer(
        training,
        moment,
        trainee,
        JointFeeling.SAME,
        night_pain=True,
        places=frozenset({PainPlace.SHOULDER}),
    )
    (suggestion,) = outcome.lowered
    assert (suggestion.current.exercise_id, suggestion.reason, suggestion.see_gp) == (
        "shoulder_press",
        Reason.NIGHT_PAIN,
        True,
    )
    assert is_pain_rule(suggestion)
    assert outcome.see_gp
    assert planned(setup, trainee)["shoulder_press"].load.kg == 1.0
    assert planned(setup, trainee)["chair_squat"].load.kg == 2.0


@pytest.mark.parametrize(
    "places",
    [frozenset(), frozenset({PainPlace.ELSEWHERE}), frozenset({PainPlace.NECK})],
    ids=["not known", "somewhere else", "a place no exercise loads"],
)
def test_without_a_place_that_points_to_exercises_the_most_painful_ones_are_lowered(
    training: Training, trainee: int, moment: ManualClock[datetime], places: frozenset[PainPlace]
) -> None:
    """Not knowing where (or the neck, which no exercise loads) lowers what hurt most."""
    train(training, trainee, {"shoulder_press": 4, "biceps_curl": 2})
    outcome = answer(training, moment, trainee, JointFeeling.WORSE, places=places)
    assert (lowered(outcome), outcome.fallback) == ({"shoulder_press"}, Fallback.MOST_PAIN)


def test_without_a_place_or_any_pain_every_exercise_goes_one_step_lighter(
    training: Training, trainee: int, setup: Setup, moment: ManualClock[datetime]
) -> None:
    """With nothing to tell which exercise it was, each goes one step lighter, none rests."""
    train(training, trainee)
    outcome = answer(training, moment, trainee, JointFeeling.WORSE)
    assert (lowered(outcome), outcome.fallback) == (set(ROUTINE), Fallback.ALL)
    assert {item.load.kg for item in planned(setup, trainee).values()} == {1.0}
    assert not any(item.paused for item in planned(setup, trainee).values())


def test_long_stiffness_lowers_by_place_when_the_place_is_known(
    training: Training, trainee: int, moment: ManualClock[datetime]
) -> None:
    """Long stiffness with a worse knee lowers the knee work; without a place, all of it."""
    train(training, trainee)
    by_place = answer(training, moment, trainee, JointFeeling.WORSE, stiff=True, places=KNEE)
    assert (lowered(by_place), by_place.see_gp) == (KNEE_EXERCISES, True)
    assert {s.reason for s in by_place.lowered} == {Reason.MORNING_STIFFNESS}
    moment.now += timedelta(days=6)
    train(training, trainee)
    everywhere = answer(training, moment, trainee, JointFeeling.SAME, stiff=True)
    assert lowered(everywhere) == set(ROUTINE)


@sqlite_only
def test_a_good_answer_changes_nothing_and_keeps_no_places(
    training: Training,
    trainee: int,
    setup: Setup,
    moment: ManualClock[datetime],
    database_path: Path,
) -> None:
    """Joints as usual, no night pain: the plan stays; a place tapped anyway is not kept."""
    train(training, trainee)
    before = planned(setup, trainee)
    outcome = answer(training, moment, trainee, JointFeeling.SAME, places=KNEE)
    assert (outcome.lowered, outcome.see_gp) == ((), False)
    assert planned(setup, trainee) == before
    with sqlite3.connect(database_path) as connection:
        rows = connection.execute("SELECT joints, places, night_pain FROM checkins").fetchall()
    assert rows == [("same", "", 0)]


@sqlite_only
def test_the_answer_is_kept_with_its_places_and_night_pain(
    training: Training, trainee: int, moment: ManualClock[datetime], database_path: Path
) -> None:
    """Each place and the night pain are stored with the answer."""
    train(training, trainee)
    answer(
        training,
        moment,
        trainee,
        JointFeeling.WORSE,
        night_pain=True,
        places=frozenset({PainPlace.KNEE, PainPlace.HIP}),
    )
    with sqlite3.connect(database_path) as connection:
        rows = connection.execute("SELECT joints, places, night_pain FROM checkins").fetchall()
    assert rows == [("worse", "hip,knee", 1)]


def test_a_session_is_answered_once(
    training: Training, trainee: int, setup: Setup, moment: ManualClock[datetime]
) -> None:
    """A second answer about the same session (a double tap) is refused and lowers nothing more."""
    session_id = train(training, trainee)
    answer(training, moment, trainee, JointFeeling.WORSE, places=KNEE)
    after_first = planned(setup, trainee)
    with pytest.raises(InputRefused) as refused:
        training.record_checkin(trainee, session_id, JointFeeling.WORSE, False, places=KNEE)
    assert refused.value.code == "checkin_done"
    assert planned(setup, trainee) == after_first


def test_the_lowering_holds_against_a_step_up_accepted_before(
    training: Training,
    trainee: int,
    setup: Setup,
    moment: ManualClock[datetime],
    decisions: LoadSuggestions,
) -> None:
    """A knee exercise at the top, made harder that evening, goes one step below what was done."""
    state = training.finish_warmup(training.start(trainee).id)
    top = SetInput(reps=25, reached_failure=True, effort=Effort.MAXIMAL, pain=0)
    training.record_set(state.id, 0, top)
    training.end_early(state.id)
    (step_up,) = decisions.pending(trainee)
    decisions.accept(step_up.id, Decider.TRAINEE)
    assert planned(setup, trainee)["chair_squat"].slow_tempo
    answer(training, moment, trainee, JointFeeling.WORSE, places=KNEE)
    squat = planned(setup, trainee)["chair_squat"]
    assert (squat.load.kg, squat.slow_tempo) == (1.0, False)
    assert planned(setup, trainee)["step_up"].load.kg == 2.0  # not trained, so not lowered
