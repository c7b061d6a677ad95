"""What `sterkblijven --reset-pin` says, in Dutch unless English is asked for.

The command runs without a window, so no translator is installed in an application: this
module reads the app's compiled translation itself and looks its texts up in it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTranslator

from sterkblijven import resources
from sterkblijven.words.problems import database_problem

# Problems whose way out is to put a backup back: the line says how.
_RESTORE_HELPS = frozenset({"damaged", "half_migrated", "missing"})


def load_translator(language: str) -> QTranslator | None:
    """Return the app's translation into a language, or None for English or none found."""
    if language == "en":
        return None
    content = resources.translation(language)
    translator = QTranslator()
    if content is None or not translator.load(content):
        return None
    translator.setProperty("content", content)  # load(data) keeps no copy of its own
    return translator


class ResetPinWords:
    """The lines of --reset-pin in one language."""

    def __init__(self, language: str) -> None:
        self._translator = load_translator("en" if language == "en" else "nl")

    def translate(self, context: str, text: str) -> str:
        """Return a text in the language chosen (the English text where there is none)."""
        found = self._translator.translate(context, text) if self._translator else ""
        return found or text

    def removed(self) -> str:
        """Return the line for a PIN that was removed."""
        return self.translate(
            "ResetPin",
            "The carer PIN is removed. Start sterkblijven and open the carer part: it opens "
            "without a PIN, and you can set a new one there.",
        )

    def no_pin(self) -> str:
        """Return the line for data without a PIN."""
        return self.translate("ResetPin", "There was no carer PIN, so nothing was changed.")

    def in_use(self) -> str:
        """Return the line for data the app (or another command) has open."""
        return self.translate(
            "ResetPin", "sterkblijven is open on this data. Close it first, then try again."
        )

    def no_data(self, folder: Path) -> str:
        """Return the line for a folder without data."""
        return self.translate(
            "ResetPin", "There is no sterkblijven data in {folder}, so there is no PIN to remove."
        ).format(folder=folder)

    def data_gone(self, folder: Path, backups: Path) -> str:
        """Return the line for data that is gone or empty while backups are left."""
        return self.translate(
            "ResetPin",
            "The sterkblijven data in {folder} is gone or empty. The command "
            "sterkblijven restore FILE puts a backup back (the backups are in {backups}).",
        ).format(folder=folder, backups=backups)

    def not_opened(self, reason: str) -> str:
        """Return the line for data that could not be opened."""
        return self.translate(
            "ResetPin", "The data cannot be opened, so the PIN was not removed. {reason}"
        ).format(reason=reason)

    def not_removed(self, reason: str) -> str:
        """Return the line for a PIN that could not be removed."""
        return self.translate("ResetPin", "The carer PIN was not removed. {reason}").format(
            reason=reason
        )

    def folder_unusable(self) -> str:
        """Return the line for a data folder that cannot be written in."""
        return self.translate(
            "ResetPin", "The data folder cannot be written to, so the PIN was not removed."
        )

    def problem(self, code: str, backups: Path | None, url_given: bool) -> str:
        """Return why the data cannot be used, with the way out (backups: the data folder's)."""
        # The app's own words for it, in the app's translation (found by its English text).
        reason = self.translate("Messages", database_problem(code, at_start=True))
        if code == "unusable" and url_given:
            return reason + " " + self.translate("ResetPin", "Check the --database-url.")
        if code in _RESTORE_HELPS and backups is not None:
            return (
                reason
                + " "
                + self.translate(
                    "ResetPin",
                    "The command sterkblijven restore FILE puts a backup back (the backups are "
                    "in {backups}).",
                ).format(backups=backups)
            )
        return reason
