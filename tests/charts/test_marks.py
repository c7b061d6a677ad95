"""Events on the report's charts: a band for days away, a dashed line for one day, labelled."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from sterkblijven.charts.events import ChartMark
from sterkblijven.charts.export import ChartPrinter
from sterkblijven.domain.progress import Point

START = date(2026, 1, 5)
POINTS = [Point(START + timedelta(days=7 * week), float(week % 4)) for week in range(20)]
STAY = ChartMark(date(2026, 2, 9), date(2026, 2, 20), "Hospital")
CLEARED = ChartMark(date(2026, 3, 2), date(2026, 3, 2), "Cleared")


@pytest.fixture
def printer(qapp: QApplication) -> Iterator[ChartPrinter]:
    """Return a chart printer in English, closed afterwards."""
    made = ChartPrinter(QLocale(QLocale.Language.English), 30)
    yield made
    made.close()


def differs(one: QImage, other: QImage) -> int:
    """Return how many pixels of two images of one size differ."""
    return sum(
        1
        for y in range(0, one.height(), 2)
        for x in range(0, one.width(), 2)
        if one.pixel(x, y) != other.pixel(x, y)
    )


def test_marks_are_drawn_over_the_days_they_cover(printer: ChartPrinter) -> None:
    """A marked chart differs from the plain one inside the marked days, and only a little."""
    plain = printer.pain(POINTS, "Pain", 800, 300)
    marked = printer.pain(POINTS, "Pain", 800, 300, [STAY, CLEARED])
    changed = differs(plain, marked)
    assert 0 < changed < plain.width() * plain.height() // 8


def test_a_chart_drawn_after_a_marked_one_is_plain_again(printer: ChartPrinter) -> None:
    """Charts are reused: the marks of one image never stay on the next."""
    before = printer.pain(POINTS, "Pain", 800, 300)
    printer.pain(POINTS, "Pain", 800, 300, [STAY])
    after = printer.pain(POINTS, "Pain", 800, 300)
    assert differs(before, after) == 0


def test_marks_outside_the_chart_s_days_draw_nothing(printer: ChartPrinter) -> None:
    """An event before the first point is outside the chart and leaves it as it is."""
    early = ChartMark(date(2024, 1, 1), date(2024, 1, 9), "Break")
    plain = printer.pain(POINTS, "Pain", 800, 300)
    assert differs(plain, printer.pain(POINTS, "Pain", 800, 300, [early])) == 0
