"""The command line for carers and scripts: export, import, backup and restore."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from sterkblijven.cli import parse_arguments
from sterkblijven.commands import reset_pin, run
from sterkblijven.paths import DataPaths, FolderLock
from sterkblijven.services.carer import CarerAccess
from sterkblijven.storage import open_database
from sterkblijven.storage.database import sqlite_url
from sterkblijven.storage.synthetic.history import generate_history
from tests.locks import data_in_use
from tests.services.test_backups import HeldOpen

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


def test_export_of_one_persons_test_results_as_fhir(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--format fhir --trainee NAME`: a Bundle with that person and only their results."""
    path = tmp_path / "kees-fhir.json"
    argv = ("--data-dir", str(data_dir), "export", "--format", "fhir", "--trainee", "Kees")
    assert command(*argv, "--out", str(path)) == 0
    bundle = json.loads(path.read_text(encoding="utf-8"))
    assert (bundle["resourceType"], bundle["type"]) == ("Bundle", "collection")
    resources = [entry["resource"] for entry in bundle["entry"]]
    patients = [r for r in resources if r["resourceType"] == "Patient"]
    assert [p["name"] for p in patients] == [[{"text": "Kees"}]]
    results = [r for r in resources if r["resourceType"] == "Observation"]
    assert results
    assert {r["subject"]["reference"] for r in results} == {f"urn:uuid:{patients[0]['id']}"}
    line = capsys.readouterr().out.strip()
    told = len([r for r in results if "hasMember" not in r])  # the day panels are no results
    assert line == f"exported 1 people and {told} test results to {path}"


