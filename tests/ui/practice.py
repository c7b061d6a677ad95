"""A practice's server for the window's tests: settings in an INI file, a keyring in memory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sterkblijven.app import AppContext, build, make_qt_app, practice_link
from sterkblijven.services.connection import PracticeServer
from sterkblijven.ui.common.files import PresetFiles
from sterkblijven.ui.common.practice import PracticeLink
from tests.conftest import NOW
from tests.postgres import ThrowawayServer


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps passwords in memory, for one test."""

    priority = 1  # a real backend's priority is above 0

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        """Return a kept password."""
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        """Keep a password."""
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        """Forget a password."""
        self.passwords.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Make the system's keyring one in memory for the test, then put the old one back."""
    before = keyring.get_keyring()
    kept = MemoryKeyring()
    keyring.set_keyring(kept)
    yield kept
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """Make the computer one without a keyring for the test, whatever this machine has."""
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def computer(tmp_path: Path) -> QSettings:
    """Return this computer's settings, in an INI file of the test."""
    return QSettings(str(tmp_path / "computer.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def link(computer: QSettings) -> PracticeLink:
    """Return the link to a practice's server, kept in the test's settings."""
    return practice_link(computer)


@pytest.fixture
def server_database(postgres_server: ThrowawayServer, postgres_template: str) -> Iterator[str]:
    """Return the name of a fresh, migrated database of its own on the throwaway server."""
    name = postgres_server.create_database(template=postgres_template)
    yield name
    postgres_server.drop_database(name)


def socket_server(postgres_server: ThrowawayServer, name: str) -> PracticeServer:
    """Return the throwaway server as a practice's server reached through its socket folder."""
    port = int(parse_qs(urlsplit(postgres_server.url()).query)["port"][0])
    return PracticeServer(str(postgres_server.socket_dir), name, "postgres", port)


def build_app(
    tmp_path: Path, qtbot: QtBot, link: PracticeLink | None, url: str | None = None
) -> AppContext:
    """Build the window as a start does, on this computer's data or on a server's URL."""
    problems: list[str] = []
    built = build(
        make_qt_app([]),
        tmp_path / "data",
        database_url=url,
        language="nl",
        report=problems.append,
        clock=lambda: NOW,
        speech_engine="mock",
        files=PresetFiles(tmp_path),
        practice=link,
    )
    assert built is not None, problems
    built.window.resize(1100, 820)
    built.window.start()
    built.window.show()
    qtbot.waitExposed(built.window)
    return built


@pytest.fixture
def practice_context(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, link: PracticeLink
) -> Iterator[AppContext]:
    """Return the app on a new data folder that offers a practice's server in its first run."""
    context = build_app(tmp_path, qtbot, link)
    yield context
    context.close()
