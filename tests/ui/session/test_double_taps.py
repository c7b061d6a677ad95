"""A double tap answers one question, never the next one the person has not seen yet."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sterkblijven.app import AppContext, build, make_qt_app
from sterkblijven.domain.session import Effort
from sterkblijven.ui.first_run.wizard import FirstRunWizard
from sterkblijven.ui.session.page import SessionPage
from tests.clocks import ManualClock
from tests.ui.session.test_session import open_session


@pytest.fixture
def tapped(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> Iterator[tuple[AppContext, ManualClock[float]]]:
    """Return the app with a hand-moved clock for its timers and double-tap guard."""
    clock: ManualClock[float] = ManualClock(50.0)
    problems: list[str] = []
    context = build(
        make_qt_app([]), tmp_path / "data", language="nl", report=problems.append, monotonic=clock
    )
    assert context is not None, problems
    context.window.resize(1100, 820)
    context.window.start()
    context.window.show()
    qtbot.waitExposed(context.window)
    yield context, clock
    context.close()
    assert problems == []


def at_first_set(context: AppContext, clock: ManualClock[float]) -> SessionPage:
    """Set up a person, start a session and pass the warm-up, a while after each screen."""
    page = open_session(context)
    page.warmup.finish.click()
    clock.now += 30  # the person reads and does the set
    return page


def test_double_tap_on_next_moves_one_step(qtbot: QtBot) -> None:
    """Two quick taps on Next in the wizard go one step forward, not two."""
    clock: ManualClock[float] = ManualClock(50.0)
    wizard = FirstRunWizard(lambda name, year: (name, year), "nl", clock=clock)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    clock.now += 5  # the person reads the first step
    qtbot.mouseClick(wizard.next, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.next, Qt.MouseButton.LeftButton)  # the same instant: ignored
    assert wizard.current_step() is wizard.person_step
    clock.now += 5
    qtbot.mouseClick(wizard.back, Qt.MouseButton.LeftButton)
    assert wizard.current_step() is wizard.language_step


def test_second_tap_does_not_choose_an_effort(
    tapped: tuple[AppContext, ManualClock[float]], qtbot: QtBot
) -> None:
    """A second tap after 'I can't do more' does not pick the effort word under the finger."""
    context, clock = tapped
    page = at_first_set(context, clock)
    qtbot.mouseClick(page.exercise.failure, Qt.MouseButton.LeftButton)
    assert page.current_view() is page.effort
    hard = page.effort.choices[Effort.HARD]
    qtbot.mouseClick(hard, Qt.MouseButton.LeftButton)  # the same instant: ignored
    assert page.current_view() is page.effort and not hard.isChecked()
    clock.now += 1  # a second later the person really chooses
    qtbot.mouseClick(hard, Qt.MouseButton.LeftButton)
    assert page.current_view() is page.pain


def test_double_tap_on_skip_skips_one_exercise(
    tapped: tuple[AppContext, ManualClock[float]], qtbot: QtBot
) -> None:
    """The same view showing again after a skip still ignores the second tap."""
    context, clock = tapped
    page = at_first_set(context, clock)
    qtbot.mouseClick(page.exercise.skip, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.exercise.skip, Qt.MouseButton.LeftButton)
    state = page.state()
    assert state is not None
    assert [p.skipped is not None for p in state.exercises[:2]] == [True, False]
