"""The access log on a practice's server: every change, and who opened what, for the admin."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import text

from sterkblijven.domain.model import Sex, Trainee
from sterkblijven.storage import repositories as repo
from sterkblijven.storage.server import read_log, record_access
from tests.server.conftest import Practice

NOW = datetime(2026, 12, 7, 10, 0)


def test_every_change_is_logged_with_who_what_and_which_person(practice: Practice) -> None:
    """Adding and changing a client, and adding a set of theirs, each leave a line in the log."""
    anna = practice.new_carer("Anna")
    database = practice.open_as(anna)
    with database.transaction() as tx:
        person = repo.add_trainee(tx, Trainee("Riet", 1950, Sex.FEMALE), NOW)
    assert person.id is not None
    with database.transaction() as tx:
        repo.rename_trainee(tx, person.id, "Riet B")
    with database.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO sessions (uuid, trainee_id, started_at, status, note) "
                "VALUES (gen_random_uuid()::text, :t, :at, 'done', '')"
            ),
            {"t": person.id, "at": NOW},
        )
        session_id = connection.execute(text("SELECT max(id) FROM sessions")).scalar()
        connection.execute(
            text(
                "INSERT INTO sets (uuid, session_id, exercise_id, set_number, equipment,"
                " band_doubled, reps, reached_failure, recorded_at, stop_signals)"
                " VALUES (gen_random_uuid()::text, :s, 'squat', 1, 'none', false, 10, false,"
                " :at, '')"
            ),
            {"s": session_id, "at": NOW},
        )
    name, entries = read_log(practice.admin_url, "Riet B")
    assert name == "Riet B"
    assert [(e.actor, e.action, e.table_name) for e in entries] == [
        (anna, "insert", "trainees"),
        (anna, "update", "trainees"),
        (anna, "insert", "sessions"),
        (anna, "insert", "sets"),
    ]
    assert "name" in entries[1].detail


def test_opening_a_clients_progress_is_logged_and_carers_cannot_fake_other_lines(
    practice: Practice,
) -> None:
    """The app's own line (progress opened) is written; other actions are not the app's to log."""
    anna = practice.new_carer("Anna")
    database = practice.open_as(anna)
    with database.transaction() as tx:
        person = repo.add_trainee(tx, Trainee("Riet", 1950, Sex.FEMALE), NOW)
    assert person.id is not None
    with database.transaction() as tx:
        record_access(tx, person.id, "opened progress")
    with pytest.raises(ValueError), database.transaction() as tx:
        record_access(tx, person.id, "delete")
    _name, entries = read_log(practice.admin_url, "Riet")
    assert [(e.actor, e.action) for e in entries][-1] == (anna, "opened progress")


def test_recording_an_access_at_home_writes_nothing(sqlite_database: object) -> None:
    """At home there is one carer and no log to keep: recording an opening changes nothing."""
    from sterkblijven.storage import Database

    assert isinstance(sqlite_database, Database)
    with sqlite_database.transaction() as tx:
        person = repo.add_trainee(tx, Trainee("Riet", 1950, Sex.FEMALE), NOW)
        assert person.id is not None
        record_access(tx, person.id, "opened report")
    with sqlite_database.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM access_log")).scalar() == 0


def test_a_carer_cannot_write_lines_about_another_carers_client(practice: Practice) -> None:
    """An opening logged by carer A about carer B's client is not written."""
    anna, bert = practice.new_carer("Anna"), practice.new_carer("Bert")
    with practice.open_as(bert).transaction() as tx:
        kees = repo.add_trainee(tx, Trainee("Kees", 1948, Sex.MALE), NOW)
    assert kees.id is not None
    with practice.open_as(anna).transaction() as tx:
        record_access(tx, kees.id, "opened report")
    _name, entries = read_log(practice.admin_url, "Kees")
    assert [e.actor for e in entries] == [bert]
