"""Reports as use cases: what one period holds for the GP, and this week's card."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import update

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.model import (
    EquipmentKind,
    Load,
    Measure,
    Routine,
    RoutineExercise,
)
from sterkblijven.domain.progress import Point
from sterkblijven.domain.session import JointFeeling, PainPlace, StopSignal
from sterkblijven.domain.validation import InputRefused
from sterkblijven.services.fitness import FitnessTests
from sterkblijven.services.reports import ReportPeriod, Reports, SessionBest
from sterkblijven.services.setup import Setup
from sterkblijven.services.training import SetInput, Training
from sterkblijven.storage import Database
from sterkblijven.storage.models import RoutineRow, SessionRow
from sterkblijven.storage.synthetic.history import generate_history
from tests.clocks import ManualClock

MONDAY = datetime(2026, 11, 16, 10, 0)  # the Monday of the tests' week


def curl(kg: float, sets: int = 3) -> RoutineExercise:
    """Return a biceps curl with a dumbbell."""
    return RoutineExercise("biceps_curl", Load(EquipmentKind.DUMBBELL, kg=kg), sets=sets)


def bodyweight(exercise_id: str, sets: int = 2, paused: bool = False) -> RoutineExercise:
    """Return an exercise done with the body's own weight."""
    return RoutineExercise(exercise_id, Load(EquipmentKind.BODYWEIGHT), sets=sets, paused=paused)


@pytest.fixture
def reports(database: Database, catalogue: Catalogue, moment: ManualClock[datetime]) -> Reports:
    """Return the report use cases."""
    return Reports(database, catalogue, moment)


def train(
    training: Training,
    setup: Setup,
    trainee: int,
    sets: dict[RoutineExercise, list[SetInput]],
    note: str = "",
) -> int:
    """Set the plan to these exercises, do their sets and end the session; return its id."""
    setup.save_routine(trainee, Routine(tuple(sets), (0, 3), note))
    state = training.finish_warmup(training.start(trainee).id)
    for position, entries in enumerate(sets.values()):
        for entry in entries:
            state = training.record_set(state.id, position, entry)
    training.end_early(state.id)
    return state.id


def reps(count: int, pain: int | None = None, *signals: StopSignal) -> SetInput:
    """Return a set of `count` repetitions to failure, with pain and stop signals if given."""
    return SetInput(count, True, pain=pain, stop_signals=frozenset(signals))


def keep_note(database: Database, session_id: int, note: str) -> None:
    """Write a note with a session, as the carer's screen would."""
    with database.transaction() as tx:
        tx.execute(update(SessionRow).where(SessionRow.id == session_id).values(note=note))


# The period


def test_a_period_holds_its_first_and_last_day_and_nothing_outside(
    reports: Reports,
    training: Training,
    setup: Setup,
    fitness: FitnessTests,
    trainee: int,
    moment: ManualClock[datetime],
) -> None:
    """Sessions, tests and pain from the day before the period and the day after stay out."""
    days = [date(2026, 9, 30), date(2026, 10, 1), date(2026, 10, 31), date(2026, 11, 1)]
    for day in days:
        moment.now = datetime.combine(day, MONDAY.time())
        train(training, setup, trainee, {curl(2.0): [reps(20, pain=day.day % 10)]})
        fitness.record(trainee, "chair_stand_30s", 10 + day.day % 5)
    moment.now = MONDAY
    report = reports.progress_report(trainee, ReportPeriod(date(2026, 10, 1), date(2026, 10, 31)))
    inside = [date(2026, 10, 1), date(2026, 10, 31)]
    assert report.attendance.sessions == 2
    assert [point.day for point in report.pain] == inside
    (exercise,) = report.exercises
    assert [point.day for point in exercise.series.reps] == inside
    assert (exercise.first.day, exercise.last.day, exercise.sessions) == (*inside, 2)
    (test,) = report.tests
    assert [point.day for point in test.series.points] == inside
    assert test.results == 2
    assert test.series.normal[-1].end == date(2026, 10, 31)
    assert report.covered == report.period


