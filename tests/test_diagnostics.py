"""The program's own log and the helpdesk file: private, small, and free of health data."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import sys
import threading
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from types import TracebackType

import pytest

from sterkblijven import __version__
from sterkblijven.diagnostics import (
    LEFT_OUT,
    LOG_BACKUPS,
    LOG_BYTES,
    LOG_NAME,
    DiagnosticLog,
    helpdesk_bundle,
    install_excepthook,
    open_log,
)
from sterkblijven.domain.validation import InputRefused
from sterkblijven.paths import DataPaths
from sterkblijven.storage import DatabaseProblem

NAME = "Riet Testpersoon"
PAIN = "pijn 8 van 10"
ABOUT = {"Qt": "6.10.1", "PySide6": "6.10.1", "screen 1": "1920x1080 px, scale 1, 96 dpi"}


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """Return a home folder named after its owner, as home folders are."""
    folder = tmp_path / "home" / "riet"
    folder.mkdir(parents=True)
    return folder


@pytest.fixture
def paths(home: Path) -> DataPaths:
    """Return a data folder inside that home folder, made as the app makes it."""
    paths = DataPaths(home / ".local" / "share" / "sterkblijven")
    paths.ensure()
    return paths


@pytest.fixture
def log(paths: DataPaths, home: Path) -> Iterator[DiagnosticLog]:
    """Return the open log of that data folder; closed after the test."""
    opened = open_log(paths.root, paths.logs, home=home)
    yield opened
    opened.close()


def logged(log: DiagnosticLog) -> str:
    """Return everything in the log files."""
    log.flush()
    return "".join(path.read_text(encoding="utf-8") for path in reversed(log.files()))


def raised(error: BaseException) -> BaseException:
    """Return the error after raising it, so that it carries a traceback."""
    try:
        raise error
    except BaseException as caught:
        return caught


def mode(path: Path) -> int:
    """Return a file's permission bits."""
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_the_log_is_its_owners_only_whatever_the_umask(paths: DataPaths, home: Path) -> None:
    """The logs folder is 0700 and the log 0600, also under a lax umask or an older loose file."""
    paths.logs.mkdir(mode=0o755)
    (paths.logs / LOG_NAME).write_text("older\n", encoding="utf-8")
    os.chmod(paths.logs / LOG_NAME, 0o644)
    old_umask = os.umask(0o022)
    try:
        log = open_log(paths.root, paths.logs, home=home)
        log.stopped()
        log.close()
    finally:
        os.umask(old_umask)
    assert mode(paths.logs) == 0o700
    assert mode(paths.logs / LOG_NAME) == 0o600
    assert "INFO stop" in (paths.logs / LOG_NAME).read_text(encoding="utf-8")


def test_the_log_keeps_a_few_hundred_kib_at_most(log: DiagnosticLog, paths: DataPaths) -> None:
    """Rotation keeps the log and two older ones, each under its cap, all of them private."""
    old_umask = os.umask(0o022)
    try:
        for number in range(12_000):
            log.note(f"the program did step {number} of a long test of the log's size")
    finally:
        os.umask(old_umask)
    log.flush()
    files = log.files()
    assert [path.name for path in files] == [LOG_NAME, f"{LOG_NAME}.1", f"{LOG_NAME}.2"]
    assert sorted(path.name for path in paths.logs.iterdir()) == sorted(p.name for p in files)
    assert all(path.stat().st_size <= LOG_BYTES for path in files)
    assert sum(path.stat().st_size for path in files) <= (LOG_BACKUPS + 1) * LOG_BYTES
    assert "step 11999 " in files[0].read_text(encoding="utf-8")
    if os.name != "nt":
        assert all(mode(path) == 0o600 for path in files)


def test_the_start_names_versions_and_system(log: DiagnosticLog) -> None:
    """The start line holds the app, Python, SQLAlchemy and the Qt passed in, and the OS."""
    log.started({"Qt": "6.10.1"})
    text = logged(log)
    assert f"start: sterkblijven {__version__}, Python 3." in text
    assert "SQLAlchemy 2." in text and "Qt 6.10.1" in text and "OS " in text


