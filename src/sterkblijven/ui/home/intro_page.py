"""Before the first session: four short sentences on training with sore joints, then "Go on".

Shown once per person (the shell remembers it through the trainees' use cases): that training
does not wear joints out, that early soreness is normal, how to tell it from joint pain, and
what "until you cannot do more" means. Its sources are named below it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from sterkblijven.ui.common.view import View
from sterkblijven.ui.common.widgets import BigButton, TextLabel
from sterkblijven.words.education import introduction, introduction_title


class IntroPage(View):
    """The short introduction, with one button to go on to the session."""

    go_on = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sentences = [TextLabel() for _ in range(len(introduction()) - 1)]
        self.sources = TextLabel("muted")
        for label in (*self.sentences, self.sources):
            self.body.addWidget(label)
        self.body.addStretch(1)
        self.next = BigButton("primary")
        self.footer.addStretch(1)
        self.footer.addWidget(self.next)
        self.next.clicked.connect(self.go_on)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(introduction_title())
        *sentences, sources = introduction()
        for label, sentence in zip(self.sentences, sentences, strict=True):
            label.setText(sentence)
        self.sources.setText(sources)
        self.next.setText(self.tr("Go on"))
