"""The progress charts, drawn for older eyes: thick lines, large markers, large text, no hovering.

Charts are given series and every word they show; they query nothing and translate nothing.
Each chart builds its plot items once and updates them in place, so redrawing after a new
result costs little.
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

# PySide6 first, so pyqtgraph binds to it (see config).
from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

# isort: split
import numpy as np
import pyqtgraph as pg

from sterkblijven.charts.config import configure
from sterkblijven.domain.progress import Adherence, ExerciseSeries, Point, TestSeries

# Sizes at 100 % text (19 px), scaled with the text: older eyes need bold strokes.
_BASE_FONT_PX = 19
_LINE_PX = 4
_MARKER_PX = 15
_AXIS_PX = 2
_GOAL_PX = 3
_MAX_DATE_LABELS = 6
_DATE_GAP = 1.2  # between date labels, in lines of text
_MAX_VALUE_LABELS = 7
_NORMAL_ALPHA = 0.22
_NORMAL_EDGE_ALPHA = 0.75
_PAIN_ACCEPTABLE = 3.0
_PAIN_MAX = 10.0
# A range of only a few days would give date ticks a day apart: show at least four weeks.
_MIN_SPAN_DAYS = 28
_EMPTY_SPAN_DAYS = 90

DAY = "day"
MONTH = "month"
YEAR = "year"


@dataclass(frozen=True, slots=True)
class ChartStyle:
    """The colours and text size a chart draws with, from the app's theme."""

    background: str
    text: str
    line: str
    second: str
    normal_fill: str
    risk: str
    font_px: int

    def scaled(self, base: float, least: int) -> int:
        """Return a stroke or marker size that grows with the text, never below `least`."""
        return max(least, round(base * self.font_px / _BASE_FONT_PX))

    @property
    def line_px(self) -> int:
        """Return the width of a series line."""
        return self.scaled(_LINE_PX, _LINE_PX)

    @property
    def marker_px(self) -> int:
        """Return the diameter of a marker."""
        return self.scaled(_MARKER_PX, 14)

    @property
    def axis_px(self) -> int:
        """Return the width of axis lines and tick marks."""
        return self.scaled(_AXIS_PX, _AXIS_PX)

    @property
    def tick_px(self) -> int:
        """Return the length of a tick mark."""
        return max(6, round(self.font_px * 0.4))


def day_value(day: date) -> float:
    """Return the x value of a day on a date axis."""
    return float(day.toordinal())


def _days(points: Sequence[Point]) -> np.ndarray:
    return np.fromiter((point.day.toordinal() for point in points), float, count=len(points))


def _values(points: Sequence[Point]) -> np.ndarray:
    return np.fromiter((point.value for point in points), float, count=len(points))


def _number_locale(locale: QLocale) -> QLocale:
    # "1.000" reads as one in Dutch: tick numbers go without thousands separators.
    plain = QLocale(locale)
    plain.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return plain


def _font(px: int) -> QFont:
    font = QFont()
    font.setPixelSize(px)
    return font


def _colour(colour: str, alpha: float) -> QColor:
    result = QColor(colour)
    result.setAlphaF(alpha)
    return result


