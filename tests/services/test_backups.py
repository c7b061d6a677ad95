"""Automatic backups, and putting one back without losing the data it replaces."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import sys
import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import ClassVar

import pytest

from sterkblijven.domain.backups import BackupKind
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.model import Sex
from sterkblijven.services.backups import (
    ABANDONED_AFTER,
    Backups,
    keep_raw_copy,
    restore_folder,
    usable_backups,
)
from sterkblijven.services.home import Home
from sterkblijven.services.onboarding import FirstRunAnswers, Onboarding
from sterkblijven.services.training import SetInput, StepKind, Training
from sterkblijven.storage import Database, DatabaseProblem, Transaction, open_database
from sterkblijven.storage.database import SCHEMA_HEAD, make_engine, sqlite_url, upgrade
from tests.clocks import ManualClock


@pytest.fixture
def database(sqlite_database: Database) -> Database:
    """Return the SQLite database: backups and restores are of the file at home."""
    return sqlite_database


@pytest.fixture
def backups(database: Database, database_path: Path, moment: ManualClock[datetime]) -> Backups:
    """Return the backups of the test database, in its data folder."""
    return Backups(database, database_path.parent / "backups", moment)


def add_person(database: Database, catalogue: Catalogue, name: str, clock: ManualClock) -> int:
    """Add someone through the first-run use case; return their id."""
    answers = FirstRunAnswers(name, "1946", Sex.FEMALE, frozenset(), False, (1.0, 2.0), (), "nl")
    trainee = Onboarding(database, catalogue, clock).complete(answers).trainee
    assert trainee.id is not None
    return trainee.id


def names(database: Database, clock: ManualClock[datetime]) -> list[str]:
    """Return the names of everyone who trains here."""
    return [t.name for t in Home(database, clock).trainees()]


def integrity(path: Path) -> str:
    """Return SQLite's integrity check of a file ("ok" when sound)."""
    with sqlite3.connect(path) as db:
        return str(db.execute("PRAGMA integrity_check").fetchone()[0])


def test_the_rolling_set_is_made_once_a_day_and_pruned(
    database: Database, catalogue: Catalogue, backups: Backups, moment: ManualClock[datetime]
) -> None:
    """Each day adds a daily copy, each week a weekly one; old ones beyond 7 and 4 go."""
    assert backups.keep_rolling() == []  # nobody here yet: nothing worth a copy
    add_person(database, catalogue, "Riet", moment)
    for _ in range(40):
        backups.keep_rolling()
        backups.keep_rolling()  # a second start the same day adds nothing
        moment.now += timedelta(days=1)
    kinds = [b.kind for b in backups.available()]
    assert kinds.count(BackupKind.DAILY) == 7
    assert kinds.count(BackupKind.WEEKLY) == 4
    newest = backups.available()[0]
    assert newest.made_at.date() == (moment.now - timedelta(days=1)).date()
    assert all(integrity(b.path) == "ok" for b in backups.available())


def test_copies_cut_off_half_way_are_cleared_once_surely_abandoned(
    database: Database, catalogue: Catalogue, backups: Backups, moment: ManualClock[datetime]
) -> None:
    """Leftovers of a killed copy go at the next pruning, unless young enough to be in progress."""
    add_person(database, catalogue, "Riet", moment)
    backups.folder.mkdir()
    old = (moment.now - ABANDONED_AFTER - timedelta(minutes=1)).timestamp()
    recent = (moment.now - timedelta(minutes=1)).timestamp()
    leftovers = {
        "after-session-20261117-101500.sqlite3.part": old,
        "after-session-20261117-101500.sqlite3.part-journal": old,
        "manual-20261118-102900.sqlite3.part": recent,  # perhaps the command-line tool's, now
        "notes.part": old,  # not the app's to remove
    }
    for name, moment_written in leftovers.items():
        (backups.folder / name).write_bytes(b"half a copy")
        os.utime(backups.folder / name, (moment_written, moment_written))
    written = backups.keep_rolling()
    assert sorted(p.name for p in backups.folder.iterdir()) == sorted(
        [*(p.name for p in written), "manual-20261118-102900.sqlite3.part", "notes.part"]
    )
    assert {b.path for b in backups.available()} == set(written)  # leftovers are never listed


