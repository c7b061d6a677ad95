"""Moments are stored in UTC with their zone and read back as local time; records have UUIDs."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text

from sterkblijven.storage import Database, open_database
from sterkblijven.storage.database import make_engine, sqlite_url, upgrade
from sterkblijven.storage.models import SessionRow, SetRow, TraineeRow
from sterkblijven.storage.progress import session_days
from sterkblijven.storage.reports import session_days_between, sets_between

# Dutch time: 25 October 2026 02:30 comes twice (summer time ends), 29 March 02:00 is skipped.
MOMENTS = [
    datetime(2026, 1, 5, 10, 0),
    datetime(2026, 7, 5, 10, 0, 0, 123456),
    datetime(2026, 3, 29, 1, 59, 59),
    datetime(2026, 3, 29, 3, 0),
    datetime(2026, 10, 25, 2, 30),  # the first of the two, as fold=0 says
    datetime(2026, 11, 18, 0, 30),
]


def add_person(database: Database) -> int:
    """Store a trainee and return their id."""
    with database.transaction() as tx:
        row = TraineeRow(name="Riet", birth_year=1948, sex="female", created_at=MOMENTS[0])
        tx.add(row)
        tx.flush()
        return row.id


def add_training(database: Database, trainee_id: int, started: datetime) -> None:
    """Store a finished session started at ``started`` with one kept set."""
    with database.transaction() as tx:
        session = SessionRow(
            trainee_id=trainee_id, started_at=started, finished_at=started, status="finished"
        )
        tx.add(session)
        tx.flush()
        tx.add(
            SetRow(
                session_id=session.id,
                exercise_id="sit_to_stand",
                set_number=1,
                equipment="bodyweight",
                reps=12,
                reached_failure=False,
                recorded_at=started,
            )
        )


@pytest.mark.usefixtures("amsterdam")
def test_a_local_time_comes_back_the_same_from_both_databases(database: Database) -> None:
    """Local times, also at the summer-time edges, are read back exactly as they were written."""
    trainee_id = add_person(database)
    for moment in MOMENTS:
        add_training(database, trainee_id, moment)
    with database.transaction() as tx:
        stored = tx.scalars(select(SessionRow.started_at).order_by(SessionRow.id)).all()
        recorded = tx.scalars(select(SetRow.recorded_at).order_by(SetRow.id)).all()
    assert stored == MOMENTS
    assert recorded == MOMENTS
    assert all(moment.tzinfo is None for moment in stored)


@pytest.mark.usefixtures("amsterdam")
def test_the_database_holds_the_moment_in_utc_with_its_zone(database: Database) -> None:
    """10:00 on a winter day in Amsterdam is kept as 09:00 UTC, the zone written with it."""
    trainee_id = add_person(database)
    add_training(database, trainee_id, datetime(2026, 1, 5, 10, 0))
    with database.engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            raw = connection.execute(text("SELECT started_at FROM sessions")).scalar()
            assert raw == "2026-01-05 09:00:00.000000+00:00"
        else:
            kind = connection.execute(
                text(
                    "SELECT data_type FROM information_schema.columns"
                    " WHERE table_name = 'sessions' AND column_name = 'started_at'"
                )
            ).scalar()
            assert kind == "timestamp with time zone"
            hour = connection.execute(
                text("SELECT extract(hour FROM started_at AT TIME ZONE 'UTC') FROM sessions")
            ).scalar()
            assert hour == 9


@pytest.mark.usefixtures("amsterdam")
def test_a_training_at_half_past_midnight_counts_on_its_own_local_day(database: Database) -> None:
    """A session at 00:30 Dutch time (23:30 UTC the day before) belongs to the local day."""
    trainee_id = add_person(database)
    add_training(database, trainee_id, datetime(2026, 11, 18, 0, 30))
    day_start, day_end = datetime(2026, 11, 18), datetime(2026, 11, 19)
    with database.transaction() as tx:
        assert session_days(tx, trainee_id) == [date(2026, 11, 18)]
        assert session_days(tx, trainee_id, since=day_start) == [date(2026, 11, 18)]
        assert session_days_between(tx, trainee_id, day_start, day_end) == [date(2026, 11, 18)]
        assert session_days_between(tx, trainee_id, datetime(2026, 11, 17), day_start) == []
        sets = sets_between(tx, trainee_id, day_start, day_end)
    assert [line.day for line in sets["sit_to_stand"]] == [date(2026, 11, 18)]


@pytest.mark.usefixtures("amsterdam")
def test_upgrading_an_old_file_turns_its_local_times_into_utc(tmp_path: Path) -> None:
    """Local times of an earlier version are kept in UTC after the upgrade, read back the same."""
    path = tmp_path / "old.sqlite3"
    engine = make_engine(sqlite_url(path))
    upgrade(engine, "0011")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO trainees (id, uuid, name, birth_year, sex, created_at) VALUES"
            " (1, '5f0c5d57-3b8e-4c55-9a43-2d3c1c0f7a11', 'Riet', 1948, 'female',"
            " '2026-01-05 10:00:00.000000')"
        )
        connection.executemany(
            "INSERT INTO sessions (id, trainee_id, started_at, finished_at, status, note)"
            " VALUES (?, 1, ?, ?, 'finished', '')",
            [
                (1, "2026-01-05 10:00:00.000000", None),
                (2, "2026-07-05 10:00", "2026-07-05 10:40:00"),
                (3, "2026-10-25 02:30:00.000000", None),
            ],
        )
    database = open_database(sqlite_url(path), tmp_path / "backups")
    try:
        with database.transaction() as tx:
            started = tx.scalars(select(SessionRow.started_at).order_by(SessionRow.id)).all()
            finished = tx.scalars(select(SessionRow.finished_at).order_by(SessionRow.id)).all()
    finally:
        database.close()
    assert started == [
        datetime(2026, 1, 5, 10, 0),
        datetime(2026, 7, 5, 10, 0),
        datetime(2026, 10, 25, 2, 30),
    ]
    assert finished == [None, datetime(2026, 7, 5, 10, 40), None]
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT started_at FROM sessions ORDER BY id").fetchall()
        created = connection.execute("SELECT created_at FROM trainees").fetchone()
    assert rows == [
        ("2026-01-05 09:00:00.000000+00:00",),
        ("2026-07-05 08:00:00.000000+00:00",),
        ("2026-10-25 00:30:00.000000+00:00",),  # the first 02:30, still summer time
    ]
    assert created == ("2026-01-05 09:00:00.000000+00:00",)


RECORD_TABLES = (
    "readiness_checks",
    "routines",
    "sessions",
    "sets",
    "skips",
    "checkins",
    "suggestions",
    "trainee_events",
    "hospital_stays",
    "precautions",
    "test_results",
)


def database_at_0011(path: Path) -> None:
    """Make a database at 0011 with two people, each with a session of two sets and more."""
    engine = make_engine(sqlite_url(path))
    upgrade(engine, "0011")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        for person in (1, 2):
            connection.execute(
                "INSERT INTO trainees (id, uuid, name, birth_year, sex, created_at)"
                " VALUES (?, ?, 'Riet', 1948, 'female', '2026-01-05 10:00:00.000000')",
                (person, f"5f0c5d57-3b8e-4c55-9a43-2d3c1c0f7a1{person}"),
            )
            connection.execute(
                "INSERT INTO sessions (id, trainee_id, started_at, status, note)"
                " VALUES (?, ?, '2026-01-05 10:00:00.000000', 'finished', '')",
                (person, person),
            )
            connection.executemany(
                "INSERT INTO sets (session_id, exercise_id, set_number, equipment, band_doubled,"
                " reps, reached_failure, recorded_at) VALUES (?, 'sit_to_stand', ?, 'bodyweight',"
                " 0, 12, 1, '2026-01-05 10:05:00.000000')",
                [(person, 1), (person, 2)],
            )
            connection.execute(
                "INSERT INTO checkins (trainee_id, session_id, answered_at, joints,"
                " long_morning_stiffness) VALUES (?, ?, '2026-01-06 09:00:00', 'same', 0)",
                (person, person),
            )
            connection.execute(
                "INSERT INTO test_results (trainee_id, test_id, value, taken_at, note)"
                " VALUES (?, 'chair_stand_30s', 11, '2026-01-05 11:00:00', '')",
                (person,),
            )


def record_uuids(path: Path) -> dict[str, list[tuple[int, str]]]:
    """Return each record table's ids and UUIDs, by id."""
    with sqlite3.connect(path) as connection:
        return {
            table: connection.execute(f"SELECT id, uuid FROM {table} ORDER BY id").fetchall()
            for table in RECORD_TABLES
        }


