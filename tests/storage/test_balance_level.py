"""A balance exercise's level is kept in the plan, in suggestions, through upgrades and files."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from sterkblijven.domain.exchange.reader import read_document
from sterkblijven.domain.exchange.schema import ImportRefused
from sterkblijven.domain.exchange.writer import encode_document
from sterkblijven.domain.model import (
    EquipmentKind,
    Load,
    Routine,
    RoutineExercise,
    Sex,
    Trainee,
)
from sterkblijven.domain.progression import Advice, Reason, Suggestion
from sterkblijven.storage import Database, open_database
from sterkblijven.storage import repositories as repo
from sterkblijven.storage import suggestions as store
from sterkblijven.storage.database import make_engine, sqlite_url, upgrade
from sterkblijven.storage.exchange.reading import read_people
from sterkblijven.storage.exchange.writing import add_person

BODY = Load(EquipmentKind.BODYWEIGHT)
STAND = RoutineExercise("single_leg_stand", BODY, rep_min=10, rep_max=30, balance_level=3)
STEPS = RoutineExercise("side_steps", BODY, balance_level=1)


def riet_with_a_plan(database: Database, now: datetime) -> int:
    """Store Riet with a plan of two balance exercises at their own levels and a suggestion."""
    with database.transaction() as tx:
        trainee = repo.add_trainee(tx, Trainee("Riet", 1948, Sex.FEMALE), now)
        assert trainee.id is not None
        repo.save_routine(tx, trainee.id, Routine((STAND, STEPS)), now)
        harder = Suggestion(
            Advice.NEXT_LEVEL,
            Reason.LEVEL_MASTERED,
            STAND,
            RoutineExercise("single_leg_stand", BODY, rep_min=10, rep_max=30, balance_level=4),
        )
        store.add(tx, trainee.id, None, 0, harder, False, now)
        return trainee.id


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Database]:
    """Return a second, empty database."""
    path = tmp_path / "other" / "sterkblijven.sqlite3"
    path.parent.mkdir()
    database = open_database(sqlite_url(path), path.parent / "backups")
    yield database
    database.close()


def test_the_plan_and_a_suggestion_keep_each_exercises_level(
    database: Database, clock: datetime
) -> None:
    """Saved and read again, the plan has levels 3 and 1 and the suggestion proposes 4."""
    trainee = riet_with_a_plan(database, clock)
    with database.transaction() as tx:
        routine = repo.active_routine(tx, trainee)
        (waiting,) = store.pending(tx, trainee)
    assert routine is not None and routine.exercises == (STAND, STEPS)
    assert (
        waiting.suggestion.current.balance_level,
        waiting.suggestion.proposed.balance_level,
    ) == (
        3,
        4,
    )


def test_levels_go_through_an_export_and_back_into_another_database(
    database: Database, other: Database, clock: datetime
) -> None:
    """The file names each plan item's level and the suggestion's; read in, they are the same."""
    trainee = riet_with_a_plan(database, clock)
    with database.transaction() as tx:
        people = read_people(tx, trainee)
    (items,) = [routine["exercises"] for routine in people[0]["routines"]]
    assert [item["balance_level"] for item in items] == [3, 1]
    assert json.loads(people[0]["suggestions"][0]["proposed"])["balance_level"] == 4
    read_back = read_document(encode_document(people, "0.1.0").encode("utf-8"), 2026)
    assert list(read_back) == people
    with other.transaction() as tx:
        new_id = add_person(tx, read_back[0], "Riet")
    with other.transaction() as tx:
        routine = repo.active_routine(tx, new_id)
        (waiting,) = store.pending(tx, new_id)
    assert routine is not None and routine.exercises == (STAND, STEPS)
    assert waiting.suggestion.proposed.balance_level == 4


def document_with_item(**changes: Any) -> bytes:
    """Return a file with one person whose plan item is changed as given."""
    item: dict[str, Any] = {
        "exercise_id": "single_leg_stand",
        "equipment": "bodyweight",
        "sets": 1,
        "rep_min": 10,
        "rep_max": 30,
        "rest_seconds": 120,
        "load_kg": None,
        "band": None,
        "band_doubled": False,
        "slow_tempo": False,
        "extra_set": False,
        "paused": False,
    }
    item.update(changes)
    person: dict[str, Any] = {
        "uuid": "0d9c3b52-93cf-4f3e-a1f3-5a8e1fbd3c27",
        "name": "Riet",
        "birth_year": 1941,
        "sex": "female",
        "created_at": "2026-03-02T09:15:00",
        "decides_own_loads": False,
        "readiness_checks": [],
        "dumbbells_kg": [],
        "bands": [],
        "routines": [
            {
                "created_at": "2026-03-02T09:15:00",
                "active": True,
                "weekdays": [0],
                "note": "",
                "exercises": [item],
            }
        ],
        "sessions": [],
        "checkins": [],
        "suggestions": [],
        "events": [],
        "tests": [],
    }
    document = {"format": "sterkblijven-export", "version": 2, "app": "0.1.0", "people": [person]}
    return json.dumps(document).encode("utf-8")


def test_a_file_from_before_levels_reads_as_the_first_level_and_a_bad_level_is_refused() -> None:
    """No level means the easiest step; a level that is no whole number from 0 is damage."""
    (person,) = read_document(document_with_item(), 2026)
    assert person["routines"][0]["exercises"][0]["balance_level"] == 0
    (person,) = read_document(document_with_item(balance_level=2), 2026)
    assert person["routines"][0]["exercises"][0]["balance_level"] == 2
    for bad in (-1, 1.5, True, "2", None, 100):
        with pytest.raises(ImportRefused) as refused:
            read_document(document_with_item(balance_level=bad), 2026)
        assert refused.value.detail.endswith("balance_level"), bad


def test_a_plan_from_before_levels_upgrades_to_the_first_level(tmp_path: Path) -> None:
    """A routine exercise stored at schema 0006 reads as level 0 after the upgrade."""
    path = tmp_path / "old.sqlite3"
    engine = make_engine(sqlite_url(path))
    upgrade(engine, "0006")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO trainees (id, name, birth_year, sex, created_at, decides_own_loads, uuid)"
            " VALUES (1, 'Riet', 1948, 'female', '2026-01-05 10:00:00', 0, 'u-1')"
        )
        connection.execute(
            "INSERT INTO routines (id, trainee_id, created_at, active, weekdays, note)"
            " VALUES (1, 1, '2026-01-05 10:00:00', 1, '0', '')"
        )
        connection.execute(
            "INSERT INTO routine_exercises (routine_id, position, exercise_id, equipment, sets,"
            " rep_min, rep_max, rest_seconds, load_kg, band_id, band_doubled, slow_tempo,"
            " extra_set, paused) VALUES (1, 0, 'single_leg_stand', 'bodyweight', 1, 10, 30,"
            " 120, NULL, NULL, 0, 0, 0, 0)"
        )
    database = open_database(sqlite_url(path), tmp_path / "backups")
    with database.transaction() as tx:
        routine = repo.active_routine(tx, 1)
    database.close()
    assert routine is not None and routine.exercises[0].balance_level == 0
