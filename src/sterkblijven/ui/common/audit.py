"""Reading the Qt accessibility tree as a screen reader would, and the checks ux.md asks of it.

The self-test walks every screen with these checks and, with ``--screenshots``, writes the tree
of each screen to ``accessibility.json``; the UI tests use the same checks on single screens.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QRect
from PySide6.QtGui import QAccessible, QAccessibleInterface, QFontMetrics
from PySide6.QtWidgets import QLabel, QWidget

from sterkblijven.ui.common.theme import MIN_TARGET_PX

Role = QAccessible.Role
WORD_SLACK_PX = 6
# Text wraps at spaces and at zero-width spaces (placed in long paths so that they can wrap).
_WORD_BREAKS = re.compile(r"[\s\u200b]+")
INTERACTIVE = frozenset(
    {
        Role.PushButton,
        Role.CheckBox,
        Role.RadioButton,
        Role.EditableText,
        Role.ComboBox,
        Role.Slider,
        Role.SpinBox,
        Role.ListItem,
        Role.ButtonMenu,
        Role.ButtonDropDown,
    }
)


@dataclass(frozen=True)
class Node:
    """One element as assistive technology sees it."""

    role: QAccessible.Role
    name: str
    description: str
    rect: QRect
    focusable: bool

    @property
    def interactive(self) -> bool:
        """Return True for controls a person operates."""
        return self.role in INTERACTIVE

    def as_dict(self) -> dict[str, object]:
        """Return the node as plain data, for accessibility.json."""
        return {
            "role": self.role.name,
            "name": self.name,
            "description": self.description,
            "x": self.rect.x(),
            "y": self.rect.y(),
            "width": self.rect.width(),
            "height": self.rect.height(),
            "focusable": self.focusable,
            "interactive": self.interactive,
        }


def nodes(widget: QWidget) -> Iterator[Node]:
    """Yield every visible node below a widget."""
    root = QAccessible.queryAccessibleInterface(widget)
    if root is None:
        return
    yield from _walk(root)


def _walk(interface: QAccessibleInterface) -> Iterator[Node]:
    state = interface.state()
    if state.invisible:
        return
    yield Node(
        interface.role(),
        interface.text(QAccessible.Text.Name),
        interface.text(QAccessible.Text.Description),
        interface.rect(),
        bool(state.focusable),
    )
    for index in range(interface.childCount()):
        child = interface.child(index)
        if child is not None:
            yield from _walk(child)


def interactive_nodes(widget: QWidget) -> list[Node]:
    """Return the controls a person can operate."""
    return [node for node in nodes(widget) if node.interactive]


def unnamed(widget: QWidget) -> list[str]:
    """Return every control without a name."""
    return [
        f"{node.role.name} without a name at {_where(node.rect)}"
        for node in interactive_nodes(widget)
        if not node.name.strip()
    ]


def too_small(widget: QWidget) -> list[str]:
    """Return every control smaller than 48 x 48 px."""
    return [
        f"{node.role.name} '{node.name}' is {node.rect.width()}x{node.rect.height()}"
        for node in interactive_nodes(widget)
        if node.rect.width() < MIN_TARGET_PX or node.rect.height() < MIN_TARGET_PX
    ]


def problems(widget: QWidget) -> list[str]:
    """Return every control that has no name or is smaller than 48 x 48 px."""
    return unnamed(widget) + too_small(widget)


def clipped(widget: QWidget) -> list[str]:
    """Return every visible text label whose text needs more room than it was given.

    A word-wrapping label needs its height for its width; a single-line label its width too.
    """
    found = []
    for label in widget.findChildren(QLabel):
        if not label.isVisibleTo(widget) or not label.text() or label.pixmap().isNull() is False:
            continue
        size = label.size()
        if label.wordWrap():
            # Wrapping helps only between words: the longest word must fit the width too.
            needed_height = label.heightForWidth(size.width())
            metrics = QFontMetrics(label.font())
            margins = label.contentsMargins()
            room = size.width() - margins.left() - margins.right() - 2 * max(label.margin(), 0)
            words = [w for w in _WORD_BREAKS.split(label.text()) if w]
            longest_word = max((metrics.horizontalAdvance(word) for word in words), default=0)
            # A few pixels over is the glyphs' own side bearing, not a cut letter.
            short = needed_height > size.height() + 1 or longest_word > room + WORD_SLACK_PX
        else:
            hint = label.sizeHint()
            short = hint.width() > size.width() + 1 or hint.height() > size.height() + 1
        if short:
            found.append(f"text '{label.text()[:40]}' is clipped at {size.width()}x{size.height()}")
    return found


def _where(rect: QRect) -> str:
    return f"({rect.x()}, {rect.y()}) {rect.width()}x{rect.height()}"
