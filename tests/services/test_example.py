"""The example's throwaway folder: filled with a year of training, held while open, then gone."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.paths import LOCK_NAME, FolderLock
from sterkblijven.services.example import (
    FOLDER_PREFIX,
    UNFINISHED_AFTER_SECONDS,
    ExampleFolder,
    comfort_settings,
    fill_example,
    last_training_day,
    remove_left_behind,
)
from sterkblijven.services.home import Home
from sterkblijven.services.suggestions import LoadSuggestions
from sterkblijven.storage import open_folder
from sterkblijven.storage.synthetic.calendar import WEEKDAYS
from sterkblijven.ui.common.computer_settings import QtComputerSettings

NOW = datetime(2026, 11, 18, 10, 30)  # a Wednesday


@pytest.fixture
def example(tmp_path: Path) -> Iterator[ExampleFolder]:
    """Return a fresh example folder in a temporary folder of the test's own."""
    folder = ExampleFolder.make(tmp_path)
    yield folder
    folder.remove()


def test_the_example_folder_is_made_in_the_temporary_folder_and_held(
    example: ExampleFolder, tmp_path: Path
) -> None:
    """A new folder, named as an example, that no one else can take while it is open."""
    assert example.root.parent == tmp_path
    assert example.root.name.startswith(FOLDER_PREFIX)
    assert not FolderLock(example.root).acquire()


def test_removing_the_example_leaves_nothing_behind(tmp_path: Path) -> None:
    """Closing the example removes its folder with everything in it."""
    folder = ExampleFolder.make(tmp_path)
    (folder.root / "something").write_text("kept nowhere", encoding="utf-8")
    folder.remove()
    assert list(tmp_path.iterdir()) == []


def test_the_example_person_has_a_year_of_training_and_a_suggestion_waiting(
    example: ExampleFolder, catalogue: Catalogue
) -> None:
    """One example person: a year of sessions, tests, check-ins, a stay, and a step up waiting."""
    trainee_id = fill_example(example, catalogue, name="Gerrit (example)", now=NOW)
    database = open_folder(example.paths)
    try:
        overview = Home(database, lambda: NOW).overview(trainee_id)
        pending = LoadSuggestions(database, lambda: NOW).pending(trainee_id)
        people = Home(database, lambda: NOW).trainees()
    finally:
        database.close()
    assert [person.name for person in people] == ["Gerrit (example)"]
    assert overview.last_session is not None
    assert overview.last_session.started_at.date() == last_training_day(NOW.date())
    assert overview.training_allowed  # the stay is long cleared; the example can be tried
    assert len(pending) >= 1 and overview.waiting_suggestions == len(pending)


def test_the_last_training_day_is_a_planned_day_before_today() -> None:
    """The example's last session is on the latest planned weekday strictly before today."""
    for offset in range(14):
        today = date(2026, 11, 16) + timedelta(days=offset)
        day = last_training_day(today)
        assert day < today and day.weekday() in WEEKDAYS
        assert all(
            (day + timedelta(days=n)).weekday() not in WEEKDAYS
            for n in range(1, (today - day).days)
        )


def test_an_example_left_by_a_crash_is_removed_at_the_next_start(tmp_path: Path) -> None:
    """A folder whose lock no one holds goes; the next example gets a folder of its own."""
    left = tmp_path / f"{FOLDER_PREFIX}crashed"
    left.mkdir()
    (left / LOCK_NAME).write_bytes(b"")
    (left / "sterkblijven.sqlite3").write_bytes(b"health data")
    folder = ExampleFolder.make(tmp_path)
    try:
        assert not left.exists()
        assert folder.root.exists()
    finally:
        folder.remove()


def test_a_running_example_is_never_removed_by_another(
    example: ExampleFolder, tmp_path: Path
) -> None:
    """A second example leaves the first one's folder alone: two can be open at once."""
    second = ExampleFolder.make(tmp_path)
    try:
        assert example.root.exists() and second.root != example.root
        assert remove_left_behind(tmp_path) == []
    finally:
        second.remove()
    assert example.root.exists()


def test_only_example_folders_are_looked_at_and_new_ones_are_left_alone(tmp_path: Path) -> None:
    """Other folders stay; an example folder still being made stays until it is an hour old."""
    other = tmp_path / "sterkblijven-1000"  # where the running app listens
    other.mkdir()
    (other / LOCK_NAME).write_bytes(b"")
    being_made = tmp_path / f"{FOLDER_PREFIX}new"
    being_made.mkdir()
    abandoned = tmp_path / f"{FOLDER_PREFIX}old"
    abandoned.mkdir()
    long_ago = time.time() - UNFINISHED_AFTER_SECONDS - 60
    os.utime(abandoned, (long_ago, long_ago))
    assert remove_left_behind(tmp_path) == [abandoned]
    assert other.exists() and being_made.exists()


def test_the_example_starts_as_the_program_looks_without_writing_its_settings(
    tmp_path: Path,
) -> None:
    """Text size and contrast come from the shown person's settings; the file is not touched."""
    file = tmp_path / "computer.ini"
    real = QtComputerSettings.in_file(file)
    real.write("display", {"text_scale": "125", "language": "en"})
    real.write("people/abc", {"text_scale": "200", "high_contrast": "1"})
    real.write("last", {"person": "abc"})
    real.write("window", {"left": "10"})
    before = file.read_bytes(), file.stat().st_mtime_ns
    found = comfort_settings(QtComputerSettings.in_file(file))
    assert found == {"text_scale": "200", "language": "en", "high_contrast": "1"}
    assert (file.read_bytes(), file.stat().st_mtime_ns) == before
