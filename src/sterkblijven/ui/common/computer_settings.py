"""The computer's own settings, kept by Qt where the system keeps a user's program settings."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings


class QtComputerSettings:
    """Groups of text values in a QSettings store (the services' ComputerSettings)."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    @classmethod
    def for_this_user(cls) -> QtComputerSettings:
        """Return the settings of the user logged in to this computer (registry, plist, .conf)."""
        # Named explicitly: without an organisation name Qt files them under "Unknown
        # Organization" and reports an access error.
        name = QCoreApplication.applicationName() or "sterkblijven"
        return cls(QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, name, name))

    @classmethod
    def in_file(cls, file: Path) -> QtComputerSettings:
        """Return settings kept in one INI file (a data folder of its own, or a test)."""
        return cls(QSettings(str(file), QSettings.Format.IniFormat))

    def read(self, group: str) -> dict[str, str]:
        """Return the values stored in a group; an empty dict when there are none."""
        self.settings.beginGroup(group)
        try:
            return {key: str(self.settings.value(key)) for key in self.settings.childKeys()}
        finally:
            self.settings.endGroup()

    def write(self, group: str, values: Mapping[str, str]) -> None:
        """Store values in a group; settings that cannot be written are only not remembered."""
        self.settings.beginGroup(group)
        try:
            for key, value in values.items():
                self.settings.setValue(key, value)
        finally:
            self.settings.endGroup()
        self.settings.sync()
