"""The audit the self-test runs on every screen: names, target sizes, clipped text, the report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from sterkblijven.selftest.walk import Walk
from sterkblijven.ui.common import audit


def shown(qtbot: QtBot, *children: QWidget) -> QWidget:
    """Return a shown window holding the children."""
    window = QWidget()
    layout = QVBoxLayout(window)
    for child in children:
        layout.addWidget(child)
    qtbot.addWidget(window)
    window.resize(400, 300)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_button_without_a_name_and_too_small_is_found(qtbot: QtBot) -> None:
    """An unnamed 30 px button is reported twice: no name, and smaller than 48 x 48."""
    button = QPushButton()
    # The app's style sheet, left by other tests, gives buttons a minimum: undo it here.
    button.setStyleSheet("min-width: 0px; min-height: 0px; padding: 0px;")
    button.setFixedSize(30, 30)
    named = QPushButton("Opslaan")
    named.setMinimumSize(60, 60)
    window = shown(qtbot, button, named)
    assert len(audit.unnamed(window)) == 1
    assert [problem for problem in audit.too_small(window) if "30x30" in problem]
    assert not [problem for problem in audit.problems(window) if "Opslaan" in problem]


def test_text_that_needs_more_room_than_it_has_is_clipped(qtbot: QtBot) -> None:
    """A wrapped label held to one line's height with three lines of text is reported."""
    tight = QLabel("Een lange zin die bij deze breedte zeker over drie regels loopt, of meer. " * 2)
    tight.setWordWrap(True)
    tight.setFixedSize(200, 20)
    roomy = QLabel("Kort")
    window = shown(qtbot, tight, roomy)
    found = audit.clipped(window)
    assert len(found) == 1 and "Een lange zin" in found[0]


def test_the_walk_keeps_each_screens_tree_with_its_text_size_theme_and_language(
    qtbot: QtBot, tmp_path: Path, qapp: object
) -> None:
    """A rendered screen adds its nodes, with role, name, geometry and focus, to the report."""
    button = QPushButton("Start de training")
    button.setMinimumSize(60, 60)
    window = shown(qtbot, button)
    problems: list[str] = []
    walk = Walk(qapp, tmp_path, problems)  # type: ignore[arg-type]
    walk.variant = "200-contrast-en"
    walk.render("home", window)
    (screen,) = walk.tree
    assert (screen["screen"], screen["text_scale"], screen["theme"], screen["language"]) == (
        "home",
        200,
        "contrast",
        "en",
    )
    nodes = screen["nodes"]
    assert isinstance(nodes, list)
    (start,) = [node for node in nodes if node["name"] == "Start de training"]
    assert start["role"] == "Button" and start["focusable"] and start["interactive"]
    assert start["width"] >= 60 and start["height"] >= 60
    assert problems == []
    assert (tmp_path / "200-contrast-en-home.png").exists()


def test_a_word_wider_than_its_label_is_clipped_even_when_wrapping(qtbot: QtBot) -> None:
    """Wrapping cannot split one long word: a label narrower than 'Traplopen' is reported."""
    narrow = QLabel("Traplopen")
    narrow.setWordWrap(True)
    narrow.setFixedWidth(narrow.fontMetrics().horizontalAdvance("Traplopen") // 2)
    window = shown(qtbot, narrow)
    found = audit.clipped(window)
    assert len(found) == 1 and "Traplopen" in found[0]
