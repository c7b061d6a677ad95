"""Writing an import in: a checked person with all their records, indexes made database ids."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from sterkblijven.domain.exchange.schema import PersonData, RoutineData, SessionData, SuggestionData
from sterkblijven.storage.exchange.doses import local_dose
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
    new_record_uuid,
)


def add_person(
    session: Session,
    person: PersonData,
    name: str,
    between: Callable[[], None] | None = None,
) -> int:
    """Store a checked person with all their records under ``name``; return the new id.

    The person keeps the file's UUID, which no one here may have. The caller's transaction makes
    it all or nothing. ``between`` is called between batches of sets, where years of them take
    a while: an exception it raises (a Stop) ends the work there, for the caller to roll back.
    """
    trainee_id = _insert_returning_ids(
        session,
        TraineeRow,
        [
            {
                "uuid": person["uuid"],
                "name": name,
                "birth_year": person["birth_year"],
                "birth_month": person["birth_month"],
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
                "uuid": check["uuid"],
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
    session_ids = _add_sessions(
        session, trainee_id, person["sessions"], routine_ids, between or _go_on
    )
    _insert(
        session,
        CheckinRow,
        (
            {
                "uuid": checkin["uuid"],
                "trainee_id": trainee_id,
                "session_id": _id_at(session_ids, checkin["session"]),
                "answered_at": checkin["answered_at"],
                "joints": checkin["joints"],
                "long_morning_stiffness": checkin["long_morning_stiffness"],
                "places": ",".join(checkin["places"]),
                "night_pain": checkin["night_pain"],
            }
            for checkin in person["checkins"]
        ),
    )
    _insert(
        session,
        SuggestionRow,
        (
            _suggestion_row(trainee_id, suggestion, session_ids, band_ids)
            for suggestion in person["suggestions"]
        ),
    )
    _insert(
        session,
        TraineeEventRow,
        ({"trainee_id": trainee_id, **event} for event in person["events"]),
    )
    _insert(
        session,
        TestResultRow,
        ({"trainee_id": trainee_id, **result} for result in person["tests"]),
    )
    _insert(
        session,
        HospitalStayRow,
        [
            {
                "uuid": stay["uuid"],
                "trainee_id": trainee_id,
                "admitted": stay["admitted"],
                "discharged": stay["discharged"],
                "reason": stay["reason"],
                "recorded_at": stay["recorded_at"],
                "cleared_at": stay["cleared_on"],
                "cleared_by": stay["cleared_by"],
            }
            for stay in person.get("hospital_stays", [])
        ],
    )
    _insert(
        session,
        PrecautionRow,
        [{"trainee_id": trainee_id, **item} for item in person.get("precautions", [])],
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
                "uuid": routine["uuid"],
                "trainee_id": trainee_id,
                "created_at": routine["created_at"],
                "active": routine["active"],
                "weekdays": ",".join(str(day) for day in routine["weekdays"]),
                "note": routine["note"],
                "changed_by": routine.get("changed_by"),
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
                "balance_level": item["balance_level"],
                "supported": item["supported"],
            }
            for routine_id, routine in zip(routine_ids, routines, strict=True)
            for position, item in enumerate(routine["exercises"])
        ],
    )
    return routine_ids


def _go_on() -> None:
    pass


# Sets written at a time between two calls of ``between``: a tenth of a second or so.
SET_BATCH = 2_000


def _add_sessions(
    session: Session,
    trainee_id: int,
    sessions: Iterable[SessionData],
    routine_ids: Sequence[int],
    between: Callable[[], None],
) -> list[int]:
    """Store the sessions with their sets and skips, a batch of sessions at a time.

    Years of sessions may come read from the file as they are gone through: they are gone
    through once, and never all held.
    """
    session_ids: list[int] = []
    for batch in _session_batches(sessions):
        ids = _insert_returning_ids(
            session,
            SessionRow,
            [
                {
                    "uuid": record["uuid"],
                    "trainee_id": trainee_id,
                    "routine_id": _id_at(routine_ids, record["routine"]),
                    "started_at": record["started_at"],
                    "finished_at": record["finished_at"],
                    "status": record["status"],
                    "note": record["note"],
                    "warmup_done_at": record["warmup_done_at"],
                    "cooldown_done_at": record["cooldown_done_at"],
                    "from_paper": record["from_paper"],
                }
                for record in batch
            ],
        )
        session_ids.extend(ids)
        pairs = list(zip(ids, batch, strict=True))
        rows = [
            {
                **entry,
                "session_id": session_id,
                "stop_signals": ",".join(entry["stop_signals"]),
            }
            for session_id, record in pairs
            for entry in record["sets"]
        ]
        for start in range(0, len(rows), SET_BATCH):
            between()
            _insert(session, SetRow, rows[start : start + SET_BATCH])
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


def _session_batches(sessions: Iterable[SessionData]) -> Iterator[list[SessionData]]:
    """Yield the sessions in batches of about SET_BATCH sets (and at most that many sessions)."""
    batch: list[SessionData] = []
    sets = 0
    for record in sessions:
        batch.append(record)
        sets += len(record["sets"])
        if sets >= SET_BATCH or len(batch) >= SET_BATCH:
            yield batch
            batch = []
            sets = 0
    if batch:
        yield batch


def _suggestion_row(
    trainee_id: int,
    suggestion: SuggestionData,
    session_ids: Sequence[int],
    band_ids: Sequence[int],
) -> dict[str, object]:
    chosen = suggestion["chosen"]
    return {
        "uuid": suggestion["uuid"],
        "trainee_id": trainee_id,
        "session_id": _id_at(session_ids, suggestion["session"]),
        "position": suggestion["position"],
        "exercise_id": suggestion["exercise_id"],
        "created_at": suggestion["created_at"],
        "advice": suggestion["advice"],
        "reason": suggestion["reason"],
        "see_gp": suggestion["see_gp"],
        "retest": suggestion["retest"],
        "current": local_dose(suggestion["current"], _id_at(band_ids, suggestion["current_band"])),
        "proposed": local_dose(
            suggestion["proposed"], _id_at(band_ids, suggestion["proposed_band"])
        ),
        "applied": suggestion["applied"],
        "status": suggestion["status"],
        "chosen": None
        if chosen is None
        else local_dose(chosen, _id_at(band_ids, suggestion["chosen_band"])),
        "decided_at": suggestion["decided_at"],
        "decided_by": suggestion["decided_by"],
        "changed_by": suggestion.get("changed_by"),
    }


def _id_at(ids: Sequence[int], index: int | None) -> int | None:
    return None if index is None else ids[index]


def _insert(session: Session, model: type[Any], rows: Iterable[Mapping[str, object]]) -> None:
    # A batch at a time: the rows may be years of records, read from the file as they come.
    for batch in _batches(rows):
        # One statement the driver runs for every row: the ORM's bulk insert splits tens of
        # thousands of sets into a statement per few rows, several times slower.
        session.connection().execute(
            insert(model.__table__), list(_unclaimed(session, model, batch))
        )


def _batches(rows: Iterable[Mapping[str, object]]) -> Iterator[list[Mapping[str, object]]]:
    # itertools.batched, from Python 3.12 on.
    iterator = iter(rows)
    while batch := list(itertools.islice(iterator, SET_BATCH)):
        yield batch


def _insert_returning_ids(
    session: Session, model: type[Any], rows: Sequence[Mapping[str, object]]
) -> list[int]:
    """Insert rows and return their new ids in the order given."""
    if not rows:
        return []
    statement = insert(model).returning(model.id, sort_by_parameter_order=True)
    return list(session.scalars(statement, _unclaimed(session, model, rows)))


_LOOKUP_CHUNK = 500  # UUIDs asked about per query, well within every database's limit


def _unclaimed(
    session: Session, model: type[Any], rows: Sequence[Mapping[str, object]]
) -> Sequence[Mapping[str, object]]:
    """Return the rows, each record UUID already held here replaced by a new one.

    A person kept twice (the file's and the one here) has the same records twice, and a file
    may be read in again as a copy: each copy's records are records of their own from then on.
    A person's own UUID is the caller's to decide, so trainees are left as they are.
    """
    if model is TraineeRow or not rows or "uuid" not in rows[0]:
        return rows
    wanted = [str(row["uuid"]) for row in rows]
    taken: set[str] = set()
    for start in range(0, len(wanted), _LOOKUP_CHUNK):
        chunk = wanted[start : start + _LOOKUP_CHUNK]
        taken.update(session.scalars(select(model.uuid).where(model.uuid.in_(chunk))))
    if not taken:
        return rows
    return [{**row, "uuid": new_record_uuid()} if row["uuid"] in taken else row for row in rows]
