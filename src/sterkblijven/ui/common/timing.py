"""Countdowns and stopwatches driven by a clock that tests can control.

The time shown is computed from the clock, never counted from timer ticks, so a slow or busy
machine cannot make a rest longer or shorter. The timer that refreshes the display runs only
while counting: an idle screen wakes nothing up.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

Clock = Callable[[], float]
REFRESH_MS = 200


class _Clocked(QObject):
    """Reads time from a clock; a display timer refreshes only while counting."""

    changed = Signal(int)

    def __init__(self, clock: Clock, parent: QObject | None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.tick)

    def tick(self) -> None:
        """Refresh the display."""


class Countdown(_Clocked):
    """Counts down from a number of seconds; pausable, extendable, skippable."""

    finished = Signal()

    def __init__(self, clock: Clock = time.monotonic, parent: QObject | None = None) -> None:
        super().__init__(clock, parent)
        self._left = 0.0
        self._since: float | None = None  # clock reading when last started or resumed
        self._active = False  # started and not yet finished or stopped (paused counts)

    def start(self, seconds: float) -> None:
        """Start counting down from ``seconds``."""
        self._left = float(seconds)
        self._since = None
        self._active = True
        self.resume()

    def remaining(self) -> int:
        """Return the whole seconds left, rounded up (so 0 means done)."""
        left = self._left
        if self._since is not None:
            left -= self._clock() - self._since
        return max(0, math.ceil(left - 1e-9))

    def is_running(self) -> bool:
        """Return True while counting (not paused, not finished)."""
        return self._since is not None

    def pause(self) -> None:
        """Stop counting, keeping the time left."""
        if self._since is not None:
            self._left -= self._clock() - self._since
            self._since = None
            self._timer.stop()
        self.changed.emit(self.remaining())

    def resume(self) -> None:
        """Go on counting."""
        if self._active and self._since is None:
            self._since = self._clock()
            self._timer.start()
        self.tick()

    def add(self, seconds: float) -> None:
        """Give more time."""
        self._left += seconds
        self.changed.emit(self.remaining())

    def skip(self) -> None:
        """End at once, as if the time were up."""
        self._left = 0.0
        self._since = None
        self.tick()

    def stop(self) -> None:
        """Stop without finishing, as when the screen is left."""
        self._active = False
        self._since = None
        self._timer.stop()

    def tick(self) -> None:
        """Announce the time left, and finish once when it reaches zero."""
        left = self.remaining()
        self.changed.emit(left)
        if left == 0 and self._active:
            self.stop()
            self._left = 0.0
            self.finished.emit()


class Stopwatch(_Clocked):
    """Counts up from zero while running, for holds and for timed tests."""

    def __init__(self, clock: Clock = time.monotonic, parent: QObject | None = None) -> None:
        super().__init__(clock, parent)
        self._held = 0.0
        self._since: float | None = None

    def start(self) -> None:
        """Start (or go on) counting."""
        if self._since is None:
            self._since = self._clock()
            self._timer.start()

    def stop(self) -> int:
        """Stop counting and return the whole seconds counted."""
        if self._since is not None:
            self._held += self._clock() - self._since
            self._since = None
            self._timer.stop()
        self.changed.emit(self.seconds())
        return self.seconds()

    def reset(self) -> None:
        """Back to zero, not running."""
        self._since = None
        self._held = 0.0
        self._timer.stop()
        self.changed.emit(0)

    def is_running(self) -> bool:
        """Return True while counting."""
        return self._since is not None

    def seconds(self) -> int:
        """Return the whole seconds counted so far."""
        return int(self.elapsed())

    def elapsed(self) -> float:
        """Return the time counted so far, in seconds."""
        held = self._held
        if self._since is not None:
            held += self._clock() - self._since
        return held

    def tick(self) -> None:
        """Refresh the display."""
        self.changed.emit(self.seconds())
