"""The weeks chart: a bar for the sessions of each week, and the weekly goal."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from sterkblijven.charts.adherence_chart import AdherenceChart
from sterkblijven.domain.progress import Adherence, WeekCount
from tests.charts.samples import DUTCH, style_for


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
