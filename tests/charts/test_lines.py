"""Series lines: large markers, thinned out where sessions crowd."""

from __future__ import annotations

from sterkblijven.charts.axes import day_value
from sterkblijven.charts.pain_chart import PainChart
from tests.charts.samples import DUTCH, points, style_for


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
