"""Every earlier schema is upgraded to the newest with its data intact."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest

from sterkblijven.storage import open_database
from sterkblijven.storage.database import SCHEMA_HEAD, make_engine, sqlite_url, upgrade


def test_a_database_at_0001_keeps_its_data_through_the_upgrade(tmp_path: Path) -> None:
    """Sessions and sets written by schema 0001 are there, unchanged, after upgrading."""
    path = tmp_path / "old.sqlite3"
    engine = make_engine(sqlite_url(path))
    upgrade(engine, "0001")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO trainees (id, name, birth_year, sex, created_at) "
            "VALUES (1, 'Riet', 1948, 'female', '2026-01-05 10:00:00')"
        )
        connection.execute(
            "INSERT INTO sessions (id, trainee_id, routine_id, started_at, finished_at,"
            " status, note) VALUES (1, 1, NULL, '2026-01-05 10:00', '2026-01-05 10:40',"
            " 'finished', '')"
        )
        connection.execute(
            "INSERT INTO sets (session_id, exercise_id, set_number, equipment, load_kg,"
            " band_colour, band_label, band_doubled, reps, reached_failure, effort, pain,"
            " pain_location, recorded_at) VALUES (1, 'biceps_curl', 1, 'dumbbell', 2.0, NULL,"
            " NULL, 0, 23, 1, 8, 2, NULL, '2026-01-05 10:20')"
        )
    backups = tmp_path / "backups"
    database = open_database(sqlite_url(path), backups)
    database.close()
    assert list(backups.glob("before-migration-0001-*.sqlite3"))
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            SCHEMA_HEAD,
        )
        row = connection.execute(
            "SELECT exercise_id, reps, effort, pain, stop_signals, undone_at, position FROM sets"
        ).fetchone()
        assert row == ("biceps_curl", 23, 8, 2, "", None, None)
        assert connection.execute("SELECT status FROM sessions").fetchone() == ("finished",)
        # 0003 copies the trainees table to add a column; nothing may cascade away with it.
        assert connection.execute("SELECT name, decides_own_loads FROM trainees").fetchone() == (
            "Riet",
            0,
        )
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def revisions_before_head() -> list[str]:
    """Return every schema revision older than the newest, oldest first."""
    from alembic.script import ScriptDirectory

    from sterkblijven.storage.database import MIGRATIONS_DIR

    scripts = ScriptDirectory(str(MIGRATIONS_DIR))
    return [
        s.revision for s in reversed(list(scripts.walk_revisions())) if s.revision != SCHEMA_HEAD
    ]


def filler(declared: str, column: str) -> object:
    """Return a plausible value for a column of this declared type."""
    kind = declared.upper()
    if "INT" in kind:
        return 1
    if "FLOAT" in kind or "REAL" in kind or "NUMERIC" in kind:
        return 1.5
    if "BOOL" in kind:
        return 0
    if "DATE" in kind or "TIME" in kind:
        return "2026-01-05 10:00:00"
    return f"{column}-1"


def moment_columns() -> dict[str, set[str]]:
    """Return each table's columns that hold a moment at the newest revision."""
    from sterkblijven.storage.models import Base
    from sterkblijven.storage.types import UtcDateTime

    return {
        table.name: {
            column.name for column in table.columns if isinstance(column.type, UtcDateTime)
        }
        for table in Base.metadata.tables.values()
    }


def as_moments(
    table: str, columns: list[str], rows: list[tuple[object, ...]]
) -> list[tuple[object, ...]]:
    """Return the rows with each moment made an aware one: local time before 0014, UTC after.

    An earlier revision kept local time without a zone; the upgrade writes the same moment in
    UTC, so the two are compared as moments, not as text.
    """
    moments = moment_columns().get(table, set())
    return [
        tuple(
            datetime.fromisoformat(value).astimezone()
            if name in moments and isinstance(value, str)
            else value
            for name, value in zip(columns, row, strict=True)
        )
        for row in rows
    ]


