"""The start loads only what the first screen needs, in the order that keeps it quick."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sterkblijven.app import AppContext, build, make_qt_app
from sterkblijven.domain.backups import BackupKind
from sterkblijven.domain.bands import theraband_ladder
from sterkblijven.domain.model import Sex
from sterkblijven.paths import DataPaths
from sterkblijven.services.backups import list_backups
from sterkblijven.services.catalogue import load_catalogue
from sterkblijven.services.onboarding import FirstRunAnswers, Onboarding
from sterkblijven.storage import open_database
from sterkblijven.storage.database import sqlite_url
from sterkblijven.ui.common.events import Change
from tests.clocks import ManualClock
from tests.conftest import NOW
from tests.ui.flows import complete_wizard

SOURCE = Path(__file__).resolve().parents[3] / "src" / "sterkblijven"

START_PROBE = """
import sys
from pathlib import Path
from sterkblijven.app import build, make_qt_app
app = make_qt_app(sys.argv[:1])
context = build(app, Path(sys.argv[1]), report=print, speech_engine="mock", quick=True)
context.window.start()
context.window.first_painted.connect(app.quit)
context.window.show()
app.exec()  # until home is painted
print("home", type(context.window.stack.currentWidget()).__name__)
for name in sys.argv[2:]:
    print("loaded", name, name in sys.modules)
context.close()
"""

NOT_AT_START = (
    "sqlalchemy",
    "sterkblijven.services.training",
    "pyqtgraph",
    "numpy",
    "sterkblijven.ui.progress.page",
    "sterkblijven.ui.session.page",
    "sterkblijven.ui.carer.page",
    "sterkblijven.ui.carer.data_page",
    "sterkblijven.ui.carer.papers_page",
    "sterkblijven.ui.first_run.wizard",
    "sterkblijven.ui.settings.dialog",
    "sterkblijven.services.exchange",
    "sterkblijven.services.reports",
)

SOURCE_READ_PROBE = """
import linecache, sys
from pathlib import Path
folder = Path(sys.argv[1])
if sys.argv[2] == "with-ui":
    import sterkblijven.ui
else:
    import PySide6.QtCore
sys.path.insert(0, str(folder))
import probe_module
print("read", any(Path(name).name == "probe_module.py" for name in linecache.cache))
"""


def person_here(folder: Path) -> None:
    """Store one person with a plan in a new data folder."""
    paths = DataPaths(folder)
    paths.ensure()
    database = open_database(sqlite_url(paths.database), paths.backups)
    answers = FirstRunAnswers(
        "Riet", "1948", Sex.FEMALE, frozenset(), False, (1.0, 2.0), theraband_ladder()[1:3], "nl"
    )
    Onboarding(database, load_catalogue(), datetime.now).complete(answers)
    database.close()


def run_probe(script: str, *arguments: str) -> list[str]:
    """Run a script in a fresh interpreter, offscreen, and return its output lines."""
    result = subprocess.run(
        [sys.executable, "-c", script, *arguments],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    return result.stdout.splitlines()


def test_start_shows_home_without_loading_the_other_pages(tmp_path: Path) -> None:
    """Home comes up with no other page, use case, SQLAlchemy or chart library loaded."""
    person_here(tmp_path / "data")
    lines = run_probe(START_PROBE, str(tmp_path / "data"), *NOT_AT_START)
    assert "home HomePage" in lines
    assert [line for line in lines if line.startswith("loaded")] == [
        f"loaded {name} False" for name in NOT_AT_START
    ]


def test_modules_imported_after_the_ui_are_not_read_as_text(tmp_path: Path) -> None:
    """Once the UI package is loaded, PySide6 no longer reads each new module's source."""
    (tmp_path / "probe_module.py").write_text("VALUE = 1\n", encoding="utf-8")
    # Without the UI package, PySide6 6.11 does read it: the test would otherwise prove nothing.
    assert run_probe(SOURCE_READ_PROBE, str(tmp_path), "plain") == ["read True"]
    assert run_probe(SOURCE_READ_PROBE, str(tmp_path), "with-ui") == ["read False"]


def test_no_module_opts_in_to_pyside_features() -> None:
    """No module uses `from __feature__ import ...`, which the quickened import would ignore."""
    opt_in = re.compile(r"^\s*(from|import)\s+__feature__", re.MULTILINE)
    users = [
        str(path.relative_to(SOURCE))
        for path in SOURCE.rglob("*.py")
        if opt_in.search(path.read_text(encoding="utf-8"))
    ]
    assert users == []


def test_data_changes_do_not_make_pages_nobody_opened(context: AppContext, qtbot: QtBot) -> None:
    """A change of tests or sessions refreshes open pages but makes no new ones."""
    window = context.window
    complete_wizard(window)
    made = set(window.pages.made())
    for change in (Change.TESTS, Change.SESSIONS, Change.PREFERENCES, Change.ROUTINE):
        window.on_data_changed(change)
    assert set(window.pages.made()) == made
    assert "progress" not in made
    window.show_progress()
    assert window.stack.currentWidget() is window.pages.progress
    assert "progress" in window.pages.made()


def test_the_days_backups_wait_until_home_is_on_screen(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    """The day's copies are made once home is painted, beside the window, and on a new day."""
    folder = tmp_path / "data"
    person_here(folder)
    clock = ManualClock(NOW)
    context = build(make_qt_app([]), folder, language="nl", report=pytest.fail, clock=clock)
    assert context is not None
    window = context.window
    window.start()
    qapp.processEvents()
    assert list_backups(folder / "backups") == []  # nothing yet before the first paint
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.background.thread is not None)
    window.background.wait()
    kinds = {backup.kind for backup in list_backups(folder / "backups")}
    assert kinds == {BackupKind.DAILY, BackupKind.WEEKLY}
    window.background.keep()  # a second call the same day adds nothing
    window.background.wait()
    assert len(list_backups(folder / "backups")) == 2
    clock.now = NOW + timedelta(days=1, hours=1)  # the app ran on past midnight
    window.reminders.on_time()
    window.background.wait()
    backups = list_backups(folder / "backups")
    days = [backup.made_at.date() for backup in backups if backup.kind is BackupKind.DAILY]
    assert sorted(days) == [NOW.date(), clock.now.date()]
    context.close()
