"""Versions and who is at work: the steps that raise a version only if it is still the one read."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from sterkblijven.domain.versions import ChangedMeanwhile, Edited, check_seen
from sterkblijven.storage.models import RoutineRow, TraineeRow


def actor(session: Session) -> str | None:
    """Return the login of the carer at work on a practice's server; None at home.

    Database.transaction puts it in the session; a session made elsewhere (a test, a tool)
    records no one.
    """
    who = session.info.get("actor")
    return who if isinstance(who, str) else None


def profile_step(
    session: Session, row: TraineeRow, now: datetime | None, seen: int | None
) -> TraineeRow:
    """Raise the profile's version (refused if it is no longer ``seen``); return the row."""
    trainee_id = row.id
    check_seen(Edited.PROFILE, row.version, seen, row.changed_by, row.changed_at)
    # The version is raised in the database, on the condition that it is still the one read:
    # on a server, a second carer's save waits for the first's row lock, then finds it moved.
    moved = session.execute(
        update(TraineeRow)
        .where(TraineeRow.id == trainee_id, TraineeRow.version == row.version)
        .values(version=TraineeRow.version + 1, changed_by=actor(session), changed_at=now)
        .execution_options(synchronize_session=False)
    )
    session.refresh(row)
    if rowcount(moved) != 1:
        raise ChangedMeanwhile(Edited.PROFILE, row.changed_by, row.changed_at)
    return row


def rowcount(result: object) -> int:
    """Return how many rows an UPDATE changed."""
    count = getattr(result, "rowcount", 0)
    return count if isinstance(count, int) else 0


def equipment_step(
    session: Session, row: TraineeRow, now: datetime | None, seen: int | None
) -> None:
    """Raise the equipment's version (refused if it is no longer ``seen``)."""
    trainee_id = row.id
    check_seen(
        Edited.EQUIPMENT,
        row.equipment_version,
        seen,
        row.equipment_changed_by,
        row.equipment_changed_at,
    )
    # As for the profile: raised in the database only if it is still the version read.
    moved = session.execute(
        update(TraineeRow)
        .where(TraineeRow.id == trainee_id, TraineeRow.equipment_version == row.equipment_version)
        .values(
            equipment_version=TraineeRow.equipment_version + 1,
            equipment_changed_by=actor(session),
            equipment_changed_at=now,
        )
        .execution_options(synchronize_session=False)
    )
    session.refresh(row)
    if rowcount(moved) != 1:
        raise ChangedMeanwhile(Edited.EQUIPMENT, row.equipment_changed_by, row.equipment_changed_at)


def plan_change(session: Session, trainee_id: int) -> tuple[str | None, datetime | None]:
    """Return who made the trainee's active plan, and when."""
    newest = session.scalars(
        select(RoutineRow)
        .where(RoutineRow.trainee_id == trainee_id, RoutineRow.active)
        .order_by(RoutineRow.created_at.desc(), RoutineRow.id.desc())
        .limit(1)
    ).first()
    return (None, None) if newest is None else (newest.changed_by, newest.created_at)
