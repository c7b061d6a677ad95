"""Charts drawn off-screen for paper: each kind at the size asked, dark on white, as PNG."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta

import numpy as np
import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from sterkblijven.charts.export import PAPER, ChartPrinter, png_bytes
from sterkblijven.domain import progress
from sterkblijven.domain.model import EquipmentKind
from sterkblijven.domain.progress import BandStep, ExerciseSeries, NormSpan, Point, adherence

ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
START = date(2026, 1, 5)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
WIDTH, HEIGHT = 1200, 560

# Importing the export module (as the report does) must not load pyqtgraph; drawing does.
IMPORT_PROBE = """
import sys
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
app = QApplication([])
import sterkblijven.charts.export as export
import sterkblijven.paper.report
import sterkblijven.paper.card
print("pyqtgraph" in sys.modules, "numpy" in sys.modules)
from sterkblijven.domain.progress import Point
printer = export.ChartPrinter(QLocale(), 40)
image = printer.pain([Point(__import__("datetime").date(2026, 1, 5), 2.0)], "Pain", 400, 200)
print("pyqtgraph" in sys.modules, image.width(), image.height())
"""


@pytest.fixture
def printer(qapp: QApplication) -> Iterator[ChartPrinter]:
    """Return a chart printer for 300 dpi paper, freed after the test."""
    charts = ChartPrinter(ENGLISH, 50)
    yield charts
    charts.close()


def weekly(count: int, first: float, step: float = 0.5) -> tuple[Point, ...]:
    """Return a value each week, rising steadily."""
    return tuple(
        Point(START + timedelta(weeks=index), first + step * index) for index in range(count)
    )


def dark_share(image: QImage) -> float:
    """Return the share of pixels darker than mid grey: lines, markers and text."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    raw = np.frombuffer(rgb.constBits(), dtype=np.uint32, count=rgb.width() * rgb.height())
    grey = ((raw >> 16) & 0xFF) * 0.3 + ((raw >> 8) & 0xFF) * 0.59 + (raw & 0xFF) * 0.11
    return float(np.count_nonzero(grey < 128)) / raw.size


def assert_printable(image: QImage) -> None:
    """Hold that an image has the size asked, a white ground, something drawn, and a PNG."""
    assert (image.width(), image.height()) == (WIDTH, HEIGHT)
    assert image.pixelColor(2, 2).name().upper() == PAPER
    assert 0.01 < dark_share(image) < 0.5
    data = png_bytes(image)
    assert data.startswith(PNG_SIGNATURE) and len(data) > 1000
    assert QImage.fromData(data).size() == image.size()


def test_a_test_chart_is_drawn_at_the_size_asked(printer: ChartPrinter) -> None:
    """A test's results, normal range and fall-risk line make an image of the size asked."""
    series = progress.TestSeries(
        "five_times_sit_to_stand",
        weekly(8, 16.0, -0.3),
        (NormSpan(START, START + timedelta(weeks=8), 0.0, 14.8, (80, 89)),),
        15.0,
        True,
    )
    assert_printable(printer.test(series, "Seconds", WIDTH, HEIGHT))


def test_an_exercise_chart_is_drawn_with_band_names(printer: ChartPrinter) -> None:
    """Loads named by band above, repetitions below, in one image of the size asked."""
    reps = weekly(10, 15.0)
    loads = tuple(Point(point.day, 0.0 if index < 5 else 1.0) for index, point in enumerate(reps))
    steps = (BandStep(0.0, "yellow", "", False), BandStep(1.0, "red", "", False))
    series = ExerciseSeries("seated_row", EquipmentKind.BAND, reps, loads, steps)
    image = printer.exercise(
        series, "Times", "Band", {0.0: "yellow band", 1.0: "red band"}, WIDTH, HEIGHT
    )
    assert_printable(image)


def test_a_weeks_chart_and_a_pain_chart_are_drawn(printer: ChartPrinter) -> None:
    """Sessions per week as bars and pain per session each make an image of the size asked."""
    days = [START + timedelta(days=3 * index) for index in range(30)]
    assert_printable(printer.adherence(adherence(days, days[-1], 14), "Sessions", WIDTH, HEIGHT))
    pain = tuple(Point(day, float(index % 4)) for index, day in enumerate(days))
    assert_printable(printer.pain(pain, "Pain (0 to 10)", WIDTH, HEIGHT))


def test_a_chart_is_reused_for_the_next_series(printer: ChartPrinter) -> None:
    """Drawing a second series with the same chart gives a different image of the same size."""
    flat = ExerciseSeries("sit_to_stand", EquipmentKind.BODYWEIGHT, weekly(6, 12.0, 0.0), ())
    rising = ExerciseSeries("sit_to_stand", EquipmentKind.BODYWEIGHT, weekly(6, 12.0, 2.0), ())
    first = printer.exercise(flat, "Times", "Weight (kg)", None, WIDTH, HEIGHT)
    second = printer.exercise(rising, "Times", "Weight (kg)", None, WIDTH, HEIGHT)
    assert first.size() == second.size()
    assert first != second


def test_an_image_needs_a_size(printer: ChartPrinter) -> None:
    """A width or height of zero is refused before anything is drawn."""
    with pytest.raises(ValueError):
        printer.pain(weekly(3, 1.0), "Pain", 0, HEIGHT)


def test_pyqtgraph_loads_only_when_a_chart_is_drawn() -> None:
    """Importing the export and the report modules loads neither pyqtgraph nor numpy."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_PROBE],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    before, after = result.stdout.strip().splitlines()[-2:]
    assert before == "False False"
    assert after == "True 400 200"
