"""The example: a throwaway data folder with one example person and a year of training in it.

Someone who wants to see what the program does with a year of training opens the example. It
lives in a folder of its own in the system's temporary folder, held by the same folder lock as
real data while it runs, and removed when it closes; one left behind by a crash is removed at
the next example's start. Nothing in it ever reaches the real data or its settings.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time as clock_time
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.model import EquipmentKind
from sterkblijven.domain.preferences import COMFORT_KEYS
from sterkblijven.domain.session import Effort, SessionState, StepKind
from sterkblijven.paths import LOCK_NAME, DataPaths, FolderLock
from sterkblijven.services.preferences import (
    COMPUTER_GROUP,
    LAST_GROUP,
    LAST_PERSON_KEY,
    ComputerSettings,
    person_group,
)
from sterkblijven.services.training import SetInput, Training
from sterkblijven.storage import Database, open_folder
from sterkblijven.storage.synthetic.calendar import WEEKDAYS
from sterkblijven.storage.synthetic.example import generate_example

FOLDER_PREFIX = "sterkblijven-example-"
# A folder with no lock file yet is being made, unless it is this old: then a start died there.
UNFINISHED_AFTER_SECONDS = 60 * 60
# The last session of the example, on the last planned day before today, at this time.
LAST_SESSION_AT = time(10, 5)
SECONDS_PER_STEP = 75
MAKE_ATTEMPTS = 3


class ExampleFolder:
    """A throwaway data folder for the example, held by its lock while the example runs."""

    def __init__(self, root: Path, lock: FolderLock) -> None:
        self.root = root
        self.paths = DataPaths(root)
        self._lock = lock

    @classmethod
    def make(cls, base: Path | None = None) -> ExampleFolder:
        """Remove examples left behind, then make and hold a fresh folder in ``base``.

        ``base`` is the system's temporary folder unless given. Raises OSError when no folder
        can be made there.
        """
        where = Path(tempfile.gettempdir()) if base is None else base
        remove_left_behind(where)
        for _ in range(MAKE_ATTEMPTS):
            root = Path(tempfile.mkdtemp(prefix=FOLDER_PREFIX, dir=where))
            lock = FolderLock(root)
            if lock.acquire():
                return cls(root, lock)
            # Taken for left behind by another example starting in the same instant.
            shutil.rmtree(root, ignore_errors=True)
        raise OSError(f"no example folder could be held in {where}")

    def remove(self) -> None:
        """Let the folder go and remove it with everything in it."""
        self._lock.release()
        shutil.rmtree(self.root, ignore_errors=True)


def remove_left_behind(base: Path) -> list[Path]:
    """Remove the example folders in ``base`` that no running example holds; return them."""
    removed = []
    for folder in _example_folders(base):
        if _left_behind(folder):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def _example_folders(base: Path) -> Iterator[Path]:
    with contextlib.suppress(OSError):
        for entry in base.iterdir():
            if entry.name.startswith(FOLDER_PREFIX) and entry.is_dir() and not entry.is_symlink():
                yield entry


def _left_behind(folder: Path) -> bool:
    if not (folder / LOCK_NAME).exists():
        try:
            age = clock_time.time() - folder.stat().st_mtime
        except OSError:
            return False
        return age > UNFINISHED_AFTER_SECONDS
    if not os.access(folder, os.W_OK):
        return False  # another user's, in a shared temporary folder
    lock = FolderLock(folder)
    try:
        taken = lock.acquire()
    except OSError:
        return False
    if taken:
        lock.release()
    return taken


def fill_example(folder: ExampleFolder, catalogue: Catalogue, *, name: str, now: datetime) -> int:
    """Put the example person in the folder's new database; return their id.

    A year of sessions, sets, tests, check-ins and a hospital stay, ending on the last planned
    training day before today with a session that leaves a heavier load waiting for the carer.
    """
    folder.paths.ensure()
    database = open_folder(folder.paths)
    try:
        last_day = last_training_day(now.date())
        end = datetime.combine(last_day, time(8))
        trainee_id, _size = generate_example(database, name=name, end=end)
        _train_once(database, catalogue, trainee_id, datetime.combine(last_day, LAST_SESSION_AT))
    finally:
        database.close()
    return trainee_id


def last_training_day(today: date) -> date:
    """Return the last day before ``today`` on which the example person's plan trains."""
    day = today - timedelta(days=1)
    while day.weekday() not in WEEKDAYS:
        day -= timedelta(days=1)
    return day


def _train_once(database: Database, catalogue: Catalogue, trainee_id: int, start: datetime) -> None:
    """Do one session the way the program records it: the first weighted exercise at its top."""
    moments = (start + timedelta(seconds=SECONDS_PER_STEP * n) for n in range(10_000))
    training = Training(database, catalogue, lambda: next(moments))
    state = training.start(trainee_id)
    state = training.finish_warmup(state.id)
    top = _first_with_weight(state)
    step = state.next_step()
    while step.kind is StepKind.EXERCISE and step.position is not None:
        item = state.progress_at(step.position).item
        if step.position == top:
            entry = SetInput(reps=item.rep_max, reached_failure=False, effort=Effort.HARD, pain=0)
        else:
            middle = (item.rep_min + item.rep_max) // 2
            entry = SetInput(reps=middle, reached_failure=False, effort=Effort.MODERATE, pain=0)
        state = training.record_set(state.id, step.position, entry)
        step = state.next_step()
    training.finish(state.id)


def _first_with_weight(state: SessionState) -> int | None:
    for progress in state.exercises:
        kind = progress.item.load.kind
        if not progress.item.paused and kind in (EquipmentKind.DUMBBELL, EquipmentKind.BAND):
            return progress.position
    return None


def comfort_settings(real: ComputerSettings) -> dict[str, str]:
    """Return the text size, contrast, language and voice in force on this computer.

    Read only: the example starts looking as the program looked when it was opened, and keeps
    every change in its own settings.
    """
    values = real.read(COMPUTER_GROUP)
    last = real.read(LAST_GROUP).get(LAST_PERSON_KEY, "")
    if last:
        values.update(real.read(person_group(last)))
    return {key: value for key, value in values.items() if key in COMFORT_KEYS}