def utc_text(local: str) -> str:
    """Return how the upgrade stores a local time of an earlier revision: in UTC, zoned."""
    return datetime.fromisoformat(local).astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f+00:00")


def fill_every_table(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Put one row in every table, parents first; return each table's rows as written."""
    written: dict[str, list[tuple[object, ...]]] = {}
    with sqlite3.connect(path) as connection:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'alembic_version'"
            )
        ]
        parents = {
            table: {row[2] for row in connection.execute(f"PRAGMA foreign_key_list({table})")}
            for table in tables
        }
        ordered: list[str] = []
        while len(ordered) < len(tables):
            ordered += [t for t in tables if t not in ordered and parents[t] - {t} <= set(ordered)]
        for table in ordered:
            columns = list(connection.execute(f"PRAGMA table_info({table})"))
            names = [column[1] for column in columns]
            values = tuple(filler(column[2], column[1]) for column in columns)
            marks = ", ".join("?" for _ in names)
            connection.execute(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})", values)
            written[table] = [values]
    return written


@pytest.mark.parametrize("revision", revisions_before_head())
def test_every_earlier_schema_upgrades_with_every_row_intact(tmp_path: Path, revision: str) -> None:
    """Each earlier schema, a row in every table, upgrades keeping every row and value."""
    path = tmp_path / "old.sqlite3"
    engine = make_engine(sqlite_url(path))
    upgrade(engine, revision)
    engine.dispose()
    written = fill_every_table(path)
    backups = tmp_path / "backups"
    open_database(sqlite_url(path), backups).close()
    assert list(backups.glob(f"before-migration-{revision}-*.sqlite3"))
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            SCHEMA_HEAD,
        )
        backup = next(backups.glob(f"before-migration-{revision}-*.sqlite3"))
        for table, rows in written.items():
            with sqlite3.connect(backup) as before:
                old_columns = [c[1] for c in before.execute(f"PRAGMA table_info({table})")]
            kept = connection.execute(f"SELECT {', '.join(old_columns)} FROM {table}").fetchall()
            assert as_moments(table, old_columns, kept) == as_moments(table, old_columns, rows)
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []


def test_every_trainee_gets_a_uuid_of_their_own_when_upgraded_to_0006(tmp_path: Path) -> None:
    """People made before 0006 each get a different UUID; the column is required and unique."""
    path = tmp_path / "old.sqlite3"
    engine = make_engine(sqlite_url(path))
    upgrade(engine, "0005")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.executemany(
            "INSERT INTO trainees (id, name, birth_year, sex, created_at) "
            "VALUES (?, 'Riet', 1948, 'female', '2026-01-05 10:00:00')",
            [(1,), (2,), (7,)],
        )
    open_database(sqlite_url(path), tmp_path / "backups").close()
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT id, uuid FROM trainees ORDER BY id").fetchall()
        assert [row[0] for row in rows] == [1, 2, 7]
        assert len({row[1] for row in rows}) == 3
        assert all(str(uuid.UUID(row[1])) == row[1] for row in rows)
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute("UPDATE trainees SET uuid = ? WHERE id = 2", (rows[0][1],))
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute("UPDATE trainees SET uuid = NULL WHERE id = 2")


def database_at_0005(path: Path, names: dict[int, str]) -> None:
    """Make a database at revision 0005 holding a trainee per id, named as given."""
    engine = make_engine(sqlite_url(path))
    upgrade(engine, "0005")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.executemany(
            "INSERT INTO trainees (id, name, birth_year, sex, created_at) "
            "VALUES (?, ?, 1948, 'female', ?)",
            [(id_, name, f"2026-01-0{id_} 10:00:00.000000") for id_, name in names.items()],
        )


def uuids(path: Path) -> list[tuple[int, str]]:
    """Return each trainee's id and UUID, by id."""
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT id, uuid FROM trainees ORDER BY id").fetchall()


