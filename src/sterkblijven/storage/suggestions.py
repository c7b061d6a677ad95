"""Load suggestions and the decisions about them, kept for the record."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from sterkblijven.domain.decisions import Decider, Status, SuggestionRecord
from sterkblijven.domain.model import Band, BandColour, EquipmentKind, Load, RoutineExercise
from sterkblijven.domain.progression import Advice, Reason, Suggestion
from sterkblijven.domain.versions import ChangedMeanwhile, Edited, check_seen
from sterkblijven.storage.models import SuggestionRow
from sterkblijven.storage.repositories import NotFound
from sterkblijven.storage.versions import actor, rowcount


def add(
    session: Session,
    trainee_id: int,
    session_id: int | None,
    position: int,
    suggestion: Suggestion,
    applied: bool,
    now: datetime,
) -> int:
    """Store a suggestion as pending and return its id."""
    row = SuggestionRow(
        trainee_id=trainee_id,
        session_id=session_id,
        position=position,
        exercise_id=suggestion.current.exercise_id,
        created_at=now,
        advice=suggestion.advice.value,
        reason=suggestion.reason.value,
        see_gp=suggestion.see_gp,
        retest=suggestion.retest,
        current=_dump(suggestion.current),
        proposed=_dump(suggestion.proposed),
        applied=applied,
        status=Status.PENDING.value,
    )
    session.add(row)
    session.flush()
    return row.id


def pending(session: Session, trainee_id: int) -> list[SuggestionRecord]:
    """Return the trainee's undecided suggestions in routine order."""
    rows = session.scalars(
        select(SuggestionRow)
        .where(
            SuggestionRow.trainee_id == trainee_id,
            SuggestionRow.status == Status.PENDING.value,
        )
        .order_by(SuggestionRow.position, SuggestionRow.id)
    )
    return [_record(row) for row in rows]


def history(session: Session, trainee_id: int, limit: int = 50) -> list[SuggestionRecord]:
    """Return the trainee's newest suggestions with their decisions, newest first."""
    rows = session.scalars(
        select(SuggestionRow)
        .where(SuggestionRow.trainee_id == trainee_id)
        .order_by(SuggestionRow.created_at.desc(), SuggestionRow.id.desc())
        .limit(limit)
    )
    return [_record(row) for row in rows]


def for_session(session: Session, session_id: int) -> list[SuggestionRecord]:
    """Return the suggestions made at the end of one session."""
    rows = session.scalars(
        select(SuggestionRow)
        .where(SuggestionRow.session_id == session_id)
        .order_by(SuggestionRow.position, SuggestionRow.id)
    )
    return [_record(row) for row in rows]


def get(session: Session, suggestion_id: int) -> SuggestionRecord:
    """Return one suggestion, or raise NotFound."""
    row = session.get(SuggestionRow, suggestion_id)
    if row is None:
        raise NotFound(f"suggestion {suggestion_id}")
    return _record(row)


def decide(
    session: Session,
    suggestion_id: int,
    status: Status,
    who: Decider | None,
    now: datetime,
    chosen: RoutineExercise | None = None,
    *,
    seen: int | None = None,
) -> SuggestionRecord:
    """Record a decision (or that a suggestion was superseded), with the login of who made it.

    Refused (ChangedMeanwhile) when the suggestion changed since version ``seen``, so one
    suggestion decided from two screens is decided once.
    """
    row = session.get(SuggestionRow, suggestion_id)
    if row is None:
        raise NotFound(f"suggestion {suggestion_id}")
    check_seen(Edited.SUGGESTION, row.version, seen, row.changed_by, row.changed_at)
    # Written only if still the version read: on a server, a second carer's decision waits for
    # the first's row lock, then finds the version moved and changes nothing.
    moved = session.execute(
        update(SuggestionRow)
        .where(SuggestionRow.id == suggestion_id, SuggestionRow.version == row.version)
        .values(
            status=status.value,
            decided_at=now,
            decided_by=None if who is None else who.value,
            chosen=None if chosen is None else _dump(chosen),
            version=SuggestionRow.version + 1,
            changed_by=actor(session),
            changed_at=now,
        )
        .execution_options(synchronize_session=False)
    )
    session.refresh(row)
    if rowcount(moved) != 1:
        raise ChangedMeanwhile(Edited.SUGGESTION, row.changed_by, row.changed_at)
    return _record(row)


def supersede_pending(session: Session, trainee_id: int, now: datetime) -> None:
    """Mark every undecided suggestion of the trainee as overtaken by newer ones."""
    for record in pending(session, trainee_id):
        decide(session, record.id, Status.SUPERSEDED, None, now)


def _record(row: SuggestionRow) -> SuggestionRecord:
    suggestion = Suggestion(
        advice=Advice(row.advice),
        reason=Reason(row.reason),
        current=_load(row.current),
        proposed=_load(row.proposed),
        see_gp=row.see_gp,
        retest=row.retest,
    )
    return SuggestionRecord(
        id=row.id,
        trainee_id=row.trainee_id,
        session_id=row.session_id,
        position=row.position,
        suggestion=suggestion,
        created_at=row.created_at,
        applied=row.applied,
        status=Status(row.status),
        chosen=None if row.chosen is None else _load(row.chosen),
        decided_at=row.decided_at,
        decided_by=None if row.decided_by is None else Decider(row.decided_by),
        version=row.version,
        changed_by=row.changed_by,
    )


def _dump(item: RoutineExercise) -> str:
    band = item.load.band
    data: dict[str, Any] = {
        "exercise_id": item.exercise_id,
        "kind": item.load.kind.value,
        "kg": item.load.kg,
        "band": None
        if band is None
        else {
            "id": band.id,
            "colour": band.colour.value,
            "position": band.position,
            "label": band.label,
            "force_kgf": band.force_kgf,
            "can_double": band.can_double,
        },
        "doubled": item.load.band_doubled,
        "sets": item.sets,
        "rep_min": item.rep_min,
        "rep_max": item.rep_max,
        "rest_seconds": item.rest_seconds,
        "slow_tempo": item.slow_tempo,
        "extra_set": item.extra_set,
        "paused": item.paused,
        "balance_level": item.balance_level,
        "supported": item.supported,
    }
    return json.dumps(data, sort_keys=True)


def _load(text: str) -> RoutineExercise:
    data = json.loads(text)
    band_data = data["band"]
    band = (
        None
        if band_data is None
        else Band(
            colour=BandColour(band_data["colour"]),
            position=band_data["position"],
            label=band_data["label"],
            force_kgf=band_data["force_kgf"],
            can_double=band_data["can_double"],
            id=band_data["id"],
        )
    )
    return RoutineExercise(
        exercise_id=data["exercise_id"],
        load=Load(
            EquipmentKind(data["kind"]), kg=data["kg"], band=band, band_doubled=data["doubled"]
        ),
        sets=data["sets"],
        rep_min=data["rep_min"],
        rep_max=data["rep_max"],
        rest_seconds=data["rest_seconds"],
        slow_tempo=data["slow_tempo"],
        extra_set=data["extra_set"],
        paused=data.get("paused", False),
        balance_level=data.get("balance_level", 0),  # doses kept before levels had none
        supported=data.get("supported", False),
    )
