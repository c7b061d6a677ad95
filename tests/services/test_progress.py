"""Progress as use cases: what there is to show, test and exercise charts, weeks, pain, tasks."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sterkblijven.domain.bands import theraband_ladder
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.model import (
    Band,
    BandColour,
    EquipmentKind,
    Load,
    Routine,
    RoutineExercise,
    Sex,
    Task,
)
from sterkblijven.domain.norms import AVERAGE, CHAIR_STAND
from sterkblijven.domain.progress import BandStep, Point
from sterkblijven.services.fitness import FitnessTests
from sterkblijven.services.onboarding import FirstRunAnswers, Onboarding
from sterkblijven.services.progress import Progress
from sterkblijven.services.setup import Setup
from sterkblijven.services.training import SetInput, Training
from sterkblijven.storage import Database
from sterkblijven.storage.synthetic.history import generate_history
from tests.clocks import ManualClock


def reps(count: int, pain: int | None = None) -> SetInput:
    """Return a set of `count` repetitions to failure, with a pain answer if given."""
    return SetInput(reps=count, reached_failure=True, pain=pain)


def owned_band(setup: Setup, trainee: int, colour: BandColour) -> Band:
    """Return the trainee's stored band of a colour."""
    (band,) = [b for b in setup.equipment(trainee).bands if b.colour is colour]
    return band


def curl(kg: float) -> RoutineExercise:
    """Return a biceps curl with a dumbbell, three sets."""
    return RoutineExercise("biceps_curl", Load(EquipmentKind.DUMBBELL, kg=kg), sets=3)


def row(band: Band, doubled: bool = False) -> RoutineExercise:
    """Return a seated row with a band, three sets."""
    load = Load(EquipmentKind.BAND, band=band, band_doubled=doubled)
    return RoutineExercise("seated_row", load, sets=3)


def bodyweight(exercise_id: str) -> RoutineExercise:
    """Return an exercise done with the body's own weight, three sets."""
    return RoutineExercise(exercise_id, Load(EquipmentKind.BODYWEIGHT), sets=3)


def session(
    training: Training,
    setup: Setup,
    trainee: int,
    done: dict[RoutineExercise, list[SetInput]],
) -> int:
    """Train these exercises (the routine is set to them first) and end; return the session."""
    setup.save_routine(trainee, Routine(tuple(done), (0, 3)))
    state = training.finish_warmup(training.start(trainee).id)
    for position, (item, sets) in enumerate(done.items()):
        assert state.progress_at(position).item.load == item.load
        for entry in sets:
            state = training.record_set(state.id, position, entry)
    training.end_early(state.id)
    return state.id


# What there is to show


def test_a_new_trainee_has_nothing_to_show(progress: Progress, trainee: int) -> None:
    """Before anything is done there are no tests, exercises, sessions or pain."""
    index = progress.index(trainee)
    assert (index.tests, index.exercises, index.sessions, index.has_pain) == ((), (), 0, False)
    assert index.trainee.id == trainee
    assert progress.everyday(trainee) == ()


def test_the_index_lists_tests_done_and_exercises_trained(
    progress: Progress,
    fitness: FitnessTests,
    training: Training,
    setup: Setup,
    trainee: int,
    moment: ManualClock[datetime],
) -> None:
    """Tests in the app's order, exercises most recently trained first, sessions and pain."""
    session(
        training,
        setup,
        trainee,
        {curl(2.0): [reps(20)], row(owned_band(setup, trainee, BandColour.RED)): [reps(20)]},
    )
    moment.now += timedelta(days=3)
    session(
        training,
        setup,
        trainee,
        {row(owned_band(setup, trainee, BandColour.RED)): [reps(21, pain=2)]},
    )
    fitness.record(trainee, "timed_up_and_go", 9.0)
    fitness.record(trainee, "chair_stand_30s", 12)
    index = progress.index(trainee)
    assert [test.id for test in index.tests] == ["chair_stand_30s", "timed_up_and_go"]
    assert index.exercises == ("seated_row", "biceps_curl")
    assert (index.sessions, index.has_pain) == (2, True)


# Tests over time


