"""The people who train on this computer: renaming, and removing with a backup first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sterkblijven.domain.backups import BackupKind
from sterkblijven.domain.model import Trainee
from sterkblijven.domain.validation import clean_name
from sterkblijven.services.backups import free_backup_path
from sterkblijven.storage import Database
from sterkblijven.storage import repositories as repo


class Trainees:
    """Lists, renames and removes trainees."""

    def __init__(self, database: Database, backups: Path, clock: Callable[[], datetime]) -> None:
        self._database = database
        self._backups = backups
        self._clock = clock

    def all(self) -> list[Trainee]:
        """Return every trainee, oldest profile first."""
        with self._database.transaction() as tx:
            return repo.list_trainees(tx)

    def rename(self, trainee_id: int, name: str) -> Trainee:
        """Give a trainee another name; refuse an unusable one."""
        cleaned = clean_name(name)
        with self._database.transaction() as tx:
            return repo.rename_trainee(tx, trainee_id, cleaned)

    def remove(self, trainee_id: int) -> Path | None:
        """Remove a trainee with all their data, after writing a backup of everything.

        Returns the backup file; nothing is removed if the backup cannot be made.
        """
        target = free_backup_path(self._backups, BackupKind.BEFORE_REMOVAL, self._clock())
        backup = self._database.backup(target)
        with self._database.transaction() as tx:
            repo.remove_trainee(tx, trainee_id)
        return backup
