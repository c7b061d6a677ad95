"""A test result in the fall-risk band adds or raises balance work, respecting who decides."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

import pytest
from sqlalchemy import update

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.decisions import Decider
from sterkblijven.domain.model import EquipmentKind, Load, RoutineExercise, Task
from sterkblijven.domain.progression import Advice, Reason
from sterkblijven.services.carer import CarerAccess
from sterkblijven.services.fitness import FitnessTests
from sterkblijven.services.setup import Setup
from sterkblijven.services.suggestions import LoadSuggestions
from sterkblijven.storage import Database
from sterkblijven.storage.models import RoutineRow
from tests.clocks import ManualClock

BODY = Load(EquipmentKind.BODYWEIGHT)
SIT = RoutineExercise("sit_to_stand", BODY)


@pytest.fixture
def tests_done(
    database: Database, catalogue: Catalogue, moment: ManualClock[datetime]
) -> FitnessTests:
    """Return the functional tests, knowing the catalogue."""
    return FitnessTests(database, moment, catalogue)


def plan(setup: Setup, trainee: int, *items: RoutineExercise) -> None:
    """Make these exercises Riet's plan."""
    routine = setup.routine(trainee)
    assert routine is not None
    setup.save_routine(trainee, dataclasses.replace(routine, exercises=items))


def exercises(setup: Setup, trainee: int) -> tuple[RoutineExercise, ...]:
    """Return the plan's exercises."""
    routine = setup.routine(trainee)
    assert routine is not None
    return routine.exercises


def test_a_slow_timed_up_and_go_adds_a_balance_exercise_and_says_so(
    trainee: int, setup: Setup, tests_done: FitnessTests, catalogue: Catalogue
) -> None:
    """14 s (STEADI: 12 s or more) puts a balance exercise at its easiest step in the plan."""
    plan(setup, trainee, SIT)
    rated = tests_done.record(trainee, "timed_up_and_go", 14.0)
    assert rated.assessment.fall_risk and rated.balance is not None
    (_sit, added) = exercises(setup, trainee)
    exercise = catalogue.get(added.exercise_id)
    assert exercise is not None and exercise.task is Task.BALANCE and exercise.balance_levels
    assert (added.balance_level, added.load, added.paused) == (0, BODY, False)
    assert (rated.balance.advice, rated.balance.in_plan) == (Advice.ADD, True)
    assert rated.balance.exercise == exercise


def test_a_result_outside_the_fall_risk_band_changes_nothing(
    trainee: int, setup: Setup, tests_done: FitnessTests
) -> None:
    """9 s on the Timed Up and Go leaves the plan as it was, and says nothing about balance."""
    plan(setup, trainee, SIT)
    rated = tests_done.record(trainee, "timed_up_and_go", 9.0)
    assert rated.balance is None
    assert exercises(setup, trainee) == (SIT,)


def test_when_the_carer_decides_it_waits_as_a_suggestion_for_the_carer(
    database: Database,
    moment: ManualClock[datetime],
    trainee: int,
    setup: Setup,
    tests_done: FitnessTests,
) -> None:
    """With a PIN and no leave to decide, the plan waits; the carer's yes adds the exercise."""
    plan(setup, trainee, SIT)
    CarerAccess(database, moment).set_pin("2468")
    rated = tests_done.record(trainee, "five_times_sit_to_stand", 16.0)
    assert rated.balance is not None and not rated.balance.in_plan
    assert exercises(setup, trainee) == (SIT,)
    decisions = LoadSuggestions(database, moment)
    (waiting,) = decisions.pending(trainee)
    assert (waiting.suggestion.advice, waiting.suggestion.reason, waiting.position) == (
        Advice.ADD,
        Reason.FALL_RISK,
        1,
    )
    decisions.accept(waiting.id, Decider.CARER)
    (_sit, added) = exercises(setup, trainee)
    assert added == waiting.suggestion.proposed


def test_with_every_balance_exercise_planned_the_easiest_goes_one_step_up(
    trainee: int, setup: Setup, tests_done: FitnessTests, catalogue: Catalogue
) -> None:
    """When nothing can be added, the balance exercise at the lowest step is raised by one."""
    levelled = [e for e in catalogue.exercises if e.balance_levels]
    items = [
        RoutineExercise(e.id, BODY, rep_min=10, rep_max=30, balance_level=2 - index)
        for index, e in enumerate(levelled)
    ]
    plan(setup, trainee, SIT, *items)
    rated = tests_done.record(trainee, "chair_stand_30s", 5.0)
    assert rated.balance is not None and rated.balance.advice is Advice.NEXT_LEVEL
    after = exercises(setup, trainee)
    assert [item.balance_level for item in after[1:]] == [2, 1, 1]


def test_a_second_fall_risk_result_soon_after_changes_the_plan_only_once(
    moment: ManualClock[datetime], trainee: int, setup: Setup, tests_done: FitnessTests
) -> None:
    """Two results on one morning add one exercise; six weeks later a new result may add again."""
    plan(setup, trainee, SIT)
    tests_done.record(trainee, "timed_up_and_go", 14.0)
    again = tests_done.record(trainee, "chair_stand_30s", 4.0)
    assert again.balance is not None and again.balance.advice is None
    assert len(exercises(setup, trainee)) == 2
    moment.now += timedelta(weeks=6)
    tests_done.record(trainee, "timed_up_and_go", 13.0)
    assert len(exercises(setup, trainee)) == 3


def test_without_a_plan_a_fall_risk_result_still_tells_what_helps(
    database: Database, trainee: int, setup: Setup, tests_done: FitnessTests
) -> None:
    """A person without a routine gets the advice, and nothing is stored for a plan."""
    with database.transaction() as tx:
        tx.execute(update(RoutineRow).values(active=False))
    rated = tests_done.record(trainee, "timed_up_and_go", 14.0)
    assert rated.balance is not None and rated.balance.advice is None
    assert setup.routine(trainee) is None
