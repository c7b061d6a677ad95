"""Closing and starting the app again keeps the person, the plan and the settings."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sterkblijven.app import build, make_qt_app
from tests.conftest import NOW
from tests.ui.flows import complete_wizard


def test_restart_opens_home_with_everything_kept(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    """A second start on the same data folder skips the wizard and shows the same week."""
    problems: list[str] = []
    folder = tmp_path / "data"
    first = build(make_qt_app([]), folder, report=problems.append, clock=lambda: NOW)
    assert first is not None
    first.window.start()
    first.window.show()
    complete_wizard(first.window, health_concern=True)
    routine_before = [b.text() for b in first.window.pages.home.routine_buttons()]
    first.window.on_preferences_changed(
        dataclasses.replace(first.window.preferences(), text_scale=150, high_contrast=True)
    )
    first.close()

    second = build(make_qt_app([]), folder, report=problems.append, clock=lambda: NOW)
    assert second is not None
    try:
        second.window.start()
        second.window.show()
        qtbot.waitExposed(second.window)
        assert second.window.wizard is None
        assert second.window.stack.currentWidget() is second.window.pages.home
        assert second.window.pages.home.greeting.text() == "Hallo Riet"
        assert [b.text() for b in second.window.pages.home.routine_buttons()] == routine_before
        assert second.window.preferences().text_scale == 150
        assert second.window.preferences().high_contrast
        assert second.window.pages.home.notice.isVisible()  # the GP confirmation still waits
    finally:
        second.close()
    assert problems == []
