"""The focus ring reads as focus, not as a chosen answer; a scrolling page shows its track."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sterkblijven.ui.common import theme
from sterkblijven.ui.common.widgets import ScrollPage, TextLabel


def rule(sheet: str, selector: str) -> str:
    """Return the declarations of the style-sheet rule with exactly this selector."""
    found = re.search(r"(?:^|\n)" + re.escape(selector) + r"\s*\{([^}]*)\}", sheet)
    assert found is not None, selector
    return found.group(1)


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[QApplication]:
    """Give the app its own look at the normal text size, and leave it that way."""
    qapp.setStyle("Fusion")
    theme.apply(qapp, theme.theme_for(100, high_contrast=False))
    yield qapp
    theme.apply(qapp, theme.theme_for(100, high_contrast=False))


@pytest.mark.parametrize("high_contrast", [False, True], ids=["standard", "high-contrast"])
def test_the_focus_ring_is_dashed_and_the_chosen_state_solid(high_contrast: bool) -> None:
    """Focus is a dashed ring in its own colour; a chosen answer keeps its solid border and fill."""
    current = theme.theme_for(100, high_contrast)
    sheet = current.style_sheet()
    colours = current.colours
    assert colours.focus not in (colours.selected, colours.selected_border)
    for selector in ("QPushButton:focus", "QLineEdit:focus", 'QScrollArea[role="reading"]:focus'):
        declarations = rule(sheet, selector)
        assert "dashed" in declarations
        assert colours.focus in declarations
    chosen = rule(sheet, "QPushButton:checked")
    assert "solid" in chosen
    assert colours.selected in chosen


def test_a_scrolling_page_shows_a_track_for_its_scrollbar(
    styled: QApplication, qtbot: QtBot
) -> None:
    """Below the handle the scrollbar shows a track that stands out from the page."""
    page = ScrollPage()
    qtbot.addWidget(page)
    for number in range(60):
        page.body.addWidget(TextLabel(f"Regel {number}"))
    page.resize(600, 400)
    page.show()
    qtbot.waitExposed(page)
    bar = page.verticalScrollBar()
    qtbot.waitUntil(bar.isVisible)
    image = bar.grab().toImage()
    below_handle = image.pixelColor(image.width() // 2, image.height() - 12)
    window = QColor(theme.STANDARD.window)
    assert below_handle != window
    edge = image.pixelColor(0, image.height() // 2)
    assert theme.contrast_ratio(edge.name(), theme.STANDARD.window) >= 3
