"""The progress charts, drawn for older eyes: thick lines, large markers, large text, no hovering.

Charts are given series and every word they show; they query nothing and translate nothing.
Each chart builds its plot items once and updates them in place, so redrawing after a new
result costs little.
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

# PySide6 first, so pyqtgraph binds to it (see config).
from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

# isort: split
import numpy as np
import pyqtgraph as pg

from sterkblijven.charts.axes import DateAxis, ValueAxis, day_value
from sterkblijven.charts.config import configure
from sterkblijven.charts.style import MARKER_PX, NORMAL_ALPHA, ChartStyle, font, see_through
from sterkblijven.domain.progress import Adherence, ExerciseSeries, Point, TestSeries

_NORMAL_EDGE_ALPHA = 0.75
_PAIN_ACCEPTABLE = 3.0
_PAIN_MAX = 10.0
# A range of only a few days would give date ticks a day apart: show at least four weeks.
_MIN_SPAN_DAYS = 28
_EMPTY_SPAN_DAYS = 90
_GOAL_PX = 3


def _days(points: Sequence[Point]) -> np.ndarray:
    return np.fromiter((point.day.toordinal() for point in points), float, count=len(points))


def _values(points: Sequence[Point]) -> np.ndarray:
    return np.fromiter((point.value for point in points), float, count=len(points))


# --- Charts -------------------------------------------------------------------------------


def _padded(low: float, high: float, share: float, least: float) -> tuple[float, float]:
    pad = max((high - low) * share, least)
    return low - pad, high + pad


def _x_range(days: Iterable[float]) -> tuple[float, float]:
    shown = list(days)
    if not shown:
        end = day_value(date.today())
        return end - _EMPTY_SPAN_DAYS, end
    low, high = min(shown), max(shown)
    # A short history widens into the past: no chart shows days still to come.
    low = min(low, high - _MIN_SPAN_DAYS)
    return _padded(low, high, 0.04, 2.0)


def _right_margin(style: ChartStyle) -> int:
    return 2 * style.font_px


class _Panel:
    """One plot: a date axis below, a value axis on the left, its label above."""

    def __init__(self, layout: pg.GraphicsLayout, row: int, locale: QLocale, whole: bool) -> None:
        self.dates = DateAxis(locale)
        self.values = ValueAxis(locale, whole)
        self.plot = pg.PlotItem(axisItems={"bottom": self.dates, "left": self.values})
        layout.addItem(self.plot, row=row, col=0)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.vb.disableAutoRange()
        # The label reads across, above the axis, rather than turned on its side beside it.
        self.title = self.plot.titleLabel
        self.plot.layout.removeItem(self.title)
        self.plot.layout.addItem(self.title, 0, 0, 1, 2)
        self.title.setAttr("justify", "left")
        self.title_text = ""
        self.x_range = (0.0, 1.0)
        self.y_range = (0.0, 1.0)
        self.show_dates = True

    def restyle(self, style: ChartStyle) -> None:
        tick_font = font(style.font_px)
        for axis in (self.dates, self.values):
            axis.setPen(pg.mkPen(style.text, width=style.axis_px))
            axis.setTickPen(pg.mkPen(style.text, width=style.axis_px))
            axis.setTextPen(pg.mkPen(style.text))
            axis.setTickFont(tick_font)
            axis.set_font_px(style.font_px)
            axis.setStyle(tickLength=style.tick_px, tickAlpha=255, autoExpandTextSpace=False)
        self.values.setStyle(tickTextOffset=max(4, style.font_px // 3))
        self.dates.setStyle(
            tickTextOffset=max(3, style.font_px // 4),
            # A label at an end may reach into the margin; one that would be cut off is left out.
            hideOverlappingLabels=_right_margin(style) - 2,
            showValues=self.show_dates,
        )
        metrics = QFontMetricsF(tick_font)
        height = style.tick_px + style.axis_px
        if self.show_dates:
            height += max(3, style.font_px // 4) + math.ceil(metrics.height())
        self.dates.setHeight(height)
        self.set_title(self.title_text, style)

    def set_title(self, text: str, style: ChartStyle) -> None:
        self.title_text = text
        self.title.setText(
            html.escape(text), color=style.text, size=f"{style.font_px}px", bold=True
        )
        # Room below the label keeps it clear of the top tick's number.
        text_height = self.title.item.boundingRect().height()
        height = math.ceil(text_height) + style.font_px // 2 if text else 0
        self.title.setVisible(bool(text))
        self.title.setMaximumHeight(height)
        self.plot.layout.setRowFixedHeight(0, height)

    def value_width(self, style: ChartStyle) -> float:
        return self.values.width_for(*self.y_range) + style.tick_px + max(4, style.font_px // 3)

    def set_ranges(self, x_range: tuple[float, float], y_range: tuple[float, float]) -> None:
        self.x_range, self.y_range = x_range, y_range
        self.plot.setRange(xRange=x_range, yRange=y_range, padding=0)


class Chart(QWidget):
    """A chart of one kind: plots for older eyes, not interactive, named for screen readers."""

    _HEIGHT_IN_LINES = 18
    # At the largest text the chart must still fit below its summary in a window about 820 px
    # high, so its height stops growing with the text here.
    _TALLEST_PX = 440

    def __init__(self, style: ChartStyle, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        configure(style.background, style.text)
        self._style = style
        self._locale = QLocale(locale)
        self.setLocale(self._locale)
        self.view = pg.GraphicsLayoutWidget()
        # Nothing to point at or zoom: clicks and the wheel go to the page around the chart.
        self.view.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.layout_item = self.view.ci
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.panels: list[_Panel] = []
        self._build()
        self.set_style(style)

    def _add_panel(self, whole: bool) -> _Panel:
        panel = _Panel(self.layout_item, len(self.panels), self._locale, whole)
        self.panels.append(panel)
        return panel

    def _build(self) -> None:
        raise NotImplementedError

    def _restyle_items(self) -> None:
        raise NotImplementedError

    def set_style(self, style: ChartStyle) -> None:
        """Restyle in place for another theme or text size."""
        configure(style.background, style.text)
        self._style = style
        self.view.setBackground(style.background)
        margin = style.font_px // 2
        self.layout_item.setContentsMargins(margin, margin, _right_margin(style), margin)
        self.layout_item.setSpacing(margin)
        for panel in self.panels:
            panel.restyle(style)
        self._restyle_items()
        self._align_value_axes()
        self.setMinimumHeight(min(self._HEIGHT_IN_LINES * style.font_px, self._TALLEST_PX))
        self.updateGeometry()

    def set_locale(self, locale: QLocale) -> None:
        """Write dates and numbers in another language."""
        self._locale = QLocale(locale)
        self.setLocale(self._locale)
        for panel in self.panels:
            panel.dates.set_locale(locale)
            panel.values.set_locale(locale)
        self._align_value_axes()

    def show_series(self, *args: Any, **kwargs: Any) -> None:
        """Draw a series; each kind of chart takes its own (see the subclasses)."""
        raise NotImplementedError

    def set_summary(self, name: str, description: str) -> None:
        """Give the chart the name and the summary in words a screen reader reads out."""
        for widget in (self, self.view):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)

    def sizeHint(self) -> QSize:
        """Return a comfortable size for the text size."""
        height = self.minimumHeight()
        return QSize(max(480, 36 * self._style.font_px), min(round(height * 1.25), 560))

    def minimumSizeHint(self) -> QSize:
        """Return the least size at which the axes and their text still fit."""
        return QSize(max(320, 20 * self._style.font_px), self.minimumHeight())

    def _align_value_axes(self) -> None:
        # Stacked plots share their dates only when their value axes are equally wide.
        shown = [panel for panel in self.panels if panel.plot.isVisible()] or self.panels
        width = max(panel.value_width(self._style) for panel in shown)
        for panel in self.panels:
            panel.values.setWidth(math.ceil(width))


def _line_pen(style: ChartStyle, colour: str) -> Any:
    return pg.mkPen(colour, width=style.line_px, cap=Qt.PenCapStyle.RoundCap)


def _set_markers(item: pg.PlotDataItem, style: ChartStyle, colour: str) -> None:
    item.setSymbol("o")
    item.setSymbolSize(style.marker_px)
    item.setSymbolBrush(pg.mkBrush(colour))
    # A ring in the background colour keeps a marker apart from the line through it.
    item.setSymbolPen(pg.mkPen(style.background, width=max(2, style.axis_px)))


def _fast_thick(item: pg.PlotDataItem) -> None:
    # Qt strokes a long antialiased polyline as one outline, which costs about 30 ms per
    # 500 points; drawn as separate round-capped segments it costs a few, and looks the same.
    item.curve.setSegmentedLineMode("on")


def _corners(xs: np.ndarray, ys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return the points where a line turns: inside a run of equal values, none are needed."""
    if len(ys) < 3:
        return xs, ys
    keep = np.ones(len(ys), dtype=bool)
    keep[1:-1] = (ys[1:-1] != ys[:-2]) | (ys[1:-1] != ys[2:])
    return xs[keep], ys[keep]


