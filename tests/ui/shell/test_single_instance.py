"""One running app per data folder: a second start brings the first forward."""

from __future__ import annotations

import errno
import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sterkblijven.instance import LOCK_NAME, SingleInstance, server_name
from tests.locks import data_in_use

START_SECONDS = 60
POSIX = sys.platform != "win32"


def ask_beside(qtbot: QtBot, data: Path) -> bool:
    """Ask from another process, as a second start would, while this one's event loop answers."""
    asker = (
        "from pathlib import Path; from sterkblijven.instance import SingleInstance; "
        f"print(SingleInstance(Path({str(data)!r})).ask_other_to_show())"
    )
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", asker], env=environment, stdout=subprocess.PIPE, text=True
    )
    qtbot.waitUntil(lambda: child.poll() is not None, timeout=START_SECONDS * 1000)
    output, _ = child.communicate()
    return output.strip() == "True"


def test_a_second_holder_is_refused_and_asks_the_first_to_show(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The first takes the folder; the second cannot, and its request reaches the first."""
    first, second = SingleInstance(tmp_path), SingleInstance(tmp_path)
    assert first.acquire()
    try:
        assert not second.acquire()
        assert data_in_use(tmp_path)
        with qtbot.waitSignal(first.show_requested, timeout=5000):
            assert ask_beside(qtbot, tmp_path)
    finally:
        first.release()
    assert not data_in_use(tmp_path)
    assert second.acquire()
    second.release()


def test_another_data_folder_is_another_app(qapp: QApplication, tmp_path: Path) -> None:
    """Two data folders can each have their own running app."""
    one, other = SingleInstance(tmp_path / "one"), SingleInstance(tmp_path / "other")
    assert one.acquire() and other.acquire()
    one.release()
    other.release()


@pytest.fixture
def running_app(tmp_path: Path) -> Iterator[Path]:
    """Start the real app on a data folder in a child process; stop it afterwards."""
    data = tmp_path / "data"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-m", "sterkblijven", "--data-dir", str(data)],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + START_SECONDS
        while not data_in_use(data):  # waits for a state, with a deadline; no fixed sleep
            assert child.poll() is None, "the app stopped while starting"
            assert time.monotonic() < deadline, "the app did not start in time"
            time.sleep(0.05)
        yield data
    finally:
        child.kill()
        child.wait()


def test_a_second_start_shows_the_first_and_never_writes(running_app: Path) -> None:
    """Starting again prints one line and exits 0; import and restore are refused meanwhile."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    second = subprocess.run(
        [sys.executable, "-m", "sterkblijven", "--data-dir", str(running_app)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=START_SECONDS,
        check=False,
    )
    assert second.returncode == 0, second.stderr
    assert second.stdout.strip() == "sterkblijven is already open; its window was brought forward"
    for command in (["import", "some.json"], ["restore", "some.sqlite3"]):
        refused = subprocess.run(
            [sys.executable, "-m", "sterkblijven", "--data-dir", str(running_app), *command],
            env=environment,
            capture_output=True,
            text=True,
            timeout=START_SECONDS,
            check=False,
        )
        assert refused.returncode == 1
        assert "close it first" in refused.stderr


def test_a_crashed_app_leaves_no_lock_behind(qapp: QApplication, tmp_path: Path) -> None:
    """A lock left by a process that no longer runs is taken over."""
    data = tmp_path / "data"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    holder = (
        "import sys, time; from pathlib import Path; "
        "from sterkblijven.instance import SingleInstance; "
        f"s = SingleInstance(Path({str(data)!r})); print(s.acquire(), flush=True); time.sleep(60)"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", holder], env=environment, stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "True"
        assert data_in_use(data)
    finally:
        child.kill()
        child.wait()
    assert not data_in_use(data)
    taker = SingleInstance(data)
    assert taker.acquire()
    taker.release()


@pytest.mark.parametrize("content", [b"", b"\x00\xff\xfe", b"not a process\n", b"4194999\n\n\n"])
@pytest.mark.parametrize("mode", [0o600, 0o000])
def test_a_lock_file_left_empty_or_unreadable_is_no_lock(
    qapp: QApplication, tmp_path: Path, content: bytes, mode: int
) -> None:
    """A lock file left empty, with anything in it, or unreadable, keeps no one out."""
    (tmp_path / LOCK_NAME).write_bytes(content)
    (tmp_path / LOCK_NAME).chmod(mode)
    assert not data_in_use(tmp_path)
    taker = SingleInstance(tmp_path)
    assert taker.acquire()
    taker.release()


def hold_in_child(data: Path, then: str = "") -> subprocess.Popen[str]:
    """Start a process that takes the data folder, does ``then``, says so, and waits."""
    holder = (
        "import sys, time; from pathlib import Path; "
        "from sterkblijven.instance import SingleInstance; "
        f"s = SingleInstance(Path({str(data)!r})); taken = s.acquire(); {then or 'pass'}; "
        "print(taken, flush=True); time.sleep(600)"
    )
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", holder], env=environment, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "True"
    return child


def test_a_holder_killed_before_its_lock_file_was_written_leaves_no_lock(
    qapp: QApplication, tmp_path: Path
) -> None:
    """Killed (SIGKILL) with the lock file still empty, as between making and writing it."""
    data = tmp_path / "data"
    lock = data / LOCK_NAME
    child = hold_in_child(data, f"open({str(lock)!r}, 'wb').close()")
    try:
        assert data_in_use(data)
    finally:
        child.kill()
        child.wait()
    assert lock.read_bytes() == b""
    assert not data_in_use(data)
    taker = SingleInstance(data)
    assert taker.acquire()
    taker.release()


@pytest.mark.skipif(not POSIX, reason="a process is paused with SIGSTOP")
def test_a_first_app_that_does_not_answer_is_not_reported_as_brought_forward(
    qapp: QApplication, tmp_path: Path
) -> None:
    """The first app hangs (paused): the second start does not claim it showed the window."""
    data = tmp_path / "data"
    child = hold_in_child(data)
    try:
        child.send_signal(signal.SIGSTOP)
        second = SingleInstance(data)
        assert not second.acquire()
        assert not second.ask_other_to_show()
    finally:
        child.kill()
        child.wait()


def listening_socket(data: Path) -> Path:
    """Return the file of the socket the app holding ``data`` listens on."""
    name = server_name(data)
    assert name is not None
    probe = QLocalSocket()
    probe.connectToServer(name)
    assert probe.waitForConnected(5000)
    full = Path(probe.fullServerName())
    probe.abort()
    return full


def assert_private(folder: Path) -> None:
    """Check that the folder is a real one (no link), this user's, and closed to others."""
    status = folder.lstat()
    assert stat.S_ISDIR(status.st_mode), folder
    assert status.st_uid == os.getuid(), folder
    assert stat.S_IMODE(status.st_mode) & 0o077 == 0, (folder, oct(status.st_mode))


@pytest.mark.skipif(not POSIX, reason="Windows has named pipes, not socket files")
def test_the_socket_lives_where_only_this_user_can_write(
    qapp: QApplication, tmp_path: Path
) -> None:
    """Another user cannot make or replace the socket the second start talks to."""
    holder = SingleInstance(tmp_path / "data")
    assert holder.acquire()
    try:
        socket = listening_socket(tmp_path / "data")
        assert stat.S_ISSOCK(socket.lstat().st_mode) and socket.lstat().st_uid == os.getuid()
        assert_private(socket.parent)
        assert len(os.fsencode(socket)) < 104  # macOS's limit for a socket's path
    finally:
        holder.release()


@pytest.mark.skipif(not POSIX, reason="Windows has named pipes, not socket files")
@pytest.mark.parametrize("planted", ["open folder", "link"])
def test_a_place_someone_else_made_first_is_not_used(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, planted: str
) -> None:
    """A folder at the socket's place that others may write in, or a link, is passed by."""
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    place = runtime / f"sterkblijven-{os.getuid()}"
    if planted == "link":
        elsewhere = tmp_path / "elsewhere"
        elsewhere.mkdir(mode=0o700)
        place.symlink_to(elsewhere)
    else:
        place.mkdir()
        place.chmod(0o777)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    holder = SingleInstance(tmp_path / "data")
    assert holder.acquire()
    try:
        socket = listening_socket(tmp_path / "data")
        assert socket.parent != place
        assert_private(socket.parent)
    finally:
        holder.release()


@pytest.mark.skipif(not POSIX or os.geteuid() != 0, reason="only root can give a file away")
def test_a_socket_of_another_user_is_not_talked_to(qapp: QApplication, tmp_path: Path) -> None:
    """A socket at the name that belongs to another user gets no request."""
    holder = SingleInstance(tmp_path / "data")
    assert holder.acquire()
    try:
        os.chown(listening_socket(tmp_path / "data"), 65534, 65534)  # nobody's
        assert not SingleInstance(tmp_path / "data").ask_other_to_show()
    finally:
        holder.release()


def test_an_earlier_version_is_kept_out_while_the_app_runs_and_let_in_after(
    qapp: QApplication, tmp_path: Path
) -> None:
    """Going back to a version with Qt's lock file: refused while this one runs, not after."""
    data = tmp_path / "data"
    child = hold_in_child(data)
    earlier = QLockFile(str(data / LOCK_NAME))
    earlier.setStaleLockTime(0)  # as the earlier versions had it
    try:
        assert not earlier.tryLock(0)
    finally:
        child.kill()
        child.wait()
    assert earlier.tryLock(0)
    earlier.unlock()


@pytest.mark.skipif(not POSIX, reason="the POSIX lock call")
def test_a_folder_on_a_file_system_without_locks_still_starts(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the system offers no locks (some NFS and shared folders) the app starts, once."""
    import fcntl

    def refuse(*_arguments: object) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(fcntl, "flock", refuse)
    first, second = SingleInstance(tmp_path), SingleInstance(tmp_path)
    assert first.acquire()
    try:
        assert not second.acquire()
    finally:
        first.release()
    assert second.acquire()
    second.release()
