"""Progress over time, as series the charts draw and facts the summaries put into words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sterkblijven.domain import norms
from sterkblijven.domain.fitness import age_on, birthday_in, functional_test
from sterkblijven.domain.model import EquipmentKind, Sex
from sterkblijven.domain.planning import week_start


@dataclass(frozen=True, slots=True)
class Point:
    """One dated value."""

    day: date
    value: float


@dataclass(frozen=True, slots=True)
class NormSpan:
    """The normal range over a stretch of time; it moves when the person enters a new age band."""

    start: date
    end: date
    low: float
    high: float
    age_band: tuple[int, int] | None


@dataclass(frozen=True, slots=True)
class TestSeries:
    """One functional test over time, with the normal range and the fall-risk line."""

    test_id: str
    points: tuple[Point, ...]
    normal: tuple[NormSpan, ...]
    fall_risk_at: float | None  # a fixed published cut-off; the chair stand's is the range's edge
    lower_is_better: bool
    # Results that cannot be held against the norm (an arm curl with another dumbbell): drawn
    # as a line of their own, apart from the shaded range.
    other: tuple[Point, ...] = ()


@dataclass(frozen=True, slots=True)
class BandStep:
    """A band as it appears on a load axis: its place on the ladder, and what to call it."""

    value: float
    colour: str
    label: str
    doubled: bool


@dataclass(frozen=True, slots=True)
class ExerciseSeries:
    """An exercise over time: the best set of each session, and the load it was done with."""

    exercise_id: str
    kind: EquipmentKind
    reps: tuple[Point, ...]
    load: tuple[Point, ...]  # kg for dumbbells, the ladder place for bands; empty for bodyweight
    band_steps: tuple[BandStep, ...] = ()


@dataclass(frozen=True, slots=True)
class WeekCount:
    """Sessions done in the week starting on a Monday."""

    week: date
    sessions: int


@dataclass(frozen=True, slots=True)
class Adherence:
    """Sessions per week, and the weeks in a row with at least one: the goal that matters."""

    weeks: tuple[WeekCount, ...]
    streak: int
    best_streak: int
    this_week: int


def norm_spans(
    test_id: str,
    sex: Sex,
    birth_year: int,
    start: date,
    end: date,
    *,
    birth_month: int | None = None,
) -> tuple[NormSpan, ...]:
    """Return the normal range from start to end, split where the age band changes.

    The age goes up on the birthday: mid-month when the birth month is known, else 1 January.
    For the five-times sit-to-stand the range runs from 0 to the "slower than average" time;
    the Timed Up and Go has no age norm, only its fall-risk cut-off, so it has no spans.
    """
    if test_id == "timed_up_and_go" or end < start:
        return ()
    birthdays = (birthday_in(year, birth_month) for year in range(start.year, end.year + 1))
    starts = [start, *(day for day in birthdays if start < day <= end)]
    ends = [day - timedelta(days=1) for day in starts[1:]] + [end]
    spans: list[NormSpan] = []
    for first, last in zip(starts, ends, strict=True):
        low, high, band = _range_at(test_id, sex, age_on(first, birth_year, birth_month))
        if spans and (spans[-1].low, spans[-1].high, spans[-1].age_band) == (low, high, band):
            spans[-1] = NormSpan(spans[-1].start, last, low, high, spans[-1].age_band)
        else:
            spans.append(NormSpan(first, last, low, high, band))
    return tuple(spans)


def _range_at(test_id: str, sex: Sex, age: int) -> tuple[float, float, tuple[int, int] | None]:
    if test_id == "five_times_sit_to_stand":
        assessment = norms.assess(test_id, age, sex, 0.0)
        assert assessment.age_band is not None
        return 0.0, norms.FIVE_STS_SLOWER_ABOVE[assessment.age_band], assessment.age_band
    middle = norms.assess(test_id, age, sex, 0.0)
    assert middle.normal_range is not None
    return middle.normal_range[0], middle.normal_range[1], middle.age_band


def fall_risk_line(test_id: str) -> float | None:
    """Return the fixed published fall-risk cut-off of a test, or None."""
    if test_id == "timed_up_and_go":
        return norms.TUG_FALL_RISK_SECONDS
    if test_id == "five_times_sit_to_stand":
        return norms.FIVE_STS_FALL_RISK_SECONDS
    return None


def test_series(
    test_id: str,
    points: list[Point],
    sex: Sex,
    birth_year: int,
    today: date,
    *,
    birth_month: int | None = None,
    other: list[Point] | None = None,
) -> TestSeries:
    """Return a test's results with the normal range over the time they span, up to today.

    ``other`` holds results not held against the norm (see TestSeries.other).
    """
    ordered = tuple(sorted(points, key=lambda point: point.day))
    apart = tuple(sorted(other or (), key=lambda point: point.day))
    first = min((point.day for point in (*ordered[:1], *apart[:1])), default=today)
    return TestSeries(
        test_id,
        ordered,
        norm_spans(test_id, sex, birth_year, min(first, today), today, birth_month=birth_month),
        fall_risk_line(test_id),
        functional_test(test_id).lower_is_better,
        apart,
    )


def adherence(session_days: list[date], today: date, weeks: int = 26) -> Adherence:
    """Count sessions per week for the last `weeks` weeks and the streak of weeks trained.

    The current week does not break a streak while it still has days to go.
    """
    counts: dict[date, int] = {}
    for day in session_days:
        monday = week_start(day)
        counts[monday] = counts.get(monday, 0) + 1
    this_monday = week_start(today)
    shown = tuple(
        WeekCount(monday, counts.get(monday, 0))
        for monday in (this_monday - timedelta(weeks=back) for back in range(weeks - 1, -1, -1))
    )
    streak = 0
    monday = this_monday if counts.get(this_monday) else this_monday - timedelta(weeks=1)
    while counts.get(monday):
        streak += 1
        monday -= timedelta(weeks=1)
    return Adherence(shown, streak, _best_streak(counts), counts.get(this_monday, 0))


def _best_streak(counts: dict[date, int]) -> int:
    best = run = 0
    previous: date | None = None
    for monday in sorted(counts):
        run = run + 1 if previous is not None and monday - previous == timedelta(weeks=1) else 1
        best = max(best, run)
        previous = monday
    return best


@dataclass(frozen=True, slots=True)
class Change:
    """The latest result beside an earlier one."""

    latest: Point
    earlier: Point | None
    better: bool | None  # None when there is nothing to compare, or no difference


def change(points: tuple[Point, ...], lower_is_better: bool = False) -> Change | None:
    """Return the latest point against the one before it, or None without points."""
    if not points:
        return None
    latest = points[-1]
    if len(points) == 1:
        return Change(latest, None, None)
    earlier = points[-2]
    if latest.value == earlier.value:
        return Change(latest, earlier, None)
    return Change(latest, earlier, (latest.value < earlier.value) == lower_is_better)


def since(points: tuple[Point, ...], days: int) -> Change | None:
    """Return the latest point against the last one at least `days` before it, if any."""
    if not points:
        return None
    latest = points[-1]
    cut = latest.day - timedelta(days=days)
    earlier = next((point for point in reversed(points) if point.day <= cut), None)
    if earlier is None:
        earlier = points[0] if points[0] is not latest else None
    if earlier is None:
        return Change(latest, None, None)
    better = None if latest.value == earlier.value else latest.value > earlier.value
    return Change(latest, earlier, better)


def best_per_session(
    rows: list[tuple[int, date, int, float]],
) -> tuple[tuple[Point, ...], tuple[Point, ...]]:
    """Return (reps, load) points from set rows (session, day, reps, load), one per session.

    A session's point is its heaviest load and the most repetitions done with that load, so a
    lighter back-off set never hides the day's best.
    """
    best: dict[int, tuple[date, float, int]] = {}
    for session_id, day, reps, load in rows:
        held = best.get(session_id)
        if held is None or (load, reps) > (held[1], held[2]):
            best[session_id] = (day, load, reps)
    ordered = sorted(best.values(), key=lambda entry: entry[0])
    return (
        tuple(Point(day, float(reps)) for day, _load, reps in ordered),
        tuple(Point(day, load) for day, load, _reps in ordered),
    )


def per_month(points: tuple[Point, ...]) -> tuple[Point, ...]:
    """Return one point per calendar month: the median, dated on the month's last point.

    Years of sessions drawn one by one become a blur of thick lines; a month's typical best
    shows the trend an older eye can follow.
    """
    months: dict[tuple[int, int], list[Point]] = {}
    for point in points:
        months.setdefault((point.day.year, point.day.month), []).append(point)
    merged = []
    for key in sorted(months):
        group = months[key]
        values = sorted(point.value for point in group)
        middle = len(values) // 2
        median = values[middle] if len(values) % 2 else (values[middle - 1] + values[middle]) / 2
        merged.append(Point(max(point.day for point in group), median))
    return tuple(merged)
