"""Progress maths: normal ranges over time, adherence, change and the best set of a session."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sterkblijven.domain import progress
from sterkblijven.domain.model import Sex
from sterkblijven.domain.norms import (
    CHAIR_STAND,
    FIVE_STS_FALL_RISK_SECONDS,
    FIVE_STS_SLOWER_ABOVE,
    STEP_TEST,
    TUG_FALL_RISK_SECONDS,
    UP_AND_GO_8FT,
)
from sterkblijven.domain.progress import (
    Change,
    NormSpan,
    Point,
    adherence,
    best_per_session,
    change,
    fall_risk_line,
    norm_spans,
    since,
)

TODAY = date(2026, 11, 18)  # a Wednesday
THIS_MONDAY = date(2026, 11, 16)


def week(back: int, weekday: int = 0) -> date:
    """Return a day in the week `back` weeks before this one (0 = Monday)."""
    return THIS_MONDAY - timedelta(weeks=back) + timedelta(days=weekday)


# Normal ranges over time


def test_turning_75_splits_the_range_at_new_year() -> None:
    """A man turning 75 during the span gets the 70-74 row, then the 75-79 row from 1 January."""
    spans = norm_spans("chair_stand_30s", Sex.MALE, 1951, date(2025, 6, 1), TODAY)
    old, new = CHAIR_STAND[Sex.MALE][(70, 74)], CHAIR_STAND[Sex.MALE][(75, 79)]
    assert old != new
    assert spans == (
        NormSpan(date(2025, 6, 1), date(2025, 12, 31), old[0], old[1], (70, 74)),
        NormSpan(date(2026, 1, 1), TODAY, new[0], new[1], (75, 79)),
    )


def test_step_test_range_moves_down_for_a_woman_turning_80() -> None:
    """The 2-minute step range follows the table row of each age band."""
    spans = norm_spans("step_test_2min", Sex.FEMALE, 1946, date(2025, 11, 1), date(2026, 2, 1))
    assert [(s.low, s.high, s.age_band) for s in spans] == [
        (*STEP_TEST[Sex.FEMALE][(75, 79)], (75, 79)),
        (*STEP_TEST[Sex.FEMALE][(80, 84)], (80, 84)),
    ]
    assert spans[0].end + timedelta(days=1) == spans[1].start


def test_consecutive_years_in_the_same_band_merge() -> None:
    """Four years within the 75-79 band are one span from start to end."""
    start, end = date(2026, 3, 1), date(2029, 5, 1)
    spans = norm_spans("up_and_go_8ft", Sex.FEMALE, 1951, start, end)
    low, high = UP_AND_GO_8FT[Sex.FEMALE][(75, 79)]
    assert spans == (NormSpan(start, end, low, high, (75, 79)),)


def test_a_span_within_one_year_is_one_span() -> None:
    """A stretch within one calendar year has one range."""
    spans = norm_spans("arm_curl_30s", Sex.MALE, 1944, date(2026, 2, 3), date(2026, 2, 3))
    assert len(spans) == 1
    assert (spans[0].start, spans[0].end, spans[0].age_band) == (
        date(2026, 2, 3),
        date(2026, 2, 3),
        (80, 84),
    )


def test_each_span_names_the_age_band_it_covers() -> None:
    """A woman turning 75: rows 70-74 and 75-79 read alike, but each span names its own band."""
    assert CHAIR_STAND[Sex.FEMALE][(70, 74)] == CHAIR_STAND[Sex.FEMALE][(75, 79)]
    spans = norm_spans("chair_stand_30s", Sex.FEMALE, 1951, date(2025, 6, 1), TODAY)
    covering_2026 = [span for span in spans if span.end >= date(2026, 1, 1)]
    assert covering_2026[-1].age_band == (75, 79)


def test_ages_above_94_use_the_oldest_band() -> None:
    """A 101-year-old is compared with the 90-94 row, the nearest published."""
    spans = norm_spans("chair_stand_30s", Sex.FEMALE, 1925, date(2026, 1, 1), TODAY)
    low, high = CHAIR_STAND[Sex.FEMALE][(90, 94)]
    assert [(s.low, s.high, s.age_band) for s in spans] == [(low, high, (90, 94))]


def test_ages_below_60_use_the_youngest_band() -> None:
    """A 55-year-old is compared with the 60-64 row."""
    (span,) = norm_spans("chair_stand_30s", Sex.MALE, 1971, date(2026, 1, 1), TODAY)
    assert (span.low, span.high, span.age_band) == (*CHAIR_STAND[Sex.MALE][(60, 64)], (60, 64))


def test_five_times_sit_to_stand_runs_from_zero_to_slower_than_average() -> None:
    """Its range is 0 up to the 'slower than average' time of the decade, split at 80."""
    spans = norm_spans(
        "five_times_sit_to_stand", Sex.MALE, 1951, date(2029, 7, 1), date(2031, 3, 1)
    )
    assert [(s.start, s.end, s.low, s.high, s.age_band) for s in spans] == [
        (date(2029, 7, 1), date(2030, 12, 31), 0.0, FIVE_STS_SLOWER_ABOVE[(70, 79)], (70, 79)),
        (date(2031, 1, 1), date(2031, 3, 1), 0.0, FIVE_STS_SLOWER_ABOVE[(80, 89)], (80, 89)),
    ]


def test_five_times_sit_to_stand_beyond_89_uses_the_80s() -> None:
    """Above the published decades the nearest one is used."""
    (span,) = norm_spans("five_times_sit_to_stand", Sex.FEMALE, 1930, date(2026, 1, 1), TODAY)
    assert (span.low, span.high, span.age_band) == (0.0, FIVE_STS_SLOWER_ABOVE[(80, 89)], (80, 89))


def test_timed_up_and_go_has_no_normal_range() -> None:
    """The Timed Up and Go has only a fall-risk cut-off, so no spans."""
    assert norm_spans("timed_up_and_go", Sex.FEMALE, 1948, date(2024, 1, 1), TODAY) == ()


def test_an_empty_stretch_has_no_spans() -> None:
    """An end before the start gives nothing."""
    assert norm_spans("chair_stand_30s", Sex.FEMALE, 1948, TODAY, TODAY - timedelta(days=1)) == ()


def test_fall_risk_lines_are_the_published_cut_offs() -> None:
    """TUG 12 s, five-times sit-to-stand 15 s; the others draw no fixed line."""
    assert fall_risk_line("timed_up_and_go") == TUG_FALL_RISK_SECONDS == 12.0
    assert fall_risk_line("five_times_sit_to_stand") == FIVE_STS_FALL_RISK_SECONDS == 15.0
    for test_id in ("chair_stand_30s", "arm_curl_30s", "step_test_2min", "up_and_go_8ft"):
        assert fall_risk_line(test_id) is None


def test_a_test_series_is_ordered_and_ranged_up_to_today() -> None:
    """Points are sorted by day; the range runs from the first result to today."""
    points = [Point(date(2026, 3, 1), 11.0), Point(date(2025, 10, 1), 9.0)]
    series = progress.test_series("chair_stand_30s", points, Sex.MALE, 1951, TODAY)
    assert [p.day for p in series.points] == [date(2025, 10, 1), date(2026, 3, 1)]
    assert series.normal[0].start == date(2025, 10, 1)
    assert series.normal[-1].end == TODAY
    assert (series.fall_risk_at, series.lower_is_better) == (None, False)


def test_a_test_series_without_points_has_today_s_range() -> None:
    """With no results yet the range covers today alone; timed tests read lower as better."""
    series = progress.test_series("five_times_sit_to_stand", [], Sex.FEMALE, 1948, TODAY)
    assert series.points == ()
    assert [(s.start, s.end) for s in series.normal] == [(TODAY, TODAY)]
    assert (series.fall_risk_at, series.lower_is_better) == (15.0, True)


# Adherence


def test_sessions_are_counted_per_week_over_the_weeks_asked() -> None:
    """Four weeks are shown, oldest first, each with the sessions started in it."""
    days = [week(2), week(2, 2), week(1, 4), week(0, 1), week(9)]
    result = adherence(days, TODAY, weeks=4)
    assert [(w.week, w.sessions) for w in result.weeks] == [
        (week(3), 0),
        (week(2), 2),
        (week(1), 1),
        (week(0), 1),
    ]
    assert (result.streak, result.this_week) == (3, 1)


def test_the_current_week_does_not_break_the_streak_while_it_has_days_to_go() -> None:
    """Trained the last three weeks, not yet this week: the streak is still three."""
    days = [week(3, 1), week(2, 3), week(1, 6)]
    result = adherence(days, TODAY, weeks=6)
    assert (result.streak, result.best_streak, result.this_week) == (3, 3, 0)


def test_a_missed_week_breaks_the_streak() -> None:
    """A week without a session ends the streak; the best run is remembered."""
    days = [week(5), week(4), week(3), week(1, 2), week(0)]
    result = adherence(days, TODAY, weeks=8)
    assert (result.streak, result.best_streak) == (2, 3)


def test_two_empty_weeks_end_the_streak() -> None:
    """Neither last week nor this week: no streak, though the best one stays."""
    days = [week(4), week(3), week(2)]
    result = adherence(days, TODAY, weeks=8)
    assert (result.streak, result.best_streak, result.this_week) == (0, 3, 0)


def test_the_best_streak_may_lie_before_the_weeks_shown() -> None:
    """The best run counts every week ever trained, not only those on the chart."""
    days = [week(back) for back in range(40, 30, -1)] + [week(0)]
    result = adherence(days, TODAY, weeks=26)
    assert (result.streak, result.best_streak) == (1, 10)
    assert sum(w.sessions for w in result.weeks) == 1


def test_no_sessions_gives_empty_weeks() -> None:
    """Without sessions every week is empty and there is no streak."""
    result = adherence([], TODAY, weeks=26)
    assert len(result.weeks) == 26 and result.weeks[-1].week == THIS_MONDAY
    assert all(w.sessions == 0 for w in result.weeks)
    assert (result.streak, result.best_streak, result.this_week) == (0, 0, 0)


@given(
    st.lists(st.dates(date(2024, 1, 1), date(2027, 12, 31)), max_size=60),
    st.dates(date(2025, 1, 1), date(2027, 6, 30)),
    st.integers(min_value=1, max_value=60),
)
def test_a_streak_never_exceeds_the_weeks_trained(
    days: list[date], today: date, weeks: int
) -> None:
    """The streak is at most the best streak, which is at most the distinct weeks trained."""
    result = adherence(days, today, weeks)
    distinct = {day - timedelta(days=day.weekday()) for day in days}
    assert result.streak <= result.best_streak <= len(distinct)
    assert len(result.weeks) == weeks
    assert result.weeks[-1].week == today - timedelta(days=today.weekday())
    assert sum(w.sessions for w in result.weeks) <= len(days)
    assert result.this_week == result.weeks[-1].sessions


# Change


def test_change_needs_points() -> None:
    """No points, no change; one point has nothing to compare with."""
    only = Point(TODAY, 12.0)
    assert change(()) is None
    assert change((only,)) == Change(only, None, None)


@pytest.mark.parametrize(
    ("before", "after", "lower_is_better", "better"),
    [
        (10.0, 12.0, False, True),  # more chair stands
        (12.0, 10.0, False, False),
        (9.5, 8.1, True, True),  # a faster Timed Up and Go
        (8.1, 9.5, True, False),
        (11.0, 11.0, False, None),
        (8.0, 8.0, True, None),
    ],
)
def test_change_reads_the_direction_of_the_test(
    before: float, after: float, lower_is_better: bool, better: bool | None
) -> None:
    """The latest is compared with the one before it, in the direction that is better."""
    points = (
        Point(date(2026, 1, 1), 99.0),
        Point(date(2026, 6, 1), before),
        Point(TODAY, after),
    )
    found = change(points, lower_is_better)
    assert found is not None
    assert (found.earlier, found.latest, found.better) == (points[1], points[2], better)


def test_since_compares_with_the_last_point_at_least_the_window_before() -> None:
    """Over 90 days: the latest against the last point 90 days or more before it."""
    points = tuple(
        Point(TODAY - timedelta(days=ago), value)
        for ago, value in ((200, 5.0), (120, 6.0), (90, 7.0), (30, 8.0), (0, 7.5))
    )
    found = since(points, 90)
    assert found is not None
    assert (found.earlier, found.latest, found.better) == (points[2], points[-1], True)


def test_since_falls_back_to_the_first_point() -> None:
    """When everything is recent the latest is compared with the first point."""
    points = (Point(TODAY - timedelta(days=20), 3.0), Point(TODAY, 2.0))
    found = since(points, 90)
    assert found is not None
    assert (found.earlier, found.better) == (points[0], False)


def test_since_with_one_point_or_none() -> None:
    """One point has nothing to compare with; none gives nothing."""
    only = Point(TODAY, 2.0)
    assert since((), 90) is None
    assert since((only,), 90) == Change(only, None, None)


def test_since_with_no_difference_is_neither_better_nor_worse() -> None:
    """The same load as three months ago is no change."""
    points = (Point(TODAY - timedelta(days=100), 2.0), Point(TODAY, 2.0))
    found = since(points, 90)
    assert found is not None and found.better is None


# Best set per session


def test_best_per_session_takes_the_heaviest_load_and_most_reps_at_it() -> None:
    """A lighter back-off set with more reps never hides the day's best."""
    first, second = date(2026, 11, 2), date(2026, 11, 9)
    rows = [
        (8, second, 15, 3.0),
        (7, first, 20, 2.0),
        (7, first, 25, 1.0),  # more reps, but lighter
        (7, first, 22, 2.0),
        (7, first, 18, 2.0),
        (8, second, 12, 3.0),
    ]
    reps, loads = best_per_session(rows)
    assert reps == (Point(first, 22.0), Point(second, 15.0))
    assert loads == (Point(first, 2.0), Point(second, 3.0))


def test_best_per_session_keeps_two_sessions_on_one_day_apart() -> None:
    """Two sessions on the same day give two points."""
    day = date(2026, 11, 2)
    reps, loads = best_per_session([(1, day, 10, 0.0), (2, day, 12, 0.0)])
    assert [p.value for p in reps] == [10.0, 12.0]
    assert len(loads) == 2


def test_best_per_session_without_rows_is_empty() -> None:
    """No sets, no points."""
    assert best_per_session([]) == ((), ())


def test_per_month_gives_the_median_of_each_month_dated_on_its_last_point() -> None:
    """Years of sessions become one point a month: the month's median, on its last session."""
    points = (
        progress.Point(date(2026, 3, 2), 10),
        progress.Point(date(2026, 3, 9), 14),
        progress.Point(date(2026, 3, 16), 12),
        progress.Point(date(2026, 4, 6), 15),
        progress.Point(date(2026, 4, 13), 16),
    )
    assert progress.per_month(points) == (
        progress.Point(date(2026, 3, 16), 12),
        progress.Point(date(2026, 4, 13), 15.5),
    )
