"""The in-memory export as it was before it streamed, kept to hold the streamed file to it.

A frozen copy of storage/exchange/reading.py and domain/exchange/writer.encode_document from
before the export wrote person by person: the streamed file must hold the same JSON value.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from sterkblijven.domain.exchange.schema import (
    FORMAT,
    VERSION,
    BandData,
    CheckinData,
    HospitalStayData,
    PersonData,
    PrecautionData,
    ReadinessData,
    RoutineData,
    RoutineItemData,
    SessionData,
    SetData,
    SkipData,
    SuggestionData,
)
from sterkblijven.storage.exchange.doses import portable_dose
from sterkblijven.storage.models import (
    BandRow,
    CheckinRow,
    DumbbellRow,
    HospitalStayRow,
    PrecautionRow,
    ReadinessRow,
    RoutineExerciseRow,
    RoutineRow,
    SessionRow,
    SetRow,
    SkipRow,
    SuggestionRow,
    TestResultRow,
    TraineeEventRow,
    TraineeRow,
)
from sterkblijven.storage.repositories import NotFound


def read_people(session: Session, trainee_id: int | None = None) -> list[PersonData]:
    """Return one trainee (or everyone, oldest profile first) with all their data."""
    if trainee_id is None:
        # An archived person was removed: kept on the server for the retention period only.
        rows = session.scalars(
            select(TraineeRow)
            .where(TraineeRow.archived_at.is_(None))
            .order_by(TraineeRow.created_at, TraineeRow.id)
        )
        return [_person(session, row) for row in rows]
    row = session.get(TraineeRow, trainee_id)
    if row is None:
        raise NotFound(f"trainee {trainee_id}")
    return [_person(session, row)]


def _person(session: Session, trainee: TraineeRow) -> PersonData:
    band_rows = session.scalars(
        select(BandRow)
        .where(BandRow.trainee_id == trainee.id)
        .order_by(BandRow.position, BandRow.id)
    ).all()
    band_index = {row.id: index for index, row in enumerate(band_rows)}
    routines, routine_index = _routines(session, trainee.id, band_index)
    sessions, session_index = _sessions(session, trainee.id, routine_index)
    return {
        "uuid": trainee.uuid,
        "name": trainee.name,
        "birth_year": trainee.birth_year,
        "birth_month": trainee.birth_month,
        "sex": trainee.sex,
        "created_at": trainee.created_at,
        "decides_own_loads": trainee.decides_own_loads,
        "readiness_checks": _readiness(session, trainee.id),
        "dumbbells_kg": list(
            session.scalars(
                select(DumbbellRow.kg)
                .where(DumbbellRow.trainee_id == trainee.id)
                .order_by(DumbbellRow.kg)
            )
        ),
        "bands": [_band(row) for row in band_rows],
        "routines": routines,
        "sessions": sessions,
        "checkins": _checkins(session, trainee.id, session_index),
        "suggestions": _suggestions(session, trainee.id, session_index, band_index),
        "events": [
            {"uuid": row.uuid, "kind": row.kind, "happened_at": row.happened_at}
            for row in session.scalars(
                select(TraineeEventRow)
                .where(TraineeEventRow.trainee_id == trainee.id)
                .order_by(TraineeEventRow.happened_at, TraineeEventRow.id)
            )
        ],
        "tests": [
            {
                "uuid": row.uuid,
                "test_id": row.test_id,
                "value": row.value,
                "taken_at": row.taken_at,
                "note": row.note,
                "used_arms": row.used_arms,
                "dumbbell_kg": row.dumbbell_kg,
            }
            for row in session.scalars(
                select(TestResultRow)
                .where(TestResultRow.trainee_id == trainee.id)
                .order_by(TestResultRow.taken_at, TestResultRow.id)
            )
        ],
        "hospital_stays": _stays(session, trainee.id),
        "precautions": _precautions(session, trainee.id),
    }


def _stays(session: Session, trainee_id: int) -> list[HospitalStayData]:
    rows = session.scalars(
        select(HospitalStayRow)
        .where(HospitalStayRow.trainee_id == trainee_id)
        .order_by(HospitalStayRow.recorded_at, HospitalStayRow.id)
    )
    return [
        {
            "uuid": row.uuid,
            "admitted": row.admitted,
            "discharged": row.discharged,
            "reason": row.reason,
            "recorded_at": row.recorded_at,
            "cleared_on": row.cleared_at,
            "cleared_by": row.cleared_by,
        }
        for row in rows
    ]


def _precautions(session: Session, trainee_id: int) -> list[PrecautionData]:
    rows = session.scalars(
        select(PrecautionRow)
        .where(PrecautionRow.trainee_id == trainee_id)
        .order_by(PrecautionRow.started_at, PrecautionRow.id)
    )
    return [
        {
            "uuid": row.uuid,
            "code": row.code,
            "started_at": row.started_at,
            "lifted_at": row.lifted_at,
        }
        for row in rows
    ]


def _readiness(session: Session, trainee_id: int) -> list[ReadinessData]:
    rows = session.scalars(
        select(ReadinessRow)
        .where(ReadinessRow.trainee_id == trainee_id)
        .order_by(ReadinessRow.answered_at, ReadinessRow.id)
    )
    return [
        {
            "uuid": row.uuid,
            "answered_at": row.answered_at,
            "yes_answers": _split(row.yes_answers),
            "confirmed_at": row.confirmed_at,
        }
        for row in rows
    ]


def _band(row: BandRow) -> BandData:
    return {
        "position": row.position,
        "colour": row.colour,
        "label": row.label,
        "force_kgf": row.force_kgf,
        "can_double": row.can_double,
    }


def _routines(
    session: Session, trainee_id: int, band_index: Mapping[int, int]
) -> tuple[list[RoutineData], dict[int, int]]:
    rows = session.scalars(
        select(RoutineRow)
        .where(RoutineRow.trainee_id == trainee_id)
        .order_by(RoutineRow.created_at, RoutineRow.id)
    ).all()
    items: dict[int, list[RoutineItemData]] = defaultdict(list)
    for item in session.scalars(
        select(RoutineExerciseRow)
        .join(RoutineRow, RoutineRow.id == RoutineExerciseRow.routine_id)
        .where(RoutineRow.trainee_id == trainee_id)
        .order_by(RoutineExerciseRow.position, RoutineExerciseRow.id)
    ):
        items[item.routine_id].append(
            {
                "exercise_id": item.exercise_id,
                "equipment": item.equipment,
                "sets": item.sets,
                "rep_min": item.rep_min,
                "rep_max": item.rep_max,
                "rest_seconds": item.rest_seconds,
                "load_kg": item.load_kg,
                "band": None if item.band_id is None else band_index.get(item.band_id),
                "band_doubled": item.band_doubled,
                "slow_tempo": item.slow_tempo,
                "extra_set": item.extra_set,
                "paused": item.paused,
                "balance_level": item.balance_level,
                "supported": item.supported,
            }
        )
    routines: list[RoutineData] = [
        {
            "uuid": row.uuid,
            "created_at": row.created_at,
            "active": row.active,
            "weekdays": [int(day) for day in _split(row.weekdays)],
            "note": row.note,
            "exercises": items.get(row.id, []),
            "changed_by": row.changed_by,
        }
        for row in rows
    ]
    return routines, {row.id: index for index, row in enumerate(rows)}


def _sessions(
    session: Session, trainee_id: int, routine_index: Mapping[int, int]
) -> tuple[list[SessionData], dict[int, int]]:
    rows = session.execute(
        select(
            SessionRow.id,
            SessionRow.uuid,
            SessionRow.routine_id,
            SessionRow.started_at,
            SessionRow.finished_at,
            SessionRow.status,
            SessionRow.note,
            SessionRow.warmup_done_at,
            SessionRow.cooldown_done_at,
            SessionRow.from_paper,
        )
        .where(SessionRow.trainee_id == trainee_id)
        .order_by(SessionRow.started_at, SessionRow.id)
    ).all()
    sets = _sets(session, trainee_id)
    skips = _skips(session, trainee_id)
    sessions: list[SessionData] = [
        {
            "uuid": row.uuid,
            "routine": None if row.routine_id is None else routine_index.get(row.routine_id),
            "started_at": row.started_at,
            "finished_at": row.finished_at,
            "status": row.status,
            "note": row.note,
            "warmup_done_at": row.warmup_done_at,
            "cooldown_done_at": row.cooldown_done_at,
            "from_paper": bool(row.from_paper),
            "sets": sets.get(row.id, []),
            "skips": skips.get(row.id, []),
        }
        for row in rows
    ]
    return sessions, {row.id: index for index, row in enumerate(rows)}


def _sets(session: Session, trainee_id: int) -> dict[int, list[SetData]]:
    """Return each session's sets in the order recorded (the order the app reads them in)."""
    rows = session.execute(
        select(
            SetRow.session_id,
            SetRow.uuid,
            SetRow.position,
            SetRow.exercise_id,
            SetRow.set_number,
            SetRow.equipment,
            SetRow.load_kg,
            SetRow.band_colour,
            SetRow.band_label,
            SetRow.band_doubled,
            SetRow.reps,
            SetRow.reached_failure,
            SetRow.effort,
            SetRow.pain,
            SetRow.pain_location,
            SetRow.stop_signals,
            SetRow.recorded_at,
            SetRow.undone_at,
        )
        .join(SessionRow, SessionRow.id == SetRow.session_id)
        .where(SessionRow.trainee_id == trainee_id)
        .order_by(SetRow.id)
    )
    by_session: dict[int, list[SetData]] = defaultdict(list)
    for row in rows:
        by_session[row.session_id].append(
            {
                "uuid": row.uuid,
                "position": row.position,
                "exercise_id": row.exercise_id,
                "set_number": row.set_number,
                "equipment": row.equipment,
                "load_kg": row.load_kg,
                "band_colour": row.band_colour,
                "band_label": row.band_label,
                "band_doubled": row.band_doubled,
                "reps": row.reps,
                "reached_failure": row.reached_failure,
                "effort": row.effort,
                "pain": row.pain,
                "pain_location": row.pain_location,
                "stop_signals": _split(row.stop_signals),
                "recorded_at": row.recorded_at,
                "undone_at": row.undone_at,
            }
        )
    return by_session


