"""Removing a person on a practice's server archives them; the app logs who opened what."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from sqlalchemy import text

from sterkblijven.domain.model import Sex, Trainee
from sterkblijven.services.exchange import Exchange
from sterkblijven.services.progress import Progress
from sterkblijven.services.reports import Reports
from sterkblijven.services.trainees import Trainees
from sterkblijven.storage import Database
from sterkblijven.storage import repositories as repo
from sterkblijven.storage.server import read_log
from tests.server.conftest import Practice

NOW = datetime(2026, 12, 7, 10, 0)


def add_person(database: Database, name: str) -> int:
    """Add a person through the app's own storage code; return their id."""
    with database.transaction() as tx:
        person = repo.add_trainee(tx, Trainee(name, 1950, Sex.FEMALE), NOW)
    assert person.id is not None
    return person.id


def test_removing_a_person_on_a_server_archives_them(practice: Practice, tmp_path: Path) -> None:
    """A carer's removal keeps the records, archived; the person leaves lists and exports."""
    anna = practice.new_carer("Anna")
    database = practice.open_as(anna)
    riet, kees = add_person(database, "Riet"), add_person(database, "Kees")
    trainees = Trainees(database, tmp_path / "backups", lambda: NOW)
    assert trainees.remove(riet) is None
    assert [p.name for p in trainees.all()] == ["Kees"]
    Exchange(database, tmp_path / "backups", lambda: NOW).write_json(tmp_path / "out.json")
    exported = json.loads((tmp_path / "out.json").read_text())
    assert [p["name"] for p in exported["people"]] == ["Kees"]
    with database.engine.connect() as connection:
        kept = connection.execute(
            text("SELECT archived_at FROM trainees WHERE id = :id"), {"id": riet}
        ).scalar()
    assert kept == NOW.astimezone()  # the same moment, now kept with its zone
    assert kees


def test_removing_a_person_at_home_still_deletes_them(
    sqlite_database: Database, tmp_path: Path
) -> None:
    """At home the person and their records go (after a backup), as before."""
    riet = add_person(sqlite_database, "Riet")
    Trainees(sqlite_database, tmp_path / "backups", lambda: NOW).remove(riet)
    with sqlite_database.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM trainees")).scalar() == 0


def test_opening_progress_and_the_report_is_logged(practice: Practice, catalogue: object) -> None:
    """The services the progress page and the report call write who opened which client."""
    from sterkblijven.domain.catalogue import Catalogue

    assert isinstance(catalogue, Catalogue)
    anna = practice.new_carer("Anna")
    database = practice.open_as(anna)
    riet = add_person(database, "Riet")
    Progress(database, catalogue, lambda: NOW).note_opened(riet)
    Reports(database, catalogue, lambda: NOW).note_opened(riet)
    _name, entries = read_log(practice.admin_url, "Riet")
    assert [(e.actor, e.action) for e in entries][-2:] == [
        (anna, "opened progress"),
        (anna, "opened report"),
    ]


def test_an_import_that_replaces_a_person_on_a_server_archives_the_old_one(
    practice: Practice, tmp_path: Path
) -> None:
    """Replacing a person by import archives the one here; the list shows the imported one."""
    from sterkblijven.services.exchange import Conflict

    anna = practice.new_carer("Anna")
    database = practice.open_as(anna)
    add_person(database, "Riet")
    exchange = Exchange(database, tmp_path / "backups", lambda: NOW)
    exchange.write_json(tmp_path / "riet.json")
    plan = exchange.read(tmp_path / "riet.json")
    summary = exchange.apply(plan, {person.index: Conflict.REPLACE for person in plan.conflicts})
    assert summary.replaced == 1
    assert [p.name for p in Trainees(database, tmp_path, lambda: NOW).all()] == ["Riet"]
    with database.engine.connect() as connection:
        rows = connection.execute(text("SELECT archived_at FROM trainees ORDER BY id")).all()
    assert [row[0] for row in rows] == [NOW.astimezone(), None]


def test_a_person_removed_on_a_server_can_be_read_in_again(
    practice: Practice, tmp_path: Path
) -> None:
    """The archived records give up the person's UUID, so their export reads in as them again."""
    anna = practice.new_carer("Anna")
    database = practice.open_as(anna)
    riet = add_person(database, "Riet")
    exchange = Exchange(database, tmp_path / "backups", lambda: NOW)
    exchange.write_json(tmp_path / "riet.json", riet)
    person_uuid = json.loads((tmp_path / "riet.json").read_text())["people"][0]["uuid"]
    Trainees(database, tmp_path / "backups", lambda: NOW).remove(riet)
    plan = exchange.read(tmp_path / "riet.json")
    assert [person.here for person in plan.people] == [None]  # not "already here"
    summary = exchange.apply(plan, {})
    assert (summary.added, summary.replaced) == (1, 0)
    with database.transaction() as tx:
        assert [(t.name, u) for u, t in repo.trainees_by_uuid(tx).items()] == [
            ("Riet", person_uuid)
        ]
