"""The practice server from the command line, black box: `python -m sterkblijven ...`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

import sterkblijven
from sterkblijven.domain.model import Sex, Trainee
from sterkblijven.services.exchange import Exchange
from sterkblijven.storage import Database
from sterkblijven.storage import repositories as repo
from tests.postgres import ThrowawayServer
from tests.server.conftest import Practice

NOW = datetime(2026, 12, 7, 10, 0)
SOURCE = Path(sterkblijven.__file__).parent.parent


def sterkblijven_says(*argv: str) -> subprocess.CompletedProcess[str]:
    """Run the installed command with these arguments; return what it did."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(SOURCE)}
    return subprocess.run(
        [sys.executable, "-m", "sterkblijven", *argv],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def add_person(database: Database, name: str) -> None:
    """Add a person through the app's own storage code."""
    with database.transaction() as tx:
        repo.add_trainee(tx, Trainee(name, 1950, Sex.FEMALE), NOW)


def test_init_and_upgrade_each_print_one_line(postgres_server: ThrowawayServer) -> None:
    """`server init` sets up an empty database; `server upgrade` after it changes nothing."""
    name = postgres_server.create_database()
    made = sterkblijven_says("server", "init", postgres_server.url(name))
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith("the server is set up") and made.stdout.count("\n") == 1
    again = sterkblijven_says("server", "upgrade", postgres_server.url(name))
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("the server is up to date")
    postgres_server.drop_database(name)


def test_a_carer_imports_and_exports_only_their_own_clients(
    practice: Practice, sqlite_database: Database, tmp_path: Path
) -> None:
    """As carer A: import a file, then export; the export holds A's clients, not B's."""
    anna, bert = practice.new_carer("Anna"), practice.new_carer("Bert")
    add_person(practice.open_as(bert), "Kees")
    add_person(sqlite_database, "Riet")
    Exchange(sqlite_database, tmp_path / "b", lambda: NOW).write_json(tmp_path / "riet.json")
    as_anna = ["--database-url", practice.url_of(anna), "--data-dir", str(tmp_path / "data")]
    imported = sterkblijven_says("import", str(tmp_path / "riet.json"), *as_anna)
    assert imported.returncode == 0, imported.stderr
    exported = sterkblijven_says("export", "--out", str(tmp_path / "out.json"), *as_anna)
    assert exported.returncode == 0, exported.stderr
    people = json.loads((tmp_path / "out.json").read_text())["people"]
    assert [person["name"] for person in people] == ["Riet"]


def test_add_carer_prints_a_password_once_that_logs_in(practice: Practice) -> None:
    """Without a file a strong password is made and printed once; it opens the data."""
    from sterkblijven.storage import open_database

    said = sterkblijven_says(
        "server", "add-carer", "José van Dijk-Öz", "--database-url", practice.admin_url
    )
    practice.carers["José van Dijk-Öz"] = ""  # dropped afterwards
    assert said.returncode == 0, said.stderr
    assert said.stdout.count("\n") == 1
    password = said.stdout.rsplit(": ", 1)[1].strip()
    assert len(password) >= 20
    open_database(practice.server.url(practice.name, "José van Dijk-Öz", password)).close()


def test_add_carer_takes_the_password_from_a_file(practice: Practice, tmp_path: Path) -> None:
    """With --password-file the password is read, not printed."""
    (tmp_path / "pw").write_text("a long secret phrase\n")
    said = sterkblijven_says(
        "server", "add-carer", "Ria", "--database-url", practice.admin_url,
        "--password-file", str(tmp_path / "pw"),
    )  # fmt: skip
    practice.carers["Ria"] = "a long secret phrase"
    assert said.returncode == 0, said.stderr
    assert "a long secret phrase" not in said.stdout
    practice.open_as("Ria").close()


@pytest.mark.parametrize("name", ['anna"; DROP ROLE x; --', "sterkblijven_owner", "", "a" * 41])
def test_add_carer_refuses_a_bad_name_plainly(practice: Practice, name: str) -> None:
    """A name with other characters, or too long, is refused in one line, making nothing."""
    said = sterkblijven_says("server", "add-carer", name, "--database-url", practice.admin_url)
    assert said.returncode == 1 and "Traceback" not in said.stderr
    assert "cannot be a carer's name" in said.stderr
    assert said.stdout == ""


def test_assign_and_the_log_in_plain_words(practice: Practice) -> None:
    """The administrator gives a client to another carer and reads who did what to them."""
    anna, bert = practice.new_carer("Anna"), practice.new_carer("Bert")
    add_person(practice.open_as(anna), "Riet")
    given = sterkblijven_says(
        "server", "assign", "riet", bert, "--database-url", practice.admin_url
    )
    assert given.returncode == 0, given.stderr
    assert given.stdout == f"Riet is now a client of {bert}\n"
    log = sterkblijven_says("server", "log", "Riet", "--database-url", practice.admin_url)
    assert log.returncode == 0, log.stderr
    lines = log.stdout.splitlines()
    assert lines[0] == "access log of Riet (times in this computer's zone):"
    assert f"  {anna}  added  trainees" in lines[1]
    assert "  postgres  changed  trainees (row 1: carer)" in lines[2]


def test_assign_refuses_an_ambiguous_name_listing_the_numbers(practice: Practice) -> None:
    """Two clients called Riet: the command names both numbers and changes nothing."""
    anna = practice.new_carer("Anna")
    add_person(practice.open_as(anna), "Riet")
    add_person(practice.open_as(anna), "Riet")
    said = sterkblijven_says("server", "assign", "Riet", anna, "--database-url", practice.admin_url)
    assert said.returncode == 1
    assert "more than one client is called 'Riet'" in said.stderr
    assert said.stderr.count("-") >= 8  # both UUIDs


def test_a_carer_cannot_run_the_administrators_tasks(practice: Practice) -> None:
    """A carer's login reading the log is told it takes the administrator's login."""
    anna = practice.new_carer("Anna")
    add_person(practice.open_as(anna), "Riet")
    said = sterkblijven_says("server", "log", "Riet", "--database-url", practice.url_of(anna))
    assert said.returncode == 1 and "administrator" in said.stderr


def test_backup_of_a_server_says_it_is_the_practices_job(practice: Practice) -> None:
    """The backup and restore commands on a server name pg_dump and change nothing."""
    for argv in (["backup"], ["restore", "x.sqlite3"]):
        said = sterkblijven_says(*argv, "--database-url", practice.admin_url)
        assert said.returncode == 1
        assert "pg_dump" in said.stderr


def test_a_wrong_password_is_one_plain_line(practice: Practice, tmp_path: Path) -> None:
    """An export with a wrong password says so in words."""
    anna = practice.new_carer("Anna")
    url = practice.server.url(practice.name, anna, "wrong")
    said = sterkblijven_says("export", "--out", str(tmp_path / "o.json"), "--database-url", url)
    assert said.returncode == 1
    assert "the user name or the password is not right" in said.stderr


def test_the_administrator_deletes_only_an_archived_client(
    practice: Practice, tmp_path: Path
) -> None:
    """`server delete` refuses a client still in use; an archived one goes, the log stays."""
    from sterkblijven.services.trainees import Trainees

    anna = practice.new_carer("Anna")
    database = practice.open_as(anna)
    add_person(database, "Riet")
    refused = sterkblijven_says("server", "delete", "Riet", "--database-url", practice.admin_url)
    assert refused.returncode == 1 and "Riet is not archived" in refused.stderr
    trainees = Trainees(database, tmp_path, lambda: NOW)
    riet = trainees.all()[0].id
    assert riet is not None
    trainees.remove(riet)
    deleted = sterkblijven_says("server", "delete", "Riet", "--database-url", practice.admin_url)
    assert deleted.returncode == 0, deleted.stderr
    import psycopg

    with psycopg.connect(practice.server.conninfo(practice.name)) as connection:
        assert connection.execute("SELECT count(*) FROM trainees").fetchone() == (0,)
        logged = connection.execute(
            "SELECT action FROM access_log WHERE trainee_id = %s ORDER BY id", (riet,)
        ).fetchall()
    assert [row[0] for row in logged] == ["insert", "update", "delete"]


def test_an_administrator_in_the_group_assigns_and_reads_the_log(
    practice: Practice, postgres_server: ThrowawayServer
) -> None:
    """A login in sterkblijven_admin (no superuser) does the administrator's daily tasks."""
    anna, bert = practice.new_carer("Anna"), practice.new_carer("Bert")
    admin = f"Piet {anna.split()[-1]}"
    postgres_server.execute(
        f"CREATE ROLE \"{admin}\" LOGIN PASSWORD 'beheer-geheim' IN ROLE sterkblijven_admin"
    )
    try:
        url = postgres_server.url(practice.name, admin, "beheer-geheim")
        add_person(practice.open_as(anna), "Riet")
        given = sterkblijven_says("server", "assign", "Riet", bert, "--database-url", url)
        assert given.stdout == f"Riet is now a client of {bert}\n", given.stderr
        log = sterkblijven_says("server", "log", "Riet", "--database-url", url)
        assert f"  {admin}  changed  trainees (row 1: carer)" in log.stdout, log.stderr
    finally:
        postgres_server.execute(f'DROP OWNED BY "{admin}"', practice.name)
        postgres_server.execute(f'DROP ROLE "{admin}"')


def test_importing_another_carers_client_is_refused_plainly(
    practice: Practice, tmp_path: Path
) -> None:
    """A file with a client of another carer says so and reads nothing in, not a database error."""
    anna, bert = practice.new_carer("Anna"), practice.new_carer("Bert")
    add_person(practice.open_as(anna), "Riet")
    exported = sterkblijven_says(
        "export", "--out", str(tmp_path / "riet.json"), "--database-url", practice.url_of(anna)
    )
    assert exported.returncode == 0, exported.stderr
    read_in = sterkblijven_says(
        "import", str(tmp_path / "riet.json"), "--database-url", practice.url_of(bert)
    )
    assert read_in.returncode == 1
    assert "client of another carer" in read_in.stdout + read_in.stderr
    with practice.open_as(bert).transaction() as tx:
        assert repo.trainees_by_uuid(tx) == {}
