"""Opening, migrating and protecting the database file."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from sterkblijven.storage import Database, DatabaseProblem, open_database
from sterkblijven.storage.database import (
    SCHEMA_HEAD,
    START_PROBLEMS,
    backup_file,
    check_backup,
    head_revision,
    make_engine,
    restore_file,
    sqlite_url,
    upgrade,
)
from sterkblijven.storage.models import Base
from sterkblijven.storage.recognition import open_read_only
from tests.storage.conftest import sqlite_only


def test_head_constant_matches_the_newest_migration() -> None:
    """The revision a normal start compares against is the newest migration script."""
    assert head_revision() == SCHEMA_HEAD


def test_migrations_build_exactly_the_models(database: Database) -> None:
    """Upgrading an empty database gives the schema the models describe, nothing missing."""
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


@sqlite_only
def test_sqlite_runs_in_wal_mode_with_foreign_keys(database: Database) -> None:
    """Every connection has WAL, enforced foreign keys and full synchronous commits."""
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2


@sqlite_only
def test_reopening_a_current_database_changes_nothing(
    database_path: Path, database: Database
) -> None:
    """A second start on an up-to-date file runs no migration and takes no backup."""
    database.close()
    again = open_database(sqlite_url(database_path), database_path.parent / "backups")
    again.close()
    assert not (database_path.parent / "backups").exists()


def test_existing_file_is_backed_up_before_migrating(tmp_path: Path) -> None:
    """A file that exists before its first migration is copied to the backups first."""
    path = tmp_path / "old.sqlite3"
    sqlite3.connect(path).close()  # an existing, never-migrated database file
    backups = tmp_path / "backups"
    open_database(sqlite_url(path), backups).close()
    copies = list(backups.glob("before-migration-*.sqlite3"))
    assert len(copies) == 1
    assert oct(copies[0].stat().st_mode & 0o777) == "0o600"
    assert oct(path.stat().st_mode & 0o777) == "0o600"


@sqlite_only
def test_database_from_a_newer_version_is_refused_untouched(
    database_path: Path, database: Database
) -> None:
    """A schema revision this version does not know is refused and the file left as it was."""
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff_future'"))
    database.close()
    before = database_path.read_bytes()
    with pytest.raises(DatabaseProblem) as caught:
        open_database(sqlite_url(database_path))
    assert caught.value.code == "newer_version"
    assert database_path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    """Random bytes are reported as damaged, and the file is neither changed nor deleted."""
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(DatabaseProblem) as caught:
        open_database(sqlite_url(path), tmp_path / "backups")
    assert caught.value.code == "damaged"
    assert path.read_bytes() == b"this is not a database at all" * 100


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    """A SQLite file with someone else's tables is not migrated over."""
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY)")
    with pytest.raises(DatabaseProblem) as caught:
        open_database(sqlite_url(path))
    assert caught.value.code == "foreign"


@sqlite_only
def test_backup_is_a_verified_private_copy(
    database_path: Path, database: Database, tmp_path: Path
) -> None:
    """A backup opens, passes its integrity check and holds the same rows."""
    with database.engine.begin() as connection:
        connection.execute(text("INSERT INTO settings (key, value) VALUES ('language', 'en')"))
    target = backup_file(database_path, tmp_path / "copies" / "copy.sqlite3")
    with sqlite3.connect(target) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("SELECT value FROM settings").fetchone() == ("en",)
    assert oct(target.stat().st_mode & 0o777) == "0o600"


def files_beside(path: Path) -> list[str]:
    """Return the names of the files in a database's folder."""
    return sorted(item.name for item in path.parent.iterdir())


FOREIGN = {
    "tables of its own": ["CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)"],
    "an Alembic revision not ours": [
        "CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)",
        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)",
        "INSERT INTO alembic_version VALUES ('3f2a9c1b7d4e')",
    ],
    "one of our revision names on its own tables": [
        "CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)",
        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)",
        "INSERT INTO alembic_version VALUES ('0003')",
    ],
    "our newest revision name on its own tables": [
        "CREATE TABLE trainees (id INTEGER PRIMARY KEY, name TEXT)",
        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)",
        f"INSERT INTO alembic_version VALUES ('{SCHEMA_HEAD}')",
    ],
}


@pytest.mark.parametrize("journal", ["delete", "wal"])
@pytest.mark.parametrize("statements", FOREIGN.values(), ids=FOREIGN.keys())
def test_another_programs_file_is_told_as_foreign_and_stays_byte_identical(
    tmp_path: Path, statements: list[str], journal: str
) -> None:
    """Another program's SQLite file is foreign, and the start leaves it and its folder as found."""
    path = tmp_path / "other.sqlite3"
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute(f"PRAGMA journal_mode={journal}")
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    before, names = path.read_bytes(), files_beside(path)
    with pytest.raises(DatabaseProblem) as caught:
        open_database(sqlite_url(path), tmp_path / "backups")
    assert caught.value.code == "foreign"
    assert path.read_bytes() == before  # not even its journal mode was set
    assert files_beside(path) == names
    with pytest.raises(DatabaseProblem) as refused:
        check_backup(path)
    assert refused.value.code == "foreign"


