"""Functional test results, and the history the progress screen draws, read in few queries."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sterkblijven.domain.everyday import SetLine
from sterkblijven.domain.fitness import TestResult
from sterkblijven.storage.counting import counts_as_training
from sterkblijven.storage.models import SessionRow, SetRow, TestResultRow


def add_test_result(session: Session, trainee_id: int, result: TestResult) -> TestResult:
    """Store a confirmed test result and return it with its id."""
    row = TestResultRow(
        trainee_id=trainee_id,
        test_id=result.test_id,
        value=result.value,
        taken_at=result.taken_at,
        note=result.note,
        used_arms=result.used_arms,
        dumbbell_kg=result.dumbbell_kg,
    )
    session.add(row)
    session.flush()
    return result_of(row)


def test_results(session: Session, trainee_id: int, test_id: str | None = None) -> list[TestResult]:
    """Return a trainee's test results, oldest first, of one test or of all."""
    query = select(TestResultRow).where(TestResultRow.trainee_id == trainee_id)
    if test_id is not None:
        query = query.where(TestResultRow.test_id == test_id)
    rows = session.scalars(query.order_by(TestResultRow.taken_at, TestResultRow.id))
    return [result_of(row) for row in rows]


def latest_results(session: Session, trainee_id: int) -> dict[str, list[TestResult]]:
    """Return every result per test, oldest first, in one query."""
    grouped: dict[str, list[TestResult]] = {}
    for result in test_results(session, trainee_id):
        grouped.setdefault(result.test_id, []).append(result)
    return grouped


def last_test_taken(session: Session, trainee_id: int) -> datetime | None:
    """Return when the trainee last did any functional test."""
    return session.scalar(
        select(func.max(TestResultRow.taken_at)).where(TestResultRow.trainee_id == trainee_id)
    )


def result_of(row: TestResultRow) -> TestResult:
    """Return a stored result as the domain's TestResult."""
    return TestResult(
        row.test_id, row.value, row.taken_at, row.note, row.used_arms, row.id, row.dumbbell_kg
    )


def session_days(session: Session, trainee_id: int, since: datetime | None = None) -> list[date]:
    """Return the start day of each training (a session ended with a kept set), oldest first."""
    query = select(SessionRow.started_at).where(
        SessionRow.trainee_id == trainee_id, counts_as_training()
    )
    if since is not None:
        query = query.where(SessionRow.started_at >= since)
    return [started.date() for started in session.scalars(query.order_by(SessionRow.started_at))]


@dataclass(frozen=True, slots=True)
class TrainedExercise:
    """An exercise that has sets in the history."""

    exercise_id: str
    equipment: str  # one of the kinds used; the sets themselves say which came last
    sessions: int
    last_day: date


def trained_exercises(
    session: Session, trainee_id: int, since: datetime | None = None
) -> list[TrainedExercise]:
    """Return each exercise with recorded sets (since a moment), the most recently trained first."""
    query = (
        select(
            SetRow.exercise_id,
            func.max(SetRow.equipment),
            func.count(func.distinct(SetRow.session_id)),
            func.max(SessionRow.started_at),
        )
        .join(SessionRow, SessionRow.id == SetRow.session_id)
        .where(SessionRow.trainee_id == trainee_id, SetRow.undone_at.is_(None))
        .group_by(SetRow.exercise_id)
        .order_by(func.max(SessionRow.started_at).desc(), SetRow.exercise_id)
    )
    if since is not None:
        query = query.where(SessionRow.started_at >= since)
    rows = session.execute(query)
    return [
        TrainedExercise(exercise_id, equipment, count, last.date())
        for exercise_id, equipment, count, last in rows
    ]


# What a SetLine is read from, in the order of its fields.
SET_LINE_COLUMNS = (
    SetRow.session_id,
    SessionRow.started_at,
    SetRow.reps,
    SetRow.equipment,
    SetRow.load_kg,
    SetRow.band_colour,
    SetRow.band_label,
    SetRow.band_doubled,
)


def set_line(row: Sequence[Any]) -> SetLine:
    """Return the set of a row of SET_LINE_COLUMNS."""
    session_id, started, reps, equipment, kg, colour, label, doubled = row
    return SetLine(session_id, started.date(), reps, equipment, kg, colour, label, bool(doubled))


def exercise_sets(
    session: Session, trainee_id: int, exercise_id: str, since: datetime | None = None
) -> list[SetLine]:
    """Return every kept set of one exercise (since a moment), oldest first."""
    query = (
        select(*SET_LINE_COLUMNS)
        .join(SessionRow, SessionRow.id == SetRow.session_id)
        .where(
            SessionRow.trainee_id == trainee_id,
            SetRow.exercise_id == exercise_id,
            SetRow.undone_at.is_(None),
        )
        .order_by(SessionRow.started_at, SetRow.id)
    )
    if since is not None:
        query = query.where(SessionRow.started_at >= since)
    return [set_line(row) for row in session.execute(query)]


def pain_per_session(
    session: Session,
    trainee_id: int,
    start: datetime | None = None,
    end: datetime | None = None,
) -> list[tuple[date, int]]:
    """Return the highest pain of each session (started in the range) with a pain answer."""
    query = (
        select(func.min(SessionRow.started_at), func.max(SetRow.pain))
        .join(SessionRow, SessionRow.id == SetRow.session_id)
        .where(
            SessionRow.trainee_id == trainee_id,
            SetRow.undone_at.is_(None),
            SetRow.pain.is_not(None),
        )
        .group_by(SetRow.session_id)
        .order_by(func.min(SessionRow.started_at))
    )
    if start is not None:
        query = query.where(SessionRow.started_at >= start)
    if end is not None:
        query = query.where(SessionRow.started_at < end)
    rows = session.execute(query)
    return [(started.date(), pain) for started, pain in rows if pain is not None]


def has_pain(session: Session, trainee_id: int) -> bool:
    """Return True when any kept set of the trainee has a pain answer."""
    found = session.scalar(
        select(SetRow.id)
        .join(SessionRow, SessionRow.id == SetRow.session_id)
        .where(
            SessionRow.trainee_id == trainee_id,
            SetRow.undone_at.is_(None),
            SetRow.pain.is_not(None),
        )
        .limit(1)
    )
    return found is not None
