"""The engine, its SQLite settings, opening (and migrating) the data, backups and restores.

This is the one module that knows it may be talking to SQLite; everything else in storage
is portable SQLAlchemy, so the same code can serve another database through its URL.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool, QueuePool

from sterkblijven.paths import PRIVATE_FILE_MODE
from sterkblijven.storage.migrating import MIGRATIONS_DIR, SCHEMA_HEAD, head_revision, upgrade
from sterkblijven.storage.problems import START_PROBLEMS, DatabaseProblem, classify
from sterkblijven.storage.recognition import (
    JOURNAL_ENDINGS,
    WAL_FILES,
    Schema,
    beside,
    file_size,
    inspect_file,
    judge,
    open_read_only,
    read_only_uri,
    revision_of,
)
from sterkblijven.storage.server import is_checked_url

if TYPE_CHECKING:
    from sterkblijven.paths import DataPaths

__all__ = [
    "MIGRATIONS_DIR",
    "PRIVATE_FILE_MODE",
    "SCHEMA_HEAD",
    "START_PROBLEMS",
    "Database",
    "DatabaseProblem",
    "Transaction",
    "backup_file",
    "check_backup",
    "head_revision",
    "make_engine",
    "open_database",
    "open_folder",
    "restore_file",
    "sqlite_path",
    "sqlite_url",
    "upgrade",
]

# A restore builds the new database beside the old one under this ending, then renames it.
RESTORING = ".restoring"
# Over damaged data, the old journals wait under this ending until the new database is in
# place: put back should the swap fail, so that the data is then exactly as it was.
SET_ASIDE = ".aside"
# Windows refuses to rename over a file another program holds open (a virus scanner or the
# search indexer, mostly for a moment) with a sharing violation, which Python raises as
# PermissionError. As is usual there, the swap is tried a few times, briefly, before it fails.
RENAME_TRIES = 5
RENAME_PAUSE_SECONDS = 0.2
# The unit of work handed to repository functions; services name it without importing SQLAlchemy.
Transaction = Session


class Database:
    """An open, up-to-date database with one unit of work per user action."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._actor: str | None = None

    @property
    def is_server(self) -> bool:
        """Return True for a practice's shared server, False for the SQLite file at home."""
        return self.engine.dialect.name != "sqlite"

    @property
    def actor(self) -> str | None:
        """Return who is logged in to a practice's server (their login name); None at home.

        At home there is one carer, who is not named; on a server each carer logs in as
        themselves, and what they decide is recorded under that name.
        """
        if self._actor is None and self.is_server:
            with self.engine.connect() as connection:
                self._actor = str(connection.execute(text("SELECT current_user")).scalar())
        return self._actor

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """Yield a session whose work is committed on success and rolled back on error.

        A database failure surfaces as DatabaseProblem, which the UI can explain.
        """
        try:
            with self._sessions.begin() as session:
                # Who is at work, for storage to record with every change (storage/versions).
                session.info["actor"] = self.actor
                yield session
        except SQLAlchemyError as error:
            raise DatabaseProblem(classify(error), str(self.engine.url), str(error)) from error

    def backup(self, target: Path) -> Path | None:
        """Write a verified copy of a SQLite database; None for other databases."""
        path = sqlite_path(str(self.engine.url))
        if path is None:
            return None
        try:
            return backup_file(path, target)
        except (sqlite3.Error, OSError) as error:
            raise DatabaseProblem(classify(error), str(target), str(error)) from error

    def backup_source(self) -> Path | None:
        """Return the SQLite file behind this database, or None for other databases."""
        return sqlite_path(str(self.engine.url))

    def restore(self, source: Path, *, discard_journal: bool = False) -> None:
        """Replace the data with a backup brought up to date; the caller keeps a copy first.

        Nothing is replaced unless the backup's copy migrated and checked sound first. With
        ``discard_journal`` the data's own -wal is not read but dropped (the caller kept it).
        """
        path = sqlite_path(str(self.engine.url))
        if path is None:
            raise DatabaseProblem("not_sqlite", str(self.engine.url))
        # A connection still in use (another thread at work) would outlive the swap, and go on
        # writing into the old file and a -wal by the new one's name; dispose closes only the
        # connections the pool holds.
        if isinstance(self.engine.pool, QueuePool) and self.engine.pool.checkedout():
            raise DatabaseProblem("locked", str(path), "a connection to the data is in use")
        self.engine.dispose()
        restore_file(source, path, discard_journal=discard_journal)

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

    A SQLite file is first read without changing it: one this app does not recognise as its
    own, or cannot use as it is, is left byte for byte as it was, and so is every file beside
    it. Before a migration touches an existing file, a copy is written to ``backup_dir``.
    Raises DatabaseProblem with one of the START_PROBLEMS.
    """
    path = sqlite_path(url)
    revision: str | None = None
    if path is None and not url.startswith("sqlite"):
        return _open_server(url)
    if path is not None:
        try:
            revision = inspect_file(path)
            # Only now that the file is known as this app's (or there is none yet) is a restore
            # cut off beside it this app's too, and cleared.
            clear_restore_leftovers(path)
        except (sqlite3.Error, OSError) as error:
            raise DatabaseProblem(classify(error), url, str(error)) from error
    existed = path is not None and path.exists()
    try:
        engine = make_engine(url)
    except (SQLAlchemyError, ImportError) as error:  # a malformed URL, or no driver for it
        raise DatabaseProblem("unusable", url, str(error)) from error
    try:
        if path is None:  # another database, or one in memory: asked through the engine
            revision = current_revision(engine)
        if revision != SCHEMA_HEAD:
            if existed and path is not None and backup_dir is not None:
                _back_up_before_update(path, backup_dir, revision, url)
            _upgrade_at_start(engine, url)
        if path is not None and path.exists():
            path.chmod(PRIVATE_FILE_MODE)
    except DatabaseProblem as problem:
        engine.dispose()
        if problem.code in START_PROBLEMS:
            raise
        # Whatever else stopped it still needs words and a way out at start.
        raise DatabaseProblem("unusable", url, str(problem)) from problem
    except (SQLAlchemyError, sqlite3.Error, OSError) as error:
        engine.dispose()
        raise DatabaseProblem(classify(error), url, str(error)) from error
    return Database(engine)


def _open_server(url: str) -> Database:
    """Open a practice's server database as it is: only its administrator updates the schema.

    Several computers start against one server, and a carer may not change tables; so a schema
    older or newer than this version's is refused, changing nothing, and the carer is told to
    ask the administrator.
    """
    try:
        checked = not url.startswith("postgresql") or is_checked_url(url)
        engine = make_engine(url)
    except (SQLAlchemyError, ImportError) as error:  # a malformed URL, or no driver for it
        raise DatabaseProblem("unusable", url, str(error)) from error
    if not checked:
        # Refused before connecting: the password never goes to a server that was not proved
        # to be the practice's (sslmode=verify-full with the practice's CA file).
        engine.dispose()
        raise DatabaseProblem("server_unchecked", url, "no sslmode=verify-full and sslrootcert")
    try:
        revision = current_revision(engine)
    except DatabaseProblem as problem:
        engine.dispose()
        if problem.code == "newer_version":
            raise DatabaseProblem("server_newer", url, problem.detail) from problem
        raise
    except SQLAlchemyError as error:
        engine.dispose()
        raise DatabaseProblem(classify(error), url, str(error)) from error
    if revision != SCHEMA_HEAD:
        engine.dispose()
        # No schema at all is a server not set up yet: the administrator's job, too.
        raise DatabaseProblem("server_older", url, f"schema revision {revision}")
    return Database(engine)


def _back_up_before_update(path: Path, folder: Path, revision: str | None, url: str) -> None:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    try:
        backup_file(path, folder / f"before-migration-{revision}-{stamp}.sqlite3")
    except DatabaseProblem as problem:
        if problem.code != "backup_failed":
            raise
        # The copy of the data as it is failed its integrity check: the data itself is
        # damaged, which a backup put back mends (the data's own bytes are kept first).
        raise DatabaseProblem("damaged", url, "its copy before the update is damaged") from problem


def _upgrade_at_start(engine: Engine, url: str) -> None:
    # The upgrade is one transaction: whatever stops it, the data is as it was before.
    try:
        upgrade(engine)
    except DatabaseProblem:
        raise
    except (SQLAlchemyError, sqlite3.Error) as error:
        code = classify(error)
        # A full disk or a locked file says what to do; anything else is this version's fault.
        raise DatabaseProblem(
            "upgrade_failed" if code == "unusable" else code, url, str(error)
        ) from error


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
        keep_private(sqlite_path(url))  # before WAL mode makes the -wal and -shm beside it
        cursor.execute("PRAGMA journal_mode=WAL")
        # FULL makes each commit survive a power cut, not only a crash of the app.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    return engine


def keep_private(path: Path | None) -> None:
    """Make a SQLite file, its -wal and its -shm readable by their owner only, whatever the umask.

    SQLite gives a new -wal and -shm the database file's own mode, so a database file made
    private before WAL mode is set keeps all three private, also when a script or the command
    line opens it with a umask that lets others read. Another user's file is left as it is.
    """
    if path is None:
        return
    for file in (beside(path, ending) for ending in WAL_FILES):
        with contextlib.suppress(OSError):  # not made (yet), or not this user's to change
            if stat.S_IMODE(file.stat().st_mode) != PRIVATE_FILE_MODE:
                file.chmod(PRIVATE_FILE_MODE)


def current_revision(engine: Engine) -> str | None:
    """Return the schema revision of a database reached through its engine; None when empty.

    Judged as a SQLite file is: raises DatabaseProblem "foreign", "newer_version" or
    "half_migrated".
    """
    with engine.connect() as connection:
        found: Schema = {
            table: frozenset(column["name"] for column in inspect(connection).get_columns(table))
            for table in inspect(connection).get_table_names()
        }
        revision = None
        if "version_num" in found.get("alembic_version", ()):
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return judge(found, None if revision is None else str(revision), str(engine.url))


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
            contextlib.closing(sqlite3.connect(read_only_uri(source), uri=True)) as src,
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


def restore_file(source: Path, path: Path, *, discard_journal: bool = False) -> None:
    """Replace the database file at ``path`` with a backup, brought up to the newest schema.

    The backup is copied beside the database (``<name>.restoring``), migrated and checked
    there; only a sound copy then takes the database's place, in one rename, so that at every
    moment ``path`` holds a whole database: the old one or the new one. ``path`` need not
    exist. The old database's -wal is first written into it, or dropped with
    ``discard_journal`` (the caller has kept a copy): left beside the new file, SQLite would
    read it into that. Raises DatabaseProblem.
    """
    revision = check_backup(source)
    if same_file(source, path):
        raise DatabaseProblem("same_file", str(source))
    staged = beside(path, RESTORING)
    try:
        clear_restore_leftovers(path)
        _build(source, staged, revision)
        _sync(staged)
        aside = _settle_journal(path, discard=discard_journal)
        try:
            _swap(staged, path)
        except OSError as error:
            for journal, kept in aside:
                os.replace(kept, journal)
            raise DatabaseProblem("not_replaced", str(path), str(error)) from error
        _sync_folder(path.parent)
        for _journal, kept in aside:  # the caller has its copy
            kept.unlink(missing_ok=True)
    except DatabaseProblem:
        raise
    except (SQLAlchemyError, sqlite3.Error, OSError) as error:
        raise DatabaseProblem(classify(error), str(path), str(error)) from error
    finally:
        with contextlib.suppress(OSError):
            clear_restore_leftovers(path)


class _HeldConnection(sqlite3.Connection):
    """A connection that stays open when SQLAlchemy closes it; ``let_go`` closes it."""

    def close(self) -> None:
        """Keep the connection open: its owner closes it with ``let_go``."""

    def let_go(self) -> None:
        """Close the connection."""
        super().close()


def _build(source: Path, staged: Path, revision: str) -> None:
    """Copy a backup into ``staged``, bring it up to date and check it, through one connection.

    The file is made here, for this copy alone, and one connection holds it from the first
    page copied to the last check. Should anything take the file away meanwhile (a program
    that opens the data and clears what it takes for a cut-off restore), a new connection by
    its name would make an empty database there, which passes SQLite's integrity check; this
    one still holds the copy, and the check before the rename finds the name no longer leads
    to it.
    """
    descriptor = os.open(staged, os.O_RDWR | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    try:
        made = os.fstat(descriptor)
    finally:
        os.close(descriptor)
    held = sqlite3.connect(staged, factory=_HeldConnection)
    try:
        with contextlib.closing(open_read_only(source)) as src:
            src.backup(held)
        if revision != SCHEMA_HEAD:
            engine = create_engine(sqlite_url(staged), creator=lambda: held, poolclass=NullPool)
            try:
                upgrade(engine)
            finally:
                engine.dispose()
        ok = held.execute("PRAGMA integrity_check").fetchone()
        if ok is None or ok[0] != "ok":
            raise DatabaseProblem("damaged", str(source), "integrity check failed")
        # All of it in the one file, which is what the rename moves.
        held.execute("PRAGMA journal_mode=DELETE")
        if revision_of(held, str(staged)) != SCHEMA_HEAD:  # an empty database has none
            raise DatabaseProblem("damaged", str(source), "the copy holds no data")
        try:
            there = staged.stat()
        except FileNotFoundError:
            there = None
        if (
            there is None
            or (there.st_dev, there.st_ino) != (made.st_dev, made.st_ino)
            or there.st_size == 0
        ):
            raise DatabaseProblem("locked", str(staged), "another program took the copy away")
    finally:
        held.let_go()


def clear_restore_leftovers(path: Path) -> None:
    """Remove what a restore cut off half-way left beside the database; never the database.

    That is the copy it was building, and the old journals it had set aside: the restore's
    caller kept those in its copy of the damaged data before.
    """
    staged = beside(path, RESTORING)
    for leftover in [beside(staged, ending) for ending in ("", *JOURNAL_ENDINGS)] + [
        beside(path, SET_ASIDE + ending) for ending in JOURNAL_ENDINGS
    ]:
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def _settle_journal(path: Path, *, discard: bool) -> list[tuple[Path, Path]]:
    """Leave the database at ``path`` whole in its one file, with no journal beside it.

    With ``discard`` the journals are not read but set aside; returned, each with where it
    went, to be put back should the database stay.
    """
    journals = [beside(path, ending) for ending in JOURNAL_ENDINGS]
    if not any(journal.exists() for journal in journals):
        return []
    if discard:
        aside = [(j, beside(path, SET_ASIDE + j.name.removeprefix(path.name))) for j in journals]
        aside = [(journal, kept) for journal, kept in aside if journal.exists()]
        for journal, kept in aside:
            os.replace(journal, kept)
        return aside
    if path.is_file() and path.stat().st_size > 0:
        # Writes what the -wal holds into the file; closing the last connection removes it.
        with contextlib.closing(sqlite3.connect(path)) as live:
            row = live.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if row is not None and row[0]:
            raise DatabaseProblem("locked", str(path), "the -wal is still in use")
    for journal in journals:
        if journal.name.endswith(("-wal", "-journal")) and file_size(journal):
            raise DatabaseProblem("locked", str(path), f"{journal.name} is still in use")
        journal.unlink(missing_ok=True)
    return []


def _swap(staged: Path, path: Path) -> None:
    """Rename the new database over the old one, trying again while Windows says it is held."""
    for attempt in range(1, RENAME_TRIES + 1):
        try:
            os.replace(staged, path)
            return
        except PermissionError:
            if attempt == RENAME_TRIES:
                raise
            time.sleep(RENAME_PAUSE_SECONDS)


def _sync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDWR)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _sync_folder(folder: Path) -> None:
    # A rename lasts through a power cut once its folder is synced; Windows has no such call.
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def check_backup(source: Path) -> str:
    """Return the schema revision of a backup after checking that it can be restored.

    Raises DatabaseProblem: "not_found", "damaged" (not SQLite, or fails its integrity
    check), "foreign" (another program's database), "newer_version", or "half_migrated"
    (a copy of data whose update was cut off).
    """
    if not source.is_file():
        raise DatabaseProblem("not_found", str(source))
    try:
        with contextlib.closing(open_read_only(source)) as db:
            ok = db.execute("PRAGMA integrity_check").fetchone()
            if ok is None or ok[0] != "ok":
                raise DatabaseProblem("damaged", str(source), "integrity check failed")
            revision = revision_of(db, str(source))
    except sqlite3.Error as error:
        raise DatabaseProblem(classify(error), str(source), str(error)) from error
    if revision is None:  # an empty database: nothing of this app in it
        raise DatabaseProblem("foreign", str(source), "no schema revision")
    return revision
