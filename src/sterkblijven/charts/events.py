"""An event to mark on a chart over time; cheap to import (the drawing is in marks.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class ChartMark:
    """An event to mark: days from first to last (a line when the same day), and its label."""

    first: date
    last: date
    label: str
