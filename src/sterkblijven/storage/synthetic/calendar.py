"""The generated trainee's calendar: holidays, one long hospital stay, and the training days."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

WEEKDAYS = (0, 3)
ATTENDANCE = 0.92
MOVED_TO_NEXT_DAY = 0.05
# A history this short keeps its weekly rhythm: one long break would dominate it.
LONG_BREAK_FROM_YEARS = 2.0
LONG_BREAK_DAYS_RANGE = (56, 70)


@dataclass(frozen=True, slots=True)
class Away:
    """A period away from training, first and last day included."""

    first: date
    last: date
    hospital: bool = False


def away_periods(
    rng: random.Random,
    start: datetime,
    end: datetime,
    years: float,
    hospital_stay: bool | None = None,
) -> list[Away]:
    """Return the holidays of each year and one hospital stay; by first day.

    The stay comes in a long history, or as ``hospital_stay`` says when it is given.
    """
    periods = []
    for year in range(start.year, end.year + 1):
        if rng.random() < 0.8:
            first = date(year, 7, 1) + timedelta(days=rng.randint(0, 50))
            periods.append(Away(first, first + timedelta(days=rng.randint(13, 20))))
        if rng.random() < 0.6:
            first = date(year, 1, 1) + timedelta(days=rng.randint(0, 360))
            periods.append(Away(first, first + timedelta(days=rng.randint(4, 9))))
    if years >= LONG_BREAK_FROM_YEARS if hospital_stay is None else hospital_stay:
        span = (end - start).days
        first = start.date() + timedelta(days=int(span * rng.uniform(0.35, 0.65)))
        length = rng.randint(*LONG_BREAK_DAYS_RANGE)
        periods.append(Away(first, first + timedelta(days=length - 1), hospital=True))
    return sorted(periods, key=lambda period: period.first)


def session_days(
    rng: random.Random, start: datetime, end: datetime, away: Sequence[Away]
) -> list[date]:
    """Return the days trained: most planned weekdays, a few moved to the next day."""
    days = []
    day = start.date() + timedelta(days=1)
    while day < end.date():
        if day.weekday() in WEEKDAYS and rng.random() < ATTENDANCE:
            moved = day + timedelta(days=1)
            chosen = moved if rng.random() < MOVED_TO_NEXT_DAY else day
            if not is_away(chosen, away) and chosen < end.date():
                days.append(chosen)
        day += timedelta(days=1)
    return days


def free_day(day: date, away: Sequence[Away], trained: set[date]) -> date:
    """Return the first day from ``day`` on that is neither away nor a training day."""
    while is_away(day, away) or day in trained:
        day += timedelta(days=1)
    return day


def is_away(day: date, away: Sequence[Away]) -> bool:
    """Return whether the day falls in one of the periods away."""
    return any(period.first <= day <= period.last for period in away)
