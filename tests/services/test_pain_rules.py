"""Pain rules win over every decision: the lower dose is in force until the carer lifts it."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

import pytest

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.decisions import Decider, Status
from sterkblijven.domain.model import EquipmentKind, Load, RoutineExercise, Sex
from sterkblijven.domain.progression import Advice, Reason
from sterkblijven.domain.session import JointFeeling
from sterkblijven.services.errors import InputRefused
from sterkblijven.services.onboarding import FirstRunAnswers, Onboarding
from sterkblijven.services.setup import Setup
from sterkblijven.services.suggestions import LoadSuggestions
from sterkblijven.services.training import Effort, SetInput, Training
from sterkblijven.storage import Database
from tests.clocks import ManualClock

TOP = SetInput(reps=25, reached_failure=True, effort=Effort.MAXIMAL, pain=0)


@pytest.fixture
def trainee(database: Database, catalogue: Catalogue, moment: ManualClock[datetime]) -> int:
    """Return Riet with 1, 1.5, 2 and 3 kg; her routine is a shoulder press at 2 kg, slow."""
    answers = FirstRunAnswers(
        "Riet", "1948", Sex.FEMALE, frozenset(), False, (1.0, 1.5, 2.0, 3.0), (), "nl"
    )
    trainee_id = Onboarding(database, catalogue, moment).complete(answers).trainee.id
    assert trainee_id is not None
    setup = Setup(database, catalogue, moment)
    routine = setup.routine(trainee_id)
    assert routine is not None
    press = RoutineExercise(
        "shoulder_press", Load(EquipmentKind.DUMBBELL, kg=2.0), sets=3, slow_tempo=True
    )
    setup.save_routine(trainee_id, dataclasses.replace(routine, exercises=(press,)))
    return trainee_id


@pytest.fixture
def decisions(database: Database, moment: ManualClock[datetime]) -> LoadSuggestions:
    """Return the suggestion use cases."""
    return LoadSuggestions(database, moment)


def session(training: Training, trainee: int, entry: SetInput) -> int:
    """Run one session with all sets of the press alike; return its id."""
    state = training.finish_warmup(training.start(trainee).id)
    while not state.exercises[0].done:
        state = training.record_set(state.id, 0, entry)
    training.finish(state.id)
    return state.id


def planned(training: Training, trainee: int) -> RoutineExercise:
    """Return the press as the next session would start it."""
    state = training.start(trainee)
    item = state.exercises[0].item
    training.close_as_is(state.id)
    return item


def accepted_step_up_then_worse_joints(
    training: Training, trainee: int, decisions: LoadSuggestions, moment: ManualClock[datetime]
) -> None:
    """Reach the top at 2 kg, accept 3 kg that evening, answer "worse" the next morning."""
    session_id = session(training, trainee, TOP)
    (step_up,) = decisions.pending(trainee)
    assert step_up.suggestion.advice is Advice.HEAVIER
    moment.now += timedelta(hours=4)
    decisions.accept(step_up.id, Decider.TRAINEE)
    assert planned(training, trainee).load.kg == 3.0
    moment.now += timedelta(hours=12)
    assert training.checkin_due(trainee) is not None
    training.record_checkin(trainee, session_id, JointFeeling.WORSE, False)


def test_worse_joints_after_an_accepted_step_up_put_the_lower_dose_in_force(
    training: Training, trainee: int, decisions: LoadSuggestions, moment: ManualClock[datetime]
) -> None:
    """Worse joints the day after 2 kg put 1.5 kg in force, although 3 kg had been accepted."""
    accepted_step_up_then_worse_joints(training, trainee, decisions, moment)
    (lowered,) = decisions.pending(trainee)
    assert (lowered.suggestion.reason, lowered.applied) == (Reason.NEXT_DAY, True)
    assert planned(training, trainee).load.kg == 1.5
    decided = decisions.accept(lowered.id, Decider.TRAINEE)
    assert decided.status is Status.ACCEPTED
    assert planned(training, trainee).load.kg == 1.5


def test_only_the_carer_lifts_a_pain_rule(
    training: Training, trainee: int, decisions: LoadSuggestions, moment: ManualClock[datetime]
) -> None:
    """The trainee cannot undo the lowering or choose more; the carer can, and it is recorded."""
    accepted_step_up_then_worse_joints(training, trainee, decisions, moment)
    (lowered,) = decisions.pending(trainee)
    with pytest.raises(InputRefused) as refused:
        decisions.reject(lowered.id, Decider.TRAINEE)
    assert refused.value.code == "carer_lifts_pain"
    two = Load(EquipmentKind.DUMBBELL, kg=2.0)
    with pytest.raises(InputRefused) as refused:
        decisions.change(lowered.id, two, Decider.TRAINEE)
    assert refused.value.code == "carer_lifts_pain"
    assert planned(training, trainee).load.kg == 1.5
    moment.now += timedelta(hours=1)
    lifted = decisions.reject(lowered.id, Decider.CARER)
    assert (lifted.status, lifted.decided_by, lifted.decided_at) == (
        Status.REJECTED,
        Decider.CARER,
        moment.now,
    )
    assert planned(training, trainee).load.kg == 2.0


def test_the_trainee_may_choose_an_even_lighter_dose_after_pain(
    training: Training, trainee: int, decisions: LoadSuggestions, moment: ManualClock[datetime]
) -> None:
    """Choosing 1 kg instead of 1.5 kg is never a risk, so the trainee may."""
    accepted_step_up_then_worse_joints(training, trainee, decisions, moment)
    (lowered,) = decisions.pending(trainee)
    light = Load(EquipmentKind.DUMBBELL, kg=1.0)
    assert decisions.change(lowered.id, light, Decider.TRAINEE).status is Status.CHANGED
    assert planned(training, trainee).load.kg == 1.0


def test_pain_in_a_session_withdraws_a_waiting_step_up(
    training: Training, trainee: int, decisions: LoadSuggestions, moment: ManualClock[datetime]
) -> None:
    """A step up still waiting from last time is withdrawn when the next session hurts."""
    session(training, trainee, TOP)
    (step_up,) = decisions.pending(trainee)
    moment.now += timedelta(days=2)
    state = training.finish_warmup(training.start(trainee).id)
    state = training.record_set(
        state.id, 0, SetInput(reps=20, reached_failure=True, effort=Effort.HARD, pain=7)
    )
    # Accepted on another screen while the session is still going: pain still wins.
    decisions.accept(step_up.id, Decider.TRAINEE)
    training.end_early(state.id)
    (lowered,) = decisions.pending(trainee)
    assert (lowered.suggestion.reason, lowered.applied) == (Reason.PAIN, True)
    assert planned(training, trainee).load.kg == 1.5
