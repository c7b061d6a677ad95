"""Charts made by kind: each kind's name gives a new chart of its class."""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsScene
from pytestqt.qtbot import QtBot

from sterkblijven.charts import norm_chart
from sterkblijven.charts.adherence_chart import AdherenceChart
from sterkblijven.charts.exercise_chart import ExerciseChart
from sterkblijven.charts.kinds import EXERCISE, PAIN, TEST, WEEKS, make_chart
from sterkblijven.charts.pain_chart import PainChart
from tests.charts.samples import DUTCH, style_for


def test_each_kind_makes_a_new_chart_of_its_class(qtbot: QtBot) -> None:
    """Each kind's name makes a new chart of its own class."""
    made = {kind: make_chart(kind, style_for(), DUTCH) for kind in (TEST, EXERCISE, WEEKS, PAIN)}
    for chart in made.values():
        qtbot.addWidget(chart)
    assert isinstance(made[TEST], norm_chart.TestChart)
    assert isinstance(made[EXERCISE], ExerciseChart)
    assert isinstance(made[WEEKS], AdherenceChart)
    assert isinstance(made[PAIN], PainChart)
    assert made[PAIN].locale() == DUTCH


def test_no_chart_wakes_the_app_to_index_its_items(qtbot: QtBot) -> None:
    """A chart keeps no item index, whose sorting timer would wake the idle app after it is made."""
    for kind in (TEST, EXERCISE, WEEKS, PAIN):
        chart = make_chart(kind, style_for(), DUTCH)
        qtbot.addWidget(chart)
        assert chart.view.scene().itemIndexMethod() is QGraphicsScene.ItemIndexMethod.NoIndex