def test_backups_are_the_owners_only(backups: Backups) -> None:
    """A backup file can be read by its owner alone (mode 0600)."""
    path = backups.make()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_finished_session_is_backed_up(
    database: Database, catalogue: Catalogue, backups: Backups, moment: ManualClock[datetime]
) -> None:
    """Finishing a session writes a verified copy that holds its sets."""
    trainee = add_person(database, catalogue, "Riet", moment)
    training = Training(database, catalogue, moment, backups)
    state = training.finish_warmup(training.start(trainee).id)
    step = state.next_step()
    assert step.kind is StepKind.EXERCISE and step.position is not None
    training.record_set(state.id, step.position, SetInput(reps=22, reached_failure=True))
    training.end_early(state.id)
    after = [b for b in backups.available() if b.kind is BackupKind.AFTER_SESSION]
    assert len(after) == 1
    with sqlite3.connect(after[0].path) as copy:
        assert copy.execute("SELECT count(*) FROM sets").fetchone()[0] == 1
    training.end_early(state.id)  # ending again changes nothing, and copies nothing
    assert len([b for b in backups.available() if b.kind is BackupKind.AFTER_SESSION]) == 1


def test_restore_puts_a_backup_back_and_keeps_the_data_it_replaces(
    database: Database, catalogue: Catalogue, backups: Backups, moment: ManualClock[datetime]
) -> None:
    """After a restore the data is as in the backup, and a copy of before is kept."""
    add_person(database, catalogue, "Riet", moment)
    saved = backups.make()
    moment.now += timedelta(minutes=5)
    add_person(database, catalogue, "Kees", moment)
    assert names(database, moment) == ["Riet", "Kees"]
    moment.now += timedelta(minutes=5)
    done = backups.restore(saved)
    assert names(database, moment) == ["Riet"]
    assert done.kept_copy.exists() and integrity(done.kept_copy) == "ok"
    kept = [b for b in backups.available() if b.kind is BackupKind.BEFORE_RESTORE]
    assert [b.path for b in kept] == [done.kept_copy]
    # The copy of before can itself be put back: nothing was lost.
    backups.restore(done.kept_copy)
    assert names(database, moment) == ["Riet", "Kees"]


def test_restoring_an_older_schema_brings_it_up_to_date(
    database: Database, backups: Backups, tmp_path: Path, moment: ManualClock[datetime]
) -> None:
    """A backup from an earlier version of the app is migrated after it is put back."""
    old = tmp_path / "old.sqlite3"
    engine = make_engine(sqlite_url(old))
    upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO trainees (name, birth_year, sex, created_at) "
            "VALUES ('Truus', 1940, 'female', '2025-01-01 10:00:00')"
        )
    engine.dispose()
    backups.restore(old)
    assert names(database, moment) == ["Truus"]
    with database.engine.connect() as connection:
        revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    assert revision == SCHEMA_HEAD


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (None, "not_found"),
        (b"this is not a database at all" * 100, "damaged"),
        (b"", "foreign"),
    ],
)
def test_a_useless_file_is_refused_and_changes_nothing(
    database: Database,
    catalogue: Catalogue,
    backups: Backups,
    moment: ManualClock[datetime],
    tmp_path: Path,
    content: bytes | None,
    code: str,
) -> None:
    """Missing, damaged or empty files are refused with a reason; no copy, no change."""
    add_person(database, catalogue, "Riet", moment)
    source = tmp_path / "candidate.sqlite3"
    if content is not None:
        source.write_bytes(content)
    with pytest.raises(DatabaseProblem) as refused:
        backups.restore(source)
    assert refused.value.code == code
    assert names(database, moment) == ["Riet"]
    assert backups.available() == []


