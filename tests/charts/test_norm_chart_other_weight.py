"""The test chart draws arm curls with another dumbbell as a line of their own."""

from __future__ import annotations

import dataclasses

from pytestqt.qtbot import QtBot

from sterkblijven.charts import norm_chart
from sterkblijven.domain.progress import Point
from tests.charts.samples import DUTCH, chair_stand, points, style_for


def test_results_with_another_weight_get_their_own_line(qtbot: QtBot) -> None:
    """The norm's line holds the comparable results; the second colour draws the others."""
    chart = norm_chart.TestChart(style_for(), DUTCH)
    qtbot.addWidget(chart)
    apart = (Point(points(1)[0].day, 25.0),)
    series = dataclasses.replace(chair_stand(points(3)), other=apart)
    chart.show_series(series, "Keer")
    assert list(chart.other.curve.getData()[1]) == [25.0]
    assert list(chart.line.curve.getData()[1]) == [p.value for p in points(3)]
    assert chart.other.curve.opts["pen"].color().name() == style_for().second.lower()
    assert chart.panel.y_range[1] > 25.0
    chart.show_series(chair_stand(points(3)), "Keer")
    left = chart.other.curve.getData()[1]
    assert left is None or len(left) == 0
