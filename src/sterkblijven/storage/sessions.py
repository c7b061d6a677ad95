"""Repository functions for sessions, sets, skips and check-ins."""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Sequence
from datetime import UTC, datetime

from sqlalchemy import delete, exists, func, literal, select, update
from sqlalchemy.orm import Session, joinedload

from sterkblijven.domain.checkin import CheckinAnswer
from sterkblijven.domain.model import Band, BandColour, EquipmentKind, Load
from sterkblijven.domain.session import (
    Effort,
    ExerciseProgress,
    JointFeeling,
    PainPlace,
    SessionState,
    SessionStatus,
    SetRecord,
    SkipReason,
    StopSignal,
)
from sterkblijven.storage.counting import counts_as_training
from sterkblijven.storage.models import (
    CheckinRow,
    RoutineExerciseRow,
    RoutineRow,
    SessionRow,
    SetRow,
    SkipRow,
    TraineeRow,
)
from sterkblijven.storage.repositories import NotFound, load_routine
from sterkblijven.storage.types import UtcDateTime
from sterkblijven.storage.versions import rowcount


def start_session(session: Session, trainee_id: int, routine_id: int, now: datetime) -> int:
    """Create a session following a routine and return its id."""
    row = SessionRow(
        trainee_id=trainee_id,
        routine_id=routine_id,
        started_at=now,
        status=SessionStatus.IN_PROGRESS.value,
    )
    session.add(row)
    session.flush()
    return row.id


def running_session_id(session: Session, trainee_id: int) -> int | None:
    """Return the newest session of a trainee that is still in progress."""
    return session.scalars(
        select(SessionRow.id)
        .where(
            SessionRow.trainee_id == trainee_id,
            SessionRow.status == SessionStatus.IN_PROGRESS.value,
        )
        .order_by(SessionRow.started_at.desc(), SessionRow.id.desc())
        .limit(1)
    ).first()


def load_session(session: Session, session_id: int, *, beginner: bool = False) -> SessionState:
    """Return a session with its routine, confirmed sets, undone sets and skips."""
    row = session.get(SessionRow, session_id)
    if row is None or row.routine_id is None:
        raise NotFound(f"session {session_id}")
    # The routine with its exercises and their bands in one statement, not one per band.
    routine_row = session.get(
        RoutineRow,
        row.routine_id,
        options=[joinedload(RoutineRow.exercises).joinedload(RoutineExerciseRow.band)],
    )
    if routine_row is None:
        raise NotFound(f"routine of session {session_id}")
    routine = load_routine(routine_row)
    set_rows = session.scalars(
        select(SetRow).where(SetRow.session_id == session_id).order_by(SetRow.id)
    ).all()
    skips = {
        skip.position: SkipReason(skip.reason)
        for skip in session.scalars(select(SkipRow).where(SkipRow.session_id == session_id))
    }
    exercise_ids = [item.exercise_id for item in routine.exercises]
    exercises = []
    for position, item in enumerate(routine.exercises):
        confirmed = tuple(
            _record(set_row)
            for set_row in set_rows
            if set_row.undone_at is None and _position_of(set_row, exercise_ids) == position
        )
        exercises.append(ExerciseProgress(position, item, confirmed, skips.get(position)))
    return SessionState(
        id=row.id,
        trainee_id=row.trainee_id,
        started_at=row.started_at,
        status=SessionStatus(row.status),
        warmup_done=row.warmup_done_at is not None,
        cooldown_done=row.cooldown_done_at is not None,
        exercises=tuple(exercises),
        beginner=beginner,
        finished_at=row.finished_at,
        undone=tuple(_record(r) for r in set_rows if r.undone_at is not None),
    )


def _position_of(row: SetRow, exercise_ids: list[str]) -> int | None:
    if row.position is not None:
        return row.position
    return exercise_ids.index(row.exercise_id) if row.exercise_id in exercise_ids else None


def add_set(session: Session, session_id: int, position: int, record: SetRecord) -> int:
    """Store one confirmed set with a copy of its load; return its id."""
    return stored_set(session, session_id, position, record).id or 0


def stored_set(session: Session, session_id: int, position: int, record: SetRecord) -> SetRecord:
    """Store one confirmed set with a copy of its load; return it as a reload would read it.

    The load keeps what a set row keeps (a band's colour and label, not its place on the
    ladder) and the moment is the one the database gives back, so that a session built from
    what it held plus this set equals the session read again.
    """
    band = record.load.band
    row = SetRow(
        session_id=session_id,
        position=position,
        exercise_id=record.exercise_id,
        set_number=record.set_number,
        equipment=record.load.kind.value,
        load_kg=record.load.kg,
        band_colour=None if band is None else band.colour.value,
        band_label=None if band is None else band.label,
        band_doubled=record.load.band_doubled,
        reps=record.reps,
        reached_failure=record.reached_failure,
        effort=None if record.effort is None else int(record.effort),
        pain=record.pain,
        pain_location=None if record.pain_place is None else record.pain_place.value,
        stop_signals=",".join(sorted(signal.value for signal in record.stop_signals)),
        recorded_at=record.recorded_at,
    )
    session.add(row)
    session.flush()
    stored = _record(row)
    # Through UTC and back, as UtcDateTime stores and reads it.
    local = stored.recorded_at.astimezone(UTC).astimezone().replace(tzinfo=None)
    return dataclasses.replace(stored, recorded_at=local)


