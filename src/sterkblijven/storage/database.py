"""The engine, its SQLite settings, migrations at start-up and file backups.

This is the one module that knows it may be talking to SQLite; everything else in storage
is portable SQLAlchemy, so the same code can serve another database through its URL.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    from alembic.script import ScriptDirectory

    from sterkblijven.paths import DataPaths

# The newest migration's revision. tests/storage checks it against the migration scripts, so
# a normal start can tell "up to date" without importing Alembic (which costs start-up time).
SCHEMA_HEAD = "0006"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
PRIVATE_FILE_MODE = 0o600


# The unit of work handed to repository functions; services name it without importing SQLAlchemy.
Transaction = Session


class DatabaseProblem(Exception):
    """The database cannot be used; ``code`` says why in a word the UI can explain."""

    def __init__(self, code: str, location: str, detail: str = "") -> None:
        super().__init__(f"{code}: {location} {detail}".strip())
        self.code = code
        self.location = location
        self.detail = detail


class Database:
    """An open, up-to-date database with one unit of work per user action."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """Yield a session whose work is committed on success and rolled back on error.

        A database failure surfaces as DatabaseProblem, which the UI can explain.
        """
        try:
            with self._sessions.begin() as session:
                yield session
        except SQLAlchemyError as error:
            raise DatabaseProblem(_classify(error), str(self.engine.url), str(error)) from error

    def backup(self, target: Path) -> Path | None:
        """Write a verified copy of a SQLite database; None for other databases."""
        path = sqlite_path(str(self.engine.url))
        if path is None:
            return None
        try:
            return backup_file(path, target)
        except (sqlite3.Error, OSError) as error:
            raise DatabaseProblem(_classify(error), str(target), str(error)) from error

    def backup_source(self) -> Path | None:
        """Return the SQLite file behind this database, or None for other databases."""
        return sqlite_path(str(self.engine.url))

    def restore(self, source: Path) -> None:
        """Replace every row with those of a backup brought up to date; the caller keeps a copy.

        Nothing is replaced unless the backup's copy migrated and checked sound first.
        """
        path = sqlite_path(str(self.engine.url))
        if path is None:
            raise DatabaseProblem("not_sqlite", str(self.engine.url))
        self.engine.dispose()  # no pooled connection may hold the old pages
        restore_file(source, path)

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()


def sqlite_url(path: Path) -> str:
    """Return the SQLAlchemy URL of a SQLite file."""
    return f"sqlite:///{path}"


def sqlite_path(url: str) -> Path | None:
    """Return the file behind a SQLite URL, or None for other databases and memory."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or url == prefix or ":memory:" in url:
        return None
    return Path(url.removeprefix(prefix))


def open_database(url: str, backup_dir: Path | None = None) -> Database:
    """Open the database at ``url``, migrating it to the newest schema first.

    Before a migration touches an existing SQLite file, a copy is written to ``backup_dir``.
    """
    path = sqlite_path(url)
    existed = path is not None and path.exists()
    try:
        engine = make_engine(url)
    except (SQLAlchemyError, ImportError) as error:  # a malformed URL, or no driver for it
        raise DatabaseProblem("unusable", url, str(error)) from error
    try:
        revision = current_revision(engine)
        if revision != SCHEMA_HEAD:
            _check_known(revision, url)
            if existed and path is not None and backup_dir is not None:
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                backup_file(path, backup_dir / f"before-migration-{revision}-{stamp}.sqlite3")
            upgrade(engine)
        if path is not None and path.exists():
            path.chmod(PRIVATE_FILE_MODE)
    except DatabaseProblem:
        engine.dispose()
        raise
    except (SQLAlchemyError, sqlite3.Error, OSError) as error:
        engine.dispose()
        raise DatabaseProblem(_classify(error), url, str(error)) from error
    return Database(engine)


def open_folder(paths: DataPaths, url: str | None = None) -> Database:
    """Open (and migrate) a data folder's own database, or the database at ``url`` instead.

    Backups before a migration go to the folder's backups either way.
    """
    return open_database(url or sqlite_url(paths.database), paths.backups)


def make_engine(url: str) -> Engine:
    """Return an engine for the URL; SQLite connections get WAL, foreign keys, full sync."""
    if sqlite_path(url) is None and not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        # FULL makes each commit survive a power cut, not only a crash of the app.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    return engine


