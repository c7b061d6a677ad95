"""On a practice's server: the next start's login, no PIN, the status line, a dropped connection.

The Dutch of these texts is added to the translations separately; the tests compare with the
words the app means to show, in the language in force.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sterkblijven.app import AppContext, _run_window, stored_server_url
from sterkblijven.cli import parse_arguments
from sterkblijven.domain.session import SessionState
from sterkblijven.services.connection import server_url
from sterkblijven.services.errors import DatabaseProblem
from sterkblijven.services.training import SetInput
from sterkblijven.ui.common.practice import PracticeLink, PracticeSettings
from sterkblijven.ui.session.page import SessionPage
from sterkblijven.ui.shell.login_dialog import LoginChoice, LoginDialog
from sterkblijven.ui.shell.main_window import MainWindow
from sterkblijven.words import connection as words
from sterkblijven.words.problems import database_problem
from tests.postgres import ThrowawayServer
from tests.ui.flows import complete_wizard
from tests.ui.practice import (
    MemoryKeyring,
    build_app,
    computer,
    link,
    memory_keyring,
    server_database,
    socket_server,
)
from tests.ui.session.test_session import do_set, open_session

__all__ = ["computer", "link", "memory_keyring", "server_database"]


@pytest.fixture
def on_server(
    qapp: QApplication,
    qtbot: QtBot,
    tmp_path: Path,
    link: PracticeLink,
    postgres_server: ThrowawayServer,
    server_database: str,
) -> Iterator[AppContext]:
    """Return the app started on the practice's server, as after a login."""
    server = socket_server(postgres_server, server_database)
    link.settings.keep(server)
    context = build_app(tmp_path, qtbot, link, server_url(server, postgres_server.password))
    yield context
    context.close()


def test_the_next_start_logs_in_with_the_kept_password(
    link: PracticeLink,
    memory_keyring: MemoryKeyring,
    postgres_server: ThrowawayServer,
    server_database: str,
) -> None:
    """A kept password that still works opens the server without asking anything."""
    server = socket_server(postgres_server, server_database)
    link.settings.keep(server)
    link.vault.remember(server, postgres_server.password)
    asked: list[str] = []

    def ask(_link: PracticeLink, problem: str) -> tuple[LoginChoice, str]:
        asked.append(problem)
        return LoginChoice.STOPPED, ""

    assert stored_server_url(link, ask) == server_url(server, postgres_server.password)
    assert asked == []


def test_without_a_kept_password_the_login_asks(
    link: PracticeLink,
    memory_keyring: MemoryKeyring,
    postgres_server: ThrowawayServer,
    server_database: str,
) -> None:
    """No kept password: the login is asked; a kept one that fails is asked with its reason."""
    server = socket_server(postgres_server, server_database)
    link.settings.keep(server)
    asked: list[str] = []

    def ask(_link: PracticeLink, problem: str) -> tuple[LoginChoice, str]:
        asked.append(problem)
        return LoginChoice.LOGGED_IN, "the url the login gave"

    assert stored_server_url(link, ask) == "the url the login gave"
    link.vault.remember(server, "an old password")
    assert stored_server_url(link, ask) == "the url the login gave"
    assert asked == ["", "login_failed"]
    assert stored_server_url(link, lambda _l, _p: (LoginChoice.STOPPED, "")) is False


def test_this_computer_without_a_server_opens_its_own_data(link: PracticeLink) -> None:
    """Never connected: nothing is asked and the data on this computer opens."""
    assert stored_server_url(link, lambda _l, _p: pytest.fail("asked")) is None


def test_the_login_dialog_tries_the_password_and_may_remember_it(
    qtbot: QtBot,
    link: PracticeLink,
    memory_keyring: MemoryKeyring,
    postgres_server: ThrowawayServer,
    server_database: str,
) -> None:
    """A wrong password is told plainly; the right one logs in, kept when chosen."""
    server = socket_server(postgres_server, server_database)
    link.settings.keep(server)
    dialog = LoginDialog(link, server)
    qtbot.addWidget(dialog)
    assert "postgres" in dialog.who.text()
    dialog.password.setText("wrong")
    dialog.log_in.click()
    assert dialog.error.text() == words.login_problem("login_failed")
    assert dialog.choice is LoginChoice.STOPPED
    dialog.password.setText(postgres_server.password)
    dialog.remember.click()
    dialog.log_in.click()
    assert dialog.choice is LoginChoice.LOGGED_IN
    assert dialog.url == server_url(server, postgres_server.password)
    assert link.vault.recall(server) == postgres_server.password


def test_the_login_dialog_can_disconnect_this_computer(
    qtbot: QtBot, link: PracticeLink, computer: QSettings, tmp_path: Path
) -> None:
    """Disconnecting forgets the server: the next start opens this computer's own data."""
    from sterkblijven.services.connection import PracticeServer

    server = PracticeServer("db.praktijk.nl", "sterkblijven", "anna", ca_file="/c/ca.crt")
    link.settings.keep(server)
    dialog = LoginDialog(link, server, "server_unreachable")
    qtbot.addWidget(dialog)
    assert dialog.error.text() == words.login_problem("server_unreachable")
    dialog.disconnect_button.click()
    assert dialog.choice is LoginChoice.DISCONNECTED
    assert link.settings.server() is None
    assert "db.praktijk.nl" not in (tmp_path / "computer.ini").read_text()


