"""The carer part's PIN card: set, change or remove the PIN that keeps the carer part closed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStackedLayout, QVBoxLayout, QWidget

from sterkblijven.services.carer import CarerAccess
from sterkblijven.ui.common.editing import pin_field
from sterkblijven.ui.common.messages import MessageSlot
from sterkblijven.ui.common.operations import attempt
from sterkblijven.ui.common.widgets import (
    BigButton,
    Card,
    Retranslating,
    TextLabel,
    button_row,
)
from sterkblijven.words.refusals import refusal

# The card's words are the carer page's, and keep the context they are translated in. Calls
# read translate("CarerPage", "...") literally, so pyside6-lupdate files them there.
translate = QCoreApplication.translate


class PinCard(Retranslating, Card):
    """The PIN typed twice and saved, or removed after a question, in the card's own room."""

    def __init__(self, access: CarerAccess, bring_into_view: Callable[[QWidget], None]) -> None:
        """``bring_into_view`` scrolls the page to a part of the card, such as the question."""
        super().__init__()
        self._access = access
        self._bring_into_view = bring_into_view
        self.has_pin = False  # as read by the page, or as saved here since
        self._removing = False
        self.pin_title = TextLabel("heading")
        self.pin_status = TextLabel()
        self.new_pin_label = TextLabel()
        self.new_pin = pin_field()
        self.new_pin_label.setBuddy(self.new_pin)
        self.repeat_pin_label = TextLabel()
        self.repeat_pin = pin_field()
        self.repeat_pin_label.setBuddy(self.repeat_pin)
        self.pin_error = MessageSlot()  # beside the fields; it keeps its room, so nothing moves
        self.save_pin = BigButton()
        self.remove_pin = BigButton()
        # Removing the PIN asks first, in the place of the fields: one or the other is shown,
        # in the room of the larger, so that the buttons below stay where they are.
        self.pin_question = TextLabel()
        self.confirm_remove_pin = BigButton("primary")
        self.keep_pin = BigButton()
        self.pin_asking = QWidget()
        asking = QVBoxLayout(self.pin_asking)
        asking.setContentsMargins(0, 0, 0, 0)
        asking.setSpacing(12)
        asking.addWidget(self.pin_question)
        asking.addLayout(button_row(self.keep_pin, self.confirm_remove_pin))
        asking.addStretch(1)
        self.pin_fields = QWidget()
        fields = QVBoxLayout(self.pin_fields)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.setSpacing(12)
        in_fields: tuple[QWidget, ...] = (
            self.new_pin_label,
            self.new_pin,
            self.repeat_pin_label,
            self.repeat_pin,
            self.pin_error,
        )
        for widget in in_fields:
            fields.addWidget(widget)
        self.pin_place = QWidget()  # plain, on the card's own background
        self.pin_shown = QStackedLayout(self.pin_place)
        self.pin_shown.setContentsMargins(0, 0, 0, 0)
        self.pin_shown.addWidget(self.pin_fields)
        self.pin_shown.addWidget(self.pin_asking)
        for part in (self.pin_title, self.pin_status, self.pin_place):
            self.content.addWidget(part)
        self.content.addLayout(button_row(self.save_pin, self.remove_pin))
        self.save_pin.clicked.connect(self.on_save_pin)
        self.new_pin.returnPressed.connect(self.repeat_pin.setFocus)
        self.repeat_pin.returnPressed.connect(self.on_save_pin)
        self.remove_pin.clicked.connect(self._ask_remove_pin)
        self.confirm_remove_pin.clicked.connect(self._on_remove_pin)
        self.keep_pin.clicked.connect(self._keep_pin)
        self.retranslate_ui()

    def reset(self) -> None:
        """Close the question and clear the message; ``fill`` then shows the PIN's state."""
        self._removing = False
        self.pin_error.show_message("", tell=False)

    def on_save_pin(self) -> None:
        """Store the new PIN typed twice the same, or say beside the fields why it cannot be."""
        pin, again = self.new_pin.text(), self.repeat_pin.text()
        if pin.strip() != again.strip():
            self.pin_error.show_message(refusal("pin_mismatch"))
            self.repeat_pin.clear()
            self.repeat_pin.setFocus()
            return
        ok, _ = attempt(lambda: self._access.set_pin(pin), self.pin_error.show_message)
        if not ok:
            self.new_pin.setFocus()
            return
        done = (
            translate("CarerPage", "PIN changed.")
            if self.has_pin
            else translate("CarerPage", "PIN set.")
        )
        self.new_pin.clear()
        self.repeat_pin.clear()
        self.has_pin = True
        self._removing = False
        self.fill()
        self.pin_error.show_message(done, done=True)

    def _ask_remove_pin(self) -> None:
        self._removing = True
        self.pin_error.show_message("", tell=False)
        self.fill()
        self.keep_pin.setFocus()
        self._bring_into_view(self.pin_question)

    def _keep_pin(self) -> None:
        self._removing = False
        self.fill()
        self.remove_pin.setFocus()

    def _on_remove_pin(self) -> None:
        if not attempt(self._access.remove_pin, self.pin_error.show_message)[0]:
            return
        self.has_pin = False
        self._removing = False
        self.fill()
        self.new_pin.setFocus()
        self.pin_error.show_message(
            translate("CarerPage", "PIN removed. Anyone can open the carer part now."), done=True
        )

    def fill(self) -> None:
        """Show the PIN's state and either the fields or the question, in the current language."""
        self.pin_status.setText(
            translate("CarerPage", "The carer part is protected by a PIN.")
            if self.has_pin
            else translate("CarerPage", "There is no PIN yet: anyone can open this part.")
        )
        self.save_pin.setText(
            translate("CarerPage", "Change the PIN")
            if self.has_pin
            else translate("CarerPage", "Set the PIN")
        )
        self.remove_pin.setVisible(self.has_pin)
        asking = self.has_pin and self._removing
        self.pin_shown.setCurrentWidget(self.pin_asking if asking else self.pin_fields)
        self.save_pin.setEnabled(not asking)
        self.remove_pin.setEnabled(not asking)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.pin_title.setText(translate("CarerPage", "Carer PIN"))
        self.new_pin_label.setText(translate("CarerPage", "New PIN (4 to 8 digits)"))
        self.new_pin.setAccessibleName(translate("CarerPage", "New PIN (4 to 8 digits)"))
        self.repeat_pin_label.setText(translate("CarerPage", "Type the PIN again"))
        self.repeat_pin.setAccessibleName(translate("CarerPage", "Type the PIN again"))
        self.remove_pin.setText(translate("CarerPage", "Remove the PIN"))
        self.pin_question.setText(
            translate(
                "CarerPage",
                "Remove the PIN? Then anyone who uses this computer can open the carer part. "
                "You can set a new PIN at any time.",
            )
        )
        self.confirm_remove_pin.setText(translate("CarerPage", "Yes, remove the PIN"))
        self.keep_pin.setText(translate("CarerPage", "No, keep the PIN"))
        self.fill()
