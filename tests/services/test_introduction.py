"""The short introduction is remembered as read per person, and forgotten with the person."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.model import Sex
from sterkblijven.services.onboarding import FirstRunAnswers, Onboarding
from sterkblijven.services.trainees import Trainees
from sterkblijven.storage import Database
from tests.clocks import ManualClock
from tests.storage.conftest import sqlite_only


def add(database: Database, catalogue: Catalogue, moment: ManualClock[datetime], name: str) -> int:
    """Return a new trainee made by the first run."""
    answers = FirstRunAnswers(name, "1948", Sex.FEMALE, frozenset(), False, (1.0,), (), "nl")
    trainee = Onboarding(database, catalogue, moment).complete(answers).trainee
    assert trainee.id is not None
    return trainee.id


def test_the_introduction_is_remembered_per_person(
    database: Database, catalogue: Catalogue, moment: ManualClock[datetime], tmp_path: Path
) -> None:
    """Riet has read it; Jan, on the same computer, has not yet."""
    trainees = Trainees(database, tmp_path, moment)
    riet, jan = (add(database, catalogue, moment, name) for name in ("Riet", "Jan"))
    assert not trainees.has_seen_introduction(riet)
    trainees.mark_introduction_seen(riet)
    trainees.mark_introduction_seen(riet)  # twice is the same as once
    assert trainees.has_seen_introduction(riet)
    assert not trainees.has_seen_introduction(jan)


@sqlite_only
def test_someone_added_after_a_removal_has_not_read_it(
    database: Database, catalogue: Catalogue, moment: ManualClock[datetime], tmp_path: Path
) -> None:
    """A new person who gets the row id of someone removed still sees the introduction."""
    trainees = Trainees(database, tmp_path, moment)
    riet = add(database, catalogue, moment, "Riet")
    trainees.mark_introduction_seen(riet)
    trainees.remove(riet)
    newcomer = add(database, catalogue, moment, "Ans")
    assert newcomer == riet  # SQLite hands out the freed id again
    assert not trainees.has_seen_introduction(newcomer)
