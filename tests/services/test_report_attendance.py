"""The report's adherence: sessions against the plan, with breaks counted as missed training."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.services.reports import Attendance, ReportPeriod, Reports
from sterkblijven.services.setup import Setup
from sterkblijven.services.training import Training
from sterkblijven.storage import Database
from tests.clocks import ManualClock
from tests.services.test_reports import curl, reps, train

FIRST_MONDAY = date(2026, 11, 23)
QUARTER = ReportPeriod(FIRST_MONDAY, FIRST_MONDAY + timedelta(days=90))  # 91 days, 13 weeks


@pytest.fixture
def reports(database: Database, catalogue: Catalogue, moment: ManualClock[datetime]) -> Reports:
    """Return the report use cases."""
    return Reports(database, catalogue, moment)


def attendance_after(
    days: list[date],
    period: ReportPeriod,
    reports: Reports,
    training: Training,
    setup: Setup,
    trainee: int,
    moment: ManualClock[datetime],
) -> Attendance:
    """Train on these days with the Monday-and-Thursday plan; return the period's attendance."""
    for day in days:
        moment.now = datetime.combine(day, time(10, 0))
        train(training, setup, trainee, {curl(2.0): [reps(20)]})
    moment.now = datetime.combine(period.last, time(18, 0))
    return reports.progress_report(trainee, period).attendance


def test_a_session_every_two_weeks_is_a_quarter_of_the_plan(
    reports: Reports, training: Training, setup: Setup, trainee: int, moment: ManualClock[datetime]
) -> None:
    """Breaks stay in the planned days: 7 of 26 sessions, with 6 breaks of 13 days told apart."""
    days = [FIRST_MONDAY + timedelta(days=14 * n) for n in range(7)]
    attendance = attendance_after(days, QUARTER, reports, training, setup, trainee, moment)
    assert attendance.sessions == 7
    assert attendance.planned == 26  # 13 weeks of Monday and Thursday
    assert attendance.on_plan == 7
    assert attendance.share == 27
    assert (attendance.breaks, attendance.break_days) == (6, 78)
    assert attendance.hospital_days == 0


def test_extra_sessions_never_lift_adherence_above_all(
    reports: Reports, training: Training, setup: Setup, trainee: int, moment: ManualClock[datetime]
) -> None:
    """Training every day on a two-day plan counts as all of the plan, never more than 100 %."""
    fortnight = ReportPeriod(FIRST_MONDAY, FIRST_MONDAY + timedelta(days=13))
    days = [FIRST_MONDAY + timedelta(days=n) for n in range(14)]
    attendance = attendance_after(days, fortnight, reports, training, setup, trainee, moment)
    assert attendance.sessions == 14
    assert (attendance.on_plan, attendance.planned, attendance.share) == (4, 4, 100)
    assert attendance.breaks == 0


def test_a_session_moved_to_another_day_of_its_week_counts(
    reports: Reports, training: Training, setup: Setup, trainee: int, moment: ManualClock[datetime]
) -> None:
    """A Tuesday and a Friday in a Monday-and-Thursday week count as that week's two sessions."""
    fortnight = ReportPeriod(FIRST_MONDAY, FIRST_MONDAY + timedelta(days=13))
    days = [FIRST_MONDAY + timedelta(days=n) for n in (0, 3, 8, 11)]
    attendance = attendance_after(days, fortnight, reports, training, setup, trainee, moment)
    assert (attendance.on_plan, attendance.planned, attendance.share) == (4, 4, 100)
