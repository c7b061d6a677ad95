"""Text size and the like are each person's own, on each computer, and apply when they switch."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sterkblijven.app import AppContext, build, make_qt_app
from sterkblijven.domain.preferences import Preferences
from sterkblijven.paths import DataPaths
from sterkblijven.storage import open_database
from sterkblijven.storage import repositories as repo
from sterkblijven.storage.database import sqlite_url
from sterkblijven.ui.common import theme
from sterkblijven.ui.common.computer_settings import QtComputerSettings
from sterkblijven.ui.shell.main_window import MainWindow
from tests.conftest import NOW
from tests.ui.carer.test_carer import add_person, open_carer_from_settings
from tests.ui.flows import complete_wizard


def _choose_text_size(window: MainWindow, scale: int) -> None:
    dialog = window.open_settings()
    dialog.sizes[scale].click()
    dialog.close_button.click()


def _switch_to(window: MainWindow, name: str) -> None:
    window.pages.home.switch_button.click()
    assert window.stack.currentWidget() is window.pages.choose
    tiles = window.pages.choose.tile_buttons()
    next(tile for tile in tiles if tile.text() == name).click()
    assert window.pages.home.greeting.text() == f"Hallo {name}"


def _font_px(app: QApplication) -> int:
    return app.font().pixelSize()


def _px(scale: int) -> int:
    return theme.theme_for(scale, False).body_px


def test_switching_person_applies_their_own_text_size(context: AppContext) -> None:
    """Riet reads at 200 % and Jan at 100 %; switching applies each, and one leaves the other."""
    window = context.window
    complete_wizard(window)  # Riet
    _choose_text_size(window, 200)
    open_carer_from_settings(window)
    add_person(window, "Jan")
    assert window.pages.home.greeting.text() == "Hallo Jan"
    _choose_text_size(window, 100)
    assert _font_px(context.app) == _px(100)

    _switch_to(window, "Riet")
    assert _font_px(context.app) == _px(200)
    assert window.preferences().text_scale == 200
    _switch_to(window, "Jan")
    assert _font_px(context.app) == _px(100)
    _choose_text_size(window, 125)  # Jan's change is his alone
    _switch_to(window, "Riet")
    assert _font_px(context.app) == _px(200)
    assert window.pages.home.greeting.text() == "Hallo Riet"


def test_the_name_tiles_at_start_use_the_computers_own_settings(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    """With several people, the start shows the tiles in the computer's settings, then hers."""
    problems: list[str] = []
    folder = tmp_path / "data"
    computer = QtComputerSettings.in_file(tmp_path / "computer.ini")
    first = build(
        make_qt_app([]),
        folder,
        computer=computer,
        report=problems.append,
        clock=lambda: NOW,
        speech_engine="mock",
    )
    assert first is not None
    try:
        first.window.start()
        complete_wizard(first.window)  # Riet, at the size the first step offers: 100 %
        open_carer_from_settings(first.window)
        add_person(first.window, "Jan")
        _switch_to(first.window, "Riet")
        _choose_text_size(first.window, 200)
    finally:
        first.close()

    second = build(
        make_qt_app([]),
        folder,
        computer=computer,
        report=problems.append,
        clock=lambda: NOW,
        speech_engine="mock",
    )
    assert second is not None
    try:
        second.window.start()
        assert second.window.stack.currentWidget() is second.window.pages.choose
        assert _font_px(second.app) == _px(100)
        tiles = second.window.pages.choose.tile_buttons()
        next(tile for tile in tiles if tile.text() == "Riet").click()
        assert _font_px(second.app) == _px(200)
    finally:
        second.close()
    assert problems == []


def test_two_computers_on_one_data_file_keep_their_own_text_size(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    """The same person at 200 % on one computer and 125 % on another, on one SQLite file."""
    problems: list[str] = []
    folder = tmp_path / "data"
    at_home = QtComputerSettings.in_file(tmp_path / "home.ini")
    at_practice = QtComputerSettings.in_file(tmp_path / "practice.ini")

    def start(computer: QtComputerSettings) -> AppContext:
        built = build(
            make_qt_app([]),
            folder,
            computer=computer,
            report=problems.append,
            clock=lambda: NOW,
            speech_engine="mock",
        )
        assert built is not None
        built.window.start()
        return built

    home = start(at_home)
    complete_wizard(home.window)
    _choose_text_size(home.window, 200)
    home.close()

    practice = start(at_practice)
    assert practice.window.pages.home.greeting.text() == "Hallo Riet"
    assert practice.window.preferences().text_scale == 100  # nothing chosen on this one yet
    _choose_text_size(practice.window, 125)
    practice.close()

    home = start(at_home)
    assert home.window.preferences().text_scale == 200
    assert _font_px(home.app) == _px(200)
    home.close()
    assert problems == []


def test_the_first_start_of_this_version_moves_the_settings_out_of_the_data(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    """Text size and language chosen before are in force after the update, and left the data."""
    problems: list[str] = []
    folder = tmp_path / "data"
    first = build(
        make_qt_app([]), folder, report=problems.append, clock=lambda: NOW, speech_engine="mock"
    )
    assert first is not None
    first.window.start()
    complete_wizard(first.window)
    riet = first.window.preferences().current_trainee_id
    first.close()
    # What an earlier version left in the data.
    paths = DataPaths(folder)
    database = open_database(sqlite_url(paths.database), paths.backups)
    with database.transaction() as tx:
        repo.save_settings(
            tx, {"text_scale": "150", "high_contrast": "1", "current_trainee_id": str(riet)}
        )
    database.close()

    computer = QtComputerSettings.in_file(tmp_path / "new.ini")
    second = build(
        make_qt_app([]),
        folder,
        computer=computer,
        report=problems.append,
        clock=lambda: NOW,
        speech_engine="mock",
    )
    assert second is not None
    try:
        second.window.start()
        kept = second.window.preferences()
        assert (kept.text_scale, kept.high_contrast, kept.current_trainee_id) == (150, True, riet)
        assert _font_px(second.app) == _px(150)
        with second.database.transaction() as tx:
            left = repo.load_settings(tx)
        assert not {"text_scale", "high_contrast", "current_trainee_id"} & left.keys()
    finally:
        second.close()
    assert problems == []


def test_settings_chosen_while_someone_is_shown_are_theirs(context: AppContext) -> None:
    """Settings applied without naming a person belong to the one shown, also back on home."""
    window = context.window
    complete_wizard(window)
    riet = window.preferences().current_trainee_id
    window.on_preferences_changed(Preferences("nl", 200, False))
    window.show_home()
    assert _font_px(context.app) == _px(200)
    assert context.preferences.for_person(riet).text_scale == 200


def test_a_language_given_at_start_holds_for_everyone_chosen(context: AppContext) -> None:
    """Started with Dutch asked for, switching to someone who chose English stays Dutch."""
    window = context.window  # started with language="nl"
    complete_wizard(window)
    riet = window.preferences()
    open_carer_from_settings(window)
    add_person(window, "Jan")
    context.preferences.save(dataclasses.replace(riet, language="en"))  # chosen on another run
    window.pages.home.switch_button.click()
    window.pages.choose.tile_buttons()[0].click()  # Riet
    assert window.preferences().current_trainee_id == riet.current_trainee_id
    assert window.preferences().language == "nl"
    assert window.pages.home.greeting.text() == "Hallo Riet"