def test_no_name_or_pain_value_reaches_the_log(log: DiagnosticLog) -> None:
    """Errors whose texts hold a name or a pain score are logged by type and frames only."""
    errors: list[BaseException] = [
        raised(ValueError(f"invalid literal for int() with base 10: '{NAME}'")),
        raised(KeyError(NAME)),
        raised(InputRefused(f"{NAME} {PAIN}")),
        raised(DatabaseProblem("damaged", f"trainee {NAME}", PAIN)),
        raised(AssertionError(f"{NAME}: {PAIN}")),
        raised(OSError(errno.ENOSPC, "No space left on device", f"/media/usb/{NAME}.pdf")),
    ]
    for error in errors:
        log.uncaught(error)
    text = logged(log)
    assert NAME not in text and "Riet" not in text and PAIN not in text and "8 van 10" not in text
    assert text.count("Traceback (most recent call last):") == len(errors)
    assert "in raised" in text  # the frame's function
    assert text.count(LEFT_OUT) >= 5
    assert "ValueError: (text left out)" in text
    assert "sterkblijven.storage.problems.DatabaseProblem: code damaged (text left out)" in text
    assert "OSError: [ENOSPC] No space left on device" in text


def test_texts_python_makes_from_the_code_are_kept(log: DiagnosticLog) -> None:
    """An AttributeError's text names the program's types only, so it stays; causes are chained."""

    def broken() -> None:
        try:
            None.missing  # type: ignore[attr-defined]  # noqa: B018
        except AttributeError as error:
            raise RuntimeError(f"while showing {NAME}") from error

    try:
        broken()
    except RuntimeError as error:
        log.uncaught(error, "a test")
    text = logged(log)
    assert "uncaught error in a test" in text
    assert "AttributeError: 'NoneType' object has no attribute 'missing'" in text
    assert "The above exception was the direct cause of the following exception:" in text
    assert text.index("AttributeError") < text.index("RuntimeError: (text left out)")
    assert ", in broken" in text and NAME not in text


def test_the_home_folder_is_written_as_a_tilde(log: DiagnosticLog, home: Path) -> None:
    """Paths can hold the user's name: the home folder becomes ~ and the data folder <data>."""
    source = home / "code" / "module.py"
    code = compile("def fail():\n    raise TypeError('unsupported')\n", str(source), "exec")
    space: dict[str, object] = {}
    exec(code, space)
    try:
        space["fail"]()  # type: ignore[operator]
    except TypeError as error:
        log.uncaught(error)
    log.qt_message("warning", f"QFile::open: cannot open {home}/Documents/notes.txt for writing")
    log.qt_message("warning", f"QPdfWriter: cannot open '{home}/Documents/{NAME}.pdf'")
    log.qt_message("warning", f"QSettings: {log.folder} is read-only")
    text = logged(log)
    assert 'File "~/code/module.py", line 2, in fail' in text
    assert "~/Documents/notes.txt" in text
    assert "QPdfWriter: cannot open '<path>'" in text
    assert "<data>/logs is read-only" in text
    assert str(home) not in text and "riet" not in text.lower() and NAME not in text


