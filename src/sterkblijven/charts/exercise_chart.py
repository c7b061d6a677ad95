"""The chart of an exercise over time: the load it was done with, and the best set."""

from __future__ import annotations

from collections.abc import Mapping

# PySide6 first, so pyqtgraph binds to it (see config).
import PySide6.QtCore  # noqa: F401

# isort: split
import numpy as np
import pyqtgraph as pg

from sterkblijven.charts.axes import day_value
from sterkblijven.charts.base import Chart, date_range, padded_range
from sterkblijven.charts.lines import (
    Line,
    corners,
    days_of,
    fast_thick,
    line_pen,
    set_markers,
    values_of,
)
from sterkblijven.domain.progress import ExerciseSeries


class ExerciseChart(Chart):
    """An exercise over time: the load on top (a step line), the repetitions below."""

    _HEIGHT_IN_LINES = 24
    _TALLEST_PX = 560

    def _build(self) -> None:
        self.load_panel = self._add_panel(whole=False)
        self.reps_panel = self._add_panel(whole=True)
        # The dates are written once, under the lower plot.
        self.load_panel.show_dates = False
        self.load_steps = pg.PlotDataItem(np.empty(0), np.empty(0))
        self.load_steps.setZValue(9)
        fast_thick(self.load_steps)
        self.load_changes = pg.PlotDataItem(np.empty(0), np.empty(0), pen=None)
        self.load_changes.setZValue(10)
        self.load_panel.plot.addItem(self.load_steps)
        self.load_panel.plot.addItem(self.load_changes)
        self.reps = Line(self.reps_panel.plot)
        self._series: ExerciseSeries | None = None

    def _restyle_items(self) -> None:
        style = self._style
        self.load_steps.setPen(line_pen(style, style.second))
        self.load_changes.setPen(None)
        set_markers(self.load_changes, style, style.second)
        self.reps.restyle(style, style.line)
        if self._series is not None:
            self._update_ranges(self._series)

    def show_series(
        self,
        series: ExerciseSeries,
        reps_label: str,
        load_label: str,
        band_names: Mapping[float, str] | None = None,
    ) -> None:
        """Draw the load (band names at their ladder values, if given) and the repetitions."""
        self._series = series
        self.reps_panel.set_title(reps_label, self._style)
        self.load_panel.set_title(load_label, self._style)
        self.load_panel.values.set_names(band_names, (point.value for point in series.load))
        days, loads = days_of(series.load), values_of(series.load)
        if len(days):
            # A load holds until the next session's: a step at each change, up to the last day.
            step_x = np.repeat(days, 2)[1:]
            step_y = np.repeat(loads, 2)[:-1]
            changed = np.ones(len(loads), dtype=bool)
            changed[1:] = loads[1:] != loads[:-1]
            self.load_steps.setData(*corners(step_x, step_y))
            self.load_changes.setData(days[changed], loads[changed])
        else:
            self.load_steps.setData(np.empty(0), np.empty(0))
            self.load_changes.setData(np.empty(0), np.empty(0))
        self.load_panel.plot.setVisible(bool(series.load))
        self._update_ranges(series)
        self.reps.set_points(series.reps)

    def _update_ranges(self, series: ExerciseSeries) -> None:
        days = [day_value(point.day) for point in (*series.reps, *series.load)]
        x_range = date_range(days)
        reps = [point.value for point in series.reps]
        self.reps_panel.set_ranges(x_range, padded_range(0.0, max(reps, default=10.0), 0.1, 0.5))
        loads = [point.value for point in series.load]
        if self.load_panel.values.has_names:
            low, high = min(loads, default=0.0), max(loads, default=1.0)
            y_range = (low - 0.6, high + 0.6)
        else:
            y_range = padded_range(0.0, max(loads, default=1.0), 0.12, 0.5)
        self.load_panel.set_ranges(x_range, y_range)
        self._align_value_axes()
