"""Whose a SQLite file is and at which revision, read without changing a byte of it.

The start reads this before any pragma is set or any migration runs: a file the app does not
recognise as its own, or cannot use as it is, must stay exactly as it was found.
"""

from __future__ import annotations

import contextlib
import functools
import sqlite3
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import create_engine

from sterkblijven.storage.migrating import SCHEMA_HEAD, scripts, upgrade
from sterkblijven.storage.problems import DatabaseProblem

SQLITE_HEADER = b"SQLite format 3\x00"
# What SQLite keeps beside a database file: its name with one of these endings.
JOURNAL_ENDINGS = ("-journal", "-wal", "-shm")
# A database in WAL mode, as this app keeps its data: the file, its -wal and its -shm.
WAL_FILES = ("", "-wal", "-shm")
# Alembic's batch mode copies a table through one of this name; a cut-off step may leave it.
_BATCH_COPY = "_alembic_tmp_"
Schema = dict[str, frozenset[str]]  # each table with its column names


def beside(path: Path, ending: str) -> Path:
    """Return the file named as ``path`` with ``ending`` added, as SQLite names its journals."""
    return path.with_name(path.name + ending)


def in_wal_mode(header: bytes) -> bool:
    """Return True when a database file's header says it is in WAL mode."""
    return len(header) > 18 and header[18] == 2


def file_size(path: Path) -> int:
    """Return a file's size, 0 when it is not there."""
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """Return a read-only SQLite URI for a file, whatever characters its folders hold."""
    name = quote(path.as_posix(), safe="/:")
    if name.startswith("//"):  # a Windows share: an empty authority before its own two
        name = "//" + name
    return f"file:{name}?mode=ro" + ("&immutable=1" if immutable else "")


def open_read_only(source: Path) -> sqlite3.Connection:
    """Open a database file for reading only, also on a write-protected stick or share."""
    connection = sqlite3.connect(read_only_uri(source), uri=True)
    try:
        connection.execute("PRAGMA schema_version").fetchone()
        return connection
    except sqlite3.OperationalError:
        # A file in WAL mode on a write-protected stick or share cannot be opened read-only
        # the usual way. Read as immutable it can; its WAL, if any, could not be read anyway.
        connection.close()
        return sqlite3.connect(read_only_uri(source, immutable=True), uri=True)


def inspect_file(path: Path) -> str | None:
    """Return the schema revision of a SQLite file, read without changing it; None if new.

    None means there is nothing in it yet (no file, an empty one, or no tables). Nothing is
    written and no pragma set, so a file that is not this app's stays byte for byte as it was.
    Raises DatabaseProblem: "missing" (only its -wal is left), "damaged", "foreign",
    "newer_version" or "half_migrated"; OSError and sqlite3.Error when it cannot be read.
    """
    wal = beside(path, "-wal")
    if file_size(path) == 0 and not path.is_dir():
        if file_size(wal):
            # SQLite would take this for a new database and throw the -wal away with the data.
            raise DatabaseProblem("missing", str(path), "only its -wal is left")
        return None
    with path.open("rb") as file:
        header = file.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise DatabaseProblem("damaged", str(path), "no SQLite header")
    # In WAL mode without a -wal the file is whole: read as immutable, nothing is made beside
    # it (a read-only connection would leave an empty -wal and -shm).
    immutable = in_wal_mode(header) and not wal.exists()
    uri = read_only_uri(path, immutable=immutable)
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as db:
        return revision_of(db, str(path))


def revision_of(db: sqlite3.Connection, where: str) -> str | None:
    """Return the revision of an open database whose tables fit it; None without tables.

    Raises DatabaseProblem: "foreign", "newer_version" or "half_migrated".
    """
    found = schema_of(db)
    revision = None
    if "version_num" in found.get("alembic_version", ()):
        row = db.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = None if row is None else str(row[0])
    return judge(found, revision, where)


def judge(found: Schema, revision: str | None, where: str) -> str | None:
    """Return the revision of a database with these tables and this stamp; None without tables.

    The one judgement of whose a database is, for a SQLite file and any other database alike.
    Raises DatabaseProblem: "foreign", "newer_version" or "half_migrated".
    """
    if revision == SCHEMA_HEAD and found == _head_schema():
        return revision  # every normal start: no need to read the migration scripts
    schemas = revision_schemas()
    # Every table and column any revision of ours has had; a batch copy counts as its table.
    ever: dict[str, set[str]] = {}
    for schema in schemas.values():
        for table, columns in schema.items():
            ever.setdefault(table, set()).update(columns)
    named = {table.removeprefix(_BATCH_COPY) for table in found}
    fits = all(
        columns <= ever.get(table.removeprefix(_BATCH_COPY), set())
        for table, columns in found.items()
    )
    # The tables every revision of ours has had: an update never goes without them.
    always = set.intersection(*(set(schema) for schema in schemas.values()))
    if revision in schemas:
        if found == schemas[revision]:
            return revision
        if fits and always <= named:  # the steps of an update committed one by one, then cut
            raise DatabaseProblem("half_migrated", where, f"tables do not fit {revision}")
        raise DatabaseProblem("foreign", where, f"other tables under revision {revision}")
    if revision is None:
        if not named - {"alembic_version"}:
            return None  # no data yet: an empty file, or a first upgrade that never began
        if fits and "alembic_version" in named:  # a first upgrade cut off half-way
            raise DatabaseProblem("half_migrated", where, "tables without their revision")
        raise DatabaseProblem("foreign", where)
    # A revision this version does not know: a newer one of ours still has the tables that
    # every revision of ours has had; another program's file does not.
    if always <= named:
        raise DatabaseProblem("newer_version", where, f"schema revision {revision}")
    raise DatabaseProblem("foreign", where, f"schema revision {revision}")


def schema_of(db: sqlite3.Connection) -> Schema:
    """Return each table of a database (SQLite's own left out) with its column names."""
    tables = [
        row[0]
        for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
        )
    ]
    return {
        table: frozenset(
            row[0] for row in db.execute("SELECT name FROM pragma_table_info(?)", (table,))
        )
        for table in tables
    }


@functools.cache
def _head_schema() -> Schema:
    """Return the newest schema as the models describe it (tests hold it to the migrations)."""
    from sterkblijven.storage.models import Base

    schema = {
        table.name: frozenset(column.name for column in table.columns)
        for table in Base.metadata.tables.values()
    }
    return {**schema, "alembic_version": frozenset({"version_num"})}


@functools.cache
def revision_schemas() -> dict[str, Schema]:
    """Return the tables and columns at every revision, built once in memory, oldest first.

    Needed only for a file not at the newest revision (an update, an old backup, a file that
    is not right), so a normal start never pays for it.
    """
    engine = create_engine("sqlite://")  # one connection per thread: the same memory
    schemas: dict[str, Schema] = {}
    try:
        for script in reversed(list(scripts().walk_revisions())):
            upgrade(engine, script.revision)
            with engine.connect() as connection:
                driver = connection.connection.driver_connection
                assert isinstance(driver, sqlite3.Connection)
                schemas[script.revision] = schema_of(driver)
    finally:
        engine.dispose()
    return schemas
