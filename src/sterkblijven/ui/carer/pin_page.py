"""The carer's PIN, asked before the carer part opens."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QWidget

from sterkblijven.services.carer import CarerAccess, Outcome
from sterkblijven.ui.common.editing import pin_field
from sterkblijven.ui.common.messages import MessageSlot
from sterkblijven.ui.common.operations import attempt
from sterkblijven.ui.common.widgets import (
    BigButton,
    Card,
    Retranslating,
    ScrollPage,
    TextLabel,
    button_row,
    page_with_footer,
)
from sterkblijven.words.basics import path_text

# As the installers put the program in place (see README: installing on Windows and macOS).
WINDOWS_LINE = '"%LOCALAPPDATA%\\Programs\\sterkblijven\\sterkblijven-cli.exe" --reset-pin'
MAC_LINE = "/Applications/sterkblijven.app/Contents/MacOS/sterkblijven --reset-pin"


def _typed_line(text: str) -> TextLabel:
    """Return a line to type, in letters of one width, that may wrap after each folder."""
    line = TextLabel()
    line.setText(path_text(text))
    line.setAccessibleName(text)
    font = line.font()
    font.setFamilies([QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()])
    line.setFont(font)
    return line


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
        self.error = MessageSlot(2)  # in room kept for it: Open stays where it is
        self.open_button = BigButton("primary")
        self.forgot = BigButton()
        # How to get back in, below the buttons, where opening it moves none of them.
        self.help = Card()
        self.help_title = TextLabel("heading")
        self.help_intro = TextLabel()
        self.help_windows = TextLabel()
        self.help_mac = TextLabel()
        self.help_after = TextLabel()
        # On a practice's server the PIN is kept in the practice's data, out of this computer's
        # reach: the practice's administrator removes it there.
        self.help_server = TextLabel()
        self.help_server.hide()
        # The lines to type are the same in every language, in letters that tell 1 from l.
        self.windows_line = _typed_line(WINDOWS_LINE)
        self.mac_line = _typed_line(MAC_LINE)
        for widget in (
            self.help_title,
            self.help_intro,
            self.help_windows,
            self.windows_line,
            self.help_mac,
            self.mac_line,
            self.help_after,
            self.help_server,
        ):
            self.help.content.addWidget(widget)
        self._local_help = (
            self.help_intro,
            self.help_windows,
            self.windows_line,
            self.help_mac,
            self.mac_line,
            self.help_after,
        )
        self.help.hide()
        above: tuple[QWidget, ...] = (self.title, self.intro, self.label, self.pin, self.error)
        for part in above:
            self.page.body.addWidget(part)
        self.page.body.addLayout(button_row(self.open_button, self.forgot))
        self.page.body.addWidget(self.help)
        self.page.body.addStretch(1)
        self.back = BigButton()
        page_with_footer(self, self.page, button_row(self.back))
        self.open_button.clicked.connect(self.on_open)
        self.pin.returnPressed.connect(self.on_open)
        self.back.clicked.connect(self.back_requested)
        self.forgot.clicked.connect(self.on_forgot)
        self.retranslate_ui()

    def reset(self) -> None:
        """Empty the field and the message, and fold the help away."""
        self.pin.clear()
        self.error.show_message("")
        self.help.hide()
        self.pin.setFocus()

    def on_forgot(self) -> None:
        """Show, or fold away, how to get back in without the PIN: here, or on the server."""
        if self.help.isHidden():
            on_server = bool(attempt(self._access.on_server, self.error.show_message)[1])
            for part in self._local_help:
                part.setVisible(not on_server)
            self.help_server.setVisible(on_server)
        self.help.setVisible(self.help.isHidden())
        if self.help.isVisible():
            self.page.bring_into_view(self.help_title)  # its top, where it begins

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
        self.forgot.setText(self.tr("PIN forgotten?"))
        self.help_title.setText(self.tr("PIN forgotten: how to get back in"))
        self.help_intro.setText(
            self.tr(
                "Anyone who may use this computer can remove the PIN. The carer part then opens "
                "without a PIN, and you can set a new one there. Nothing else changes. First "
                "close sterkblijven."
            )
        )
        self.help_windows.setText(
            self.tr(
                "On Windows: click the Start button, type cmd and press Enter. A black window "
                "opens. Type this line in it exactly as it is here, then press Enter:"
            )
        )
        self.help_mac.setText(
            self.tr(
                "On a Mac: open the Applications folder, then the Utilities folder, then "
                "Terminal. Type this line in it exactly as it is here, then press Enter:"
            )
        )
        self.help_after.setText(
            self.tr(
                "The window answers that the PIN is removed. Close it, start sterkblijven again "
                "and open the carer part. Was sterkblijven set up with a data folder of its own "
                "(--data-dir)? Then add --data-dir and that folder at the end of the line."
            )
        )
        self.help_server.setText(
            self.tr(
                "This computer uses the practice's data on a server, and the PIN is kept there. "
                "Removing it on this computer does not help. Ask the practice's administrator, "
                "who looks after the server, to remove the PIN."
            )
        )
        self.back.setText(self.tr("Back"))
