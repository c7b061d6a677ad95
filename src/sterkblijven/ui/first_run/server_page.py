"""Where the data is kept: on this computer, or on the practice's server (for carers).

Trainees at home reach this only through a quiet button on the first page; the form asks what
the administrator of the practice handed out: the address, the login and a certificate file.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from sterkblijven.services.connection import DEFAULT_PORT, PracticeServer, form_problem, server_url
from sterkblijven.ui.common.editing import fit_to_content, text_field
from sterkblijven.ui.common.files import FileChooser
from sterkblijven.ui.common.practice import PracticeLink
from sterkblijven.ui.common.widgets import (
    BigButton,
    ChoiceButton,
    ErrorLabel,
    Retranslating,
    ScrollPage,
    TextLabel,
    button_row,
    make_exclusive,
    page_with_footer,
)
from sterkblijven.words import connection as words


class ServerPage(Retranslating, QWidget):
    """Choose where the data is kept; for the server, fill in the login and connect."""

    local_chosen = Signal()
    # The server's URL with its password: the app goes on with that database.
    connected = Signal(str)

    def __init__(self, link: PracticeLink, files: FileChooser) -> None:
        super().__init__()
        self._link = link
        self._files = files
        self.page = fit_to_content(ScrollPage())
        body = self.page.body
        self.title = TextLabel("title")
        self.intro = TextLabel()
        self.here = ChoiceButton()
        self.server = ChoiceButton()
        make_exclusive((self.here, self.server))
        self.server_hint = TextLabel("muted")
        for widget in (self.title, self.intro):
            body.addWidget(widget)
        body.addLayout(button_row(self.here, self.server))
        body.addWidget(self.server_hint)
        self.form = QWidget()
        self._make_form(self.form)
        self.form.hide()
        body.addWidget(self.form)
        self.error = ErrorLabel()
        body.addWidget(self.error)
        body.addStretch(1)
        self.back = BigButton()
        self.connect_button = BigButton("primary")
        self.connect_button.hide()
        footer = QHBoxLayout()
        footer.setSpacing(16)
        footer.addWidget(self.back)
        footer.addStretch(1)
        footer.addWidget(self.connect_button)
        page_with_footer(self, self.page, footer)
        self.here.clicked.connect(self.local_chosen)
        self.back.clicked.connect(self.local_chosen)
        self.server.clicked.connect(self.on_server_chosen)
        self.connect_button.clicked.connect(self.on_connect)
        self.choose_file.clicked.connect(self.on_choose_file)
        self.remember.toggled.connect(self.on_remember_toggled)
        self.retranslate_ui()

    def _make_form(self, form: QWidget) -> None:
        layout = QVBoxLayout(form)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.address_label, self.address = self._field(layout, 200)
        self.port_label, self.port = self._field(layout, 5)
        self.port.setText(str(DEFAULT_PORT))
        self.port.setValidator(QIntValidator(1, 65535, self.port))
        self.port.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.database_label, self.database = self._field(layout, 63)
        self.database.setText("sterkblijven")
        self.user_label, self.user = self._field(layout, 63)
        self.password_label, self.password = self._field(layout, 200)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.certificate_label = TextLabel("heading")
        self.certificate = TextLabel()
        self.choose_file = BigButton()
        layout.addWidget(self.certificate_label)
        layout.addWidget(self.certificate)
        layout.addLayout(button_row(self.choose_file))
        self.remember = ChoiceButton()
        layout.addLayout(button_row(self.remember))
        self.notice = TextLabel("muted")
        self.notice.hide()
        layout.addWidget(self.notice)
        self._ca_file = ""

    @staticmethod
    def _field(layout: QVBoxLayout, max_length: int) -> tuple[TextLabel, QLineEdit]:
        label = TextLabel("heading")
        field = text_field(max_length)
        label.setBuddy(field)
        layout.addWidget(label)
        layout.addWidget(field)
        return label, field

    def on_server_chosen(self) -> None:
        """Show the form for the practice's server."""
        self.form.show()
        self.connect_button.show()
        self.error.show_message("")
        self.address.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_choose_file(self) -> None:
        """Ask for the practice's certificate file."""
        title = self.tr("Choose the practice's certificate file")
        chosen = self._files.open_file(self, title, self.tr("Certificates (*.crt *.pem *.cer)"))
        if chosen is not None:
            self._ca_file = str(chosen)
            self._show_certificate()

    def on_remember_toggled(self, checked: bool) -> None:
        """Remembering needs the system's keyring; without one, say so and do not remember."""
        if checked and not self._link.vault.available():
            self.remember.setChecked(False)
            self.notice.setText(words.no_keyring())
            self.notice.show()

    def server_form(self) -> tuple[str, PracticeServer | None]:
        """Return the form's problem code (or "") and the server it names."""
        return form_problem(
            self.address.text(),
            self.port.text(),
            self.database.text(),
            self.user.text(),
            self.password.text(),
            self._ca_file,
        )

    def on_connect(self) -> None:
        """Check the form, then try the login; go on with the server, or say what is wrong."""
        problem, server = self.server_form()
        if server is None:
            self.error.show_message(words.form_problem(problem))
            return
        password = self.password.text()
        # Connecting takes a moment (at most the connection's time limit); the cursor says so
        # and the button takes no second tap meanwhile.
        self.connect_button.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            code = self._link.try_login(server, password)
        finally:
            QApplication.restoreOverrideCursor()
            self.connect_button.setEnabled(True)
        if code:
            self.error.show_message(words.login_problem(code))
            return
        self.error.show_message("")
        self._link.settings.keep(server)
        if self.remember.isChecked():
            self._link.vault.remember(server, password)
        else:
            self._link.vault.forget(server)  # an old password kept for this login goes
        self.connected.emit(server_url(server, password))

    def _show_certificate(self) -> None:
        self.certificate.setText(self._ca_file or self.tr("No file chosen yet."))

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Where do you keep the data?"))
        self.intro.setText(
            self.tr(
                "Most people keep their data on this computer. A practice (a physiotherapist or "
                "a home-care team) may keep it on its own server instead."
            )
        )
        self.here.set_label(self.tr("On this computer"))
        self.server.set_label(self.tr("On the practice server"))
        self.server_hint.setText(
            self.tr(
                "For carers of a practice: the administrator of the practice gives you the "
                "details to fill in."
            )
        )
        for label, field, text in (
            (self.address_label, self.address, self.tr("Address of the server (or its folder)")),
            (self.port_label, self.port, self.tr("Port")),
            (self.database_label, self.database, self.tr("Name of the database")),
            (self.user_label, self.user, self.tr("User name")),
            (self.password_label, self.password, self.tr("Password")),
        ):
            label.setText(text)
            field.setAccessibleName(text)
        self.certificate_label.setText(
            self.tr("The practice's certificate file (not needed for a folder)")
        )
        self._show_certificate()
        self.choose_file.setText(self.tr("Choose the file"))
        self.choose_file.setAccessibleName(self.tr("Choose the practice's certificate file"))
        self.remember.set_label(self.tr("Remember the password on this computer"))
        if self.notice.isVisible():
            self.notice.setText(words.no_keyring())
        self.back.setText(self.tr("Back"))
        self.connect_button.setText(self.tr("Connect"))