def test_the_same_data_upgraded_twice_gives_each_person_the_same_uuid(tmp_path: Path) -> None:
    """The live upgrade and its before-migration backup, put back later, agree on every UUID."""
    live = tmp_path / "data" / "sterkblijven.sqlite3"
    live.parent.mkdir()
    database_at_0005(live, {1: "Riet", 2: "Jan", 7: "Riet"})
    backups = tmp_path / "backups"
    open_database(sqlite_url(live), backups).close()
    (backup,) = backups.glob("before-migration-0005-*.sqlite3")
    upgraded = []
    for attempt in range(2):  # the same backup put back twice
        copy = tmp_path / f"restored-{attempt}.sqlite3"
        shutil.copyfile(backup, copy)
        open_database(sqlite_url(copy), tmp_path / f"backups-{attempt}").close()
        upgraded.append(uuids(copy))
    assert upgraded == [uuids(live), uuids(live)]
    assert len({person_uuid for _, person_uuid in uuids(live)}) == 3


def test_a_person_renamed_between_two_copies_gets_one_uuid_from_both(tmp_path: Path) -> None:
    """The UUID follows the row's id and creation time, not a name that was changed since."""
    earlier, later = tmp_path / "earlier.sqlite3", tmp_path / "later.sqlite3"
    database_at_0005(earlier, {1: "Riet", 2: "Jan"})
    database_at_0005(later, {1: "Riet de Wit", 2: "Jan"})
    for path in (earlier, later):
        open_database(sqlite_url(path), tmp_path / f"backups-{path.stem}").close()
    assert uuids(earlier) == uuids(later)


def test_checkins_made_before_0007_have_no_places_and_no_night_pain(tmp_path: Path) -> None:
    """Next-day answers kept before places were asked read as "not known" and "no night pain"."""
    path = tmp_path / "old.sqlite3"
    engine = make_engine(sqlite_url(path))
    upgrade(engine, "0006")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO trainees (id, uuid, name, birth_year, sex, created_at) VALUES "
            "(1, '5f0c5d57-3b8e-4c55-9a43-2d3c1c0f7a11', 'Riet', 1948, 'female',"
            " '2026-01-05 10:00:00')"
        )
        connection.execute(
            "INSERT INTO checkins (trainee_id, session_id, answered_at, joints,"
            " long_morning_stiffness) VALUES (1, NULL, '2026-01-06 09:00:00', 'worse', 1)"
        )
    open_database(sqlite_url(path), tmp_path / "backups").close()
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "SELECT joints, long_morning_stiffness, places, night_pain FROM checkins"
        ).fetchall()
        assert rows == [("worse", 1, "", 0)]
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute("UPDATE checkins SET places = NULL")


def test_a_database_of_the_first_health_check_loads_and_keeps_its_meaning(
    tmp_path: Path,
) -> None:
    """At 0006 a check held the five first codes: after the upgrade it still advises the GP.

    A confirmed one still allows training, an unconfirmed one waits; the plan's exercises are
    done the usual way, not the supported one.
    """
    from sterkblijven.services.home import Home

    path = tmp_path / "old.sqlite3"
    engine = make_engine(sqlite_url(path))
    upgrade(engine, "0006")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.executemany(
            "INSERT INTO trainees (id, uuid, name, birth_year, sex, created_at) "
            "VALUES (?, ?, ?, 1948, 'female', '2026-01-05 10:00:00.000000')",
            [(1, str(uuid.uuid4()), "Riet"), (2, str(uuid.uuid4()), "Jan")],
        )
        connection.executemany(
            "INSERT INTO readiness_checks (trainee_id, answered_at, yes_answers, confirmed_at) "
            "VALUES (?, '2026-01-05 10:00:00.000000', ?, ?)",
            [
                (1, "blood_pressure,dizziness", "2026-01-06 09:00:00.000000"),
                (2, "chest_pain", None),
            ],
        )
        connection.execute(
            "INSERT INTO routines (id, trainee_id, created_at, active, weekdays, note) "
            "VALUES (1, 1, '2026-01-05 10:00:00.000000', 1, '0', '')"
        )
        connection.execute(
            "INSERT INTO routine_exercises (routine_id, position, exercise_id, equipment, sets,"
            " rep_min, rep_max, rest_seconds, load_kg, band_id, band_doubled)"
            " VALUES (1, 0, 'sit_to_stand', 'bodyweight', 1, 20, 25, 120, NULL, NULL, 0)"
        )
    database = open_database(sqlite_url(path), tmp_path / "backups")
    try:
        home = Home(database, lambda: datetime(2026, 3, 2, 10, 0))
        riet, jan = home.overview(1), home.overview(2)
        assert riet.readiness is not None
        assert riet.readiness.yes_answers == {"blood_pressure", "dizziness"}
        assert riet.readiness.advises_doctor and riet.training_allowed
        assert not jan.training_allowed
        assert riet.readiness_due is None
        assert riet.routine is not None
        assert [item.supported for item in riet.routine.exercises] == [False]
    finally:
        database.close()


