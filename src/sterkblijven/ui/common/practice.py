"""The link of a computer to a practice's server: kept in the computer's own settings.

The address and the login are this computer's (QSettings), never the database's: the database
is the server, which must be known before it can be read. The password is never kept here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSettings

from sterkblijven.services.connection import DEFAULT_PORT, PasswordVault, PracticeServer

_GROUP = "practice_server"
_KEYS = ("host", "port", "database", "user", "ca_file")


class PracticeSettings:
    """Reads, keeps and forgets the server this computer connects to."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def server(self) -> PracticeServer | None:
        """Return the stored server, or None when this computer keeps its data itself."""
        self._settings.beginGroup(_GROUP)
        try:
            values = {key: str(self._settings.value(key, "") or "") for key in _KEYS}
        finally:
            self._settings.endGroup()
        if not (values["host"] and values["database"] and values["user"]):
            return None
        port = values["port"]
        return PracticeServer(
            host=values["host"],
            database=values["database"],
            user=values["user"],
            port=int(port) if port.isdecimal() else DEFAULT_PORT,
            ca_file=values["ca_file"],
        )

    def keep(self, server: PracticeServer) -> None:
        """Store the server (without any password) for the next starts."""
        self._settings.beginGroup(_GROUP)
        try:
            self._settings.setValue("host", server.host)
            self._settings.setValue("port", str(server.port))
            self._settings.setValue("database", server.database)
            self._settings.setValue("user", server.user)
            self._settings.setValue("ca_file", server.ca_file)
        finally:
            self._settings.endGroup()
        self._settings.sync()

    def forget(self) -> None:
        """Go back to the data on this computer at the next start."""
        self._settings.remove(_GROUP)
        self._settings.sync()


# Connects once with a server and password; returns "" or the problem's code.
LoginTry = Callable[[PracticeServer, str], str]


@dataclass(frozen=True)
class PracticeLink:
    """What the window needs to connect this computer to a practice's server."""

    settings: PracticeSettings
    vault: PasswordVault
    try_login: LoginTry
