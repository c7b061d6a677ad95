"""Training use cases, without Qt: every set committed, skips, undo, finish, check-in."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from sterkblijven.domain.bands import theraband_ladder
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.decisions import Decider, Status
from sterkblijven.domain.model import EquipmentKind, Sex
from sterkblijven.domain.progression import Advice, Reason
from sterkblijven.services.errors import InputRefused
from sterkblijven.services.home import Home
from sterkblijven.services.onboarding import FirstRunAnswers, Onboarding
from sterkblijven.services.suggestions import LoadSuggestions
from sterkblijven.services.training import (
    Effort,
    JointFeeling,
    PainPlace,
    SetInput,
    SkipReason,
    StepKind,
    StopSignal,
    Training,
    open_training,
)
from sterkblijven.storage import Database
from tests.clocks import ManualClock

GOOD = SetInput(reps=22, reached_failure=True, effort=Effort.HARD, pain=1)
TOP = SetInput(reps=25, reached_failure=True, effort=Effort.MAXIMAL, pain=0)


@pytest.fixture
def trainee(database: Database, catalogue: Catalogue, moment: ManualClock[datetime]) -> int:
    """Return a trainee with dumbbells of 1, 2 and 3 kg and three bands."""
    answers = FirstRunAnswers(
        "Riet",
        "1948",
        Sex.FEMALE,
        frozenset(),
        False,
        (1.0, 2.0, 3.0),
        theraband_ladder()[1:4],
        "nl",
    )
    result = Onboarding(database, catalogue, moment).complete(answers)
    assert result.trainee.id is not None
    return result.trainee.id


@pytest.fixture
def training(
    database: Database, catalogue: Catalogue, moment: ManualClock[datetime]
) -> Iterator[Training]:
    """Return the training use cases on the test database."""
    yield Training(database, catalogue, moment)


def test_a_session_runs_from_warmup_to_summary(
    training: Training, trainee: int, moment: ManualClock[datetime]
) -> None:
    """Start, warm up, every set of every exercise, finish: the summary lists them all."""
    state = training.start(trainee)
    assert state.next_step().kind is StepKind.WARMUP
    assert state.beginner
    state = training.finish_warmup(state.id)
    planned = sum(p.item.sets for p in state.exercises)
    while (step := state.next_step()).kind is StepKind.EXERCISE:
        assert step.position is not None
        moment.now += timedelta(minutes=2)
        state = training.record_set(state.id, step.position, GOOD)
    assert state.next_step().kind is StepKind.COOLDOWN
    assert len(state.all_sets()) == planned
    report = training.finish(state.id)
    assert report.sets_done == planned
    assert all(o.best_reps == 22 and o.previous_best is None for o in report.outcomes)
    assert report.state.next_step().kind is StepKind.DONE
    with pytest.raises(InputRefused):
        training.record_set(state.id, 0, GOOD)


def test_sets_are_committed_at_once(
    training: Training,
    trainee: int,
    database: Database,
    catalogue: Catalogue,
    moment: ManualClock[datetime],
) -> None:
    """A set is visible to a fresh reader the moment record_set returns."""
    state = training.finish_warmup(training.start(trainee).id)
    training.record_set(state.id, 0, GOOD)
    other = Training(database, catalogue, moment)
    resumed = other.resume(trainee)
    assert resumed is not None and len(resumed.all_sets()) == 1
    assert resumed.next_step().set_number == 2 or resumed.next_step().position == 1


def test_undo_keeps_the_set_marked(training: Training, trainee: int) -> None:
    """Undoing the last set returns to it and keeps it in the record as undone."""
    state = training.finish_warmup(training.start(trainee).id)
    state = training.record_set(state.id, 0, GOOD)
    state = training.undo_last_set(state.id)
    assert state.all_sets() == []
    assert len(state.undone) == 1 and state.undone[0].reps == 22
    assert (state.next_step().position, state.next_step().set_number) == (0, 1)


def test_no_set_goes_into_a_finished_exercise(training: Training, trainee: int) -> None:
    """A set for an exercise that is skipped or complete is refused, and nothing stored."""
    state = training.finish_warmup(training.start(trainee).id)
    training.skip(state.id, 0)
    with pytest.raises(InputRefused) as caught:
        training.record_set(state.id, 0, GOOD)
    assert caught.value.code == "exercise_done"
    assert training.state(state.id).all_sets() == []


def test_undo_does_not_reach_past_a_skip(training: Training, trainee: int) -> None:
    """A set followed by a skip stays: the skip was decided on what that set showed."""
    state = training.finish_warmup(training.start(trainee).id)
    state = training.record_set(state.id, 0, GOOD)
    training.skip(state.id, 1)
    with pytest.raises(InputRefused) as caught:
        training.undo_last_set(state.id)
    assert caught.value.code == "nothing_to_undo"
    assert len(training.state(state.id).all_sets()) == 1


def test_skip_is_recorded_with_its_reason(training: Training, trainee: int) -> None:
    """A skipped exercise is passed over and its reason kept."""
    state = training.finish_warmup(training.start(trainee).id)
    state = training.skip(state.id, 0)
    state = training.skip(state.id, 1, SkipReason.PAIN)
    assert state.progress_at(0).skipped is SkipReason.CHOSEN
    assert state.progress_at(1).skipped is SkipReason.PAIN
    assert state.next_step().position == 2


def test_pain_stops_the_exercise_and_lowers_next_time(training: Training, trainee: int) -> None:
    """Pain 7 ends that exercise at once, is recorded with where, and lowers its load."""
    state = training.finish_warmup(training.start(trainee).id)
    position = next(
        p.position for p in state.exercises if p.item.load.kind is EquipmentKind.DUMBBELL
    )
    item = state.progress_at(position).item
    hurt = SetInput(
        reps=10,
        reached_failure=False,
        effort=Effort.HARD,
        pain=7,
        pain_place=PainPlace.SHOULDER,
        stop_signals=frozenset({StopSignal.SHARP_PAIN}),
    )
    state = training.record_set(state.id, position, hurt)
    progress = state.progress_at(position)
    assert progress.done and progress.sets[0].pain_place is PainPlace.SHOULDER
    assert progress.sets[0].stop_signals == {StopSignal.SHARP_PAIN}
    report = training.end_early(state.id)
    outcome = report.outcomes[position]
    assert outcome.stopped_for_pain
    assert outcome.suggestion.advice is Advice.PAUSE if item.load.kg == 1.0 else Advice.LIGHTER


def test_pain_with_the_lightest_band_keeps_a_usable_plan(training: Training, trainee: int) -> None:
    """A stop signal on the lightest band pauses it; the plan still refers to the owned band."""
    state = training.finish_warmup(training.start(trainee).id)
    position = next(p.position for p in state.exercises if p.item.load.kind is EquipmentKind.BAND)
    band = state.progress_at(position).item.load.band
    signal = SetInput(
        reps=8, reached_failure=False, stop_signals=frozenset({StopSignal.LOCKING_OR_GIVING_WAY})
    )
    state = training.record_set(state.id, position, signal)
    report = training.end_early(state.id)
    assert report.outcomes[position].suggestion.advice is Advice.PAUSE
    assert report.outcomes[position].suggestion.load.band == band
    again = training.start(trainee)
    assert again.progress_at(position).item.load.band == band


def test_a_step_up_waits_for_a_decision_and_history_keeps_its_load(
    training: Training, trainee: int, moment: ManualClock[datetime], database: Database
) -> None:
    """25 at failure suggests a slower tempo that waits; once accepted it is there next time."""
    state = training.finish_warmup(training.start(trainee).id)
    position = next(
        p.position for p in state.exercises if p.item.load.kind is EquipmentKind.DUMBBELL
    )
    for _ in range(state.progress_at(position).item.sets):
        state = training.record_set(state.id, position, TOP)
    report = training.end_early(state.id)
    outcome = report.outcomes[position]
    assert (outcome.suggestion.advice, outcome.waiting) == (Advice.SLOWER, True)
    decisions = LoadSuggestions(database, moment)
    (waiting,) = [r for r in decisions.pending(trainee) if r.position == position]
    decisions.accept(waiting.id, Decider.TRAINEE)  # no carer PIN: the trainee decides
    moment.now += timedelta(days=7)
    second = training.finish_warmup(training.start(trainee).id)
    item = second.progress_at(position).item
    assert (item.load.kg, item.slow_tempo) == (1.0, True)
    second = training.record_set(second.id, position, SetInput(reps=20, reached_failure=True))
    report = training.end_early(second.id)
    outcome = report.outcomes[position]
    assert (outcome.best_reps, outcome.previous_best) == (20, 25)
    first_sets = [s for s in training.state(state.id).all_sets()]
    assert all(s.load.kg == 1.0 for s in first_sets)  # history keeps the load it had


def test_resume_and_close_as_is(training: Training, trainee: int) -> None:
    """An unfinished session is offered again; closing it keeps its sets without a summary."""
    state = training.finish_warmup(training.start(trainee).id)
    training.record_set(state.id, 0, GOOD)
    assert training.start(trainee).id == state.id  # start resumes rather than doubling up
    training.close_as_is(state.id)
    assert training.resume(trainee) is None
    assert len(training.state(state.id).all_sets()) == 1


def test_checkin_is_asked_once_on_a_later_day(
    training: Training, trainee: int, moment: ManualClock[datetime], database: Database
) -> None:
    """The next day the app asks once; long stiffness replaces a waiting step up with a pause."""
    state = training.finish_warmup(training.start(trainee).id)
    position = next(
        p.position for p in state.exercises if p.item.load.kind is EquipmentKind.DUMBBELL
    )
    for _ in range(state.progress_at(position).item.sets):
        training.record_set(state.id, position, TOP)
    training.end_early(state.id)
    assert training.checkin_due(trainee) is None  # not on the same day
    decisions = LoadSuggestions(database, moment)
    (raise_first,) = [r for r in decisions.pending(trainee) if r.position == position]
    moment.now += timedelta(days=1)
    prompt = training.checkin_due(trainee)
    assert prompt is not None and prompt.session_id == state.id
    training.record_checkin(trainee, prompt.session_id, JointFeeling.WORSE, True)
    assert training.checkin_due(trainee) is None  # asked once
    (now_pending,) = [r for r in decisions.pending(trainee) if r.position == position]
    suggestion = now_pending.suggestion
    assert (suggestion.advice, suggestion.reason, suggestion.see_gp, now_pending.applied) == (
        Advice.PAUSE,
        Reason.MORNING_STIFFNESS,
        True,
        True,
    )
    superseded = [r for r in decisions.history(trainee) if r.id == raise_first.id]
    assert superseded[0].status is Status.SUPERSEDED


def test_a_good_checkin_changes_nothing(
    training: Training, trainee: int, moment: ManualClock[datetime], database: Database
) -> None:
    """Joints as usual and short stiffness keep next session's plan as it was."""
    state = training.finish_warmup(training.start(trainee).id)
    training.record_set(state.id, 0, GOOD)
    training.end_early(state.id)
    home = Home(database, moment)
    before = home.overview(trainee).routine
    moment.now += timedelta(days=2)
    prompt = training.checkin_due(trainee)
    assert prompt is not None
    training.record_checkin(trainee, prompt.session_id, JointFeeling.SAME, False)
    assert home.overview(trainee).routine == before


@pytest.mark.parametrize(
    ("entry", "code"),
    [
        (SetInput(reps=-1, reached_failure=True), "reps_out_of_range"),
        (SetInput(reps=500, reached_failure=True), "reps_out_of_range"),
        (SetInput(reps=10, reached_failure=True, pain=11), "pain_out_of_range"),
    ],
)
def test_impossible_counts_are_refused(
    training: Training, trainee: int, entry: SetInput, code: str
) -> None:
    """Counts outside what a set can be are refused and nothing is stored."""
    state = training.finish_warmup(training.start(trainee).id)
    with pytest.raises(InputRefused) as caught:
        training.record_set(state.id, 0, entry)
    assert caught.value.code == code
    assert training.state(state.id).all_sets() == []


def test_open_training_works_on_a_folder(tmp_path: Path) -> None:
    """The use cases open a data folder on their own, creating and migrating it."""
    training = open_training(tmp_path / "data")
    try:
        assert training.resume(1) is None
        with pytest.raises(InputRefused):
            training.start(1)
    finally:
        training.close()
