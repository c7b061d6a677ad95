"""Migrations on PostgreSQL: each earlier schema with a row in every table reaches the newest."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import Boolean, Date, DateTime, Float, Integer, MetaData, insert, select

from sterkblijven.storage.database import SCHEMA_HEAD, make_engine, upgrade
from tests.postgres import ThrowawayServer
from tests.storage.test_migrations import revisions_before_head


def plausible(column_type: object, name: str) -> object:
    """Return a value that fits a column of this type."""
    if isinstance(column_type, Boolean):
        return False
    if isinstance(column_type, Integer):
        return 1
    if isinstance(column_type, Float):
        return 1.5
    if isinstance(column_type, DateTime):
        return datetime(2026, 1, 5, 10, 0)
    if isinstance(column_type, Date):
        return date(2026, 1, 5)
    return f"{name}-1"[:8]


@pytest.mark.parametrize("revision", revisions_before_head())
def test_every_earlier_schema_upgrades_on_postgresql_keeping_every_row(
    postgres_server: ThrowawayServer, revision: str
) -> None:
    """A row in every table at an earlier revision is still there, value for value, at the head."""
    name = postgres_server.create_database()
    engine = make_engine(postgres_server.url(name))
    upgrade(engine, revision)
    before = MetaData()
    before.reflect(engine)
    written: dict[str, dict[str, object]] = {}
    with engine.begin() as connection:
        for table in before.sorted_tables:
            if table.name == "alembic_version":
                continue
            row = {c.name: plausible(c.type, c.name) for c in table.columns}
            connection.execute(insert(table).values(row))
            written[table.name] = row
    upgrade(engine)
    after = MetaData()
    after.reflect(engine)
    with engine.connect() as connection:
        assert connection.execute(select(after.tables["alembic_version"])).scalar() == SCHEMA_HEAD
        for table_name, row in written.items():
            table = after.tables[table_name]
            kept = connection.execute(select(*(table.c[c] for c in row))).one()
            assert dict(zip(row, kept, strict=True)) == row, table_name
    engine.dispose()
    postgres_server.drop_database(name)