def test_every_record_gets_a_uuid_of_its_own_when_upgraded(tmp_path: Path) -> None:
    """Records made before 0014 each get a different UUID, required and unique from then on."""
    path = tmp_path / "old.sqlite3"
    database_at_0011(path)
    open_database(sqlite_url(path), tmp_path / "backups").close()
    found = record_uuids(path)
    given = [value for rows in found.values() for _, value in rows]
    assert [len(found[table]) for table in ("sessions", "sets", "checkins")] == [2, 4, 2]
    assert len(set(given)) == len(given)
    assert all(str(uuid.UUID(value)) == value for value in given)
    with sqlite3.connect(path) as connection:
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute("UPDATE sets SET uuid = ? WHERE id = 2", (found["sets"][0][1],))
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute("UPDATE sessions SET uuid = NULL")


def test_the_same_data_upgraded_twice_gives_every_record_the_same_uuid(tmp_path: Path) -> None:
    """The live upgrade and its before-migration backup, put back later, agree on every UUID."""
    live = tmp_path / "data" / "sterkblijven.sqlite3"
    live.parent.mkdir()
    database_at_0011(live)
    backups = tmp_path / "backups"
    open_database(sqlite_url(live), backups).close()
    (backup,) = backups.glob("before-migration-0011-*.sqlite3")
    again = tmp_path / "restored.sqlite3"
    shutil.copyfile(backup, again)
    open_database(sqlite_url(again), tmp_path / "backups-again").close()
    assert record_uuids(again) == record_uuids(live)


def test_new_records_get_a_uuid_without_being_given_one(database: Database) -> None:
    """A record the app adds gets its UUID from storage; none is ever empty or shared."""
    trainee_id = add_person(database)
    for moment in MOMENTS:
        add_training(database, trainee_id, moment)
    with database.transaction() as tx:
        given = [*tx.scalars(select(SessionRow.uuid)), *tx.scalars(select(SetRow.uuid))]
    assert len(set(given)) == len(given) == 2 * len(MOMENTS)
    assert all(str(uuid.UUID(value)) == value for value in given)
