"""A full disk and a read-only folder, simulated for one data folder at the points the app uses.

SQLite reports both through its own error messages, which are what the app classifies; these
helpers make SQLite (and the file writes beside it) fail with exactly those messages, for files
inside one folder only, so that the test machine's own disk is never filled or locked:

- full: SQL that writes fails, a copy into the folder fails part of the way, and flushing a
  file to disk (fsync) fails with ENOSPC; new files can still be made, as on a real full disk;
- read-only: no file can be made or replaced, SQL that writes fails, and a database that does
  not exist yet cannot be opened.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sqlite3
import sqlite3.dbapi2
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sterkblijven.storage import Database

FULL = "database or disk is full"
READ_ONLY = "attempt to write a readonly database"
CANNOT_OPEN = "unable to open database file"
_WRITES = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER)\b", re.IGNORECASE)


class _FullCursor:
    """A cursor whose writing statements fail as on a full disk."""

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cursor = cursor

    def execute(self, sql: str, *args: Any) -> Any:
        _refuse_writes(sql)
        return self._cursor.execute(sql, *args)

    def executemany(self, sql: str, *args: Any) -> Any:
        _refuse_writes(sql)
        return self._cursor.executemany(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cursor, name)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._cursor)


class _FullConnection:
    """A connection that reads as usual and fails every write as on a full disk."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        object.__setattr__(self, "_connection", connection)

    def cursor(self, *args: Any) -> _FullCursor:
        return _FullCursor(self._connection.cursor(*args))

    def execute(self, sql: str, *args: Any) -> Any:
        _refuse_writes(sql)
        return self._connection.execute(sql, *args)

    def executemany(self, sql: str, *args: Any) -> Any:
        _refuse_writes(sql)
        return self._connection.executemany(sql, *args)

    def backup(self, target: Any, **options: Any) -> None:
        if isinstance(target, _FullConnection):
            # The copy gets written part of the way, as on a disk that fills up during it.
            self._connection.backup(target._connection, pages=1, progress=_fill_up)
        self._connection.backup(target, **options)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._connection, name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._connection, name, value)


def _fill_up(_status: int, remaining: int, _total: int) -> None:
    raise sqlite3.OperationalError(FULL)


def _refuse_writes(sql: str) -> None:
    if _WRITES.match(sql):
        raise sqlite3.OperationalError(FULL)


def _file_of(database: Any) -> Path | None:
    """Return the file a sqlite3.connect() argument names, or None for memory."""
    name = os.fspath(database)
    if name.startswith("file:"):
        name = name.removeprefix("file:").split("?", 1)[0]
    if name in ("", ":memory:"):
        return None
    return Path(name).resolve()


def _file_of_descriptor(descriptor: int) -> Path | None:
    """Return the file behind an open descriptor (Linux), or None when it cannot be told."""
    try:
        return Path(os.readlink(f"/proc/self/fd/{descriptor}")).resolve()
    except OSError:
        return None


def _inside(path: Path | None, folder: Path) -> bool:
    return path is not None and path.is_relative_to(folder)


@contextlib.contextmanager
def refusing_writes(
    monkeypatch: pytest.MonkeyPatch, folder: Path, fault: str, database: Database | None = None
) -> Iterator[None]:
    """Make writes inside ``folder`` fail as on a full disk (``FULL``) or read-only folder.

    Connections the app already holds are let go first, so that it opens new ones, which then
    meet the fault; when the block ends, the folder works normally again.
    """
    folder = folder.resolve()
    real_connect = sqlite3.connect
    real_mkstemp = tempfile.mkstemp
    real_replace = os.replace
    real_fsync = os.fsync
    os_error = (
        OSError(errno.ENOSPC, "No space left on device")
        if fault == FULL
        else PermissionError(errno.EROFS, "Read-only file system")
    )

    def connect(target: Any, *args: Any, **kwargs: Any) -> Any:
        path = _file_of(target)
        if not _inside(path, folder):
            return real_connect(target, *args, **kwargs)
        assert path is not None
        if fault == READ_ONLY:
            if not path.exists():
                raise sqlite3.OperationalError(CANNOT_OPEN)
            connection = real_connect(target, *args, **kwargs)
            connection.execute("PRAGMA query_only=1")
            return connection
        return _FullConnection(real_connect(target, *args, **kwargs))

    def mkstemp(*args: Any, **kwargs: Any) -> Any:
        # On a full disk an empty file can still be made; only its contents fail (at fsync).
        target = kwargs.get("dir")
        if fault == READ_ONLY and target is not None and _inside(Path(target).resolve(), folder):
            raise os_error
        return real_mkstemp(*args, **kwargs)

    def replace(source: Any, target: Any, **kwargs: Any) -> None:
        if _inside(Path(target).resolve(), folder):
            raise os_error
        real_replace(source, target, **kwargs)

    def fsync(descriptor: int) -> None:
        if fault == FULL and _inside(_file_of_descriptor(descriptor), folder):
            raise os_error
        real_fsync(descriptor)

    # SQLAlchemy calls sqlite3's connect through the module's dbapi2 name.
    faults = [
        (sqlite3, "connect", connect, real_connect),
        (sqlite3.dbapi2, "connect", connect, real_connect),
        (tempfile, "mkstemp", mkstemp, real_mkstemp),
        (os, "replace", replace, real_replace),
        (os, "fsync", fsync, real_fsync),
    ]
    if database is not None:
        database.engine.dispose()
    for owner, name, faulty, _real in faults:
        monkeypatch.setattr(owner, name, faulty)
    try:
        yield
    finally:
        if database is not None:
            database.engine.dispose()
        for owner, name, _faulty, real in faults:
            monkeypatch.setattr(owner, name, real)