def test_the_weeks_cover_the_period_and_count_the_sessions(
    reports: Reports, training: Training, setup: Setup, trainee: int, moment: ManualClock[datetime]
) -> None:
    """Every week of the period is counted, with the longest run of weeks trained."""
    for day in (date(2026, 10, 5), date(2026, 10, 8), date(2026, 10, 12), date(2026, 10, 26)):
        moment.now = datetime.combine(day, MONDAY.time())
        train(training, setup, trainee, {curl(2.0): [reps(20)]})
    moment.now = MONDAY
    attendance = reports.progress_report(
        trainee, ReportPeriod(date(2026, 10, 5), date(2026, 11, 1))
    ).attendance
    assert [week.sessions for week in attendance.weeks.weeks] == [2, 1, 0, 1]
    assert (attendance.sessions, attendance.weeks_trained) == (4, 3)
    assert attendance.weeks.best_streak == 2
    assert attendance.goal_per_week == 2


def test_a_period_of_everything_starts_at_the_first_session(
    reports: Reports, training: Training, setup: Setup, trainee: int, moment: ManualClock[datetime]
) -> None:
    """Asked from the year 2000, the weeks start with the person's history and end today."""
    moment.now = datetime(2026, 10, 14, 10, 0)
    train(training, setup, trainee, {curl(2.0): [reps(20)]})
    moment.now = MONDAY
    report = reports.progress_report(trainee, ReportPeriod(date(2000, 1, 1), date(2030, 1, 1)))
    assert report.covered == ReportPeriod(date(2026, 10, 14), MONDAY.date())
    assert report.attendance.weeks.weeks[0].week == date(2026, 10, 12)
    assert report.attendance.weeks.weeks[-1].week == MONDAY.date()


def test_a_period_that_ends_before_it_starts_is_refused() -> None:
    """The last day may not come before the first."""
    with pytest.raises(InputRefused) as refused:
        ReportPeriod(date(2026, 10, 2), date(2026, 10, 1))
    assert refused.value.code == "report_period_reversed"


# What the report holds


def test_without_history_every_section_is_empty(
    reports: Reports, trainee: int, moment: ManualClock[datetime]
) -> None:
    """A new person's report has no sessions, sets, tests, pain, answers, signals or notes."""
    report = reports.progress_report(trainee, ReportPeriod(date(2026, 8, 1), MONDAY.date()))
    assert report.trainee.name == "Riet"
    assert (report.age, report.made_on) == (78, moment.now.date())
    assert report.attendance.sessions == report.attendance.weeks_trained == 0
    assert all(week.sessions == 0 for week in report.attendance.weeks.weeks)
    assert (report.exercises, report.tests, report.pain, report.checkins) == ((), (), (), ())
    assert (report.stop_signals, report.session_notes, report.plan_note) == ((), (), "")
    assert not report.has_history
    assert report.routine is not None  # the first-run plan


