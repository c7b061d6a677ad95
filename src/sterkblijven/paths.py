"""Where the user's data lives: the platform's data folder, or one given on the command line."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

import platformdirs

APP_NAME = "sterkblijven"
DATABASE_NAME = "sterkblijven.sqlite3"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


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

    def ensure(self) -> None:
        """Create the data folder if needed; a folder the app creates is its owner's only."""
        if not self.root.is_dir():
            self.root.mkdir(parents=True, mode=PRIVATE_DIR_MODE)

    def check_writable(self) -> None:
        """Raise OSError when no file can be made in the data folder (read-only, or full).

        Asked at start, so that a write-protected stick or share is named at once, and not
        only when the first set cannot be saved.
        """
        handle, probe = tempfile.mkstemp(dir=self.root, prefix=".write-check-")
        os.close(handle)
        os.unlink(probe)


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