def test_a_test_chart_holds_results_and_the_normal_range_up_to_today(
    database: Database, catalogue: Catalogue, moment: ManualClock[datetime], clock: datetime
) -> None:
    """Jan (born 1951) tested at 74 and 75: two ranges, the second running to today."""
    moment.now = datetime(2025, 12, 15, 10, 0)
    answers = FirstRunAnswers(
        "Jan", "1951", Sex.MALE, frozenset(), False, (2.0,), theraband_ladder()[1:3], "nl"
    )
    jan = Onboarding(database, catalogue, moment).complete(answers).trainee.id
    assert jan is not None
    fitness = FitnessTests(database, moment)
    fitness.record(jan, "chair_stand_30s", 11)
    moment.now = datetime(2026, 3, 2, 10, 0)
    fitness.record(jan, "chair_stand_30s", 13)
    moment.now = clock
    shown = Progress(database, catalogue, moment).test(jan, "chair_stand_30s")
    assert shown.series.points == (
        Point(date(2025, 12, 15), 11.0),
        Point(date(2026, 3, 2), 13.0),
    )
    assert [(s.start, s.end, s.low, s.high, s.age_band) for s in shown.series.normal] == [
        (date(2025, 12, 15), date(2025, 12, 31), *CHAIR_STAND[Sex.MALE][(70, 74)], (70, 74)),
        (date(2026, 1, 1), clock.date(), *CHAIR_STAND[Sex.MALE][(75, 79)], (75, 79)),
    ]
    assert shown.latest is not None and shown.latest.result.value == 13.0
    assert shown.latest.previous is not None and shown.latest.previous.value == 11.0
    assert (shown.latest.age, shown.latest.assessment.rating) == (75, AVERAGE)
    assert shown.change is not None and shown.change.better is True


def test_a_faster_time_is_better_on_a_timed_test(
    progress: Progress, fitness: FitnessTests, trainee: int, moment: ManualClock[datetime]
) -> None:
    """The Timed Up and Go draws its 12 s line, no range, and a lower time reads as better."""
    fitness.record(trainee, "timed_up_and_go", 13.0)
    moment.now += timedelta(days=50)
    fitness.record(trainee, "timed_up_and_go", 10.5)
    shown = progress.test(trainee, "timed_up_and_go")
    assert [p.value for p in shown.series.points] == [13.0, 10.5]
    assert (shown.series.normal, shown.series.fall_risk_at) == ((), 12.0)
    assert shown.series.lower_is_better
    assert shown.change is not None and shown.change.better is True


def test_a_test_not_done_has_an_empty_chart(progress: Progress, trainee: int) -> None:
    """No results: no points, no latest, no change; the range covers today."""
    shown = progress.test(trainee, "step_test_2min")
    assert (shown.series.points, shown.latest, shown.change) == ((), None, None)
    assert len(shown.series.normal) == 1
    assert shown.series.normal[0].start == shown.series.normal[0].end


# Exercises over time


def test_a_dumbbell_exercise_is_charted_in_kg(
    progress: Progress,
    training: Training,
    setup: Setup,
    trainee: int,
    moment: ManualClock[datetime],
) -> None:
    """The best set per session (heaviest weight, most reps at it) and its kg are the points."""
    first = moment.now
    session(training, setup, trainee, {curl(2.0): [reps(20), reps(23), reps(21)]})
    moment.now += timedelta(days=7)
    session(training, setup, trainee, {curl(3.0): [reps(16), reps(18)]})
    shown = progress.exercise(trainee, "biceps_curl")
    series = shown.series
    second = first + timedelta(days=7)
    assert (series.exercise_id, series.kind, series.band_steps) == (
        "biceps_curl",
        EquipmentKind.DUMBBELL,
        (),
    )
    assert series.reps == (Point(first.date(), 23.0), Point(second.date(), 18.0))
    assert series.load == (Point(first.date(), 2.0), Point(second.date(), 3.0))
    assert shown.load_change is not None and shown.load_change.better is True
    assert shown.reps_change is not None and shown.reps_change.better is False


