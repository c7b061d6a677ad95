"""The progress charts: dates in the person's language, bold and still, updated in place."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sterkblijven.charts import plots
from sterkblijven.charts.axes import day_value
from sterkblijven.charts.plots import AdherenceChart, ExerciseChart, PainChart
from sterkblijven.domain import progress
from sterkblijven.domain.model import EquipmentKind
from sterkblijven.domain.progress import Adherence, ExerciseSeries, Point, WeekCount
from sterkblijven.ui.theme import HIGH_CONTRAST, STANDARD, Colours
from tests.charts.samples import (
    BIRTHDAY_SPAN,
    DUTCH,
    ENGLISH,
    band_series,
    chair_stand,
    points,
    style_for,
)


def share_of(image: QImage, colour: str) -> float:
    """Return the share of pixels that have exactly a colour."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    wanted = QColor(colour).rgb() & 0xFFFFFF
    width, height = image.width(), image.height()
    raw = np.frombuffer(image.constBits(), dtype=np.uint32, count=width * height)
    return float(np.count_nonzero((raw & 0xFFFFFF) == wanted)) / (width * height)


def test_changing_the_locale_relabels_the_chart(qtbot: QtBot) -> None:
    """After set_locale the date axis speaks the new language."""
    chart = plots.TestChart(style_for(), DUTCH)
    qtbot.addWidget(chart)
    chart.show_series(chair_stand(points(4), normal=()), "Keer")
    first, last = chart.panel.x_range
    assert any(text.startswith("mrt") for _, text in chart.panel.dates.labels(first, last, 2000))
    chart.set_locale(ENGLISH)
    english = [text for _, text in chart.panel.dates.labels(first, last, 2000)]
    assert any(text.startswith("Mar") for text in english)
    assert chart.locale() == ENGLISH


def test_normal_band_follows_spans_that_change_with_age(qtbot: QtBot) -> None:
    """The shaded range steps from the first age band's limits to the next one's."""
    chart = plots.TestChart(style_for(), DUTCH)
    qtbot.addWidget(chart)
    chart.show_series(chair_stand(points(6)), "Keer")
    corners = [(day_value(s.start), day_value(s.end) + 1) for s in BIRTHDAY_SPAN]
    low_x, low_y = chart.band_low.getData()
    high_x, high_y = chart.band_high.getData()
    assert list(zip(low_x, low_y, strict=True)) == [
        (corners[0][0], 12.0),
        (corners[0][1], 12.0),
        (corners[1][0], 11.0),
        (corners[1][1], 11.0),
    ]
    assert list(zip(high_x, high_y, strict=True)) == [
        (corners[0][0], 17.0),
        (corners[0][1], 17.0),
        (corners[1][0], 16.0),
        (corners[1][1], 16.0),
    ]
    low, high = chart.panel.y_range
    assert low < 11.0 and high > 17.0


def test_fall_risk_line_only_when_the_test_has_one(qtbot: QtBot) -> None:
    """A dashed line is drawn at the cut-off when there is one, and hidden when there is none."""
    chart = plots.TestChart(style_for(), DUTCH)
    qtbot.addWidget(chart)
    chart.show_series(chair_stand(points(3), fall_risk_at=12.0), "Seconden")
    assert chart.risk.isVisible()
    assert chart.risk.value() == 12.0
    assert chart.risk.pen.style() == Qt.PenStyle.DashLine
    chart.show_series(chair_stand(points(3)), "Keer")
    assert not chart.risk.isVisible()


def test_showing_again_updates_the_same_items(qtbot: QtBot) -> None:
    """A second show_series changes the data of the items the first one made."""
    chart = plots.TestChart(style_for(), DUTCH)
    qtbot.addWidget(chart)
    chart.show_series(chair_stand(points(3)), "Keer")
    items = (chart.view, chart.panel.plot, chart.line.curve, chart.band, chart.risk)
    count = len(chart.panel.plot.items)
    chart.show_series(chair_stand(points(5), fall_risk_at=9.0), "Keer")
    assert (chart.view, chart.panel.plot, chart.line.curve, chart.band, chart.risk) == items
    assert len(chart.panel.plot.items) == count
    x, y = chart.line.curve.getData()
    assert len(x) == 5
    assert list(y) == [p.value for p in points(5)]


def test_exercise_chart_updates_in_place(qtbot: QtBot) -> None:
    """The exercise chart keeps its two plots and its lines across updates."""
    chart = ExerciseChart(style_for(), DUTCH)
    qtbot.addWidget(chart)
    chart.show_series(band_series(), "Aantal", "Belasting", {0.0: "Geel", 1.0: "Rood"})
    items = (chart.load_panel.plot, chart.reps_panel.plot, chart.load_steps, chart.reps.curve)
    chart.show_series(band_series(), "Aantal", "Belasting", {0.0: "Geel", 1.0: "Rood"})
    assert (chart.load_panel.plot, chart.reps_panel.plot, chart.load_steps, chart.reps.curve) == (
        items
    )


def test_empty_series_draw_axes_and_the_band(shown) -> None:
    """Charts without points draw their axes (and a test's normal range) without error."""
    test = shown(plots.TestChart(style_for(), DUTCH))
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


