"""Saving and reading in files beside the window: a thread, a progress bar and a Stop button.

An export of a practice's group, or reading one in, takes seconds; in the window's own thread
the window would freeze all that time. The work runs in a thread of its own instead, with its
own connection to the data (storage hands each thread one), telling its progress through a
signal, which Qt delivers in the window's thread. Stop is asked between two records, so the
work ends within a fraction of a second, and the service leaves no half file and no change.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar

from sterkblijven.services.exchange import Progress, Stop
from sterkblijven.ui.common.theme import MIN_TARGET_PX
from sterkblijven.ui.common.widgets import BigButton, Card, TextLabel

# The work to run: it hears progress and is asked whether to stop, and returns its result.
Work = Callable[[Progress, Stop], object]


@dataclass(frozen=True, slots=True)
class Outcome:
    """How background work ended: its result, or what it raised (Cancelled after a Stop)."""

    result: object = None
    error: BaseException | None = None


class BackgroundWork(QObject):
    """Runs one piece of work at a time in a thread beside the window."""

    progressed = Signal(int, int)  # done, in all: from the thread, delivered in the window's
    ended = Signal(object)  # the Outcome, delivered in the window's thread

    def __init__(self) -> None:
        super().__init__()
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._on_end: Callable[[Outcome], None] | None = None
        self.ended.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        app = QCoreApplication.instance()
        if app is not None:
            # Closing the program stops the work first: it leaves no half file behind.
            app.aboutToQuit.connect(self.stop_and_wait)

    @property
    def busy(self) -> bool:
        """Return True while work runs or its end is still to be handled."""
        return self._on_end is not None

    @property
    def stopping(self) -> bool:
        """Return True once Stop was asked for the running work."""
        return self._stop.is_set()

    def start(self, work: Work, on_end: Callable[[Outcome], None]) -> None:
        """Start ``work`` in a thread; ``on_end`` gets its Outcome in the window's thread."""
        if self.busy:
            raise RuntimeError("work is already running")
        self._stop.clear()
        self._on_end = on_end
        self._thread = threading.Thread(
            target=self._run, args=(work,), name="sterkblijven-files", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        """Ask the running work to stop at its next record."""
        self._stop.set()

    def stop_and_wait(self) -> None:
        """Stop the running work and wait until its thread is done."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()

    def _run(self, work: Work) -> None:
        try:
            outcome = Outcome(result=work(self.progressed.emit, self._stop.is_set))
        except Exception as error:  # every failure is told in the window's thread
            outcome = Outcome(error=error)
        self.ended.emit(outcome)

    def _finish(self, outcome: Any) -> None:
        on_end, self._on_end = self._on_end, None
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if on_end is not None:
            on_end(outcome)


class ProgressCard(Card):
    """What the work is doing ("7 of 20 people"), a bar, and a large Stop button."""

    stop_requested = Signal()

    def __init__(self) -> None:
        super().__init__("notice")
        self.status = TextLabel("heading")
        self.bar = QProgressBar()
        self.bar.setMinimumHeight(MIN_TARGET_PX)
        self.bar.setTextVisible(True)
        self.stop = BigButton()
        self.stop.clicked.connect(self.stop_requested)
        # One row: it fits the room kept for the page's messages, beside the button pressed.
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.status, 2)
        row.addWidget(self.bar, 3)
        row.addWidget(self.stop)
        self.content.addLayout(row)

    def show_progress(self, text: str, done: int, total: int) -> None:
        """Show ``text`` and the bar at ``done`` of ``total`` (a moving bar without a total)."""
        self.status.setText(text)
        self.bar.setRange(0, max(total, 0))
        self.bar.setValue(min(done, total) if total > 0 else 0)
        self.bar.setAccessibleDescription(text)
