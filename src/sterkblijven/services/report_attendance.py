"""The report's attendance: the part of the period covered, the days away, sessions on plan.

Planned sessions are the training days of the plan in force on each day, less the days in
hospital up to the clearance. A break (two weeks or more between two sessions) is training
missed: it stays planned, and is counted on its own.
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from sterkblijven.domain.hospital import HospitalStay
from sterkblijven.domain.model import Routine
from sterkblijven.domain.planning import week_start
from sterkblijven.domain.progress import adherence
from sterkblijven.domain.progression import SHORT_BREAK_DAYS
from sterkblijven.services.report_facts import Absence, AbsenceKind, Attendance, ReportPeriod
from sterkblijven.storage import reports as store


def stay_told(stay: HospitalStay, period: ReportPeriod, today: date) -> bool:
    """Return True for a stay that overlaps the period, or still waits for clearance."""
    first = stay.admitted or stay.recorded_at.date()
    last = stay.cleared_on or stay.discharged or today
    return stay.waiting_for_clearance or (first <= period.last and last >= period.first)


def covered_part(period: ReportPeriod, began: date | None, today: date) -> ReportPeriod:
    """Return the period without the days before any history, nor the days still to come."""
    last = max(period.first, min(period.last, today))
    first = min(max(period.first, began), last) if began is not None else period.first
    return ReportPeriod(first, last)


def attendance_in(
    days: list[date],
    covered: ReportPeriod,
    routine: Routine | None,
    versions: Sequence[store.RoutineVersion],
    absences: Sequence[Absence],
) -> Attendance:
    """Return the sessions of the covered days, per week and against the plans in force."""
    weeks = (week_start(covered.last) - week_start(covered.first)).days // 7 + 1
    counted = adherence(days, covered.last, weeks)
    in_hospital = _days_of(a for a in absences if a.kind is AbsenceKind.HOSPITAL)
    breaks = [absence for absence in absences if absence.kind is AbsenceKind.BREAK]
    planned: int | None = None
    on_plan = 0
    if versions:
        per_week: Counter[date] = Counter()
        starts = [version.since.date() for version in versions]
        day = covered.first
        while day <= covered.last:
            in_force = _in_force(versions, starts, day)
            training_day = in_force is not None and day.weekday() in in_force.weekdays
            if training_day and day not in in_hospital:
                per_week[week_start(day)] += 1
            day += timedelta(days=1)
        planned = sum(per_week.values())
        done = Counter(week_start(day) for day in days)
        on_plan = sum(min(done[week], wanted) for week, wanted in per_week.items())
    return Attendance(
        counted,
        len(days),
        sum(1 for week in counted.weeks if week.sessions),
        routine.sessions_per_week if routine else None,
        planned,
        on_plan,
        hospital_days=sum(1 for day in in_hospital if covered.first <= day <= covered.last),
        breaks=len(breaks),
        break_days=sum(absence.days for absence in breaks),
    )


def _in_force(
    versions: Sequence[store.RoutineVersion], starts: Sequence[date], day: date
) -> Routine | None:
    """Return the plan in force on a day: the last made on or before it; None before any."""
    index = bisect.bisect_right(starts, day)
    return versions[index - 1].routine if index else None


def _days_of(absences: Iterable[Absence]) -> set[date]:
    days: set[date] = set()
    for absence in absences:
        days.update(absence.first + timedelta(days=n) for n in range(absence.days))
    return days


def absences_in(
    days: list[date], stays: Sequence[HospitalStay], covered: ReportPeriod
) -> tuple[Absence, ...]:
    """Return the hospital stays up to their clearance, and the breaks between sessions."""
    found: list[Absence] = []
    for stay in stays:
        if stay.admitted is None:
            continue
        last = stay.cleared_on - timedelta(days=1) if stay.cleared_on is not None else covered.last
        last = max(last, stay.discharged or stay.admitted)
        first, last = max(stay.admitted, covered.first), min(last, covered.last)
        if first <= last:
            found.append(Absence(AbsenceKind.HOSPITAL, first, last))
    in_hospital = _days_of(found)
    for before, after in itertools.pairwise(days):
        if (after - before).days < SHORT_BREAK_DAYS:
            continue
        first, last = before + timedelta(days=1), after - timedelta(days=1)
        if any(first + timedelta(days=n) in in_hospital for n in range((last - first).days + 1)):
            continue
        found.append(Absence(AbsenceKind.BREAK, first, last))
    return tuple(sorted(found, key=lambda absence: absence.first))
