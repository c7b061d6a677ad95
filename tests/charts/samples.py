"""Series, styles and locales the chart tests draw with."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QLocale

from sterkblijven.charts.style import ChartStyle
from sterkblijven.domain import progress
from sterkblijven.domain.model import EquipmentKind
from sterkblijven.domain.progress import BandStep, ExerciseSeries, NormSpan, Point
from sterkblijven.ui.common.theme import STANDARD, Colours

DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
START = date(2024, 3, 4)
BIRTHDAY_SPAN = (
    NormSpan(date(2024, 3, 4), date(2024, 12, 31), 12.0, 17.0, (70, 74)),
    NormSpan(date(2025, 1, 1), date(2026, 11, 18), 11.0, 16.0, (75, 79)),
)


def style_for(colours: Colours = STANDARD, font_px: int = 19) -> ChartStyle:
    """Return the style the progress page would give a chart."""
    return ChartStyle(
        background=colours.surface,
        text=colours.text,
        line=colours.primary,
        second=colours.focus,
        normal_fill="#2E7D32",
        risk=colours.error_text,
        font_px=font_px,
    )


def points(count: int, every_days: int = 90, first: float = 10.0) -> tuple[Point, ...]:
    """Return dated values that rise slowly."""
    return tuple(
        Point(START + timedelta(days=every_days * index), first + index % 5)
        for index in range(count)
    )


def chair_stand(
    results: tuple[Point, ...], fall_risk_at: float | None = None, normal=BIRTHDAY_SPAN
) -> progress.TestSeries:
    """Return a test series with a normal range that moves with the person's age."""
    return progress.TestSeries("chair_stand_30s", results, normal, fall_risk_at, False)


def band_series() -> ExerciseSeries:
    """Return an exercise done with bands: yellow, then red."""
    reps = points(8, every_days=7, first=8)
    load = tuple(Point(p.day, 0.0 if index < 4 else 1.0) for index, p in enumerate(reps))
    steps = (BandStep(0.0, "yellow", "", False), BandStep(1.0, "red", "", False))
    return ExerciseSeries("row", EquipmentKind.BAND, reps, load, steps)