def test_on_the_server_the_carer_part_opens_without_the_pin(on_server: AppContext) -> None:
    """The carer's login replaces the PIN: a PIN kept in the data is not asked for."""
    window = on_server.window
    window._parts.carer.set_pin("2468")  # as a home computer's data brought to the server
    complete_wizard(window)
    window.open_carer()
    carer = window.pages.carer
    assert window.stack.currentWidget() is carer
    assert not carer.pin_card.isVisible()
    assert carer.server_card.isVisible()


def test_disconnecting_in_the_carer_part_goes_back_to_this_computer(
    on_server: AppContext, qtbot: QtBot, link: PracticeLink
) -> None:
    """Disconnecting asks first, then forgets the server and reopens this computer's data."""
    window = on_server.window
    complete_wizard(window)
    window.open_carer()
    card = window.pages.carer.server_card
    card.disconnect_button.click()
    assert card.confirm.isVisible()
    with qtbot.waitSignal(window.reopen_requested) as reopened:
        card.confirm.click()
    assert reopened.args == [""]
    assert link.settings.server() is None


def test_the_status_line_follows_the_saves(
    on_server: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The line says connected; a save lost with the connection changes it; the next one back."""
    window = on_server.window
    line = window.connection_line
    assert line is not None and line.isVisible()
    assert line.text() == words.status(True)
    page = _session(on_server)
    training = window._parts.training
    real = training.record_set
    refusing = {"count": 1}

    def record_set(session_id: int, position: int, entry: SetInput) -> SessionState:
        # The first save meets a connection that is gone, as the storage layer tells it.
        if refusing["count"]:
            refusing["count"] -= 1
            raise DatabaseProblem("connection_lost", "the server")
        return real(session_id, position, entry)

    monkeypatch.setattr(training, "record_set", record_set)
    do_set(page, 18)
    assert page.current_view() is page.pain  # what was entered waits on screen
    assert page.error.text() == database_problem("connection_lost")
    assert page.pain.save.text() == page.pain.tr("Save again")
    assert line.text() == words.status(False)
    page.pain.save.click()  # the same answers, saved again
    assert page.current_view() is not page.pain
    assert line.text() == words.status(True)
    page.rest.go_on.click()
    assert page.current_view() is page.exercise
    do_set(page, 19)  # the next set's question offers a plain Save again
    assert page.pain.save.text() == page.pain.tr("Save this set")


def test_a_connection_ended_between_two_sets_loses_no_set(
    on_server: AppContext, postgres_server: ThrowawayServer, server_database: str
) -> None:
    """The server ends the app's connections between two sets: both sets are kept."""
    page = _session(on_server)
    do_set(page, 21)
    if page.current_view() is page.rest:
        page.rest.go_on.click()
    postgres_server.execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        f"WHERE datname = '{server_database}' AND pid <> pg_backend_pid()"
    )
    do_set(page, 17)
    if page.current_view() is page.pain:  # refused: the answers wait, and are saved again
        page.pain.save.click()
    assert page.current_view() is not page.pain
    with psycopg.connect(postgres_server.conninfo(server_database)) as connection:
        rows = connection.execute("SELECT reps FROM sets WHERE undone_at IS NULL ORDER BY id")
        assert [reps for (reps,) in rows] == [21, 17]


def _session(context: AppContext) -> SessionPage:
    page = open_session(context)
    page.warmup.finish.click()
    return page


def test_connecting_in_the_first_run_goes_on_with_the_server(
    qapp: QApplication,
    tmp_path: Path,
    computer: QSettings,
    postgres_server: ThrowawayServer,
    server_database: str,
) -> None:
    """As the app runs: connecting in the first run reopens the window on the server."""
    options = parse_arguments(["--data-dir", str(tmp_path / "data"), "--lang", "nl"])
    server = socket_server(postgres_server, server_database)
    steps: list[str] = []

    def drive() -> None:
        shown = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not shown:
            return
        window = shown[-1]
        if window._parts.on_server:
            line = window.connection_line
            steps.append(line.text() if line is not None else "no status line")
            # In the run's own language (Dutch), which is in force only while it runs.
            steps.append(words.status(True))
            window.close()  # as the carer does: the app ends
        elif not steps and window.wizard is not None:
            steps.append("first run")
            window.wizard.to_server.click()
            page = window.server_page
            assert page is not None
            page.server.click()
            page.address.setText(server.host)
            page.port.setText(str(server.port))
            page.database.setText(server_database)
            page.user.setText("postgres")
            page.password.setText(postgres_server.password)
            page.connect_button.click()

    timer = QTimer()
    timer.timeout.connect(drive)
    timer.start(20)
    try:
        code = _run_window(qapp, options, tmp_path / "data", None, computer)
    finally:
        timer.stop()
    assert code == 0
    assert steps[0] == "first run"
    assert steps[1] == steps[2] == "Verbonden met de praktijkserver"
    assert PracticeSettings(computer).server() == server
