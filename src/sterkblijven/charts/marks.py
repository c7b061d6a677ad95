"""Events marked on a chart over time: a shaded band for days away, a line for one day.

Each mark carries a short label, written at the top of the plot beside the band or line, so a
reader sees why the sessions stop or the load drops (a hospital stay, a break, a clearance).
"""

from __future__ import annotations

from collections.abc import Sequence

# PySide6 first, so pyqtgraph binds to it (see config).
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF

# isort: split
import pyqtgraph as pg

from sterkblijven.charts.axes import day_value
from sterkblijven.charts.events import ChartMark
from sterkblijven.charts.style import ChartStyle, font, see_through

_BAND_ALPHA = 0.18
_LINE_PX = 3


class Marks:
    """The marks drawn on one plot; replaced as a whole when the chart shows other data."""

    def __init__(self, plot: pg.PlotItem) -> None:
        self._plot = plot
        self._items: list[pg.GraphicsObject] = []

    def show(self, marks: Sequence[ChartMark], style: ChartStyle) -> None:
        """Draw the marks over the plot's current ranges, removing the earlier ones."""
        self.clear()
        (low, high), (_bottom, top) = self._plot.viewRange()
        colour = style.text
        placed: list[tuple[float, int]] = []  # each label's mark's end, and its row
        for mark in marks:
            first, last = day_value(mark.first), day_value(mark.last) + 1
            if last < low or first > high:
                continue
            if mark.last > mark.first:
                band = pg.LinearRegionItem(values=(first, last), movable=False)
                band.setBrush(pg.mkBrush(see_through(colour, _BAND_ALPHA)))
                for edge in band.lines:
                    edge.setPen(pg.mkPen(colour, width=style.scaled(1, 1)))
                item: pg.GraphicsObject = band
            else:
                item = pg.InfiniteLine(
                    pos=first,
                    angle=90,
                    movable=False,
                    pen=pg.mkPen(
                        colour,
                        width=style.scaled(_LINE_PX, 2),
                        style=Qt.PenStyle.DashLine,
                    ),
                )
            item.setZValue(-5)
            self._plot.addItem(item, ignoreBounds=True)
            self._items.append(item)
            if not mark.label:
                continue
            # The label stands on white beside the mark's right edge (left of it near the
            # chart's end), one row lower than the label before when the two are close.
            near_end = last > low + (high - low) * 0.8
            text = pg.TextItem(
                mark.label,
                color=colour,
                anchor=(1, 0) if near_end else (0, 0),
                fill=pg.mkBrush(style.background),
            )
            text.setFont(font(round(style.font_px * 0.8)))
            close = bool(placed) and first - placed[-1][0] < (high - low) * 0.12
            row = placed[-1][1] + 1 if close else 0
            placed.append((last, row))
            # One row is the label's own height, in the plot's values.
            step = (
                QFontMetricsF(text.textItem.font()).height()
                * 1.15
                * self._plot.vb.viewPixelSize()[1]
            )
            text.setPos(first if near_end else last, top - step * (row % 3))
            text.setZValue(20)
            self._plot.addItem(text, ignoreBounds=True)
            self._items.append(text)

    def clear(self) -> None:
        """Remove the marks."""
        for item in self._items:
            self._plot.removeItem(item)
        self._items.clear()
