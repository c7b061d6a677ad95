"""Storage runs on both of the app's databases: SQLite at home, PostgreSQL at a practice."""

from __future__ import annotations

import pytest

from sterkblijven.storage import Database


@pytest.fixture(params=["sqlite", "postgres"])
def database(request: pytest.FixtureRequest) -> Database:
    """Return a freshly migrated database, once on SQLite and once on PostgreSQL."""
    return request.getfixturevalue(f"{request.param}_database")


# For what only the SQLite file at home has: the file itself, its journal, its backups and
# restores, and the command line that works on the data folder.
sqlite_only = pytest.mark.parametrize("database", ["sqlite"], indirect=True)
