"""Every earlier schema is upgraded to the newest with its data intact."""

from __future__ import annotations

import sqlite3
from pathlib import Path

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
