"""An error in a button's action: the data stays, the log keeps it, a calm dialog offers help."""

from __future__ import annotations

import os
import stat
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from sterkblijven.app import AppContext
from sterkblijven.diagnostics import LOG_NAME
from sterkblijven.domain.session import Effort
from sterkblijven.paths import DataPaths
from sterkblijven.ui.common import audit
from sterkblijven.ui.common.files import PresetFiles
from sterkblijven.ui.session.page import SessionPage
from sterkblijven.ui.shell.crash import CrashDialog, CrashHandling, install_crash_handling
from sterkblijven.words.basics import ZERO_WIDTH_SPACE
from sterkblijven.words.problems import cannot_save_there
from tests.ui.flows import complete_wizard


class BrokenAction(RuntimeError):
    """What a slot with a bug raises; its text holds a name and a pain score, as texts can."""


def broken_action() -> None:
    """Fail as a slot with a bug does."""
    raise BrokenAction("Riet: pijn 3 bij 14 herhalingen")


def another_broken_action() -> None:
    """Fail in another place."""
    raise KeyError("a bug elsewhere")


@contextmanager
def crash_handling(
    qtbot: QtBot, context: AppContext, files: PresetFiles
) -> Iterator[tuple[CrashHandling, list[object]]]:
    """Install the crash handling as main() does; yield it and the errors that reached Qt."""
    data = DataPaths(Path(context.backups).parent)
    # The errors are expected here: pytest-qt keeps them from failing the test, and the crash
    # handling sits above it, as above the default hook in the running app.
    with qtbot.capture_exceptions() as caught:
        handling = install_crash_handling(context.app, data, files, lambda: context.window)
        try:
            yield handling, caught
        finally:
            if handling.dialog is not None:
                handling.dialog.close_button.click()
            handling.uninstall()


def record_a_set(context: AppContext) -> SessionPage:
    """Start a session as Riet and save one set of 14 with pain 3."""
    window = context.window
    complete_wizard(window)
    window.pages.home.start.click()
    page = window.pages.session
    page.warmup.finish.click()
    view = page.exercise
    view.typed.setText("14")  # taps and counting along follow the clock: type the count
    view.save_typed.click()
    view.failure.click()
    page.effort.choices[Effort.HARD].click()
    page.pain.levels[3].click()
    page.pain.save.click()
    assert page.current_view() is page.rest
    return page


def open_dialogs() -> list[CrashDialog]:
    """Return the crash dialogs on the screen."""
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, CrashDialog) and widget.isVisible()
    ]


def test_an_error_in_a_slot_keeps_the_data_logs_and_offers_help(
    context: AppContext, qtbot: QtBot, files: PresetFiles
) -> None:
    """The dialog shows, the log has the traceback without the text, and the set is kept."""
    page = record_a_set(context)
    with crash_handling(qtbot, context, files) as (handling, caught):
        page.rest.go_on.clicked.connect(broken_action)
        page.rest.go_on.click()
        qtbot.waitUntil(lambda: handling.dialog is not None and handling.dialog.isVisible())
        dialog = handling.dialog
        assert dialog is not None and open_dialogs() == [dialog]
        assert dialog.parentWidget() is context.window
        assert dialog.windowTitle() == "sterkblijven"
        assert dialog.title.text() == "Er ging iets mis. Je gegevens zijn bewaard."  # in Dutch
        assert audit.unnamed(dialog) == [] and audit.too_small(dialog) == []
        assert [kind for kind, *_ in caught] == [BrokenAction]  # type: ignore[misc]
        log = handling.log.file.read_text(encoding="utf-8")
        assert "Traceback (most recent call last):" in log
        assert "in broken_action" in log and "test_crash.BrokenAction: (text left out)" in log
        assert "Riet" not in log and "pijn" not in log
        # The app went on: the click's own action still moved the session on.
        assert page.current_view() is page.exercise
    with context.database.transaction() as tx:
        sets = tx.execute(text("SELECT reps, pain FROM sets WHERE undone_at IS NULL")).all()
    assert sets == [(14, 3)]