def test_stop_signals_answers_and_notes_are_reported(
    reports: Reports,
    training: Training,
    setup: Setup,
    database: Database,
    trainee: int,
    moment: ManualClock[datetime],
) -> None:
    """Each set with stop signals, each next-day answer, the plan's and the sessions' notes."""
    moment.now = datetime(2026, 11, 2, 10, 0)
    signals = (StopSignal.LOCKING_OR_GIVING_WAY, StopSignal.SHARP_PAIN)
    first = train(
        training,
        setup,
        trainee,
        {curl(2.0): [reps(20, 6, *signals)], bodyweight("sit_to_stand"): [reps(18)]},
        note="  Watch the left knee.  ",
    )
    keep_note(database, first, "Knee <b>swollen</b> & warm")
    moment.now = datetime(2026, 11, 3, 9, 0)
    training.record_checkin(
        trainee,
        first,
        JointFeeling.WORSE,
        True,
        night_pain=True,
        places=frozenset({PainPlace.KNEE}),
    )
    moment.now = datetime(2026, 11, 5, 10, 0)
    second = train(training, setup, trainee, {curl(2.0): [reps(21)]}, note="Watch the left knee.")
    keep_note(database, second, "   ")
    moment.now = MONDAY
    report = reports.progress_report(trainee, ReportPeriod(date(2026, 11, 1), MONDAY.date()))
    (found,) = report.stop_signals
    assert (found.day, found.exercise_id, found.pain) == (date(2026, 11, 2), "biceps_curl", 6)
    assert found.signals == (StopSignal.SHARP_PAIN, StopSignal.LOCKING_OR_GIVING_WAY)
    (checkin,) = report.checkins
    assert (checkin.day, checkin.joints, checkin.long_morning_stiffness) == (
        date(2026, 11, 3),
        JointFeeling.WORSE,
        True,
    )
    assert (checkin.places, checkin.night_pain) == (frozenset({PainPlace.KNEE}), True)
    assert [(note.day, note.text) for note in report.session_notes] == [
        (date(2026, 11, 2), "Knee <b>swollen</b> & warm")
    ]
    assert report.plan_note == "Watch the left knee."
    assert report.pain == (Point(date(2026, 11, 2), 6.0),)
    assert report.has_history


def test_an_undone_set_reports_no_stop_signal(
    reports: Reports, training: Training, setup: Setup, trainee: int, moment: ManualClock[datetime]
) -> None:
    """A stop signal tapped by mistake and undone is not reported."""
    setup.save_routine(trainee, Routine((curl(2.0),), (0, 3)))
    state = training.finish_warmup(training.start(trainee).id)
    training.record_set(state.id, 0, reps(20, 2, StopSignal.SWELLING_OR_WARMTH))
    training.undo_last_set(state.id)
    training.end_early(state.id)
    report = reports.progress_report(trainee, ReportPeriod(date(2026, 11, 1), moment.now.date()))
    assert report.stop_signals == ()


def test_an_exercise_tells_its_first_and_last_session(
    reports: Reports, training: Training, setup: Setup, trainee: int, moment: ManualClock[datetime]
) -> None:
    """The first and last session's load and best set; the plan's exercises come first."""
    moment.now = datetime(2026, 10, 1, 10, 0)
    train(training, setup, trainee, {curl(2.0): [reps(18), reps(22), reps(19)]})
    moment.now = datetime(2026, 10, 8, 10, 0)
    train(training, setup, trainee, {bodyweight("sit_to_stand"): [reps(15)]})
    moment.now = datetime(2026, 10, 15, 10, 0)
    train(
        training,
        setup,
        trainee,
        {bodyweight("single_leg_stand"): [reps(20)], curl(3.0): [reps(15), reps(16)]},
    )
    moment.now = MONDAY
    report = reports.progress_report(trainee, ReportPeriod(date(2026, 10, 1), MONDAY.date()))
    assert [item.series.exercise_id for item in report.exercises] == [
        "single_leg_stand",
        "biceps_curl",
        "sit_to_stand",
    ]
    curls = report.exercises[1]
    assert curls.first == SessionBest(date(2026, 10, 1), 2.0, 22)
    assert curls.last == SessionBest(date(2026, 10, 15), 3.0, 16)
    assert curls.sessions == 2
    standing = report.exercises[2]
    assert standing.first == standing.last == SessionBest(date(2026, 10, 8), None, 15)


def test_a_test_is_rated_against_the_first_result_of_the_period(
    reports: Reports, fitness: FitnessTests, trainee: int, moment: ManualClock[datetime]
) -> None:
    """The change told is the period's; a single result in the period has nothing before it."""
    for day, value in ((date(2026, 5, 1), 9), (date(2026, 7, 1), 11), (date(2026, 9, 1), 13)):
        moment.now = datetime.combine(day, MONDAY.time())
        fitness.record(trainee, "chair_stand_30s", value)
        fitness.record(trainee, "timed_up_and_go", 20 - value)
    moment.now = MONDAY
    report = reports.progress_report(trainee, ReportPeriod(date(2026, 6, 1), MONDAY.date()))
    chair, walk = report.tests
    assert chair.series.test_id == "chair_stand_30s"
    assert chair.latest.result.value == 13
    assert chair.latest.previous is not None and chair.latest.previous.value == 11
    assert (chair.results, chair.latest.age) == (2, 78)
    assert chair.series.normal[0].start == date(2026, 7, 1)
    assert walk.series.test_id == "timed_up_and_go"
    single = reports.progress_report(trainee, ReportPeriod(date(2026, 8, 1), MONDAY.date()))
    assert [test.latest.previous for test in single.tests] == [None, None]


