"""The real app, wired by the composition root, on a temporary data folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sterkblijven.app import AppContext, build, make_qt_app
from sterkblijven.paths import DATABASE_NAME, PRIVATE_DIR_MODE
from sterkblijven.ui.common.files import PresetFiles
from tests.conftest import NOW, copy_sqlite_template


@pytest.fixture(scope="session")
def qapp_cls() -> type[QApplication]:
    """Let pytest-qt use the app's own QApplication set-up."""
    return QApplication


@pytest.fixture(autouse=True)
def widgets_deleted_after_the_test() -> Iterator[None]:
    """Delete the widgets a test left to be deleted later, before the next test starts.

    pytest-qt closes a test's widgets and asks Qt to delete them later, which happens only in
    an event loop: without one, they piled up over the run, and each change of the app's style
    sheet (every app built, every text size chosen) restyled all of them again.
    """
    yield
    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def new_data_folder(folder: Path, template: Path) -> Path:
    """Make a data folder as a first start leaves it: private, with a new migrated database.

    The database is a copy of the template migrated once per run; the app then opens it as
    it opens the one it made itself (the migrations are tested in tests/storage).
    """
    folder.mkdir(mode=PRIVATE_DIR_MODE)
    copy_sqlite_template(template, folder / DATABASE_NAME)
    return folder


@pytest.fixture
def files(tmp_path: Path) -> PresetFiles:
    """Return the file and printer answers the app gets, saving into a folder of the test."""
    folder = tmp_path / "saved"
    folder.mkdir()
    return PresetFiles(folder)


@pytest.fixture
def context(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, files: PresetFiles, sqlite_template: Path
) -> Iterator[AppContext]:
    """Return the running app on a new data folder, showing its first page."""
    problems: list[str] = []
    app = make_qt_app([])
    built = build(
        app,
        new_data_folder(tmp_path / "data", sqlite_template),
        language="nl",
        report=problems.append,
        clock=lambda: NOW,
        speech_engine="mock",  # tests speak to no one, whatever engines the machine has
        files=files,
    )
    assert built is not None, problems
    built.window.resize(1100, 820)
    built.window.start()
    built.window.show()
    qtbot.waitExposed(built.window)
    yield built
    built.close()
    assert problems == []
