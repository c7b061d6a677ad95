"""Where the user's data lives: the platform's data folder, or one given on the command line."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path

import platformdirs

APP_NAME = "sterkblijven"
DATABASE_NAME = "sterkblijven.sqlite3"
LOCK_NAME = "sterkblijven.lock"
# Where the system offers no locks, the folder's holder is named in this file instead.
HOLDER_NAME = "sterkblijven.holder"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
# What the start writes (and removes) to learn whether the data folder takes writes: about as
# much as a session adds to the database.
WRITE_CHECK_BYTES = 64 * 1024
WRITE_CHECK_PREFIX = ".write-check-"


def default_data_dir() -> Path:
    """Return the per-user data folder of this system (not roaming on Windows)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


class DataPaths:
    """The files inside one data folder."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @property
    def database(self) -> Path:
        """Return the database file."""
        return self.root / DATABASE_NAME

    @property
    def backups(self) -> Path:
        """Return the folder that holds backups."""
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        """Return the folder that holds the program's own log (never health data)."""
        return self.root / "logs"

    def ensure(self) -> None:
        """Create the data folder if needed; a folder the app creates is its owner's only."""
        if not self.root.is_dir():
            self.root.mkdir(parents=True, mode=PRIVATE_DIR_MODE)

    def check_writable(self) -> None:
        """Raise OSError when the data folder takes no writes (read-only, or a full disk).

        Asked at start, so that a write-protected stick or a full disk is named at once, and
        not taken for damaged data or found only when the first set cannot be saved. An empty
        file can still be made on a full disk, so the check writes some data and syncs it.
        """
        self._remove_old_write_checks()
        handle, probe = tempfile.mkstemp(dir=self.root, prefix=WRITE_CHECK_PREFIX)
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(bytes(WRITE_CHECK_BYTES))
                file.flush()
                os.fsync(file.fileno())
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(probe)

    def _remove_old_write_checks(self) -> None:
        # Left by a start that was killed half-way; a recent one may be another start's, now.
        before = time.time() - 60
        for leftover in self.root.glob(f"{WRITE_CHECK_PREFIX}*"):
            with contextlib.suppress(OSError):
                if leftover.stat().st_mtime < before:
                    leftover.unlink()


def write_private_files(contents: Mapping[Path, bytes]) -> None:
    """Write files readable by their owner only, each in full beside it, then move them in.

    A failure leaves the earlier files as they were and no partial file behind.
    """
    written: dict[Path, str] = {}
    try:
        for path, data in contents.items():
            handle, temporary = tempfile.mkstemp(
                dir=path.parent, prefix=f".{path.name}.", suffix=".part"
            )
            written[path] = temporary
            with os.fdopen(handle, "wb") as file:
                file.write(data)
                file.flush()
                os.fsync(file.fileno())
            os.chmod(temporary, PRIVATE_FILE_MODE)
        for path, temporary in written.items():
            os.replace(temporary, path)
    finally:
        for temporary in written.values():
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)


class FolderLock:
    """One writer per data folder: a lock the operating system holds for this process.

    The lock is taken on a file in the folder (flock on POSIX, a locked byte on Windows). The
    system lets it go when the process ends, however it ends (closed, crashed, killed, a power
    cut), so no lock outlives its holder; and what the file holds never counts, so a file left
    empty by a start killed half-way is simply taken again.

    Some file systems offer no locks at all (some NFS, FUSE and VirtualBox shared folders).
    There the folder is held by a file that only one can make, naming the holder's process
    and when it started; it counts as left behind, and is taken over, once that process has
    ended (or its id names a later process), and when it is empty or cannot be read.
    """

    def __init__(self, root: Path) -> None:
        self.path = root / LOCK_NAME
        self.holder = root / HOLDER_NAME
        self._handle: int | None = None
        self._note: str | None = None  # what this process wrote in the holder file

    def acquire(self) -> bool:
        """Take the folder; False while another process holds it.

        Raises OSError when the lock file cannot be opened for writing: a folder that takes
        no writes, which is not to be taken for one in use.
        """
        if self._handle is not None or self._note is not None:
            return True
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0)
        try:
            handle = os.open(self.path, flags, PRIVATE_FILE_MODE)
        except PermissionError:
            # A lock file its owner may not open (its mode changed by hand, or by a copy): the
            # mode is mended, not the file replaced, which someone may hold. In a folder that
            # takes no writes there is no file to mend, and that is raised.
            os.chmod(self.path, PRIVATE_FILE_MODE)
            handle = os.open(self.path, flags, PRIVATE_FILE_MODE)
        try:
            taken = _try_lock(handle)
        except BaseException:
            os.close(handle)
            raise
        if taken is None:  # the file system offers no locks
            os.close(handle)
            return self._acquire_by_file()
        if not taken:
            os.close(handle)
            return False
        self._handle = handle
        _note_holder(handle)
        return True

    def release(self) -> None:
        """Let the folder go (the file stays: removing it could let two take the folder)."""
        if self._note is not None:
            note, self._note = self._note, None
            if _read_note(self.holder) == note:  # not taken over meanwhile
                self.holder.unlink(missing_ok=True)
        handle, self._handle = self._handle, None
        if handle is None:
            return
        try:
            _unlock(handle)
        finally:
            os.close(handle)

    def _acquire_by_file(self) -> bool:
        note = f"{os.getpid()} {_started(os.getpid()) or '-'}\n"
        for _ in range(2):  # once more after clearing a holder file left behind
            if _make_holder(self.holder, note):
                self._note = note
                return True
            found = _read_note(self.holder)
            if found is not None and _holder_runs(found):
                return False
            _clear_left_behind(self.holder, found)
        return False