def test_another_programs_database_and_a_newer_one_are_refused(
    database: Database, backups: Backups, tmp_path: Path
) -> None:
    """A foreign SQLite file and one from a newer app version are not put back."""
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as db:
        db.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(DatabaseProblem) as refused:
        backups.restore(foreign)
    assert refused.value.code == "foreign"
    newer = backups.make()
    with sqlite3.connect(newer) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseProblem) as refused:
        backups.restore(newer)
    assert refused.value.code == "newer_version"


def test_stale_backups_are_noticed(
    database: Database, catalogue: Catalogue, backups: Backups, moment: ManualClock[datetime]
) -> None:
    """No automatic backup, or none for eight days, is reported; a fresh one is not."""
    assert not backups.stale()  # nothing to back up yet
    add_person(database, catalogue, "Riet", moment)
    assert backups.stale()
    backups.keep_rolling()
    assert not backups.stale()
    moment.now += timedelta(days=8)
    assert backups.stale()


def test_a_restore_that_cannot_be_migrated_leaves_the_data_as_it_was(
    database: Database,
    catalogue: Catalogue,
    backups: Backups,
    tmp_path: Path,
    moment: ManualClock[datetime],
) -> None:
    """An old backup whose upgrade fails replaces nothing: the data and the app still work."""
    add_person(database, catalogue, "Riet", moment)
    old = tmp_path / "old.sqlite3"
    engine = make_engine(sqlite_url(old))
    upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO trainees (name, birth_year, sex, created_at) "
            "VALUES ('Truus', 1940, 'female', '2025-01-01 10:00:00')"
        )
    engine.dispose()
    with sqlite3.connect(old) as db:  # a session of someone who does not exist
        db.execute("PRAGMA foreign_keys=OFF")
        db.execute(
            "INSERT INTO sessions (trainee_id, started_at, status, note) "
            "VALUES (99, '2025-01-01 10:00:00', 'finished', '')"
        )
    with pytest.raises(DatabaseProblem):
        backups.restore(old)
    assert names(database, moment) == ["Riet"]
    leftovers = [p.name for p in database_files(backups) if "restoring" in p.name]
    assert leftovers == []


def database_files(backups: Backups) -> list[Path]:
    """Return every file in the data folder that holds the backups."""
    return sorted(backups.folder.parent.iterdir())


def test_damaged_data_can_still_be_replaced_by_a_backup(
    database: Database,
    database_path: Path,
    catalogue: Catalogue,
    backups: Backups,
    moment: ManualClock[datetime],
) -> None:
    """When the data is damaged, its bytes are kept as they are and the backup goes back."""
    add_person(database, catalogue, "Riet", moment)
    good = backups.make()
    database.close()
    with sqlite3.connect(database_path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damaged = bytearray(database_path.read_bytes())
    page = 4096
    damaged[page * 2 : page * 4] = b"\x13" * (page * 2)
    database_path.write_bytes(bytes(damaged))
    moment.now += timedelta(minutes=1)
    done = backups.restore(good)
    assert done.kept_copy is not None and done.kept_copy.read_bytes() == bytes(damaged)
    assert names(database, moment) == ["Riet"]
    assert integrity(database_path) == "ok"


def test_backups_are_single_files_that_need_no_write_access(backups: Backups) -> None:
    """A backup is not in WAL mode: it reads without a journal, e.g. from a locked stick."""
    path = backups.make()
    header = path.read_bytes()[:20]
    assert header[18:20] == b"\x01\x01"  # legacy (rollback journal) format, not WAL
    with sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True) as db:
        assert db.execute("SELECT count(*) FROM alembic_version").fetchone()[0] == 1
    assert sorted(p.name for p in backups.folder.iterdir()) == [path.name]


