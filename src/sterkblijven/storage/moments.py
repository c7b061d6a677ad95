"""Moments as SQLite keeps them, read and written with the standard library alone.

The same conversion as ``storage.types.UtcDateTime`` on SQLite: stored as UTC text of one fixed
width with "+00:00", handed to the app as naive local time. The first screen of a start reads
with ``sqlite3`` before SQLAlchemy is loaded, and must see every moment as the services do.
"""

from __future__ import annotations

from datetime import UTC, datetime


def moment_text(value: datetime) -> str:
    """Return a naive local moment as the text SQLite keeps (and compares) for it."""
    # astimezone reads a naive value as the computer's local time, as process_bind_param does.
    moment = value.astimezone(UTC)
    return f"{moment:%Y-%m-%d %H:%M:%S.%f}+00:00"


def local_moment(text: str) -> datetime:
    """Return stored UTC text as naive local time, as process_result_value does."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:  # the text holds UTC, written out or not
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().replace(tzinfo=None)
