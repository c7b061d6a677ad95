"""The data folder's own checks: whether it takes writes, what a cut-off check leaves, its lock."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

if sys.platform != "win32":
    import fcntl

from sterkblijven.paths import LOCK_NAME, WRITE_CHECK_PREFIX, DataPaths, FolderLock


def test_the_write_check_leaves_nothing_behind(tmp_path: Path) -> None:
    """A folder that takes writes passes, and the check's file is gone afterwards."""
    DataPaths(tmp_path).check_writable()
    assert list(tmp_path.iterdir()) == []


def test_a_full_disk_fails_the_write_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """When the written data cannot reach the disk, the check raises ENOSPC and cleans up."""

    def no_room(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_room)
    with pytest.raises(OSError) as raised:
        DataPaths(tmp_path).check_writable()
    assert raised.value.errno == errno.ENOSPC
    assert list(tmp_path.iterdir()) == []


def test_a_killed_check_leaves_a_file_the_next_start_removes(tmp_path: Path) -> None:
    """An old check file goes at the next start; a fresh one (another start's) stays."""
    old = tmp_path / f"{WRITE_CHECK_PREFIX}old"
    fresh = tmp_path / f"{WRITE_CHECK_PREFIX}fresh"
    for leftover in (old, fresh):
        leftover.write_bytes(bytes(10))
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))
    DataPaths(tmp_path).check_writable()
    assert sorted(path.name for path in tmp_path.iterdir()) == [fresh.name]


def test_the_folder_lock_keeps_a_second_holder_out_until_let_go(tmp_path: Path) -> None:
    """One holder at a time, also within one process; the file is private and names the holder."""
    first, second = FolderLock(tmp_path), FolderLock(tmp_path)
    assert first.acquire() and first.acquire()  # taking it again while held changes nothing
    assert not second.acquire()
    lock_file = tmp_path / LOCK_NAME
    assert lock_file.read_text().split("\n")[0] == str(os.getpid())
    if sys.platform != "win32":
        assert stat.S_IMODE(lock_file.stat().st_mode) == 0o600
    first.release()
    first.release()  # letting go twice is harmless
    assert second.acquire()
    assert not first.acquire()
    second.release()
    assert lock_file.exists()  # kept, so that two can never hold two different files


def test_a_folder_lock_goes_with_a_killed_process(tmp_path: Path) -> None:
    """A command killed (SIGKILL) while it holds the folder leaves it free for the next."""
    holder = (
        "import time; from pathlib import Path; from sterkblijven.paths import FolderLock; "
        f"print(FolderLock(Path({str(tmp_path)!r})).acquire(), flush=True); time.sleep(600)"
    )
    child = subprocess.Popen([sys.executable, "-c", holder], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "True"
        assert not FolderLock(tmp_path).acquire()
    finally:
        child.kill()
        child.wait()
    taker = FolderLock(tmp_path)
    assert taker.acquire()
    taker.release()


def refuse_to_lock(*_arguments: object) -> None:
    """Say what the lock call says on a file system that offers no locks."""
    raise OSError(errno.ENOLCK, "No locks available")


# The same for a child process.
NO_LOCKS = (
    "import errno, fcntl\n"
    "def refuse(*_arguments):\n"
    "    raise OSError(errno.ENOLCK, 'No locks available')\n"
    "fcntl.flock = refuse\n"
)


@pytest.fixture
def without_locks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Play a file system that offers no locks (some NFS, FUSE and shared folders)."""
    if sys.platform == "win32":
        pytest.skip("the POSIX lock call")
    monkeypatch.setattr(fcntl, "flock", refuse_to_lock)


@pytest.mark.usefixtures("without_locks")
def test_without_locks_the_folder_still_has_one_holder_at_a_time(tmp_path: Path) -> None:
    """Where the system offers no locks, a file only one can make keeps a second holder out."""
    first, second = FolderLock(tmp_path), FolderLock(tmp_path)
    assert first.acquire() and first.acquire()
    assert not second.acquire()
    first.release()
    assert second.acquire()
    assert not first.acquire()
    second.release()
    assert first.acquire()
    first.release()


def ended_process() -> int:
    """Return the id of a process that has ended (and been waited for)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.mark.usefixtures("without_locks")
@pytest.mark.parametrize("left", ["empty", "unreadable", "garbage", "an ended process"])
def test_without_locks_a_lock_file_left_behind_is_no_lock(tmp_path: Path, left: str) -> None:
    """A holder's file left empty, unreadable, garbled or naming an ended process keeps none out."""
    first = FolderLock(tmp_path)
    assert first.acquire()
    held = [path for path in tmp_path.iterdir() if path.name != LOCK_NAME]
    assert len(held) == 1
    holder = held[0]
    first.release()
    content = {
        "empty": b"",
        "unreadable": b"",
        "garbage": b"\x00\xff not a process",
        "an ended process": f"{ended_process()} 12345\n".encode(),
    }[left]
    holder.write_bytes(content)
    if left == "unreadable":
        holder.chmod(0)
    taker = FolderLock(tmp_path)
    assert taker.acquire()
    taker.release()
    assert not holder.exists()


@pytest.mark.usefixtures("without_locks")
def test_without_locks_a_killed_holder_leaves_the_folder_free(tmp_path: Path) -> None:
    """A command killed (SIGKILL) while it holds a folder without locks keeps no one out."""
    holder = (
        NO_LOCKS + "import time; from pathlib import Path; from sterkblijven.paths import "
        f"FolderLock\nprint(FolderLock(Path({str(tmp_path)!r})).acquire(), flush=True)\n"
        "time.sleep(600)\n"
    )
    child = subprocess.Popen([sys.executable, "-c", holder], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "True"
        assert not FolderLock(tmp_path).acquire()
    finally:
        child.kill()
        child.wait()
    taker = FolderLock(tmp_path)
    assert taker.acquire()
    taker.release()
