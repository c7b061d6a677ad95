"""Migrations: the schema revisions, and an upgrade that is one transaction on SQLite too."""

from __future__ import annotations

import contextlib
import functools
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, event

from sterkblijven.storage.problems import DatabaseProblem

if TYPE_CHECKING:
    from alembic.script import ScriptDirectory

# The newest migration's revision. tests/storage checks it against the migration scripts, so
# a normal start can tell "up to date" without importing Alembic (which costs start-up time).
SCHEMA_HEAD = "0015"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


@functools.cache
def scripts() -> ScriptDirectory:
    """Return the migration scripts, read once."""
    # Read once: building Alembic's map of revisions takes most of a backup check.
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS_DIR))


def head_revision() -> str:
    """Return the newest revision among the migration scripts."""
    head = scripts().get_current_head()
    assert isinstance(head, str)
    return head


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the Alembic migrations up to ``revision`` on this engine, all in one transaction.

    Whatever stops it (an error, a kill, a power cut), the database is left as it was.
    """
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect() as connection:
        if connection.dialect.name != "sqlite":
            with connection.begin():  # other databases keep schema changes in transactions
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
            return
        with _one_sqlite_transaction(connection):
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            if connection.exec_driver_sql("PRAGMA foreign_key_check").first():
                raise DatabaseProblem("upgrade_failed", str(engine.url), "foreign key check failed")


@contextlib.contextmanager
def _one_sqlite_transaction(connection: Connection) -> Iterator[None]:
    """Run the block in one SQLite transaction that holds its schema changes too.

    Python's sqlite3 driver begins a transaction only before INSERT, UPDATE and DELETE, so
    each CREATE, DROP and ALTER of a migration committed on its own: a kill half-way left new
    tables under the old revision. As SQLAlchemy documents for pysqlite, the driver's own
    handling is switched off, on this one connection, and BEGIN is emitted explicitly.
    """
    driver = connection.connection.driver_connection
    assert driver is not None
    before = driver.isolation_level
    driver.isolation_level = None
    # Outside any transaction, where this pragma takes effect: SQLite alters a table by
    # copying it and dropping the old one, and with foreign keys on, that drop would cascade
    # and delete every row referring to the table.
    driver.execute("PRAGMA foreign_keys=OFF")

    def begin(begun: Connection) -> None:
        begun.exec_driver_sql("BEGIN IMMEDIATE")  # the write lock at once, not half-way

    event.listen(connection, "begin", begin)
    try:
        with connection.begin():
            yield
    finally:
        event.remove(connection, "begin", begin)
        with contextlib.suppress(sqlite3.Error):  # a connection that failed is thrown away
            driver.execute("PRAGMA foreign_keys=ON")
        driver.isolation_level = before
