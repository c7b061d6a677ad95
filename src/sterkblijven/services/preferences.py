"""Reading and storing the comfort and language preferences."""

from __future__ import annotations

from sterkblijven.domain.preferences import Preferences
from sterkblijven.storage import Database
from sterkblijven.storage import repositories as repo


class PreferencesStore:
    """Preferences kept in the database, so they follow the data folder."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def load(self, system_high_contrast: bool = False) -> Preferences:
        """Return the stored preferences, defaults where nothing (usable) is stored."""
        with self._database.transaction() as tx:
            return Preferences.from_settings(repo.load_settings(tx), system_high_contrast)

    def save(self, preferences: Preferences) -> None:
        """Store the preferences."""
        with self._database.transaction() as tx:
            repo.save_settings(tx, preferences.to_settings())
