"""Pieces shared by the carer's editing pages: fields, choices, the save footer."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from sterkblijven.domain.pin import MAX_DIGITS
from sterkblijven.ui.common.theme import MIN_TARGET_PX
from sterkblijven.ui.common.widgets import (
    BigButton,
    Card,
    ChoiceButton,
    ErrorLabel,
    Retranslating,
    ScrollPage,
    TextLabel,
    button_row,
)


def capitalised(text: str) -> str:
    """Return the text with a capital first letter, for a label that stands on its own."""
    return text[:1].upper() + text[1:]


def fit_to_content(page: ScrollPage) -> ScrollPage:
    """Let a scrolling page end where its content ends, at any width and text size.

    Word-wrapping labels report a minimum height as if squeezed narrow; QScrollArea takes that
    as the least height of the content, which leaves an empty stretch to scroll into at the
    bottom. With the minimum ignored, it uses the height the content needs at its real width.
    """
    inner = page.widget()
    if inner is not None:
        inner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
    return page


def text_field(max_length: int) -> QLineEdit:
    """Return a one-line field as tall as a button."""
    field = QLineEdit()
    field.setMaxLength(max_length)
    field.setMinimumHeight(MIN_TARGET_PX)
    return field


class SpokenChoice(ChoiceButton):
    """A choice whose name for screen readers says more than its short visible label.

    Several cards repeat the same short choices ("2 sets", "Can be doubled"); a screen reader
    moving from control to control needs to hear which exercise or band each belongs to.
    """

    def __init__(self, role: str = "", parent: QWidget | None = None) -> None:
        super().__init__(role, parent)
        self._spoken = ""

    def set_spoken_name(self, name: str) -> None:
        """Set the accessible name, kept when the choice is toggled."""
        self._spoken = name
        self._refresh()

    def _refresh(self) -> None:
        super()._refresh()
        if self._spoken:
            self.setAccessibleName(self._spoken)


class LeaveQuestion(Retranslating, Card):
    """Asked in the page when Back would lose changes that are not saved."""

    leave_chosen = Signal()
    stay_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("notice", parent)
        self.question = TextLabel("heading")
        self.leave = BigButton()
        self.stay = BigButton("primary")
        self.content.addWidget(self.question)
        self.content.addLayout(button_row(self.stay, self.leave))
        self.leave.clicked.connect(self.leave_chosen)
        self.stay.clicked.connect(self.stay_chosen)
        self.hide()
        self.retranslate_ui()

    def ask(self) -> None:
        """Show the question with the keyboard on Stay, the choice that loses nothing."""
        self.show()
        self.stay.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.question.setText(self.tr("Some changes are not saved yet. Leave anyway?"))
        self.leave.setText(self.tr("Leave without saving"))
        self.stay.setText(self.tr("Stay"))


class SaveFooter(QVBoxLayout):
    """What stays in view below a set-up page: the outcome of Save, the question, the buttons.

    The last button, the main action, sits at the right, as Next does in the wizard.
    """

    def __init__(self, *buttons: QWidget) -> None:
        super().__init__()
        self.setSpacing(8)
        self.status = ErrorLabel()
        self.saved_note = TextLabel("notice")
        self.saved_note.hide()
        self.question = LeaveQuestion()
        self.addWidget(self.status)
        self.addWidget(self.saved_note)
        self.addWidget(self.question)
        self.row = QHBoxLayout()
        self.row.setSpacing(16)
        for index, button in enumerate(buttons):
            if index == len(buttons) - 1 and len(buttons) > 1:
                self.row.addStretch(1)
            self.row.addWidget(button)
        if len(buttons) <= 1:
            self.row.addStretch(1)
        self.addLayout(self.row)

    def show_saved(self, text: str) -> None:
        """Confirm a save in words."""
        self.status.show_message("")
        self.saved_note.setText(text)
        self.saved_note.setAccessibleName(text)
        self.saved_note.show()

    def clear(self) -> None:
        """Hide the outcome of an earlier Save, once something changes again."""
        self.saved_note.hide()

    def as_footer(self) -> QHBoxLayout:
        """Return the footer row that page_with_footer expects, holding this column."""
        footer = QHBoxLayout()
        footer.addLayout(self, 1)
        return footer


class LeavingGuard:
    """Back on an editing page: with changes not saved, the page asks first, on itself.

    Mixed into a page that has ``back``, ``save``, ``footer`` and a ``back_requested`` signal,
    and that can tell about, drop and react to its changes.
    """

    back: BigButton
    save: BigButton
    footer: SaveFooter
    back_requested: SignalInstance

    def has_unsaved_changes(self) -> bool:
        """Return whether the screen differs from what is stored."""
        raise NotImplementedError

    def _restore(self) -> None:
        raise NotImplementedError

    def _on_edited(self) -> None:
        raise NotImplementedError

    def on_back_clicked(self) -> None:
        """Go back; with changes not saved, ask first, here on the page."""
        if not self.has_unsaved_changes():
            self.back_requested.emit()
            return
        self.back.hide()
        self.save.hide()
        self.footer.question.ask()

    def on_leave_chosen(self) -> None:
        """Drop the changes and go back."""
        self._restore()
        self._on_edited()
        self.back_requested.emit()

    def on_stay_chosen(self) -> None:
        """Keep the changes on screen."""
        self._on_edited()
        self.save.setFocus(Qt.FocusReason.OtherFocusReason)


def pin_field() -> QLineEdit:
    """Return a field for a PIN: digits only, shown as dots."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(MAX_DIGITS)
    field.setValidator(QIntValidator(0, 99_999_999, field))
    field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    return field
