"""On screen: a timed test says that lower is better, and the fall-risk words stay calm."""

from __future__ import annotations

from PySide6.QtGui import QFont

from sterkblijven.app import AppContext
from sterkblijven.ui.common.widgets import TextLabel, widgets_in
from sterkblijven.words.fitness import (
    fall_risk_sentence,
    lower_is_better_sentence,
    seconds_axis_label,
)
from tests.ui.fitness.test_fitness_ui import open_tests, record_a_session, start_test


def labels(context: AppContext) -> list[TextLabel]:
    """Return the labels of the rated result's lines."""
    rated = context.window.pages.fitness.rated
    return [widget for widget in widgets_in(rated.lines) if isinstance(widget, TextLabel)]


def save_timed_up_and_go(context: AppContext, seconds: str) -> None:
    """Do a Timed Up and Go and save the time typed."""
    page = open_tests(context)
    start_test(page, "timed_up_and_go")
    page.run.start_stop.click()
    page.result.seconds.setText(seconds)
    page.result.save.click()
    assert page.stack.currentWidget() is page.rated


def test_a_timed_result_and_its_chart_say_lower_is_better(context: AppContext) -> None:
    """After a timed test the result and the chart's label both say that a lower time is better."""
    save_timed_up_and_go(context, "9,5")
    assert lower_is_better_sentence() in [label.text() for label in labels(context)]
    record_a_session(context)
    context.window.pages.fitness.rated.progress.click()
    chart = context.window.pages.progress.chart("test")
    assert chart is not None
    assert chart.panel.title_text == seconds_axis_label()


def test_a_counted_result_does_not_say_lower_is_better(context: AppContext) -> None:
    """A count of stands is better when higher, so the words about time are not shown."""
    page = open_tests(context)
    start_test(page, "chair_stand_30s")
    for _ in range(12):
        page.run.tap.click()
    page.run.countdown.skip()
    page.run.go_on.click()
    page.result.save.click()
    assert lower_is_better_sentence() not in [label.text() for label in labels(context)]


def test_the_fall_risk_sentence_is_plain_text_not_a_warning(context: AppContext) -> None:
    """A fall-risk time is told in ordinary text: no warning box, no heading, not bold."""
    save_timed_up_and_go(context, "14")
    (label,) = [label for label in labels(context) if label.text() == fall_risk_sentence()]
    assert label.property("role") in (None, "")
    assert label.font().weight() <= QFont.Weight.Normal
