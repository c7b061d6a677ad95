"""Stopping: the advice after pain or a stop signal, and the question before ending early."""

from __future__ import annotations

from PySide6.QtCore import Signal

from sterkblijven.ui.common.view import View
from sterkblijven.ui.common.widgets import BigButton, TextLabel, button_row


class StopAdviceView(View):
    """After too much pain or a stop signal: stop this exercise, and where to get advice."""

    go_on = Signal()
    stop_requested = Signal()
    undo_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.advice = TextLabel()
        self.body.addWidget(self.advice)
        self.body.addStretch(1)
        self.wrong = BigButton()
        self.body.addLayout(button_row(self.wrong))
        self.next = BigButton("primary")
        self.stop = BigButton()
        self.footer.addWidget(self.stop)
        self.footer.addStretch(1)
        self.footer.addWidget(self.next)
        self.next.clicked.connect(self.go_on)
        self.stop.clicked.connect(self.stop_requested)
        self.wrong.clicked.connect(self.undo_requested)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Stop this exercise"))
        self.advice.setText(
            self.tr(
                "You had a lot of pain, or something that is a reason to stop. Please do not "
                "do this exercise any more today. Your answers are saved.\n\nDoes the pain "
                "stay, or does a joint swell, feel warm, lock or give way? Contact your GP or "
                "physiotherapist. This is advice, not a diagnosis."
            )
        )
        self.next.setText(self.tr("Skip it and go on"))
        self.stop.setText(self.tr("Stop the session"))
        self.wrong.setText(self.tr("I tapped a wrong answer: undo this set"))


class ConfirmStopView(View):
    """Asks before a session ends early; what was done stays saved."""

    confirmed = Signal()
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.text = TextLabel()
        self.body.addWidget(self.text)
        self.body.addStretch(1)
        self.yes = BigButton("primary")
        self.no = BigButton()
        self.footer.addWidget(self.no)
        self.footer.addStretch(1)
        self.footer.addWidget(self.yes)
        self.yes.clicked.connect(self.confirmed)
        self.no.clicked.connect(self.cancelled)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Stop the session?"))
        self.text.setText(self.tr("Everything you have done so far stays saved."))
        self.yes.setText(self.tr("Yes, stop now"))
        self.no.setText(self.tr("No, go on"))
