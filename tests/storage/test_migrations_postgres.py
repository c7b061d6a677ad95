"""Every earlier schema upgrades to the newest on PostgreSQL too, with every value intact."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Engine,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    insert,
    inspect,
    select,
    text,
)
from sqlalchemy.types import TypeEngine

from sterkblijven.storage.database import SCHEMA_HEAD, make_engine, upgrade
from tests.postgres import ThrowawayServer
from tests.storage.test_migrations import model_indexes, moment_columns, revisions_before_head

WRITTEN_AT = datetime(2026, 1, 5, 10, 0)


@pytest.fixture
def server_database(postgres_server: ThrowawayServer) -> Iterator[str]:
    """Return the URL of a new, empty database of its own on the throwaway server.

    Its sessions run in Dutch time, so that turning zoneless times into zoned ones is tested
    with an offset that is not zero.
    """
    name = postgres_server.create_database()
    postgres_server.execute(f"ALTER DATABASE {name} SET TimeZone TO 'Europe/Amsterdam'")
    yield postgres_server.url(name)
    postgres_server.drop_database(name)


def filler(kind: TypeEngine[object], column: str) -> object:
    """Return a plausible value of a column's type, short enough for a sized text column."""
    if isinstance(kind, Boolean):
        return False
    if isinstance(kind, Integer):
        return 1
    if isinstance(kind, Float):
        return 1.5
    if isinstance(kind, DateTime):
        return WRITTEN_AT
    if isinstance(kind, Date):
        return date(2026, 1, 5)
    value = f"{column}-1"
    length = getattr(kind, "length", None) if isinstance(kind, String) else None
    return value[-length:] if length else value


def fill_every_table(engine: Engine, real_uuids: bool = False) -> dict[str, dict[str, object]]:
    """Put one row in every table, parents first; return each table's row as written.

    With ``real_uuids`` (a schema from 0014 on, where every record already has its UUID), the
    UUID columns get real ones, as the app writes them.
    """
    metadata = MetaData()
    metadata.reflect(engine)
    tables = [t for t in metadata.sorted_tables if t.name != "alembic_version"]
    written: dict[str, dict[str, object]] = {}
    with engine.begin() as connection:
        for table in tables:
            row = {column.name: filler(column.type, column.name) for column in table.columns}
            if real_uuids and "uuid" in row:
                row["uuid"] = str(uuid.uuid4())
            connection.execute(insert(table), row)
            written[table.name] = row
    return written


def read_back(engine: Engine, name: str, columns: list[str]) -> list[dict[str, object]]:
    """Return every row of a table, only the given columns."""
    table = Table(name, MetaData(), autoload_with=engine)
    with engine.connect() as connection:
        rows = connection.execute(select(*(table.c[column] for column in columns))).mappings()
        return [dict(row) for row in rows]


@pytest.mark.parametrize("revision", revisions_before_head())
def test_every_earlier_schema_upgrades_on_postgresql_with_every_row_intact(
    server_database: str, revision: str
) -> None:
    """Each earlier schema, a row in every table, upgrades on PostgreSQL keeping every value."""
    engine = make_engine(server_database)
    try:
        upgrade(engine, revision)
        written = fill_every_table(engine, real_uuids=revision >= "0014")
        with engine.connect() as connection:
            zone = ZoneInfo(str(connection.execute(text("SHOW TimeZone")).scalar()))
    finally:
        engine.dispose()
    # As `sterkblijven server upgrade` does: the app itself never migrates a server.
    engine = make_engine(server_database)
    upgrade(engine)
    try:
        with engine.connect() as connection:
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
                SCHEMA_HEAD
            )
        moments = moment_columns()
        for table, row in written.items():
            (kept,) = read_back(engine, table, list(row))
            # A moment written without a zone was the session's local time; it is kept as that
            # same moment, now with its zone. The access log's triggers wrote UTC. From 0014 on
            # every moment column has its zone, and a zoneless one is read in the session's.
            zoned_already = revision >= "0014"
            written_in = ZoneInfo("UTC") if table == "access_log" and not zoned_already else zone
            expected = {
                column: value.replace(tzinfo=written_in)
                if column in moments.get(table, set()) and isinstance(value, datetime)
                else value
                for column, value in row.items()
            }
            assert kept == expected, table
        # Every record that can leave the computer has a UUID of its own, also rows made by
        # an upgrade step (a hospital stay from an older event).
        reflected = inspect(engine)
        for table in reflected.get_table_names():
            if table == "trainees" or "uuid" not in {
                c["name"] for c in reflected.get_columns(table)
            }:
                continue
            found = [str(row["uuid"]) for row in read_back(engine, table, ["uuid"])]
            assert all(str(uuid.UUID(value)) == value for value in found), table
            assert len(set(found)) == len(found), table
    finally:
        engine.dispose()


def test_the_upgrade_makes_every_index_the_models_declare_on_postgresql(
    server_database: str,
) -> None:
    """A server database upgraded from 0014 has the indexes that keep home quick after years."""
    engine = make_engine(server_database)
    try:
        upgrade(engine, "0014")
        upgrade(engine)
        found = inspect(engine)
        for table, names in model_indexes().items():
            assert names <= {str(index["name"]) for index in found.get_indexes(table)}, table
    finally:
        engine.dispose()
