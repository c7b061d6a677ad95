"""The health check asked again (a year on, or after a hospital stay), before the next session."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from sterkblijven.domain.readiness import Recheck
from sterkblijven.ui.common.readiness_form import AdviceChoice, ReadinessForm
from sterkblijven.ui.common.widgets import (
    BigButton,
    Card,
    ErrorLabel,
    Retranslating,
    ScrollPage,
    TextLabel,
    button_row,
)
from sterkblijven.words.readiness import recheck_text

# Stores the answers and whether the GP talk is confirmed; returns whether that worked.
Save = Callable[[frozenset[str], bool], bool]


class ReadinessDialog(Retranslating, QDialog):
    """The same questions as in the first run, with the GP advice under them when needed."""

    def __init__(self, reason: Recheck, save: Save, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self._reason = reason
        self._save = save
        self.page = ScrollPage()
        self.title = TextLabel("title")
        self.intro = TextLabel()
        self.form = ReadinessForm()
        self.advice = Card("notice")
        self.advice_title = TextLabel("heading")
        self.advice_text = TextLabel()
        self.choice = AdviceChoice()
        advice: tuple[QWidget, ...] = (self.advice_title, self.advice_text, self.choice)
        for widget in advice:
            self.advice.content.addWidget(widget)
        shown: tuple[QWidget, ...] = (self.title, self.intro, self.form, self.advice)
        for widget in shown:
            self.page.body.addWidget(widget)
        self.page.body.addStretch(1)
        # Under the page, beside the buttons: a message stays in view however far it scrolled.
        self.error = ErrorLabel()
        self.later = BigButton()
        self.save = BigButton("primary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page, 1)
        footer = QVBoxLayout()
        footer.setContentsMargins(32, 8, 32, 24)
        footer.setSpacing(8)
        footer.addWidget(self.error)
        footer.addLayout(button_row(self.later, self.save, stretch_first=True))
        layout.addLayout(footer)
        self.form.changed.connect(self._show_advice)
        self.later.clicked.connect(self.reject)
        self.save.clicked.connect(self.on_save)
        self._show_advice()
        self.retranslate_ui()
        # As large as the window it belongs to: at 200 % text there is a lot to show.
        size = parent.size() if parent is not None else None
        self.resize(
            max(900, size.width() - 80) if size else 900,
            max(640, size.height() - 80) if size else 640,
        )

    def _show_advice(self) -> None:
        topics = self.form.open_topics()
        self.advice.setVisible(bool(topics))
        self.choice.show_topics(topics)

    def on_save(self) -> None:
        """Store the answers once every question asked is answered; say what is missing."""
        problem = self.form.problem()
        if problem:
            self.error.show_message(problem)
            first = self.form.first_unanswered()
            if first is not None:
                self.page.ensureWidgetVisible(first, 0, 48)
            return
        if self.form.open_topics() and not self.choice.chosen():
            self.error.show_message(
                QCoreApplication.translate("AdviceStep", "Please choose one of the two answers.")
            )
            self.page.ensureWidgetVisible(self.choice.later, 0, 48)  # both choices in view
            return
        self.error.show_message("")
        confirmed = bool(self.form.open_topics()) and self.choice.confirmed()
        if self._save(self.form.yes_answers(), confirmed):
            self.accept()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Health questions"))
        self.title.setText(self.tr("Is it still safe to train?"))
        self.intro.setText(recheck_text(self._reason))
        self.advice_title.setText(
            QCoreApplication.translate("AdviceStep", "Talk with your GP first")
        )
        self.advice_text.setText(
            self.tr(
                "Some of your answers are best talked over with your GP or physiotherapist "
                "before you train again. Training is usually possible, often with some changes."
            )
        )
        self.later.setText(self.tr("Later"))
        self.later.setAccessibleName(self.tr("Answer the questions later"))
        self.save.setText(self.tr("Save my answers"))
