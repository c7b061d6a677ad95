"""On screen: a result in the fall-risk band says calmly what changed and what else helps."""

from __future__ import annotations

from PySide6.QtWidgets import QLayout

from sterkblijven.app import AppContext
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.services.setup import Setup
from sterkblijven.ui.common.widgets import TextLabel, widgets_in
from sterkblijven.words.progression import balance_help_sentence
from tests.conftest import NOW
from tests.ui.fitness.test_fitness_ui import open_tests, start_test


def shown(lines: QLayout) -> list[str]:
    """Return the texts of the labels in a layout."""
    return [widget.text() for widget in widgets_in(lines) if isinstance(widget, TextLabel)]


def test_a_weak_chair_stand_adds_balance_work_and_says_what_else_helps(
    context: AppContext, catalogue: Catalogue
) -> None:
    """Four stands in 30 s: the result names the balance exercise added and the walking advice."""
    page = open_tests(context)
    setup = Setup(context.database, catalogue, lambda: NOW)
    routine = setup.routine(1)
    assert routine is not None
    before = {item.exercise_id for item in routine.exercises}
    start_test(page, "chair_stand_30s")
    for _ in range(4):
        page.run.tap.click()
    page.run.countdown.skip()
    page.run.go_on.click()
    page.result.save.click()
    assert page.stack.currentWidget() is page.rated
    after = setup.routine(1)
    assert after is not None
    (added,) = [item for item in after.exercises if item.exercise_id not in before]
    exercise = catalogue.get(added.exercise_id)
    assert exercise is not None
    texts = shown(page.rated.lines)
    assert any(exercise.text("nl").name in text for text in texts)
    assert balance_help_sentence() in texts
