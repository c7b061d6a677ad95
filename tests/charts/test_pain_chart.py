"""The pain chart: a fixed scale from 0 to 10 over the acceptable zone."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from sterkblijven.charts.pain_chart import PainChart
from sterkblijven.domain.progress import Point
from sterkblijven.words.progress import pain_summary
from tests.charts.samples import DUTCH, START, points, style_for


def test_pain_chart_has_a_fixed_scale_and_an_acceptable_zone(qtbot: QtBot) -> None:
    """Pain is drawn on 0 to 10 whatever the values, over shaded zones 0 to 5 and 0 to 2."""
    chart = PainChart(style_for(), DUTCH)
    qtbot.addWidget(chart)
    chart.show_series(points(5, every_days=3, first=1), "Pijn")
    low, high = chart.panel.y_range
    assert low < 0 < 10 < high < 11
    assert tuple(chart.zone.getRegion()) == (0.0, 5.0)
    assert tuple(chart.safe_zone.getRegion()) == (0.0, 2.0)


def test_pain_summary_says_what_the_shaded_zones_mean() -> None:
    """The chart's text summary names the acceptable zone 0 to 5 and the safe zone 0 to 2."""
    for highest in (1, 4, 7):
        summary = pain_summary((Point(START, float(highest)),))
        assert "0 to 5" in summary
        assert "0 to 2" in summary
    assert "No pain recorded yet." in pain_summary(())
