"""What a progress report reads: one stretch of a person's history, each kind in one query.

Every function takes the period as a half-open range of moments [start, end), so a period of
whole days ends at midnight after its last day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, joinedload

from sterkblijven.domain.decisions import Status, SuggestionRecord
from sterkblijven.domain.everyday import SetLine
from sterkblijven.domain.fitness import TestResult
from sterkblijven.domain.model import Routine
from sterkblijven.domain.session import PAIN_ACCEPTABLE_MAX, JointFeeling, PainPlace, StopSignal
from sterkblijven.storage import suggestions as suggestion_store
from sterkblijven.storage.counting import counts_as_training
from sterkblijven.storage.models import (
    CheckinRow,
    RoutineExerciseRow,
    RoutineRow,
    SessionRow,
    SetRow,
    SuggestionRow,
    TestResultRow,
)
from sterkblijven.storage.progress import SET_LINE_COLUMNS, result_of, set_line
from sterkblijven.storage.repositories import load_routine
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
    """A kept set that stopped its exercise: a stop signal noticed, or pain above 5."""

    moment: datetime
    exercise_id: str
    signals: frozenset[StopSignal]
    pain: int | None
    place: PainPlace | None = None  # where it hurt, when the person said


@dataclass(frozen=True, slots=True)
class RoutineVersion:
    """A version of the plan and the moment it came into force."""

    since: datetime
    routine: Routine


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


def paper_sessions_between(
    session: Session, trainee_id: int, start: datetime, end: datetime
) -> int:
    """Return how many trainings in the range were done on the paper card, entered afterwards."""
    count = session.scalar(
        select(func.count())
        .select_from(SessionRow)
        .where(
            SessionRow.trainee_id == trainee_id,
            counts_as_training(),
            SessionRow.from_paper.is_(True),
            SessionRow.started_at >= start,
            SessionRow.started_at < end,
        )
    )
    return int(count or 0)


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
    """Return the kept sets of sessions started in the range that stopped their exercise.

    A set stops its exercise with a stop signal, or with pain above 5 (see session.must_stop).
    """
    rows = session.execute(
        select(
            SetRow.recorded_at,
            SetRow.exercise_id,
            SetRow.stop_signals,
            SetRow.pain,
            SetRow.pain_location,
        )
        .join(SessionRow, SessionRow.id == SetRow.session_id)
        .where(
            SessionRow.trainee_id == trainee_id,
            SessionRow.started_at >= start,
            SessionRow.started_at < end,
            SetRow.undone_at.is_(None),
            or_(SetRow.stop_signals != "", SetRow.pain > PAIN_ACCEPTABLE_MAX),
        )
        .order_by(SetRow.recorded_at, SetRow.id)
    )
    # Stored as comma-separated codes (see sessions.add_set); a code no longer known is left out.
    known = {signal.value: signal for signal in StopSignal}
    places = {place.value: place for place in PainPlace}
    found = []
    for recorded, exercise_id, codes, pain, location in rows:
        signals = frozenset(known[code] for code in codes.split(",") if code in known)
        if signals or (pain is not None and pain > PAIN_ACCEPTABLE_MAX):
            place = places.get(location) if location else None
            found.append(StopSignalLine(recorded, exercise_id, signals, pain, place))
    return found


def routines_between(
    session: Session, trainee_id: int, start: datetime, end: datetime
) -> list[RoutineVersion]:
    """Return the plan in force at ``start`` and each version made before ``end``, oldest first."""
    opening = session.scalar(
        select(func.max(RoutineRow.created_at)).where(
            RoutineRow.trainee_id == trainee_id, RoutineRow.created_at <= start
        )
    )
    since = opening if opening is not None else start
    rows = (
        session.scalars(
            select(RoutineRow)
            .where(
                RoutineRow.trainee_id == trainee_id,
                RoutineRow.created_at >= since,
                RoutineRow.created_at < end,
            )
            .options(joinedload(RoutineRow.exercises).joinedload(RoutineExerciseRow.band))
            .order_by(RoutineRow.created_at, RoutineRow.id)
        )
        .unique()
        .all()
    )
    return [RoutineVersion(row.created_at, load_routine(row)) for row in rows]


def decisions_between(
    session: Session, trainee_id: int, start: datetime, end: datetime
) -> list[SuggestionRecord]:
    """Return the suggestions someone decided on in the range, oldest decision first."""
    decided = (Status.ACCEPTED.value, Status.CHANGED.value, Status.REJECTED.value)
    ids = session.scalars(
        select(SuggestionRow.id)
        .where(
            SuggestionRow.trainee_id == trainee_id,
            SuggestionRow.status.in_(decided),
            SuggestionRow.decided_at >= start,
            SuggestionRow.decided_at < end,
        )
        .order_by(SuggestionRow.decided_at, SuggestionRow.id)
    ).all()
    return [suggestion_store.get(session, suggestion_id) for suggestion_id in ids]


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


def pain_places_between(
    session: Session, trainee_id: int, start: datetime, end: datetime
) -> dict[PainPlace, int]:
    """Return how many kept sets with pain named each place, in sessions started in the range."""
    rows = session.execute(
        select(SetRow.pain_location, func.count(SetRow.id))
        .join(SessionRow, SessionRow.id == SetRow.session_id)
        .where(
            SessionRow.trainee_id == trainee_id,
            SessionRow.started_at >= start,
            SessionRow.started_at < end,
            SetRow.undone_at.is_(None),
            SetRow.pain_location.is_not(None),
        )
        .group_by(SetRow.pain_location)
    )
    places = {place.value: place for place in PainPlace}
    return {places[code]: count for code, count in rows if code in places}
