"""A session in which no set was done is not a training: nothing counts it, nothing praises it."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

import pytest

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.services.errors import InputRefused
from sterkblijven.services.fitness import FitnessTests
from sterkblijven.services.home import Home
from sterkblijven.services.progress import Progress
from sterkblijven.services.reports import ReportPeriod, Reports
from sterkblijven.services.setup import Setup
from sterkblijven.services.training import Effort, SessionReport, SetInput, StepKind, Training
from sterkblijven.storage import Database
from tests.clocks import ManualClock

GOOD = SetInput(reps=22, reached_failure=True, effort=Effort.HARD, pain=1)


@pytest.fixture
def home(database: Database, moment: ManualClock[datetime]) -> Home:
    """Return the home screen's use cases."""
    return Home(database, moment)


def empty_session(training: Training, trainee: int) -> SessionReport:
    """Warm up, skip every exercise, cool down: a session with no set in it."""
    state = training.finish_warmup(training.start(trainee).id)
    while (step := state.next_step()).kind is StepKind.EXERCISE:
        assert step.position is not None
        state = training.skip(state.id, step.position)
    return training.finish(state.id)


def undone_session(training: Training, trainee: int) -> SessionReport:
    """One set, undone at once, then the session is stopped."""
    state = training.finish_warmup(training.start(trainee).id)
    state = training.record_set(state.id, 0, GOOD)
    state = training.undo_last_set(state.id)
    return training.end_early(state.id)


def real_session(training: Training, trainee: int) -> SessionReport:
    """One set done, then the session is stopped."""
    state = training.finish_warmup(training.start(trainee).id)
    state = training.record_set(state.id, 0, GOOD)
    return training.end_early(state.id)


@pytest.mark.parametrize("nothing_done", [empty_session, undone_session])
def test_a_session_without_sets_is_not_counted_on_home(
    training: Training, trainee: int, home: Home, nothing_done: object
) -> None:
    """Home's week count, 'trained today', the last session and what is still due ignore it."""
    assert callable(nothing_done)
    report = nothing_done(training, trainee)
    overview = home.overview(trainee)
    assert overview.sessions_this_week == 0
    assert overview.last_session is None
    assert overview.due is not None and overview.due.remaining == 1
    assert not overview.due.trained_today
    assert report.sets_done == 0 and not report.trained


def test_a_session_with_a_set_is_counted(training: Training, trainee: int, home: Home) -> None:
    """The control case: one kept set makes it a training."""
    report = real_session(training, trainee)
    overview = home.overview(trainee)
    assert overview.sessions_this_week == 1 and overview.last_session is not None
    assert overview.last_session.set_count == 1
    assert report.trained


def test_the_reminder_still_comes_after_an_empty_session(
    training: Training, trainee: int, home: Home, setup: Setup, moment: ManualClock[datetime]
) -> None:
    """On a training day, a session with nothing done leaves the reminder standing."""
    routine = setup.routine(trainee)
    assert routine is not None
    setup.save_routine(trainee, dataclasses.replace(routine, weekdays=(moment.now.weekday(),)))
    empty_session(training, trainee)
    assert [t.id for t in home.reminders().due_today] == [trainee]


def test_empty_sessions_leave_the_beginner_weeks_as_they_were(
    training: Training, trainee: int, moment: ManualClock[datetime]
) -> None:
    """Five sessions with nothing done: the next one still stops 2-3 short of failure."""
    for _ in range(5):
        empty_session(training, trainee)
        moment.now += timedelta(days=7)
    state = training.start(trainee)
    assert state.beginner


def test_an_empty_session_does_not_hide_a_break(
    training: Training, trainee: int, moment: ManualClock[datetime]
) -> None:
    """Trained three weeks ago, an empty session yesterday: today is a return after a break."""
    for _ in range(5):
        real_session(training, trainee)
        moment.now += timedelta(days=7)
    moment.now += timedelta(days=14)
    empty_session(training, trainee)
    moment.now += timedelta(days=1)
    state = training.start(trainee)
    assert state.back_after_break


def test_progress_report_and_tests_ignore_empty_sessions(
    training: Training,
    trainee: int,
    progress: Progress,
    fitness: FitnessTests,
    database: Database,
    catalogue: Catalogue,
    moment: ManualClock[datetime],
) -> None:
    """No week trained on the chart or in the report, no check-in asked, no test advised yet."""
    empty_session(training, trainee)
    moment.now += timedelta(days=1)
    assert progress.adherence(trainee).this_week == 0
    assert progress.index(trainee).sessions == 0
    today = moment.now.date()
    report = Reports(database, catalogue, moment).progress_report(
        trainee, ReportPeriod(today - timedelta(days=30), today)
    )
    assert report.attendance.sessions == 0 and report.attendance.weeks_trained == 0
    assert training.checkin_due(trainee) is None
    assert fitness.retest(trainee) is None


def test_the_check_in_asks_about_the_last_real_training(
    training: Training, trainee: int, moment: ManualClock[datetime]
) -> None:
    """A real session, then an empty one the same day: the next day asks about the real one."""
    real = real_session(training, trainee)
    moment.now += timedelta(hours=2)
    empty_session(training, trainee)
    moment.now += timedelta(days=1)
    prompt = training.checkin_due(trainee)
    assert prompt is not None and prompt.session_id == real.state.id


def test_a_plan_with_every_exercise_resting_starts_no_session(
    training: Training, trainee: int, setup: Setup, home: Home
) -> None:
    """Every exercise paused: start says so plainly and stores no empty session."""
    routine = setup.routine(trainee)
    assert routine is not None
    paused = tuple(dataclasses.replace(item, paused=True) for item in routine.exercises)
    setup.save_routine(trainee, dataclasses.replace(routine, exercises=paused))
    with pytest.raises(InputRefused) as refused:
        training.start(trainee)
    assert refused.value.code == "all_paused"
    assert home.overview(trainee).running_session_id is None
    assert training.resume(trainee) is None


def test_a_plan_with_one_exercise_left_starts(
    training: Training, trainee: int, setup: Setup
) -> None:
    """One exercise not paused is enough for a session."""
    routine = setup.routine(trainee)
    assert routine is not None
    items = routine.exercises
    paused = tuple(dataclasses.replace(item, paused=True) for item in items[1:])
    setup.save_routine(trainee, dataclasses.replace(routine, exercises=(items[0], *paused)))
    state = training.finish_warmup(training.start(trainee).id)
    assert state.next_step().position == 0
