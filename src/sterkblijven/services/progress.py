"""Progress over time: the series the charts draw and the facts home puts into everyday words.

Each series is read when it is first shown, so opening the progress screen costs one chart's
worth of history, however many years there are.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sterkblijven.domain.bands import THERABAND_ORDER
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.fitness import TESTS, FunctionalTest, TestResult
from sterkblijven.domain.model import (
    Band,
    BandColour,
    Equipment,
    EquipmentKind,
    Load,
    Task,
    Trainee,
)
from sterkblijven.domain.progress import (
    Adherence,
    BandStep,
    Change,
    ExerciseSeries,
    Point,
    TestSeries,
    adherence,
    best_per_session,
    change,
    per_month,
    since,
)
from sterkblijven.domain.progression import force, ladder, rung_of
from sterkblijven.services.fitness import RatedResult, rate, series_of
from sterkblijven.storage import Database, sessions, weeks
from sterkblijven.storage import progress as store
from sterkblijven.storage import repositories as repo
from sterkblijven.storage.server import record_access

# Everyday progress compares the latest session with one at least this long before it.
EVERYDAY_WINDOW_DAYS = 90
EVERYDAY_HISTORY_DAYS = 365
ADHERENCE_WEEKS = 26
# Beyond about a year of sessions the repetitions are drawn per month.
MOST_SESSION_POINTS = 120
_COLOUR_CODES = frozenset(colour.value for colour in BandColour)
# The order home names the everyday tasks in, with the test that speaks for each first.
TASK_TESTS: dict[Task, tuple[str, ...]] = {
    Task.CHAIR_RISE: ("chair_stand_30s", "five_times_sit_to_stand"),
    Task.STAIRS: ("step_test_2min",),
    Task.CARRYING: ("arm_curl_30s",),
    Task.BALANCE: ("timed_up_and_go", "up_and_go_8ft"),
}


@dataclass(frozen=True, slots=True)
class ProgressIndex:
    """What there is to show for a person: tests done, exercises trained, sessions kept."""

    trainee: Trainee
    tests: tuple[FunctionalTest, ...]
    exercises: tuple[str, ...]
    sessions: int
    has_pain: bool


@dataclass(frozen=True, slots=True)
class TestProgress:
    """One test's chart and the facts its summary tells."""

    series: TestSeries
    latest: RatedResult | None
    change: Change | None


@dataclass(frozen=True, slots=True)
class ExerciseProgress:
    """One exercise's chart and what changed over the last months."""

    series: ExerciseSeries
    load_change: Change | None
    reps_change: Change | None
    last: Point | None = None  # the best set of the latest session, as done


@dataclass(frozen=True, slots=True)
class TaskProgress:
    """Progress in one everyday task, from a test where there is one, else from the training."""

    task: Task
    test: TestProgress | None
    exercise: ExerciseProgress | None


