"""Reading a trainee's every row as export records, and writing an imported one back."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from sterkblijven.domain.decisions import Decider, Status
from sterkblijven.domain.exchange.schema import PersonData
from sterkblijven.domain.hospital import ClearedBy, HospitalStay, StayReason
from sterkblijven.domain.model import (
    Band,
    BandColour,
    Equipment,
    EquipmentKind,
    Load,
    ReadinessCheck,
    Routine,
    RoutineExercise,
    Sex,
    Trainee,
)
from sterkblijven.domain.progression import Advice, Reason, Suggestion
from sterkblijven.domain.session import (
    Effort,
    JointFeeling,
    PainPlace,
    SessionStatus,
    SetRecord,
    SkipReason,
    StopSignal,
)
from sterkblijven.storage import Database, DatabaseProblem, health, open_database, sessions
from sterkblijven.storage import repositories as repo
from sterkblijven.storage import suggestions as suggestion_store
from sterkblijven.storage.database import sqlite_url
from sterkblijven.storage.exchange.reading import read_people
from sterkblijven.storage.exchange.writing import add_person
from sterkblijven.storage.models import BandRow, Base, RoutineExerciseRow, SuggestionRow
from sterkblijven.storage.models import TestResultRow as ResultRow


def row_counts(database: Database) -> dict[str, int]:
    """Return how many rows each table holds."""
    with database.engine.connect() as connection:
        return {
            table.name: connection.execute(text(f"SELECT count(*) FROM {table.name}")).scalar_one()
            for table in Base.metadata.sorted_tables
        }


def add_edge_cases(database: Database, now: datetime) -> tuple[int, int]:
    """Store two trainees that use every column; return (the full one, one with no sessions).

    A trainee added first and removed last leaves gaps in the ids, so ids differ after import.
    """
    gone = add_removable(database, now)
    start = now - timedelta(days=30)
    with database.transaction() as tx:
        trainee = repo.add_trainee(tx, Trainee("Änne de Vries", 1944, Sex.FEMALE), start)
        assert trainee.id is not None
        person = trainee.id
        repo.set_decides_own_loads(tx, person, True)
        repo.add_readiness(tx, person, ReadinessCheck(frozenset(), start))
        repo.add_readiness(
            tx,
            person,
            ReadinessCheck(
                frozenset({"dizziness", "blood_pressure"}),
                start + timedelta(minutes=1, microseconds=250),
                confirmed_at=start + timedelta(minutes=2),
            ),
        )
        # The check of PAR-Q+ topics, joints and falls, beside the first version's above.
        new_check = {"bones_joints", "joint.knee", "bones_joints.rest_pain", "falls.fallen"}
        repo.add_readiness(
            tx, person, ReadinessCheck(frozenset(new_check), start + timedelta(minutes=3))
        )
        equipment = repo.save_equipment(
            tx,
            person,
            Equipment(
                (1.0, 2.5),
                (
                    Band(BandColour.YELLOW, 0, force_kgf=1.4),
                    Band(BandColour.OTHER, 1, label="Paars, van de fysio", can_double=False),
                    Band(BandColour.RED, 2, force_kgf=1.7),
                ),
            ),
        )
        yellow, purple, red = equipment.bands
        old = Routine(
            (RoutineExercise("seated_row", Load(EquipmentKind.BAND, band=yellow)),),
            weekdays=(1,),
        )
        old_id = repo.save_routine(tx, person, old, start).id
        routine = Routine(
            (
                RoutineExercise(
                    "seated_row",
                    Load(EquipmentKind.BAND, band=purple, band_doubled=True),
                    sets=3,
                    rep_min=15,
                    rep_max=20,
                    rest_seconds=90,
                    slow_tempo=True,
                ),
                RoutineExercise(
                    "biceps_curl", Load(EquipmentKind.DUMBBELL, kg=2.5), extra_set=True
                ),
                RoutineExercise(
                    "sit_to_stand", Load(EquipmentKind.BODYWEIGHT), paused=True, supported=True
                ),
            ),
            weekdays=(0, 2, 4),
            note="Knie sparen.\nNiet te diep zitten — één stoel hoger.",
        )
        routine_id = repo.save_routine(tx, person, routine, start + timedelta(days=1)).id
        assert old_id is not None and routine_id is not None

        day = start + timedelta(days=2)
        first = sessions.start_session(tx, person, routine_id, day)
        sessions.mark_phase_done(tx, first, "warmup", day + timedelta(minutes=5))
        row_load = routine.exercises[0].load
        sessions.add_set(
            tx,
            first,
            0,
            SetRecord(
                "seated_row",
                1,
                row_load,
                18,
                True,
                Effort.HARD,
                2,
                PainPlace.SHOULDER,
                frozenset(),
                day + timedelta(minutes=8),
            ),
        )
        sessions.add_set(
            tx,
            first,
            0,
            SetRecord(
                "seated_row",
                2,
                row_load,
                0,
                False,
                None,
                None,
                None,
                frozenset(),
                day + timedelta(minutes=10),
            ),
        )
        sessions.undo_last_set(tx, first, day + timedelta(minutes=11))
        sessions.add_set(
            tx,
            first,
            1,
            SetRecord(
                "biceps_curl",
                1,
                routine.exercises[1].load,
                12,
                True,
                Effort.MAXIMAL,
                7,
                PainPlace.HAND_OR_WRIST,
                frozenset({StopSignal.SHARP_PAIN, StopSignal.SWELLING_OR_WARMTH}),
                day + timedelta(minutes=14, microseconds=123456),
            ),
        )
        sessions.add_skip(
            tx, first, 2, "sit_to_stand", SkipReason.PAIN, day + timedelta(minutes=15)
        )
        sessions.mark_phase_done(tx, first, "cooldown", day + timedelta(minutes=20))
        sessions.set_status(tx, first, SessionStatus.FINISHED, day + timedelta(minutes=20))
        sessions.add_checkin(
            tx,
            person,
            first,
            JointFeeling.WORSE,
            True,
            day + timedelta(days=1),
            night_pain=True,
            places=frozenset({PainPlace.KNEE, PainPlace.HIP}),
        )

        current = routine.exercises[0]
        proposed = RoutineExercise("seated_row", Load(EquipmentKind.BAND, band=red), sets=3)
        lowered = suggestion_store.add(
            tx,
            person,
            first,
            0,
            Suggestion(Advice.LIGHTER, Reason.PAIN, current, proposed, see_gp=True),
            True,
            day + timedelta(minutes=20),
        )
        suggestion_store.decide(
            tx,
            lowered,
            Status.CHANGED,
            Decider.CARER,
            day + timedelta(days=1, hours=2),
            chosen=RoutineExercise("seated_row", Load(EquipmentKind.BAND, band=yellow)),
        )
        curl = routine.exercises[1]
        suggestion_store.add(
            tx,
            person,
            first,
            1,
            Suggestion(Advice.SAME, Reason.IN_RANGE, curl, curl, retest=True),
            False,
            day + timedelta(minutes=20),
        )

        later = day + timedelta(days=7)
        noted = sessions.start_session(tx, person, old_id, later)
        sessions.set_status(tx, noted, SessionStatus.ENDED_EARLY, later + timedelta(minutes=3))
        running = sessions.start_session(tx, person, routine_id, later + timedelta(days=1))
        assert running
        repo.add_event(tx, person, "hospital_stay", later + timedelta(days=3))
        health.add_stay(
            tx,
            person,
            HospitalStay(
                later.date() - timedelta(days=9),
                later.date() - timedelta(days=2),
                StayReason.HIP_BACK,
                later,
                cleared_on=later.date(),
                cleared_by=ClearedBy.PHYSIOTHERAPIST,
            ),
        )
        health.add_stay(
            tx, person, HospitalStay(None, None, StayReason.NOT_RECORDED, later + timedelta(1))
        )
        health.add_precaution(tx, person, "osteoporosis", later)
        health.add_precaution(tx, person, "hip_back", later + timedelta(hours=1))
        health.lift_precaution(tx, person, "osteoporosis", later + timedelta(days=2))
        tx.add_all(
            [
                ResultRow(
                    trainee_id=person,
                    test_id="chair_stand_30s",
                    value=0.0,
                    taken_at=later,
                    note="",
                    used_arms=True,
                ),
                ResultRow(
                    trainee_id=person,
                    test_id="timed_up_and_go",
                    value=11.4,
                    taken_at=later,
                    note="Met stok",
                    used_arms=False,
                ),
            ]
        )
        empty = repo.add_trainee(tx, Trainee("Bram", 1939, Sex.MALE), now)
        assert empty.id is not None
    with database.transaction() as tx:
        # A session whose routine went missing, and a check-in whose session did.
        tx.execute(
            text("UPDATE sessions SET note = 'Moe', routine_id = NULL WHERE id = :id"),
            {"id": noted},
        )
        sessions.add_checkin(tx, person, running, JointFeeling.SAME, False, now)
    with database.transaction() as tx:
        tx.execute(
            text("UPDATE checkins SET session_id = NULL WHERE session_id = :id"), {"id": running}
        )
    remove(database, gone)
    return person, empty.id


def add_removable(database: Database, now: datetime) -> int:
    """Store a trainee with a band, to be removed later so that ids have gaps."""
    with database.transaction() as tx:
        gone = repo.add_trainee(tx, Trainee("Weg", 1950, Sex.MALE), now)
        assert gone.id is not None
        repo.save_equipment(tx, gone.id, Equipment((1.0,), (Band(BandColour.RED, 0),)))
    return gone.id


def remove(database: Database, trainee_id: int) -> None:
    """Remove a trainee with all their data."""
    with database.transaction() as tx:
        repo.remove_trainee(tx, trainee_id)


def keys_in(value: object) -> set[str]:
    """Return every dictionary key anywhere inside a value."""
    if isinstance(value, dict):
        return set(value) | {key for item in value.values() for key in keys_in(item)}
    if isinstance(value, list):
        return {key for item in value for key in keys_in(item)}
    return set()


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Database]:
    """Return a second, empty database to import into."""
    folder = tmp_path / "other"
    folder.mkdir()
    database = open_database(sqlite_url(folder / "sterkblijven.sqlite3"))
    yield database
    database.close()


def read(database: Database, trainee_id: int | None = None) -> list[PersonData]:
    """Return the export records of one trainee or everyone."""
    with database.transaction() as tx:
        return read_people(tx, trainee_id)


def test_records_hold_every_column_without_database_ids(
    database: Database, clock: datetime
) -> None:
    """Each person's records carry their data, with indexes where the database has ids."""
    _, empty = add_edge_cases(database, clock)
    full, bare = read(database)
    assert [full["name"], bare["name"]] == ["Änne de Vries", "Bram"]
    assert str(uuid.UUID(full["uuid"])) == full["uuid"] != bare["uuid"]
    assert full["decides_own_loads"] is True
    assert full["readiness_checks"][1]["yes_answers"] == ["blood_pressure", "dizziness"]
    assert full["readiness_checks"][2]["yes_answers"] == [
        "bones_joints",
        "bones_joints.rest_pain",
        "falls.fallen",
        "joint.knee",
    ]
    assert full["dumbbells_kg"] == [1.0, 2.5]
    assert [band["colour"] for band in full["bands"]] == ["yellow", "other", "red"]
    old, current = full["routines"]
    assert (old["active"], current["active"], current["weekdays"]) == (False, True, [0, 2, 4])
    assert [item["band"] for item in current["exercises"]] == [1, None, None]
    assert [item["supported"] for item in current["exercises"]] == [False, False, True]
    first, noted, running = full["sessions"]
    assert (first["routine"], noted["routine"], running["routine"]) == (1, None, 1)
    assert [entry["undone_at"] is not None for entry in first["sets"]] == [False, True, False]
    assert first["sets"][2]["stop_signals"] == ["sharp_pain", "swelling_or_warmth"]
    assert first["skips"][0]["reason"] == "pain"
    assert [checkin["session"] for checkin in full["checkins"]] == [0, None]
    assert [(c["places"], c["night_pain"]) for c in full["checkins"]] == [
        (["hip", "knee"], True),
        ([], False),
    ]
    lowered = full["suggestions"][0]
    assert (lowered["current_band"], lowered["proposed_band"], lowered["chosen_band"]) == (1, 2, 0)
    assert json.loads(lowered["proposed"])["band"]["id"] is None
    assert full["suggestions"][1]["current"] == full["suggestions"][1]["proposed"]
    stay, old_stay = full["hospital_stays"]
    assert (stay["reason"], stay["cleared_by"], old_stay["admitted"]) == (
        "hip_back",
        "physiotherapist",
        None,
    )
    assert [(item["code"], item["lifted_at"] is None) for item in full["precautions"]] == [
        ("osteoporosis", False),
        ("hip_back", True),
    ]
    assert bare["sessions"] == [] and bare["bands"] == [] and bare["routines"] == []
    assert bare["hospital_stays"] == [] and bare["precautions"] == []
    assert read(database, empty) == [bare]
    ids = {key for key in keys_in([full, bare]) if key == "id" or key.endswith("_id")}
    assert ids == {"exercise_id", "test_id"}
    doses = [s[key] for s in full["suggestions"] for key in ("current", "proposed", "chosen")]
    bands = [json.loads(dose)["band"] for dose in doses if dose is not None]
    assert [band["id"] for band in bands if band is not None] == [None] * 3


