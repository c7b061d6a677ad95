"""The start as people meet it: home painted before SQLAlchemy, the rest loaded after it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest

from sterkblijven.diagnostics import LOG_NAME
from sterkblijven.paths import DataPaths
from sterkblijven.storage import open_folder
from sterkblijven.storage.synthetic.history import generate_history

# What the first screen does not need, and so what a start must not load before it shows.
LATER = ("sqlalchemy", "alembic", "pyqtgraph", "numpy", "PySide6.QtNetwork", "PySide6.QtSvg")

# Runs the real main() as the installed command does, then names what it loaded.
CHILD = f"""
import sys
from sterkblijven.cli import main
code = main(sys.argv[1:])
later = {LATER!r}
print("loaded", ",".join(sorted(name for name in later if name in sys.modules)), flush=True)
sys.exit(code)
"""


@pytest.fixture(scope="module")
def data_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a data folder with a person and a year of training, as at a trainee's home."""
    folder = tmp_path_factory.mktemp("start") / "data"
    paths = DataPaths(folder)
    paths.ensure()
    database = open_folder(paths)
    generate_history(database, years=1.0, end=datetime.now())
    database.close()
    return folder


def start(folder: Path, home: Path, *options: str) -> tuple[int, set[str], str]:
    """Start the app on a folder with its own settings; return the code, what it loaded, errors."""
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),  # this computer's settings go to a folder of the test's own
        "XDG_CONFIG_HOME": str(home / ".config"),
    }
    result = subprocess.run(
        [sys.executable, "-c", CHILD, "--data-dir", str(folder), *options],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )
    line = next((line for line in result.stdout.splitlines() if line.startswith("loaded")), "")
    loaded = {name for name in line.removeprefix("loaded").strip().split(",") if name}
    return result.returncode, loaded, result.stderr


def test_home_shows_before_sqlalchemy_and_the_chart_library(
    data_folder: Path, tmp_path: Path
) -> None:
    """Up to the first paint of home nothing is loaded that home does not need."""
    code, loaded, errors = start(data_folder, tmp_path, "--exit-after-first-paint")
    assert code == 0, errors
    assert loaded == set(), f"loaded before the first paint: {sorted(loaded)}"


def test_after_the_first_paint_the_rest_is_loaded_and_the_backup_made(
    data_folder: Path, tmp_path: Path
) -> None:
    """Once settled, the use cases and the charts are ready and the day's backup exists."""
    code, loaded, errors = start(data_folder, tmp_path, "--exit-when-settled")
    assert code == 0, errors
    assert {"sqlalchemy", "pyqtgraph", "PySide6.QtNetwork"} <= loaded
    assert list((data_folder / "backups").glob("*.sqlite3")), "no backup of the day was made"
    log = (data_folder / "logs" / LOG_NAME).read_text(encoding="utf-8")
    assert "start: sterkblijven" in log and "SQLAlchemy 2." in log  # the versions, noted once


def test_preferences_left_in_the_database_take_the_usual_way(tmp_path: Path) -> None:
    """Data from a version that kept the text size in the database is opened as usual, and moved."""
    folder = tmp_path / "data"
    paths = DataPaths(folder)
    paths.ensure()
    database = open_folder(paths)
    generate_history(database, years=0.2, end=datetime.now())
    database.close()
    with closing(sqlite3.connect(paths.database)) as connection, connection:
        connection.execute("INSERT INTO settings (key, value) VALUES ('text_scale', '150')")
    code, loaded, errors = start(folder, tmp_path / "home", "--exit-after-first-paint")
    assert code == 0, errors
    assert "sqlalchemy" in loaded  # the usual way: the database opened before home
    with closing(sqlite3.connect(paths.database)) as connection:
        left = connection.execute("SELECT count(*) FROM settings WHERE key = 'text_scale'")
        assert left.fetchone() == (0,)  # moved to this computer's settings


def test_version_loads_neither_qt_nor_sqlalchemy() -> None:
    """`sterkblijven --version` answers without loading Qt or SQLAlchemy."""
    script = (
        "import sys\n"
        "from sterkblijven.cli import main\n"
        "try:\n"
        "    main(['--version'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "found = [m for m in ('PySide6', 'sqlalchemy') if m in sys.modules]\n"
        "print('loaded', ','.join(sorted(found)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.startswith("sterkblijven ")
    assert result.stdout.splitlines()[-1].strip() == "loaded"
