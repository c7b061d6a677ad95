"""The question asked before a measured result is thrown away."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from sterkblijven.ui.common.editing import LeaveQuestion


class DiscardQuestion(LeaveQuestion):
    """Asked before a count or a measured time is thrown away; Keep is where the keyboard is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._action: Callable[[], object] | None = None
        self.leave_chosen.connect(self._on_leave)
        self.stay_chosen.connect(self._on_stay)

    def confirm(self, action: Callable[[], object]) -> None:
        """Ask; do ``action`` only when the person chooses to throw the result away."""
        self._action = action
        self.ask()

    def _on_leave(self) -> None:
        action, self._action = self._action, None
        self.hide()
        if action is not None:
            action()

    def _on_stay(self) -> None:
        self._action = None
        self.hide()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.question.setText(self.tr("This result is not saved. Throw it away?"))
        self.leave.setText(self.tr("Throw it away"))
        self.stay.setText(self.tr("Keep it"))
