"""The effort words: one row where they fit, one under the other where they would be squeezed."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from sterkblijven.app import AppContext
from sterkblijven.domain.preferences import Preferences
from tests.ui.session.test_session import open_session


def rows(context: AppContext) -> int:
    """Return in how many rows the effort words stand now."""
    QApplication.processEvents()
    choices = context.window.pages.session.effort.choices.values()
    return len({button.geometry().top() for button in choices})


def test_the_words_stand_in_one_row_on_a_laptop_at_twice_the_text(context: AppContext) -> None:
    """At 200 % on 1366 x 768 the five words form a row; in a narrow window, a column."""
    page = open_session(context)
    page.warmup.finish.click()
    page.exercise.tap.click()
    page.exercise.failure.click()
    assert page.current_view() is page.effort
    context.window.on_preferences_changed(Preferences("nl", 200, False))
    context.window.resize(1366, 768)
    assert rows(context) == 1
    context.window.resize(900, 768)
    assert rows(context) == 5
    context.window.resize(1366, 768)
    assert rows(context) == 1
