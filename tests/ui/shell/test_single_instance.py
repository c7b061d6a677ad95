"""One running app per data folder: a second start brings the first forward."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sterkblijven.instance import SingleInstance, data_in_use

START_SECONDS = 60


def test_a_second_holder_is_refused_and_asks_the_first_to_show(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The first takes the folder; the second cannot, and its request reaches the first."""
    first, second = SingleInstance(tmp_path), SingleInstance(tmp_path)
    assert first.acquire()
    try:
        assert not second.acquire()
        assert data_in_use(tmp_path)
        with qtbot.waitSignal(first.show_requested, timeout=5000):
            assert second.ask_other_to_show()
    finally:
        first.release()
    assert not data_in_use(tmp_path)
    assert second.acquire()
    second.release()


def test_another_data_folder_is_another_app(qapp: QApplication, tmp_path: Path) -> None:
    """Two data folders can each have their own running app."""
    one, other = SingleInstance(tmp_path / "one"), SingleInstance(tmp_path / "other")
    assert one.acquire() and other.acquire()
    one.release()
    other.release()


@pytest.fixture
def running_app(tmp_path: Path) -> Iterator[Path]:
    """Start the real app on a data folder in a child process; stop it afterwards."""
    data = tmp_path / "data"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-m", "sterkblijven", "--data-dir", str(data)],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + START_SECONDS
        while not data_in_use(data):  # waits for a state, with a deadline; no fixed sleep
            assert child.poll() is None, "the app stopped while starting"
            assert time.monotonic() < deadline, "the app did not start in time"
            time.sleep(0.05)
        yield data
    finally:
        child.kill()
        child.wait()


def test_a_second_start_shows_the_first_and_never_writes(running_app: Path) -> None:
    """Starting again prints one line and exits 0; import and restore are refused meanwhile."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    second = subprocess.run(
        [sys.executable, "-m", "sterkblijven", "--data-dir", str(running_app)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=START_SECONDS,
        check=False,
    )
    assert second.returncode == 0, second.stderr
    assert second.stdout.strip() == "sterkblijven is already open; its window was brought forward"
    for command in (["import", "some.json"], ["restore", "some.sqlite3"]):
        refused = subprocess.run(
            [sys.executable, "-m", "sterkblijven", "--data-dir", str(running_app), *command],
            env=environment,
            capture_output=True,
            text=True,
            timeout=START_SECONDS,
            check=False,
        )
        assert refused.returncode == 1
        assert "close it first" in refused.stderr


def test_a_crashed_app_leaves_no_lock_behind(qapp: QApplication, tmp_path: Path) -> None:
    """A lock left by a process that no longer runs is taken over."""
    data = tmp_path / "data"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    holder = (
        "import sys, time; from pathlib import Path; "
        "from sterkblijven.instance import SingleInstance; "
        f"s = SingleInstance(Path({str(data)!r})); print(s.acquire(), flush=True); time.sleep(60)"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", holder], env=environment, stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "True"
        assert data_in_use(data)
    finally:
        child.kill()
        child.wait()
    assert not data_in_use(data)
    taker = SingleInstance(data)
    assert taker.acquire()
    taker.release()