def test_a_single_result_is_drawn_with_room_around_it(shown) -> None:
    """One point gets a date range and a value range around it, so its marker shows whole."""
    chart = shown(plots.TestChart(style_for(), DUTCH))
    only = (Point(date(2026, 5, 4), 12.0),)
    chart.show_series(chair_stand(only, normal=()), "Keer")
    (x_low, x_high), (y_low, y_high) = chart.panel.x_range, chart.panel.y_range
    assert x_low < day_value(only[0].day) < x_high
    assert x_high - x_low >= 28
    assert y_low < 12.0 < y_high
    assert chart.line.markers


def test_band_names_label_the_load_axis(shown) -> None:
    """For bands, the load axis shows the caller's band names at their ladder values."""
    chart = shown(ExerciseChart(style_for(), DUTCH))
    chart.show_series(band_series(), "Aantal", "Belasting", {0.0: "Geel", 1.0: "Rood"})
    low, high = chart.load_panel.y_range
    assert chart.load_panel.values.labels(low, high, 300) == [(0.0, "Geel"), (1.0, "Rood")]
    assert chart.load_panel.plot.isVisible()


def test_bodyweight_exercise_shows_only_the_repetitions(shown) -> None:
    """Without a load only the repetitions plot is shown, with the dates below it."""
    chart = shown(ExerciseChart(style_for(), DUTCH))
    reps = points(6, every_days=7, first=8)
    chart.show_series(ExerciseSeries("squat", EquipmentKind.BODYWEIGHT, reps, ()), "Aantal", "")
    assert not chart.load_panel.plot.isVisible()
    assert chart.reps_panel.plot.isVisible()
    assert chart.reps_panel.dates.style["showValues"]
    assert chart.reps_panel.plot.vb.width() > 0.8 * chart.view.width() - 200


def test_dumbbell_load_is_a_step_line(qtbot: QtBot) -> None:
    """The load holds its value until the session where it changed."""
    chart = ExerciseChart(style_for(), DUTCH)
    qtbot.addWidget(chart)
    reps = points(4, every_days=7, first=8)
    load = tuple(Point(p.day, kg) for p, kg in zip(reps, (2.0, 2.0, 3.0, 3.0), strict=True))
    chart.show_series(ExerciseSeries("curl", EquipmentKind.DUMBBELL, reps, load), "A", "kg")
    x, y = chart.load_steps.getData()
    days = [day_value(p.day) for p in reps]
    assert list(zip(x, y, strict=True)) == [
        (days[0], 2.0),
        (days[2], 2.0),
        (days[2], 3.0),
        (days[3], 3.0),
    ]
    changed_x, _ = chart.load_changes.getData()
    assert list(changed_x) == [days[0], days[2]]


def test_adherence_bars_and_the_weekly_goal(qtbot: QtBot) -> None:
    """Each week's bar is as high as its sessions; a line marks the goal of one a week."""
    chart = AdherenceChart(style_for(), DUTCH)
    qtbot.addWidget(chart)
    weeks = tuple(
        WeekCount(date(2026, 9, 7) + timedelta(weeks=index), count)
        for index, count in enumerate((2, 0, 1, 3))
    )
    chart.show_series(Adherence(weeks, 2, 2, 3), "Sessies per week")
    assert list(chart.bars.opts["height"]) == [2, 0, 1, 3]
    assert chart.goal.value() == 1.0
    assert 2 <= chart.goal.pen.widthF() <= 3
    assert chart.panel.y_range[1] > 3


def test_pain_chart_has_a_fixed_scale_and_an_acceptable_zone(qtbot: QtBot) -> None:
    """Pain is drawn on 0 to 10 whatever the values, over a shaded zone from 0 to 3."""
    chart = PainChart(style_for(), DUTCH)
    qtbot.addWidget(chart)
    chart.show_series(points(5, every_days=3, first=1), "Pijn")
    low, high = chart.panel.y_range
    assert low < 0 < 10 < high < 11
    assert tuple(chart.zone.getRegion()) == (0.0, 3.0)


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
    chart = shown(plots.TestChart(style_for(), DUTCH))
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
    chart = plots.TestChart(style_for(font_px=19), DUTCH)
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


def test_dense_sessions_keep_a_marker_on_the_latest_only(shown) -> None:
    """Markers closer than their size would blur: the line stays, the latest keeps its marker."""
    chart = shown(PainChart(style_for(), DUTCH))
    many = points(300, every_days=2, first=1)
    chart.show_series(many, "Pijn")
    assert not chart.line.markers
    assert chart.line.curve.opts["symbol"] is None
    latest_x, _ = chart.line.latest.getData()
    assert list(latest_x) == [day_value(many[-1].day)]
    chart.show_series(points(5, every_days=30, first=1), "Pijn")
    assert chart.line.markers


@pytest.mark.parametrize("font_px", [19, 38])
@pytest.mark.parametrize("colours", [STANDARD, HIGH_CONTRAST], ids=["standard", "high-contrast"])
def test_charts_render_with_their_colours(shown, colours: Colours, font_px: int) -> None:
    """Each chart renders to an image in the theme's background with its series colour on it."""
    style = style_for(colours, font_px)
    test = plots.TestChart(style, DUTCH)
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


def test_a_test_without_norms_hides_the_range_of_the_test_before(shown) -> None:
    """Switching from a test with a normal range to the Timed Up and Go leaves no old band."""
    chart = shown(plots.TestChart(style_for(), DUTCH))
    chart.show_series(chair_stand(points(4)), "Keer")
    assert chart.band.isVisible()
    chart.show_series(progress.TestSeries("timed_up_and_go", points(4), (), 12.0, True), "Seconden")
    assert not chart.band.isVisible()
