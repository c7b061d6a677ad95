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
from collections.abc import Callable
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


def cut_at(
    engine: Engine, number: int, watch: Callable[[int, str], None] | None = None
) -> list[str]:
    """Make the ``number``-th statement an engine runs fail; return every statement it ran.

    ``watch`` is called with each statement's number and text before the statement runs.
    """
    ran: list[str] = []

    def count(_c: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        ran.append(statement.strip())
        if watch is not None:
            watch(len(ran), ran[-1])
        if len(ran) == number:
            raise CutOff(statement.strip().split("\n", 1)[0])

    event.listen(engine, "before_cursor_execute", count)
    return ran


def changes(statement: str) -> bool:
    """Return True for a statement that changes the file."""
    return statement.upper().startswith(WRITES)


def test_an_upgrade_cut_off_at_any_change_leaves_the_old_revision_intact(
    old_file: Path, tmp_path: Path
) -> None:
    """Stopped at any statement that changes the file, the upgrade leaves the old file as it was."""
    old = (OLD, schema(old_file), rows(old_file))
    # One whole upgrade, watched: just before each change, the file as a second connection
    # reads it (all that a kill or a power cut there would leave) is still the old one.
    watched = tmp_path / "watched.sqlite3"
    shutil.copyfile(old_file, watched)
    seen: dict[int, tuple[str, dict[str, list[str]], dict[str, list[tuple[object, ...]]]]] = {}

    def look(number: int, statement: str) -> None:
        if changes(statement):
            seen[number] = (revision(watched), schema(watched), rows(watched))

    engine = make_engine(sqlite_url(watched))
    statements = cut_at(engine, 0, look)
    upgrade(engine)
    engine.dispose()
    assert revision(watched) == SCHEMA_HEAD
    points = sorted(seen)
    assert len(points) > 20  # every migration step writes; all of them are cut somewhere
    for number in points:
        assert seen[number] == old, number
    # An upgrade that fails rolls its changes back: stopped by an error at its first change
    # and as each step stamps its revision (the most a step leaves uncommitted), and the next
    # start upgrades the file normally.
    stamps = [number for number in points if "alembic_version" in statements[number - 1]]
    assert len(stamps) >= 13  # one for each step after the first revision
    for number in sorted({points[0], *stamps, points[-1]}):
        path = tmp_path / f"cut-{number}.sqlite3"
        shutil.copyfile(old_file, path)
        engine = make_engine(sqlite_url(path))
        cut_at(engine, number)
        with pytest.raises(CutOff):
            upgrade(engine)
        engine.dispose()
        assert (revision(path), schema(path), rows(path)) == old, number
        open_database(sqlite_url(path), tmp_path / "backups").close()
        assert revision(path) == SCHEMA_HEAD


# The newest revision a version that committed each step on its own could have run: later
# revisions came with versions that run the whole upgrade as one transaction.
EARLIER_VERSIONS_HEAD = "0011"


def earlier_versions_upgrade(path: Path, watch: Callable[[int, str], None]) -> None:
    """Upgrade as earlier versions did, each statement committed on its own.

    ``watch`` is called with each statement's number and text before the statement runs.
    """
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    engine = create_engine(sqlite_url(path), isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        driver = connection.connection.driver_connection
        assert driver is not None
        driver.execute("PRAGMA foreign_keys=OFF")
        cut_at(engine, 0, watch)
        config.attributes["connection"] = connection
        command.upgrade(config, EARLIER_VERSIONS_HEAD)
    engine.dispose()


def test_a_file_an_earlier_version_left_half_migrated_is_recognised(
    old_file: Path, tmp_path: Path
) -> None:
    """Steps committed one by one, then cut: the file is told as half-migrated and kept."""
    # One upgrade as earlier versions ran it: just before each change, everything before it
    # is committed and no transaction is open, so a copy of the file is what a cut there left.
    upgraded = tmp_path / "upgraded.sqlite3"
    shutil.copyfile(old_file, upgraded)
    cut: list[Path] = []

    def copy(number: int, statement: str) -> None:
        if changes(statement):
            assert not Path(f"{upgraded}-journal").exists(), number  # nothing half-written
            cut.append(tmp_path / f"earlier-{number}.sqlite3")
            shutil.copyfile(upgraded, cut[-1])

    earlier_versions_upgrade(upgraded, copy)
    assert revision(upgraded) == EARLIER_VERSIONS_HEAD
    seen: set[str] = set()
    for path in cut:
        before = path.read_bytes()
        try:
            open_database(sqlite_url(path), tmp_path / "backups").close()
        except DatabaseProblem as problem:
            assert problem.code == "half_migrated", f"{path.name}: {problem}"
            assert path.read_bytes() == before, path.name  # not touched, not even its journal
            with pytest.raises(DatabaseProblem) as refused:
                check_backup(path)  # nor offered as a backup to put back
            assert refused.value.code == "half_migrated"
            seen.add(problem.code)
        else:  # cut between two whole steps: a sound file at an older revision, upgraded now
            assert revision(path) == SCHEMA_HEAD, path.name
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
