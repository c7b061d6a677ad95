"""What is due this week, and when the app should remind while it runs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

# The reminder comes in the morning of a training day, late enough not to wake anyone.
REMINDER_TIME = time(9, 0)


@dataclass(frozen=True, slots=True)
class WeekDue:
    """The training days of the current week against the sessions done so far."""

    remaining: int  # sessions still to do this week
    today_is_training_day: bool
    trained_today: bool
    next_day: date | None  # the next training day from today on, while sessions remain
    # Once the week is done: the first training day of next week, so home can name it.
    next_week_day: date | None = None

    @property
    def remind_today(self) -> bool:
        """Return True when today is a training day and today's session is still to do."""
        return self.today_is_training_day and not self.trained_today and self.remaining > 0


def week_due(
    weekdays: tuple[int, ...], done_this_week: int, trained_today: bool, today: date
) -> WeekDue:
    """Return what is still due this week for a routine on ``weekdays`` (0 is Monday)."""
    remaining = max(0, len(weekdays) - done_this_week)
    is_day = today.weekday() in weekdays
    next_day: date | None = None
    if remaining:
        days_left = 7 - today.weekday()
        for ahead in range(days_left):
            day = today + timedelta(days=ahead)
            if day.weekday() in weekdays and not (ahead == 0 and trained_today):
                next_day = day
                break
    next_week_day: date | None = None
    if not remaining and weekdays:
        monday = today + timedelta(days=7 - today.weekday())
        next_week_day = monday + timedelta(days=min(weekdays))
    return WeekDue(remaining, is_day, trained_today, next_day, next_week_day)


def next_reminder(weekdays: tuple[int, ...], now: datetime) -> datetime | None:
    """Return the next moment after ``now`` to remind: a training day at REMINDER_TIME."""
    if not weekdays:
        return None
    for ahead in range(8):
        day = now.date() + timedelta(days=ahead)
        moment = datetime.combine(day, REMINDER_TIME)
        if day.weekday() in weekdays and moment > now:
            return moment
    return None  # pragma: no cover - a weekday recurs within eight days
