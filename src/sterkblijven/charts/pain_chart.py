"""The chart of pain after each session, on a fixed scale over the safe and acceptable zones.

The zones follow pain monitoring (Silbernagel et al. 2007): 0-2 safe, 3-5 acceptable, above 5
too much. The safe zone lies over the acceptable one, so it shows as a deeper shade.
"""

from __future__ import annotations

from collections.abc import Sequence

# PySide6 first, so pyqtgraph binds to it (see config).
import PySide6.QtCore  # noqa: F401

# isort: split
import pyqtgraph as pg

from sterkblijven.charts.axes import day_value
from sterkblijven.charts.base import Chart, date_range
from sterkblijven.charts.lines import Line
from sterkblijven.charts.style import NORMAL_ALPHA, see_through
from sterkblijven.domain.progress import Point
from sterkblijven.domain.session import PAIN_ACCEPTABLE_MAX, PAIN_SAFE_MAX

_PAIN_MAX = 10.0


class PainChart(Chart):
    """Pain from 0 to 10 per session, over a shaded acceptable zone up to 5, deeper up to 2."""

    def _build(self) -> None:
        self.panel = self._add_panel(whole=True)
        self.zone = self._shaded(float(PAIN_ACCEPTABLE_MAX))
        self.safe_zone = self._shaded(float(PAIN_SAFE_MAX))
        self.line = Line(self.panel.plot)
        self._points: Sequence[Point] = ()

    def _shaded(self, top: float) -> pg.LinearRegionItem:
        zone = pg.LinearRegionItem(values=(0.0, top), orientation="horizontal", movable=False)
        zone.setZValue(-10)
        self.panel.plot.addItem(zone, ignoreBounds=True)
        return zone

    def _restyle_items(self) -> None:
        style = self._style
        self.line.restyle(style, style.line)
        for zone in (self.zone, self.safe_zone):
            zone.setBrush(pg.mkBrush(see_through(style.normal_fill, NORMAL_ALPHA)))
            for edge in zone.lines:
                edge.setPen(pg.mkPen(None))
        self._update_ranges()

    def show_series(self, points: Sequence[Point], label: str) -> None:
        """Draw pain per session."""
        self._points = tuple(points)
        self.panel.set_title(label, self._style)
        self._update_ranges()
        self.line.set_points(self._points)

    def _update_ranges(self) -> None:
        x_range = date_range(day_value(point.day) for point in self._points)
        self.panel.set_ranges(x_range, (-0.6, _PAIN_MAX + 0.6))
        self._align_value_axes()
