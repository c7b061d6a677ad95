"""The first run's way to a practice's server: the form, its messages, and what it keeps.

The Dutch of these texts is added to the translations separately; the tests compare with the
words the app means to show, in the language in force.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from sterkblijven.app import AppContext
from sterkblijven.ui.common.files import PresetFiles
from sterkblijven.ui.first_run.server_page import ServerPage
from sterkblijven.words import connection as words
from tests.postgres import ThrowawayServer
from tests.ui.practice import (
    MemoryKeyring,
    computer,
    link,
    memory_keyring,
    no_keyring,
    practice_context,
    server_database,
    socket_server,
)

__all__ = [
    "computer",
    "link",
    "memory_keyring",
    "no_keyring",
    "practice_context",
    "server_database",
]


def open_server_form(context: AppContext) -> ServerPage:
    """Tap the quiet button on the first page, then choose the practice's server."""
    window = context.window
    wizard = window.wizard
    assert wizard is not None and wizard.to_server.isVisible()
    wizard.to_server.click()
    page = window.server_page
    assert page is not None and window.stack.currentWidget() is page
    assert page.title.text() == page.tr("Where do you keep the data?")
    assert not page.form.isVisible()
    page.server.click()
    assert page.form.isVisible() and page.connect_button.isVisible()
    return page


def fill(page: ServerPage, host: str, port: int, database: str, password: str) -> None:
    """Fill in the form as a carer would."""
    page.address.setText(host)
    page.port.setText(str(port))
    page.database.setText(database)
    page.user.setText("postgres")
    page.password.setText(password)


def test_at_home_the_first_run_shows_no_server(context: AppContext) -> None:
    """A trainee at home sees no more than before: no way to a server is offered."""
    wizard = context.window.wizard
    assert wizard is not None
    assert not wizard.to_server.isVisible()


def test_this_computer_leads_back_to_the_usual_first_run(practice_context: AppContext) -> None:
    """Choosing "this computer" returns to the first page of the usual questions."""
    page = open_server_form(practice_context)
    page.here.click()
    window = practice_context.window
    assert window.stack.currentWidget() is window.wizard


def test_the_form_says_what_is_missing(practice_context: AppContext) -> None:
    """An empty form, a network address without a certificate: each has its plain message."""
    page = open_server_form(practice_context)
    page.connect_button.click()
    assert page.error.text() == words.form_problem("no_address")
    fill(page, "db.praktijk.nl", 5432, "sterkblijven", "geheim")
    page.connect_button.click()
    assert page.error.text() == words.form_problem("no_certificate")


def test_wrong_password_and_no_server_are_told_plainly(
    practice_context: AppContext,
    postgres_server: ThrowawayServer,
    server_database: str,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    """A wrong password and a folder without a server each get their own plain message."""
    page = open_server_form(practice_context)
    server = socket_server(postgres_server, server_database)
    fill(page, server.host, server.port, server_database, "niet-het-wachtwoord")
    with qtbot.assertNotEmitted(page.connected):
        page.connect_button.click()
    assert page.error.text() == words.login_problem("login_failed")
    fill(page, str(tmp_path), server.port, server_database, postgres_server.password)
    page.connect_button.click()
    assert page.error.text() == words.login_problem("server_unreachable")


def test_a_connection_is_kept_without_its_password(
    practice_context: AppContext,
    postgres_server: ThrowawayServer,
    server_database: str,
    computer: QSettings,
    memory_keyring: MemoryKeyring,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    """Connecting keeps the address and login in the settings; the password only in the keyring."""
    page = open_server_form(practice_context)
    server = socket_server(postgres_server, server_database)
    fill(page, server.host, server.port, server_database, postgres_server.password)
    page.remember.click()
    assert page.remember.isChecked()
    with qtbot.waitSignal(page.connected) as connected:
        page.connect_button.click()
    url = str(connected.args[0]) if connected.args else ""
    assert url.startswith("postgresql+psycopg://postgres:")
    assert server_database in url
    computer.sync()
    kept = (tmp_path / "computer.ini").read_text()
    assert server_database in kept and server.host in kept
    assert postgres_server.password not in kept
    assert memory_keyring.passwords == {
        ("sterkblijven", f"postgres@{server.host}"): postgres_server.password
    }


def test_without_a_keyring_the_password_is_not_remembered(
    practice_context: AppContext, no_keyring: None
) -> None:
    """With no keyring on the computer, remembering is refused with a plain word."""
    page = open_server_form(practice_context)
    page.remember.click()
    assert not page.remember.isChecked()
    assert page.notice.isVisible()
    assert page.notice.text() == words.no_keyring()


def test_over_the_network_the_chosen_certificate_is_used(
    practice_context: AppContext, tmp_path: Path
) -> None:
    """The certificate comes from the file chooser; with it the server's address is tried."""
    page = open_server_form(practice_context)
    certificate = tmp_path / "praktijk-ca.crt"
    certificate.write_text("-----BEGIN CERTIFICATE-----\n")
    files = practice_context.window._parts.files
    assert isinstance(files, PresetFiles)
    files.open_path = certificate
    page.choose_file.click()
    assert page.certificate.text() == str(certificate)
    fill(page, "127.0.0.1", 1, "sterkblijven", "geheim")  # nothing listens on port 1
    page.connect_button.click()
    assert page.error.text() == words.login_problem("server_unreachable")
