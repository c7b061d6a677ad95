"""A full disk or a read-only data folder: a plain message, nothing lost, and a way on."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from sterkblijven.app import AppContext, build, make_qt_app
from sterkblijven.cli import main
from sterkblijven.instance import LOCK_NAME
from sterkblijven.paths import DATABASE_NAME
from sterkblijven.ui.session.page import SessionPage
from tests.faults import FULL, READ_ONLY, refusing_writes
from tests.ui.session.test_session import do_set, open_session

FAULTS = [pytest.param(FULL, id="full-disk"), pytest.param(READ_ONLY, id="read-only")]
# What the Dutch message says for each fault, and what it tells the person to do.
WORDS = {FULL: ("schijf is vol", "ruimte"), READ_ONLY: ("alleen-lezen", "mantelzorger")}
START_WORDS = {FULL: ("is vol", "ruimte"), READ_ONLY: ("niets opslaan", "mantelzorger")}


def stored_sets(folder: Path) -> list[int]:
    """Return the reps of every set kept in the database, read beside the app."""
    with sqlite3.connect(folder / DATABASE_NAME) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        rows = connection.execute("SELECT reps FROM sets WHERE undone_at IS NULL ORDER BY id")
        return [reps for (reps,) in rows]


def start_with_one_set(context: AppContext) -> SessionPage:
    """Open a session and save its first set normally."""
    page = open_session(context)
    page.warmup.finish.click()
    do_set(page, 21)
    if page.current_view() is page.rest:
        page.rest.go_on.click()
    return page


@pytest.mark.parametrize("fault", FAULTS)
def test_a_set_that_cannot_be_saved_waits_on_screen(
    context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: str
) -> None:
    """The set stays on screen with a plain message; saving again later keeps it."""
    page = start_with_one_set(context)
    folder = tmp_path / "data"
    with refusing_writes(monkeypatch, folder, fault, context.database):
        do_set(page, 17)
        assert page.current_view() is page.pain  # the answers wait to be saved
        message = page.error.text()
        assert all(word in message for word in WORDS[fault]), message
        assert "Traceback" not in message
        assert "opgeslagen" in message  # it says what was saved before is not lost
    assert stored_sets(folder) == [21]
    page.pain.save.click()  # the way on: the same answers, saved once there is room again
    assert page.current_view() is not page.pain
    assert not page.error.isVisible()
    assert stored_sets(folder) == [21, 17]


@pytest.mark.parametrize("fault", FAULTS)
def test_a_session_that_cannot_be_finished_can_be_finished_later(
    context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: str
) -> None:
    """Finishing fails with a message and the session stays open; later it finishes."""
    page = start_with_one_set(context)
    while page.current_view() is page.exercise:
        do_set(page, 20)
        if page.current_view() is page.rest:
            page.rest.go_on.click()
    assert page.current_view() is page.cooldown
    folder = tmp_path / "data"
    with refusing_writes(monkeypatch, folder, fault, context.database):
        page.cooldown.finish.click()
        assert page.current_view() is page.cooldown
        assert WORDS[fault][0] in page.error.text()
    sets = stored_sets(folder)
    page.cooldown.finish.click()
    assert page.current_view() is page.summary
    assert stored_sets(folder) == sets
    with sqlite3.connect(folder / DATABASE_NAME) as connection:
        assert connection.execute("SELECT status FROM sessions").fetchall() == [("finished",)]


@pytest.mark.parametrize("fault", FAULTS)
def test_a_start_on_a_folder_that_takes_no_writes_says_so(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: str
) -> None:
    """The start names the folder and what to do, and leaves the data as it was."""
    folder = tmp_path / "data"
    first = build(make_qt_app([]), folder, language="nl", report=pytest.fail)
    assert first is not None
    first.close()
    before = (folder / DATABASE_NAME).read_bytes()
    problems: list[str] = []
    with refusing_writes(monkeypatch, folder, fault):
        context = build(make_qt_app([]), folder, language="nl", report=problems.append)
    assert context is None
    assert len(problems) == 1
    assert str(folder) in problems[0]
    assert all(word in problems[0] for word in ("niets", "veranderd", *START_WORDS[fault]))
    assert (folder / DATABASE_NAME).read_bytes() == before


def test_a_backup_the_disk_has_no_room_for_leaves_no_half_file(
    context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A backup that fails part of the way leaves no half file, and the data page says so."""
    start_with_one_set(context)
    folder = tmp_path / "data"
    window = context.window
    before = {path.name for path in (folder / "backups").glob("*")}
    with refusing_writes(monkeypatch, folder, FULL, context.database):
        window.pages.data.open()
        window.pages.data.backup_now.click()
        shown = window.pages.data.error.text()
        assert "schijf is vol" in shown, shown
    assert {path.name for path in (folder / "backups").glob("*")} == before
    assert stored_sets(folder) == [21]


@pytest.mark.parametrize("fault", FAULTS)
def test_the_program_names_the_folder_rather_than_a_second_copy(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: str
) -> None:
    """Started as a program, the folder is looked at before the lock, so no "already open"."""
    folder = tmp_path / "data"
    folder.mkdir()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *args: shown.append(args[2])))
    monkeypatch.setattr(os, "umask", lambda _mask: 0o022)  # the program's own, not the tests'
    with refusing_writes(monkeypatch, folder, fault):
        assert main(["--data-dir", str(folder)]) == 1
    assert len(shown) == 1 and str(folder) in shown[0]
    assert all(word in shown[0] for word in START_WORDS[fault])
    assert not (folder / LOCK_NAME).exists()