def test_copies_made_in_the_same_second_do_not_overwrite_each_other(backups: Backups) -> None:
    """Two backups of one kind at one moment get two files."""
    first = backups.make(BackupKind.BEFORE_IMPORT)
    second = backups.make(BackupKind.BEFORE_IMPORT)
    assert first != second and first.exists() and second.exists()


def test_a_backup_is_never_written_over_the_data_or_into_a_folder_name(
    backups: Backups, database_path: Path, tmp_path: Path
) -> None:
    """The database itself and a folder are refused as targets, leaving no partial file."""
    with pytest.raises(DatabaseProblem) as refused:
        backups.make(target=database_path)
    assert refused.value.code == "same_file"
    with pytest.raises(DatabaseProblem) as refused:
        backups.make(target=tmp_path)
    assert refused.value.code == "is_folder"
    assert not list(tmp_path.glob("*.part"))


class DatabaseWatch:
    """Notes, at every file operation Python reports (audit events), whether the data is there.

    Audit hooks cannot be taken away again, so this one only listens while ``path`` is set.
    """

    path: Path | None = None
    events: ClassVar[list[tuple[str, bool]]] = []
    installed = False

    @classmethod
    def hook(cls, event: str, _args: tuple[object, ...]) -> None:
        """Record whether the database file exists at this file operation."""
        watched = cls.path
        if watched is None or not event.startswith(("open", "os.", "shutil.", "sqlite3.")):
            return
        cls.path = None  # the check below is itself a file operation
        try:
            cls.events.append((event, watched.is_file() and watched.stat().st_size > 0))
        finally:
            cls.path = watched


@contextlib.contextmanager
def watching(path: Path) -> Iterator[list[tuple[str, bool]]]:
    """Record whether ``path`` holds a database at each file operation inside the block."""
    if not DatabaseWatch.installed:
        sys.addaudithook(DatabaseWatch.hook)
        DatabaseWatch.installed = True
    DatabaseWatch.events = []
    DatabaseWatch.path = path
    try:
        yield DatabaseWatch.events
    finally:
        DatabaseWatch.path = None


def test_a_restore_swaps_the_data_in_one_move_with_a_database_there_throughout(
    database: Database,
    database_path: Path,
    catalogue: Catalogue,
    backups: Backups,
    moment: ManualClock[datetime],
) -> None:
    """Damaged or sound, the data is replaced in one rename: the file is there at every step."""
    add_person(database, catalogue, "Riet", moment)
    good = backups.make()
    add_person(database, catalogue, "Kees", moment)
    with watching(database_path) as events:
        backups.restore(good)
    assert events and all(there for _, there in events), [e for e, t in events if not t]
    assert names(database, moment) == ["Riet"]
    database.close()
    database_path.write_bytes(b"\x13" * 8192)  # damaged beyond opening
    moment.now += timedelta(minutes=1)
    with watching(database_path) as events:
        done = restore_folder(good, database_path, backups.folder, moment.now)
    assert events and all(there for _, there in events), [e for e, t in events if not t]
    assert done.kept_copy is not None and done.kept_copy.read_bytes() == b"\x13" * 8192
    assert names(database, moment) == ["Riet"]
    assert not [p.name for p in database_path.parent.iterdir() if "restoring" in p.name]


def test_only_backups_that_pass_their_check_are_offered(
    database: Database,
    catalogue: Catalogue,
    backups: Backups,
    moment: ManualClock[datetime],
) -> None:
    """Damaged, emptied and half-migrated backups are left out of the backups offered."""
    add_person(database, catalogue, "Riet", moment)
    sound = []
    for _ in range(4):
        sound.append(backups.make(BackupKind.DAILY))
        moment.now += timedelta(days=1)
    spoiled = [backups.make(BackupKind.MANUAL) for _ in range(3)]
    spoiled[0].write_bytes(spoiled[0].read_bytes()[:4096])  # cut short
    spoiled[1].write_bytes(b"")
    with contextlib.closing(sqlite3.connect(spoiled[2])) as db, db:  # newest tables, old stamp
        db.execute("UPDATE alembic_version SET version_num = '0001'")
    offered = usable_backups(backups.folder, 3)
    assert [b.path for b in offered] == list(reversed(sound))[:3]