def test_ten_years_of_history_make_a_year_report_quickly(
    database: Database,
    catalogue: Catalogue,
    clock: datetime,
    record_property: Callable[[str, object], None],
) -> None:
    """Ten years of history build a one-year report; the time is measured and reported."""
    trainee, size = generate_history(database, years=10, end=clock)
    reports = Reports(database, catalogue, lambda: clock)
    period = ReportPeriod(clock.date() - timedelta(days=364), clock.date())
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        report = reports.progress_report(trainee, period)
        timings.append(time.perf_counter() - started)
    record_property("report_seconds", min(timings))
    print(f"one-year report from {size.sets} sets over ten years: {min(timings) * 1000:.0f} ms")
    assert 80 <= report.attendance.sessions <= 100
    assert len(report.exercises) == 8
    assert all(test.results >= 7 for test in report.tests) and len(report.tests) == 6
    assert all(period.first <= point.day <= period.last for point in report.pain)


# The session card


def test_the_card_shows_this_week_and_rests_paused_exercises(
    reports: Reports, setup: Setup, trainee: int, catalogue: Catalogue
) -> None:
    """Monday to Sunday, the training days' dates, and paused exercises named, not trained."""
    slow = RoutineExercise(
        "biceps_curl", Load(EquipmentKind.DUMBBELL, kg=2.0), 3, 15, 20, 90, slow_tempo=True
    )
    routine = Routine(
        (
            bodyweight("sit_to_stand", sets=3),
            bodyweight("calf_raise", paused=True),
            slow,
            bodyweight("single_leg_stand"),
        ),
        (0, 3),
    )
    setup.save_routine(trainee, routine)
    card = reports.session_card(trainee)
    assert card.week == tuple(date(2026, 11, 16) + timedelta(days=n) for n in range(7))
    assert card.training_days == (date(2026, 11, 16), date(2026, 11, 19))
    assert card.has_plan and card.resting == ("calf_raise",)
    assert [item.exercise_id for item in card.exercises] == [
        "sit_to_stand",
        "biceps_curl",
        "single_leg_stand",
    ]
    curl_card = card.exercises[1]
    assert (curl_card.sets, curl_card.rep_min, curl_card.rep_max) == (3, 15, 20)
    assert (curl_card.rest_seconds, curl_card.slow_tempo, curl_card.load.kg) == (90, True, 2.0)
    exercise = catalogue.get("biceps_curl")
    assert exercise is not None
    assert (curl_card.start_picture, curl_card.end_picture) == (
        exercise.start_picture,
        exercise.end_picture,
    )
    assert card.exercises[2].measure is Measure.SECONDS
    assert card.warm_up[0] == "march_on_the_spot" and card.warm_up_minutes == 5
    assert card.cool_down[-1] == "deep_breathing" and card.cool_down_minutes == 3


def test_a_card_without_a_plan_says_so(
    database: Database, catalogue: Catalogue, clock: datetime
) -> None:
    """A person without a plan gets a card with no exercises and no training days."""
    trainee, _size = generate_history(database, years=0.05, end=clock)
    with database.transaction() as tx:
        tx.execute(update(RoutineRow).values(active=False))
    card = Reports(database, catalogue, lambda: clock).session_card(trainee)
    assert (card.has_plan, card.exercises, card.training_days, card.resting) == (
        False,
        (),
        (),
        (),
    )
