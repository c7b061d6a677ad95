"""Where the user's data lives: the platform's data folder, or one given on the command line."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "sterkblijven"
DATABASE_NAME = "sterkblijven.sqlite3"
PRIVATE_DIR_MODE = 0o700


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
