"""The command line for carers and scripts: export, import, backup and restore."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from sterkblijven.cli import parse_arguments
from sterkblijven.commands import run
from sterkblijven.paths import DataPaths
from sterkblijven.storage import open_database
from sterkblijven.storage.database import sqlite_url
from sterkblijven.storage.synthetic.history import generate_history

NOW = datetime(2026, 11, 21, 10, 0)


def command(*argv: str) -> int:
    """Run one command line with the fixed clock; return its exit code."""
    return run(parse_arguments(list(argv)), clock=lambda: NOW)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """Return a data folder holding two people with half a year of history each."""
    folder = tmp_path / "data"
    paths = DataPaths(folder)
    paths.ensure()
    database = open_database(sqlite_url(paths.database), paths.backups)
    generate_history(database, years=0.5, end=NOW, seed=3, name="Riet")
    generate_history(database, years=0.3, end=NOW, seed=4, name="Kees", birth_year=1944)
    database.close()
    return folder


def people(data_dir: Path) -> list[str]:
    """Return the names in the data folder, in the order they were added."""
    with sqlite3.connect(DataPaths(data_dir).database) as db:
        return [row[0] for row in db.execute("SELECT name FROM trainees ORDER BY id")]


def test_backup_writes_a_verified_copy_and_says_where(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`backup --out FILE` writes a copy that passes its integrity check and prints one line."""
    target = tmp_path / "copy.sqlite3"
    assert command("--data-dir", str(data_dir), "backup", "--out", str(target)) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and str(target) in out[0]
    with sqlite3.connect(target) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("SELECT count(*) FROM trainees").fetchone()[0] == 2


def test_data_dir_may_follow_the_command(data_dir: Path) -> None:
    """`backup --data-dir DIR` works as well as `--data-dir DIR backup`."""
    assert command("backup", "--data-dir", str(data_dir)) == 0
    assert list(DataPaths(data_dir).backups.glob("manual-*.sqlite3"))


