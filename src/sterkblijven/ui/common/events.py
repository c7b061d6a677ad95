"""The one application-level signal that announces what changed after a service call."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Signal


class Change(StrEnum):
    """What kind of data changed; pages decide whether to refresh."""

    TRAINEES = "trainees"
    ROUTINE = "routine"
    SESSIONS = "sessions"
    READINESS = "readiness"
    TESTS = "tests"
    PREFERENCES = "preferences"
    DAY = "day"  # midnight passed while the app ran: what is due today has changed


class AppEvents(QObject):
    """Carries what changed, after a service call succeeded, to every page that listens."""

    changed = Signal(str)

    def announce(self, change: Change) -> None:
        """Tell every listener that ``change`` happened."""
        self.changed.emit(change.value)
