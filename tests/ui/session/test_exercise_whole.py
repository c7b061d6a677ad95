"""The exercise screen is whole on a 1366x768 laptop: name, picture, target, main action."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget

from sterkblijven.app import AppContext
from sterkblijven.domain.session import Effort
from sterkblijven.ui.common.widgets import PictureView, widgets_in
from sterkblijven.ui.session.page import SessionPage
from tests.ui.session.test_session import open_session

QWIDGETSIZE_MAX = 16_777_215


def on_laptop(context: AppContext, scale: int) -> SessionPage:
    """Open a session on a 1366x768 window at a text size, past the warm-up."""
    window = context.window
    page = open_session(context)
    window.on_preferences_changed(dataclasses.replace(window.preferences(), text_scale=scale))
    window.setMinimumSize(0, 0)
    window.setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX)
    window.resize(1366, 768)
    page.warmup.finish.click()
    settle()
    return page


def settle() -> None:
    """Let layouts and word-wrapped text settle, as they do within a moment in the app."""
    for _ in range(3):
        QApplication.processEvents()


def seen(widget: QWidget, page: SessionPage) -> bool:
    """Return True when the whole widget is inside the window and the scrolled view."""
    window = widget.window()
    box = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    viewport = page.exercise.page.viewport()
    visible = QRect(viewport.mapTo(window, QPoint(0, 0)), viewport.size())
    inside_page = page.exercise.page.isAncestorOf(widget)
    return (
        widget.isVisible()
        and window.rect().contains(box)
        and (not inside_page or visible.contains(box))
    )


@pytest.mark.parametrize("scale", [100, 200])
def test_name_picture_target_and_start_are_in_view(context: AppContext, scale: int) -> None:
    """At 1366x768, at 100 and 200 % text, every set shows what matters without scrolling."""
    page = on_laptop(context, scale)
    for _ in range(3):
        view = page.exercise
        assert page.current_view() is view
        assert view.page.verticalScrollBar().value() == 0
        pictures = [w for w in widgets_in(view.pictures) if isinstance(w, PictureView)]
        for widget in (view.title, view.dose, view.tap, *pictures):
            assert seen(widget, page), widget.accessibleName() or widget.objectName()
        if scale == 100:  # large enough to read from a chair
            assert pictures[0].height() >= 768 // 3 - 20
        view.page.verticalScrollBar().setValue(view.page.verticalScrollBar().maximum())
        view.typed.setText("12")
        view.save_typed.click()
        view.failure.click()
        page.effort.choices[Effort.HARD].click()
        page.pain.none.click()
        if page.current_view() is page.rest:
            page.rest.go_on.click()
        settle()


def test_setup_and_joint_tip_are_on_the_screen(context: AppContext) -> None:
    """How to get ready and how to spare the joints are shown, not behind a button."""
    page = on_laptop(context, 100)
    view = page.exercise
    exercise = view.shown_exercise()
    assert exercise is not None
    text = exercise.text("nl")
    assert view.setup.isVisible() and text.setup in view.setup.text()
    assert view.joint_tip.isVisible() and text.joint_tip in view.joint_tip.text()