def test_a_band_exercise_is_charted_by_place_on_the_ladder(
    progress: Progress,
    training: Training,
    setup: Setup,
    trainee: int,
    moment: ManualClock[datetime],
) -> None:
    """Tan, red and doubled tan are places 0, 1 and 2, each named by a band step."""
    tan = owned_band(setup, trainee, BandColour.TAN)
    red = owned_band(setup, trainee, BandColour.RED)
    days = []
    for item in (row(tan), row(red), row(tan, doubled=True)):
        days.append(moment.now.date())
        session(training, setup, trainee, {item: [reps(22), reps(20)]})
        moment.now += timedelta(days=4)
    series = progress.exercise(trainee, "seated_row").series
    assert series.kind is EquipmentKind.BAND
    assert series.load == tuple(
        Point(day, place) for day, place in zip(days, (0.0, 1.0, 2.0), strict=True)
    )
    assert series.reps == tuple(Point(day, 22.0) for day in days)
    assert series.band_steps == (
        BandStep(0.0, "tan", "", False),
        BandStep(1.0, "red", "", False),
        BandStep(2.0, "tan", "", True),
    )


def test_a_band_given_away_keeps_its_place_below_heavier_bands(
    progress: Progress,
    training: Training,
    setup: Setup,
    trainee: int,
    moment: ManualClock[datetime],
) -> None:
    """Red, then (red given away) black: the move to a heavier band reads as more load."""
    session(training, setup, trainee, {row(owned_band(setup, trainee, BandColour.RED)): [reps(22)]})
    kept = [b for b in setup.equipment(trainee).bands if b.colour is not BandColour.RED]
    setup.save_equipment(trainee, (1.0, 2.0, 3.0), kept)
    moment.now += timedelta(days=4)
    session(
        training, setup, trainee, {row(owned_band(setup, trainee, BandColour.BLACK)): [reps(20)]}
    )
    shown = progress.exercise(trainee, "seated_row")
    red_place, black_place = (point.value for point in shown.series.load)
    assert red_place < black_place
    assert shown.load_change is not None and shown.load_change.better is True


def test_a_bodyweight_exercise_has_reps_but_no_load(
    progress: Progress, training: Training, setup: Setup, trainee: int
) -> None:
    """Body weight does not move, so only the repetitions are charted."""
    session(training, setup, trainee, {bodyweight("sit_to_stand"): [reps(12), reps(15)]})
    shown = progress.exercise(trainee, "sit_to_stand")
    assert shown.series.kind is EquipmentKind.BODYWEIGHT
    assert [p.value for p in shown.series.reps] == [15.0]
    assert (shown.series.load, shown.load_change) == ((), None)


def test_the_chart_follows_the_equipment_used_now(
    progress: Progress,
    training: Training,
    setup: Setup,
    trainee: int,
    moment: ManualClock[datetime],
) -> None:
    """A row done with a band, then with a dumbbell, is charted in kg from the switch on."""
    session(training, setup, trainee, {row(owned_band(setup, trainee, BandColour.RED)): [reps(20)]})
    moment.now += timedelta(days=4)
    dumbbell_row = RoutineExercise("seated_row", Load(EquipmentKind.DUMBBELL, kg=2.0), sets=3)
    session(training, setup, trainee, {dumbbell_row: [reps(21)]})
    series = progress.exercise(trainee, "seated_row").series
    assert (series.kind, series.band_steps) == (EquipmentKind.DUMBBELL, ())
    assert series.load == (Point(moment.now.date(), 2.0),)
    assert series.reps == (Point(moment.now.date(), 21.0),)


def test_an_exercise_never_trained_has_an_empty_chart(progress: Progress, trainee: int) -> None:
    """No sets: no points and nothing changed."""
    shown = progress.exercise(trainee, "biceps_curl")
    assert (shown.series.reps, shown.series.load) == ((), ())
    assert (shown.load_change, shown.reps_change) == (None, None)


