"""A session entered from paper stays marked in the JSON export, after an import, and in CSV."""

from __future__ import annotations

import csv
import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from sterkblijven.services.exchange import Exchange
from sterkblijven.services.training import Effort, PaperEntry, Training
from sterkblijven.storage import Database, open_database
from sterkblijven.storage.database import sqlite_url
from tests.clocks import ManualClock

# Saved on a Dutch computer: the clock is east of UTC, as on every computer it is used on.
pytestmark = pytest.mark.usefixtures("amsterdam")


def enter_one(training: Training, trainee: int, moment: ManualClock[datetime]) -> None:
    """Enter a training of two days ago from paper, every exercise done."""
    moment.now += timedelta(days=5)
    form = training.paper_form(trainee)
    entries = [
        PaperEntry(e.position, e.item.exercise_id, 10, Effort.MODERATE, 0) for e in form.exercises
    ]
    training.record_from_paper(trainee, moment.now.date() - timedelta(days=2), entries)


def test_the_json_export_and_an_import_keep_the_mark(
    database: Database,
    training: Training,
    trainee: int,
    moment: ManualClock[datetime],
    tmp_path: Path,
) -> None:
    """The export says from_paper for that session; read in elsewhere, it says so again."""
    enter_one(training, trainee, moment)
    source = Exchange(database, tmp_path / "backups", moment)
    text = source.export_text()
    (person,) = json.loads(text)["people"]
    assert [s["from_paper"] for s in person["sessions"]] == [True]
    other = open_database(sqlite_url(tmp_path / "other.sqlite3"))
    try:
        target = Exchange(other, tmp_path / "other-backups", moment)
        path = tmp_path / "export.json"
        path.write_text(text, encoding="utf-8")
        target.apply(target.read(path))
        assert target.export_text() == text
    finally:
        other.close()


def test_the_sessions_table_has_a_from_paper_column(
    database: Database,
    training: Training,
    trainee: int,
    moment: ManualClock[datetime],
    tmp_path: Path,
) -> None:
    """sessions.csv ends each row with from_paper: true for the session entered from paper."""
    enter_one(training, trainee, moment)
    folder = tmp_path / "tables"
    Exchange(database, tmp_path / "backups", moment).write_csv(folder)
    with (folder / "sessions.csv").open(encoding="utf-8-sig", newline="") as file:
        header, *rows = list(csv.reader(file))
    assert header[-1] == "from_paper"
    assert [row[-1] for row in rows] == ["true"]