def test_a_storm_of_errors_opens_one_dialog(
    context: AppContext, qtbot: QtBot, files: PresetFiles
) -> None:
    """The same error again and again opens the dialog once and is logged once, with a count."""
    with crash_handling(qtbot, context, files) as (handling, caught):
        button = context.window.pages.home.tests_button
        button.clicked.connect(broken_action)
        for _ in range(5):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: handling.dialog is not None)
        QApplication.processEvents()
        dialog = handling.dialog
        assert dialog is not None and open_dialogs() == [dialog]
        assert len(caught) == 5
        dialog.close_button.click()
        assert handling.dialog is None and open_dialogs() == []
        assert context.window.isVisible()
        # An error in something that repeats (a timer, painting) must not lock the person out
        # with a dialog that comes back after every Close, nor push the log's start away.
        for _ in range(95):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            QApplication.processEvents()
        assert handling.dialog is None and open_dialogs() == []
        log = handling.log.file.read_text(encoding="utf-8")
        assert log.count("in broken_action") == 1
        assert "the same error again: 10 times" in log and "100 times" in log
        button.clicked.disconnect(broken_action)
        button.clicked.connect(another_broken_action)  # a different error: told again
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: handling.dialog is not None)
        assert handling.dialog is not dialog and len(open_dialogs()) == 1


def test_the_helpdesk_file_is_saved_where_chosen(
    context: AppContext, qtbot: QtBot, files: PresetFiles
) -> None:
    """Save writes the zip through the file chooser and says where; a bad place says so."""
    record_a_set(context)
    with crash_handling(qtbot, context, files) as (handling, _caught):
        handling.crashed.emit()
        qtbot.waitUntil(lambda: handling.dialog is not None)
        dialog = handling.dialog
        assert dialog is not None
        dialog.save.click()
        saved = list(files.folder.glob("sterkblijven-helpdesk-*.zip"))
        assert len(saved) == 1 and len(files.asked) == 1
        if os.name != "nt":
            assert stat.S_IMODE(saved[0].stat().st_mode) == 0o600
        with zipfile.ZipFile(saved[0]) as bundle:
            assert bundle.namelist() == ["about.txt", f"logs/{LOG_NAME}"]
            about = bundle.read("about.txt").decode("utf-8")
            assert "Qt: " in about and "PySide6: " in about and "screen 1: " in about
            assert all(b"Riet" not in bundle.read(name) for name in bundle.namelist())
        assert dialog.saved.isVisibleTo(dialog)
        assert str(saved[0]) in dialog.saved.text().replace(ZERO_WIDTH_SPACE, "")
        assert not dialog.error.isVisibleTo(dialog)
        files.folder = files.folder / "not-there"
        dialog.save.click()
        assert dialog.error.isVisibleTo(dialog) and not dialog.saved.isVisibleTo(dialog)
        assert dialog.error.text() == cannot_save_there()


def test_the_answer_to_saving_is_brought_into_view_at_large_text(
    context: AppContext, qtbot: QtBot, files: PresetFiles
) -> None:
    """At 200 % in a laptop-sized dialog, where the file was saved is scrolled into view."""
    from sterkblijven.domain.preferences import Preferences

    complete_wizard(context.window)
    context.window.on_preferences_changed(Preferences("nl", 200, False))
    dialog = CrashDialog(files, lambda path: path.write_bytes(b"PK"), context.window)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.save.click()
    viewport = dialog.page.viewport()

    def answer_in_view() -> bool:
        top_left = dialog.saved.mapTo(viewport, dialog.saved.rect().topLeft())
        bottom = top_left.y() + dialog.saved.height()
        return top_left.y() >= 0 and bottom <= viewport.height()

    # Laying out the new text and scrolling each take a pass of the event loop.
    for _ in range(3):
        QApplication.processEvents()
    assert dialog.saved.height() > 200  # five lines or more at this size
    assert answer_in_view()
