"""What home reads that would otherwise cost more with every year: few statements, indexed."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, joinedload

from sterkblijven.domain.fitness import TestResult
from sterkblijven.domain.model import ReadinessCheck, Routine
from sterkblijven.storage.counting import counts_as_training
from sterkblijven.storage.models import (
    HospitalStayRow,
    ReadinessRow,
    RoutineExerciseRow,
    RoutineRow,
    SessionRow,
    TestResultRow,
)
from sterkblijven.storage.progress import result_of
from sterkblijven.storage.repositories import load_routine, readiness_of


def sessions_this_week(
    session: Session, trainee_ids: Collection[int], monday: datetime, today: datetime
) -> dict[int, tuple[int, int]]:
    """Return per person the trainings started since Monday and since today (see counting).

    People without a training this week are left out.
    """
    today_count = func.sum(case((SessionRow.started_at >= today, 1), else_=0))
    rows = session.execute(
        select(SessionRow.trainee_id, func.count(SessionRow.id), today_count)
        .where(
            SessionRow.trainee_id.in_(trainee_ids),
            SessionRow.started_at >= monday,
            counts_as_training(),
        )
        .group_by(SessionRow.trainee_id)
    )
    return {trainee_id: (week, today_done or 0) for trainee_id, week, today_done in rows}


def active_routines(session: Session, trainee_ids: Collection[int]) -> dict[int, Routine]:
    """Return the routine each person follows now; people without one are left out."""
    rows = (
        session.scalars(
            select(RoutineRow)
            .where(RoutineRow.trainee_id.in_(trainee_ids), RoutineRow.active)
            .options(joinedload(RoutineRow.exercises).joinedload(RoutineExerciseRow.band))
            .order_by(RoutineRow.created_at.desc(), RoutineRow.id.desc())
        )
        .unique()
        .all()
    )
    found: dict[int, Routine] = {}
    for row in rows:  # newest first: the first of each person is the one in force
        if row.trainee_id not in found:
            found[row.trainee_id] = load_routine(row)
    return found


def latest_readiness(session: Session, trainee_ids: Collection[int]) -> dict[int, ReadinessCheck]:
    """Return each person's newest health-check answer; people never asked are left out."""
    newest = (
        func.row_number()
        .over(
            partition_by=ReadinessRow.trainee_id,
            order_by=(ReadinessRow.answered_at.desc(), ReadinessRow.id.desc()),
        )
        .label("newest")
    )
    ranked = (
        select(ReadinessRow.id, newest).where(ReadinessRow.trainee_id.in_(trainee_ids)).subquery()
    )
    rows = session.scalars(
        select(ReadinessRow)
        .join(ranked, ranked.c.id == ReadinessRow.id)
        .where(ranked.c.newest == 1)
    )
    return {row.trainee_id: readiness_of(row) for row in rows}


def waiting_for_clearance(session: Session, trainee_ids: Collection[int]) -> set[int]:
    """Return who has a hospital stay still waiting for the word that training may start."""
    rows = session.scalars(
        select(HospitalStayRow.trainee_id)
        .where(HospitalStayRow.trainee_id.in_(trainee_ids), HospitalStayRow.cleared_at.is_(None))
        .distinct()
    )
    return set(rows)


def results_of_tests_done_since(
    session: Session, trainee_id: int, since: datetime
) -> dict[str, list[TestResult]]:
    """Return every result, oldest first, of each test done at or after ``since``.

    Tests last done before then are left out, and so are their results: home tells only what
    changed lately, and a chart of such a test is read when it is opened.
    """
    recent = session.scalars(
        select(TestResultRow.test_id)
        .where(TestResultRow.trainee_id == trainee_id, TestResultRow.taken_at >= since)
        .distinct()
    ).all()
    if not recent:
        return {}
    # Named one by one, each test's results are found through its own index entries instead
    # of every result of the person being read and sorted out.
    rows = session.scalars(
        select(TestResultRow)
        .where(TestResultRow.trainee_id == trainee_id, TestResultRow.test_id.in_(recent))
        # Test by test, in the index's own order: each test's results oldest first.
        .order_by(TestResultRow.test_id, TestResultRow.taken_at, TestResultRow.id)
    )
    grouped: dict[str, list[TestResult]] = {}
    for row in rows:
        grouped.setdefault(row.test_id, []).append(result_of(row))
    return grouped


def tests_done(session: Session, trainee_id: int) -> set[str]:
    """Return which functional tests the person ever did, read from the index alone."""
    return set(
        session.scalars(
            select(TestResultRow.test_id).where(TestResultRow.trainee_id == trainee_id).distinct()
        )
    )
