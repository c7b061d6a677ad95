"""Where a page's buttons are on the screen, to see that a message coming or going moves none."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget

from sterkblijven.ui.common.widgets import BigButton
from sterkblijven.ui.shell.main_window import MainWindow


def on_a_laptop(window: MainWindow, scale: int = 100) -> None:
    """Show the window at 1366 x 768 with text at ``scale`` per cent."""
    window.on_preferences_changed(dataclasses.replace(window.preferences(), text_scale=scale))
    window.resize(1366, 768)
    window.show()
    settle()


def settle() -> None:
    """Let widgets shown or hidden just now be laid out, as they are a moment later."""
    for _ in range(3):
        QApplication.processEvents()


def button_places(page: QWidget) -> dict[BigButton, QRect]:
    """Return where on the screen each button of a page is, that can be seen in its window."""
    settle()
    window = page.window()
    screen = QRect(window.mapToGlobal(QPoint(0, 0)), window.size())
    places = {}
    for button in page.findChildren(BigButton):
        if not button.isVisibleTo(window):
            continue
        shown = button.visibleRegion().boundingRect()
        if shown.isEmpty():
            continue  # scrolled out of sight
        rect = QRect(button.mapToGlobal(QPoint(0, 0)), button.size())
        if screen.intersects(rect):
            places[button] = rect
    return places


def moved(before: dict[BigButton, QRect], after: dict[BigButton, QRect]) -> list[str]:
    """Return the buttons seen both times whose place changed, with where they went."""
    return [
        f"{button.text()!r}: {place.topLeft().toTuple()} -> {after[button].topLeft().toTuple()}"
        for button, place in before.items()
        if button in after and after[button] != place
    ]
