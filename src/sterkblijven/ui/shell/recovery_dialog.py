"""When the data cannot be opened at start: put a backup back, or start afresh keeping it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from sterkblijven.services.backups import RECOVERABLE, BackupInfo
from sterkblijven.ui.common.widgets import (
    BigButton,
    Card,
    Retranslating,
    ScrollPage,
    TextLabel,
    button_row,
    page_with_footer,
)
from sterkblijven.words.backups import backup_kind_text, moment_text
from sterkblijven.words.problems import database_problem

# The newest few that pass their check are offered; an older one is rarely the one wanted,
# and the list stays short.
OFFERED_BACKUPS = 5


class RecoveryDialog(Retranslating, QDialog):
    """Says what is wrong with the data and offers the ways out; nothing happens unasked.

    The backups given are offered as they are: the caller has checked them.
    """

    def __init__(self, code: str, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.chosen_backup: Path | None = None
        self.start_afresh = False
        self._code = code
        self._backups = backups[:OFFERED_BACKUPS] if code in RECOVERABLE else []
        self.page = ScrollPage()
        self.title = TextLabel("title")
        self.problem = TextLabel()
        self.backup_intro = TextLabel("heading")
        self.backup_buttons: list[BigButton] = []
        self.afresh_card = Card()
        self.afresh_text = TextLabel()
        self.afresh = BigButton()
        self.close_button = BigButton("primary")
        body = self.page.body
        body.addWidget(self.title)
        body.addWidget(self.problem)
        body.addWidget(self.backup_intro)
        for backup in self._backups:
            button = BigButton("tile")
            button.clicked.connect(lambda _c=False, b=backup: self.on_backup_chosen(b))
            self.backup_buttons.append(button)
            body.addLayout(button_row(button))
        self.afresh_card.content.addWidget(self.afresh_text)
        self.afresh_card.content.addLayout(button_row(self.afresh))
        body.addWidget(self.afresh_card)
        body.addStretch(1)
        self.backup_intro.setVisible(bool(self._backups))
        self.afresh_card.setVisible(code in RECOVERABLE)
        page_with_footer(self, self.page, button_row(self.close_button, stretch_first=True))
        self.afresh.clicked.connect(self.on_afresh)
        self.close_button.clicked.connect(self.reject)
        self.retranslate_ui()
        self.resize(900, 700)

    def on_backup_chosen(self, backup: BackupInfo) -> None:
        """Put this backup back (the damaged data is kept aside first)."""
        self.chosen_backup = backup.path
        self.accept()

    def on_afresh(self) -> None:
        """Begin with empty data; the damaged data is kept aside, not deleted."""
        self.start_afresh = True
        self.accept()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle("sterkblijven")
        if self._code == "missing":
            self.title.setText(self.tr("Your data cannot be found"))
        else:
            self.title.setText(self.tr("The data cannot be opened"))
        self.problem.setText(database_problem(self._code, at_start=True))
        self.backup_intro.setText(self.tr("Put a backup back:"))
        for button, backup in zip(self.backup_buttons, self._backups, strict=True):
            when = moment_text(backup.made_at)
            button.setText(f"{when}\n{backup_kind_text(backup.kind)}")
            button.setAccessibleName(self.tr("Put back the backup of {moment}").format(moment=when))
        if self._code == "missing":
            afresh = self.tr(
                "Or start afresh with empty data. Nothing is deleted: the backups stay in the "
                "backups folder, so that one can still be put back later."
            )
        else:
            afresh = self.tr(
                "Or start afresh with empty data. The damaged data is not deleted: it is kept "
                "in the backups folder, so that it can be looked at or put back later."
            )
        self.afresh_text.setText(afresh)
        self.afresh.setText(self.tr("Start afresh"))
        self.close_button.setText(self.tr("Close"))
