"""The axes of the progress charts: days labelled in the person's language, and few round values.

Tick labels are chosen so they never overlap, even at the largest text.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from datetime import date, timedelta

# PySide6 first, so pyqtgraph binds to it (see config).
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFontMetricsF

# isort: split
import pyqtgraph as pg

from sterkblijven.charts.style import BASE_FONT_PX, font

_MAX_DATE_LABELS = 6
_DATE_GAP = 1.2  # between date labels, in lines of text
_MAX_VALUE_LABELS = 7

DAY = "day"
MONTH = "month"
YEAR = "year"


def day_value(day: date) -> float:
    """Return the x value of a day on a date axis."""
    return float(day.toordinal())


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

    def __init__(self, locale: QLocale, font_px: int = BASE_FONT_PX) -> None:
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
            metrics = QFontMetricsF(font(self._font_px))
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


def _number_locale(locale: QLocale) -> QLocale:
    # "1.000" reads as one in Dutch: tick numbers go without thousands separators.
    plain = QLocale(locale)
    plain.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return plain


class ValueAxis(pg.AxisItem):  # type: ignore[misc]
    """A left axis with few round ticks, numbers in the locale, or names at given values."""

    def __init__(self, locale: QLocale, whole: bool, font_px: int = BASE_FONT_PX) -> None:
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
        metrics = QFontMetricsF(font(self._font_px))
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