def _skips(session: Session, trainee_id: int) -> dict[int, list[SkipData]]:
    rows = session.scalars(
        select(SkipRow)
        .join(SessionRow, SessionRow.id == SkipRow.session_id)
        .where(SessionRow.trainee_id == trainee_id)
        .order_by(SkipRow.id)
    )
    by_session: dict[int, list[SkipData]] = defaultdict(list)
    for row in rows:
        by_session[row.session_id].append(
            {
                "uuid": row.uuid,
                "position": row.position,
                "exercise_id": row.exercise_id,
                "reason": row.reason,
                "recorded_at": row.recorded_at,
            }
        )
    return by_session


def _checkins(
    session: Session, trainee_id: int, session_index: Mapping[int, int]
) -> list[CheckinData]:
    rows = session.scalars(
        select(CheckinRow)
        .where(CheckinRow.trainee_id == trainee_id)
        .order_by(CheckinRow.answered_at, CheckinRow.id)
    )
    return [
        {
            "uuid": row.uuid,
            "session": None if row.session_id is None else session_index.get(row.session_id),
            "answered_at": row.answered_at,
            "joints": row.joints,
            "long_morning_stiffness": row.long_morning_stiffness,
            "places": _split(row.places),
            "night_pain": row.night_pain,
        }
        for row in rows
    ]


