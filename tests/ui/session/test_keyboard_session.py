"""A whole session with the keyboard alone (Tab and Space), at the largest text size."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from sterkblijven.app import AppContext
from sterkblijven.domain.model import Measure
from sterkblijven.domain.session import Effort
from sterkblijven.services.fitness import FitnessTests
from tests.conftest import NOW
from tests.ui.flows import complete_wizard

MAX_TABS = 60


def press(target: QWidget, qtbot: QtBot, window: QWidget) -> None:
    """Reach a control with Tab from wherever the focus is, then press Space on it."""
    for _ in range(MAX_TABS):
        focused = QApplication.focusWidget()
        if focused is target:
            qtbot.keyClick(target, Qt.Key.Key_Space)
            return
        qtbot.keyClick(focused or window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName()!r}")


def type_text(target: QWidget, text: str, qtbot: QtBot, window: QWidget) -> None:
    """Reach a field with Tab and type into it."""
    for _ in range(MAX_TABS):
        if QApplication.focusWidget() is target:
            qtbot.keyClicks(target, text)
            return
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    raise AssertionError("Tab never reached the field")


def test_whole_session_by_keyboard_at_200_percent(context: AppContext, qtbot: QtBot) -> None:
    """From Start training to the summary and home, every step by Tab and Space."""
    window = context.window
    window.activateWindow()
    complete_wizard(window)
    window.on_preferences_changed(dataclasses.replace(window.preferences(), text_scale=200))
    home = window.pages.home
    home.start.setFocus()
    press(home.start, qtbot, window)
    page = window.pages.session
    press(page.warmup.finish, qtbot, window)
    sets = 0
    while page.current_view() is page.exercise:
        view = page.exercise
        if view.measure() is Measure.SECONDS:
            type_text(view.typed, "20", qtbot, window)
            press(view.save_typed, qtbot, window)
            state = page.state()
            assert state is not None
            press(view.stop_here if state.beginner else view.failure, qtbot, window)
        else:
            press(view.tap, qtbot, window)  # Start: count along with me
            view.lead_in.skip()  # "3, 2, 1" passes; the clock is not the keyboard's
            assert view.phase() == "counting" and QApplication.focusWidget() is view.tap
            qtbot.keyClick(view.tap, Qt.Key.Key_Space)  # the same button ends the set
        press(page.effort.plus, qtbot, window)  # the count filled in, corrected by one
        press(page.effort.choices[Effort.HARD], qtbot, window)
        if sets % 2:
            press(page.pain.none, qtbot, window)
        else:
            press(page.pain.levels[1], qtbot, window)
            press(page.pain.save, qtbot, window)
        sets += 1
        if page.current_view() is page.rest:
            press(page.rest.go_on, qtbot, window)
    assert page.current_view() is page.cooldown
    press(page.cooldown.finish, qtbot, window)
    assert page.current_view() is page.summary
    press(page.summary.home, qtbot, window)
    assert window.stack.currentWidget() is home
    state = page.state()
    assert state is not None and len(state.all_sets()) == sets >= 6


def test_chair_stand_test_by_keyboard(context: AppContext, qtbot: QtBot) -> None:
    """From home to the saved chair-stand result, every step by Tab and Space."""
    window = context.window
    window.activateWindow()
    complete_wizard(window)
    home = window.pages.home
    home.tests_button.setFocus()
    press(home.tests_button, qtbot, window)
    page = window.pages.fitness
    press(page.choose.buttons["chair_stand_30s"], qtbot, window)
    press(page.prepare.go, qtbot, window)
    press(page.run.start_stop, qtbot, window)
    page.run.lead_in.skip()  # "3, 2, 1" passes
    assert QApplication.focusWidget() is page.run.tap  # ready for counting at once
    for _ in range(9):
        qtbot.keyClick(page.run.tap, Qt.Key.Key_Space)
    page.run.countdown.skip()  # the 30 seconds pass; the clock is not the keyboard's
    press(page.run.go_on, qtbot, window)
    press(page.result.save, qtbot, window)
    assert page.stack.currentWidget() is page.rated
    results = FitnessTests(context.database, lambda: NOW).results(1, "chair_stand_30s")
    assert [rated.result.value for rated in results] == [9.0]