def test_undone_sets_are_left_out_of_every_series(
    progress: Progress, training: Training, setup: Setup, trainee: int
) -> None:
    """A set taken back with undo counts nowhere: not as best set, not as pain, not listed."""
    setup.save_routine(trainee, Routine((curl(2.0), bodyweight("sit_to_stand")), (0, 3)))
    state = training.finish_warmup(training.start(trainee).id)
    state = training.record_set(state.id, 0, reps(25, pain=5))
    state = training.undo_last_set(state.id)
    state = training.record_set(state.id, 0, reps(20, pain=1))
    state = training.record_set(state.id, 1, reps(14, pain=6))
    state = training.undo_last_set(state.id)  # the only sit-to-stand set
    training.end_early(state.id)
    curls = progress.exercise(trainee, "biceps_curl").series
    assert [p.value for p in curls.reps] == [20.0]
    assert [p.value for p in progress.pain(trainee)] == [1.0]
    assert progress.index(trainee).exercises == ("biceps_curl",)
    assert progress.exercise(trainee, "sit_to_stand").series.reps == ()


# Weeks trained and pain


def test_adherence_counts_finished_sessions_per_week(
    progress: Progress,
    training: Training,
    setup: Setup,
    trainee: int,
    moment: ManualClock[datetime],
    clock: datetime,
) -> None:
    """Three weeks in a row, this week not yet: a streak of three over 26 weeks shown."""
    for index, weeks_ago in enumerate((3, 2, 2, 1)):
        moment.now = clock - timedelta(weeks=weeks_ago) + timedelta(hours=index)
        session(training, setup, trainee, {curl(2.0): [reps(20)]})
    moment.now = clock
    left = training.finish_warmup(training.start(trainee).id)
    training.record_set(left.id, 0, reps(20))
    training.close_as_is(left.id)  # closed without finishing: not a session done
    shown = progress.adherence(trainee)
    assert len(shown.weeks) == 26
    assert [w.sessions for w in shown.weeks[-4:]] == [1, 2, 1, 0]
    assert (shown.streak, shown.best_streak, shown.this_week) == (3, 3, 0)


def test_pain_is_the_highest_of_each_session_that_asked(
    progress: Progress,
    training: Training,
    setup: Setup,
    trainee: int,
    moment: ManualClock[datetime],
) -> None:
    """Per session the highest pain; a session without pain answers has no point."""
    days = []
    for sets in (
        [reps(20, pain=2), reps(19, pain=4), reps(18, pain=3)],
        [reps(20), reps(20)],
        [reps(21, pain=0)],
    ):
        days.append(moment.now.date())
        session(training, setup, trainee, {curl(2.0): sets})
        moment.now += timedelta(days=2)
    assert progress.pain(trainee) == (Point(days[0], 4.0), Point(days[2], 0.0))
    assert progress.index(trainee).has_pain


# Everyday tasks


def test_everyday_uses_the_chair_stand_and_trained_loads(
    progress: Progress,
    fitness: FitnessTests,
    training: Training,
    setup: Setup,
    trainee: int,
    moment: ManualClock[datetime],
) -> None:
    """Rising from a chair from the chair stand; carrying from the curl, as no arm curl exists."""
    session(
        training,
        setup,
        trainee,
        {curl(2.0): [reps(20)], bodyweight("sit_to_stand"): [reps(12)]},
    )
    moment.now += timedelta(days=4)
    session(training, setup, trainee, {curl(3.0): [reps(18)]})
    fitness.record(trainee, "five_times_sit_to_stand", 13.0)
    fitness.record(trainee, "chair_stand_30s", 11)
    told = {task.task: task for task in progress.everyday(trainee)}
    assert set(told) == {Task.CHAIR_RISE, Task.CARRYING}
    chair = told[Task.CHAIR_RISE]
    assert chair.test is not None and chair.test.series.test_id == "chair_stand_30s"
    assert chair.exercise is None  # sit-to-stand with body weight tells no story of load
    carrying = told[Task.CARRYING]
    assert carrying.test is None and carrying.exercise is not None
    assert carrying.exercise.series.exercise_id == "biceps_curl"
    assert [p.value for p in carrying.exercise.series.load] == [2.0, 3.0]
    assert carrying.exercise.load_change is not None
    assert carrying.exercise.load_change.better is True
    assert [t.task for t in progress.everyday(trainee)] == [Task.CHAIR_RISE, Task.CARRYING]


