"""A hard kill (SIGKILL) in the middle of recording loses no confirmed set."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from sterkblijven.domain.bands import theraband_ladder
from sterkblijven.domain.model import Sex
from sterkblijven.paths import DATABASE_NAME, DataPaths
from sterkblijven.services.catalogue import load_catalogue
from sterkblijven.services.onboarding import FirstRunAnswers, Onboarding
from sterkblijven.services.training import StepKind, open_training
from sterkblijven.storage import open_database
from sterkblijven.storage.database import sqlite_url

# Records sets for ever, session after session, printing each one only once it is committed.
RECORDER = """
import sys
from pathlib import Path
from sterkblijven.services.training import SetInput, StepKind, open_training

training = open_training(Path(sys.argv[1]))
trainee = int(sys.argv[2])
count = 0
while count < 400:
    state = training.resume(trainee) or training.start(trainee)
    if not state.warmup_done:
        state = training.finish_warmup(state.id)
    step = state.next_step()
    if step.kind is StepKind.EXERCISE:
        entry = SetInput(reps=18 + count % 8, reached_failure=True, pain=1)
        training.record_set(state.id, step.position, entry)
        print("set", state.id, step.position, step.set_number, entry.reps, flush=True)
        count += 1
    else:
        training.finish(state.id)
        print("finished", state.id, flush=True)
"""


@pytest.fixture
def data_folder(tmp_path: Path) -> tuple[Path, int]:
    """Return a data folder with one trainee and their routine."""
    folder = tmp_path / "data"
    paths = DataPaths(folder)
    paths.ensure()
    database = open_database(sqlite_url(paths.database), paths.backups)
    answers = FirstRunAnswers(
        "Riet", "1948", Sex.FEMALE, frozenset(), False, (1.0, 2.0), theraband_ladder()[1:3], "nl"
    )
    result = Onboarding(database, load_catalogue(), datetime.now).complete(answers)
    database.close()
    assert result.trainee.id is not None
    return folder, result.trainee.id


def run_until_killed(folder: Path, trainee: int, after_lines: int) -> list[list[str]]:
    """Start the recorder, read its confirmations, and kill it hard after some of them."""
    child = subprocess.Popen(
        [sys.executable, "-c", RECORDER, str(folder), str(trainee)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    confirmed = []
    while len(confirmed) < after_lines:
        line = child.stdout.readline()
        assert line, child.stderr.read() if child.stderr else "recorder stopped"
        confirmed.append(line.split())
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    # Lines the child wrote before it died are confirmations too.
    confirmed += [line.split() for line in child.stdout.read().splitlines() if line]
    return confirmed


@pytest.mark.subprocess
def test_no_confirmed_set_is_lost_when_killed(data_folder: tuple[Path, int]) -> None:
    """Killed at several points, every confirmed set is stored and the session resumes."""
    folder, trainee = data_folder
    expected: set[tuple[int, int, int, int]] = set()
    finished: set[int] = set()
    for after_lines in (1, 3, 6, 10, 15):
        for line in run_until_killed(folder, trainee, after_lines):
            if line[0] == "set":
                expected.add(tuple(int(part) for part in line[1:]))  # type: ignore[arg-type]
            else:
                finished.add(int(line[1]))
        with sqlite3.connect(folder / DATABASE_NAME) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            stored = set(
                connection.execute(
                    "SELECT session_id, position, set_number, reps FROM sets"
                    " WHERE undone_at IS NULL"
                ).fetchall()
            )
            done = {
                row[0]
                for row in connection.execute("SELECT id FROM sessions WHERE status = 'finished'")
            }
        assert expected <= stored
        assert finished <= done
        training = open_training(folder)
        try:
            state = training.resume(trainee)
            if state is not None:
                step = state.next_step()
                assert step.kind in (StepKind.EXERCISE, StepKind.COOLDOWN)
                assert len(state.all_sets()) == len([s for s in stored if s[0] == state.id])
        finally:
            training.close()
    assert len(expected) >= 25
    assert finished  # the kills also fell across finished sessions
