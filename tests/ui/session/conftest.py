"""The app with a hand-moved clock, for the session's counts, count-ins and holds."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sterkblijven.app import AppContext, build, make_qt_app
from tests.clocks import ManualClock
from tests.ui.conftest import new_data_folder


@pytest.fixture
def timed(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, sqlite_template: Path
) -> Iterator[tuple[AppContext, ManualClock[float]]]:
    """Return the app with a hand-moved clock for its timers."""
    clock: ManualClock[float] = ManualClock(50.0)
    problems: list[str] = []
    context = build(
        make_qt_app([]),
        new_data_folder(tmp_path / "data", sqlite_template),
        language="nl",
        report=problems.append,
        monotonic=clock,
        speech_engine="mock",
    )
    assert context is not None, problems
    context.window.resize(1100, 820)
    context.window.start()
    context.window.show()
    qtbot.waitExposed(context.window)
    yield context, clock
    context.close()
    assert problems == []
