"""A practice's server that refuses a login, is not there, or drops the connection: a plain code."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from sterkblijven.storage import DatabaseProblem, open_database
from tests.postgres import ThrowawayServer


def test_a_wrong_password_is_login_failed(
    postgres_server: ThrowawayServer, postgres_template: str
) -> None:
    """A wrong password is told as a refused login, not as unusable data."""
    with pytest.raises(DatabaseProblem) as caught:
        open_database(postgres_server.url(postgres_template, password="not-the-password"))
    assert caught.value.code == "login_failed"


def test_no_server_at_the_address_is_server_unreachable(tmp_path: Path) -> None:
    """A socket folder where no server listens is told as a server that cannot be reached."""
    url = f"postgresql+psycopg://someone:secret@/practice?host={tmp_path}&port=5432"
    with pytest.raises(DatabaseProblem) as caught:
        open_database(url)
    assert caught.value.code == "server_unreachable"


def test_a_connection_ended_by_the_server_is_connection_lost(
    postgres_server: ThrowawayServer, postgres_template: str
) -> None:
    """A transaction whose connection the server ends is told as a lost connection."""
    name = postgres_server.create_database(template=postgres_template)
    database = open_database(postgres_server.url(name))
    try:
        with pytest.raises(DatabaseProblem) as caught, database.transaction() as tx:
            tx.execute(text("SELECT 1"))
            postgres_server.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                f"WHERE datname = '{name}' AND pid <> pg_backend_pid()"
            )
            tx.execute(text("SELECT 1"))
        assert caught.value.code == "connection_lost"
        with database.transaction() as tx:  # the next one connects again (pre-ping)
            assert tx.execute(text("SELECT 1")).scalar() == 1
    finally:
        database.close()
        postgres_server.drop_database(name)
