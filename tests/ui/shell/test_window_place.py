"""The main window opens inside the screen, and where it was last time when that still fits."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSize
from pytestqt.qtbot import QtBot

from sterkblijven.app import AppContext
from sterkblijven.ui.common.computer_settings import QtComputerSettings
from sterkblijven.ui.shell.window_place import (
    Placement,
    WindowPlaces,
    available_screens,
    move_place,
    place_window,
)

LAPTOP = QRect(0, 0, 1366, 728)  # 1366 x 768 with a task bar of 40 px
LARGE = QRect(0, 0, 1920, 1040)


def test_a_small_screen_opens_maximised() -> None:
    """On a 1366 x 768 laptop the window fills the screen instead of running below it."""
    placement = place_window([LAPTOP])
    assert placement.maximised
    assert placement.rect == LAPTOP


def test_a_large_screen_opens_centred_at_the_page_size() -> None:
    """On a large screen the window opens at its usual size, in the middle."""
    placement = place_window([LARGE])
    assert not placement.maximised
    assert placement.rect.size() == QSize(1100, 820)
    assert LARGE.contains(placement.rect)
    assert placement.rect.center() == LARGE.center()


def test_the_remembered_place_is_kept() -> None:
    """A place chosen last time, still on the screen, is where the window opens."""
    saved = Placement(QRect(100, 50, 900, 640), maximised=False)
    assert place_window([LAPTOP], saved) == saved


def test_a_place_partly_off_screen_is_moved_back_inside() -> None:
    """A window last left hanging over the edge opens wholly on the screen, at its size."""
    saved = Placement(QRect(1000, 500, 900, 640), maximised=False)
    placement = place_window([LAPTOP], saved)
    assert LAPTOP.contains(placement.rect)
    assert placement.rect.size() == QSize(900, 640)


def test_a_place_on_an_unplugged_screen_is_forgotten() -> None:
    """A window last on a second screen that is gone opens on the screen that is there."""
    saved = Placement(QRect(2200, 100, 900, 640), maximised=False)
    placement = place_window([LAPTOP], saved)
    assert placement.maximised
    assert placement.rect == LAPTOP


def test_a_place_larger_than_the_screen_is_made_to_fit() -> None:
    """A size remembered from a larger screen shrinks to the screen it opens on."""
    saved = Placement(QRect(0, 0, 1900, 1000), maximised=False)
    placement = place_window([LAPTOP], saved, minimum=QSize(600, 400))
    assert LAPTOP.contains(placement.rect)


def test_the_place_is_remembered_in_its_file(tmp_path: Path) -> None:
    """A saved place reads back the same; an unreadable file counts as no place."""
    places = WindowPlaces(tmp_path / "window.ini")
    assert places.load() is None
    placement = Placement(QRect(-20, 30, 1000, 700), maximised=True)
    places.save(placement)
    assert WindowPlaces(tmp_path / "window.ini").load() == placement
    (tmp_path / "broken.ini").write_text("[window]\nleft=x\nwidth=-3\n", encoding="utf-8")
    assert WindowPlaces(tmp_path / "broken.ini").load() is None


def test_the_window_opens_inside_the_screen_and_remembers_it(
    context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    """Opened on the screen, the window fits inside it; closed, its place is kept for next time."""
    window = context.window
    window.hide()
    places = WindowPlaces(tmp_path / "window.ini")
    window.open_on_screen(places)
    qtbot.waitExposed(window)
    screen = available_screens()[0]
    assert window.width() <= screen.width()
    assert window.height() <= screen.height()
    window.close()
    kept = places.load()
    assert kept is not None
    assert kept.rect.width() <= screen.width()


def test_the_place_kept_beside_the_data_moves_to_the_computers_settings(
    tmp_path: Path, computer_settings: QtComputerSettings
) -> None:
    """The place an earlier version kept in the data folder is taken over once, then removed."""
    old = tmp_path / "window.ini"
    placement = Placement(QRect(40, 30, 1000, 700), maximised=False)
    WindowPlaces(old).save(placement)
    places = WindowPlaces(computer_settings.settings)
    move_place(old, places)
    assert places.load() == placement
    assert not old.exists()
    move_place(old, places)  # nothing left to move: nothing changes
    assert places.load() == placement
