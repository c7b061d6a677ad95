"""Home progression on a real database: past body weight, into a new load, balance by steps."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

import pytest

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.decisions import Decider
from sterkblijven.domain.model import EquipmentKind, Load, RoutineExercise, Sex
from sterkblijven.domain.progression import Advice, Reason
from sterkblijven.domain.session import JointFeeling, PainPlace
from sterkblijven.services.onboarding import FirstRunAnswers, Onboarding
from sterkblijven.services.setup import Setup
from sterkblijven.services.suggestions import LoadSuggestions
from sterkblijven.services.training import Effort, SetInput, Training
from sterkblijven.storage import Database
from tests.clocks import ManualClock

BODY = Load(EquipmentKind.BODYWEIGHT)
TOP = SetInput(reps=25, reached_failure=True, effort=Effort.MAXIMAL, pain=0)


def person(
    database: Database,
    catalogue: Catalogue,
    moment: ManualClock[datetime],
    dumbbells: tuple[float, ...],
    *exercises: RoutineExercise,
) -> int:
    """Return a trainee owning these dumbbells whose plan is the given exercises."""
    answers = FirstRunAnswers("Riet", "1946", Sex.FEMALE, frozenset(), False, dumbbells, (), "nl")
    trainee = Onboarding(database, catalogue, moment).complete(answers).trainee.id
    assert trainee is not None
    setup = Setup(database, catalogue, moment)
    routine = setup.routine(trainee)
    assert routine is not None
    setup.save_routine(trainee, dataclasses.replace(routine, exercises=exercises))
    return trainee


def session(
    training: Training, trainee: int, moment: ManualClock[datetime], *entries: SetInput
) -> RoutineExercise:
    """Run a week's session of the plan's first exercise with these sets; return its dose."""
    moment.now += timedelta(days=7)
    state = training.finish_warmup(training.start(trainee).id)
    item = state.exercises[0].item
    for entry in entries:
        state = training.record_set(state.id, 0, entry)
    training.finish(state.id)
    return item


def planned(training: Training, trainee: int) -> RoutineExercise:
    """Return the first exercise as the next session would start it."""
    state = training.start(trainee)
    training.close_as_is(state.id)
    return state.exercises[0].item


@pytest.fixture
def decisions(database: Database, moment: ManualClock[datetime]) -> LoadSuggestions:
    """Return the suggestion use cases."""
    return LoadSuggestions(database, moment)


def test_a_chair_rise_on_body_weight_moves_on_to_the_persons_own_dumbbell(
    database: Database,
    catalogue: Catalogue,
    moment: ManualClock[datetime],
    training: Training,
    decisions: LoadSuggestions,
) -> None:
    """25 sit-to-stands at failure: the summary and the carer see 1 kg next; agreed, it is used."""
    sit = RoutineExercise("sit_to_stand", BODY)
    trainee = person(database, catalogue, moment, (1.0, 2.0), sit)
    moment.now += timedelta(days=7)
    state = training.finish_warmup(training.start(trainee).id)
    state = training.record_set(state.id, 0, TOP)
    report = training.finish(state.id)
    suggestion = report.outcomes[0].suggestion
    assert (suggestion.advice, suggestion.reason) == (Advice.HEAVIER, Reason.OWN_WEIGHT)
    (waiting,) = decisions.pending(trainee)
    assert waiting.suggestion.proposed.load == Load(EquipmentKind.DUMBBELL, kg=1.0)
    decisions.accept(waiting.id, Decider.TRAINEE)
    assert planned(training, trainee).load == Load(EquipmentKind.DUMBBELL, kg=1.0)


def test_a_new_heavier_dumbbell_is_kept_for_three_sessions_of_twelve_or_more(
    database: Database,
    catalogue: Catalogue,
    moment: ManualClock[datetime],
    training: Training,
) -> None:
    """After 1 kg, 13 curls at failure on 1.5 kg keep 1.5 kg three times, then it goes down."""
    one = RoutineExercise("biceps_curl", Load(EquipmentKind.DUMBBELL, kg=1.0))
    trainee = person(database, catalogue, moment, (1.0, 1.5, 2.0, 3.0, 4.0), one)
    session(training, trainee, moment, SetInput(22, True, Effort.HARD, 0))
    setup = Setup(database, catalogue, moment)
    routine = setup.routine(trainee)
    assert routine is not None
    heavier = dataclasses.replace(one, load=Load(EquipmentKind.DUMBBELL, kg=1.5))
    setup.save_routine(trainee, dataclasses.replace(routine, exercises=(heavier,)))
    thirteen = SetInput(13, True, Effort.MAXIMAL, 0)
    for _ in range(3):
        assert session(training, trainee, moment, thirteen).load.kg == 1.5
        assert planned(training, trainee).load.kg == 1.5
    session(training, trainee, moment, thirteen)
    assert planned(training, trainee).load.kg == 1.0


def test_a_mastered_balance_hold_moves_to_the_next_step_once_agreed(
    database: Database,
    catalogue: Catalogue,
    moment: ManualClock[datetime],
    training: Training,
    decisions: LoadSuggestions,
) -> None:
    """30 s on one leg with little effort: the next step waits for a yes, then is planned."""
    stand = RoutineExercise("single_leg_stand", BODY, rep_min=10, rep_max=30)
    trainee = person(database, catalogue, moment, (), stand)
    session(training, trainee, moment, SetInput(30, False, Effort.LIGHT, 0))
    (waiting,) = decisions.pending(trainee)
    assert (waiting.suggestion.advice, waiting.suggestion.reason) == (
        Advice.NEXT_LEVEL,
        Reason.LEVEL_MASTERED,
    )
    assert waiting.suggestion.proposed == dataclasses.replace(stand, balance_level=1)
    assert planned(training, trainee).balance_level == 0
    decisions.accept(waiting.id, Decider.TRAINEE)
    assert planned(training, trainee) == dataclasses.replace(stand, balance_level=1)


def test_a_worse_knee_the_day_after_the_lightest_dumbbell_goes_back_to_body_weight(
    database: Database,
    catalogue: Catalogue,
    moment: ManualClock[datetime],
    training: Training,
) -> None:
    """Sit-to-stand with the lightest dumbbell, knee worse next day: body weight, not a pause."""
    sit = RoutineExercise("sit_to_stand", Load(EquipmentKind.DUMBBELL, kg=1.0))
    trainee = person(database, catalogue, moment, (1.0, 2.0), sit)
    for _ in range(5):  # past the beginner weeks, so a worse day is not a first
        session(training, trainee, moment, SetInput(22, True, Effort.HARD, 0))
    moment.now += timedelta(days=1)
    prompt = training.checkin_due(trainee)
    assert prompt is not None
    training.record_checkin(
        trainee, prompt.session_id, JointFeeling.WORSE, False, places=frozenset({PainPlace.KNEE})
    )
    assert planned(training, trainee) == dataclasses.replace(sit, load=BODY)
