"""Every row of a trainee as plain export records, and an imported trainee written back.

Records refer to each other by index within the person (see domain/exchange.py); this module
turns database ids into those indexes and back. Rows are read and written with plain column
queries and bulk inserts, because ten years of history is tens of thousands of sets.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from sterkblijven.domain.exchange import (
    BandData,
    CheckinData,
    PersonData,
    ReadinessData,
    RoutineData,
    RoutineItemData,
    SessionData,
    SetData,
    SkipData,
    SuggestionData,
)
from sterkblijven.storage.models import (
    BandRow,
    CheckinRow,
    DumbbellRow,
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

# Reading


def read_people(session: Session, trainee_id: int | None = None) -> list[PersonData]:
    """Return one trainee (or everyone, oldest profile first) with all their data."""
    if trainee_id is None:
        rows = session.scalars(select(TraineeRow).order_by(TraineeRow.created_at, TraineeRow.id))
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
        "name": trainee.name,
        "birth_year": trainee.birth_year,
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
            {"kind": row.kind, "happened_at": row.happened_at}
            for row in session.scalars(
                select(TraineeEventRow)
                .where(TraineeEventRow.trainee_id == trainee.id)
                .order_by(TraineeEventRow.happened_at, TraineeEventRow.id)
            )
        ],
        "tests": [
            {
                "test_id": row.test_id,
                "value": row.value,
                "taken_at": row.taken_at,
                "note": row.note,
                "used_arms": row.used_arms,
            }
            for row in session.scalars(
                select(TestResultRow)
                .where(TestResultRow.trainee_id == trainee.id)
                .order_by(TestResultRow.taken_at, TestResultRow.id)
            )
        ],
    }


def _readiness(session: Session, trainee_id: int) -> list[ReadinessData]:
    rows = session.scalars(
        select(ReadinessRow)
        .where(ReadinessRow.trainee_id == trainee_id)
        .order_by(ReadinessRow.answered_at, ReadinessRow.id)
    )
    return [
        {
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
            }
        )
    routines: list[RoutineData] = [
        {
            "created_at": row.created_at,
            "active": row.active,
            "weekdays": [int(day) for day in _split(row.weekdays)],
            "note": row.note,
            "exercises": items.get(row.id, []),
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
            SessionRow.routine_id,
            SessionRow.started_at,
            SessionRow.finished_at,
            SessionRow.status,
            SessionRow.note,
            SessionRow.warmup_done_at,
            SessionRow.cooldown_done_at,
        )
        .where(SessionRow.trainee_id == trainee_id)
        .order_by(SessionRow.started_at, SessionRow.id)
    ).all()
    sets = _sets(session, trainee_id)
    skips = _skips(session, trainee_id)
    sessions: list[SessionData] = [
        {
            "routine": None if row.routine_id is None else routine_index.get(row.routine_id),
            "started_at": row.started_at,
            "finished_at": row.finished_at,
            "status": row.status,
            "note": row.note,
            "warmup_done_at": row.warmup_done_at,
            "cooldown_done_at": row.cooldown_done_at,
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
            "session": None if row.session_id is None else session_index.get(row.session_id),
            "answered_at": row.answered_at,
            "joints": row.joints,
            "long_morning_stiffness": row.long_morning_stiffness,
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
        current, current_band = _portable_dose(row.current, band_index)
        proposed, proposed_band = _portable_dose(row.proposed, band_index)
        chosen, chosen_band = (
            (None, None) if row.chosen is None else _portable_dose(row.chosen, band_index)
        )
        suggestions.append(
            {
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
            }
        )
    return suggestions


def _portable_dose(text: str, band_index: Mapping[int, int]) -> tuple[str, int | None]:
    """Return a stored dose without its band's database id, and that band's index instead.

    Doses without a band are kept exactly as stored.
    """
    try:
        dose = json.loads(text)
        band = dose["band"]
    except (ValueError, TypeError, KeyError):
        return text, None
    if not isinstance(band, dict):
        return text, None
    band_id = band.get("id")
    band["id"] = None
    index = band_index.get(band_id) if isinstance(band_id, int) else None
    return _dose_text(dose), index


def _dose_text(dose: Mapping[str, Any]) -> str:
    # The same form storage/suggestions.py writes.
    return json.dumps(dose, sort_keys=True)


def _split(text: str) -> list[str]:
    return [part for part in text.split(",") if part]


# Writing


def add_person(session: Session, person: PersonData, name: str) -> int:
    """Store a checked person with all their records under ``name``; return the new id.

    The caller's transaction makes it all or nothing.
    """
    trainee_id = _insert_returning_ids(
        session,
        TraineeRow,
        [
            {
                "name": name,
                "birth_year": person["birth_year"],
                "sex": person["sex"],
                "created_at": person["created_at"],
                "decides_own_loads": person["decides_own_loads"],
            }
        ],
    )[0]
    _insert(
        session,
        ReadinessRow,
        [
            {
                "trainee_id": trainee_id,
                "answered_at": check["answered_at"],
                "yes_answers": ",".join(check["yes_answers"]),
                "confirmed_at": check["confirmed_at"],
            }
            for check in person["readiness_checks"]
        ],
    )
    _insert(
        session,
        DumbbellRow,
        [{"trainee_id": trainee_id, "kg": kg} for kg in person["dumbbells_kg"]],
    )
    band_ids = _insert_returning_ids(
        session, BandRow, [{"trainee_id": trainee_id, **band} for band in person["bands"]]
    )
    routine_ids = _add_routines(session, trainee_id, person["routines"], band_ids)
    session_ids = _add_sessions(session, trainee_id, person["sessions"], routine_ids)
    _insert(
        session,
        CheckinRow,
        [
            {
                "trainee_id": trainee_id,
                "session_id": _id_at(session_ids, checkin["session"]),
                "answered_at": checkin["answered_at"],
                "joints": checkin["joints"],
                "long_morning_stiffness": checkin["long_morning_stiffness"],
            }
            for checkin in person["checkins"]
        ],
    )
    _insert(
        session,
        SuggestionRow,
        [
            _suggestion_row(trainee_id, suggestion, session_ids, band_ids)
            for suggestion in person["suggestions"]
        ],
    )
    _insert(
        session,
        TraineeEventRow,
        [{"trainee_id": trainee_id, **event} for event in person["events"]],
    )
    _insert(
        session,
        TestResultRow,
        [{"trainee_id": trainee_id, **result} for result in person["tests"]],
    )
    return trainee_id


def _add_routines(
    session: Session, trainee_id: int, routines: Sequence[RoutineData], band_ids: Sequence[int]
) -> list[int]:
    routine_ids = _insert_returning_ids(
        session,
        RoutineRow,
        [
            {
                "trainee_id": trainee_id,
                "created_at": routine["created_at"],
                "active": routine["active"],
                "weekdays": ",".join(str(day) for day in routine["weekdays"]),
                "note": routine["note"],
            }
            for routine in routines
        ],
    )
    _insert(
        session,
        RoutineExerciseRow,
        [
            {
                "routine_id": routine_id,
                "position": position,
                "exercise_id": item["exercise_id"],
                "equipment": item["equipment"],
                "sets": item["sets"],
                "rep_min": item["rep_min"],
                "rep_max": item["rep_max"],
                "rest_seconds": item["rest_seconds"],
                "load_kg": item["load_kg"],
                "band_id": _id_at(band_ids, item["band"]),
                "band_doubled": item["band_doubled"],
                "slow_tempo": item["slow_tempo"],
                "extra_set": item["extra_set"],
                "paused": item["paused"],
            }
            for routine_id, routine in zip(routine_ids, routines, strict=True)
            for position, item in enumerate(routine["exercises"])
        ],
    )
    return routine_ids


def _add_sessions(
    session: Session, trainee_id: int, sessions: Sequence[SessionData], routine_ids: Sequence[int]
) -> list[int]:
    session_ids = _insert_returning_ids(
        session,
        SessionRow,
        [
            {
                "trainee_id": trainee_id,
                "routine_id": _id_at(routine_ids, record["routine"]),
                "started_at": record["started_at"],
                "finished_at": record["finished_at"],
                "status": record["status"],
                "note": record["note"],
                "warmup_done_at": record["warmup_done_at"],
                "cooldown_done_at": record["cooldown_done_at"],
            }
            for record in sessions
        ],
    )
    pairs = list(zip(session_ids, sessions, strict=True))
    _insert(
        session,
        SetRow,
        [
            {
                **entry,
                "session_id": session_id,
                "stop_signals": ",".join(entry["stop_signals"]),
            }
            for session_id, record in pairs
            for entry in record["sets"]
        ],
    )
    _insert(
        session,
        SkipRow,
        [
            {"session_id": session_id, **skip}
            for session_id, record in pairs
            for skip in record["skips"]
        ],
    )
    return session_ids


def _suggestion_row(
    trainee_id: int,
    suggestion: SuggestionData,
    session_ids: Sequence[int],
    band_ids: Sequence[int],
) -> dict[str, object]:
    chosen = suggestion["chosen"]
    return {
        "trainee_id": trainee_id,
        "session_id": _id_at(session_ids, suggestion["session"]),
        "position": suggestion["position"],
        "exercise_id": suggestion["exercise_id"],
        "created_at": suggestion["created_at"],
        "advice": suggestion["advice"],
        "reason": suggestion["reason"],
        "see_gp": suggestion["see_gp"],
        "retest": suggestion["retest"],
        "current": _local_dose(suggestion["current"], _id_at(band_ids, suggestion["current_band"])),
        "proposed": _local_dose(
            suggestion["proposed"], _id_at(band_ids, suggestion["proposed_band"])
        ),
        "applied": suggestion["applied"],
        "status": suggestion["status"],
        "chosen": None
        if chosen is None
        else _local_dose(chosen, _id_at(band_ids, suggestion["chosen_band"])),
        "decided_at": suggestion["decided_at"],
        "decided_by": suggestion["decided_by"],
    }


def _local_dose(text: str, band_id: int | None) -> str:
    """Return a checked dose with its band pointing at this database's band, or at none.

    An id from the file is never kept: it would name a band of another database.
    """
    dose = json.loads(text)
    band = dose["band"]
    if band is None:
        return text
    band["id"] = band_id
    return _dose_text(dose)


def _id_at(ids: Sequence[int], index: int | None) -> int | None:
    return None if index is None else ids[index]


def _insert(session: Session, model: type[Any], rows: Sequence[Mapping[str, object]]) -> None:
    if rows:
        session.execute(insert(model), rows)


def _insert_returning_ids(
    session: Session, model: type[Any], rows: Sequence[Mapping[str, object]]
) -> list[int]:
    """Insert rows and return their new ids in the order given."""
    if not rows:
        return []
    statement = insert(model).returning(model.id, sort_by_parameter_order=True)
    return list(session.scalars(statement, rows))
