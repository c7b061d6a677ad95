"""Load suggestions after sessions: accepted, changed or rejected, by whom and when."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

import pytest

from sterkblijven.domain.bands import theraband_ladder
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.decisions import Decider, Status
from sterkblijven.domain.hospital import ClearedBy
from sterkblijven.domain.model import EquipmentKind, Load, RoutineExercise, Sex
from sterkblijven.domain.progression import Advice, Reason
from sterkblijven.services.carer import CarerAccess
from sterkblijven.services.errors import InputRefused
from sterkblijven.services.home import Home
from sterkblijven.services.onboarding import FirstRunAnswers, Onboarding
from sterkblijven.services.setup import Setup
from sterkblijven.services.suggestions import LoadSuggestions
from sterkblijven.services.training import Effort, SetInput, Training
from sterkblijven.storage import Database
from tests.clocks import ManualClock

TOP = SetInput(reps=25, reached_failure=True, effort=Effort.MAXIMAL, pain=0)
PAINFUL = SetInput(reps=20, reached_failure=True, effort=Effort.HARD, pain=7)


@pytest.fixture
def trainee(database: Database, catalogue: Catalogue, moment: ManualClock[datetime]) -> int:
    """Return a trainee whose routine has one curl: 2 kg, three sets, tempo already slow."""
    answers = FirstRunAnswers(
        "Jan", "1944", Sex.MALE, frozenset(), False, (1.0, 2.0, 2.5), theraband_ladder()[1:3], "nl"
    )
    trainee_id = Onboarding(database, catalogue, moment).complete(answers).trainee.id
    assert trainee_id is not None
    setup = Setup(database, catalogue, moment)
    routine = setup.routine(trainee_id)
    assert routine is not None
    curl = RoutineExercise(
        "biceps_curl", Load(EquipmentKind.DUMBBELL, kg=2.0), sets=3, slow_tempo=True
    )
    setup.save_routine(trainee_id, dataclasses.replace(routine, exercises=(curl,)))
    return trainee_id


def session(training: Training, trainee: int, entry: SetInput) -> None:
    """Run one session with the curl's sets all alike."""
    state = training.finish_warmup(training.start(trainee).id)
    while not state.exercises[0].done:
        state = training.record_set(state.id, 0, entry)
    training.finish(state.id)


@pytest.fixture
def decisions(database: Database, moment: ManualClock[datetime]) -> LoadSuggestions:
    """Return the suggestion use cases."""
    return LoadSuggestions(database, moment)


def curl_load(training: Training, trainee: int) -> RoutineExercise:
    """Return the curl as the next session would start it."""
    state = training.start(trainee)
    item = state.exercises[0].item
    training.close_as_is(state.id)
    return item


def test_accepting_a_step_up_puts_it_in_force_and_records_who_and_when(
    training: Training,
    trainee: int,
    decisions: LoadSuggestions,
    moment: ManualClock[datetime],
) -> None:
    """After 25 at failure the step to 2.5 kg waits; accepted by the carer it is used."""
    session(training, trainee, TOP)
    (waiting,) = decisions.pending(trainee)
    assert (waiting.suggestion.advice, waiting.suggestion.reason, waiting.applied) == (
        Advice.HEAVIER,
        Reason.TOP_OF_RANGE,
        False,
    )
    moment.now += timedelta(hours=3)
    decided = decisions.accept(waiting.id, Decider.CARER)
    assert (decided.status, decided.decided_by, decided.decided_at) == (
        Status.ACCEPTED,
        Decider.CARER,
        moment.now,
    )
    assert decisions.pending(trainee) == []
    assert curl_load(training, trainee).load.kg == 2.5


def test_rejecting_a_step_up_keeps_the_load(
    training: Training, trainee: int, decisions: LoadSuggestions
) -> None:
    """A rejected step up leaves the routine as it was, and the record says so."""
    session(training, trainee, TOP)
    (waiting,) = decisions.pending(trainee)
    decisions.reject(waiting.id, Decider.CARER)
    assert curl_load(training, trainee).load.kg == 2.0
    assert decisions.history(trainee)[0].status is Status.REJECTED


def test_changing_a_suggestion_uses_the_load_chosen(
    training: Training, trainee: int, decisions: LoadSuggestions
) -> None:
    """The carer can choose another owned load; a load not owned is refused."""
    session(training, trainee, TOP)
    (waiting,) = decisions.pending(trainee)
    assert [load.kg for load in decisions.choices(waiting.id)] == [1.0, 2.0, 2.5]
    with pytest.raises(InputRefused):
        decisions.change(waiting.id, Load(EquipmentKind.DUMBBELL, kg=9.0), Decider.CARER)
    changed = decisions.change(waiting.id, Load(EquipmentKind.DUMBBELL, kg=1.0), Decider.CARER)
    assert changed.status is Status.CHANGED and changed.chosen is not None
    item = curl_load(training, trainee)
    assert (item.load.kg, item.slow_tempo) == (1.0, False)


def test_pain_lowers_at_once_and_rejecting_restores_the_dose(
    training: Training, trainee: int, decisions: LoadSuggestions
) -> None:
    """Pain above 5 puts 1 kg in force before anyone decides; a rejection restores 2 kg."""
    session(training, trainee, PAINFUL)
    (lowered,) = decisions.pending(trainee)
    assert (lowered.suggestion.advice, lowered.suggestion.see_gp, lowered.applied) == (
        Advice.LIGHTER,
        True,
        True,
    )
    assert curl_load(training, trainee).load.kg == 1.0
    decisions.reject(lowered.id, Decider.CARER)
    assert curl_load(training, trainee).load.kg == 2.0


