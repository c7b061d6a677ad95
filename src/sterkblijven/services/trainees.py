"""The people who train on this computer: name and birth month, what they have read, removal."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sterkblijven.domain.backups import BackupKind
from sterkblijven.domain.model import Trainee
from sterkblijven.domain.validation import check_birth_month, clean_name
from sterkblijven.services.backups import free_backup_path
from sterkblijven.storage import Database
from sterkblijven.storage import repositories as repo


class Trainees:
    """Lists, edits and removes trainees, and remembers what each has read."""

    def __init__(self, database: Database, backups: Path, clock: Callable[[], datetime]) -> None:
        self._database = database
        self._backups = backups
        self._clock = clock

    def all(self) -> list[Trainee]:
        """Return every trainee, oldest profile first."""
        with self._database.transaction() as tx:
            return repo.list_trainees(tx)

    def rename(self, trainee_id: int, name: str, *, seen: int | None = None) -> Trainee:
        """Give a trainee another name; refuse an unusable one, or an outdated copy.

        ``seen`` is the profile version the screen read (``Trainee.version``); a profile
        changed since is refused with ChangedMeanwhile, saying who changed it and when.
        """
        cleaned = clean_name(name)
        with self._database.transaction() as tx:
            return repo.rename_trainee(tx, trainee_id, cleaned, now=self._clock(), seen=seen)

    def edit(
        self, trainee_id: int, name: str, birth_month: int | None, *, seen: int | None = None
    ) -> Trainee:
        """Give a trainee another name and birth month (None: only the year); refuse bad ones.

        A profile changed since version ``seen`` is refused as in ``rename``.
        """
        cleaned = clean_name(name)
        month = check_birth_month(birth_month)
        with self._database.transaction() as tx:
            return repo.edit_trainee(tx, trainee_id, cleaned, month, now=self._clock(), seen=seen)

    def get(self, trainee_id: int) -> Trainee:
        """Return one trainee as stored now, with the profile's version."""
        with self._database.transaction() as tx:
            return repo.get_trainee(tx, trainee_id)

    def has_seen_introduction(self, trainee_id: int) -> bool:
        """Return whether the person has read the short words on training with sore joints."""
        with self._database.transaction() as tx:
            key = _introduction_key(repo.trainee_uuid(tx, trainee_id))
            return repo.load_settings(tx).get(key) == "seen"

    def mark_introduction_seen(self, trainee_id: int) -> None:
        """Remember that the person has read the introduction, so it is shown only once."""
        with self._database.transaction() as tx:
            key = _introduction_key(repo.trainee_uuid(tx, trainee_id))
            repo.save_settings(tx, {key: "seen"})

    def remove(self, trainee_id: int) -> Path | None:
        """Remove a trainee with all their data, after writing a backup of everything.

        Returns the backup file; nothing is removed if the backup cannot be made. On a
        practice's server the person is archived instead (health records are kept for the
        retention period, and only the administrator deletes), and None is returned.
        """
        if self._database.is_server:
            with self._database.transaction() as tx:
                repo.archive_trainee(tx, trainee_id, self._clock())
            return None
        target = free_backup_path(self._backups, BackupKind.BEFORE_REMOVAL, self._clock())
        backup = self._database.backup(target)
        with self._database.transaction() as tx:
            key = _introduction_key(repo.trainee_uuid(tx, trainee_id))
            repo.remove_trainee(tx, trainee_id)
            repo.remove_setting(tx, key)
        return backup


def _introduction_key(person_uuid: str) -> str:
    # Keyed by the person's UUID, not the row id: SQLite gives a freed id to the next person,
    # who has not read it yet. The UUID without dashes keeps the key within 40 characters.
    return "intro." + person_uuid.replace("-", "")
