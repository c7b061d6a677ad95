"""The carer part's card on a practice's server: the way back to data on this computer."""

from __future__ import annotations

from PySide6.QtCore import Signal

from sterkblijven.ui.common.widgets import BigButton, Card, Retranslating, TextLabel, button_row


class ServerCard(Retranslating, Card):
    """Says that the data is on the practice's server; disconnects, after a question."""

    disconnect_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.title = TextLabel("heading")
        self.text = TextLabel()
        self.disconnect_button = BigButton()
        self.question = TextLabel()
        self.confirm = BigButton("primary")
        self.cancel = BigButton()
        self.content.addWidget(self.title)
        self.content.addWidget(self.text)
        self.content.addLayout(button_row(self.disconnect_button))
        self.content.addWidget(self.question)
        self.content.addLayout(button_row(self.cancel, self.confirm))
        self.disconnect_button.clicked.connect(lambda: self._asking(True))
        self.cancel.clicked.connect(lambda: self._asking(False))
        self.confirm.clicked.connect(self.disconnect_requested)
        self._asking(False)
        self.retranslate_ui()

    def _asking(self, asking: bool) -> None:
        # Asked first: a tap by mistake would otherwise log the carer out of the practice.
        self.disconnect_button.setVisible(not asking)
        for widget in (self.question, self.confirm, self.cancel):
            widget.setVisible(asking)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Practice server"))
        self.text.setText(
            self.tr(
                "The data is kept on the practice server. You logged in with your own user "
                "name, so no PIN is needed here."
            )
        )
        self.disconnect_button.setText(self.tr("Disconnect this computer from the practice server"))
        self.question.setText(
            self.tr(
                "Disconnect this computer? The data stays on the server. Afterwards this "
                "computer keeps its own data again, as at home."
            )
        )
        self.confirm.setText(self.tr("Yes, disconnect"))
        self.cancel.setText(self.tr("No, stay connected"))
