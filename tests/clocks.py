"""A clock tests move by hand: for the app's wall clock (datetime) or a monotonic one (float)."""

from __future__ import annotations

from datetime import datetime
from typing import Generic, TypeVar

Moment = TypeVar("Moment", datetime, float)


class ManualClock(Generic[Moment]):
    """Returns ``now``, which only the test changes."""

    def __init__(self, now: Moment) -> None:
        self.now = now

    def __call__(self) -> Moment:
        """Return the current moment."""
        return self.now
