"""The example: started as a program of its own beside this one, and marked on every screen."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QProcess, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from sterkblijven.ui.common.widgets import BigButton, Retranslating, TextLabel

# Starts a program with its arguments, apart from this one; False when it could not be started.
ProcessStarter = Callable[[str, list[str]], bool]
EXAMPLE_OPTION = "--example"


def start_detached(program: str, arguments: list[str]) -> bool:
    """Start a program that lives on by itself, also after this one closes."""
    started, _pid = QProcess.startDetached(program, arguments)
    return started


class ExampleStarter:
    """Opens the example in a second window: the same program, on a throwaway folder of its own.

    ``command`` is how this program is started: the frozen program itself, or Python running
    the package. The example gets the language in force, and nothing that names real data.
    """

    def __init__(self, command: Sequence[str], start: ProcessStarter = start_detached) -> None:
        self._command = list(command)
        self._start = start

    def open(self, language: str) -> bool:
        """Start the example; return False when it could not be started."""
        program, *arguments = self._command
        return self._start(program, [*arguments, EXAMPLE_OPTION, "--lang", language])


class ExampleBanner(Retranslating, QFrame):
    """Across the top of the example's window: what it is, and the way to close it."""

    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "notice")
        self.text = TextLabel()
        self.close_button = BigButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 10, 20, 10)
        layout.setSpacing(16)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.close_button.clicked.connect(self.close_requested)
        self.retranslate_ui()

    def above(self, pages: QWidget) -> QWidget:
        """Return the banner above the pages, as one: always there, it moves nothing."""
        both = QWidget()
        column = QVBoxLayout(both)
        column.setContentsMargins(12, 12, 12, 0)
        column.setSpacing(0)
        column.addWidget(self)
        column.addWidget(pages, 1)
        return both

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.text.setText(self.tr("Example – nothing here is kept. Your real data stays apart."))
        self.close_button.setText(self.tr("Close the example"))
