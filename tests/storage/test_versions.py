"""Versions in storage: crossing saves on a server, and the upgrade to versioned rows."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from sterkblijven.domain.decisions import Decider, Status
from sterkblijven.domain.exchange.reader import read_document
from sterkblijven.domain.exchange.writer import encode_document
from sterkblijven.domain.model import EquipmentKind, Load, Routine, RoutineExercise, Sex, Trainee
from sterkblijven.domain.progression import Advice, Reason, Suggestion
from sterkblijven.domain.session import SessionStatus
from sterkblijven.domain.versions import ChangedMeanwhile, Edited
from sterkblijven.storage import Database, open_database, sessions
from sterkblijven.storage import repositories as repo
from sterkblijven.storage import suggestions as store
from sterkblijven.storage.database import make_engine, sqlite_url, upgrade
from sterkblijven.storage.exchange.reading import read_people
from sterkblijven.storage.exchange.writing import add_person
from tests.postgres import ThrowawayServer

NOW = datetime(2026, 12, 7, 14, 5)
CURL = RoutineExercise("biceps_curl", Load(EquipmentKind.DUMBBELL, kg=2.0))


def riet(database: Database) -> int:
    """Store Riet and return her id."""
    with database.transaction() as tx:
        trainee_id = repo.add_trainee(tx, Trainee("Riet", 1948, Sex.FEMALE), NOW).id
    assert trainee_id is not None
    return trainee_id


def test_crossing_profile_saves_on_the_server_keep_the_first(postgres_database: Database) -> None:
    """A carer whose transaction read the old profile cannot write over another's save."""
    trainee_id = riet(postgres_database)
    with pytest.raises(ChangedMeanwhile) as refused, postgres_database.transaction() as slow:
        read = repo.get_trainee(slow, trainee_id)
        with postgres_database.transaction() as quick:
            repo.edit_trainee(quick, trainee_id, "Riet J.", 4, now=NOW, seen=read.version)
        repo.edit_trainee(slow, trainee_id, "Marie", None, now=NOW, seen=read.version)
    assert (refused.value.what, refused.value.by, refused.value.when) == (
        Edited.PROFILE,
        "postgres",
        NOW,
    )
    with postgres_database.transaction() as tx:
        now = repo.get_trainee(tx, trainee_id)
    assert (now.name, now.birth_month, now.version) == ("Riet J.", 4, read.version + 1)


def test_crossing_decisions_on_the_server_decide_once(postgres_database: Database) -> None:
    """Two carers deciding one suggestion in crossing transactions: only the first counts."""
    trainee_id = riet(postgres_database)
    step_up = Suggestion(Advice.HEAVIER, Reason.TOP_OF_RANGE, CURL, CURL)
    with postgres_database.transaction() as tx:
        suggestion_id = store.add(tx, trainee_id, None, 0, step_up, False, NOW)
    later = NOW + timedelta(minutes=1)
    with pytest.raises(ChangedMeanwhile), postgres_database.transaction() as slow:
        read = store.get(slow, suggestion_id)
        with postgres_database.transaction() as quick:
            store.decide(quick, suggestion_id, Status.ACCEPTED, Decider.CARER, NOW, seen=1)
        store.decide(slow, suggestion_id, Status.REJECTED, Decider.CARER, later, seen=read.version)
    with postgres_database.transaction() as tx:
        kept = store.get(tx, suggestion_id)
    assert (kept.status, kept.decided_at, kept.version, kept.changed_by) == (
        Status.ACCEPTED,
        NOW,
        2,
        "postgres",
    )


def test_crossing_session_endings_on_the_server_end_it_once(postgres_database: Database) -> None:
    """A session finished by one transaction is not closed over by another that read it."""
    trainee_id = riet(postgres_database)
    with postgres_database.transaction() as tx:
        routine = repo.save_routine(tx, trainee_id, Routine((CURL,)), NOW)
        assert routine.id is not None
        session_id = sessions.start_session(tx, trainee_id, routine.id, NOW)
    later = NOW + timedelta(minutes=30)
    with postgres_database.transaction() as slow:
        assert sessions.load_session(slow, session_id).status is SessionStatus.IN_PROGRESS
        with postgres_database.transaction() as quick:
            assert sessions.set_status(quick, session_id, SessionStatus.FINISHED, NOW)
        assert not sessions.set_status(slow, session_id, SessionStatus.CLOSED, later)
    with postgres_database.transaction() as tx:
        kept = sessions.load_session(tx, session_id)
    assert (kept.status, kept.finished_at) == (SessionStatus.FINISHED, NOW)


