"""What a screen reader hears, read over AT-SPI from the real app under Xvfb, as Orca would."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from sterkblijven.domain.model import Sex
from sterkblijven.paths import DataPaths
from sterkblijven.services.catalogue import load_catalogue
from sterkblijven.services.onboarding import FirstRunAnswers, Onboarding
from sterkblijven.services.trainees import Trainees
from sterkblijven.storage import open_database
from sterkblijven.storage.database import sqlite_url

SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's python3-pyatspi is for the system's Python
READER = Path(__file__).with_name("atspi_reader.py")


def tools_missing() -> str:
    """Return what is missing to run the app under Xvfb on an AT-SPI bus, or ''."""
    for tool in ("xvfb-run", "dbus-run-session"):
        if shutil.which(tool) is None:
            return tool
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
    )
    return "" if probe.returncode == 0 else "python3-pyatspi"


def prepared_data(folder: Path) -> Path:
    """Return a data folder where Riet has finished the first run, so home offers Start.

    She has also read the words shown once before a first session, so Start opens the session.
    """
    paths = DataPaths(folder)
    paths.ensure()
    database = open_database(sqlite_url(paths.database), paths.backups)
    answers = FirstRunAnswers("Riet", "1948", Sex.FEMALE, frozenset(), False, (1.0, 2.0), (), "nl")
    clock = lambda: datetime(2026, 11, 18, 10)  # noqa: E731
    riet = Onboarding(database, load_catalogue(), clock).complete(answers).trainee
    assert riet.id is not None
    Trainees(database, paths.backups, clock).mark_introduction_seen(riet.id)
    database.close()
    return folder


@pytest.mark.subprocess
def test_a_screen_reader_hears_home_and_can_start_training(tmp_path: Path) -> None:
    """Over AT-SPI, home's controls have names, and pressing Start opens the named session."""
    missing = tools_missing()
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must install {missing} (see .ci/run)")
        pytest.skip(f"{missing} is not installed here; CI installs it")
    data = prepared_data(tmp_path / "data")
    result = subprocess.run(
        [
            "dbus-run-session",
            "--",
            "xvfb-run",
            "-a",
            SYSTEM_PYTHON,
            str(READER),
            sys.executable,
            str(data),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, result.stderr[-2000:]
    heard = json.loads(lines[-1])
    assert "error" not in heard, heard
    home_buttons = {item["name"] for item in heard["home"] if item["role"] == "push button"}
    assert {"Start de training", "Alle oefeningen", "Instellingen"} <= home_buttons
    assert "" not in home_buttons  # no button a screen reader would call just "button"
    assert heard["pressed"]
    session_buttons = {item["name"] for item in heard["session"] if item["role"] == "push button"}
    assert session_buttons and "" not in session_buttons
    assert "Start de training" not in session_buttons
    # The warm-up of the session player: start its timer, the next movement, or go on.
    assert {"Start", "Volgende beweging", "Naar de oefeningen"} <= session_buttons