class _Line:
    """A thick line through dated values, with a large marker on each value.

    When the values lie closer together than their markers, the markers would merge into a
    blur: then only the latest value keeps its marker.
    """

    def __init__(self, plot: pg.PlotItem) -> None:
        self.curve = pg.PlotDataItem(np.empty(0), np.empty(0))
        self.latest = pg.PlotDataItem(np.empty(0), np.empty(0), pen=None)
        self.curve.setZValue(10)
        self.latest.setZValue(11)
        _fast_thick(self.curve)
        plot.addItem(self.curve)
        plot.addItem(self.latest)
        self.view = plot.vb
        self.view.sigResized.connect(self._fit)
        self.days = np.empty(0)
        self.values = np.empty(0)
        self.marker_px = MARKER_PX
        self.markers = True

    def restyle(self, style: ChartStyle, colour: str) -> None:
        self.curve.setPen(_line_pen(style, colour))
        for item in (self.curve, self.latest):
            _set_markers(item, style, colour)
        self.marker_px = style.marker_px
        self.markers = self._markers_fit()
        self._draw()

    def set_points(self, points: Sequence[Point]) -> None:
        self.days, self.values = _days(points), _values(points)
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
            self.curve.setData(*_corners(self.days, self.values))
        self.curve.setSymbol("o" if self.markers else None)


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
        self.line = _Line(plot)
        self._series: TestSeries | None = None

    def _restyle_items(self) -> None:
        style = self._style
        self.line.restyle(style, style.line)
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

    def _update_ranges(self, series: TestSeries) -> None:
        days = [day_value(point.day) for point in series.points]
        values = [point.value for point in series.points]
        for span in series.normal:
            days += [day_value(span.start), day_value(span.end) + 1]
            values += [span.low, span.high]
        if series.fall_risk_at is not None:
            values.append(series.fall_risk_at)
        if values:
            low, high = min(values), max(values)
            least = max(abs(high) * 0.15, 1.0) if high == low else 0.5
            y_range = _padded(low, high, 0.12, least)
        else:
            y_range = (-0.5, 10.5)
        self.panel.set_ranges(_x_range(days), y_range)
        self._align_value_axes()


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
        _fast_thick(self.load_steps)
        self.load_changes = pg.PlotDataItem(np.empty(0), np.empty(0), pen=None)
        self.load_changes.setZValue(10)
        self.load_panel.plot.addItem(self.load_steps)
        self.load_panel.plot.addItem(self.load_changes)
        self.reps = _Line(self.reps_panel.plot)
        self._series: ExerciseSeries | None = None

    def _restyle_items(self) -> None:
        style = self._style
        self.load_steps.setPen(_line_pen(style, style.second))
        self.load_changes.setPen(None)
        _set_markers(self.load_changes, style, style.second)
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
        days, loads = _days(series.load), _values(series.load)
        if len(days):
            # A load holds until the next session's: a step at each change, up to the last day.
            step_x = np.repeat(days, 2)[1:]
            step_y = np.repeat(loads, 2)[:-1]
            changed = np.ones(len(loads), dtype=bool)
            changed[1:] = loads[1:] != loads[:-1]
            self.load_steps.setData(*_corners(step_x, step_y))
            self.load_changes.setData(days[changed], loads[changed])
        else:
            self.load_steps.setData(np.empty(0), np.empty(0))
            self.load_changes.setData(np.empty(0), np.empty(0))
        self.load_panel.plot.setVisible(bool(series.load))
        self._update_ranges(series)
        self.reps.set_points(series.reps)

    def _update_ranges(self, series: ExerciseSeries) -> None:
        days = [day_value(point.day) for point in (*series.reps, *series.load)]
        x_range = _x_range(days)
        reps = [point.value for point in series.reps]
        self.reps_panel.set_ranges(x_range, _padded(0.0, max(reps, default=10.0), 0.1, 0.5))
        loads = [point.value for point in series.load]
        if self.load_panel.values.has_names:
            low, high = min(loads, default=0.0), max(loads, default=1.0)
            y_range = (low - 0.6, high + 0.6)
        else:
            y_range = _padded(0.0, max(loads, default=1.0), 0.12, 0.5)
        self.load_panel.set_ranges(x_range, y_range)
        self._align_value_axes()


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
        weeks = adherence.weeks
        # A bar stands over Monday to Friday of its week, so weeks stay apart.
        centres = np.fromiter((day_value(w.week) + 2.5 for w in weeks), float, count=len(weeks))
        heights = np.fromiter((w.sessions for w in weeks), float, count=len(weeks))
        self.bars.setOpts(x=centres, height=heights, width=5.0)
        self._update_ranges(adherence)

    def _update_ranges(self, adherence: Adherence) -> None:
        days = [day_value(w.week) for w in adherence.weeks]
        days += [day + 7 for day in days[-1:]]
        most = max((w.sessions for w in adherence.weeks), default=0)
        top = max(3.0, float(most)) * 1.12
        self.panel.set_ranges(_x_range(days), (-top * 0.02, top))
        self._align_value_axes()


