"""Connecting this computer to a practice's shared server: the address, the login, the password.

The address and the login are the computer's own settings (kept by the window, without the
password); the password is asked at each start, or kept in the system's keyring when the carer
chooses so. Nothing here knows Qt: the window asks, this module connects.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sterkblijven.storage.problems import DatabaseProblem

if TYPE_CHECKING:
    from sterkblijven.storage import Database

# The name under which passwords are kept in the system's keyring.
KEYRING_SERVICE = "sterkblijven"
DEFAULT_PORT = 5432
# What can be wrong with the form itself, before any connection is tried.
FORM_PROBLEMS = (
    "no_address",
    "bad_port",
    "no_database",
    "no_user",
    "no_password",
    "no_certificate",
    "certificate_missing",
)


@dataclass(frozen=True, slots=True)
class PracticeServer:
    """Where a practice's server is and who logs in to it; never the password."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    ca_file: str = ""

    @property
    def on_socket(self) -> bool:
        """Return True when the address is a folder holding the server's socket (no TLS)."""
        return self.host.startswith("/") or Path(self.host).is_dir()

    @property
    def account(self) -> str:
        """Return the keyring's name for this login: ``user@host``."""
        return f"{self.user}@{self.host}"


def practice_server_url(
    host: str, port: int, database: str, user: str, password: str, ca_file: str = ""
) -> str:
    """Return the SQLAlchemy URL of a practice's server.

    Over the network the server's certificate is checked against the practice's own
    certificate file (``verify-full``: also its name), so a password is never sent to a
    machine pretending to be the server. A socket folder on this computer needs no TLS.
    """
    # Loaded here: the window's start, which reads the stored server, needs no SQLAlchemy.
    from sterkblijven.storage.server import server_url as database_url

    return database_url(host, database, user, password, Path(ca_file) if ca_file else None, port)


def form_problem(
    host: str, port: str, database: str, user: str, password: str, ca_file: str
) -> tuple[str, PracticeServer | None]:
    """Check the form; return a problem code from FORM_PROBLEMS (or "") and the server."""
    host, database, user, ca_file = host.strip(), database.strip(), user.strip(), ca_file.strip()
    if not host:
        return "no_address", None
    port_text = port.strip() or str(DEFAULT_PORT)
    if not port_text.isdecimal() or not 0 < int(port_text) < 65536:
        return "bad_port", None
    if not database:
        return "no_database", None
    if not user:
        return "no_user", None
    if not password:
        return "no_password", None
    server = PracticeServer(host, database, user, int(port_text), ca_file)
    if not server.on_socket:
        if not ca_file:
            return "no_certificate", None
        if not Path(ca_file).is_file():
            return "certificate_missing", None
    return "", server


def server_url(server: PracticeServer, password: str) -> str:
    """Return the URL of a stored server with its password."""
    return practice_server_url(
        server.host, server.port, server.database, server.user, password, server.ca_file
    )


Opener = Callable[[str], "Database"]


def try_login(server: PracticeServer, password: str, opener: Opener | None = None) -> str:
    """Connect once to see that the login works; return "" or the DatabaseProblem code.

    The codes a carer can act on: "login_failed", "server_unreachable", "server_older",
    "server_newer"; anything else is told as a general problem. ``opener`` opens a database
    at a URL; the app's own by default.
    """
    if opener is None:
        from sterkblijven.storage import open_database

        opener = open_database
    try:
        database = opener(server_url(server, password))
    except DatabaseProblem as problem:
        return problem.code
    database.close()
    return ""


class PasswordVault:
    """The system's keyring, where a carer may keep the password; absent on some systems."""

    def available(self) -> bool:
        """Return True when this computer has a keyring that can keep a password."""
        try:
            import keyring
        except ImportError:  # the server extra is not installed
            return False
        return _usable(keyring.get_keyring())

    def remember(self, server: PracticeServer, password: str) -> bool:
        """Keep the password; return False (and keep nothing) when no keyring can."""
        if not self.available():
            return False
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(KEYRING_SERVICE, server.account, password)
        except KeyringError:
            return False
        return True

    def recall(self, server: PracticeServer) -> str | None:
        """Return the kept password, or None when none is kept or no keyring is there."""
        try:
            import keyring
            from keyring.errors import KeyringError
        except ImportError:
            return None
        try:
            return keyring.get_password(KEYRING_SERVICE, server.account)
        except KeyringError:
            return None

    def forget(self, server: PracticeServer) -> None:
        """Remove a kept password, if there is one."""
        try:
            import keyring
            from keyring.errors import KeyringError
        except ImportError:
            return
        with contextlib.suppress(KeyringError):
            keyring.delete_password(KEYRING_SERVICE, server.account)


def _usable(backend: object) -> bool:
    # keyring's "fail" backend (priority 0) is what it falls back to when no real one exists.
    priority = getattr(backend, "priority", 0)
    return bool(priority and priority > 0)
