"""What every chart shares: bold and still, named for screen readers, restyled in place."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sterkblijven.charts import norm_chart
from sterkblijven.charts.adherence_chart import AdherenceChart
from sterkblijven.charts.exercise_chart import ExerciseChart
from sterkblijven.charts.pain_chart import PainChart
from sterkblijven.domain.model import EquipmentKind
from sterkblijven.domain.progress import Adherence, ExerciseSeries, WeekCount
from sterkblijven.ui.common.theme import HIGH_CONTRAST, STANDARD, Colours
from tests.charts.samples import DUTCH, ENGLISH, band_series, chair_stand, points, style_for


def share_of(image: QImage, colour: str) -> float:
    """Return the share of pixels that have exactly a colour."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    wanted = QColor(colour).rgb() & 0xFFFFFF
    width, height = image.width(), image.height()
    raw = np.frombuffer(image.constBits(), dtype=np.uint32, count=width * height)
    return float(np.count_nonzero((raw & 0xFFFFFF) == wanted)) / (width * height)


def test_changing_the_locale_relabels_the_chart(qtbot: QtBot) -> None:
    """After set_locale the date axis speaks the new language."""
    chart = norm_chart.TestChart(style_for(), DUTCH)
    qtbot.addWidget(chart)
    chart.show_series(chair_stand(points(4), normal=()), "Keer")
    first, last = chart.panel.x_range
    assert any(text.startswith("mrt") for _, text in chart.panel.dates.labels(first, last, 2000))
    chart.set_locale(ENGLISH)
    english = [text for _, text in chart.panel.dates.labels(first, last, 2000)]
    assert any(text.startswith("Mar") for text in english)
    assert chart.locale() == ENGLISH


def test_empty_series_draw_axes_and_the_band(shown) -> None:
    """Charts without points draw their axes (and a test's normal range) without error."""
    test = shown(norm_chart.TestChart(style_for(), DUTCH))
    test.show_series(chair_stand((), fall_risk_at=None), "Keer")
    drawn, _ = test.line.curve.getData()
    assert drawn is None or len(drawn) == 0
    assert len(test.band_low.getData()[0]) == 4
    exercise = shown(ExerciseChart(style_for(), DUTCH))
    exercise.show_series(ExerciseSeries("row", EquipmentKind.BAND, (), ()), "Aantal", "Last")
    weeks = shown(AdherenceChart(style_for(), DUTCH))
    weeks.show_series(Adherence((), 0, 0, 0), "Sessies")
    pain = shown(PainChart(style_for(), DUTCH))
    pain.show_series((), "Pijn")
    for chart in (test, exercise, weeks, pain):
        assert not chart.grab().toImage().isNull()


def test_summary_names_the_chart_for_screen_readers(qtbot: QtBot) -> None:
    """The summary becomes the chart's accessible name and description."""
    chart = PainChart(style_for(), DUTCH)
    qtbot.addWidget(chart)
    chart.set_summary("Pijn", "Uw pijn bleef laag.")
    assert chart.accessibleName() == "Pijn"
    assert chart.accessibleDescription() == "Uw pijn bleef laag."
    assert chart.view.accessibleName() == "Pijn"


def test_the_chart_cannot_be_panned_zoomed_or_focused(shown) -> None:
    """No mouse panning, zooming, menu, auto-range button or keyboard focus."""
    chart = shown(norm_chart.TestChart(style_for(), DUTCH))
    chart.show_series(chair_stand(points(6)), "Keer")
    plot = chart.panel.plot
    assert plot.vb.state["mouseEnabled"] == [False, False]
    assert not plot.vb.menuEnabled()
    assert not plot.menuEnabled()
    assert plot.buttonsHidden
    assert chart.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert chart.view.focusPolicy() == Qt.FocusPolicy.NoFocus
    before = plot.vb.viewRange()
    centre = QPointF(chart.view.viewport().rect().center())
    wheel = QWheelEvent(
        centre,
        chart.view.viewport().mapToGlobal(centre),
        QPoint(0, 0),
        QPoint(0, 480),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(chart.view.viewport(), wheel)
    assert plot.vb.viewRange() == before


def test_strokes_and_text_are_sized_for_older_eyes(qtbot: QtBot) -> None:
    """Lines are at least 4 px, markers 14 px, axes 2 px, and all grow with the text."""
    chart = norm_chart.TestChart(style_for(font_px=19), DUTCH)
    qtbot.addWidget(chart)
    chart.show_series(chair_stand(points(4)), "Keer")
    axis = chart.panel.values
    assert chart.line.curve.opts["pen"].widthF() >= 4
    assert chart.line.curve.opts["symbolSize"] >= 14
    assert axis.pen().widthF() >= 2
    assert axis.style["tickLength"] >= 2
    assert axis.style["tickFont"].pixelSize() == 19
    assert chart.minimumHeight() >= 18 * 19
    chart.set_style(style_for(font_px=38))
    assert chart.line.curve.opts["pen"].widthF() >= 8
    assert chart.line.curve.opts["symbolSize"] >= 28
    assert axis.style["tickFont"].pixelSize() == 38
    # Taller with the text, up to what still fits below the summary in an 820 px window.
    assert 18 * 19 < chart.minimumHeight() <= 440


@pytest.mark.parametrize("font_px", [19, 38])
@pytest.mark.parametrize("colours", [STANDARD, HIGH_CONTRAST], ids=["standard", "high-contrast"])
def test_charts_render_with_their_colours(shown, colours: Colours, font_px: int) -> None:
    """Each chart renders to an image in the theme's background with its series colour on it."""
    style = style_for(colours, font_px)
    test = norm_chart.TestChart(style, DUTCH)
    test.show_series(chair_stand(points(8), fall_risk_at=10.0), "Keer")
    exercise = ExerciseChart(style, DUTCH)
    exercise.show_series(band_series(), "Aantal", "Belasting", {0.0: "Geel", 1.0: "Rood"})
    weeks = AdherenceChart(style, DUTCH)
    days = tuple(WeekCount(date(2026, 6, 1) + timedelta(weeks=i), i % 3) for i in range(26))
    weeks.show_series(Adherence(days, 1, 3, 1), "Sessies")
    pain = PainChart(style, DUTCH)
    pain.show_series(points(12, every_days=5, first=1), "Pijn")
    for chart in (test, exercise, weeks, pain):
        image = shown(chart).grab().toImage()
        assert not image.isNull()
        assert share_of(image, style.background) > 0.3
        assert share_of(image, style.line) > 0.003
        assert share_of(image, style.text) > 0.001
