"""The chart of a functional test over time, against its normal range and its fall-risk line."""

from __future__ import annotations

# PySide6 first, so pyqtgraph binds to it (see config).
from PySide6.QtCore import Qt

# isort: split
import numpy as np
import pyqtgraph as pg

from sterkblijven.charts.axes import day_value
from sterkblijven.charts.base import Chart, date_range, padded_range
from sterkblijven.charts.lines import Line
from sterkblijven.charts.style import NORMAL_ALPHA, see_through
from sterkblijven.domain.progress import TestSeries

_NORMAL_EDGE_ALPHA = 0.75


class TestChart(Chart):
    """A functional test over time, against the normal range and the fall-risk line."""

    def _build(self) -> None:
        self.panel = self._add_panel(whole=False)
        plot = self.panel.plot
        self.band_low = pg.PlotDataItem(np.empty(0), np.empty(0))
        self.band_high = pg.PlotDataItem(np.empty(0), np.empty(0))
        for edge in (self.band_low, self.band_high):
            edge.setZValue(-9)
            plot.addItem(edge)
        self.band = pg.FillBetweenItem(self.band_low, self.band_high)
        self.band.setZValue(-10)
        plot.addItem(self.band)
        self.risk = pg.InfiniteLine(angle=0, movable=False)
        self.risk.setZValue(5)
        self.risk.setVisible(False)
        plot.addItem(self.risk, ignoreBounds=True)
        self.line = Line(plot)
        # Results not held against the norm (an arm curl with another dumbbell): their own line.
        self.other = Line(plot)
        self._series: TestSeries | None = None

    def _restyle_items(self) -> None:
        style = self._style
        self.line.restyle(style, style.line)
        self.other.restyle(style, style.second)
        edge = pg.mkPen(see_through(style.normal_fill, _NORMAL_EDGE_ALPHA), width=style.axis_px)
        self.band_low.setPen(edge)
        self.band_high.setPen(edge)
        self.band.setBrush(pg.mkBrush(see_through(style.normal_fill, NORMAL_ALPHA)))
        self.band.setPen(pg.mkPen(None))
        self.risk.setPen(pg.mkPen(style.risk, width=style.scaled(3, 3), style=Qt.PenStyle.DashLine))
        if self._series is not None:
            self._update_ranges(self._series)

    def show_series(self, series: TestSeries, value_label: str) -> None:
        """Draw a test's results, its normal range and its fall-risk line."""
        self._series = series
        self.panel.set_title(value_label, self._style)
        xs: list[float] = []
        lows: list[float] = []
        highs: list[float] = []
        for span in series.normal:
            # Each span covers its last day too; the next span starts where it ends.
            xs += [day_value(span.start), day_value(span.end) + 1]
            lows += [span.low, span.low]
            highs += [span.high, span.high]
        self.band_low.setData(np.array(xs), np.array(lows))
        self.band_high.setData(np.array(xs), np.array(highs))
        # FillBetweenItem keeps its last area when both edges become empty: hide it instead.
        self.band.setVisible(bool(series.normal))
        if series.fall_risk_at is not None:
            self.risk.setValue(series.fall_risk_at)
        self.risk.setVisible(series.fall_risk_at is not None)
        self._update_ranges(series)
        self.line.set_points(series.points)
        self.other.set_points(series.other)

    def _update_ranges(self, series: TestSeries) -> None:
        shown = (*series.points, *series.other)
        days = [day_value(point.day) for point in shown]
        values = [point.value for point in shown]
        for span in series.normal:
            days += [day_value(span.start), day_value(span.end) + 1]
            values += [span.low, span.high]
        if series.fall_risk_at is not None:
            values.append(series.fall_risk_at)
        if values:
            low, high = min(values), max(values)
            least = max(abs(high) * 0.15, 1.0) if high == low else 0.5
            y_range = padded_range(low, high, 0.12, least)
        else:
            y_range = (-0.5, 10.5)
        self.panel.set_ranges(date_range(days), y_range)
        self._align_value_axes()