def test_export_as_tables_for_a_dutch_spreadsheet(data_dir: Path, tmp_path: Path) -> None:
    """`--format csv-nl` writes the Dutch tables: semicolons, Dutch headers, a byte order mark."""
    folder = tmp_path / "tabellen"
    argv = ("--data-dir", str(data_dir), "export", "--format", "csv-nl", "--out", str(folder))
    assert command(*argv) == 0
    data = (folder / "testuitslagen.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    header = data.decode("utf-8-sig").splitlines()[0]
    assert header.split(";")[:3] == ["Persoon", "Test", "Uitslag"]


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


def test_import_and_restore_keep_the_folder_while_they_write(
    data_dir: Path, tmp_path: Path
) -> None:
    """While import or restore writes, the folder is held: the app cannot start on it meanwhile."""
    exported, backup = tmp_path / "all.json", tmp_path / "all.sqlite3"
    assert command("--data-dir", str(data_dir), "export", "--out", str(exported)) == 0
    assert command("--data-dir", str(data_dir), "backup", "--out", str(backup)) == 0
    held: list[bool] = []

    def clock() -> datetime:
        held.append(data_in_use(data_dir))  # asked while the command is at work
        return NOW

    for argv in (["import", str(exported), "--keep-both"], ["restore", str(backup)]):
        held.clear()
        assert run(parse_arguments(["--data-dir", str(data_dir), *argv]), clock=clock) == 0
        assert held and all(held), argv
        assert not data_in_use(data_dir)


def permissions_bind(folder: Path) -> bool:
    """Return True when a read-only folder keeps this process out (not so for root, say)."""
    probe = folder / "read-only"
    probe.mkdir(mode=0o555)
    try:
        (probe / "file").touch()
    except PermissionError:
        return True
    finally:
        probe.chmod(0o700)
    return False


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_a_folder_that_takes_no_writes_is_not_called_open(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Import and restore into a read-only folder say it cannot be written, not "open"."""
    if not permissions_bind(tmp_path):
        pytest.skip("folder permissions do not bind this process")
    backup = tmp_path / "all.sqlite3"
    assert command("--data-dir", str(data_dir), "backup", "--out", str(backup)) == 0
    capsys.readouterr()
    data_dir.chmod(0o555)
    try:
        for argv in (["import", str(tmp_path / "any.json")], ["restore", str(backup)]):
            assert command("--data-dir", str(data_dir), *argv) == 1
            err = capsys.readouterr().err
            assert "cannot be written" in err and "open on this data" not in err, err
    finally:
        data_dir.chmod(0o700)
    assert people(data_dir) == ["Riet", "Kees"]


@pytest.mark.parametrize("name", ["with\ttab", "with\nnew line", "with\x1bescape"])
def test_a_data_dir_with_a_control_character_is_refused_in_plain_words(
    tmp_path: Path, name: str
) -> None:
    """The app and the commands refuse such a folder with one plain line, not a traceback."""
    folder = tmp_path / name
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for argv in ([], ["backup"], ["--database-url", "sqlite:///x\ty.sqlite3"]):
        given = ["--data-dir", str(folder)] if "--database-url" not in argv else []
        result = subprocess.run(
            [sys.executable, "-m", "sterkblijven", *given, *argv],
            env=environment,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr
        assert "control character" in result.stderr.splitlines()[-1]
    assert not folder.exists()


def test_a_half_migrated_folder_is_told_with_the_way_out(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An update cut off by an earlier version: the line says so and how to put a backup back."""
    with sqlite3.connect(DataPaths(data_dir).database) as db:
        db.execute("UPDATE alembic_version SET version_num = '0001'")
    db.close()
    assert command("--data-dir", str(data_dir), "backup") == 1
    err = capsys.readouterr().err
    assert "update" in err and "sterkblijven restore" in err
    assert "--database-url" not in err and "Traceback" not in err


def test_data_that_cannot_be_opened_never_blames_a_url_that_was_not_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A database file that is a folder is explained without "check --database-url"."""
    folder = tmp_path / "data"
    DataPaths(folder).database.mkdir(parents=True)
    for name in ("backup", "export"):
        arguments = ["--out", str(tmp_path / "out.json")] if name == "export" else []
        assert command("--data-dir", str(folder), name, *arguments) == 1
        err = capsys.readouterr().err
        assert "--database-url" not in err and "Traceback" not in err, err


def test_gone_data_with_backups_points_to_them(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No database but backups: the line names the backups folder and the restore command."""
    assert command("--data-dir", str(data_dir), "backup") == 0
    capsys.readouterr()
    for suffix in ("", "-wal", "-shm"):
        Path(str(DataPaths(data_dir).database) + suffix).unlink(missing_ok=True)
    assert command("--data-dir", str(data_dir), "export", "--out", str(data_dir / "x.json")) == 1
    err = capsys.readouterr().err
    assert str(DataPaths(data_dir).backups) in err and "sterkblijven restore" in err


def test_an_import_refused_for_its_size_or_a_twice_named_person_says_so_in_words(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file with one person twice is refused in a plain line, not by its code."""
    exported = tmp_path / "all.json"
    assert command("--data-dir", str(data_dir), "export", "--out", str(exported)) == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    document["people"].append(document["people"][0])
    exported.write_text(json.dumps(document), encoding="utf-8")
    capsys.readouterr()
    assert command("--data-dir", str(data_dir), "import", str(exported), "--keep-both") == 1
    err = capsys.readouterr().err
    assert "the same person twice" in err and "same_person_twice" not in err.split("(")[0]


def set_pin(data_dir: Path, pin: str) -> None:
    """Give the data folder a carer PIN."""
    database = open_database(sqlite_url(DataPaths(data_dir).database))
    CarerAccess(database, lambda: NOW).set_pin(pin)
    database.close()


def has_pin(data_dir: Path) -> bool:
    """Return True when the data folder has a carer PIN."""
    database = open_database(sqlite_url(DataPaths(data_dir).database))
    try:
        return CarerAccess(database, lambda: NOW).has_pin()
    finally:
        database.close()


def test_no_command_works_on_a_folder_another_program_holds(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """While the app holds the folder, export, backup and --reset-pin refuse and write nothing."""
    set_pin(data_dir, "2468")
    paths = DataPaths(data_dir)
    before = sorted(p.name for p in paths.backups.glob("*")) if paths.backups.exists() else []
    holder = FolderLock(data_dir)
    assert holder.acquire()
    try:
        out = tmp_path / "all.json"
        for argv in (["export", "--out", str(out)], ["backup"]):
            assert command("--data-dir", str(data_dir), *argv) == 1, argv
            assert "close it first" in capsys.readouterr().err
        options = parse_arguments(["--data-dir", str(data_dir), "--lang", "en", "--reset-pin"])
        assert reset_pin(options) == 1
        assert "Close it first" in capsys.readouterr().err
    finally:
        holder.release()
    assert not out.exists()
    after = sorted(p.name for p in paths.backups.glob("*")) if paths.backups.exists() else []
    assert after == before
    assert has_pin(data_dir)


def test_a_backup_holds_the_folder_while_it_works(data_dir: Path) -> None:
    """`backup` holds the folder as import and restore do, and lets it go after."""
    held: list[bool] = []

    def clock() -> datetime:
        held.append(data_in_use(data_dir))  # asked while the command is at work
        return NOW

    assert run(parse_arguments(["--data-dir", str(data_dir), "backup"]), clock=clock) == 0
    assert held and all(held)
    assert not data_in_use(data_dir)


def folder_contents(folder: Path) -> dict[str, bytes]:
    """Return every file in a data folder and its backups (the lock file left out)."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in folder.rglob("*")
        if path.is_file() and path.name != "sterkblijven.lock"
    }


@pytest.mark.parametrize("how", ["emptied", "wal only"])
def test_data_that_is_gone_is_never_taken_for_a_new_start(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], how: str
) -> None:
    """An emptied or -wal-only database beside backups: every command points to the backups."""
    exported = tmp_path / "all.json"
    assert command("--data-dir", str(data_dir), "export", "--out", str(exported)) == 0
    assert command("--data-dir", str(data_dir), "backup") == 0
    paths = DataPaths(data_dir)
    if how == "wal only":
        with contextlib.closing(sqlite3.connect(paths.database)) as db:
            db.execute("PRAGMA wal_autocheckpoint=0")
            with db:  # a last change, still only in the -wal
                db.execute("UPDATE trainees SET name = 'Riet B.' WHERE name = 'Riet'")
            wal = Path(f"{paths.database}-wal").read_bytes()
        assert wal
        Path(f"{paths.database}-wal").write_bytes(wal)  # closing took it into the file
    paths.database.write_bytes(b"")
    Path(f"{paths.database}-shm").unlink(missing_ok=True)
    left = folder_contents(data_dir)
    capsys.readouterr()
    for argv in (
        ["export", "--out", str(tmp_path / "again.json")],
        ["backup"],
        ["import", str(exported), "--keep-both"],
        ["--reset-pin"],
    ):
        if argv == ["--reset-pin"]:
            code = reset_pin(parse_arguments(["--data-dir", str(data_dir), "--lang", "en", *argv]))
        else:
            code = command("--data-dir", str(data_dir), *argv)
        err = capsys.readouterr().err
        assert code == 1, argv
        assert str(paths.backups) in err and "sterkblijven restore" in err, err
        assert "Traceback" not in err
    assert folder_contents(data_dir) == left
    assert not (tmp_path / "again.json").exists()
    backups = sorted(paths.backups.iterdir())
    assert command("--data-dir", str(data_dir), "restore", str(backups[-1])) == 0
    made = {p.name for p in paths.backups.iterdir()} - {p.name for p in backups}
    assert all(name.startswith("before-restore-") for name in made), made  # no copy of nothing
    assert people(data_dir) == ["Riet", "Kees"]


def test_reset_pin_on_a_database_another_program_writes_says_so(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--reset-pin while another program holds the write lock: a plain line, the PIN kept."""
    set_pin(data_dir, "2468")
    other = sqlite3.connect(DataPaths(data_dir).database, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program in the middle of a write
        options = parse_arguments(["--data-dir", str(data_dir), "--lang", "en", "--reset-pin"])
        assert reset_pin(options) == 1
    finally:
        other.close()
    err = capsys.readouterr().err
    assert "Another program is using the data file" in err and "Traceback" not in err
    assert has_pin(data_dir)


def test_a_restore_over_damaged_data_held_open_says_so_and_changes_nothing(
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A data file another program keeps open is named as the reason, not a read-only folder."""
    backup = tmp_path / "backup.sqlite3"
    assert command("--data-dir", str(data_dir), "backup", "--out", str(backup)) == 0
    database = DataPaths(data_dir).database
    database.write_bytes(b"\x00" * 8192)  # beyond repair
    capsys.readouterr()
    HeldOpen(monkeypatch, database, times=1000)
    assert command("--data-dir", str(data_dir), "restore", str(backup)) == 1
    err = capsys.readouterr().err
    assert "another program has the data file open" in err and "nothing was changed" in err
    assert "cannot be written" not in err
    assert database.read_bytes() == b"\x00" * 8192
