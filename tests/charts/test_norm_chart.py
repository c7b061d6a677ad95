"""The test chart: results against a normal range that moves with age, and the fall-risk line."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from sterkblijven.charts import norm_chart
from sterkblijven.charts.axes import day_value
from sterkblijven.domain import progress
from sterkblijven.domain.progress import Point
from tests.charts.samples import BIRTHDAY_SPAN, DUTCH, chair_stand, points, style_for


def test_normal_band_follows_spans_that_change_with_age(qtbot: QtBot) -> None:
    """The shaded range steps from the first age band's limits to the next one's."""
    chart = norm_chart.TestChart(style_for(), DUTCH)
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
    chart = norm_chart.TestChart(style_for(), DUTCH)
    qtbot.addWidget(chart)
    chart.show_series(chair_stand(points(3), fall_risk_at=12.0), "Seconden")
    assert chart.risk.isVisible()
    assert chart.risk.value() == 12.0
    assert chart.risk.pen.style() == Qt.PenStyle.DashLine
    chart.show_series(chair_stand(points(3)), "Keer")
    assert not chart.risk.isVisible()


def test_showing_again_updates_the_same_items(qtbot: QtBot) -> None:
    """A second show_series changes the data of the items the first one made."""
    chart = norm_chart.TestChart(style_for(), DUTCH)
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


def test_a_single_result_is_drawn_with_room_around_it(shown) -> None:
    """One point gets a date range and a value range around it, so its marker shows whole."""
    chart = shown(norm_chart.TestChart(style_for(), DUTCH))
    only = (Point(date(2026, 5, 4), 12.0),)
    chart.show_series(chair_stand(only, normal=()), "Keer")
    (x_low, x_high), (y_low, y_high) = chart.panel.x_range, chart.panel.y_range
    assert x_low < day_value(only[0].day) < x_high
    assert x_high - x_low >= 28
    assert y_low < 12.0 < y_high
    assert chart.line.markers


def test_a_test_without_norms_hides_the_range_of_the_test_before(shown) -> None:
    """Switching from a test with a normal range to the Timed Up and Go leaves no old band."""
    chart = shown(norm_chart.TestChart(style_for(), DUTCH))
    chart.show_series(chair_stand(points(4)), "Keer")
    assert chart.band.isVisible()
    chart.show_series(progress.TestSeries("timed_up_and_go", points(4), (), 12.0, True), "Seconden")
    assert not chart.band.isVisible()
