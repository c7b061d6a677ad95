"""Progress in everyday tasks and in tests, as home tells it and the charts draw it.

Pure functions of a person's results and sets: the services read those from the database, and
the first screen of a start reads them on its own; both turn them into the same words this way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sterkblijven.domain import norms
from sterkblijven.domain.bands import THERABAND_ORDER
from sterkblijven.domain.catalogue import Exercise
from sterkblijven.domain.fitness import TestResult, age_on, assess_result, compared_with_norm
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
    BandStep,
    Change,
    ExerciseSeries,
    Point,
    TestSeries,
    best_per_session,
    change,
    per_month,
    since,
    test_series,
)
from sterkblijven.domain.progression import Advice, force, ladder, rung_of

# Everyday progress compares the latest session with one at least this long before it.
EVERYDAY_WINDOW_DAYS = 90
EVERYDAY_HISTORY_DAYS = 365
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
class SetLine:
    """What a chart needs of one recorded set."""

    session_id: int
    day: date
    reps: int
    equipment: str
    load_kg: float | None
    band_colour: str | None
    band_label: str | None
    band_doubled: bool


@dataclass(frozen=True, slots=True)
class BalanceNews:
    """What a result in the fall-risk band changed: more balance work, in the plan or waiting.

    ``advice`` is Advice.ADD (an exercise added) or Advice.NEXT_LEVEL (one step harder), or
    None when the plan stays as it is (changed recently, no plan, or no room).
    """

    advice: Advice | None = None
    exercise: Exercise | None = None
    in_plan: bool = False  # False: a suggestion waits for the carer


@dataclass(frozen=True, slots=True)
class RatedResult:
    """A result with how it compares to the norms and to the one before."""

    result: TestResult
    assessment: norms.Assessment
    age: int
    trainee: Trainee
    previous: TestResult | None
    balance: BalanceNews | None = None  # set when a new result is in the fall-risk band


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


def rate(result: TestResult, trainee: Trainee, previous: TestResult | None) -> RatedResult:
    """Return a result with its assessment at the age it was taken.

    The age comes from the birth year and, where the person gave it, the birth month. An arm
    curl with another dumbbell than the protocol's is not rated (see domain.fitness).
    """
    age = age_on(result.taken_at.date(), trainee.birth_year, trainee.birth_month)
    assessment = assess_result(result, age, trainee.sex)
    return RatedResult(result, assessment, age, trainee, previous)


def series_of(trainee: Trainee, test_id: str, results: list[TestResult], today: date) -> TestSeries:
    """Return a test's results as charted, up to today, against the person's normal range.

    Results that cannot be held against the norm (an arm curl with another dumbbell) form a
    line of their own, so the chart never sets them against the shaded range.
    """
    compared = [result for result in results if compared_with_norm(result, trainee.sex)]
    apart = [result for result in results if not compared_with_norm(result, trainee.sex)]
    return test_series(
        test_id,
        [Point(result.taken_at.date(), result.value) for result in compared],
        trainee.sex,
        trainee.birth_year,
        today,
        birth_month=trainee.birth_month,
        other=[Point(result.taken_at.date(), result.value) for result in apart],
    )


def test_progress(
    trainee: Trainee, test_id: str, found: list[TestResult], today: date
) -> TestProgress:
    """Return a test's chart, its latest result rated, and what changed over time."""
    series = series_of(trainee, test_id, found, today)
    latest = rate(found[-1], trainee, found[-2] if len(found) > 1 else None) if found else None
    return TestProgress(series, latest, change(series.points, series.lower_is_better))


def exercise_progress(
    exercise_id: str, lines: list[SetLine], equipment: Equipment
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
    lines: list[SetLine], equipment: Equipment
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


def everyday_progress(
    trainee: Trainee,
    grouped: dict[str, list[TestResult]],
    serving: dict[Task, tuple[str, list[SetLine]]],
    equipment: Equipment,
    now: datetime,
) -> tuple[TaskProgress, ...]:
    """Return progress per everyday task that has something to tell.

    ``grouped``: each test's results, oldest first; ``serving``: per task the exercise (and its
    sets of the last year) whose load tells its strength.
    """
    recent = now - timedelta(days=EVERYDAY_HISTORY_DAYS)
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
            test_progress(trainee, test_id, grouped[test_id], now.date())
            if test_id is not None
            else None
        )
        trained_for = serving.get(task)
        training = exercise_progress(*trained_for, equipment) if trained_for else None
        if test is not None or training is not None:
            told.append(TaskProgress(task, test, training))
    return tuple(told)