class Progress:
    """Reads a person's history as series and summaries."""

    def __init__(
        self, database: Database, catalogue: Catalogue, clock: Callable[[], datetime]
    ) -> None:
        self._database = database
        self._catalogue = catalogue
        self._clock = clock

    def note_opened(self, trainee_id: int) -> None:
        """Log, on a practice's server, that the person logged in opened this client's progress."""
        with self._database.transaction() as tx:
            record_access(tx, trainee_id, "opened progress")

    def index(self, trainee_id: int, exercises: tuple[str, ...] | None = None) -> ProgressIndex:
        """Return what can be shown for a person, in the order it is offered.

        ``exercises`` is the list of trained exercises from an earlier index of this person,
        still valid when no set was recorded since: it is then not read again.
        """
        with self._database.transaction() as tx:
            trainee = repo.get_trainee(tx, trainee_id)
            done = weeks.tests_done(tx, trainee_id)
            trained = (
                sessions.trained_exercise_ids(tx, trainee_id) if exercises is None else exercises
            )
            sessions_done = sessions.count_done_sessions(tx, trainee_id)
            pain = store.has_pain(tx, trainee_id)
        known = {exercise.id for exercise in self._catalogue.exercises}
        return ProgressIndex(
            trainee,
            tuple(test for test in TESTS if test.id in done),
            tuple(exercise_id for exercise_id in trained if exercise_id in known),
            sessions_done,
            pain,
        )

    def test(self, trainee_id: int, test_id: str) -> TestProgress:
        """Return a test's results over time against the person's normal range."""
        with self._database.transaction() as tx:
            trainee = repo.get_trainee(tx, trainee_id)
            found = store.test_results(tx, trainee_id, test_id)
        return _test_progress(trainee, test_id, found, self._clock().date())

    def exercise(self, trainee_id: int, exercise_id: str) -> ExerciseProgress:
        """Return an exercise's best set per session and the load it was done with."""
        with self._database.transaction() as tx:
            lines = store.exercise_sets(tx, trainee_id, exercise_id)
            equipment = repo.load_equipment(tx, trainee_id)
        return exercise_progress(exercise_id, lines, equipment)

    def adherence(self, trainee_id: int) -> Adherence:
        """Return sessions per week over the last half year and the streak of weeks trained."""
        with self._database.transaction() as tx:
            days = store.session_days(tx, trainee_id)
        return adherence(days, self._clock().date(), ADHERENCE_WEEKS)

    def pain(self, trainee_id: int) -> tuple[Point, ...]:
        """Return the highest pain of each session, oldest first."""
        with self._database.transaction() as tx:
            found = store.pain_per_session(tx, trainee_id)
        return tuple(Point(day, float(pain)) for day, pain in found)

    def everyday(self, trainee_id: int) -> tuple[TaskProgress, ...]:
        """Return progress per everyday task that has something to tell."""
        now = self._clock()
        today = now.date()
        # What changed lately is told from the last year; older history stays on the charts.
        recent = now - timedelta(days=EVERYDAY_HISTORY_DAYS)
        with self._database.transaction() as tx:
            trainee = repo.get_trainee(tx, trainee_id)
            # Only the tests done in the last year are told, each with all its results.
            grouped = weeks.results_of_tests_done_since(tx, trainee_id, recent)
            trained = store.trained_exercises(tx, trainee_id, since=recent)
            equipment = repo.load_equipment(tx, trainee_id)
            serving: dict[Task, tuple[str, list[store.SetLine]]] = {}
            for item in trained:
                exercise = self._catalogue.get(item.exercise_id)
                if exercise is None or exercise.task in serving:
                    continue
                lines = store.exercise_sets(tx, trainee_id, item.exercise_id, since=recent)
                if not lines or lines[-1].equipment == EquipmentKind.BODYWEIGHT:
                    continue  # a load tells the story of strength best; body weight does not move
                serving[exercise.task] = (item.exercise_id, lines)
        told: list[TaskProgress] = []
        for task, test_ids in TASK_TESTS.items():
            # The most recent of the task's tests, if any was done in the last year.
            done = [
                (grouped[test_id][-1].taken_at, -order, test_id)
                for order, test_id in enumerate(test_ids)
                if grouped.get(test_id) and grouped[test_id][-1].taken_at >= recent
            ]
            test_id = max(done)[2] if done else None  # on the same moment, the first listed
            test = (
                _test_progress(trainee, test_id, grouped[test_id], today)
                if test_id is not None
                else None
            )
            trained_for = serving.get(task)
            training = exercise_progress(*trained_for, equipment) if trained_for else None
            if test is not None or training is not None:
                told.append(TaskProgress(task, test, training))
        return tuple(told)


def _test_progress(
    trainee: Trainee, test_id: str, found: list[TestResult], today: date
) -> TestProgress:
    series = series_of(trainee, test_id, found, today)
    latest = rate(found[-1], trainee, found[-2] if len(found) > 1 else None) if found else None
    return TestProgress(series, latest, change(series.points, series.lower_is_better))


