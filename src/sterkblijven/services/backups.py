"""Backups: the rolling set, one after each session, and putting a backup back."""

from __future__ import annotations

import contextlib
import os
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sterkblijven.domain.backups import (
    PARTIAL,
    BackupKind,
    BackupName,
    backup_name,
    parse_backup_name,
    parse_partial_name,
    rolling_due,
    to_prune,
)
from sterkblijven.paths import PRIVATE_FILE_MODE
from sterkblijven.storage import Database
from sterkblijven.storage import repositories as repo
from sterkblijven.storage.database import (
    DatabaseProblem,
    check_backup,
    restore_file,
    same_file,
)
from sterkblijven.storage.recognition import WAL_FILES, beside, file_size, in_wal_mode

# Automatic backups older than this are worth a word to the carer: something stops them.
STALE_AFTER_DAYS = 8
# Problems a backup or a fresh start can solve, so the start offers both. The rest (a newer
# version, a full disk, a read-only folder, a locked file, a disk error, an update this
# version cannot make) say nothing against the file: they are explained, and a fresh start
# would only hide good data.
RECOVERABLE = frozenset({"damaged", "foreign", "half_migrated", "missing"})
# A half-written backup untouched this long is no copy in progress but one cut off (the app
# killed, the power gone); a copy of this app's data takes seconds.
ABANDONED_AFTER = timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file in the data folder."""

    path: Path
    kind: BackupKind
    made_at: datetime
    size_bytes: int


@dataclass(frozen=True, slots=True)
class RestoreDone:
    """What a restore did: the backup put back, and the copy kept of the data before it."""

    restored: Path
    kept_copy: Path | None  # None when there was no data to keep


class Backups:
    """Makes, lists, prunes and restores the backups in one folder."""

    def __init__(self, database: Database, folder: Path, clock: Callable[[], datetime]) -> None:
        self._database = database
        self._folder = folder
        self._clock = clock
        # One copy or restore at a time: the daily copy may be made beside the window (in a
        # thread) while the carer asks for another or for a restore.
        self._one_at_a_time = threading.RLock()

    @property
    def folder(self) -> Path:
        """Return the folder that holds the backups."""
        return self._folder

    def supported(self) -> bool:
        """Return True when the data is a file this app can copy (SQLite)."""
        return self._database.backup_source() is not None

    def available(self) -> list[BackupInfo]:
        """Return every backup in the folder, newest first."""
        return list_backups(self._folder)

    def latest_automatic(self) -> BackupInfo | None:
        """Return the newest backup made without anyone asking, if any."""
        automatic = (BackupKind.DAILY, BackupKind.WEEKLY, BackupKind.AFTER_SESSION)
        return next((b for b in self.available() if b.kind in automatic), None)

    def stale(self) -> bool:
        """Return True when automatic backups should exist but the newest is old or missing."""
        if not self.supported() or not self._holds_anyone():
            return False
        latest = self.latest_automatic()
        if latest is None:
            return True
        return (self._clock() - latest.made_at).days >= STALE_AFTER_DAYS

    def make(self, kind: BackupKind = BackupKind.MANUAL, target: Path | None = None) -> Path:
        """Write a verified backup, to the folder or to ``target``; raise DatabaseProblem."""
        with self._one_at_a_time:
            path = target or free_backup_path(self._folder, kind, self._clock())
            written = self._database.backup(path)
        if written is None:
            raise DatabaseProblem("not_sqlite", str(path))
        return written

    def keep_rolling(self) -> list[Path]:
        """Make today's and this week's backup when missing, then prune the rolling set.

        Pruning also removes what copies cut off half-way left behind (``<name>.part``).
        """
        if not self.supported():
            return []
        # All of it in one turn, also the look at the data: run beside the window, it must not
        # read the data while a restore swaps it.
        with self._one_at_a_time:
            if not self._holds_anyone():
                return []  # a copy of nothing is no use, and would only crowd the list
            now = self._clock()
            written = [self.make(kind) for kind in rolling_due(self._names(), now)]
            self._prune()
        return written

    def after_session(self) -> list[Path]:
        """Back up after a finished session, keep the rolling set, and prune."""
        if not self.supported():
            return []
        with self._one_at_a_time:
            written = [self.make(BackupKind.AFTER_SESSION)]
            written.extend(self.keep_rolling())
        return written

    def check(self, source: Path) -> None:
        """Raise DatabaseProblem when ``source`` cannot be restored (damaged, foreign, newer)."""
        check_backup(source)

    def restore(self, source: Path) -> RestoreDone:
        """Put a backup back, after keeping a copy of the data as it is now."""
        # Checked before the copy, so that a useless file changes nothing at all.
        check_backup(source)
        live = self._database.backup_source()
        if live is not None and same_file(source, live):
            raise DatabaseProblem("same_file", str(source))
        with self._one_at_a_time:
            damaged = False
            try:
                kept = self.make(BackupKind.BEFORE_RESTORE)
            except DatabaseProblem as problem:
                if live is None or problem.code not in DAMAGED:
                    raise
                # Damaged data cannot give a verified copy; its bytes are kept as they are.
                kept = keep_raw_copy(live, self._folder, self._clock())
                damaged = True
            self._database.restore(source, discard_journal=damaged)
        return RestoreDone(source, kept)

    def _holds_anyone(self) -> bool:
        with self._database.transaction() as tx:
            return bool(repo.list_trainees(tx))

    def _names(self) -> list[BackupName]:
        try:
            files = list(self._folder.iterdir()) if self._folder.is_dir() else []
        except OSError:
            return []
        return [n for n in (parse_backup_name(p.name) for p in files) if n]

    def _prune(self) -> None:
        for surplus in to_prune(self._names()):
            # Removed meanwhile, or held open by another program: it goes next time.
            with contextlib.suppress(OSError):
                (self._folder / surplus.name).unlink()
        self._remove_abandoned()

    def _remove_abandoned(self) -> None:
        # Never listed as backups, such files would otherwise fill the folder unseen. A recent
        # one may be a copy still being written (by the command-line tool), so it stays.
        before = (self._clock() - ABANDONED_AFTER).timestamp()
        try:
            files = list(self._folder.iterdir()) if self._folder.is_dir() else []
        except OSError:
            return
        for item in files:
            if parse_partial_name(item.name) is None:
                continue
            with contextlib.suppress(OSError):
                if item.is_file() and item.stat().st_mtime < before:
                    item.unlink()


# Problems that mean the data itself is damaged, so only a raw copy of it can be kept.
DAMAGED = frozenset({"damaged", "backup_failed"})


def free_backup_path(folder: Path, kind: BackupKind, moment: datetime) -> Path:
    """Return a backup path for this kind and moment that no file has yet."""
    # Two copies in one second (two imports, or a restore of the copy just made) must not
    # overwrite each other: the later one moves a second on.
    moment = moment.replace(microsecond=0)
    while (path := folder / backup_name(kind, moment)).exists():
        moment += timedelta(seconds=1)
    return path


def list_backups(folder: Path) -> list[BackupInfo]:
    """Return every backup in a folder, newest first (also when no database can be opened)."""
    found: list[BackupInfo] = []
    try:
        items = list(folder.iterdir()) if folder.is_dir() else []
    except OSError:
        return found
    for item in items:
        parsed = parse_backup_name(item.name)
        if parsed is None or not item.is_file():
            continue
        try:
            size = item.stat().st_size
        except OSError:
            continue  # removed meanwhile
        found.append(BackupInfo(item, parsed.kind, parsed.made_at, size))
    return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)


def set_aside(database: Path, folder: Path, moment: datetime) -> Path:
    """Move damaged data into the backups folder, so that a fresh start can begin."""
    return keep_raw_copy(database, folder, moment, move=True, kind=BackupKind.SET_ASIDE)


def keep_raw_copy(
    database: Path,
    folder: Path,
    moment: datetime,
    *,
    move: bool = False,
    kind: BackupKind = BackupKind.BEFORE_RESTORE,
) -> Path:
    """Keep a database file (and its WAL journal) byte for byte, for data that is damaged.

    With ``move`` the files go into the backups folder instead of being copied there: then
    nothing of the damaged file is left where a fresh start makes a new one. An empty
    database file holds nothing to keep and stays where it is.
    """
    target = free_backup_path(folder, kind, moment)
    folder.mkdir(parents=True, exist_ok=True)
    copied: list[tuple[Path, Path]] = []
    for ending in WAL_FILES:
        original = beside(database, ending)
        if not original.exists() or (ending == "" and file_size(original) == 0):
            continue
        kept = beside(target, ending)
        if move:
            # The database first: cut off after it, what is left is a -wal without its file,
            # which the next start asks about; the other way round the data would open
            # without what its -wal held.
            os.replace(original, kept)
            kept.chmod(PRIVATE_FILE_MODE)
        elif ending != "-shm":  # the shared-memory index is rebuilt from the data; it holds none
            # Copied under a half-written name first: a copy cut off is never listed as a
            # backup, and is cleared with the other leftovers.
            partial = beside(target, PARTIAL + ending)
            shutil.copyfile(original, partial)
            partial.chmod(PRIVATE_FILE_MODE)
            copied.append((partial, kept))
    # The -wal into place before the database: the copy is never listed without it.
    for partial, kept in reversed(copied):
        os.replace(partial, kept)
    return target


def restore_folder(source: Path, database: Path, folder: Path, moment: datetime) -> RestoreDone:
    """Put a backup back into a data folder whose database cannot be opened, or has none.

    What is there is copied byte for byte first; then the backup takes its place in one
    rename, so that the folder never goes without its database. The folder may be new.
    """
    check_backup(source)
    kept = keep_raw_copy(database, folder, moment) if holds_something(database) else None
    database.parent.mkdir(parents=True, exist_ok=True)
    # The copy stays even when this fails: the -wal beside the data may already be gone.
    restore_file(source, database, discard_journal=True)
    return RestoreDone(source, kept)


def holds_something(database: Path) -> bool:
    """Return True when a database file, or the -wal beside it, holds any bytes."""
    return bool(file_size(database) or file_size(beside(database, "-wal")))


def data_gone(database: Path, folder: Path) -> bool:
    """Return True when the data is gone while something of it is left to put back.

    No database (or an empty one) beside a -wal, or beside backups, is no first start: the
    person is asked before anything new is made over it.
    """
    if file_size(database):
        return False
    return holds_something(database) or bool(list_backups(folder))


def usable_backups(folder: Path, limit: int) -> list[BackupInfo]:
    """Return the newest backups that pass their check (at most ``limit``), newest first.

    Only these are offered: a backup cut short, damaged, foreign or taken half-way through an
    update would fail when put back, after the person had chosen it.
    """
    usable: list[BackupInfo] = []
    for backup in list_backups(folder):
        if backup.kind is BackupKind.SET_ASIDE or backup.size_bytes == 0:
            continue  # data set aside as unusable, or an empty file: never a way back
        if _raw(backup.path):
            continue
        try:
            check_backup(backup.path)
        except DatabaseProblem:
            continue
        usable.append(backup)
        if len(usable) == limit:
            break
    return usable


def _raw(backup: Path) -> bool:
    """Return True for a byte copy of the data, which no check can vouch for.

    Every backup the app writes and checks is a single file in rollback-journal mode; a file
    in WAL mode is a raw copy of damaged data (or a copy made by hand), whose -wal may be
    missing: it would pass its check without the changes that -wal held.
    """
    try:
        with backup.open("rb") as file:
            return in_wal_mode(file.read(100))
    except OSError:
        return True
