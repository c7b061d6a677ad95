"""The CSV tables for a Dutch spreadsheet: semicolons, a decimal comma, Dutch names and words."""

from __future__ import annotations

import csv
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.model import Sex
from sterkblijven.services.exchange import Exchange
from sterkblijven.services.fitness import FitnessTests
from sterkblijven.services.onboarding import FirstRunAnswers, Onboarding
from sterkblijven.storage import Database
from sterkblijven.storage.database import PRIVATE_FILE_MODE
from tests.clocks import ManualClock

NOTE = 'Knie; "stijf" na het fietsen'
DUTCH_FILES = ("trainingen.csv", "sets.csv", "testuitslagen.csv", "vragen-dag-erna.csv")


@pytest.fixture
def riet(database: Database, catalogue: Catalogue, moment: ManualClock[datetime]) -> int:
    """Return Riet with an arm curl of 2.25 kg, a TUG of 9.4 s and a chair stand with the arms."""
    answers = FirstRunAnswers("Riet", "1948", Sex.FEMALE, frozenset(), False, (2.25,), (), "nl")
    trainee = Onboarding(database, catalogue, moment).complete(answers).trainee
    assert trainee.id is not None
    fitness = FitnessTests(database, moment)
    start = moment.now
    for minutes, (test_id, value, note, arms, kg) in enumerate(
        (
            ("arm_curl_30s", 15, NOTE, False, 2.25),
            ("timed_up_and_go", 9.4, "", False, None),
            ("chair_stand_30s", 0, "", True, None),
        )
    ):
        moment.now = start + timedelta(minutes=minutes)
        fitness.record(trainee.id, test_id, value, note, arms, kg)
    return trainee.id


def _table(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file, delimiter=";"))


def test_dutch_tables_read_back_with_semicolons_and_the_decimal_comma(
    database: Database, riet: int, tmp_path: Path, moment: ManualClock[datetime]
) -> None:
    """A csv reader with ";" gets Dutch columns, "9,4" and "2,25", and the note as it was."""
    folder = tmp_path / "tabellen"
    summary = Exchange(database, tmp_path / "backups", moment).write_csv(folder, dutch=True)
    assert summary.files == tuple(folder / name for name in DUTCH_FILES)
    assert summary.tests == 3
    for name in DUTCH_FILES:
        path = folder / name
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")
        assert path.stat().st_mode & 0o777 == PRIVATE_FILE_MODE
    rows = _table(folder / "testuitslagen.csv")
    assert list(rows[0]) == [
        "Persoon",
        "Test",
        "Uitslag",
        "Eenheid",
        "Gedaan op",
        "Armen nodig",
        "Halter (kg)",
        "Notitie",
    ]
    curl, tug, stand = rows
    assert float(tug["Uitslag"].replace(",", ".")) == pytest.approx(9.4)
    assert tug["Uitslag"] == "9,4" and tug["Eenheid"] == "seconden"
    assert curl["Halter (kg)"] == "2,25" and curl["Uitslag"] == "15"
    assert curl["Notitie"] == NOTE
    assert curl["Test"] == "arm buigen met een halter in 30 seconden"
    assert (stand["Armen nodig"], tug["Armen nodig"]) == ("ja", "nee")
    assert stand["Uitslag"] == "0"
    assert list(_table(folder / "trainingen.csv")[0:1]) == []  # no sessions yet: the header only
    header = (folder / "trainingen.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header == "Persoon;Begonnen;Klaar;Afloop;Sets gedaan;Notitie;Van papier ingevoerd"


def test_the_international_tables_stay_as_they_were(
    database: Database, riet: int, tmp_path: Path, moment: ManualClock[datetime]
) -> None:
    """Without the Dutch choice: commas, points, English columns and codes, as before."""
    folder = tmp_path / "tables"
    Exchange(database, tmp_path / "backups", moment).write_csv(folder)
    with (folder / "tests.csv").open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert [row["value"] for row in rows] == ["15.0", "9.4", "0.0"]
    assert rows[0]["test_id"] == "arm_curl_30s" and rows[0]["note"] == NOTE
