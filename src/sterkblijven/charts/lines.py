"""Series drawn as thick lines with large markers, which thin out where sessions crowd."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

# PySide6 first, so pyqtgraph binds to it (see config).
from PySide6.QtCore import Qt

# isort: split
import numpy as np
import pyqtgraph as pg

from sterkblijven.charts.style import MARKER_PX, ChartStyle
from sterkblijven.domain.progress import Point


def days_of(points: Sequence[Point]) -> np.ndarray:
    """Return the x values of the points' days."""
    return np.fromiter((point.day.toordinal() for point in points), float, count=len(points))


def values_of(points: Sequence[Point]) -> np.ndarray:
    """Return the points' values."""
    return np.fromiter((point.value for point in points), float, count=len(points))


def line_pen(style: ChartStyle, colour: str) -> Any:
    """Return the pen of a thick series line with round ends."""
    return pg.mkPen(colour, width=style.line_px, cap=Qt.PenCapStyle.RoundCap)


def set_markers(item: pg.PlotDataItem, style: ChartStyle, colour: str) -> None:
    """Give an item large round markers in a colour."""
    item.setSymbol("o")
    item.setSymbolSize(style.marker_px)
    item.setSymbolBrush(pg.mkBrush(colour))
    # A ring in the background colour keeps a marker apart from the line through it.
    item.setSymbolPen(pg.mkPen(style.background, width=max(2, style.axis_px)))


def fast_thick(item: pg.PlotDataItem) -> None:
    """Draw an item's thick line quickly."""
    # Qt strokes a long antialiased polyline as one outline, which costs about 30 ms per
    # 500 points; drawn as separate round-capped segments it costs a few, and looks the same.
    item.curve.setSegmentedLineMode("on")


def corners(xs: np.ndarray, ys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return the points where a line turns: inside a run of equal values, none are needed."""
    if len(ys) < 3:
        return xs, ys
    keep = np.ones(len(ys), dtype=bool)
    keep[1:-1] = (ys[1:-1] != ys[:-2]) | (ys[1:-1] != ys[2:])
    return xs[keep], ys[keep]


class Line:
    """A thick line through dated values, with a large marker on each value.

    When the values lie closer together than their markers, the markers would merge into a
    blur: then only the latest value keeps its marker.
    """

    def __init__(self, plot: pg.PlotItem) -> None:
        self.curve = pg.PlotDataItem(np.empty(0), np.empty(0))
        self.latest = pg.PlotDataItem(np.empty(0), np.empty(0), pen=None)
        self.curve.setZValue(10)
        self.latest.setZValue(11)
        fast_thick(self.curve)
        plot.addItem(self.curve)
        plot.addItem(self.latest)
        self.view = plot.vb
        self.view.sigResized.connect(self._fit)
        self.days = np.empty(0)
        self.values = np.empty(0)
        self.marker_px = MARKER_PX
        self.markers = True

    def restyle(self, style: ChartStyle, colour: str) -> None:
        """Draw the line and its markers in a colour at the style's sizes."""
        self.curve.setPen(line_pen(style, colour))
        for item in (self.curve, self.latest):
            set_markers(item, style, colour)
        self.marker_px = style.marker_px
        self.markers = self._markers_fit()
        self._draw()

    def set_points(self, points: Sequence[Point]) -> None:
        """Draw the line through these dated values."""
        self.days, self.values = days_of(points), values_of(points)
        self.latest.setData(self.days[-1:], self.values[-1:])
        self.markers = self._markers_fit()
        self._draw()

    def _markers_fit(self) -> bool:
        x_low, x_high = self.view.viewRange()[0]
        width = self.view.width()
        if len(self.days) < 2 or width <= 0 or x_high <= x_low:
            return True
        per_day = width / (x_high - x_low)
        average = (self.days[-1] - self.days[0]) * per_day / (len(self.days) - 1)
        return bool(average >= self.marker_px * 1.2)

    def _fit(self, *_args: object) -> None:
        fits = self._markers_fit()
        if fits != self.markers:
            self.markers = fits
            self._draw()

    def _draw(self) -> None:
        if self.markers:
            self.curve.setData(self.days, self.values)
        else:
            # Without markers, the points inside a flat stretch add segments and nothing else.
            self.curve.setData(*corners(self.days, self.values))
        self.curve.setSymbol("o" if self.markers else None)
