"""What a progress report reads: one stretch of a person's history, each kind in one query.

Every function takes the period as a half-open range of moments [start, end), so a period of
whole days ends at midnight after its last day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sterkblijven.domain.everyday import SetLine
from sterkblijven.domain.fitness import TestResult
from sterkblijven.domain.session import JointFeeling, PainPlace, StopSignal
from sterkblijven.storage.counting import counts_as_training
from sterkblijven.storage.models import CheckinRow, SessionRow, SetRow, TestResultRow
from sterkblijven.storage.progress import SET_LINE_COLUMNS, result_of, set_line
from sterkblijven.storage.sessions import places_from


@dataclass(frozen=True, slots=True)
class CheckinLine:
    """The next-day answer about the joints, morning stiffness and night pain."""

    day: date
    joints: JointFeeling
    long_morning_stiffness: bool
    places: frozenset[PainPlace]
    night_pain: bool


@dataclass(frozen=True, slots=True)
class StopSignalLine:
    """A kept set during which the person noticed one or more stop signals."""

    moment: datetime
    exercise_id: str
    signals: frozenset[StopSignal]
    pain: int | None


@dataclass(frozen=True, slots=True)
class NoteLine:
    """A note kept with a session."""

    day: date
    text: str


def session_days_between(
    session: Session, trainee_id: int, start: datetime, end: datetime
) -> list[date]:
    """Return the start day of each training (ended with a kept set) in the range, oldest first."""
    rows = session.scalars(
        select(SessionRow.started_at)
        .where(
            SessionRow.trainee_id == trainee_id,
            counts_as_training(),
            SessionRow.started_at >= start,
            SessionRow.started_at < end,
        )
        .order_by(SessionRow.started_at)
    )
    return [started.date() for started in rows]


def sets_between(
    session: Session, trainee_id: int, start: datetime, end: datetime
) -> dict[str, list[SetLine]]:
    """Return every kept set of sessions started in the range, per exercise, oldest first."""
    rows = session.execute(
        select(SetRow.exercise_id, *SET_LINE_COLUMNS)
        .join(SessionRow, SessionRow.id == SetRow.session_id)
        .where(
            SessionRow.trainee_id == trainee_id,
            SessionRow.started_at >= start,
            SessionRow.started_at < end,
            SetRow.undone_at.is_(None),
        )
        .order_by(SessionRow.started_at, SetRow.id)
    )
    grouped: dict[str, list[SetLine]] = {}
    for exercise_id, *line in rows:
        grouped.setdefault(exercise_id, []).append(set_line(line))
    return grouped


def test_results_between(
    session: Session, trainee_id: int, start: datetime, end: datetime
) -> list[TestResult]:
    """Return the functional test results taken in the range, oldest first."""
    rows = session.scalars(
        select(TestResultRow)
        .where(
            TestResultRow.trainee_id == trainee_id,
            TestResultRow.taken_at >= start,
            TestResultRow.taken_at < end,
        )
        .order_by(TestResultRow.taken_at, TestResultRow.id)
    )
    return [result_of(row) for row in rows]


def checkins_between(
    session: Session, trainee_id: int, start: datetime, end: datetime
) -> list[CheckinLine]:
    """Return the next-day answers given in the range, oldest first."""
    rows = session.execute(
        select(
            CheckinRow.answered_at,
            CheckinRow.joints,
            CheckinRow.long_morning_stiffness,
            CheckinRow.places,
            CheckinRow.night_pain,
        )
        .where(
            CheckinRow.trainee_id == trainee_id,
            CheckinRow.answered_at >= start,
            CheckinRow.answered_at < end,
        )
        .order_by(CheckinRow.answered_at, CheckinRow.id)
    )
    return [
        CheckinLine(answered.date(), JointFeeling(joints), bool(stiff), places_from(places), night)
        for answered, joints, stiff, places, night in rows
    ]


def stop_signals_between(
    session: Session, trainee_id: int, start: datetime, end: datetime
) -> list[StopSignalLine]:
    """Return the kept sets of sessions started in the range that reported a stop signal."""
    rows = session.execute(
        select(SetRow.recorded_at, SetRow.exercise_id, SetRow.stop_signals, SetRow.pain)
        .join(SessionRow, SessionRow.id == SetRow.session_id)
        .where(
            SessionRow.trainee_id == trainee_id,
            SessionRow.started_at >= start,
            SessionRow.started_at < end,
            SetRow.undone_at.is_(None),
            SetRow.stop_signals != "",
        )
        .order_by(SetRow.recorded_at, SetRow.id)
    )
    # Stored as comma-separated codes (see sessions.add_set); a code no longer known is left out.
    known = {signal.value: signal for signal in StopSignal}
    found = []
    for recorded, exercise_id, codes, pain in rows:
        signals = frozenset(known[code] for code in codes.split(",") if code in known)
        if signals:
            found.append(StopSignalLine(recorded, exercise_id, signals, pain))
    return found


def session_notes_between(
    session: Session, trainee_id: int, start: datetime, end: datetime
) -> list[NoteLine]:
    """Return the notes of sessions started in the range that have one, oldest first."""
    rows = session.execute(
        select(SessionRow.started_at, SessionRow.note)
        .where(
            SessionRow.trainee_id == trainee_id,
            SessionRow.started_at >= start,
            SessionRow.started_at < end,
            SessionRow.note != "",
        )
        .order_by(SessionRow.started_at, SessionRow.id)
    )
    return [NoteLine(started.date(), note.strip()) for started, note in rows if note.strip()]


def first_record_day(session: Session, trainee_id: int) -> date | None:
    """Return the first day the person started a session or took a test, if ever."""
    firsts = [
        session.scalar(
            select(func.min(SessionRow.started_at)).where(SessionRow.trainee_id == trainee_id)
        ),
        session.scalar(
            select(func.min(TestResultRow.taken_at)).where(TestResultRow.trainee_id == trainee_id)
        ),
    ]
    known = [moment for moment in firsts if moment is not None]
    return min(known).date() if known else None
