"""The weeks chart: a bar for the sessions of each week, and the weekly goal."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from sterkblijven.charts.adherence_chart import AdherenceChart
from sterkblijven.charts.axes import day_value
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


def test_a_new_trainee_s_weeks_start_at_her_first_session(qtbot: QtBot) -> None:
    """Empty weeks before the first session are not drawn: the chart starts where she started."""
    chart = AdherenceChart(style_for(), DUTCH)
    qtbot.addWidget(chart)
    first = date(2026, 11, 23)
    weeks = tuple(
        WeekCount(first - timedelta(weeks=back), 1 if back <= 2 else 0)
        for back in range(25, -1, -1)
    )
    chart.show_series(Adherence(weeks, 3, 3, 1), "Sessies per week")
    assert list(chart.bars.opts["height"]) == [1, 1, 1]
    assert chart.panel.x_range[0] > day_value(first - timedelta(weeks=4))


def test_weeks_without_any_session_show_only_this_week(qtbot: QtBot) -> None:
    """Before a first session only this week is drawn, empty, not half a year of nothing."""
    chart = AdherenceChart(style_for(), DUTCH)
    qtbot.addWidget(chart)
    weeks = tuple(WeekCount(date(2026, 6, 8) + timedelta(weeks=index), 0) for index in range(26))
    chart.show_series(Adherence(weeks, 0, 0, 0), "Sessies per week")
    assert list(chart.bars.opts["height"]) == [0]