def test_writing_records_back_gives_the_same_records_with_new_ids(
    database: Database, other: Database, clock: datetime
) -> None:
    """Records written into another database read back equal, referring to its own rows."""
    add_edge_cases(database, clock)
    people = read(database)
    with other.transaction() as tx:
        new_ids = [add_person(tx, person, person["name"]) for person in people]
    assert read(other) == people
    with other.transaction() as tx:
        bands = {row.id: row for row in tx.scalars(select(BandRow))}
        used = tx.scalars(
            select(RoutineExerciseRow.band_id).where(RoutineExerciseRow.band_id.isnot(None))
        )
        assert all(bands[band_id].trainee_id == new_ids[0] for band_id in used)
        dose = json.loads(tx.scalars(select(SuggestionRow.proposed)).first() or "")
        assert bands[dose["band"]["id"]].colour == "red"


def test_a_band_id_from_a_file_is_never_stored(database: Database, clock: datetime) -> None:
    """A dose whose band names an id from elsewhere and no band of the person keeps no id."""
    add_edge_cases(database, clock)
    person = read(database)[0]
    dose = json.loads(person["suggestions"][0]["proposed"])
    dose["band"]["id"] = 99999
    person["suggestions"][0]["proposed"] = json.dumps(dose, sort_keys=True)
    person["suggestions"][0]["proposed_band"] = None
    person["uuid"] = "5f0c5d57-3b8e-4c55-9a43-2d3c1c0f7a11"
    with database.transaction() as tx:
        add_person(tx, person, "Kopie")
    with database.transaction() as tx:
        stored = tx.scalars(select(SuggestionRow.proposed).order_by(SuggestionRow.id.desc())).all()
    assert all("99999" not in text_ for text_ in stored)


def test_an_unknown_trainee_is_not_found(database: Database, clock: datetime) -> None:
    """Asking for a trainee that does not exist raises NotFound."""
    person, _ = add_edge_cases(database, clock)
    with pytest.raises(repo.NotFound):
        read(database, person + 1000)


def test_a_failing_write_leaves_nothing_behind(
    database: Database, other: Database, clock: datetime
) -> None:
    """A person that breaks a database rule half-way is not written at all."""
    add_edge_cases(database, clock)
    person = read(database)[0]
    person["dumbbells_kg"] = [2.0, 2.0]  # the database holds each weight once
    before = row_counts(other)
    with pytest.raises(DatabaseProblem), other.transaction() as tx:
        add_person(tx, person, person["name"])
    assert row_counts(other) == before
