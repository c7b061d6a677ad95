"""The birth month and the arm curl's dumbbell are kept, and older data upgrades without them."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from sterkblijven.domain import fitness
from sterkblijven.domain.model import Sex, Trainee
from sterkblijven.storage import Database, open_database
from sterkblijven.storage import progress as store
from sterkblijven.storage import repositories as repo
from sterkblijven.storage.database import make_engine, sqlite_url, upgrade


def test_a_trainee_keeps_a_birth_month_or_none(database: Database, clock: datetime) -> None:
    """A month given is stored; someone who gives only the year has none."""
    with database.transaction() as tx:
        riet = repo.add_trainee(tx, Trainee("Riet", 1948, Sex.FEMALE, birth_month=11), clock)
        jan = repo.add_trainee(tx, Trainee("Jan", 1946, Sex.MALE), clock)
    assert riet.id is not None and jan.id is not None
    with database.transaction() as tx:
        assert repo.get_trainee(tx, riet.id).birth_month == 11
        assert repo.get_trainee(tx, jan.id).birth_month is None
        repo.set_birth_month(tx, jan.id, 3)
        repo.set_birth_month(tx, riet.id, None)
    with database.transaction() as tx:
        assert repo.get_trainee(tx, jan.id).birth_month == 3
        assert repo.get_trainee(tx, riet.id).birth_month is None


def test_a_test_result_keeps_its_dumbbell(database: Database, clock: datetime) -> None:
    """The arm curl's weight comes back as stored; other tests have none."""
    with database.transaction() as tx:
        riet = repo.add_trainee(tx, Trainee("Riet", 1948, Sex.FEMALE), clock)
        assert riet.id is not None
        curl = fitness.TestResult("arm_curl_30s", 14.0, clock, dumbbell_kg=2.0)
        stand = fitness.TestResult("chair_stand_30s", 11.0, clock)
        saved = store.add_test_result(tx, riet.id, curl)
        store.add_test_result(tx, riet.id, stand)
    assert saved.dumbbell_kg == 2.0
    with database.transaction() as tx:
        found = store.test_results(tx, riet.id)
    assert [(result.test_id, result.dumbbell_kg) for result in found] == [
        ("arm_curl_30s", 2.0),
        ("chair_stand_30s", None),
    ]


def test_data_from_0006_upgrades_with_no_month_and_no_weight(tmp_path: Path) -> None:
    """People and results from before are kept; their month and weight are unknown."""
    path = tmp_path / "old.sqlite3"
    engine = make_engine(sqlite_url(path))
    upgrade(engine, "0006")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO trainees (id, uuid, name, birth_year, sex, created_at) VALUES "
            "(1, '3f1c8f55-8f4e-4d7e-9d59-2a8c7a1c0d11', 'Riet', 1948, 'female', "
            "'2026-01-05 10:00:00')"
        )
        connection.execute(
            "INSERT INTO test_results (trainee_id, test_id, value, taken_at, note) "
            "VALUES (1, 'arm_curl_30s', 14, '2026-01-05 10:00:00', '')"
        )
    database = open_database(sqlite_url(path), tmp_path / "backups")
    try:
        with database.transaction() as tx:
            assert repo.get_trainee(tx, 1).birth_month is None
            (result,) = store.test_results(tx, 1)
        assert (result.value, result.dumbbell_kg) == (14.0, None)
    finally:
        database.close()