class HeldOpen:
    """Plays a file another program holds open on Windows: renaming over it is refused.

    Windows refuses such a rename with a sharing violation, which Python raises as
    PermissionError; here the rename onto ``path`` is refused ``times`` times. The pauses
    between tries are counted, not waited.
    """

    def __init__(self, monkeypatch: pytest.MonkeyPatch, path: Path, times: int) -> None:
        self.path = path
        self.left = times
        self.refused = 0
        self.pauses: list[float] = []
        self._replace = os.replace
        monkeypatch.setattr(os, "replace", self.replace)
        monkeypatch.setattr(time, "sleep", self.pauses.append)

    def replace(self, source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        """Rename, unless this is the rename onto the held file and it is still held."""
        if Path(target) == self.path and self.left:
            self.left -= 1
            self.refused += 1
            raise PermissionError(13, "The process cannot access the file", str(target))
        self._replace(source, target)


def test_a_data_file_held_for_a_moment_is_replaced_after_a_short_wait(
    database: Database,
    database_path: Path,
    catalogue: Catalogue,
    backups: Backups,
    moment: ManualClock[datetime],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A virus scanner holding the data file once: the swap is tried again, and then it works."""
    add_person(database, catalogue, "Riet", moment)
    good = backups.make()
    add_person(database, catalogue, "Kees", moment)
    held = HeldOpen(monkeypatch, database_path, times=1)
    backups.restore(good)
    assert held.refused == 1 and len(held.pauses) == 1
    assert names(database, moment) == ["Riet"]


def data_files(database_path: Path) -> dict[str, bytes]:
    """Return the database and the journals beside it, with their bytes."""
    return {
        path.name: path.read_bytes()
        for path in database_path.parent.iterdir()
        if path.is_file() and path.name.startswith(database_path.name)
    }


def test_a_data_file_that_stays_held_is_not_replaced_and_nothing_changes(
    database: Database,
    database_path: Path,
    catalogue: Catalogue,
    backups: Backups,
    moment: ManualClock[datetime],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Held for good: a few short tries, then "not_replaced"; the data works as before."""
    add_person(database, catalogue, "Riet", moment)
    good = backups.make()
    add_person(database, catalogue, "Kees", moment)
    held = HeldOpen(monkeypatch, database_path, times=1000)
    with pytest.raises(DatabaseProblem) as caught:
        backups.restore(good)
    assert caught.value.code == "not_replaced"
    assert 1 < held.refused <= 10 and sum(held.pauses) <= 2  # a few tries, briefly
    assert names(database, moment) == ["Riet", "Kees"]
    assert not [p.name for p in database_path.parent.iterdir() if "restoring" in p.name]


def test_damaged_data_that_stays_held_keeps_its_journal(
    database: Database,
    database_path: Path,
    catalogue: Catalogue,
    backups: Backups,
    moment: ManualClock[datetime],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Over damaged data a refused swap leaves the file and its -wal byte for byte as they were."""
    add_person(database, catalogue, "Riet", moment)
    good = backups.make()
    database.close()
    wal = database_path.with_name(database_path.name + "-wal")
    with contextlib.closing(sqlite3.connect(database_path)) as db:
        db.execute("PRAGMA wal_autocheckpoint=0")
        with db:  # a last change, still only in the -wal
            db.execute("UPDATE trainees SET name = 'Riet B.'")
        last = wal.read_bytes()
    wal.write_bytes(last)  # closing took it into the file
    with database_path.open("r+b") as file:
        file.write(b"\x13" * 4096)  # the first page damaged
    before = data_files(database_path)
    assert before[wal.name] == last
    HeldOpen(monkeypatch, database_path, times=1000)
    with pytest.raises(DatabaseProblem) as caught:
        restore_folder(good, database_path, backups.folder, moment.now)
    assert caught.value.code == "not_replaced"
    assert data_files(database_path) == before


def test_keeping_the_rolling_set_reads_the_data_only_in_its_turn(
    database_path: Path, catalogue: Catalogue, moment: ManualClock[datetime]
) -> None:
    """The thread beside the window reads the data only while no restore can swap it."""
    turns: list[bool] = []

    class Watched(Database):
        """The data, noting whether each unit of work runs in the backups' turn."""

        backups: Backups | None = None

        @contextlib.contextmanager
        def transaction(self) -> Iterator[Transaction]:
            if self.backups is not None:
                turns.append(in_turn(self.backups))
            with super().transaction() as session:
                yield session

    database_path.parent.mkdir(parents=True)
    watched = Watched(open_database(sqlite_url(database_path)).engine)
    add_person(watched, catalogue, "Riet", moment)
    watched.backups = Backups(watched, database_path.parent / "backups", moment)
    assert watched.backups.keep_rolling()
    assert turns and all(turns)
    watched.close()


def in_turn(backups: Backups) -> bool:
    """Return True when the calling thread holds the backups' turn (no other thread can)."""
    others: list[bool] = []

    def try_to_take() -> None:
        taken = backups._one_at_a_time.acquire(blocking=False)
        others.append(taken)
        if taken:
            backups._one_at_a_time.release()

    thread = threading.Thread(target=try_to_take)
    thread.start()
    thread.join()
    return others == [False]


def test_a_restore_waits_for_no_one_still_reading_the_data(
    database: Database,
    catalogue: Catalogue,
    backups: Backups,
    moment: ManualClock[datetime],
) -> None:
    """A connection still open (another thread at work) refuses the swap; the data stays."""
    add_person(database, catalogue, "Riet", moment)
    good = backups.make()
    add_person(database, catalogue, "Kees", moment)
    with database.engine.connect(), pytest.raises(DatabaseProblem) as caught:
        backups.restore(good)
    assert caught.value.code == "locked"
    assert names(database, moment) == ["Riet", "Kees"]


class RenameWatch:
    """Notes any listed raw copy without its -wal, before each rename (an audit event).

    Audit hooks cannot be taken away again, so this one only listens while ``folder`` is set.
    """

    folder: Path | None = None
    lone: ClassVar[list[str]] = []
    installed = False

    @classmethod
    def hook(cls, event: str, _args: tuple[object, ...]) -> None:
        """Record the raw copies in the folder that are there without their -wal."""
        folder = cls.folder
        if folder is None or event != "os.rename":
            return
        cls.folder = None  # the look below is itself a file operation
        try:
            for copy in folder.glob("before-restore-*.sqlite3"):
                if not copy.with_name(copy.name + "-wal").exists():
                    cls.lone.append(copy.name)
        finally:
            cls.folder = folder


def test_a_raw_copy_of_the_data_is_never_there_without_its_journal_nor_offered(
    database: Database,
    database_path: Path,
    catalogue: Catalogue,
    backups: Backups,
    moment: ManualClock[datetime],
) -> None:
    """A byte copy shows up with its -wal in place, and is not offered as a checked backup."""
    add_person(database, catalogue, "Riet", moment)
    assert database_path.with_name(database_path.name + "-wal").stat().st_size
    if not RenameWatch.installed:
        sys.addaudithook(RenameWatch.hook)
        RenameWatch.installed = True
    RenameWatch.lone = []
    RenameWatch.folder = backups.folder
    try:
        kept = keep_raw_copy(database_path, backups.folder, moment.now)
    finally:
        RenameWatch.folder = None
    assert kept.with_name(kept.name + "-wal").exists()
    assert RenameWatch.lone == []
    backups.folder.joinpath(kept.name + "-wal").unlink()  # its journal lost afterwards
    assert usable_backups(backups.folder, 5) == []
