"""The carer's PIN, asked before the carer part opens."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from sterkblijven.services.carer import CarerAccess, Outcome
from sterkblijven.ui.common.editing import pin_field
from sterkblijven.ui.common.operations import attempt
from sterkblijven.ui.common.widgets import (
    BigButton,
    ErrorLabel,
    Retranslating,
    ScrollPage,
    TextLabel,
    button_row,
    page_with_footer,
)


class PinPage(Retranslating, QWidget):
    """Asks for the carer PIN before carer mode opens."""

    opened = Signal()
    back_requested = Signal()

    def __init__(self, access: CarerAccess) -> None:
        super().__init__()
        self._access = access
        self.page = ScrollPage()
        self.title = TextLabel("title")
        self.intro = TextLabel()
        self.label = TextLabel("heading")
        self.pin = pin_field()
        self.label.setBuddy(self.pin)
        self.error = ErrorLabel()
        self.open_button = BigButton("primary")
        for widget in (self.title, self.intro, self.label, self.pin, self.error):
            self.page.body.addWidget(widget)
        self.page.body.addLayout(button_row(self.open_button))
        self.page.body.addStretch(1)
        self.back = BigButton()
        page_with_footer(self, self.page, button_row(self.back))
        self.open_button.clicked.connect(self.on_open)
        self.pin.returnPressed.connect(self.on_open)
        self.back.clicked.connect(self.back_requested)
        self.retranslate_ui()

    def reset(self) -> None:
        """Empty the field and the message."""
        self.pin.clear()
        self.error.show_message("")
        self.pin.setFocus()

    def on_open(self) -> None:
        """Check the PIN; open carer mode, or say plainly what is wrong."""
        result = attempt(lambda: self._access.check(self.pin.text()), self.error.show_message)[1]
        if result is None:
            return
        self.pin.clear()
        if result.outcome is Outcome.OPEN:
            self.opened.emit()
        elif result.outcome is Outcome.LOCKED:
            self.error.show_message(
                self.tr("Too many wrong tries. Please wait {seconds} seconds.").format(
                    seconds=result.seconds_left
                )
            )
        else:
            self.error.show_message(
                self.tr("That PIN is not right. Tries left before a short wait: {left}.").format(
                    left=result.tries_left
                )
            )

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Carer part"))
        self.intro.setText(
            self.tr("This part is for the carer: who trains, and the PIN. Type the carer PIN.")
        )
        self.label.setText(self.tr("Carer PIN"))
        self.pin.setAccessibleName(self.tr("Carer PIN"))
        self.open_button.setText(self.tr("Open"))
        self.back.setText(self.tr("Back"))