def test_a_journal_left_without_its_database_is_not_thrown_away(tmp_path: Path) -> None:
    """Only the -wal file of a database left: the data is called missing, and the -wal kept."""
    path = tmp_path / "sterkblijven.sqlite3"
    database = open_database(sqlite_url(path))
    with database.engine.connect() as connection:
        connection.execute(text("PRAGMA wal_autocheckpoint=0"))
        connection.execute(text("INSERT INTO settings (key, value) VALUES ('language', 'en')"))
        connection.commit()
        wal = path.with_name(path.name + "-wal").read_bytes()
        assert wal
        for name in (path.name, path.name + "-shm"):
            (tmp_path / name).unlink()
        for empty in (False, True):
            if empty:
                path.write_bytes(b"")  # an empty file in its place says no more
            with pytest.raises(DatabaseProblem) as caught:
                open_database(sqlite_url(path), tmp_path / "backups")
            assert caught.value.code == "missing"
            assert path.with_name(path.name + "-wal").read_bytes() == wal
    database.close()


@sqlite_only
def test_what_a_cut_off_restore_left_is_cleared_at_the_next_start(
    database_path: Path, database: Database
) -> None:
    """A half-built database beside the real one, and its journals, go when the data is opened."""
    database.close()
    leftovers = [
        database_path.with_name(database_path.name + ".restoring" + ending)
        for ending in ("", "-journal", "-wal", "-shm")
    ]
    for leftover in leftovers:
        leftover.write_bytes(b"half a database" * 1000)
    open_database(sqlite_url(database_path)).close()
    assert not [leftover.name for leftover in leftovers if leftover.exists()]


def settings_in(path: Path) -> list[tuple[str, str]]:
    """Return the settings a database file holds, read without changing it."""
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        return [tuple(row) for row in db.execute("SELECT key, value FROM settings")]


def test_a_restore_never_puts_a_copy_taken_away_meanwhile_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program opening the data while a restore builds its copy: refused, data kept."""
    path = tmp_path / "sterkblijven.sqlite3"
    open_database(sqlite_url(path)).close()
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        db.execute("INSERT INTO settings (key, value) VALUES ('language', 'en')")
    backup = backup_file(path, tmp_path / "backups" / "manual-20261121-100000.sqlite3")
    real = open_read_only

    class Meanwhile:
        """The backup's reader; once it has copied, another program opens the data."""

        def __init__(self, connection: sqlite3.Connection) -> None:
            self.connection = connection

        def backup(self, target: sqlite3.Connection) -> None:
            self.connection.backup(target)
            open_database(sqlite_url(path)).close()  # which clears what it takes for leftovers

        def __getattr__(self, name: str) -> object:
            return getattr(self.connection, name)

    reader = "sterkblijven.storage.database.open_read_only"
    monkeypatch.setattr(reader, lambda source: Meanwhile(real(source)))
    with pytest.raises(DatabaseProblem):
        restore_file(backup, path)
    assert settings_in(path) == [("language", "en")]
    assert not list(tmp_path.glob("*.restoring*"))


def test_files_beside_a_file_not_recognised_are_left_alone(tmp_path: Path) -> None:
    """Opening another program's file removes nothing beside it, not even a ".restoring" file."""
    path = tmp_path / "other.sqlite3"
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        db.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY)")
    neighbour = tmp_path / "other.sqlite3.restoring"
    neighbour.write_bytes(b"someone else's file")
    with pytest.raises(DatabaseProblem) as caught:
        open_database(sqlite_url(path), tmp_path / "backups")
    assert caught.value.code == "foreign"
    assert neighbour.read_bytes() == b"someone else's file"


def damage_quietly(path: Path) -> None:
    """Damage a table page so that the file still reads, but fails its integrity check."""
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.execute("PRAGMA journal_mode=DELETE")
        with db:
            db.executemany(
                "INSERT INTO settings (key, value) VALUES (?, ?)",
                [(f"key{number:05d}", "v" * 50) for number in range(300)],
            )
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
    content = bytearray(path.read_bytes())
    for start in range(page_size, len(content), page_size):
        if content[start] != 0x0D:  # a leaf page of a table
            continue
        found = content.find(b"key00007", start, start + page_size)
        if found > 0:
            content[found : found + 8] = b"key99999"  # the row no longer fits its index
            break
    path.write_bytes(bytes(content))
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() != ("ok",)


def test_old_data_whose_copy_before_the_update_fails_its_check_is_told_as_damaged(
    tmp_path: Path,
) -> None:
    """Damaged data an update would start on is "damaged" (backups offered), and left as it was."""
    path = tmp_path / "sterkblijven.sqlite3"
    engine = make_engine(sqlite_url(path))
    upgrade(engine, "0005")
    engine.dispose()
    damage_quietly(path)
    before = path.read_bytes()
    with pytest.raises(DatabaseProblem) as caught:
        open_database(sqlite_url(path), tmp_path / "backups")
    assert caught.value.code == "damaged"
    assert caught.value.code in START_PROBLEMS
    assert path.read_bytes() == before
    assert not list((tmp_path / "backups").glob("*"))


@pytest.mark.parametrize(
    "kind", ["an Alembic revision not ours", "one of our revision names on its own tables"]
)
def test_a_database_reached_through_its_engine_is_judged_as_a_file_is(
    tmp_path: Path, kind: str
) -> None:
    """A URL that is no plain file path gets the same judgement: foreign is not "newer"."""
    path = tmp_path / "other.sqlite3"
    with contextlib.closing(sqlite3.connect(path)) as connection:
        for statement in FOREIGN[kind]:
            connection.execute(statement)
        connection.commit()
    with pytest.raises(DatabaseProblem) as caught:
        open_database(f"sqlite+pysqlite:///{path}")
    assert caught.value.code == "foreign"


def test_the_actor_is_the_server_login_and_nobody_at_home(database: Database) -> None:
    """On a server the login names who acts; the SQLite file at home names nobody."""
    if database.is_server:
        assert database.actor == "postgres"
    else:
        assert database.actor is None