def test_with_a_carer_pin_only_an_allowed_trainee_decides(
    training: Training,
    trainee: int,
    decisions: LoadSuggestions,
    database: Database,
    catalogue: Catalogue,
    moment: ManualClock[datetime],
) -> None:
    """Without a PIN the trainee decides; with one, only after the carer allows it."""
    session(training, trainee, TOP)
    (waiting,) = decisions.pending(trainee)
    assert decisions.trainee_may_decide(trainee)
    CarerAccess(database, moment).set_pin("2468")
    assert not decisions.trainee_may_decide(trainee)
    with pytest.raises(InputRefused) as refused:
        decisions.accept(waiting.id, Decider.TRAINEE)
    assert refused.value.code == "carer_decides"
    Setup(database, catalogue, moment).allow_own_decisions(trainee, True)
    assert decisions.accept(waiting.id, Decider.TRAINEE).decided_by is Decider.TRAINEE
    with pytest.raises(InputRefused) as again:
        decisions.reject(waiting.id, Decider.CARER)
    assert again.value.code == "suggestion_decided"


def test_a_newer_session_supersedes_an_undecided_suggestion(
    training: Training, trainee: int, decisions: LoadSuggestions, moment: ManualClock[datetime]
) -> None:
    """Only the newest suggestion waits; the older one is kept as superseded."""
    session(training, trainee, TOP)
    (first,) = decisions.pending(trainee)
    moment.now += timedelta(days=7)
    session(training, trainee, TOP)
    (second,) = decisions.pending(trainee)
    assert second.id != first.id
    assert [r.status for r in decisions.history(trainee)] == [Status.PENDING, Status.SUPERSEDED]


def test_a_suggestion_that_no_longer_fits_the_routine_is_put_aside(
    training: Training,
    trainee: int,
    decisions: LoadSuggestions,
    database: Database,
    catalogue: Catalogue,
    moment: ManualClock[datetime],
) -> None:
    """When the carer edited the exercise meanwhile, accepting changes nothing."""
    session(training, trainee, TOP)
    (waiting,) = decisions.pending(trainee)
    setup = Setup(database, catalogue, moment)
    routine = setup.routine(trainee)
    assert routine is not None
    edited = dataclasses.replace(routine.exercises[0], sets=2)
    setup.save_routine(trainee, dataclasses.replace(routine, exercises=(edited,)))
    assert decisions.accept(waiting.id, Decider.CARER).status is Status.SUPERSEDED
    assert curl_load(training, trainee).sets == 2


@pytest.mark.parametrize(
    ("days", "kg", "stop_short"),
    [(10, 2.0, False), (20, 2.0, True), (50, 1.0, True), (130, 1.0, True)],
)
def test_coming_back_after_a_break_follows_the_return_rules(
    training: Training,
    trainee: int,
    moment: ManualClock[datetime],
    days: int,
    kg: float,
    stop_short: bool,
) -> None:
    """Ten days: as before; three weeks: same load, stop short; seven weeks or more: lighter."""
    for _ in range(4):  # past the beginner weeks
        session(training, trainee, SetInput(reps=20, reached_failure=True, pain=0))
        moment.now += timedelta(days=7)
    moment.now += timedelta(days=days - 7)
    state = training.start(trainee)
    assert (state.exercises[0].item.load.kg, state.stop_short) == (kg, stop_short)


def test_a_hospital_stay_starts_again_from_the_lightest_load(
    training: Training,
    trainee: int,
    decisions: LoadSuggestions,
    database: Database,
    catalogue: Catalogue,
    moment: ManualClock[datetime],
) -> None:
    """After a hospital stay, clearance and the health check again, the next session is at 1 kg."""
    session(training, trainee, SetInput(reps=20, reached_failure=True, pain=0))
    moment.now += timedelta(days=5)
    setup = Setup(database, catalogue, moment)
    setup.report_hospital_stay(trainee)
    moment.now += timedelta(days=2)
    setup.health.record_clearance(trainee, ClearedBy.GP, moment.now.date())
    Home(database, moment).record_readiness(trainee, frozenset(), confirmed=False)
    state = training.start(trainee)
    assert state.exercises[0].item.load.kg == 1.0
    (restart,) = decisions.pending(trainee)
    assert (restart.suggestion.advice, restart.suggestion.reason, restart.suggestion.retest) == (
        Advice.RESTART,
        Reason.HOSPITAL,
        True,
    )


def test_pain_at_the_lightest_load_rests_the_exercise_until_undone(
    training: Training,
    trainee: int,
    decisions: LoadSuggestions,
    database: Database,
    catalogue: Catalogue,
    moment: ManualClock[datetime],
) -> None:
    """At 1 kg, pain above 5 pauses the curl: alone, it starts no session; undo resumes it."""
    setup = Setup(database, catalogue, moment)
    routine = setup.routine(trainee)
    assert routine is not None
    light = dataclasses.replace(routine.exercises[0], load=Load(EquipmentKind.DUMBBELL, kg=1.0))
    setup.save_routine(trainee, dataclasses.replace(routine, exercises=(light,)))
    session(training, trainee, PAINFUL)
    (paused,) = decisions.pending(trainee)
    assert (paused.suggestion.advice, paused.applied) == (Advice.PAUSE, True)
    moment.now += timedelta(days=2)
    with pytest.raises(InputRefused) as refused:
        training.start(trainee)
    assert refused.value.code == "all_paused"
    decisions.reject(paused.id, Decider.CARER)
    assert not curl_load(training, trainee).paused