# --- Date ticks ---------------------------------------------------------------------------


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def _tick_days(unit: str, step: int, first: float, last: float) -> list[date]:
    last_day = date.max.toordinal() - 366
    start = date.fromordinal(min(max(1, math.ceil(first)), last_day))
    end = date.fromordinal(min(max(1, math.floor(last)), last_day))
    if end < start:
        return []
    if unit == DAY:
        if step >= 7:  # weeks start on Mondays, as the training weeks do
            day = start + timedelta(days=(7 - start.weekday()) % 7)
            if step > 7 and (day.toordinal() // 7) % (step // 7):
                day += timedelta(days=7)
        else:
            day = start
        days = []
        while day <= end:
            days.append(day)
            day += timedelta(days=step)
        return days
    if unit == MONTH:
        index = _month_index(start) + (0 if start.day == 1 else 1)
        index += (-index) % step  # months that start a quarter, half year, ... when step > 1
        days = []
        while True:
            day = date(index // 12, index % 12 + 1, 1)
            if day > end:
                return days
            days.append(day)
            index += step
    year = start.year + (0 if (start.month, start.day) == (1, 1) else 1)
    year += (-year) % step
    return [date(y, 1, 1) for y in range(year, end.year + 1, step)]


def _candidates(span_days: float) -> list[tuple[str, int]]:
    days = [(DAY, step) for step in (1, 2, 7, 14)]
    months = [(MONTH, step) for step in (1, 2, 3, 4, 6, 12)]
    years = [(YEAR, step) for step in (1, 2, 5, 10, 20, 50, 100)]
    if span_days <= 75:
        return days + months + years
    if span_days < 730:  # months while the span is under about two years
        return months + years
    return years


def date_label(locale: QLocale, unit: str, day: date) -> str:
    """Return the text of a date tick in the locale: "mrt 2026", "Mar 2026", "3 mrt", "2026"."""
    if unit == YEAR:
        return str(day.year)
    month = locale.monthName(day.month, QLocale.FormatType.ShortFormat)
    if unit == MONTH:
        return f"{month} {day.year}"
    return f"{day.day} {month}"


def date_ticks(
    first: float, last: float, length_px: float, widths: Mapping[str, float], gap_px: float
) -> tuple[str, list[date]]:
    """Return the unit and days of the date ticks between two x values along `length_px`.

    The finest step whose labels fit the length side by side is chosen, with at most
    six labels, so large text never overlaps.
    """
    first, last = sorted((first, last))
    per_day = length_px / (last - first) if last > first else 0.0
    choice: tuple[str, list[date]] = (YEAR, [])
    for unit, step in _candidates(last - first):
        days = _tick_days(unit, step, first, last)
        choice = (unit, days)
        room = _shortest_step_days(unit, step) * per_day
        if len(days) <= _MAX_DATE_LABELS and (len(days) < 2 or room >= widths[unit] + gap_px):
            break
    return choice


def _shortest_step_days(unit: str, step: int) -> float:
    if unit == DAY:
        return step
    if unit == MONTH:
        return math.floor(30.4 * step) - 2  # February makes a month as short as 28 days
    return 365 * step


class DateAxis(pg.AxisItem):  # type: ignore[misc]
    """A bottom axis of days, labelled with month names and years from a locale."""

    def __init__(self, locale: QLocale, font_px: int = _BASE_FONT_PX) -> None:
        super().__init__("bottom")
        self.enableAutoSIPrefix(False)
        self._locale = QLocale(locale)
        self._font_px = font_px
        self._widths: dict[str, float] = {}
        self._unit = MONTH

    def set_locale(self, locale: QLocale) -> None:
        """Label the ticks in another language."""
        self._locale = QLocale(locale)
        self._widths = {}
        self._redraw()

    def set_font_px(self, font_px: int) -> None:
        """Measure tick labels for another text size."""
        self._font_px = font_px
        self._widths = {}
        self._redraw()

    def _redraw(self) -> None:
        self.picture = None
        self.update()

    def _label_widths(self) -> dict[str, float]:
        if not self._widths:
            metrics = QFontMetricsF(_font(self._font_px))
            widest = {
                unit: max(
                    metrics.horizontalAdvance(date_label(self._locale, unit, date(2028, m, 28)))
                    for m in range(1, 13)
                )
                for unit in (DAY, MONTH, YEAR)
            }
            self._widths = widest
        return self._widths

    def labels(self, first: float, last: float, length_px: float) -> list[tuple[float, str]]:
        """Return the ticks (x value, text) drawn between two x values along `length_px`."""
        unit, days = date_ticks(
            first, last, length_px, self._label_widths(), self._font_px * _DATE_GAP
        )
        return [(day_value(day), date_label(self._locale, unit, day)) for day in days]

    def tickValues(self, first: float, last: float, size: float) -> list[tuple[float, list[float]]]:
        """Return one level of ticks on whole days, months or years."""
        unit, days = date_ticks(first, last, size, self._label_widths(), self._font_px * _DATE_GAP)
        self._unit = unit
        values = [day_value(day) for day in days]
        spacing = values[1] - values[0] if len(values) > 1 else 1.0
        return [(spacing, values)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        """Return the locale's text for each tick."""
        return [
            date_label(self._locale, self._unit, date.fromordinal(round(value))) for value in values
        ]


# --- Value ticks --------------------------------------------------------------------------


def nice_step(low: float, high: float, max_labels: int, whole: bool) -> float:
    """Return the finest step of 1, 2 or 5 times a power of ten with at most `max_labels` ticks."""
    raw = max(high - low, 1e-9) / max(1, max_labels)
    power = 10.0 ** math.floor(math.log10(raw))
    for multiple in (1, 2, 5, 10, 20, 50, 100):
        step = multiple * power
        if whole and step < 1:
            continue
        if len(_round_values(low, high, step)) <= max_labels:
            return step
    return step


def _round_values(low: float, high: float, step: float) -> list[float]:
    first = math.ceil(max(low, 0.0) / step - 1e-9)
    last = math.floor(high / step + 1e-9)
    return [round(index * step, 9) + 0.0 for index in range(first, last + 1)]


def _decimals(step: float) -> int:
    return max(0, -math.floor(math.log10(step) + 1e-9)) if step < 1 else 0


class ValueAxis(pg.AxisItem):  # type: ignore[misc]
    """A left axis with few round ticks, numbers in the locale, or names at given values."""

    def __init__(self, locale: QLocale, whole: bool, font_px: int = _BASE_FONT_PX) -> None:
        super().__init__("left")
        self.enableAutoSIPrefix(False)
        self._locale = _number_locale(locale)
        self._whole = whole
        self._font_px = font_px
        self._names: dict[float, str] = {}
        self._preferred: frozenset[float] = frozenset()
        self._decimals = 0

    def set_locale(self, locale: QLocale) -> None:
        """Write numbers the way a language does (a decimal comma in Dutch)."""
        self._locale = _number_locale(locale)
        self._redraw()

    def set_font_px(self, font_px: int) -> None:
        """Space the ticks for another text size."""
        self._font_px = font_px
        self._redraw()

    def set_names(self, names: Mapping[float, str] | None, preferred: Iterable[float] = ()) -> None:
        """Label the axis with names at their values instead of numbers (None: numbers).

        Where names would overlap, those at `preferred` values (the loads used) are kept.
        """
        self._names = dict(names or {})
        self._preferred = frozenset(preferred)
        self._redraw()

    @property
    def has_names(self) -> bool:
        """Return whether the axis shows names rather than numbers."""
        return bool(self._names)

    def _redraw(self) -> None:
        self.picture = None
        self.update()

    def labels(self, low: float, high: float, length_px: float) -> list[tuple[float, str]]:
        """Return the ticks (value, text) drawn between two values along `length_px`."""
        levels = self.tickValues(low, high, length_px)
        spacing, values = levels[0]
        return list(zip(values, self.tickStrings(values, 1.0, spacing), strict=True))

    def width_for(self, low: float, high: float) -> float:
        """Return the widest tick text the range can show, in px."""
        metrics = QFontMetricsF(_font(self._font_px))
        if self._names:
            texts = [name for value, name in self._names.items() if low <= value <= high]
        else:
            step = nice_step(low, high, _MAX_VALUE_LABELS, self._whole)
            decimals = _decimals(step)
            texts = [
                self._locale.toString(float(value), "f", decimals)
                for value in (max(low, 0.0), max(high, 0.0))
            ]
        return max((metrics.horizontalAdvance(text) for text in texts), default=0.0)

    def tickValues(self, first: float, last: float, size: float) -> list[tuple[float, list[float]]]:
        """Return one level of round ticks (never below zero), or the named values that fit."""
        low, high = sorted((first, last))
        if self._names:
            return [(1.0, self._named_values(low, high, size))]
        fitting = int(size // (self._font_px * 2.2)) if size > 0 else 2
        step = nice_step(low, high, max(2, min(_MAX_VALUE_LABELS, fitting)), self._whole)
        self._decimals = _decimals(step)
        return [(step, _round_values(low, high, step))]

    def _named_values(self, low: float, high: float, size: float) -> list[float]:
        per_unit = size / (high - low) if high > low else 0.0
        least = self._font_px * 1.2
        shown: list[float] = []
        candidates = sorted(
            (v for v in self._names if low <= v <= high),
            key=lambda v: (v not in self._preferred, v),
        )
        for value in candidates:
            # Names closer than a line of text would overlap.
            if all(abs(value - other) * per_unit >= least for other in shown):
                shown.append(value)
        return sorted(shown)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        """Return the names, or the numbers in the locale."""
        if self._names:
            return [self._names.get(value, "") for value in values]
        return [self._locale.toString(float(value), "f", self._decimals) for value in values]


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
        font = _font(style.font_px)
        for axis in (self.dates, self.values):
            axis.setPen(pg.mkPen(style.text, width=style.axis_px))
            axis.setTickPen(pg.mkPen(style.text, width=style.axis_px))
            axis.setTextPen(pg.mkPen(style.text))
            axis.setTickFont(font)
            axis.set_font_px(style.font_px)
            axis.setStyle(tickLength=style.tick_px, tickAlpha=255, autoExpandTextSpace=False)
        self.values.setStyle(tickTextOffset=max(4, style.font_px // 3))
        self.dates.setStyle(
            tickTextOffset=max(3, style.font_px // 4),
            # A label at an end may reach into the margin; one that would be cut off is left out.
            hideOverlappingLabels=_right_margin(style) - 2,
            showValues=self.show_dates,
        )
        metrics = QFontMetricsF(font)
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
        self.marker_px = _MARKER_PX
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
        edge = pg.mkPen(_colour(style.normal_fill, _NORMAL_EDGE_ALPHA), width=style.axis_px)
        self.band_low.setPen(edge)
        self.band_high.setPen(edge)
        self.band.setBrush(pg.mkBrush(_colour(style.normal_fill, _NORMAL_ALPHA)))
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
        self.zone.setBrush(pg.mkBrush(_colour(style.normal_fill, _NORMAL_ALPHA)))
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
