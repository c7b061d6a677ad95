"""What is due this week and when the running app reminds."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from sterkblijven.domain.reminders import REMINDER_TIME, next_reminder, week_due

MONDAY = date(2026, 11, 16)
THURSDAY = date(2026, 11, 19)


def test_a_training_day_with_the_session_still_to_do_reminds() -> None:
    """On Monday, with Monday and Thursday planned and nothing done, both remain."""
    due = week_due((0, 3), 0, False, MONDAY)
    assert due.remaining == 2
    assert due.today_is_training_day and due.remind_today
    assert due.next_day == MONDAY


def test_after_training_today_the_next_day_is_named() -> None:
    """Once Monday's session is done, Thursday is next and today no longer reminds."""
    due = week_due((0, 3), 1, True, MONDAY)
    assert not due.remind_today
    assert due.next_day == THURSDAY


def test_a_week_with_everything_done_is_quiet() -> None:
    """With every planned session done nothing remains and nothing is next."""
    due = week_due((0, 3), 2, False, THURSDAY)
    assert due.remaining == 0 and not due.remind_today and due.next_day is None


def test_a_missed_day_leaves_the_session_due_without_a_day_left() -> None:
    """On Friday with Thursday missed, one remains but no planned day is left this week."""
    due = week_due((3,), 0, False, THURSDAY + timedelta(days=1))
    assert due.remaining == 1 and due.next_day is None and not due.remind_today


def test_the_reminder_comes_on_the_training_days_morning() -> None:
    """Before nine on a training day it is today; after it, the next training day."""
    early = datetime.combine(MONDAY, REMINDER_TIME) - timedelta(hours=2)
    assert next_reminder((0, 3), early) == datetime.combine(MONDAY, REMINDER_TIME)
    late = datetime.combine(MONDAY, REMINDER_TIME) + timedelta(minutes=1)
    assert next_reminder((0, 3), late) == datetime.combine(THURSDAY, REMINDER_TIME)
    assert next_reminder((), late) is None


@given(
    st.sets(st.integers(0, 6), min_size=1, max_size=3),
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)),
)
def test_the_next_reminder_is_always_a_training_day_within_a_week(
    days: set[int], now: datetime
) -> None:
    """The reminder falls after now, on a planned weekday, at most seven days ahead."""
    moment = next_reminder(tuple(sorted(days)), now)
    assert moment is not None
    assert now < moment <= now + timedelta(days=7)
    assert moment.weekday() in days and moment.time() == REMINDER_TIME


def test_a_done_week_names_the_first_training_day_of_next_week() -> None:
    """With the week's sessions done, the next training is the first planned day next week."""
    due = week_due((0, 3), 2, True, THURSDAY)
    assert due.next_week_day == MONDAY + timedelta(days=7)
    sunday_only = week_due((6,), 1, True, MONDAY + timedelta(days=6))
    assert sunday_only.next_week_day == MONDAY + timedelta(days=13)


def test_a_week_with_sessions_left_names_no_day_of_next_week() -> None:
    """While sessions remain this week, next week's day is not what home shows."""
    assert week_due((0, 3), 1, True, MONDAY).next_week_day is None