class PainChart(Chart):
    """Pain from 0 to 10 per session, over a shaded acceptable zone up to 3."""

    def _build(self) -> None:
        self.panel = self._add_panel(whole=True)
        self.zone = pg.LinearRegionItem(
            values=(0.0, _PAIN_ACCEPTABLE), orientation="horizontal", movable=False
        )
        self.zone.setZValue(-10)
        self.panel.plot.addItem(self.zone, ignoreBounds=True)
        self.line = _Line(self.panel.plot)
        self._points: Sequence[Point] = ()

    def _restyle_items(self) -> None:
        style = self._style
        self.line.restyle(style, style.line)
        self.zone.setBrush(pg.mkBrush(see_through(style.normal_fill, NORMAL_ALPHA)))
        for edge in self.zone.lines:
            edge.setPen(pg.mkPen(None))
        self._update_ranges()

    def show_series(self, points: Sequence[Point], label: str) -> None:
        """Draw pain per session."""
        self._points = tuple(points)
        self.panel.set_title(label, self._style)
        self._update_ranges()
        self.line.set_points(self._points)

    def _update_ranges(self) -> None:
        x_range = _x_range(day_value(point.day) for point in self._points)
        self.panel.set_ranges(x_range, (-0.6, _PAIN_MAX + 0.6))
        self._align_value_axes()