def test_rows_from_before_versions_start_at_version_one(tmp_path: Path) -> None:
    """A profile, plan and suggestion made at 0011 are version 1, changed by no one, after."""
    path = tmp_path / "old.sqlite3"
    engine = make_engine(sqlite_url(path))
    upgrade(engine, "0011")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        for statement in OLD_ROWS:
            connection.execute(statement)
    open_database(sqlite_url(path), tmp_path / "backups").close()
    with sqlite3.connect(path) as connection:
        assert connection.execute(NEW_COLUMNS).fetchone() == (1, None, 1, None, 1, None, 1, None)


def test_rows_from_before_versions_start_at_version_one_on_the_server(
    postgres_server: ThrowawayServer,
) -> None:
    """The same upgrade from 0011 on PostgreSQL: every old row is version 1."""
    name = postgres_server.create_database()
    engine = make_engine(postgres_server.url(name))
    try:
        upgrade(engine, "0011")
        with engine.begin() as connection:
            for statement in OLD_ROWS:
                connection.execute(text(statement))
        upgrade(engine, "head")
        with engine.connect() as connection:
            row = tuple(connection.execute(text(NEW_COLUMNS)).one())
        assert row == (1, None, 1, None, 1, None, 1, None)
    finally:
        engine.dispose()
        postgres_server.drop_database(name)


OLD_ROWS = (
    "INSERT INTO trainees (id, uuid, name, birth_year, sex, created_at, decides_own_loads)"
    " VALUES (1, 'a0000000-0000-4000-8000-000000000001', 'Riet', 1948, 'female',"
    " '2026-01-05 10:00:00', false)",
    "INSERT INTO routines (id, trainee_id, created_at, active, weekdays, note)"
    " VALUES (1, 1, '2026-01-05 10:00:00', true, '0', '')",
    "INSERT INTO suggestions (id, trainee_id, session_id, position, exercise_id, created_at,"
    " advice, reason, see_gp, retest, current, proposed, applied, status)"
    " VALUES (1, 1, NULL, 0, 'biceps_curl', '2026-01-05 10:00:00', 'heavier', 'top_of_range',"
    " false, false, '{}', '{}', false, 'pending')",
)
NEW_COLUMNS = (
    "SELECT t.version, t.changed_by, t.equipment_version, t.equipment_changed_by,"
    " r.version, r.changed_by, s.version, s.changed_by"
    " FROM trainees t, routines r, suggestions s"
)


def test_who_made_a_plan_and_decided_travels_with_an_export(
    database: Database, tmp_path: Path
) -> None:
    """The login kept with a plan and a decision is in the export and read back on import."""
    trainee_id = riet(database)
    step_up = Suggestion(Advice.HEAVIER, Reason.TOP_OF_RANGE, CURL, CURL)
    with database.transaction() as tx:
        repo.save_routine(tx, trainee_id, Routine((CURL,)), NOW)
        decided = store.add(tx, trainee_id, None, 0, step_up, False, NOW)
        store.add(tx, trainee_id, None, 1, step_up, False, NOW)
        store.decide(tx, decided, Status.ACCEPTED, Decider.CARER, NOW)
    who = "postgres" if database.is_server else None
    with database.transaction() as tx:
        (person,) = read_people(tx, trainee_id)
    assert [routine.get("changed_by") for routine in person["routines"]] == [who]
    assert [s.get("changed_by") for s in person["suggestions"]] == [who, None]
    home = open_database(sqlite_url(tmp_path / "home.sqlite3"))
    try:
        with home.transaction() as tx:
            copied = add_person(tx, person, "Riet")
        with home.transaction() as tx:
            (again,) = read_people(tx, copied)
    finally:
        home.close()
    assert again == person


def test_a_file_from_before_names_no_one(sqlite_database: Database) -> None:
    """Routines and suggestions without the key, as older files have them, read as no one."""
    trainee_id = riet(sqlite_database)
    step_up = Suggestion(Advice.HEAVIER, Reason.TOP_OF_RANGE, CURL, CURL)
    with sqlite_database.transaction() as tx:
        repo.save_routine(tx, trainee_id, Routine((CURL,)), NOW)
        store.add(tx, trainee_id, None, 0, step_up, False, NOW)
        people = read_people(tx, trainee_id)
    document = json.loads(encode_document(people, "test"))
    for person in document["people"]:
        for record in (*person["routines"], *person["suggestions"]):
            del record["changed_by"]
    (person,) = read_document(json.dumps(document).encode(), NOW.year)
    assert person["routines"][0]["changed_by"] is None
    assert person["suggestions"][0]["changed_by"] is None