def exercise_progress(
    exercise_id: str, lines: list[store.SetLine], equipment: Equipment
) -> ExerciseProgress:
    """Return an exercise's load steps and best sets from its set lines, as charted."""
    kind = EquipmentKind(lines[-1].equipment) if lines else EquipmentKind.BODYWEIGHT
    steps: dict[tuple[str, str, bool], BandStep] = {}
    if kind is EquipmentKind.BAND:
        steps = _band_steps(lines, equipment)
    rows: list[tuple[int, date, int, float]] = []
    for line in lines:
        if line.equipment != kind:
            continue  # the chart follows the equipment used now; an old variant would mislead
        if kind is EquipmentKind.DUMBBELL:
            load = line.load_kg or 0.0
        elif kind is EquipmentKind.BAND:
            load = steps[(line.band_colour or "", line.band_label or "", line.band_doubled)].value
        else:
            load = 0.0
        rows.append((line.session_id, line.day, line.reps, load))
    reps, loads = best_per_session(rows)
    if kind is EquipmentKind.BODYWEIGHT:
        loads = ()
    shown = tuple(sorted(steps.values(), key=lambda step: step.value))
    drawn = per_month(reps) if len(reps) > MOST_SESSION_POINTS else reps
    series = ExerciseSeries(exercise_id, kind, drawn, loads, shown)
    return ExerciseProgress(
        series,
        since(loads, EVERYDAY_WINDOW_DAYS) if loads else None,
        since(reps, EVERYDAY_WINDOW_DAYS) if reps else None,
        reps[-1] if reps else None,
    )


def _band_steps(
    lines: list[store.SetLine], equipment: Equipment
) -> dict[tuple[str, str, bool], BandStep]:
    """Place each band used on the person's ladder; bands not on it go where their force fits.

    Owned rungs keep their place (0, 1, 2, ...). A band not on the ladder (given away, or a
    doubling the ladder does not list) goes between the rungs it falls between by its usual
    force; several in one gap are spread in force order, so no two share a place. A band of
    unknown force goes after the ladder.
    """
    rungs = ladder(EquipmentKind.BAND, equipment)
    rung_forces = [force(rung) or 0.0 for rung in rungs]
    steps: dict[tuple[str, str, bool], BandStep] = {}
    between: dict[float, list[tuple[float, tuple[str, str, bool], BandColour]]] = {}
    seen: set[tuple[str, str, bool]] = set()
    for line in lines:
        key = (line.band_colour or "", line.band_label or "", line.band_doubled)
        if line.equipment != EquipmentKind.BAND or key in seen:
            continue
        seen.add(key)
        colour = BandColour(key[0]) if key[0] in _COLOUR_CODES else BandColour.OTHER
        band = Band(colour, 0, key[1])
        index = rung_of(Load(EquipmentKind.BAND, band=band, band_doubled=key[2]), rungs)
        if index is not None:
            steps[key] = BandStep(float(index), colour.value, key[1], key[2])
            continue
        strength = _usual_force(band, key[2], rungs)
        if strength is None:
            gap = float(len(rungs))  # unknown: after the ladder
            strength = float("inf")
        else:
            gap = float(sum(1 for known in rung_forces if known < strength))
        between.setdefault(gap, []).append((strength, key, colour))
    for gap, group in between.items():
        group.sort(key=lambda item: (item[0], item[1]))
        for place, (_strength, key, colour) in enumerate(group, start=1):
            # Strictly between rung gap-1 and rung gap, in force order.
            value = gap - 1 + place / (len(group) + 1)
            steps[key] = BandStep(value, colour.value, key[1], key[2])
    return steps


def _usual_force(band: Band, doubled: bool, rungs: list[Load]) -> float | None:
    """Return a band's force: as the person set it on their ladder, else Thera-Band's usual one."""
    owned = next(
        (
            rung.band.force_kgf
            for rung in rungs
            if rung.band is not None
            and (rung.band.colour, rung.band.label) == (band.colour, band.label)
            and rung.band.force_kgf is not None
        ),
        None,
    )
    single = owned if owned is not None else dict(THERABAND_ORDER).get(band.colour)
    if single is None:
        return None
    return single * (2 if doubled else 1)
