"""Opening a practice's server as the app does: its schema as it is, or a plain refusal."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from sterkblijven.storage import open_database
from sterkblijven.storage.database import DatabaseProblem, make_engine, upgrade
from sterkblijven.storage.server import is_checked_url, server_url
from tests.postgres import ThrowawayServer
from tests.server.conftest import Practice


def test_a_wrong_password_is_told_as_a_failed_login(practice: Practice) -> None:
    """A wrong password gives login_failed, and an unknown user too."""
    anna = practice.new_carer("Anna")
    with pytest.raises(DatabaseProblem) as wrong:
        open_database(practice.server.url(practice.name, anna, "not the password"))
    assert wrong.value.code == "login_failed"
    with pytest.raises(DatabaseProblem) as unknown:
        open_database(practice.server.url(practice.name, "nobody here", "x"))
    assert unknown.value.code == "login_failed"


def test_no_server_at_the_address_is_told_as_unreachable(tmp_path: object) -> None:
    """A socket folder where no server listens gives server_unreachable."""
    with pytest.raises(DatabaseProblem) as caught:
        open_database(server_url(str(tmp_path), "practice", "anna", "secret"))
    assert caught.value.code == "server_unreachable"


def revision(server: ThrowawayServer, name: str) -> str | None:
    """Return the schema revision stamped in a database on the server."""
    import psycopg

    with psycopg.connect(server.conninfo(name)) as connection:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])


def test_an_older_schema_is_refused_and_left_as_it_is(postgres_server: ThrowawayServer) -> None:
    """A server one revision behind is not migrated at start: server_older, nothing changed."""
    name = postgres_server.create_database()
    engine = make_engine(postgres_server.url(name))
    upgrade(engine, "0011")
    engine.dispose()
    with pytest.raises(DatabaseProblem) as caught:
        open_database(postgres_server.url(name))
    assert caught.value.code == "server_older"
    assert revision(postgres_server, name) == "0011"
    postgres_server.drop_database(name)


def test_an_empty_server_database_is_refused_as_not_set_up(
    postgres_server: ThrowawayServer,
) -> None:
    """A database no one has set up is refused (the administrator runs init), and left empty."""
    name = postgres_server.create_database()
    with pytest.raises(DatabaseProblem) as caught:
        open_database(postgres_server.url(name))
    assert caught.value.code == "server_older"
    engine = make_engine(postgres_server.url(name))
    with engine.connect() as connection:
        tables = connection.execute(
            text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
        ).scalar()
    engine.dispose()
    assert tables == 0
    postgres_server.drop_database(name)


def test_a_newer_schema_is_refused_and_left_as_it_is(practice: Practice) -> None:
    """A server a version ahead gives server_newer, and its revision stays."""
    practice.server.execute("UPDATE alembic_version SET version_num = '9999'", practice.name)
    with pytest.raises(DatabaseProblem) as caught:
        open_database(practice.admin_url)
    assert caught.value.code == "server_newer"
    assert revision(practice.server, practice.name) == "9999"


def test_a_server_over_the_network_is_reached_only_with_its_certificate_checked() -> None:
    """server_url asks for verify-full and the CA file over the network, none on a socket."""
    from pathlib import Path

    remote = server_url(
        "db.praktijk.nl:6432", "praktijk", "Anna de Vries", "p@ss/w", Path("ca.pem")
    )
    assert "sslmode=verify-full" in remote and "sslrootcert=ca.pem" in remote
    assert ":6432/praktijk" in remote and is_checked_url(remote)
    with pytest.raises(ValueError):
        server_url("db.praktijk.nl", "praktijk", "anna", "secret")
    local = server_url("/var/run/postgresql", "praktijk", "anna", "secret")
    assert is_checked_url(local) and "sslmode" not in local
    assert not is_checked_url("postgresql+psycopg://anna:x@db.praktijk.nl/praktijk")


def test_a_server_over_the_network_without_a_checked_certificate_is_refused() -> None:
    """A TCP URL without verify-full and a CA file is refused before any password is sent."""
    for url in (
        "postgresql+psycopg://anna:secret@192.0.2.1/praktijk",
        "postgresql+psycopg://anna:secret@192.0.2.1/praktijk?sslmode=require",
    ):
        with pytest.raises(DatabaseProblem) as caught:
            open_database(url)
        assert caught.value.code == "server_unchecked"
