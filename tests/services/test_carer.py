"""Carer mode: the PIN, its wait after wrong tries, --reset-pin, and trainees removed safely."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.model import Sex
from sterkblijven.services.carer import CarerAccess, Outcome
from sterkblijven.services.errors import InputRefused
from sterkblijven.services.onboarding import FirstRunAnswers, Onboarding
from sterkblijven.services.trainees import Trainees
from sterkblijven.storage import Database
from sterkblijven.storage.models import RoutineRow, TraineeRow
from tests.clocks import ManualClock
from tests.storage.conftest import sqlite_only


def test_without_a_pin_carer_mode_is_open(database: Database, clock: datetime) -> None:
    """Until a PIN is set, any try opens carer mode."""
    access = CarerAccess(database, lambda: clock)
    assert not access.has_pin()
    assert access.check("").outcome is Outcome.OPEN


# The PIN guards the carer part at home only: on a practice's server each carer's login does.
@sqlite_only
def test_wrong_tries_count_down_then_wait_a_minute(database: Database, clock: datetime) -> None:
    """Wrong tries count down; the fifth means a minute's wait, even for the right PIN."""
    moment = ManualClock(clock)
    access = CarerAccess(database, moment)
    access.set_pin("2468")
    assert access.has_pin()
    for left in (4, 3, 2, 1):
        result = access.check("1111")
        assert (result.outcome, result.tries_left) == (Outcome.WRONG, left)
    locked = access.check("1111")
    assert (locked.outcome, locked.seconds_left) == (Outcome.LOCKED, 60)
    moment.now += timedelta(seconds=30)
    assert CarerAccess(database, moment).check("2468").outcome is Outcome.LOCKED  # survives restart
    moment.now += timedelta(seconds=31)
    assert access.check("2468").outcome is Outcome.OPEN
    assert access.check("1111").tries_left == 4  # a right PIN starts the count afresh


def _lock_out(access: CarerAccess) -> None:
    access.set_pin("2468")
    for _ in range(5):
        access.check("1111")


@sqlite_only
@pytest.mark.parametrize("lock_made", [timedelta(0), timedelta(days=365)])
@pytest.mark.parametrize("clock_back", [timedelta(seconds=1), timedelta(days=1)])
def test_a_clock_set_back_never_lengthens_the_wait(
    database: Database, clock: datetime, lock_made: timedelta, clock_back: timedelta
) -> None:
    """Set back after a wait began (or the wait began a year ahead): it ends a minute on."""
    moment = ManualClock(clock + lock_made)
    access = CarerAccess(database, moment)
    _lock_out(access)
    moment.now = clock - clock_back
    locked = access.check("2468")
    assert locked.outcome is Outcome.LOCKED and 0 < locked.seconds_left <= 60
    moment.now += timedelta(seconds=30)
    assert 0 < CarerAccess(database, moment).check("2468").seconds_left <= 30
    moment.now += timedelta(seconds=30)
    assert access.check("2468").outcome is Outcome.OPEN


@sqlite_only
def test_a_clock_set_forward_ends_the_wait(database: Database, clock: datetime) -> None:
    """A clock moved on past the wait opens again: the wait is never longer than a minute."""
    moment = ManualClock(clock)
    access = CarerAccess(database, moment)
    _lock_out(access)
    moment.now += timedelta(days=1)
    assert access.check("2468").outcome is Outcome.OPEN


def test_a_bad_new_pin_is_refused(database: Database, clock: datetime) -> None:
    """A PIN that is not 4 to 8 digits is refused and the old one stays."""
    access = CarerAccess(database, lambda: clock)
    access.set_pin("1357")
    with pytest.raises(InputRefused):
        access.set_pin("12ab")
    assert access.check("1357").outcome is Outcome.OPEN


@sqlite_only
def test_reset_pin_from_the_command_line(
    database_path: Path, database: Database, clock: datetime
) -> None:
    """--reset-pin removes a forgotten PIN with a one-line result; a second time says so."""
    CarerAccess(database, lambda: clock).set_pin("9999")
    database.close()
    command = [
        sys.executable,
        "-m",
        "sterkblijven",
        "--data-dir",
        str(database_path.parent),
        "--lang",
        "en",
        "--reset-pin",
    ]
    first = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert first.returncode == 0
    assert first.stdout.strip().startswith("The carer PIN is removed.")
    again = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert again.stdout.strip() == "There was no carer PIN, so nothing was changed."
    missing = subprocess.run(
        [
            sys.executable,
            "-m",
            "sterkblijven",
            "--data-dir",
            str(database_path.parent / "none"),
            "--lang",
            "en",
            "--reset-pin",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert missing.returncode == 1 and "no PIN to remove" in missing.stderr


@sqlite_only
def test_removing_a_trainee_keeps_a_backup_and_the_others(
    database: Database, database_path: Path, catalogue: Catalogue, clock: datetime
) -> None:
    """Removal writes a backup first, then takes the person's data and leaves the other's."""
    onboarding = Onboarding(database, catalogue, lambda: clock)
    riet = onboarding.complete(
        FirstRunAnswers("Riet", "1948", Sex.FEMALE, frozenset(), False, (2.0,), (), "nl")
    )
    kees = onboarding.complete(
        FirstRunAnswers("Kees", "1946", Sex.MALE, frozenset(), False, (), (), "nl")
    )
    trainees = Trainees(database, database_path.parent / "backups", lambda: clock)
    assert [t.name for t in trainees.all()] == ["Riet", "Kees"]
    assert trainees.rename(kees.trainee.id or 0, "  Kees  de Vries ").name == "Kees de Vries"
    with pytest.raises(InputRefused):
        trainees.rename(kees.trainee.id or 0, "   ")
    backup = trainees.remove(riet.trainee.id or 0)
    assert backup is not None and backup.exists()
    assert [t.name for t in trainees.all()] == ["Kees de Vries"]
    with database.transaction() as tx:
        assert tx.scalar(select(func.count(RoutineRow.id))) == 1  # only Kees's routine is left
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT count(*) FROM trainees").fetchone() == (2,)
    with database.transaction() as tx:
        assert tx.scalar(select(func.count(TraineeRow.id))) == 1
