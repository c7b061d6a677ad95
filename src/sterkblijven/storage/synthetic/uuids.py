"""Record UUIDs of a generated history: the same for the same seed, like the rest of it."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from sterkblijven.storage.models import (
    CheckinRow,
    HospitalStayRow,
    PrecautionRow,
    ReadinessRow,
    RoutineRow,
    SessionRow,
    SetRow,
    SkipRow,
    SuggestionRow,
    TestResultRow,
    TraineeEventRow,
)

_OWNED: tuple[Any, ...] = (
    ReadinessRow,
    RoutineRow,
    SessionRow,
    CheckinRow,
    SuggestionRow,
    TraineeEventRow,
    HospitalStayRow,
    PrecautionRow,
    TestResultRow,
)
_IN_SESSIONS: tuple[Any, ...] = (SetRow, SkipRow)


def seed_record_uuids(tx: Session, trainee_id: int, seeded: str) -> None:
    """Give every record of the trainee a UUID made from ``seeded``, its table and its id.

    Records get a random UUID when written; a history generated twice from one seed must be
    the same data, UUIDs included.
    """
    sessions = select(SessionRow.id).where(SessionRow.trainee_id == trainee_id)
    for model in (*_OWNED, *_IN_SESSIONS):
        owned = (
            model.trainee_id == trainee_id
            if model in _OWNED
            else model.session_id.in_(sessions.scalar_subquery())
        )
        ids = tx.scalars(select(model.id).where(owned)).all()
        if ids:
            namespace = uuid.uuid5(uuid.NAMESPACE_OID, seeded)
            name = model.__tablename__
            table = model.__table__
            # One statement run for every row by the driver: the ORM's bulk update is slower.
            tx.connection().execute(
                update(table).where(table.c.id == bindparam("row")).values(uuid=bindparam("new")),
                [
                    {"row": row_id, "new": str(uuid.uuid5(namespace, f"{name}|{row_id}"))}
                    for row_id in ids
                ],
            )
