"""Storage runs on both of the app's databases: SQLite at home, PostgreSQL at a practice."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest

from sterkblijven.storage import Database


@pytest.fixture(params=["sqlite", "postgres"])
def database(request: pytest.FixtureRequest) -> Database:
    """Return a freshly migrated database, once on SQLite and once on PostgreSQL."""
    return request.getfixturevalue(f"{request.param}_database")


# For what only the SQLite file at home has: the file itself, its journal, its backups and
# restores, and the command line that works on the data folder.
sqlite_only = pytest.mark.parametrize("database", ["sqlite"], indirect=True)


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
