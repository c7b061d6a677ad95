"""The login at the start on a practice's server: the carer's password, when none is kept.

It also offers the way back: disconnecting this computer from the server, after which the
app keeps its data on this computer again.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QHBoxLayout, QWidget

from sterkblijven.services.connection import PracticeServer, server_url
from sterkblijven.ui.common.editing import fit_to_content, text_field
from sterkblijven.ui.common.practice import PracticeLink
from sterkblijven.ui.common.widgets import (
    BigButton,
    ChoiceButton,
    ErrorLabel,
    Retranslating,
    ScrollPage,
    TextLabel,
    button_row,
    page_with_footer,
)
from sterkblijven.words import connection as words


class LoginChoice(enum.Enum):
    """How the login ended."""

    LOGGED_IN = "logged_in"
    DISCONNECTED = "disconnected"  # back to the data on this computer
    STOPPED = "stopped"


class LoginDialog(Retranslating, QDialog):
    """Asks the password of the stored login, tries it, and keeps it when asked to."""

    def __init__(
        self,
        link: PracticeLink,
        server: PracticeServer,
        problem: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._link = link
        self._server = server
        self.choice = LoginChoice.STOPPED
        self.url = ""
        # The words scroll at large text sizes; the footer with Log in always stays in view.
        self.page = fit_to_content(ScrollPage())
        layout = self.page.body
        self.title = TextLabel("title")
        self.who = TextLabel()
        self.password_label = TextLabel("heading")
        self.password = text_field(200)
        self.password.setEchoMode(self.password.EchoMode.Password)
        self.password_label.setBuddy(self.password)
        self.remember = ChoiceButton()
        self.notice = TextLabel("muted")
        self.notice.hide()
        self.error = ErrorLabel()
        self.log_in = BigButton("primary")
        self.log_in.setDefault(True)
        self.disconnect_button = BigButton()
        self.stop = BigButton()
        for widget in (self.title, self.who, self.password_label, self.password):
            layout.addWidget(widget)
        layout.addLayout(button_row(self.remember))
        layout.addWidget(self.notice)
        layout.addWidget(self.error)
        layout.addLayout(button_row(self.disconnect_button))
        layout.addStretch(1)
        footer = QHBoxLayout()
        footer.setSpacing(16)
        footer.addWidget(self.stop)
        footer.addStretch(1)
        footer.addWidget(self.log_in)
        page_with_footer(self, self.page, footer)
        self.resize(900, 700)  # within a 1366x768 screen
        self.log_in.clicked.connect(self.on_log_in)
        self.password.returnPressed.connect(self.on_log_in)
        self.disconnect_button.clicked.connect(self.on_disconnect)
        self.stop.clicked.connect(self.reject)
        self.remember.toggled.connect(self.on_remember_toggled)
        self.retranslate_ui()
        if problem:
            self.error.show_message(words.login_problem(problem))

    def on_remember_toggled(self, checked: bool) -> None:
        """Remembering needs the system's keyring; without one, say so and do not remember."""
        if checked and not self._link.vault.available():
            self.remember.setChecked(False)
            self.notice.setText(words.no_keyring())
            self.notice.show()

    def on_log_in(self) -> None:
        """Try the password; go on when it works, or say why not."""
        password = self.password.text()
        if not password:
            self.error.show_message(words.form_problem("no_password"))
            return
        self.log_in.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            code = self._link.try_login(self._server, password)
        finally:
            QApplication.restoreOverrideCursor()
            self.log_in.setEnabled(True)
        if code:
            self.error.show_message(words.login_problem(code))
            return
        if self.remember.isChecked():
            self._link.vault.remember(self._server, password)
        self.choice = LoginChoice.LOGGED_IN
        self.url = server_url(self._server, password)
        self.accept()

    def on_disconnect(self) -> None:
        """Disconnect this computer from the server: its data is kept here again."""
        self._link.vault.forget(self._server)
        self._link.settings.forget()
        self.choice = LoginChoice.DISCONNECTED
        self.accept()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Log in to the practice server"))
        self.title.setText(self.tr("Log in to the practice server"))
        self.who.setText(
            self.tr("User name: {user} (server: {host})").format(
                user=self._server.user, host=self._server.host
            )
        )
        self.password_label.setText(self.tr("Password"))
        self.password.setAccessibleName(self.tr("Password"))
        self.remember.set_label(self.tr("Remember the password on this computer"))
        self.log_in.setText(self.tr("Log in"))
        self.disconnect_button.setText(self.tr("Disconnect this computer from the practice server"))
        self.stop.setText(self.tr("Stop"))
