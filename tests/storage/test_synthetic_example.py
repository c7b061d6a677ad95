"""The example person: a year of history with a hospital stay, made by the synthetic generator."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from sterkblijven.domain.hospital import HOSPITAL_STAY, ClearedBy
from sterkblijven.storage import Database, open_database
from sterkblijven.storage import health as health_store
from sterkblijven.storage import repositories as repo
from sterkblijven.storage.database import sqlite_url
from sterkblijven.storage.models import SessionRow, TraineeEventRow
from sterkblijven.storage.synthetic.example import generate_example
from sterkblijven.storage.synthetic.history import generate_history

END = datetime(2026, 11, 16, 8, 0)


def fresh_database(folder: Path) -> Database:
    """Open a newly migrated database in a folder of its own."""
    folder.mkdir()
    return open_database(sqlite_url(folder / "sterkblijven.sqlite3"))


def hospital_events(database: Database, trainee_id: int) -> int:
    """Return how many hospital stays were reported for the trainee."""
    with database.transaction() as tx:
        return (
            tx.scalar(
                select(func.count()).where(
                    TraineeEventRow.trainee_id == trainee_id, TraineeEventRow.kind == HOSPITAL_STAY
                )
            )
            or 0
        )


def test_the_example_person_has_a_year_of_sessions_ending_before_the_end(tmp_path: Path) -> None:
    """One person, named as asked, with about a year of twice-weekly sessions before ``end``."""
    database = fresh_database(tmp_path / "data")
    trainee_id, size = generate_example(database, name="Gerrit (example)", end=END)
    with database.transaction() as tx:
        people = repo.list_trainees(tx)
        first, last = tx.execute(
            select(func.min(SessionRow.started_at), func.max(SessionRow.started_at))
        ).one()
    database.close()
    assert [person.name for person in people] == ["Gerrit (example)"]
    assert people[0].id == trainee_id
    assert 60 <= size.sessions <= 104  # two a week, less holidays and the stay
    assert size.sets > 10 * size.sessions and size.test_results > 0
    assert first.replace(tzinfo=None) < END - timedelta(days=330)
    assert last.replace(tzinfo=None) < END


def test_the_example_year_has_a_hospital_stay_recorded_and_cleared(tmp_path: Path) -> None:
    """The stay is reported with its dates, and cleared by the physiotherapist before the return."""
    database = fresh_database(tmp_path / "data")
    trainee_id, _size = generate_example(database, name="Gerrit (example)", end=END)
    with database.transaction() as tx:
        stays = health_store.stays(tx, trainee_id)
        back = tx.scalar(
            select(func.min(SessionRow.started_at)).where(
                SessionRow.started_at > datetime.combine(stays[0].admitted, datetime.min.time())
            )
        )
    reported = hospital_events(database, trainee_id)
    database.close()
    assert reported == 1 and len(stays) == 1
    stay = stays[0]
    assert stay.admitted is not None and stay.discharged is not None
    assert stay.cleared_on is not None and back is not None
    assert stay.admitted < stay.discharged <= stay.cleared_on <= back.date()
    assert stay.cleared_by is ClearedBy.PHYSIOTHERAPIST


def test_a_one_year_history_has_a_stay_only_when_asked(tmp_path: Path) -> None:
    """A short history keeps its weekly rhythm unless a hospital stay is asked for."""
    plain = fresh_database(tmp_path / "plain")
    asked = fresh_database(tmp_path / "asked")
    plain_id, _ = generate_history(plain, years=1.0, end=END, seed=3)
    asked_id, _ = generate_history(asked, years=1.0, end=END, seed=3, hospital_stay=True)
    counts = hospital_events(plain, plain_id), hospital_events(asked, asked_id)
    plain.close()
    asked.close()
    assert counts == (0, 1)
