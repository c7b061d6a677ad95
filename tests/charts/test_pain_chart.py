"""The pain chart: a fixed scale from 0 to 10 over the acceptable zone."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from sterkblijven.charts.pain_chart import PainChart
from tests.charts.samples import DUTCH, points, style_for


def test_pain_chart_has_a_fixed_scale_and_an_acceptable_zone(qtbot: QtBot) -> None:
    """Pain is drawn on 0 to 10 whatever the values, over a shaded zone from 0 to 3."""
    chart = PainChart(style_for(), DUTCH)
    qtbot.addWidget(chart)
    chart.show_series(points(5, every_days=3, first=1), "Pijn")
    low, high = chart.panel.y_range
    assert low < 0 < 10 < high < 11
    assert tuple(chart.zone.getRegion()) == (0.0, 3.0)