def test_the_hook_logs_then_passes_on_and_calls_back(
    log: DiagnosticLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An uncaught error is logged, still reaches the hook found, and then calls on_crash."""
    seen: list[str] = []

    def earlier_hook(
        kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        seen.append(f"earlier {kind.__name__}")

    def earlier_thread_hook(arguments: threading.ExceptHookArgs) -> None:
        seen.append(f"earlier thread {arguments.exc_type.__name__}")

    monkeypatch.setattr(sys, "excepthook", earlier_hook)
    monkeypatch.setattr(threading, "excepthook", earlier_thread_hook)
    undo = install_excepthook(log, lambda: seen.append("crash"))
    try:
        error = raised(ZeroDivisionError("division by zero"))
        sys.excepthook(type(error), error, error.__traceback__)
        worker = threading.Thread(target=lambda: 1 / 0, name="sterkblijven-test")
        worker.start()
        worker.join()
    finally:
        undo()
    assert sys.excepthook is earlier_hook and threading.excepthook is earlier_thread_hook
    assert seen == [
        "earlier ZeroDivisionError",
        "crash",
        "earlier thread ZeroDivisionError",
        "crash",
    ]
    text = logged(log)
    assert "uncaught error\n" in text and "uncaught error in thread sterkblijven-test" in text
    assert text.count("ZeroDivisionError: division by zero") == 2


def test_without_a_console_the_hook_prints_nothing(
    log: DiagnosticLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An installed app on Windows has no stderr: the error is logged and the dialog called."""
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    monkeypatch.setattr(sys, "stderr", None)
    crashes: list[bool] = []
    undo = install_excepthook(log, lambda: crashes.append(True))
    try:
        error = raised(IndexError("list index out of range"))
        sys.excepthook(type(error), error, error.__traceback__)
    finally:
        undo()
    assert crashes == [True]
    assert "IndexError: list index out of range" in logged(log)


def test_a_failing_callback_is_noted_not_raised(
    log: DiagnosticLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the dialog cannot be asked for (the window is gone), the hook notes that too."""

    def window_gone() -> None:
        raise RuntimeError("Internal C++ object already deleted.")

    monkeypatch.setattr(sys, "excepthook", lambda *_: None)
    undo = install_excepthook(log, window_gone)
    try:
        error = raised(RuntimeError())
        sys.excepthook(type(error), error, error.__traceback__)
    finally:
        undo()
    text = logged(log)
    assert "\nRuntimeError\n" in text  # an empty text is not said to be left out
    assert "uncaught error in telling of an error" in text and "in window_gone" in text


def test_a_log_that_cannot_be_written_stops_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """When the logs folder cannot be made, logging goes nowhere, quietly."""
    root = tmp_path / "data"
    root.mkdir()
    (root / "logs").write_text("a file where the folder should be", encoding="utf-8")
    log = open_log(root, root / "logs", home=tmp_path)
    try:
        log.uncaught(raised(RuntimeError("x")))
        log.qt_message("warning", "something")
        assert log.files() == []
    finally:
        log.close()
    assert capsys.readouterr() == ("", "")


def test_the_helpdesk_file_holds_logs_and_versions_only(
    log: DiagnosticLog, paths: DataPaths, tmp_path: Path
) -> None:
    """One private zip with about.txt and the logs, and nothing of the database beside them."""
    with sqlite3.connect(paths.database) as database:
        database.execute("CREATE TABLE trainees (name TEXT, pain INTEGER)")
        database.execute("INSERT INTO trainees VALUES (?, 8)", (NAME,))
    database.close()
    log.started({"Qt": "6.10.1"})
    log.uncaught(raised(ValueError(NAME)))
    target = tmp_path / "sent" / "helpdesk.zip"
    target.parent.mkdir()
    helpdesk_bundle(target, log, ABOUT, datetime(2026, 11, 21, 14, 5))
    if os.name != "nt":
        assert mode(target) == 0o600
    assert sorted(p.name for p in target.parent.iterdir()) == ["helpdesk.zip"]  # no leftovers
    with zipfile.ZipFile(target) as bundle:
        assert bundle.namelist() == ["about.txt", f"logs/{LOG_NAME}"]
        contents = {name: bundle.read(name) for name in bundle.namelist()}
        modes = {info.filename: info.external_attr >> 16 for info in bundle.infolist()}
    about = contents["about.txt"].decode("utf-8")
    for line in (
        f"sterkblijven: {__version__}",
        "written: 2026-11-21 14:05",
        "Qt: 6.10.1",
        "PySide6: 6.10.1",
        "screen 1: 1920x1080 px, scale 1, 96 dpi",
    ):
        assert line in about
    assert "\nPython: 3." in about and "\nSQLAlchemy: 2." in about and "\nOS: " in about
    assert b"ValueError: (text left out)" in contents[f"logs/{LOG_NAME}"]
    database_bytes = paths.database.read_bytes()
    for data in contents.values():
        assert b"SQLite format 3" not in data and NAME.encode() not in data
        assert database_bytes[:4096] not in data
    assert set(modes.values()) == {0o600}


def test_a_helpdesk_file_that_cannot_be_written_leaves_nothing(
    log: DiagnosticLog, tmp_path: Path
) -> None:
    """A folder that does not exist raises OSError, and no part of the file stays anywhere."""
    with pytest.raises(OSError):
        helpdesk_bundle(tmp_path / "gone" / "helpdesk.zip", log, ABOUT, datetime(2026, 11, 21))
    assert not (tmp_path / "gone").exists()
