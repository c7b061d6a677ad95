"""Shared fixtures: a clock, the shipped catalogue and a fresh database per test."""

from __future__ import annotations

import itertools
import os
import shutil
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime
from pathlib import Path

import pytest

# Before anything imports Qt: tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.services.catalogue import load_catalogue
from sterkblijven.storage import Database, open_database
from sterkblijven.storage.database import make_engine, sqlite_url, upgrade
from sterkblijven.ui.common.computer_settings import QtComputerSettings
from tests.postgres import ThrowawayServer, find_server

# Why the PostgreSQL tests were skipped on this machine, printed at the end of the run.
SKIPPED_POSTGRES: set[str] = set()

NOW = datetime(2026, 11, 18, 10, 30)  # a Wednesday


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    """Return the catalogue shipped with the app."""
    return load_catalogue()


@pytest.fixture
def clock() -> datetime:
    """Return the fixed moment tests treat as now."""
    return NOW


@pytest.fixture
def database_path(tmp_path: Path) -> Path:
    """Return where a test's database file lives."""
    return tmp_path / "data" / "sterkblijven.sqlite3"


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a SQLite file migrated once per run, that each test's new database is copied from.

    Running every migration takes a quarter to half a second; copying the file a millisecond.
    The copy is what a first start leaves: the migrations themselves are tested on their own
    (tests/storage/test_migrations*.py, test_cut_off_upgrades.py).
    """
    path = tmp_path_factory.mktemp("template") / "sterkblijven.sqlite3"
    open_database(sqlite_url(path)).close()
    # Closed, SQLite has moved the whole write-ahead log into the file: the file is all of it.
    assert [p.name for p in path.parent.iterdir()] == [path.name]
    return path


def copy_sqlite_template(template: Path, path: Path) -> None:
    """Put a copy of the migrated template file at ``path`` (its folder must exist)."""
    shutil.copyfile(template, path)


@pytest.fixture
def sqlite_database(database_path: Path, sqlite_template: Path) -> Iterator[Database]:
    """Return a freshly migrated SQLite database in a temporary folder."""
    database_path.parent.mkdir(parents=True)
    copy_sqlite_template(sqlite_template, database_path)
    db = open_database(sqlite_url(database_path), database_path.parent / "backups")
    yield db
    db.close()


@pytest.fixture
def database(sqlite_database: Database) -> Database:
    """Return a freshly migrated SQLite database (storage and services use both databases)."""
    return sqlite_database


@pytest.fixture
def computer_settings(tmp_path: Path) -> QtComputerSettings:
    """Return this computer's own settings, in an INI file of the test (never the user's)."""
    return QtComputerSettings.in_file(tmp_path / "computer.ini")


@pytest.fixture
def amsterdam() -> Iterator[None]:
    """Run the test on a computer set to Dutch time (UTC+1, +2 in summer); restore it after."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Amsterdam"
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[ThrowawayServer]:
    """Return a throwaway PostgreSQL server for this test run, or skip with the reason.

    On CI the server programs must be there (``.ci/run`` installs them): a skip would hide that
    the practice server went untested, so it fails instead.
    """
    programs = find_server()
    if isinstance(programs, str):
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL tests cannot run on CI: {programs}")
        SKIPPED_POSTGRES.add(programs)
        pytest.skip(f"PostgreSQL tests skipped: {programs}")
    server = ThrowawayServer(programs)
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def postgres_template(postgres_server: ThrowawayServer) -> str:
    """Return the name of a migrated database that each test's database is copied from."""
    name = "sterkblijven_template"
    postgres_server.create_database(name)
    # The app never migrates a server at start (its administrator does): migrate it here.
    engine = make_engine(postgres_server.url(name))
    upgrade(engine)
    engine.dispose()
    return name


class TemplateCopies:
    """Copies of the migrated template, each made while the test before it runs.

    Copying a database and dropping one is work of the server's own processes: done from a
    thread here, it runs beside the tests instead of before and after each of them. Each test
    still gets a fresh copy of its own. The copies come from a template of their own, which
    no test connects to (a copy cannot be made while anyone is connected to its template).
    """

    def __init__(self, server: ThrowawayServer, template: str) -> None:
        self._server = server
        self._template = server.create_database("sterkblijven_copies", template=template)
        self._numbers = itertools.count(1)
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="postgres-copies")
        self._next = self._worker.submit(self._copy)
        self._drops: list[Future[None]] = []

    def _copy(self) -> str:
        name = f"copy_{next(self._numbers)}"
        self._server.execute(f"CREATE DATABASE {name} TEMPLATE {self._template}")
        return name

    def take(self) -> str:
        """Return the name of a fresh copy, and start making the next one."""
        name = self._next.result()
        self._next = self._worker.submit(self._copy)
        for drop in [drop for drop in self._drops if drop.done()]:
            drop.result()  # a copy that could not be dropped says so here
            self._drops.remove(drop)
        return name

    def throw_away(self, name: str) -> None:
        """Drop a copy a test is done with, beside the next test."""
        self._drops.append(self._worker.submit(self._server.drop_database, name))

    def close(self) -> None:
        """Drop the copy made ahead, and wait for every drop."""
        self.throw_away(self._next.result())
        self._worker.shutdown(wait=True)
        for drop in self._drops:
            drop.result()


@pytest.fixture(scope="session")
def postgres_copies(
    postgres_server: ThrowawayServer, postgres_template: str
) -> Iterator[TemplateCopies]:
    """Return the copies of the migrated template that the tests' databases are."""
    copies = TemplateCopies(postgres_server, postgres_template)
    try:
        yield copies
    finally:
        copies.close()


@pytest.fixture
def postgres_database(
    postgres_server: ThrowawayServer, postgres_copies: TemplateCopies
) -> Iterator[Database]:
    """Return a freshly migrated database of its own on the throwaway PostgreSQL server."""
    name = postgres_copies.take()
    db = open_database(postgres_server.url(name))
    yield db
    db.close()
    postgres_copies.throw_away(name)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say plainly, at the end of the run, why the PostgreSQL tests did not run."""
    for reason in sorted(SKIPPED_POSTGRES):
        terminalreporter.write_line(
            f"NOTE: the PostgreSQL tests were skipped: {reason}", yellow=True
        )
