"""Where the main window opens: inside the screen, where it was last time when that still fits."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# The size the pages were laid out for; on a larger screen the window opens at this size.
PREFERRED = QSize(1100, 820)
# Below this the window opens maximised: every pixel counts on a 1366 x 768 laptop.
SMALL_SCREEN = QSize(1280, 800)
# How much of a remembered window must still be on a screen to count as "on screen": enough
# of its top to grab it, whatever the window manager draws around it.
VISIBLE_PART = 120


@dataclass(frozen=True, slots=True)
class Placement:
    """The window's place and size, and whether it fills the screen."""

    rect: QRect
    maximised: bool


def place_window(
    screens: Sequence[QRect],
    saved: Placement | None = None,
    minimum: QSize | None = None,
) -> Placement:
    """Return where the window opens, given the screens' available areas (primary first).

    A remembered place is kept on the screen it was on, moved back inside when it was partly
    off; a place no screen shows any more (a screen unplugged) counts as no place.
    """
    minimum = QSize(0, 0) if minimum is None else minimum
    if not screens:
        return saved or Placement(QRect(0, 0, PREFERRED.width(), PREFERRED.height()), False)
    screen = screens[0]
    if saved is not None:
        shown = _screen_showing(screens, saved.rect)
        if shown is not None:
            if saved.maximised:
                return Placement(shown, True)
            return Placement(_inside(saved.rect, shown, minimum), False)
    if screen.width() < SMALL_SCREEN.width() or screen.height() < SMALL_SCREEN.height():
        return Placement(QRect(screen), True)
    rect = QRect(0, 0, PREFERRED.width(), PREFERRED.height())
    rect.moveCenter(screen.center())
    return Placement(_inside(rect, screen, minimum), False)


def _screen_showing(screens: Sequence[QRect], rect: QRect) -> QRect | None:
    best: QRect | None = None
    best_area = 0
    for screen in screens:
        common = screen.intersected(rect)
        area = common.width() * common.height()
        if common.width() >= VISIBLE_PART and common.height() >= VISIBLE_PART and area > best_area:
            best, best_area = screen, area
    return best


def _inside(rect: QRect, screen: QRect, minimum: QSize) -> QRect:
    width = max(min(rect.width(), screen.width()), min(minimum.width(), screen.width()))
    height = max(min(rect.height(), screen.height()), min(minimum.height(), screen.height()))
    left = min(max(rect.left(), screen.left()), screen.right() + 1 - width)
    top = min(max(rect.top(), screen.top()), screen.bottom() + 1 - height)
    return QRect(left, top, width, height)


class WindowPlaces:
    """The window's last place, kept in this computer's settings (or a small file of its own)."""

    _KEYS = ("left", "top", "width", "height")

    def __init__(self, where: Path | QSettings) -> None:
        if isinstance(where, QSettings):
            self._settings = where
        else:
            self._settings = QSettings(str(where), QSettings.Format.IniFormat)

    def load(self) -> Placement | None:
        """Return the remembered place, or None when there is none (or it cannot be read)."""
        values: list[int] = []
        for key in self._KEYS:
            text = str(self._settings.value(f"window/{key}", ""))
            if not text.lstrip("-").isdecimal():
                return None
            values.append(int(text))
        left, top, width, height = values
        if width <= 0 or height <= 0:
            return None
        maximised = str(self._settings.value("window/maximised", "0")) == "1"
        return Placement(QRect(left, top, width, height), maximised)

    def save(self, placement: Placement) -> None:
        """Remember a place; a file that cannot be written only means it is not remembered."""
        rect = placement.rect
        for key, value in zip(
            self._KEYS, (rect.left(), rect.top(), rect.width(), rect.height()), strict=True
        ):
            self._settings.setValue(f"window/{key}", str(value))
        self._settings.setValue("window/maximised", "1" if placement.maximised else "0")
        self._settings.sync()


def move_place(old_file: Path, places: WindowPlaces) -> None:
    """Take over the place an earlier version kept in a file beside the data, once."""
    if not old_file.is_file():
        return
    if places.load() is None:
        saved = WindowPlaces(old_file).load()
        if saved is not None:
            places.save(saved)
    # Not being able to remove it only means it is looked at again next time.
    with contextlib.suppress(OSError):
        old_file.unlink()


def available_screens() -> list[QRect]:
    """Return the area each screen leaves free of task bars, the primary screen first."""
    primary = QGuiApplication.primaryScreen()
    screens = QGuiApplication.screens()
    ordered = ([primary] if primary is not None else []) + [s for s in screens if s != primary]
    return [screen.availableGeometry() for screen in ordered]


def open_in_place(window: QWidget, places: WindowPlaces) -> None:
    """Give the window its place and show it, maximised on a small screen."""
    placement = place_window(available_screens(), places.load(), window.minimumSizeHint())
    window.setGeometry(placement.rect)
    if placement.maximised:
        window.showMaximized()
    else:
        window.show()


def current_place(window: QWidget) -> Placement:
    """Return the window's place to remember: its normal size, also when maximised."""
    return Placement(window.normalGeometry(), window.isMaximized())
