"""Reading the Qt accessibility tree as a screen reader would."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QRect
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

Role = QAccessible.Role
INTERACTIVE = {
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


@dataclass(frozen=True)
class Node:
    """One control as assistive technology sees it."""

    role: QAccessible.Role
    name: str
    description: str
    rect: QRect


def nodes(widget: QWidget) -> Iterator[Node]:
    """Yield every visible node below a widget."""
    root = QAccessible.queryAccessibleInterface(widget)
    assert root is not None
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
    )
    for index in range(interface.childCount()):
        child = interface.child(index)
        if child is not None:
            yield from _walk(child)


def interactive_nodes(widget: QWidget) -> list[Node]:
    """Return the controls a person can operate."""
    return [node for node in nodes(widget) if node.role in INTERACTIVE]


def problems(widget: QWidget) -> list[str]:
    """Return every control that has no name or is smaller than 48 x 48 px."""
    found = []
    for node in interactive_nodes(widget):
        if not node.name.strip():
            found.append(f"{node.role.name} without a name at {node.rect}")
        if node.rect.width() < 48 or node.rect.height() < 48:
            found.append(
                f"{node.role.name} '{node.name}' is {node.rect.width()}x{node.rect.height()}"
            )
    return found
