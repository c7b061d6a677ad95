"""Hospital stays and movement precautions, read and written in domain terms."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload

from sterkblijven.domain.hospital import ClearedBy, HospitalStay, StayReason
from sterkblijven.domain.model import Routine
from sterkblijven.domain.precautions import ActivePrecaution
from sterkblijven.storage.models import (
    HospitalStayRow,
    PrecautionRow,
    RoutineExerciseRow,
    RoutineRow,
)
from sterkblijven.storage.repositories import NotFound, load_routine
from sterkblijven.storage.versions import rowcount

# Hospital stays


def add_stay(session: Session, trainee_id: int, stay: HospitalStay) -> HospitalStay:
    """Store a hospital stay and return it with its id."""
    row = HospitalStayRow(
        trainee_id=trainee_id,
        admitted=stay.admitted,
        discharged=stay.discharged,
        reason=stay.reason.value,
        recorded_at=stay.recorded_at,
        cleared_at=stay.cleared_on,
        cleared_by=None if stay.cleared_by is None else stay.cleared_by.value,
    )
    session.add(row)
    session.flush()
    return _stay(row)


def stays(session: Session, trainee_id: int) -> list[HospitalStay]:
    """Return a trainee's hospital stays, newest first."""
    rows = session.scalars(
        select(HospitalStayRow)
        .where(HospitalStayRow.trainee_id == trainee_id)
        .order_by(HospitalStayRow.recorded_at.desc(), HospitalStayRow.id.desc())
    )
    return [_stay(row) for row in rows]


def stay_waiting(session: Session, trainee_id: int) -> HospitalStay | None:
    """Return the newest stay still waiting for clearance, if any."""
    row = session.scalars(
        select(HospitalStayRow)
        .where(HospitalStayRow.trainee_id == trainee_id, HospitalStayRow.cleared_at.is_(None))
        .order_by(HospitalStayRow.recorded_at.desc(), HospitalStayRow.id.desc())
        .limit(1)
    ).first()
    return None if row is None else _stay(row)


def get_stay(session: Session, trainee_id: int, stay_id: int) -> HospitalStay:
    """Return one stay of this trainee, or raise NotFound."""
    return _stay(_stay_row(session, trainee_id, stay_id))


def set_discharged(session: Session, trainee_id: int, stay_id: int, day: date) -> HospitalStay:
    """Record the day a trainee came home from a stay."""
    row = _stay_row(session, trainee_id, stay_id)
    row.discharged = day
    return _stay(row)


def clear_stays(session: Session, trainee_id: int, on: date, by: ClearedBy) -> list[HospitalStay]:
    """Record that training may start again after every stay still waiting; return them."""
    rows = session.scalars(
        select(HospitalStayRow).where(
            HospitalStayRow.trainee_id == trainee_id, HospitalStayRow.cleared_at.is_(None)
        )
    ).all()
    cleared = []
    for row in rows:
        # Only where still waiting: a clearance recorded meanwhile on another computer keeps
        # its day and who gave it.
        result = session.execute(
            update(HospitalStayRow)
            .where(HospitalStayRow.id == row.id, HospitalStayRow.cleared_at.is_(None))
            .values(cleared_at=on, cleared_by=by.value)
            .execution_options(synchronize_session=False)
        )
        session.refresh(row)
        if rowcount(result) == 1:
            cleared.append(_stay(row))
    return cleared


def _stay_row(session: Session, trainee_id: int, stay_id: int) -> HospitalStayRow:
    row = session.get(HospitalStayRow, stay_id)
    if row is None or row.trainee_id != trainee_id:
        raise NotFound(f"hospital stay {stay_id}")
    return row


def _stay(row: HospitalStayRow) -> HospitalStay:
    return HospitalStay(
        admitted=row.admitted,
        discharged=row.discharged,
        reason=_reason(row.reason),
        recorded_at=row.recorded_at,
        cleared_on=row.cleared_at,
        cleared_by=None if row.cleared_by is None else _cleared_by(row.cleared_by),
        id=row.id,
    )


def _reason(value: str) -> StayReason:
    try:
        return StayReason(value)
    except ValueError:  # written by a newer version of the app: still a stay
        return StayReason.OTHER


def _cleared_by(value: str) -> ClearedBy:
    try:
        return ClearedBy(value)
    except ValueError:
        return ClearedBy.NOT_RECORDED


# Movement precautions


def add_precaution(session: Session, trainee_id: int, code: str, now: datetime) -> None:
    """Start a precaution for a trainee."""
    session.add(PrecautionRow(trainee_id=trainee_id, code=code, started_at=now))


def precautions(session: Session, trainee_id: int, *, active_only: bool) -> list[ActivePrecaution]:
    """Return a trainee's precautions, oldest first: the active ones, or every one."""
    query = select(PrecautionRow).where(PrecautionRow.trainee_id == trainee_id)
    if active_only:
        query = query.where(PrecautionRow.lifted_at.is_(None))
    rows = session.scalars(query.order_by(PrecautionRow.started_at, PrecautionRow.id))
    return [_precaution(row) for row in rows]


def lift_precaution(
    session: Session, trainee_id: int, code: str, now: datetime
) -> ActivePrecaution | None:
    """Lift the active precaution with this code; return it, or None when none is active."""
    row = session.scalars(
        select(PrecautionRow)
        .where(
            PrecautionRow.trainee_id == trainee_id,
            PrecautionRow.code == code,
            PrecautionRow.lifted_at.is_(None),
        )
        .order_by(PrecautionRow.started_at.desc(), PrecautionRow.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    # Only if still in force: lifted meanwhile on another computer, it keeps that time.
    result = session.execute(
        update(PrecautionRow)
        .where(PrecautionRow.id == row.id, PrecautionRow.lifted_at.is_(None))
        .values(lifted_at=now)
        .execution_options(synchronize_session=False)
    )
    session.refresh(row)
    return _precaution(row) if rowcount(result) == 1 else None


def last_lifted(session: Session, trainee_id: int, code: str) -> ActivePrecaution | None:
    """Return the precaution with this code lifted last, if any."""
    row = session.scalars(
        select(PrecautionRow)
        .where(
            PrecautionRow.trainee_id == trainee_id,
            PrecautionRow.code == code,
            PrecautionRow.lifted_at.is_not(None),
        )
        .order_by(PrecautionRow.lifted_at.desc(), PrecautionRow.id.desc())
        .limit(1)
    ).first()
    return None if row is None else _precaution(row)


def _precaution(row: PrecautionRow) -> ActivePrecaution:
    return ActivePrecaution(code=row.code, started_at=row.started_at, lifted_at=row.lifted_at)


def routines_until(session: Session, trainee_id: int, moment: datetime, most: int) -> list[Routine]:
    """Return up to ``most`` routine versions made at or before ``moment``, newest first."""
    rows = session.scalars(
        select(RoutineRow)
        .where(RoutineRow.trainee_id == trainee_id, RoutineRow.created_at <= moment)
        .options(selectinload(RoutineRow.exercises).selectinload(RoutineExerciseRow.band))
        .order_by(RoutineRow.created_at.desc(), RoutineRow.id.desc())
        .limit(most)
    )
    return [load_routine(row) for row in rows]
