"""Privacy: no network, files for their owner only, and nothing about health logged."""

from __future__ import annotations

import ast
import logging
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parent.parent / "src" / "sterkblijven"
# Modules that reach another computer. Local sockets (QLocalSocket, for the one running app)
# stay on this computer and are allowed.
NETWORK_MODULES = {
    "http",
    "urllib.request",
    "ftplib",
    "smtplib",
    "ssl",
    "requests",
    "httpx",
    "aiohttp",
    "socketserver",
}
NETWORK_NAMES = {"QNetworkAccessManager", "QTcpSocket", "QUdpSocket", "QSslSocket", "QTcpServer"}
# The one module that writes a log: the program's own, in the data folder, without health data.
OWN_LOG = "diagnostics.py"


def imported_names(path: Path) -> set[str]:
    """Return every module and name a source file imports."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(alias.name for alias in node.names)
    return names


def test_no_source_file_imports_a_way_onto_the_network() -> None:
    """No module of the app imports an HTTP, mail, TLS or TCP/UDP client or server."""
    files = sorted(SOURCE.rglob("*.py"))
    assert len(files) > 50
    for path in files:
        names = imported_names(path)
        found = {n for n in names if n.split(".")[0] in NETWORK_MODULES or n in NETWORK_MODULES}
        found |= names & NETWORK_NAMES
        assert not found, f"{path.relative_to(SOURCE)} imports {sorted(found)}"


def test_the_whole_app_opens_no_network_connection(tmp_path: Path) -> None:
    """The self-test walks every screen with an audit hook: no socket reaches out."""
    script = textwrap.dedent(
        """
        import socket, sys
        reached = []

        def audit(event, args):
            if event in ("socket.connect", "socket.sendto", "socket.getaddrinfo",
                         "socket.gethostbyname"):
                address = args[1] if len(args) > 1 else args
                if not (isinstance(address, str) and address.startswith("/")):  # a local socket
                    reached.append((event, repr(address)))

        sys.addaudithook(audit)
        socket.getaddrinfo("localhost", 9)  # the hook must see this one, or it sees nothing
        assert reached, "the audit hook did not see a name lookup"
        reached.clear()
        from sterkblijven.cli import main
        code = main(["--self-test"])
        print("REACHED", reached)
        sys.exit(code if not reached else 3)
        """
    )
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", script],
        env=environment,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert "REACHED []" in result.stdout, result.stdout[-2000:] + result.stderr[-2000:]
    assert result.returncode == 0, result.stderr[-2000:]


def test_data_files_are_the_owners_only(tmp_path: Path) -> None:
    """The data folder is 0700 and the database, its journal and backups are 0600."""
    data = tmp_path / "data"
    script = textwrap.dedent(
        f"""
        import sys
        from sterkblijven.cli import main
        sys.exit(main(["--data-dir", {str(data)!r}, "backup"]))
        """
    )
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # A first start makes the database; backup then needs someone in it, so seed one.
    seed = textwrap.dedent(
        f"""
        import os
        from datetime import datetime
        from pathlib import Path
        os.umask(0o077)
        from sterkblijven.paths import DataPaths
        from sterkblijven.storage import open_database
        from sterkblijven.storage.database import sqlite_url
        from sterkblijven.storage.synthetic.history import generate_history
        paths = DataPaths(Path({str(data)!r}))
        paths.ensure()
        database = open_database(sqlite_url(paths.database), paths.backups)
        generate_history(database, years=0.2, end=datetime(2026, 11, 21), seed=2)
        database.close()
        """
    )
    subprocess.run([sys.executable, "-c", seed], env=environment, check=True, timeout=300)
    subprocess.run([sys.executable, "-c", script], env=environment, check=True, timeout=300)
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    files = [p for p in data.rglob("*") if p.is_file() and not p.name.endswith(".lock")]
    assert any(p.parent.name == "backups" for p in files)
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_data_files_are_the_owners_only_whatever_the_umask(tmp_path: Path) -> None:
    """Used as a library with a umask of 022, the database, -wal, -shm and lock are 0600."""
    data = tmp_path / "data"
    script = textwrap.dedent(
        f"""
        import os, stat
        from datetime import datetime
        from pathlib import Path
        os.umask(0o022)  # what a script or a shell commonly has; the app's own is 077
        from sterkblijven.paths import DataPaths, FolderLock
        from sterkblijven.services.carer import CarerAccess
        from sterkblijven.storage import open_folder
        paths = DataPaths(Path({str(data)!r}))
        paths.ensure()
        FolderLock(paths.root).acquire()  # makes the lock file
        for attempt in ("new", "copied in by hand"):
            if attempt != "new":
                paths.database.chmod(0o644)
            database = open_folder(paths)
            CarerAccess(database, datetime.now).set_pin("2468")  # a write: the -wal is in use
            for path in sorted(paths.root.iterdir()):
                if path.is_file():
                    print(attempt, path.name, oct(stat.S_IMODE(path.stat().st_mode)))
            database.close()
        """
    )
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    names = {line.rsplit(" ", 2)[1] for line in lines}
    assert {"sterkblijven.sqlite3", "sterkblijven.sqlite3-wal", "sterkblijven.sqlite3-shm"} <= names
    assert all(line.endswith(" 0o600") for line in lines), lines


def test_nothing_is_logged_but_to_the_apps_own_log() -> None:
    """Only diagnostics.py logs: what a person's body does stays in their own data folder."""
    for path in sorted(SOURCE.rglob("*.py")):
        if path.relative_to(SOURCE).as_posix() == OWN_LOG:
            continue
        names = imported_names(path)
        found = sorted(name for name in names if name.split(".")[0] == "logging")
        assert not found, f"{path.relative_to(SOURCE)} imports {found}"


def test_the_own_log_is_in_the_data_folder_and_holds_no_health_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The log writes one file in <data>/logs, passes nothing on, and leaves a name out."""
    from sterkblijven.diagnostics import open_log
    from sterkblijven.paths import DataPaths

    paths = DataPaths(tmp_path / "data")
    paths.ensure()
    log = open_log(paths.root, paths.logs, home=tmp_path)
    try:
        log.started({"Qt": "6"})
        log.qt_message("warning", "QPainter::begin: Paint device returned engine == 0")
        try:
            raise ValueError("Riet Testpersoon: pijn 8")
        except ValueError as error:
            log.uncaught(error)
        log.stopped()
        handlers = log.logger.handlers
        assert len(handlers) == 1 and not log.logger.propagate
        assert isinstance(handlers[0], logging.FileHandler)
        assert Path(handlers[0].baseFilename).parent == paths.logs
    finally:
        log.close()
    written = [path for path in tmp_path.rglob("*") if path.is_file()]
    assert [path.relative_to(paths.root).as_posix() for path in written] == [
        "logs/sterkblijven.log"
    ]
    text = written[0].read_text(encoding="utf-8")
    assert "ValueError" in text and "Riet" not in text and "pijn" not in text
    assert capsys.readouterr() == ("", "")
