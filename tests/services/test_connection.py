"""Connecting to a practice's server: the URL, the form's checks, the login, and the PIN."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from sqlalchemy import make_url

from sterkblijven.services.carer import CarerAccess, Outcome
from sterkblijven.services.connection import (
    PracticeServer,
    form_problem,
    practice_server_url,
    try_login,
)
from sterkblijven.storage import Database
from tests.postgres import ThrowawayServer


def test_over_the_network_the_certificate_is_checked() -> None:
    """A server's address gets TLS with full certificate checking against the practice's file."""
    url = practice_server_url("db.praktijk.nl", 5433, "sterk", "anna", "p@ss/wo rd", "/c/ca.crt")
    parts = urlsplit(url)
    assert parts.scheme == "postgresql+psycopg"
    assert (parts.hostname, parts.port, parts.path) == ("db.praktijk.nl", 5433, "/sterk")
    # Quoted: any character may be in a password, and it comes back as it was.
    assert parts.password is not None
    assert "@" not in parts.password and "/" not in parts.password
    assert make_url(url).password == "p@ss/wo rd"
    query = parse_qs(parts.query)
    assert query["sslmode"] == ["verify-full"]
    assert query["sslrootcert"] == ["/c/ca.crt"]


def test_a_socket_folder_needs_no_certificate(tmp_path: Path) -> None:
    """A folder as the address is the server's socket on this computer: no TLS, no file."""
    url = practice_server_url(str(tmp_path), 5432, "sterk", "anna", "geheim")
    query = parse_qs(urlsplit(url).query)
    assert query["host"] == [str(tmp_path)]
    assert "sslmode" not in query
    problem, server = form_problem(str(tmp_path), "5432", "sterk", "anna", "geheim", "")
    assert (problem, server) == ("", PracticeServer(str(tmp_path), "sterk", "anna", 5432, ""))


def test_the_form_says_what_is_missing(tmp_path: Path) -> None:
    """Each missing or wrong field of the form has its own code; nothing is tried before."""
    fields = ["db.praktijk.nl", "5432", "sterk", "anna", "geheim", ""]
    assert form_problem(*fields)[0] == "no_certificate"
    assert form_problem(*fields[:5], str(tmp_path / "gone.crt"))[0] == "certificate_missing"
    for index, code in enumerate(["no_address", "bad_port", "no_database", "no_user"]):
        empty = list(fields)
        empty[index] = "" if index != 1 else "99999"
        assert form_problem(*empty)[0] == code
    assert form_problem(*fields[:4], "", "")[0] == "no_password"


def test_a_login_is_tried_on_the_real_server(
    postgres_server: ThrowawayServer, postgres_template: str
) -> None:
    """The right password connects; a wrong one is told as a refused login."""
    server = PracticeServer(
        str(postgres_server.socket_dir), postgres_template, "postgres", _port(postgres_server)
    )
    assert try_login(server, postgres_server.password) == ""
    assert try_login(server, "wrong") == "login_failed"


def test_on_the_server_the_carer_part_opens_without_the_pin(
    postgres_database: Database, clock: datetime
) -> None:
    """On a practice's server the login replaces the PIN: a PIN kept there is not asked."""
    access = CarerAccess(postgres_database, lambda: clock)
    access.set_pin("2468")
    assert access.on_server()
    assert not access.has_pin()
    assert access.check("").outcome is Outcome.OPEN


def _port(server: ThrowawayServer) -> int:
    return int(parse_qs(urlsplit(server.url()).query)["port"][0])
