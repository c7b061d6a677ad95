"""One running app per data folder: a second start brings the first window forward.

The folder lock (paths.FolderLock, released by the system when the app ends however it ends)
keeps a second writer out. The first app listens on a local socket and writes its name in the
data folder, which only its user can read; a second start reads it there, asks the first to
show its window, and says that it did only when the first answered so.

Another user must not be able to take the socket's place and be asked instead. On POSIX the
socket lives in a folder only this user can enter (the runtime folder, else the temporary
one), and the folder and the socket are checked for their owner before use. Its name holds a
random part, also on Windows where it names a pipe, so no one can make it beforehand.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from sterkblijven.paths import LOCK_NAME, DataPaths, FolderLock, write_private_files

if TYPE_CHECKING:
    # Loaded when the app listens, after its first paint: the start does not wait for it.
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

__all__ = ["LOCK_NAME", "SingleInstance", "server_name"]

INSTANCE_NAME = "sterkblijven.instance"
SHOW_REQUEST = b"show\n"
SHOWN_ANSWER = b"shown\n"
LONGEST_MESSAGE = 64
# Waits for the other app to answer; short, since it runs on the same computer.
ANSWER_MS = 2000
# A socket's path holds at most 103 bytes on macOS (107 on Linux): the folder, a slash and
# the 16 characters of the name must fit.
LONGEST_SOCKET_FOLDER = 80
_PIPE_NAME = re.compile(r"sterkblijven-[0-9a-f]{16}")


def server_name(data_dir: Path) -> str | None:
    """Return the name the app holding the folder listens on; None when there is none to trust."""
    try:
        name = (data_dir / INSTANCE_NAME).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return name if _trusted(name) else None


def _trusted(name: str) -> bool:
    if sys.platform == "win32":
        return _PIPE_NAME.fullmatch(name) is not None
    socket = Path(name)
    if not socket.is_absolute():
        return False
    try:
        status = socket.lstat()
    except OSError:
        return False
    return (
        stat.S_ISSOCK(status.st_mode) and status.st_uid == os.getuid() and _private(socket.parent)
    )


def _private(folder: Path) -> bool:
    """Return True for a real folder (not a link) of this user that no one else may enter."""
    try:
        status = folder.lstat()
    except OSError:
        return False
    return (
        stat.S_ISDIR(status.st_mode)
        and status.st_uid == os.getuid()
        and stat.S_IMODE(status.st_mode) & 0o077 == 0
    )


def _socket_folder() -> Path | None:
    """Return a folder for the socket that only this user can enter; made when needed."""
    uid = os.getuid()
    for base in (os.environ.get("XDG_RUNTIME_DIR", ""), tempfile.gettempdir(), "/tmp"):
        if not os.path.isabs(base):
            continue
        folder = Path(base) / f"sterkblijven-{uid}"
        if len(os.fsencode(folder)) > LONGEST_SOCKET_FOLDER:
            continue
        with contextlib.suppress(OSError):  # there already (checked below), or no room here
            folder.mkdir(mode=0o700)
        if _private(folder):
            return folder
    return None


def _new_name() -> str | None:
    """Return a fresh name to listen on, or None where no private place can be had."""
    import secrets  # loaded when the app listens, after its first paint

    token = secrets.token_hex(8)
    if sys.platform == "win32":
        return f"sterkblijven-{token}"
    folder = _socket_folder()
    return None if folder is None else str(folder / token)


class SingleInstance(QObject):
    """Holds the data folder for this app, and hears when another start wants it shown."""

    show_requested = Signal()

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self._data_dir = data_dir
        self._lock = FolderLock(data_dir)
        self._server: QLocalServer | None = None
        self._sockets: list[QLocalSocket] = []

    def acquire(self, *, listen: bool = True) -> bool:
        """Take the data folder; False when another running app has it.

        Without ``listen`` the app starts hearing a second start only once ``listen`` is called
        (after its first paint). Raises OSError when the lock file cannot be made at all (a
        folder that takes no writes).
        """
        DataPaths(self._data_dir).ensure()
        if not self._lock.acquire():
            return False
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Hear a second start of the app on this folder, to bring the window forward."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None:
            return
        # Without a socket the app still runs; a second start then says it does not answer.
        left = server_name(self._data_dir)
        if left is not None:  # a crashed app's; holding the lock proves no one listens there
            QLocalServer.removeServer(left)
        name = _new_name()
        if name is None:
            return
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            server.deleteLater()
            return
        try:
            write_private_files({self._data_dir / INSTANCE_NAME: f"{name}\n".encode()})
        except OSError:
            server.close()
            server.deleteLater()
            return
        server.newConnection.connect(self._on_connection)
        self._server = server

    def ask_other_to_show(self) -> bool:
        """Ask the app that has the folder to bring its window forward; True when it did."""
        name = server_name(self._data_dir)
        if name is None:
            return False
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(name)
        if not socket.waitForConnected(ANSWER_MS):
            return False
        socket.write(SHOW_REQUEST)
        shown = socket.waitForBytesWritten(ANSWER_MS) and _answer(socket) == SHOWN_ANSWER
        socket.abort()
        return shown

    def release(self) -> None:
        """Give the data folder back (at exit)."""
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
            with contextlib.suppress(OSError):
                (self._data_dir / INSTANCE_NAME).unlink(missing_ok=True)
        for socket in self._sockets:
            socket.abort()
            socket.deleteLater()
        self._sockets.clear()
        self._lock.release()

    def _on_connection(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            self._sockets.append(socket)  # held here until read, then let go
            socket.readyRead.connect(self._on_request)

    def _on_request(self) -> None:
        for socket in [s for s in self._sockets if s.bytesAvailable()]:
            if not socket.canReadLine() and socket.bytesAvailable() < LONGEST_MESSAGE:
                continue  # the rest of the request is still on its way
            request = bytes(socket.readLine(LONGEST_MESSAGE).data())
            self._sockets.remove(socket)
            if request == SHOW_REQUEST:
                self.show_requested.emit()
                socket.write(SHOWN_ANSWER)
            socket.disconnected.connect(socket.deleteLater)
            socket.disconnectFromServer()  # once the answer has gone out


def _answer(socket: QLocalSocket) -> bytes:
    """Return the line the other app answered, or nothing when it did not within the wait."""
    deadline = time.monotonic() + ANSWER_MS / 1000
    while not socket.canReadLine():
        left_ms = int((deadline - time.monotonic()) * 1000)
        if socket.bytesAvailable() >= LONGEST_MESSAGE or left_ms <= 0:
            return b""
        if not socket.waitForReadyRead(left_ms):
            return b""
    return bytes(socket.readLine(LONGEST_MESSAGE).data())
