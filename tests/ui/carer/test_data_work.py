"""Saving beside the window: progress by person, a working Stop, a window that answers."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from pytestqt.qtbot import QtBot

from sterkblijven.app import AppContext
from sterkblijven.domain.model import Sex
from sterkblijven.storage import repositories as repo
from sterkblijven.storage.synthetic.history import generate_history
from sterkblijven.ui.carer.data_page import DataPage
from sterkblijven.ui.common.files import PresetFiles
from sterkblijven.ui.common.theme import MIN_TARGET_PX
from sterkblijven.ui.common.widgets import BigButton
from tests.conftest import NOW
from tests.ui.carer.test_data_pages import open_data_page, wait_for_work
from tests.ui.flows import complete_wizard

WAIT_MS = 20_000


def said(text: str) -> str:
    """Return a text of the data page in the language the test runs in."""
    return QCoreApplication.translate("DataPage", text)


class Gate:
    """Holds the work in its thread at its first progress until the test lets it go on.

    Connected directly, the slot runs in the work's own thread: the export is then surely
    under way, with the window's thread free, whatever the speed of the machine.
    """

    def __init__(self, page: DataPage) -> None:
        self.reached = threading.Event()
        self.release = threading.Event()
        page._work.progressed.connect(self._hold, Qt.ConnectionType.DirectConnection)

    def _hold(self, _done: int, _total: int) -> None:
        if not self.reached.is_set():
            self.reached.set()
            self.release.wait(WAIT_MS / 1000)


def with_history(context: AppContext) -> DataPage:
    """Finish the first run, add Kees with half a year of sets, and open the data page."""
    window = context.window
    complete_wizard(window)
    generate_history(
        context.database, years=0.5, end=NOW, name="Kees", birth_year=1944, sex=Sex.MALE
    )
    open_data_page(window)
    page: DataPage = window.pages.data
    return page


def test_saving_shows_progress_by_person_and_the_window_keeps_answering(
    context: AppContext, files: PresetFiles, qtbot: QtBot
) -> None:
    """While the file is written the page tells how far it is and a timer of the window ticks."""
    page = with_history(context)
    gate = Gate(page)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    page.export_json.click()
    qtbot.waitUntil(gate.reached.is_set, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=WAIT_MS)  # the window's events run
    assert page.busy
    assert page.progress.isVisibleTo(page)
    assert not page.export_json.isEnabled()  # no second export while one runs
    assert page.progress.stop.minimumHeight() >= MIN_TARGET_PX
    gate.release.set()
    wait_for_work(qtbot, context.window)
    timer.stop()
    assert not page.progress.isVisibleTo(page)
    assert page.export_json.isEnabled()
    assert len(list(files.folder.glob("*.json"))) == 1
    assert said("Saved: {path}").split("{")[0] in page.result.text()


def test_progress_says_how_many_of_how_many_people(
    context: AppContext, files: PresetFiles, qtbot: QtBot
) -> None:
    """The text beside the bar counts people: "0 of 2" first, then up to all of them."""
    page = with_history(context)
    shown: list[tuple[str, int, int]] = []
    page._work.progressed.connect(
        lambda done, total: shown.append((page.progress.status.text(), done, total))
    )
    page.export_json.click()
    wait_for_work(qtbot, context.window)
    assert [(done, total) for _, done, total in shown] == [(0, 2), (1, 2), (2, 2)]
    # The page's own slot runs first (connected first): the text is already the new one.
    assert shown[1][0] == said("Saving: {done} of {total} people").format(done=1, total=2)
    assert page.progress.bar.maximum() == 2


def test_stop_leaves_no_file_and_says_nothing_was_saved(
    context: AppContext, files: PresetFiles, qtbot: QtBot
) -> None:
    """Stop during the export: no file and no temporary file, and a plain message."""
    page = with_history(context)
    gate = Gate(page)
    page.export_json.click()
    qtbot.waitUntil(gate.reached.is_set, timeout=WAIT_MS)
    page.progress.stop.click()
    assert page.progress.status.text() == said("Stopping…")
    gate.release.set()
    wait_for_work(qtbot, context.window)
    assert list(files.folder.iterdir()) == []
    assert page.result.text() == said("Stopped; nothing was saved.")
    assert not page.error.isVisibleTo(page)


def test_stop_while_reading_in_keeps_the_data_as_it_was(
    context: AppContext, files: PresetFiles, qtbot: QtBot
) -> None:
    """Stop while a file is read in: nobody is added, and the page says so."""
    page = with_history(context)
    page.export_json.click()
    wait_for_work(qtbot, context.window)
    files.open_path = next(files.folder.glob("*.json"))
    page.import_file.click()
    wait_for_work(qtbot, context.window)
    keep_both = [
        buttons[choice]
        for buttons in page._choices.values()
        for choice in buttons
        if choice.value == "keep_both"
    ]
    for button in keep_both:
        button.click()
    gate = Gate(page)
    confirm = next(b for b in page.findChildren(BigButton) if b.text() == said("Read it in"))
    confirm.click()
    qtbot.waitUntil(gate.reached.is_set, timeout=WAIT_MS)
    page.progress.stop.click()
    gate.release.set()
    wait_for_work(qtbot, context.window)
    with context.database.transaction() as tx:
        assert len(repo.trainees_by_uuid(tx)) == 2
    assert page.result.text() == said("Stopped; nothing was read in. The data is as it was.")
