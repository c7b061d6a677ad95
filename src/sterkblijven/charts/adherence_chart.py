"""The chart of the weeks trained: the sessions of each week, against the weekly goal."""

from __future__ import annotations

# PySide6 first, so pyqtgraph binds to it (see config).
import PySide6.QtCore  # noqa: F401

# isort: split
import numpy as np
import pyqtgraph as pg

from sterkblijven.charts.axes import day_value
from sterkblijven.charts.base import Chart, date_range
from sterkblijven.domain.progress import Adherence, WeekCount

_GOAL_PX = 3


class AdherenceChart(Chart):
    """Sessions per week as bars, with the weekly goal of one session as a line."""

    def _build(self) -> None:
        self.panel = self._add_panel(whole=True)
        self.bars = pg.BarGraphItem(x=np.empty(0), height=np.empty(0), width=5.0)
        self.panel.plot.addItem(self.bars)
        self.goal = pg.InfiniteLine(pos=1.0, angle=0, movable=False)
        self.goal.setZValue(5)
        self.panel.plot.addItem(self.goal, ignoreBounds=True)
        self._adherence: Adherence | None = None

    def _restyle_items(self) -> None:
        style = self._style
        self.bars.setOpts(brush=pg.mkBrush(style.line), pen=pg.mkPen(style.line, width=1))
        self.goal.setPen(pg.mkPen(style.second, width=style.scaled(_GOAL_PX, _GOAL_PX)))
        if self._adherence is not None:
            self._update_ranges(self._adherence)

    def show_series(self, adherence: Adherence, label: str) -> None:
        """Draw a bar for the sessions of each week."""
        self._adherence = adherence
        self.panel.set_title(label, self._style)
        weeks = trained_weeks(adherence)
        # A bar stands over Monday to Friday of its week, so weeks stay apart.
        centres = np.fromiter((day_value(w.week) + 2.5 for w in weeks), float, count=len(weeks))
        heights = np.fromiter((w.sessions for w in weeks), float, count=len(weeks))
        self.bars.setOpts(x=centres, height=heights, width=5.0)
        self._update_ranges(adherence)

    def _update_ranges(self, adherence: Adherence) -> None:
        weeks = trained_weeks(adherence)
        days = [day_value(w.week) for w in weeks]
        days += [day + 7 for day in days[-1:]]
        most = max((w.sessions for w in weeks), default=0)
        top = max(3.0, float(most)) * 1.12
        self.panel.set_ranges(date_range(days), (-top * 0.02, top))
        self._align_value_axes()


def trained_weeks(adherence: Adherence) -> tuple[WeekCount, ...]:
    """Return the weeks from the first with a session on; only the last when none has one.

    Half a year of empty bars before a new person's first session reads as failure, and says
    nothing: the chart starts where she started.
    """
    weeks = adherence.weeks
    first = next((index for index, week in enumerate(weeks) if week.sessions), len(weeks) - 1)
    return weeks[max(first, 0) :]
