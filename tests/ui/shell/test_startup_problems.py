"""A start that cannot go on says why in plain words and changes nothing."""

from __future__ import annotations

import contextlib
import random
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from sterkblijven import resources
from sterkblijven.app import build, make_qt_app
from sterkblijven.domain.backups import BackupKind
from sterkblijven.i18n import Translations
from sterkblijven.paths import DATABASE_NAME, DataPaths
from sterkblijven.services.backups import (
    RECOVERABLE,
    BackupInfo,
    Backups,
    list_backups,
    restore_folder,
    set_aside,
    usable_backups,
)
from sterkblijven.services.catalogue import load_precautions
from sterkblijven.services.home import Home
from sterkblijven.storage import open_database
from sterkblijven.storage.database import START_PROBLEMS, make_engine, sqlite_url, upgrade
from sterkblijven.storage.synthetic.history import generate_history
from sterkblijven.ui.shell.recovery_dialog import RecoveryDialog
from sterkblijven.words.backups import restore_problem
from sterkblijven.words.problems import database_problem
from tests.storage.test_database import damage_quietly


def start(folder: Path) -> tuple[object, list[str]]:
    """Build the app on a folder and return the result with the problems reported."""
    problems: list[str] = []
    context = build(make_qt_app([]), folder, language="nl", report=problems.append)
    if context is not None:
        context.close()
    return context, problems


def test_damaged_database_is_explained_and_kept(qapp: QApplication, tmp_path: Path) -> None:
    """A data file that is not a database gives a plain message and stays as it was."""
    tmp_path.joinpath(DATABASE_NAME).write_bytes(b"\x00garbage" * 500)
    context, problems = start(tmp_path)
    assert context is None
    assert len(problems) == 1 and "beschadigd" in problems[0]
    assert "Traceback" not in problems[0]
    assert tmp_path.joinpath(DATABASE_NAME).read_bytes() == b"\x00garbage" * 500


