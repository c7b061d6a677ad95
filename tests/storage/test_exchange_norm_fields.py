"""The birth month and the arm curl's dumbbell travel with an export, and older files still read."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from sterkblijven.domain import fitness
from sterkblijven.domain.exchange.reader import read_document
from sterkblijven.domain.exchange.schema import ImportRefused
from sterkblijven.domain.exchange.writer import csv_tables, encode_document
from sterkblijven.domain.model import Sex, Trainee
from sterkblijven.storage import Database, open_database
from sterkblijven.storage import progress as store
from sterkblijven.storage import repositories as repo
from sterkblijven.storage.database import sqlite_url
from sterkblijven.storage.exchange.reading import read_people
from sterkblijven.storage.exchange.writing import add_person


def riet_with_a_curl(database: Database, now: datetime) -> None:
    """Store Riet, born in November, with an arm curl done with 2 kg and a chair stand."""
    with database.transaction() as tx:
        riet = repo.add_trainee(tx, Trainee("Riet", 1948, Sex.FEMALE, birth_month=11), now)
        assert riet.id is not None
        store.add_test_result(
            tx, riet.id, fitness.TestResult("arm_curl_30s", 14, now, dumbbell_kg=2)
        )
        store.add_test_result(tx, riet.id, fitness.TestResult("chair_stand_30s", 11, now))


def test_an_export_carries_the_birth_month_and_the_dumbbell(
    database: Database, clock: datetime, tmp_path: Path
) -> None:
    """Exported and read into another computer, Riet keeps her month and her curl's weight."""
    riet_with_a_curl(database, clock)
    with database.transaction() as tx:
        people = read_people(tx)
    (person,) = people
    assert person["birth_month"] == 11
    assert [result["dumbbell_kg"] for result in person["tests"]] == [2.0, None]
    text = encode_document(people, "0.1.0")
    (read,) = read_document(text.encode("utf-8"), 2026)
    assert read == person
    other = open_database(sqlite_url(tmp_path / "other.sqlite3"))
    try:
        with other.transaction() as tx:
            new_id = add_person(tx, read, read["name"])
        with other.transaction() as tx:
            assert repo.get_trainee(tx, new_id).birth_month == 11
            assert [r.dumbbell_kg for r in store.test_results(tx, new_id)] == [2.0, None]
    finally:
        other.close()


def test_the_spreadsheet_table_of_tests_names_the_dumbbell(
    database: Database, clock: datetime
) -> None:
    """tests.csv has a column with the arm curl's dumbbell, empty for other tests."""
    riet_with_a_curl(database, clock)
    with database.transaction() as tx:
        people = read_people(tx)
    header, curl, stand = csv_tables(people)["tests.csv"]
    column = header.index("dumbbell_kg")
    assert (curl[column], stand[column]) == ("2.0", "")


def without(document: dict[str, object], *keys: str) -> dict[str, object]:
    """Return a file's document with these keys taken out of every person and result."""
    for person in document["people"]:  # type: ignore[attr-defined]
        for key in keys:
            person.pop(key, None)
        for result in person["tests"]:
            for key in keys:
                result.pop(key, None)
    return document


def test_a_file_from_before_reads_without_month_or_weight(
    database: Database, clock: datetime
) -> None:
    """A file written before these fields existed gives no month and no weight."""
    riet_with_a_curl(database, clock)
    with database.transaction() as tx:
        document = json.loads(encode_document(read_people(tx), "0.1.0"))
    older = json.dumps(without(document, "birth_month", "dumbbell_kg")).encode("utf-8")
    (person,) = read_document(older, 2026)
    assert person["birth_month"] is None
    assert [result["dumbbell_kg"] for result in person["tests"]] == [None, None]


@pytest.mark.parametrize(
    ("key", "value"),
    [("birth_month", 13), ("birth_month", 0), ("birth_month", "11"), ("dumbbell_kg", -1)],
)
def test_an_impossible_month_or_weight_refuses_the_file(
    database: Database, clock: datetime, key: str, value: object
) -> None:
    """A month outside 1-12 or a weight below nothing is damage, named by its field."""
    riet_with_a_curl(database, clock)
    with database.transaction() as tx:
        document = json.loads(encode_document(read_people(tx), "0.1.0"))
    person = document["people"][0]
    if key == "birth_month":
        person[key] = value
    else:
        person["tests"][0][key] = value
    with pytest.raises(ImportRefused) as refused:
        read_document(json.dumps(document).encode("utf-8"), 2026)
    assert refused.value.code == "damaged"
    assert key in refused.value.detail
