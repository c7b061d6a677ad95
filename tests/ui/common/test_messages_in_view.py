"""A message that appears on a page is scrolled into view, never left below the fold."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from sterkblijven.app import AppContext
from sterkblijven.ui.common.widgets import ErrorLabel, ScrollPage, TextLabel
from tests.ui.flows import complete_wizard


def in_view(page: ScrollPage, widget: QWidget) -> bool:
    """Return whether the whole widget lies inside the page's visible area."""
    viewport = page.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(QRect(top_left, widget.size()))


def test_a_message_at_the_bottom_of_a_long_page_scrolls_into_view(qtbot: QtBot) -> None:
    """An error shown below the fold of a scrolling page is brought up to where she looks."""
    page = ScrollPage()
    qtbot.addWidget(page)
    for number in range(40):
        page.body.addWidget(TextLabel(text_of(number)))
    error = ErrorLabel()
    page.body.addWidget(error)
    page.resize(600, 400)
    page.show()
    qtbot.waitExposed(page)
    error.show_message("Dat gewicht kan niet.")
    assert in_view(page, error)


def text_of(number: int) -> str:
    """Return a line of filler text."""
    return f"Regel {number}"


def test_the_equipment_page_shows_its_error_on_a_laptop_at_large_text(
    context: AppContext, qtbot: QtBot
) -> None:
    """On a 1366 x 768 screen at 200 % text, a refused weight's message is on screen."""
    window = context.window
    complete_wizard(window)
    window.on_preferences_changed(dataclasses.replace(window.preferences(), text_scale=200))
    window.resize(1366, 728)
    overview = window.pages.home.overview()
    assert overview is not None and overview.trainee.id is not None
    window.show_equipment(overview.trainee.id, "Riet")
    page = window.pages.equipment
    qtbot.waitUntil(page.isVisible)
    page.dumbbells.other.setText("twee")
    page.dumbbells.add.click()
    assert page.kg_error.isVisible()
    assert in_view(page.page, page.kg_error)