def test_restore_puts_the_backup_back_and_keeps_a_copy(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`restore FILE` brings back the backup's data and keeps the data it replaced."""
    target = tmp_path / "before.sqlite3"
    assert command("--data-dir", str(data_dir), "backup", "--out", str(target)) == 0
    with sqlite3.connect(DataPaths(data_dir).database) as db:
        db.execute("UPDATE trainees SET name = 'Changed' WHERE name = 'Kees'")
    assert command("--data-dir", str(data_dir), "restore", str(target)) == 0
    assert people(data_dir) == ["Riet", "Kees"]
    line = capsys.readouterr().out.strip().splitlines()[-1]
    kept = Path(line.rsplit(" ", 1)[-1])
    with sqlite3.connect(kept) as db:
        assert db.execute("SELECT count(*) FROM trainees WHERE name = 'Changed'").fetchone()[0]


def test_restoring_a_damaged_file_fails_plainly_and_changes_nothing(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A damaged file is refused with a reason on stderr and exit code 1."""
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"\x00garbage" * 500)
    assert command("--data-dir", str(data_dir), "restore", str(bad)) == 1
    err = capsys.readouterr().err
    assert "damaged" in err and "Traceback" not in err
    assert people(data_dir) == ["Riet", "Kees"]


def test_a_folder_without_data_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Backing up a folder that holds no data says so instead of creating a database."""
    empty = tmp_path / "nothing"
    assert command("--data-dir", str(empty), "backup") == 1
    assert "no sterkblijven data" in capsys.readouterr().err
    assert not empty.exists()


def test_export_and_import_round_trip_through_the_command_line(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Export, import into an empty folder, export again: the two files are the same."""
    first = tmp_path / "first.json"
    assert command("--data-dir", str(data_dir), "export", "--out", str(first)) == 0
    fresh = tmp_path / "fresh"
    assert command("--data-dir", str(fresh), "import", str(first)) == 0
    second = tmp_path / "second.json"
    assert command("--data-dir", str(fresh), "export", "--out", str(second)) == 0
    assert first.read_bytes() == second.read_bytes()
    assert people(fresh) == ["Riet", "Kees"]
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 3 and lines[1].startswith("imported 2 people")


def test_export_of_one_person_as_tables(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--format csv --trainee NAME` writes tables that hold only that person."""
    folder = tmp_path / "tables"
    argv = ("--data-dir", str(data_dir), "export", "--format", "csv", "--trainee", "kees")
    assert command(*argv, "--out", str(folder)) == 0
    sessions = (folder / "sessions.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(sessions) > 1
    assert all("Riet" not in line for line in sessions)
    assert command(*argv[:-1], "Nobody", "--out", str(folder)) == 1
    assert "Nobody" in capsys.readouterr().err


def test_importing_someone_already_here_needs_a_choice(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without a tty and without a choice, a conflict is refused; --skip then imports nothing."""
    export = tmp_path / "all.json"
    assert command("--data-dir", str(data_dir), "export", "--out", str(export)) == 0
    assert command("--data-dir", str(data_dir), "import", str(export)) == 1
    assert "--replace, --keep-both or --skip" in capsys.readouterr().err
    assert command("--data-dir", str(data_dir), "import", str(export), "--skip") == 0
    assert people(data_dir) == ["Riet", "Kees"]
    assert command("--data-dir", str(data_dir), "import", str(export), "--keep-both") == 0
    assert len(people(data_dir)) == 4


def test_two_namesakes_in_a_file_both_arrive_with_replace(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two different people with Kees's name and year replace Kees once; none is lost."""
    export = tmp_path / "all.json"
    assert command("--data-dir", str(data_dir), "export", "--out", str(export)) == 0
    document = json.loads(export.read_text(encoding="utf-8"))
    kees = next(person for person in document["people"] if person["name"] == "Kees")
    namesake = {**kees, "uuid": "5f0c5d57-3b8e-4c55-9a43-2d3c1c0f7a11"}
    # Kees was added last: SQLite gives his freed id to the first Kees read in.
    document["people"] = [kees, namesake]
    export.write_text(json.dumps(document), encoding="utf-8")
    capsys.readouterr()
    assert command("--data-dir", str(data_dir), "import", str(export), "--replace") == 0
    assert capsys.readouterr().out.startswith("imported 2 people (1 replaced, 0 left out)")
    assert sorted(people(data_dir)) == ["Kees", "Kees", "Riet"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"not json at all", "not JSON"),
        (json.dumps({"something": "else"}).encode(), "not an export"),
        (json.dumps({"format": "sterkblijven-export", "version": 99}).encode(), "newer version"),
    ],
)
def test_a_wrong_file_is_not_imported(
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: bytes,
    reason: str,
) -> None:
    """Foreign, damaged or newer files give a plain reason and write nothing."""
    source = tmp_path / "wrong.json"
    source.write_bytes(content)
    before = DataPaths(data_dir).database.read_bytes()
    assert command("--data-dir", str(data_dir), "import", str(source)) == 1
    err = capsys.readouterr().err
    assert reason in err and "nothing was changed" in err
    assert people(data_dir) == ["Riet", "Kees"]
    assert DataPaths(data_dir).database.read_bytes() == before


def test_the_installed_command_prints_one_line(data_dir: Path, tmp_path: Path) -> None:
    """`python -m sterkblijven backup` runs without a display and prints its result."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "sterkblijven", "--data-dir", str(data_dir), "backup"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("backup written to ")
    assert result.stdout.count("\n") == 1


def test_restore_into_a_new_folder_and_over_damaged_data(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A backup can be put into an empty folder, and over data too damaged to open."""
    backup = tmp_path / "backup.sqlite3"
    assert command("--data-dir", str(data_dir), "backup", "--out", str(backup)) == 0
    fresh = tmp_path / "new-computer"
    assert command("--data-dir", str(fresh), "restore", str(backup)) == 0
    assert people(fresh) == ["Riet", "Kees"]
    database = DataPaths(data_dir).database
    database.write_bytes(b"\x00" * 8192)  # beyond repair: not even a header left
    assert command("--data-dir", str(data_dir), "restore", str(backup)) == 0
    assert people(data_dir) == ["Riet", "Kees"]
    kept = capsys.readouterr().out.strip().splitlines()[-1].rsplit(" ", 1)[-1]
    assert Path(kept).read_bytes() == b"\x00" * 8192


def test_a_wrong_database_url_is_explained(capsys: pytest.CaptureFixture[str]) -> None:
    """A malformed URL or one without a driver gives a plain line, not a traceback."""
    for url in ("nonsense", "mysql://someone@nowhere/data"):
        assert command("--database-url", url, "backup") == 1
        err = capsys.readouterr().err
        assert "--database-url" in err and "Traceback" not in err


def test_a_failed_import_into_a_new_folder_leaves_no_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Importing a missing file into a new folder creates no empty database there."""
    fresh = tmp_path / "fresh"
    assert command("--data-dir", str(fresh), "import", str(tmp_path / "missing.json")) == 1
    assert "does not exist" in capsys.readouterr().err
    assert not DataPaths(fresh).database.exists()
