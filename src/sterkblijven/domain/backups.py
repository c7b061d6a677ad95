"""Which backups to make and which to keep: names carry the kind and the moment.

A backup's file name says what it is (``daily-20261121-091500.sqlite3``), so the list of
backups can be read, shown and pruned without opening any of them.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

SUFFIX = ".sqlite3"
# Storage writes a backup beside its final name first (``<name>.part``, with SQLite's journal
# beside that), and moves it into place only once it is whole and checked.
PARTIAL = ".part"
_PARTIAL_ENDINGS = ("", "-journal", "-wal", "-shm")
STAMP_FORMAT = "%Y%m%d-%H%M%S"
# The rolling set: a week of days and a month of weeks, and the last few sessions.
KEEP = {"daily": 7, "weekly": 4, "after_session": 3}


class BackupKind(enum.StrEnum):
    """Why a backup was made; the UI names each in plain words."""

    DAILY = "daily"
    WEEKLY = "weekly"
    AFTER_SESSION = "after_session"
    MANUAL = "manual"
    BEFORE_MIGRATION = "before_migration"
    BEFORE_REMOVAL = "before_removal"
    BEFORE_IMPORT = "before_import"
    BEFORE_RESTORE = "before_restore"
    SET_ASIDE = "set_aside"  # damaged data moved out of the way for a fresh start


# File-name prefixes; "before-migration" carries the old schema revision after it.
_PREFIXES: dict[BackupKind, str] = {
    BackupKind.DAILY: "daily",
    BackupKind.WEEKLY: "weekly",
    BackupKind.AFTER_SESSION: "after-session",
    BackupKind.MANUAL: "manual",
    BackupKind.BEFORE_MIGRATION: "before-migration",
    BackupKind.BEFORE_REMOVAL: "before-removing-trainee",
    BackupKind.BEFORE_IMPORT: "before-import",
    BackupKind.BEFORE_RESTORE: "before-restore",
    BackupKind.SET_ASIDE: "damaged",
}
_NAME = re.compile(r"^(?P<prefix>[a-z-]+?)(?:-(?P<extra>[0-9A-Za-z]+))?-(?P<stamp>\d{8}-\d{6})$")


@dataclass(frozen=True, slots=True)
class BackupName:
    """A backup file's name, read back into its kind and moment."""

    name: str
    kind: BackupKind
    made_at: datetime


def backup_name(kind: BackupKind, moment: datetime) -> str:
    """Return the file name for a backup of this kind made at this moment."""
    return f"{_PREFIXES[kind]}-{moment.strftime(STAMP_FORMAT)}{SUFFIX}"


def parse_backup_name(name: str) -> BackupName | None:
    """Return the kind and moment in a backup's file name, or None for any other file."""
    if not name.endswith(SUFFIX):
        return None
    match = _NAME.match(name.removesuffix(SUFFIX))
    if match is None:
        return None
    kinds = {prefix: kind for kind, prefix in _PREFIXES.items()}
    prefix, extra = match["prefix"], match["extra"]
    kind = kinds.get(prefix)
    if kind is None and extra is not None:
        kind = kinds.get(f"{prefix}-{extra}")  # a hyphenated prefix without an extra part
        extra = None
    if kind is None or (extra is not None and kind is not BackupKind.BEFORE_MIGRATION):
        return None
    try:
        made_at = datetime.strptime(match["stamp"], STAMP_FORMAT)
    except ValueError:
        return None
    return BackupName(name, kind, made_at)


def parse_partial_name(name: str) -> BackupName | None:
    """Return the backup that a half-written file (or its journal) was to become, or None."""
    stem, found, ending = name.rpartition(PARTIAL)
    if not found or ending not in _PARTIAL_ENDINGS:
        return None
    return parse_backup_name(stem)


def rolling_due(existing: Iterable[BackupName], now: datetime) -> tuple[BackupKind, ...]:
    """Return the rolling backups still missing: today's daily and this ISO week's weekly."""
    days = {b.made_at.date() for b in existing if b.kind is BackupKind.DAILY}
    weeks = {b.made_at.isocalendar()[:2] for b in existing if b.kind is BackupKind.WEEKLY}
    due: list[BackupKind] = []
    if now.date() not in days:
        due.append(BackupKind.DAILY)
    if now.isocalendar()[:2] not in weeks:
        due.append(BackupKind.WEEKLY)
    return tuple(due)


def to_prune(existing: Sequence[BackupName]) -> list[BackupName]:
    """Return the rolling backups beyond the newest few of their kind, oldest first.

    Backups made for a reason (before a migration, removal, import or restore, or asked for)
    are never pruned: each is the only copy of the data as it was at that step.
    """
    surplus: list[BackupName] = []
    for kind_value, keep in KEEP.items():
        kind = BackupKind(kind_value)
        of_kind = sorted((b for b in existing if b.kind is kind), key=lambda b: b.made_at)
        surplus.extend(of_kind[: max(0, len(of_kind) - keep)])
    return sorted(surplus, key=lambda b: b.made_at)