def current_revision(engine: Engine) -> str | None:
    """Return the schema revision stamped in the database, or None for an empty one."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            if inspect(connection).get_table_names():
                raise DatabaseProblem("foreign", str(engine.url))
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _check_known(revision: str | None, url: str) -> None:
    if revision is None:
        return
    if revision not in {script.revision for script in _scripts().walk_revisions()}:
        raise DatabaseProblem("newer_version", url, f"schema revision {revision}")


@functools.cache
def _scripts() -> ScriptDirectory:
    # Read once: building Alembic's map of revisions takes most of a backup check.
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS_DIR))


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the Alembic migrations up to ``revision`` on this engine."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # SQLite alters a table by copying it and dropping the old one; with foreign keys
            # on, that drop would cascade and delete every row referring to the table.
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first():
                    raise DatabaseProblem("unusable", str(engine.url), "foreign key check failed")
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()


def head_revision() -> str:
    """Return the newest revision among the migration scripts."""
    head = _scripts().get_current_head()
    assert isinstance(head, str)
    return head


def backup_file(source: Path, target: Path) -> Path:
    """Copy a SQLite file consistently with SQLite's online backup, then verify the copy.

    The copy is a single self-contained file (no WAL), so it can be read from anywhere.
    """
    if target.is_dir():
        raise DatabaseProblem("is_folder", str(target))
    if same_file(source, target):
        raise DatabaseProblem("same_file", str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    try:
        with (
            contextlib.closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
            contextlib.closing(sqlite3.connect(partial)) as dst,
        ):
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            ok = dst.execute("PRAGMA integrity_check").fetchone()
        if ok is None or ok[0] != "ok":
            raise DatabaseProblem("backup_failed", str(target), "integrity check failed")
        partial.chmod(PRIVATE_FILE_MODE)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def same_file(first: Path, second: Path) -> bool:
    """Return True when two paths name the same file."""
    try:
        return first.exists() and second.exists() and first.samefile(second)
    except OSError:
        return False


def restore_file(source: Path, path: Path) -> None:
    """Replace the database file at ``path`` with a backup, brought up to the newest schema.

    The backup is first copied beside the database, migrated and checked there; only a sound
    copy goes into the database, through SQLite's backup API, so that a failure at any step
    leaves the data as it was. ``path`` need not exist yet. Raises DatabaseProblem.
    """
    check_backup(source)
    if same_file(source, path):
        raise DatabaseProblem("same_file", str(source))
    staged = path.with_name(path.name + ".restoring")
    try:
        with (
            contextlib.closing(_read_only(source)) as src,
            contextlib.closing(sqlite3.connect(staged)) as dst,
        ):
            src.backup(dst)
        engine = make_engine(sqlite_url(staged))
        try:
            if current_revision(engine) != SCHEMA_HEAD:
                upgrade(engine)
        finally:
            engine.dispose()
        with contextlib.closing(sqlite3.connect(staged)) as checked:
            ok = checked.execute("PRAGMA integrity_check").fetchone()
            if ok is None or ok[0] != "ok":
                raise DatabaseProblem("damaged", str(source), "integrity check failed")
            with contextlib.closing(sqlite3.connect(path)) as live:
                checked.backup(live)
        path.chmod(PRIVATE_FILE_MODE)
    except DatabaseProblem:
        raise
    except (SQLAlchemyError, sqlite3.Error, OSError) as error:
        raise DatabaseProblem(_classify(error), str(path), str(error)) from error
    finally:
        for leftover in (staged, *(staged.with_name(staged.name + s) for s in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)


def _read_only(source: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        connection.execute("PRAGMA schema_version").fetchone()
        return connection
    except sqlite3.OperationalError:
        # A file in WAL mode on a write-protected stick or share cannot be opened read-only
        # the usual way. Read as immutable it can; its WAL, if any, could not be read anyway.
        connection.close()
        return sqlite3.connect(f"file:{source}?mode=ro&immutable=1", uri=True)


def check_backup(source: Path) -> str | None:
    """Return the schema revision of a backup after checking that it can be restored.

    Raises DatabaseProblem: "not_found", "damaged" (not SQLite, or fails its integrity
    check), "foreign" (another program's database) or "newer_version".
    """
    if not source.is_file():
        raise DatabaseProblem("not_found", str(source))
    try:
        with contextlib.closing(_read_only(source)) as db:
            ok = db.execute("PRAGMA integrity_check").fetchone()
            if ok is None or ok[0] != "ok":
                raise DatabaseProblem("damaged", str(source), "integrity check failed")
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
            if "alembic_version" not in tables or "trainees" not in tables:
                raise DatabaseProblem("foreign", str(source))
            row = db.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error as error:
        raise DatabaseProblem(_classify(error), str(source), str(error)) from error
    if row is None:  # a database this app made always carries its revision
        raise DatabaseProblem("foreign", str(source), "no schema revision")
    revision = str(row[0])
    _check_known(revision, str(source))
    return revision


def _classify(error: BaseException) -> str:
    message = str(error).lower()
    if "readonly" in message or "read-only" in message or isinstance(error, PermissionError):
        return "not_writable"
    if "disk is full" in message or "no space" in message:
        return "disk_full"
    if isinstance(error, DBAPIError | sqlite3.DatabaseError) and (
        "not a database" in message or "malformed" in message or "corrupt" in message
    ):
        return "damaged"
    return "unusable"