def test_hospital_stays_reported_before_0010_stay_meaningful(tmp_path: Path) -> None:
    """A stay reported before 0010 has no dates: cleared if trained since, else it waits."""
    path = tmp_path / "old.sqlite3"
    engine = make_engine(sqlite_url(path))
    upgrade(engine, "0006")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.executemany(
            "INSERT INTO trainees (id, uuid, name, birth_year, sex, created_at) "
            "VALUES (?, ?, 'Riet', 1948, 'female', '2026-01-05 10:00:00.000000')",
            [(1, str(uuid.uuid4())), (2, str(uuid.uuid4()))],
        )
        connection.executemany(
            "INSERT INTO trainee_events (trainee_id, kind, happened_at) VALUES (?, ?, ?)",
            [
                (1, "hospital_stay", "2026-02-01 09:00:00.000000"),
                (2, "hospital_stay", "2026-03-01 09:00:00.000000"),
                (2, "other_event", "2026-03-02 09:00:00.000000"),
            ],
        )
        connection.executemany(
            "INSERT INTO sessions (trainee_id, started_at, status, note) VALUES (?, ?, ?, '')",
            [
                (1, "2026-01-20 10:00:00.000000", "finished"),
                (1, "2026-02-10 10:00:00.000000", "closed"),
                (1, "2026-02-12 10:00:00.000000", "ended_early"),
                (2, "2026-02-20 10:00:00.000000", "finished"),
            ],
        )
    open_database(sqlite_url(path), tmp_path / "backups").close()
    with sqlite3.connect(path) as connection:
        stays = connection.execute(
            "SELECT trainee_id, admitted, discharged, reason, recorded_at, cleared_at, cleared_by"
            " FROM hospital_stays ORDER BY trainee_id"
        ).fetchall()
        assert stays == [
            (
                1,
                None,
                None,
                "not_recorded",
                utc_text("2026-02-01 09:00:00"),
                "2026-02-12",
                "not_recorded",
            ),
            (2, None, None, "not_recorded", utc_text("2026-03-01 09:00:00"), None, None),
        ]
        assert connection.execute("SELECT count(*) FROM trainee_events").fetchone() == (3,)


def model_indexes() -> dict[str, set[str]]:
    """Return the named indexes each table has in the models, as a migrated schema must."""
    from sterkblijven.storage.models import Base

    return {
        table.name: {str(index.name) for index in table.indexes if index.name}
        for table in Base.metadata.tables.values()
    }


def test_the_upgrade_makes_every_index_the_models_declare(tmp_path: Path) -> None:
    """A database upgraded from 0014 has the indexes that keep home quick after years."""
    from sqlalchemy import inspect

    path = tmp_path / "old.sqlite3"
    engine = make_engine(sqlite_url(path))
    upgrade(engine, "0014")
    upgrade(engine)
    try:
        found = inspect(engine)
        for table, names in model_indexes().items():
            assert names <= {str(index["name"]) for index in found.get_indexes(table)}, table
    finally:
        engine.dispose()
