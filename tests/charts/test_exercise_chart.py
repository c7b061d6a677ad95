"""The exercise chart: the load as a step line with band names, the best set below."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from sterkblijven.charts.axes import day_value
from sterkblijven.charts.exercise_chart import ExerciseChart
from sterkblijven.domain.model import EquipmentKind
from sterkblijven.domain.progress import ExerciseSeries, Point
from tests.charts.samples import DUTCH, band_series, points, style_for


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
