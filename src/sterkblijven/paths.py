"""Where the user's data lives: the platform's data folder, or one given on the command line."""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path

import platformdirs

APP_NAME = "sterkblijven"
DATABASE_NAME = "sterkblijven.sqlite3"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
# What the start writes (and removes) to learn whether the data folder takes writes: about as
# much as a session adds to the database.
WRITE_CHECK_BYTES = 64 * 1024
WRITE_CHECK_PREFIX = ".write-check-"


def default_data_dir() -> Path:
    """Return the per-user data folder of this system (not roaming on Windows)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


class DataPaths:
    """The files inside one data folder."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @property
    def database(self) -> Path:
        """Return the database file."""
        return self.root / DATABASE_NAME

    @property
    def backups(self) -> Path:
        """Return the folder that holds backups."""
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        """Return the folder that holds the program's own log (never health data)."""
        return self.root / "logs"

    def ensure(self) -> None:
        """Create the data folder if needed; a folder the app creates is its owner's only."""
        if not self.root.is_dir():
            self.root.mkdir(parents=True, mode=PRIVATE_DIR_MODE)

    def check_writable(self) -> None:
        """Raise OSError when the data folder takes no writes (read-only, or a full disk).

        Asked at start, so that a write-protected stick or a full disk is named at once, and
        not taken for damaged data or found only when the first set cannot be saved. An empty
        file can still be made on a full disk, so the check writes some data and syncs it.
        """
        self._remove_old_write_checks()
        handle, probe = tempfile.mkstemp(dir=self.root, prefix=WRITE_CHECK_PREFIX)
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(bytes(WRITE_CHECK_BYTES))
                file.flush()
                os.fsync(file.fileno())
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(probe)

    def _remove_old_write_checks(self) -> None:
        # Left by a start that was killed half-way; a recent one may be another start's, now.
        before = time.time() - 60
        for leftover in self.root.glob(f"{WRITE_CHECK_PREFIX}*"):
            with contextlib.suppress(OSError):
                if leftover.stat().st_mtime < before:
                    leftover.unlink()


def write_private_files(contents: Mapping[Path, bytes]) -> None:
    """Write files readable by their owner only, each in full beside it, then move them in.

    A failure leaves the earlier files as they were and no partial file behind.
    """
    written: dict[Path, str] = {}
    try:
        for path, data in contents.items():
            handle, temporary = tempfile.mkstemp(
                dir=path.parent, prefix=f".{path.name}.", suffix=".part"
            )
            written[path] = temporary
            with os.fdopen(handle, "wb") as file:
                file.write(data)
                file.flush()
                os.fsync(file.fileno())
            os.chmod(temporary, PRIVATE_FILE_MODE)
        for path, temporary in written.items():
            os.replace(temporary, path)
    finally:
        for temporary in written.values():
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
