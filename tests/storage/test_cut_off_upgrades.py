"""An upgrade cut off half-way leaves the old revision as it was; an earlier cut one is told.

Every schema change of an upgrade runs in one SQLite transaction, so an upgrade that stops at
any statement (an error, a kill, a power cut) leaves the file as it was. Files that an earlier
version of the app left half-migrated (its steps committed one by one) are recognised, and
never mistaken for data that is fine or for another program's file.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event

from sterkblijven.storage import DatabaseProblem, open_database
from sterkblijven.storage.database import (
    MIGRATIONS_DIR,
    SCHEMA_HEAD,
    check_backup,
    make_engine,
    sqlite_url,
    upgrade,
)
from tests.storage.test_migrations import fill_every_table

OLD = "0001"
WRITES = ("CREATE", "ALTER", "INSERT", "UPDATE", "DROP", "DELETE")


class CutOff(Exception):
    """The upgrade stopped here, as a disk error or a kill would stop it."""


def schema(path: Path) -> dict[str, list[str]]:
    """Return every table of a file with its columns, read without changing it."""
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            table: [
                row[0]
                for row in connection.execute("SELECT name FROM pragma_table_info(?)", (table,))
            ]
            for table in sorted(tables)
        }


def rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Return every row of every table of a file."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return {
            table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in schema(path)
        }


def revision(path: Path) -> str:
    """Return the revision stamped in a file."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])


@pytest.fixture(scope="module")
def old_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a file at the first revision with a row in every table."""
    folder = tmp_path_factory.mktemp("old")
    made = folder / "made.sqlite3"
    engine = make_engine(sqlite_url(made))
    upgrade(engine, OLD)
    engine.dispose()
    fill_every_table(made)
    path = folder / "old.sqlite3"
    with (
        contextlib.closing(sqlite3.connect(made)) as source,
        contextlib.closing(sqlite3.connect(path)) as copy,
    ):
        source.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")  # all of it in the one file, to copy
    return path


def cut_at(engine: Engine, number: int) -> list[str]:
    """Make the ``number``-th statement an engine runs fail; return every statement it ran."""
    ran: list[str] = []

    def count(_c: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        ran.append(statement.strip())
        if len(ran) == number:
            raise CutOff(statement.strip().split("\n", 1)[0])

    event.listen(engine, "before_cursor_execute", count)
    return ran


def writing_statements(old_file: Path, tmp_path: Path) -> list[int]:
    """Return the numbers of the statements of a full upgrade that change the file."""
    path = tmp_path / "count.sqlite3"
    shutil.copyfile(old_file, path)
    engine = make_engine(sqlite_url(path))
    ran = cut_at(engine, 0)
    upgrade(engine)
    engine.dispose()
    assert revision(path) == SCHEMA_HEAD
    return [n for n, sql in enumerate(ran, start=1) if sql.upper().startswith(WRITES)]


def test_an_upgrade_cut_off_at_any_change_leaves_the_old_revision_intact(
    old_file: Path, tmp_path: Path
) -> None:
    """Stopped at any statement that changes the file, the upgrade leaves the old file as it was."""
    before_schema, before_rows = schema(old_file), rows(old_file)
    points = writing_statements(old_file, tmp_path)
    assert len(points) > 20  # every migration step writes; all of them are cut somewhere
    for number in points:
        path = tmp_path / f"cut-{number}.sqlite3"
        shutil.copyfile(old_file, path)
        engine = make_engine(sqlite_url(path))
        cut_at(engine, number)
        with pytest.raises(CutOff):
            upgrade(engine)
        engine.dispose()
        assert revision(path) == OLD, number
        assert schema(path) == before_schema, number
        assert rows(path) == before_rows, number
        if number == points[-1] or number % 5 == 0:  # and the next start upgrades it normally
            open_database(sqlite_url(path), tmp_path / "backups").close()
            assert revision(path) == SCHEMA_HEAD


# The newest revision a version that committed each step on its own could have run: later
# revisions came with versions that run the whole upgrade as one transaction.
EARLIER_VERSIONS_HEAD = "0011"


def earlier_versions_upgrade(path: Path, number: int) -> list[str]:
    """Upgrade as earlier versions did, each statement committed on its own; cut at one.

    Returns every statement run (all of them with a ``number`` of 0, which cuts nowhere).
    """
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    engine = create_engine(sqlite_url(path), isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        driver = connection.connection.driver_connection
        assert driver is not None
        driver.execute("PRAGMA foreign_keys=OFF")
        ran = cut_at(engine, number)
        config.attributes["connection"] = connection
        with pytest.raises(CutOff) if number else contextlib.nullcontext():
            command.upgrade(config, EARLIER_VERSIONS_HEAD)
    engine.dispose()
    return ran


def test_a_file_an_earlier_version_left_half_migrated_is_recognised(
    old_file: Path, tmp_path: Path
) -> None:
    """Steps committed one by one, then cut: the file is told as half-migrated and kept."""
    seen: set[str] = set()
    counted = tmp_path / "counted.sqlite3"
    shutil.copyfile(old_file, counted)
    ran = earlier_versions_upgrade(counted, 0)
    for number in [n for n, sql in enumerate(ran, start=1) if sql.upper().startswith(WRITES)]:
        path = tmp_path / f"earlier-{number}.sqlite3"
        shutil.copyfile(old_file, path)
        earlier_versions_upgrade(path, number)
        before = path.read_bytes()
        try:
            open_database(sqlite_url(path), tmp_path / "backups").close()
        except DatabaseProblem as problem:
            assert problem.code == "half_migrated", f"{number}: {problem}"
            assert path.read_bytes() == before, number  # not touched, not even its journal mode
            with pytest.raises(DatabaseProblem) as refused:
                check_backup(path)  # nor offered as a backup to put back
            assert refused.value.code == "half_migrated"
            seen.add(problem.code)
        else:  # cut between two whole steps: a sound file at an older revision, upgraded now
            assert revision(path) == SCHEMA_HEAD, number
            seen.add("upgraded")
    assert seen == {"half_migrated", "upgraded"}


def test_a_file_whose_revision_says_old_but_holds_newer_tables_is_half_migrated(
    tmp_path: Path,
) -> None:
    """A stamp of 0002 on the newest tables is no file to upgrade, nor another program's."""
    path = tmp_path / "data.sqlite3"
    open_database(sqlite_url(path)).close()
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '0002'")
    with pytest.raises(DatabaseProblem) as caught:
        open_database(sqlite_url(path), tmp_path / "backups")
    assert caught.value.code == "half_migrated"
    assert not (tmp_path / "backups").exists()  # no backup of a file that is not sound
