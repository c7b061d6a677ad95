"""Work beside the window: the day's backups, made in a thread so the window keeps answering."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from sterkblijven.services.errors import DatabaseProblem

if TYPE_CHECKING:
    from sterkblijven.services.backups import Backups


class BackgroundBackups:
    """Makes today's and this week's backup when missing, one run at a time, beside the window.

    With years of history a copy and its check take seconds; SQLite does that work without
    holding Python's lock, so the window goes on answering. A failure shows on the data page,
    which warns when the newest automatic backup is old.
    """

    def __init__(self, backups: Callable[[], Backups]) -> None:
        self._backups = backups  # loaded when the first run starts
        self.thread: threading.Thread | None = None

    def keep(self) -> None:
        """Start making the backups that are due, unless a run is still busy."""
        if self.thread is not None and self.thread.is_alive():
            return
        try:
            backups = self._backups()  # here, not in the thread: loading belongs to the window's
        except DatabaseProblem:
            return  # the data could not be opened: the window says so
        self.thread = threading.Thread(
            target=self._keep_quietly, args=(backups,), name="sterkblijven-backups"
        )
        self.thread.start()

    @staticmethod
    def _keep_quietly(backups: Backups) -> None:
        with contextlib.suppress(DatabaseProblem, OSError):
            backups.keep_rolling()

    def wait(self) -> None:
        """Wait until a run beside the window is done (before the data is closed)."""
        if self.thread is not None:
            self.thread.join()
