"""The self-test's check of what a person sees without scrolling, on deliberately broken pages."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from sterkblijven.selftest.visible import (
    SCREEN,
    main_action,
    visibility_problems,
    wholly_shown,
)
from sterkblijven.ui.common.view import View
from sterkblijven.ui.common.widgets import BigButton, TextLabel


class Page(View):
    """An exercise page: title, a picture of a given height, the target, and the main action."""

    def __init__(self, picture_height: int) -> None:
        super().__init__()
        self.title.setText("Opstaan uit de stoel")
        self.picture = QLabel()
        self.picture.setFixedSize(400, picture_height)
        self.target = TextLabel("heading")
        self.target.setText("20 tot 25 keer")
        self.body.addWidget(self.picture)
        self.body.addWidget(self.target)
        self.body.addStretch(1)
        self.done = BigButton("primary")
        self.done.setText("Klaar")
        self.footer.addWidget(self.done)

    def essentials(self) -> dict[str, QWidget | None]:
        """Return what must be in view, as the self-test names it."""
        return {
            "title": self.title,
            "picture": self.picture,
            "target": self.target,
            "main action": main_action(self),
        }


def shown_page(qtbot: QtBot, picture_height: int, size: QSize = SCREEN) -> Page:
    """Return a page shown at ``size`` and laid out."""
    page = Page(picture_height)
    qtbot.addWidget(page)
    page.resize(size)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_a_whole_page_has_no_problems(qtbot: QtBot) -> None:
    """Title, picture, target and main action all in view, at the top: nothing to report."""
    page = shown_page(qtbot, 260)
    assert main_action(page) is page.done
    assert visibility_problems(page, page.essentials()) == []


def test_a_picture_too_tall_pushes_the_target_below_the_fold(qtbot: QtBot) -> None:
    """A picture taller than the screen: it and the target under it are reported, not the rest."""
    page = shown_page(qtbot, 900)
    assert visibility_problems(page, page.essentials()) == [
        "the picture is outside the visible area",
        "the target is outside the visible area",
    ]


def test_a_page_that_opens_scrolled_down_is_reported(qtbot: QtBot) -> None:
    """A page left scrolled down hides its title: both are said."""
    page = shown_page(qtbot, 700)
    page.page.verticalScrollBar().setValue(page.page.verticalScrollBar().maximum())
    problems = visibility_problems(page, page.essentials())
    assert "opens scrolled down, not at the top" in problems
    assert "the title is outside the visible area" in problems


def test_a_window_taller_than_the_screen_hides_its_footer(qtbot: QtBot) -> None:
    """At 1366 x 900 the main action in the footer lies beyond a 768 px screen."""
    page = shown_page(qtbot, 260, QSize(1366, 900))
    assert not wholly_shown(page.done, page)
    assert visibility_problems(page, page.essentials()) == [
        "the main action is outside the visible area"
    ]


def test_a_missing_or_hidden_essential_is_reported(qtbot: QtBot) -> None:
    """A page without a main action, or with its target hidden, says so."""
    page = shown_page(qtbot, 260)
    page.done.hide()
    page.target.hide()
    assert visibility_problems(page, page.essentials()) == [
        "the target is outside the visible area",
        "no main action found",
    ]