def undo_last_set(session: Session, session_id: int, now: datetime) -> SetRecord | None:
    """Mark the newest confirmed set of a session as undone; return it, or None."""
    row = session.scalars(
        select(SetRow)
        .where(SetRow.session_id == session_id, SetRow.undone_at.is_(None))
        .order_by(SetRow.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    # Marked only if no one marked it meanwhile (the same session open on a second computer):
    # a set is undone once, at the time it first was.
    marked = session.execute(
        update(SetRow)
        .where(SetRow.id == row.id, SetRow.undone_at.is_(None))
        .values(undone_at=now)
        .execution_options(synchronize_session=False)
    )
    session.refresh(row)
    return _record(row) if rowcount(marked) == 1 else None


def skipped_since(
    session: Session,
    session_id: int,
    moment: datetime,
    besides: Collection[SkipReason] = (),
) -> bool:
    """Return True when an exercise of the session was skipped at or after ``moment``.

    Skips for one of the reasons in ``besides`` are not looked at.
    """
    count = session.scalar(
        select(func.count(SkipRow.id)).where(
            SkipRow.session_id == session_id,
            SkipRow.recorded_at >= moment,
            SkipRow.reason.not_in([reason.value for reason in besides]),
        )
    )
    return bool(count)


def remove_skips_since(
    session: Session, session_id: int, moment: datetime, reasons: Collection[SkipReason]
) -> None:
    """Remove the skips for one of ``reasons`` recorded at or after ``moment``.

    Only for skips that follow from a set (the rest for the day after a pain event): when that
    set is undone, they no longer hold; the set itself stays, marked as undone.
    """
    session.execute(
        delete(SkipRow).where(
            SkipRow.session_id == session_id,
            SkipRow.recorded_at >= moment,
            SkipRow.reason.in_([reason.value for reason in reasons]),
        )
    )


def add_skip(
    session: Session,
    session_id: int,
    position: int,
    exercise_id: str,
    reason: SkipReason,
    now: datetime,
) -> None:
    """Record that an exercise was skipped in a session."""
    session.add(
        SkipRow(
            session_id=session_id,
            position=position,
            exercise_id=exercise_id,
            reason=reason.value,
            recorded_at=now,
        )
    )


def mark_phase_done(session: Session, session_id: int, phase: str, now: datetime) -> None:
    """Record that the warm-up or the cool-down of a session is done (the first time counts)."""
    row = _row(session, session_id)
    columns = {"warmup": SessionRow.warmup_done_at, "cooldown": SessionRow.cooldown_done_at}
    if phase not in columns:
        raise ValueError(phase)
    # In the database, only where still empty: a second computer never moves the time.
    session.execute(
        update(SessionRow)
        .where(SessionRow.id == row.id, columns[phase].is_(None))
        .values({columns[phase]: now})
        .execution_options(synchronize_session=False)
    )
    session.refresh(row)


def set_status(session: Session, session_id: int, status: SessionStatus, now: datetime) -> bool:
    """End a running session with this status and its end time; return True if it ended now.

    A session ends once: one already ended (finished on another computer, or closed there)
    keeps its status and end time, and False says so. On a server the second ending waits for
    the first's row lock, then finds the session no longer running.
    """
    if status is SessionStatus.IN_PROGRESS:
        raise ValueError("a session is never started again")
    row = _row(session, session_id)
    ended = session.execute(
        update(SessionRow)
        .where(SessionRow.id == row.id, SessionRow.status == SessionStatus.IN_PROGRESS.value)
        .values(
            status=status.value,
            # Typed as the column is, so the moment is stored in UTC as every other one.
            finished_at=func.coalesce(SessionRow.finished_at, literal(now, UtcDateTime())),
        )
        .execution_options(synchronize_session=False)
    )
    session.refresh(row)
    return rowcount(ended) == 1


def _row(session: Session, session_id: int) -> SessionRow:
    row = session.get(SessionRow, session_id)
    if row is None:
        raise NotFound(f"session {session_id}")
    return row


def count_done_sessions(session: Session, trainee_id: int, at_most: int | None = None) -> int:
    """Return how many trainings a trainee did: sessions ended with at least one kept set.

    With ``at_most``, counting stops there: enough to tell a beginner, without reading years.
    """
    found = select(SessionRow.id).where(SessionRow.trainee_id == trainee_id, counts_as_training())
    if at_most is not None:
        found = found.limit(at_most)
    return session.scalar(select(func.count()).select_from(found.subquery())) or 0


def trained_exercise_ids(session: Session, trainee_id: int) -> list[str]:
    """Return each exercise with a kept set, the most recently trained first.

    Read from the indexes on sessions and sets alone, without the sets' rows themselves.
    """
    last = func.max(SessionRow.started_at)
    rows = session.execute(
        select(SetRow.exercise_id, last)
        .join(SetRow, SetRow.session_id == SessionRow.id)
        .where(SessionRow.trainee_id == trainee_id, SetRow.undone_at.is_(None))
        .group_by(SetRow.exercise_id)
        .order_by(last.desc(), SetRow.exercise_id)
    )
    return [exercise_id for exercise_id, _last in rows]


def previous_sets(
    session: Session, trainee_id: int, exercise_id: str, before_session: int
) -> list[SetRecord]:
    """Return the sets of an exercise from the latest earlier session that has any."""
    latest = session.scalars(
        select(SetRow.session_id)
        .join(SessionRow, SessionRow.id == SetRow.session_id)
        .where(
            SessionRow.trainee_id == trainee_id,
            SessionRow.id != before_session,
            SetRow.exercise_id == exercise_id,
            SetRow.undone_at.is_(None),
        )
        .order_by(SessionRow.started_at.desc(), SessionRow.id.desc())
        .limit(1)
    ).first()
    if latest is None:
        return []
    rows = session.scalars(
        select(SetRow)
        .where(
            SetRow.session_id == latest,
            SetRow.exercise_id == exercise_id,
            SetRow.undone_at.is_(None),
        )
        .order_by(SetRow.id)
    )
    return [_record(row) for row in rows]


def add_checkin(
    session: Session,
    trainee_id: int,
    session_id: int,
    joints: JointFeeling,
    long_morning_stiffness: bool,
    now: datetime,
    *,
    night_pain: bool = False,
    places: frozenset[PainPlace] = frozenset(),
) -> None:
    """Store the next-day answer about a session."""
    session.add(
        CheckinRow(
            trainee_id=trainee_id,
            session_id=session_id,
            answered_at=now,
            joints=joints.value,
            long_morning_stiffness=long_morning_stiffness,
            places=places_text(places),
            night_pain=night_pain,
        )
    )


def places_text(places: frozenset[PainPlace]) -> str:
    """Return places as stored: their codes, sorted, comma-separated."""
    return ",".join(sorted(place.value for place in places))


def places_from(text: str) -> frozenset[PainPlace]:
    """Return the places stored as text, leaving out codes this version does not know."""
    known = {place.value for place in PainPlace}
    return frozenset(PainPlace(code) for code in text.split(",") if code in known)


def checkin_answered(session: Session, session_id: int) -> bool:
    """Return True when the next-day questions about a session were answered."""
    count = session.scalar(
        select(func.count(CheckinRow.id)).where(CheckinRow.session_id == session_id)
    )
    return bool(count)


def checkins_since(session: Session, trainee_id: int, since: datetime) -> list[CheckinAnswer]:
    """Return the trainee's next-day answers given at or after ``since``, oldest first."""
    rows = session.scalars(
        select(CheckinRow)
        .where(CheckinRow.trainee_id == trainee_id, CheckinRow.answered_at >= since)
        .order_by(CheckinRow.answered_at, CheckinRow.id)
    )
    return [
        CheckinAnswer(
            JointFeeling(row.joints),
            row.long_morning_stiffness,
            row.night_pain,
            places_from(row.places),
        )
        for row in rows
    ]


def session_awaiting_checkin(session: Session, trainee_id: int, before: datetime) -> int | None:
    """Return the latest training, ended before ``before``, that has no check-in yet.

    A session in which nothing was done is no training: there is nothing to ask about.
    """
    answered = exists().where(CheckinRow.session_id == SessionRow.id)
    latest = session.execute(
        select(SessionRow.id, SessionRow.finished_at, answered)
        .where(SessionRow.trainee_id == trainee_id, counts_as_training())
        .order_by(SessionRow.started_at.desc(), SessionRow.id.desc())
        .limit(1)
    ).first()
    if latest is None:
        return None
    session_id, finished_at, was_answered = latest
    if finished_at is None or finished_at >= before:
        return None
    return None if was_answered else session_id


def _record(row: SetRow) -> SetRecord:
    kind = EquipmentKind(row.equipment)
    band = None
    if row.band_colour is not None:
        band = Band(colour=BandColour(row.band_colour), position=-1, label=row.band_label or "")
    return SetRecord(
        exercise_id=row.exercise_id,
        set_number=row.set_number,
        load=Load(kind, kg=row.load_kg, band=band, band_doubled=row.band_doubled),
        reps=row.reps,
        reached_failure=row.reached_failure,
        effort=None if row.effort is None else _effort(row.effort),
        pain=row.pain,
        pain_place=None if row.pain_location is None else PainPlace(row.pain_location),
        stop_signals=frozenset(StopSignal(code) for code in row.stop_signals.split(",") if code),
        recorded_at=row.recorded_at,
        id=row.id,
    )


def _effort(value: int) -> Effort:
    # The nearest of the five words, for values stored on the full 0-10 scale.
    return min(Effort, key=lambda effort: abs(int(effort) - value))


def earlier_loads(
    session: Session, trainee_id: int, exercise_id: str, before_session: int, limit: int
) -> list[Load]:
    """Return the load of an exercise in each earlier session that has sets of it, newest first.

    At most ``limit`` sessions are looked at; each gives the load of its first set that counts.
    """
    started = session.scalar(select(SessionRow.started_at).where(SessionRow.id == before_session))
    if started is None:
        return []
    latest = (
        select(SetRow.session_id)
        .join(SessionRow, SessionRow.id == SetRow.session_id)
        .where(
            SessionRow.trainee_id == trainee_id,
            SessionRow.id != before_session,
            SessionRow.started_at <= started,
            SetRow.exercise_id == exercise_id,
            SetRow.undone_at.is_(None),
        )
        .group_by(SetRow.session_id, SessionRow.started_at)
        .order_by(SessionRow.started_at.desc(), SetRow.session_id.desc())
        .limit(limit)
    )
    chosen = list(session.scalars(latest))
    first: dict[int, Load] = {}
    for row in session.scalars(
        select(SetRow)
        .where(
            SetRow.session_id.in_(chosen),
            SetRow.exercise_id == exercise_id,
            SetRow.undone_at.is_(None),
        )
        .order_by(SetRow.id)
    ):
        first.setdefault(row.session_id, _record(row).load)
    return [first[session_id] for session_id in chosen]


# --- Sessions done on paper -----------------------------------------------------------------


def add_paper_session(
    session: Session,
    trainee_id: int,
    routine_id: int,
    moment: datetime,
    sets: Sequence[tuple[int, SetRecord]],
    not_done: Sequence[tuple[int, str]],
) -> int:
    """Store a session done on paper as finished at ``moment``; return its id.

    ``sets`` are the positions and sets written on the card; ``not_done`` the positions and
    exercises marked as not done, kept as skips chosen by the person.
    """
    row = SessionRow(
        trainee_id=trainee_id,
        routine_id=routine_id,
        started_at=moment,
        finished_at=moment,
        status=SessionStatus.FINISHED.value,
        warmup_done_at=moment,
        cooldown_done_at=moment,
        from_paper=True,
    )
    session.add(row)
    session.flush()
    for position, record in sets:
        stored_set(session, row.id, position, record)
    for position, exercise_id in not_done:
        add_skip(session, row.id, position, exercise_id, SkipReason.CHOSEN, moment)
    session.flush()
    return row.id


def trainings_between(session: Session, trainee_id: int, first: datetime, last: datetime) -> int:
    """Return how many trainings of a trainee started at or after ``first`` and before ``last``."""
    return (
        session.scalar(
            select(func.count(SessionRow.id)).where(
                SessionRow.trainee_id == trainee_id,
                SessionRow.started_at >= first,
                SessionRow.started_at < last,
                counts_as_training(),
            )
        )
        or 0
    )


def trainings_since(session: Session, trainee_id: int, first: datetime) -> int:
    """Return how many trainings of a trainee started at or after ``first``, up to now and on."""
    return (
        session.scalar(
            select(func.count(SessionRow.id)).where(
                SessionRow.trainee_id == trainee_id,
                SessionRow.started_at >= first,
                counts_as_training(),
            )
        )
        or 0
    )


def trainee_since(session: Session, trainee_id: int) -> datetime:
    """Return when a trainee was added: no training is entered for a day before it."""
    created = session.scalar(select(TraineeRow.created_at).where(TraineeRow.id == trainee_id))
    if created is None:
        raise NotFound(f"trainee {trainee_id}")
    return created


def is_from_paper(session: Session, session_id: int) -> bool:
    """Return True for a session done on paper and entered afterwards."""
    return bool(session.scalar(select(SessionRow.from_paper).where(SessionRow.id == session_id)))


def routine_note(session: Session, session_id: int) -> str:
    """Return the note on the routine a session follows; empty when it has none."""
    note = session.scalar(
        select(RoutineRow.note)
        .join(SessionRow, SessionRow.routine_id == RoutineRow.id)
        .where(SessionRow.id == session_id)
    )
    return note or ""
