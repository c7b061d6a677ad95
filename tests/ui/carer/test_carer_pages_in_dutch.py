"""The carer's pages in Dutch on a laptop, at 100 and 200 % text: no text clipped or broken."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from sterkblijven.app import AppContext
from sterkblijven.ui.common import audit
from sterkblijven.ui.shell.main_window import MainWindow
from tests.ui.carer.steady_buttons import on_a_laptop, settle
from tests.ui.carer.test_steady_messages import riet


def broken_words(page: QWidget) -> list[str]:
    """Return each shown line of a wrapping label that ends inside a word (paths aside)."""
    found = []
    for label in page.findChildren(QLabel):
        text = label.text()
        if not label.wordWrap() or not label.isVisibleTo(page) or not text or "/" in text:
            continue
        layout = QTextLayout(text, label.font())
        layout.beginLayout()
        ends = []
        while (line := layout.createLine()).isValid():
            line.setLineWidth(label.contentsRect().width())
            ends.append(line.textStart() + line.textLength())
        layout.endLayout()
        found += [f"{text[:end]!r}|" for end in ends[:-1] if not text[end - 1 : end].isspace()]
    return found


def open_page(window: MainWindow, person: int, which: str) -> QWidget:
    """Show one of the carer's pages for Riet and return it."""
    if which == "equipment":
        window.show_equipment(person, "Riet")
        return window.pages.equipment
    if which == "plan":
        window.show_routine(person, "Riet")
        settle()
        window.pages.routine.cards[0].change.click()  # the range choices open
        return window.pages.routine
    if which == "papers":
        window.show_papers(person, "Riet")
        return window.pages.papers
    window.show_data()
    return window.pages.data


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("which", ["equipment", "plan", "papers", "data"])
def test_no_text_is_clipped_or_broken_inside_a_word(
    context: AppContext, qtbot: QtBot, which: str, scale: int
) -> None:
    """Every label has the room its Dutch text needs and wraps only between words."""
    window = context.window
    person = riet(window)
    on_a_laptop(window, scale)
    page = open_page(window, person, which)
    qtbot.waitUntil(page.isVisible)
    settle()
    assert audit.clipped(page) == []
    assert broken_words(page) == []


def test_the_report_periods_are_equally_wide(context: AppContext, qtbot: QtBot) -> None:
    """The four periods of the report stand in two equal columns, none narrower than another."""
    window = context.window
    person = riet(window)
    on_a_laptop(window)
    page = open_page(window, person, "papers")
    qtbot.waitUntil(page.isVisible)
    settle()
    widths = {button.width() for button in window.pages.papers.periods.values()}
    assert len(widths) == 1