def test_everyday_falls_back_to_the_five_times_sit_to_stand(
    progress: Progress, fitness: FitnessTests, trainee: int
) -> None:
    """Without a 30-second chair stand, the five-times sit-to-stand speaks for rising."""
    fitness.record(trainee, "five_times_sit_to_stand", 13.0)
    fitness.record(trainee, "up_and_go_8ft", 7.0)
    told = progress.everyday(trainee)
    assert [(t.task, t.test.series.test_id if t.test else None) for t in told] == [
        (Task.CHAIR_RISE, "five_times_sit_to_stand"),
        (Task.BALANCE, "up_and_go_8ft"),
    ]
    assert all(t.exercise is None for t in told)


def test_everyday_uses_an_exercise_that_now_has_a_load(
    progress: Progress,
    training: Training,
    setup: Setup,
    trainee: int,
    moment: ManualClock[datetime],
) -> None:
    """A knee extension first without, then with a band speaks for rising from a chair."""
    red = owned_band(setup, trainee, BandColour.RED)
    banded = RoutineExercise("seated_knee_extension", Load(EquipmentKind.BAND, band=red), sets=3)
    session(training, setup, trainee, {bodyweight("seated_knee_extension"): [reps(20)]})
    moment.now += timedelta(days=4)
    session(training, setup, trainee, {banded: [reps(18)]})
    assert progress.exercise(trainee, "seated_knee_extension").series.kind is EquipmentKind.BAND
    told = {task.task: task for task in progress.everyday(trainee)}
    assert Task.CHAIR_RISE in told
    chair = told[Task.CHAIR_RISE]
    assert chair.exercise is not None
    assert chair.exercise.series.exercise_id == "seated_knee_extension"


def test_everyday_passes_over_an_exercise_now_done_with_body_weight(
    progress: Progress,
    training: Training,
    setup: Setup,
    trainee: int,
    moment: ManualClock[datetime],
) -> None:
    """Sit-to-stand with a dumbbell, then with body weight only, no longer tells of a load."""
    weighted = RoutineExercise("sit_to_stand", Load(EquipmentKind.DUMBBELL, kg=2.0), sets=3)
    session(training, setup, trainee, {weighted: [reps(15)]})
    moment.now += timedelta(days=4)
    session(training, setup, trainee, {bodyweight("sit_to_stand"): [reps(15)]})
    assert progress.exercise(trainee, "sit_to_stand").series.load == ()
    assert progress.everyday(trainee) == ()


def test_years_of_sessions_are_drawn_per_month_and_the_last_session_kept(
    database: Database, catalogue: Catalogue
) -> None:
    """Three years of sessions chart one point a month; the summary still has the last session."""
    end = datetime(2026, 11, 16, 10)
    trainee_id, _size = generate_history(database, years=3, end=end)
    progress = Progress(database, catalogue, lambda: end)
    exercise_id = progress.index(trainee_id).exercises[0]
    shown = progress.exercise(trainee_id, exercise_id)
    months = {(point.day.year, point.day.month) for point in shown.series.reps}
    assert len(shown.series.reps) == len(months) and 30 <= len(months) <= 37
    assert shown.last is not None and shown.last.day == shown.series.reps[-1].day


def test_bands_not_on_the_ladder_each_get_their_own_place_in_force_order(
    progress: Progress,
    training: Training,
    setup: Setup,
    trainee: int,
    moment: ManualClock[datetime],
) -> None:
    """Bands given away (and a doubling no longer a rung) keep distinct places in force order."""
    red = owned_band(setup, trainee, BandColour.RED)
    tan = owned_band(setup, trainee, BandColour.TAN)
    black = owned_band(setup, trainee, BandColour.BLACK)
    for band, doubled in ((red, False), (black, False), (tan, True)):
        session(training, setup, trainee, {row(band, doubled): [reps(20)]})
        moment.now += timedelta(days=7)
    equipment = setup.equipment(trainee)
    setup.save_equipment(trainee, equipment.dumbbells_kg, [tan])  # only the tan band is kept
    shown = progress.exercise(trainee, "seated_row").series
    places = {(step.colour, step.doubled): step.value for step in shown.band_steps}
    assert len(set(places.values())) == 3
    assert places[("red", False)] < places[("tan", True)] < places[("black", False)]
    assert all(0 < value < 1 for value in places.values())  # all heavier than the tan band