def test_broken_catalogue_names_file_and_field(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A damaged exercise file stops the start with its file and field named."""
    entries = resources.catalogue_files()
    name, content = entries[0]
    broken = content.replace(b'task = "', b'task = "flying_', 1)
    monkeypatch.setattr(resources, "catalogue_files", lambda: [(name, broken), *entries[1:]])
    context, problems = start(tmp_path)
    assert context is None
    assert f"assets/catalogue/{name}" in problems[0]
    assert "task" in problems[0]
    assert not tmp_path.joinpath(DATABASE_NAME).exists()


def test_broken_movement_advice_names_file_and_field(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A damaged precaution file stops the start with its file and field named."""
    entries = resources.precaution_files()
    name, content = entries[0]
    broken = content.replace(b'rules_out = ["', b'rules_out = ["cartwheel", "', 1)
    monkeypatch.setattr(resources, "precaution_files", lambda: [(name, broken), *entries[1:]])
    load_precautions.cache_clear()  # read once per run: read the broken one now
    try:
        context, problems = start(tmp_path)
    finally:
        load_precautions.cache_clear()
    assert context is None
    assert f"assets/precautions/{name}" in problems[0] and "rules_out" in problems[0]
    assert not tmp_path.joinpath(DATABASE_NAME).exists()


def test_unwritable_data_folder_is_explained(qapp: QApplication, tmp_path: Path) -> None:
    """A data folder that cannot be created gives a plain message instead of a crash."""
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    context, problems = start(blocker / "data")
    assert context is None
    assert "niets opslaan" in problems[0] and str(blocker / "data") in problems[0]


def damaged_folder_with_backup(folder: Path) -> bytes:
    """Make a data folder with one good backup, then damage its database; return the damage."""
    context, problems = start(folder)  # a first start makes the database
    assert context is not None and problems == []
    database = open_database(sqlite_url(folder / DATABASE_NAME), folder / "backups")
    generate_history(database, years=0.1, end=datetime(2026, 11, 20), seed=4, name="Truus")
    Backups(database, folder / "backups", datetime.now).make(BackupKind.MANUAL)
    database.close()
    damage = b"\x00garbage" * 500
    (folder / DATABASE_NAME).write_bytes(damage)
    for suffix in ("-wal", "-shm"):
        (folder / (DATABASE_NAME + suffix)).unlink(missing_ok=True)
    return damage


def test_damaged_data_can_be_replaced_by_a_backup_at_start(
    qapp: QApplication, tmp_path: Path
) -> None:
    """The way out offered at start puts a backup back; the app then opens with its data."""
    damage = damaged_folder_with_backup(tmp_path)
    offered: list[str] = []

    def put_backup_back(code: str, paths: DataPaths) -> bool:
        offered.append(code)
        newest = list_backups(paths.backups)[0]
        restore_folder(newest.path, paths.database, paths.backups, datetime.now())
        return True

    problems: list[str] = []
    context = build(
        make_qt_app([]), tmp_path, language="nl", report=problems.append, recover=put_backup_back
    )
    assert context is not None and problems == [] and offered == ["damaged"]
    names = [t.name for t in Home(context.database, datetime.now).trainees()]
    context.close()
    assert "Truus" in names
    kept = [b for b in list_backups(tmp_path / "backups") if b.kind is BackupKind.BEFORE_RESTORE]
    assert len(kept) == 1 and kept[0].path.read_bytes() == damage


def test_starting_afresh_keeps_the_damaged_data_aside(qapp: QApplication, tmp_path: Path) -> None:
    """A fresh start moves the damaged file into the backups folder, never deleting it."""
    damage = damaged_folder_with_backup(tmp_path)

    def afresh(_code: str, paths: DataPaths) -> bool:
        set_aside(paths.database, paths.backups, datetime.now())
        return True

    context = build(make_qt_app([]), tmp_path, language="nl", report=[].append, recover=afresh)
    assert context is not None
    context.close()
    aside = [b for b in list_backups(tmp_path / "backups") if b.kind is BackupKind.SET_ASIDE]
    assert len(aside) == 1 and aside[0].path.read_bytes() == damage


def test_closing_the_way_out_changes_nothing(qapp: QApplication, tmp_path: Path) -> None:
    """Choosing to close leaves the damaged file where and as it was, with no second message."""
    damage = damaged_folder_with_backup(tmp_path)
    problems: list[str] = []
    context = build(
        make_qt_app([]), tmp_path, language="nl", report=problems.append, recover=lambda c, p: False
    )
    assert context is None and problems == []
    assert (tmp_path / DATABASE_NAME).read_bytes() == damage


def test_the_way_out_offers_the_newest_backups_in_words(qapp: QApplication, tmp_path: Path) -> None:
    """The dialog lists up to five dated backups and a fresh start; a choice closes it."""
    backups = [
        BackupInfo(
            tmp_path / f"daily-2026111{d}-091500.sqlite3",
            BackupKind.DAILY,
            datetime(2026, 11, 10 + d, 9, 15),
            1000,
        )
        for d in range(7)
    ]
    translations = Translations(make_qt_app([]))
    translations.switch("nl")
    dialog = RecoveryDialog("damaged", backups)
    assert len(dialog.backup_buttons) == 5
    assert "november 2026" in dialog.backup_buttons[0].text()
    assert "dagelijkse back-up" in dialog.backup_buttons[0].text()
    dialog.backup_buttons[1].click()
    assert dialog.chosen_backup == backups[1].path and not dialog.start_afresh
    newer = RecoveryDialog("newer_version", backups)
    assert newer.backup_buttons == [] and not newer.afresh_card.isVisibleTo(newer)
    dialog.close()
    newer.close()
    translations.remove()


def _cut(share: float) -> Callable[[bytes], bytes]:
    return lambda good: good[: int(len(good) * share) // 4096 * 4096]


DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "truncated by its last page": lambda good: good[:-4096],
    "truncated to half": _cut(0.5),
    "truncated to its first page": lambda good: good[:4096],
    "random bytes": lambda good: random.Random(7).randbytes(len(good)),
    "a SQLite header over random bytes": lambda good: (
        good[:100] + random.Random(8).randbytes(len(good) - 100)
    ),
    "a text file": lambda _good: b"Boodschappenlijst: melk, brood, kaas\n" * 200,
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_every_kind_of_damage_offers_the_way_out_and_keeps_the_file(
    qapp: QApplication, tmp_path: Path, damage: Callable[[bytes], bytes]
) -> None:
    """A cut, overwritten or foreign file offers the way out, and stays exactly as it was."""
    context, problems = start(tmp_path)
    assert context is not None and problems == []
    database = open_database(sqlite_url(tmp_path / DATABASE_NAME), tmp_path / "backups")
    generate_history(database, years=0.5, end=datetime(2026, 11, 20), seed=5, name="Truus")
    database.close()
    for suffix in ("-wal", "-shm"):
        assert not (tmp_path / (DATABASE_NAME + suffix)).exists()  # all of it is in the file
    broken = damage((tmp_path / DATABASE_NAME).read_bytes())
    (tmp_path / DATABASE_NAME).write_bytes(broken)
    offered: list[str] = []
    problems = []

    def decline(code: str, _paths: DataPaths) -> bool:
        offered.append(code)
        return False

    context = build(
        make_qt_app([]), tmp_path, language="nl", report=problems.append, recover=decline
    )
    assert context is None
    assert offered == ["damaged"] and problems == []
    assert (tmp_path / DATABASE_NAME).read_bytes() == broken


def test_data_from_a_newer_version_is_explained_and_kept(
    qapp: QApplication, tmp_path: Path
) -> None:
    """A database a newer version wrote says to update the app, offers no fresh start, and stays."""
    context, problems = start(tmp_path)
    assert context is not None and problems == []
    with sqlite3.connect(tmp_path / DATABASE_NAME) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    connection.close()
    before = (tmp_path / DATABASE_NAME).read_bytes()
    offered: list[str] = []
    context = build(
        make_qt_app([]),
        tmp_path,
        language="nl",
        report=problems.append,
        recover=lambda code, _paths: bool(offered.append(code)),
    )
    assert context is None and offered == []
    assert len(problems) == 1 and "nieuwere versie" in problems[0]
    assert (tmp_path / DATABASE_NAME).read_bytes() == before


def folder_with_backups(folder: Path) -> Path:
    """Make a data folder with a person and one good backup; return the backup."""
    context, problems = start(folder)
    assert context is not None and problems == []
    database = open_database(sqlite_url(folder / DATABASE_NAME), folder / "backups")
    generate_history(database, years=0.1, end=datetime(2026, 11, 20), seed=4, name="Truus")
    backup = Backups(database, folder / "backups", datetime.now).make(BackupKind.MANUAL)
    database.close()
    return backup


def make_gone(folder: Path, how: str) -> None:
    """Take the database away as a lost file, an emptied one, or one whose -wal alone is left."""
    path = folder / DATABASE_NAME
    if how == "wal only":
        with sqlite3.connect(path) as connection:  # a last change, still only in the -wal
            connection.execute("PRAGMA wal_autocheckpoint=0")
            connection.execute("UPDATE trainees SET name = 'Truus B.'")
            wal = path.with_name(path.name + "-wal").read_bytes()
        connection.close()
        path.with_name(path.name + "-wal").write_bytes(wal)
    path.unlink()
    path.with_name(path.name + "-shm").unlink(missing_ok=True)
    if how == "emptied":
        path.write_bytes(b"")


@pytest.mark.parametrize("how", ["missing", "emptied", "wal only"])
def test_data_that_is_gone_offers_the_backups_instead_of_a_first_run(
    qapp: QApplication, tmp_path: Path, how: str
) -> None:
    """A lost, emptied or -wal-only database with backups asks which to put back; that one opens."""
    backup = folder_with_backups(tmp_path)
    make_gone(tmp_path, how)
    leftovers = sorted(p.name for p in tmp_path.iterdir())
    offered: list[tuple[str, list[Path]]] = []

    def decline(code: str, paths: DataPaths) -> bool:
        offered.append((code, [b.path for b in usable_backups(paths.backups, 5)]))
        return False

    problems: list[str] = []
    context = build(
        make_qt_app([]), tmp_path, language="nl", report=problems.append, recover=decline
    )
    assert context is None and problems == []
    assert offered == [("missing", [backup])]
    assert sorted(p.name for p in tmp_path.iterdir()) == leftovers  # nothing made or removed

    def put_back(code: str, paths: DataPaths) -> bool:
        restore_folder(
            usable_backups(paths.backups, 5)[0].path, paths.database, paths.backups, datetime.now()
        )
        return True

    context = build(
        make_qt_app([]), tmp_path, language="nl", report=problems.append, recover=put_back
    )
    assert context is not None and problems == []
    names = [t.name for t in Home(context.database, datetime.now).trainees()]
    context.close()
    assert names == ["Truus"]


def test_a_first_start_without_backups_asks_nothing(qapp: QApplication, tmp_path: Path) -> None:
    """No database and no backups is a first start: no question, the first-run questions follow."""
    offered: list[str] = []

    def ask(code: str, _paths: DataPaths) -> bool:
        offered.append(code)
        return False

    problems: list[str] = []
    context = build(make_qt_app([]), tmp_path, language="nl", report=problems.append, recover=ask)
    assert context is not None and offered == [] and problems == []
    context.close()


def test_starting_afresh_when_the_data_is_gone_begins_with_empty_data(
    qapp: QApplication, tmp_path: Path
) -> None:
    """A fresh start over a -wal-only database keeps that -wal aside and opens empty data."""
    folder_with_backups(tmp_path)
    make_gone(tmp_path, "wal only")
    wal = (tmp_path / (DATABASE_NAME + "-wal")).read_bytes()

    def afresh(_code: str, paths: DataPaths) -> bool:
        set_aside(paths.database, paths.backups, datetime.now())
        return True

    problems: list[str] = []
    context = build(
        make_qt_app([]), tmp_path, language="nl", report=problems.append, recover=afresh
    )
    assert context is not None and problems == []
    assert Home(context.database, datetime.now).trainees() == []
    context.close()
    kept = [p.read_bytes() for p in (tmp_path / "backups").glob("damaged-*.sqlite3-wal")]
    assert kept == [wal]


def test_an_update_cut_off_by_an_earlier_version_offers_the_backup_from_before_it(
    qapp: QApplication, tmp_path: Path
) -> None:
    """Half-migrated data (old stamp, new tables) offers the backup from before the update."""
    folder_with_backups(tmp_path)
    with contextlib.closing(sqlite3.connect(tmp_path / DATABASE_NAME)) as data, data:
        data.execute("UPDATE alembic_version SET version_num = '0001'")
    backups = tmp_path / "backups"
    (backups / "before-migration-0001-20261121-090000.sqlite3").write_bytes(b"cut off")
    old = backups / "before-migration-0001-20261120-100000.sqlite3"
    engine = make_engine(sqlite_url(old))
    upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO trainees (name, birth_year, sex, created_at) "
            "VALUES ('Riet', 1948, 'female', '2026-01-05 10:00:00')"
        )
    engine.dispose()
    with contextlib.closing(sqlite3.connect(old)) as copy:
        copy.execute("PRAGMA journal_mode=DELETE")  # a single file, as every backup made is
    offered: list[tuple[str, list[Path]]] = []

    def choose(code: str, paths: DataPaths) -> bool:
        offered.append((code, [b.path for b in usable_backups(paths.backups, 5)]))
        restore_folder(old, paths.database, paths.backups, datetime.now())
        return True

    problems: list[str] = []
    context = build(
        make_qt_app([]), tmp_path, language="nl", report=problems.append, recover=choose
    )
    assert context is not None and problems == []
    names = [t.name for t in Home(context.database, datetime.now).trainees()]
    context.close()
    assert offered[0][0] == "half_migrated" and old in offered[0][1]
    assert all("090000" not in p.name for p in offered[0][1])  # the cut-off copy is left out
    assert names == ["Riet"]


def test_every_problem_a_start_can_meet_has_a_way_out_in_plain_words(qapp: QApplication) -> None:
    """Each start problem is offered a backup, or has its own words on what to do; none is vague."""
    translations = Translations(make_qt_app([]))
    translations.switch("nl")
    vague = database_problem("no such problem", at_start=True)
    assert {"half_migrated", "missing", "damaged", "foreign", "upgrade_failed"} <= START_PROBLEMS
    for code in sorted(START_PROBLEMS):
        words = database_problem(code, at_start=True)
        assert words != vague, code
        if code in RECOVERABLE:
            dialog = RecoveryDialog(code, [])
            assert dialog.afresh_card.isVisibleTo(dialog), code
            dialog.close()
    translations.remove()


def test_a_backup_the_data_file_keeps_out_is_told_in_its_own_words(qapp: QApplication) -> None:
    """Another program holding the data file is named as such, not as a read-only folder."""
    translations = Translations(make_qt_app([]))
    translations.switch("en")
    words = restore_problem("not_replaced")
    assert words not in (database_problem("no such problem"), database_problem("not_writable"))
    assert "another program" in words and "Nothing was changed" in words
    translations.remove()


def test_the_question_for_gone_data_says_so(qapp: QApplication, tmp_path: Path) -> None:
    """Gone data is asked about as gone, not as damaged, with the backups and a fresh start."""
    backups = [
        BackupInfo(
            tmp_path / "daily-20261110-091500.sqlite3",
            BackupKind.DAILY,
            datetime(2026, 11, 10, 9, 15),
            1000,
        )
    ]
    translations = Translations(make_qt_app([]))
    translations.switch("nl")
    gone = RecoveryDialog("missing", backups)
    damaged = RecoveryDialog("damaged", backups)
    assert gone.title.text() != damaged.title.text()
    assert "beschadigd" not in gone.afresh_text.text()
    assert len(gone.backup_buttons) == 1 and gone.afresh_card.isVisibleTo(gone)
    gone.close()
    damaged.close()
    translations.remove()


def test_damaged_data_an_update_would_start_on_offers_the_backups(
    qapp: QApplication, tmp_path: Path
) -> None:
    """Old data whose copy before the update fails its check is asked about as damaged data."""
    backup = folder_with_backups(tmp_path)
    path = tmp_path / DATABASE_NAME
    for ending in ("", "-wal", "-shm"):
        Path(f"{path}{ending}").unlink(missing_ok=True)
    engine = make_engine(sqlite_url(path))
    upgrade(engine, "0005")
    engine.dispose()
    damage_quietly(path)
    before = path.read_bytes()
    offered: list[tuple[str, list[Path]]] = []

    def decline(code: str, paths: DataPaths) -> bool:
        offered.append((code, [b.path for b in usable_backups(paths.backups, 5)]))
        return False

    problems: list[str] = []
    context = build(
        make_qt_app([]), tmp_path, language="nl", report=problems.append, recover=decline
    )
    assert context is None and problems == []
    assert offered == [("damaged", [backup])]
    assert path.read_bytes() == before
