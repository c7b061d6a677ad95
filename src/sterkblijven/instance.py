"""One running app per data folder: a second start brings the first window forward.

A lock file in the data folder keeps a second writer out (a crashed app's lock is stale and
taken over), and a local socket named after the folder carries the "show yourself" request.
"""

from __future__ import annotations

import errno
import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_NAME = "sterkblijven.lock"
SHOW_REQUEST = b"show\n"
# Waits for the other app to answer; short, since it runs on the same computer.
ANSWER_MS = 2000


def server_name(data_dir: Path) -> str:
    """Return the local socket's name for one user and one data folder."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment or the password database
        user = ""
    key = hashlib.sha256(f"{user}\0{data_dir.resolve()}".encode()).hexdigest()[:24]
    return f"sterkblijven-{key}"


class SingleInstance(QObject):
    """Holds the data folder for this app, and hears when another start wants it shown."""

    show_requested = Signal()

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self._data_dir = data_dir
        self._lock = QLockFile(str(data_dir / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # only a dead process's lock is stale, however old
        self._server: QLocalServer | None = None
        self._sockets: list[QLocalSocket] = []

    def acquire(self) -> bool:
        """Take the data folder; False when another running app has it.

        Raises OSError when the lock file cannot be made at all (a folder that takes no writes).
        """
        self._data_dir.mkdir(parents=True, exist_ok=True)
        if not self._lock.tryLock(0):
            if self._lock.error() == QLockFile.LockError.LockFailedError:
                return False
            raise OSError(errno.EACCES, "the lock file cannot be made", self._lock.fileName())
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(self._data_dir)
        if not server.listen(name):
            # A socket left by a crashed app; the lock proves no one else listens.
            QLocalServer.removeServer(name)
            server.listen(name)
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    def ask_other_to_show(self) -> bool:
        """Ask the app that has the folder to bring its window forward; True when it answered."""
        socket = QLocalSocket()
        socket.connectToServer(server_name(self._data_dir))
        if not socket.waitForConnected(ANSWER_MS):
            return False
        socket.write(SHOW_REQUEST)
        sent = socket.waitForBytesWritten(ANSWER_MS)
        socket.disconnectFromServer()
        return sent

    def release(self) -> None:
        """Give the data folder back (at exit)."""
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        for socket in self._sockets:
            socket.abort()
            socket.deleteLater()
        self._sockets.clear()
        self._lock.unlock()

    def _on_connection(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            self._sockets.append(socket)  # held here until read, then let go
            socket.readyRead.connect(self._on_request)

    def _on_request(self) -> None:
        for socket in [s for s in self._sockets if s.bytesAvailable()]:
            request = bytes(socket.readAll().data())
            self._sockets.remove(socket)
            socket.abort()
            socket.deleteLater()
            if request.startswith(SHOW_REQUEST.strip()):
                self.show_requested.emit()


def data_in_use(data_dir: Path) -> bool:
    """Return True when a running app holds the data folder (for the command-line tools)."""
    lock = QLockFile(str(data_dir / LOCK_NAME))
    lock.setStaleLockTime(0)
    if not data_dir.is_dir():
        return False
    if lock.tryLock(0):
        lock.unlock()
        return False
    return True
