"""Column types of storage: moments kept in UTC, handed to the rest of the app in local time."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Dialect
from sqlalchemy.dialects import sqlite
from sqlalchemy.types import TypeDecorator, TypeEngine

# How SQLite keeps a moment: ISO 8601 text in UTC with its zone written out. Every value has
# this one fixed width, so comparing and sorting the text compares the moments (the queries of
# a period depend on it), and SQLite's own date functions read it.
_SQLITE_FORMAT = (
    "%(year)04d-%(month)02d-%(day)02d %(hour)02d:%(minute)02d:%(second)02d.%(microsecond)06d+00:00"
)
_SQLITE_PATTERN = r"(\d+)-(\d+)-(\d+) (\d+):(\d+):(\d+)(?:\.(\d{6}))?\+00:00"


class UtcDateTime(TypeDecorator[datetime]):
    """A moment stored in UTC with its zone; read and written as naive local time.

    The domain and the services work in the computer's own wall-clock time (their injected
    clock). A database shared by several computers needs one meaning for every stored moment,
    so only here is local time turned into UTC and back: PostgreSQL keeps ``timestamp with
    time zone``, SQLite the UTC text with "+00:00".
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        """Return SQLite's text of a fixed width there, and a zoned timestamp elsewhere."""
        if dialect.name == "sqlite":
            # SQLAlchemy leaves this constructor unannotated.
            text_form = sqlite.DATETIME(  # type: ignore[no-untyped-call]
                storage_format=_SQLITE_FORMAT, regexp=_SQLITE_PATTERN
            )
            return dialect.type_descriptor(text_form)
        return dialect.type_descriptor(DateTime(timezone=True))

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Return the moment in UTC; a naive one is this computer's local time."""
        if value is None:
            return None
        # astimezone reads a naive value as the computer's local time; in the hour that comes
        # twice when summer time ends, fold=0 (the default) takes the first.
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Return the stored moment as naive local time, as the rest of the app uses it."""
        if value is None:
            return None
        if value.tzinfo is None:  # SQLite's text is read without its zone: it is UTC
            value = value.replace(tzinfo=UTC)
        return value.astimezone().replace(tzinfo=None)