def _suggestions(
    session: Session,
    trainee_id: int,
    session_index: Mapping[int, int],
    band_index: Mapping[int, int],
) -> list[SuggestionData]:
    rows = session.scalars(
        select(SuggestionRow)
        .where(SuggestionRow.trainee_id == trainee_id)
        .order_by(SuggestionRow.created_at, SuggestionRow.id)
    )
    suggestions: list[SuggestionData] = []
    for row in rows:
        current, current_band = portable_dose(row.current, band_index)
        proposed, proposed_band = portable_dose(row.proposed, band_index)
        chosen, chosen_band = (
            (None, None) if row.chosen is None else portable_dose(row.chosen, band_index)
        )
        suggestions.append(
            {
                "uuid": row.uuid,
                "session": None if row.session_id is None else session_index.get(row.session_id),
                "position": row.position,
                "exercise_id": row.exercise_id,
                "created_at": row.created_at,
                "advice": row.advice,
                "reason": row.reason,
                "see_gp": row.see_gp,
                "retest": row.retest,
                "current": current,
                "current_band": current_band,
                "proposed": proposed,
                "proposed_band": proposed_band,
                "applied": row.applied,
                "status": row.status,
                "chosen": chosen,
                "chosen_band": chosen_band,
                "decided_at": row.decided_at,
                "decided_by": row.decided_by,
                "changed_by": row.changed_by,
            }
        )
    return suggestions


def _split(text: str) -> list[str]:
    return [part for part in text.split(",") if part]


def encode_document(people: list[PersonData], app_version: str) -> str:
    """Return the JSON document for these people, as the in-memory export wrote it."""
    document: dict[str, object] = {
        "format": FORMAT,
        "version": VERSION,
        "app_version": app_version,
        "people": list(people),
    }
    return json.dumps(document, indent=2, ensure_ascii=False, default=_moment_text) + "\n"


def _moment_text(value: object) -> str:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} to the export")