def _make_holder(holder: Path, note: str) -> bool:
    """Make the holder file with its note, unless there is one; False when there is."""
    written, temporary = tempfile.mkstemp(dir=holder.parent, prefix=f".{holder.name}.")
    try:
        with os.fdopen(written, "w", encoding="utf-8") as file:
            file.write(note)
        os.chmod(temporary, PRIVATE_FILE_MODE)
        try:
            # A link appears whole, with its note, or not at all: no one ever reads it empty.
            os.link(temporary, holder)
            return True
        except FileExistsError:
            return False
        except OSError:
            pass  # a file system without hard links: made empty first, then written
        try:
            made = os.open(holder, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
        except FileExistsError:
            return False
        with os.fdopen(made, "w", encoding="utf-8") as file:
            file.write(note)
        return True
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def _read_note(holder: Path) -> str | None:
    """Return what the holder file says: "" when empty or unreadable, None when it is gone."""
    try:
        return holder.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError):
        return ""


def _clear_left_behind(holder: Path, found: str | None) -> None:
    """Remove a holder file judged left behind, unless another has just made a new one.

    It is first moved to a name of its own: should what was moved not be what was judged (a
    start made its own meanwhile), it is put back.
    """
    if found is None:
        return
    moved = holder.with_name(f".{holder.name}.{os.getpid()}.left")
    try:
        os.replace(holder, moved)
    except OSError:
        return  # gone meanwhile
    if _read_note(moved) == found:
        moved.unlink(missing_ok=True)
    else:
        with contextlib.suppress(OSError):
            os.replace(moved, holder)


def _holder_runs(note: str) -> bool:
    """Return True while the process a holder file names still runs (and is that process)."""
    parts = note.split()
    if len(parts) != 2 or not parts[0].isdigit() or int(parts[0]) <= 0:
        return False  # empty, cut off or garbled: its maker never finished writing it
    pid, started = int(parts[0]), parts[1]
    if not _runs(pid):
        return False
    now = _started(pid)
    return started == "-" or now is None or now == started  # else the id names a later one


def _started(pid: int) -> str | None:
    """Return when a process started, in the system's own count; None where it cannot be read."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None  # no such process, or a system without /proc
    # Its name, in brackets, may hold spaces; after it the 20th field is the start time.
    after_name = fields.rpartition(")")[2].split()
    return after_name[19] if len(after_name) > 19 else None


def _note_holder(handle: int) -> None:
    """Write this process's id in the lock file, in the form earlier versions of the app read.

    This lock does not need it. Earlier versions (Qt's QLockFile) take a lock file as stale only
    when it names a process that has ended, so after going back to one of them the file left
    here does not keep it out. Not being able to write it changes nothing about the lock.
    """
    note = f"{os.getpid()}\n\n\n".encode()
    with contextlib.suppress(OSError):
        os.lseek(handle, 0, os.SEEK_SET)
        os.write(handle, note)
        os.ftruncate(handle, len(note))


if sys.platform == "win32":
    import msvcrt

    def _try_lock(handle: int) -> bool | None:
        # The first byte; a byte may be locked beyond the end of the file, so also when empty.
        os.lseek(handle, 0, os.SEEK_SET)
        try:
            msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)
        except OSError as error:
            if error.errno in (errno.EACCES, errno.EDEADLK):
                return False
            raise
        return True

    def _unlock(handle: int) -> None:
        os.lseek(handle, 0, os.SEEK_SET)
        msvcrt.locking(handle, msvcrt.LK_UNLCK, 1)

    def _runs(_pid: int) -> bool:
        # Not asked on Windows, whose file systems all lock; os.kill would end the process.
        return True

else:
    import fcntl

    # What the lock call says on a file system that offers no locks, rather than a held lock.
    _NO_LOCKS = frozenset({errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOTSUP, errno.ENOSYS})

    def _try_lock(handle: int) -> bool | None:
        # flock, not fcntl's record locks: those are the process's, and any closing of the
        # file anywhere in the process would let them go. None: no locks on this file system.
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError as error:
            if error.errno in _NO_LOCKS:
                return None
            raise
        return True

    def _unlock(handle: int) -> None:
        fcntl.flock(handle, fcntl.LOCK_UN)

    def _runs(pid: int) -> bool:
        try:
            os.kill(pid, 0)  # asks only: signal 0 is never sent
        except ProcessLookupError:
            return False
        except PermissionError:
            return True  # another user's process
        return True
