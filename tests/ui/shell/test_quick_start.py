"""A quick start shows home from the read model, then loads the rest after its first paint."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from sterkblijven.app import AppContext, build, make_qt_app
from sterkblijven.paths import DataPaths
from sterkblijven.storage import open_folder
from sterkblijven.storage.synthetic.history import generate_history
from tests.conftest import NOW


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Return a data folder with a person and a year of training up to the tests' now."""
    data = tmp_path / "data"
    paths = DataPaths(data)
    paths.ensure()
    database = open_folder(paths)
    generate_history(database, years=1.0, end=NOW)
    database.close()
    return data


def started(folder: Path, problems: list[str], *, quick: bool) -> AppContext:
    """Build the app on the folder as a start does, with home chosen but not yet painted."""
    context = build(
        make_qt_app([]),
        folder,
        language="nl",
        report=problems.append,
        clock=lambda: NOW,
        speech_engine="mock",
        quick=quick,
    )
    assert context is not None, problems
    context.window.resize(1100, 820)
    context.window.start()
    return context


def home_words(context: AppContext) -> list[str]:
    """Return every text home shows, in order."""
    home = context.window.pages.home
    return [label.text() for label in home.findChildren(QLabel) if label.isVisibleTo(home)]


def test_quick_home_shows_what_the_usual_start_shows(
    qapp: QApplication, qtbot: QtBot, folder: Path
) -> None:
    """Home read without SQLAlchemy says word for word what the use cases make it say."""
    problems: list[str] = []
    usual = started(folder, problems, quick=False)
    expected = home_words(usual)
    usual.close()
    quick = started(folder, problems, quick=True)
    window = quick.window
    assert window.stack.currentWidget() is window.pages.home
    assert not quick.loader.loaded()  # shown from the read model
    assert home_words(quick) == expected
    assert any("Deze week" in words for words in expected)
    with qtbot.waitSignal(window.settled, timeout=20000):
        window.show()
    assert quick.loader.loaded()
    assert not window.windowIcon().isNull()  # drawn once home is on screen
    assert window.reminders.started
    assert "progress" in window.pages.made()  # the charts made ready while home is read
    window.background.wait()
    window.pages.home.refresh()  # from now on the use cases answer, with the same words
    qapp.processEvents()  # new rows are shown by their layout on the next turn of the loop
    assert home_words(quick) == expected
    quick.close()
    assert problems == []


def test_data_that_cannot_be_opened_after_the_paint_is_told_and_stops_the_app(
    qapp: QApplication, qtbot: QtBot, folder: Path
) -> None:
    """When the database turns out unusable after home showed, the person is told and it stops."""
    problems: list[str] = []
    context = started(folder, problems, quick=True)
    window = context.window
    # Another program (here: a newer version of the app) changes the data meanwhile.
    with closing(sqlite3.connect(DataPaths(folder).database)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with qtbot.waitSignal(window.data_unavailable, timeout=20000):
        window.show()
    assert len(problems) == 1
    assert "nieuwere versie" in problems[0]
    assert not context.loader.loaded()
    context.close()
