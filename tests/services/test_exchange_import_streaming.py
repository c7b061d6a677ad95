"""Import read from disk person by person: flat memory, the same data, every layout still read."""

from __future__ import annotations

import json
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from sterkblijven.domain.exchange.lines import NotAsWritten
from sterkblijven.domain.model import Sex
from sterkblijven.services import exchange as exchange_module
from sterkblijven.services.exchange import Conflict, Exchange, ImportPlan, ImportRefused
from sterkblijven.storage import Database, open_database
from sterkblijven.storage.database import sqlite_url
from sterkblijven.storage.synthetic.history import generate_history
from tests.conftest import NOW
from tests.storage.test_exchange import add_edge_cases, row_counts


def exchange_of(database: Database, folder: Path) -> Exchange:
    """Return the exchange use cases of a database, backups in ``folder``."""
    return Exchange(database, folder / "backups", lambda: NOW)


def fresh(folder: Path) -> Database:
    """Return a new, empty SQLite database in ``folder``."""
    folder.mkdir(parents=True)
    return open_database(sqlite_url(folder / "data.sqlite3"))


def import_all(database: Database, path: Path, folder: Path) -> ImportPlan:
    """Read ``path`` into ``database``, keeping everyone in it beside those here; the plan."""
    exchange = exchange_of(database, folder)
    plan = exchange.read(path)
    exchange.apply(plan, {person.index: Conflict.KEEP_BOTH for person in plan.people})
    return plan


def everything(database: Database) -> object:
    """Return the JSON value of everyone in ``database``, as its export has it."""
    return json.loads(exchange_of(database, Path("unused")).export_text())


@pytest.fixture
def history_file(database: Database, tmp_path: Path) -> Path:
    """Return a file the app wrote of two people that use every column and a year of sets."""
    add_edge_cases(database, NOW)
    generate_history(database, years=1, end=NOW, name="Kees", birth_year=1944, sex=Sex.MALE)
    path = tmp_path / "all.json"
    exchange_of(database, tmp_path).write_json(path)
    return path


def test_a_file_as_the_app_writes_it_is_read_from_disk(history_file: Path, tmp_path: Path) -> None:
    """The app's own file is read person by person from disk, and gives everyone back."""
    source = json.loads(history_file.read_text(encoding="utf-8"))
    target = fresh(tmp_path / "target")
    try:
        plan = import_all(target, history_file, tmp_path)
        assert plan.streamed
        assert everything(target) == source
    finally:
        target.close()


def test_the_apps_file_with_a_byte_order_mark_is_read_from_disk_too(
    history_file: Path, tmp_path: Path
) -> None:
    """A byte order mark an editor put in front changes nothing in how the file is read."""
    marked = tmp_path / "marked.json"
    marked.write_bytes(b"\xef\xbb\xbf" + history_file.read_bytes())
    target = fresh(tmp_path / "target")
    try:
        assert import_all(target, marked, tmp_path).streamed
        assert everything(target) == json.loads(history_file.read_text(encoding="utf-8"))
    finally:
        target.close()


def test_reading_from_disk_gives_the_data_reading_whole_gives(
    history_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same file read from disk and read whole gives the same data, row for row."""
    streamed = fresh(tmp_path / "streamed")
    whole = fresh(tmp_path / "whole")
    try:
        assert import_all(streamed, history_file, tmp_path).streamed
        with monkeypatch.context() as patch:
            patch.setattr(exchange_module, "iter_file", _refuse_layout)
            assert not import_all(whole, history_file, tmp_path).streamed
        assert row_counts(streamed) == row_counts(whole)
        assert everything(streamed) == everything(whole)
    finally:
        streamed.close()
        whole.close()


def _refuse_layout(*args: object, **kwargs: object) -> Iterator[object]:
    raise NotAsWritten
    yield  # a generator, as the reader it replaces


def _one_line(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def _hand_formatted(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def _version_last(value: object) -> str:
    assert isinstance(value, dict)
    return json.dumps({"people": value["people"], **value}, ensure_ascii=False, indent=4)


def _with_byte_order_mark_and_tabs(value: object) -> str:
    return "\ufeff" + json.dumps(value, ensure_ascii=False, indent="\t")


@pytest.mark.parametrize(
    "lay_out", [_one_line, _hand_formatted, _version_last, _with_byte_order_mark_and_tabs]
)
def test_a_file_laid_out_otherwise_is_read_whole_as_before(
    history_file: Path, tmp_path: Path, lay_out: object
) -> None:
    """The same document on one line, indented otherwise or reordered imports the same data."""
    assert callable(lay_out)
    source = json.loads(history_file.read_text(encoding="utf-8"))
    other = tmp_path / "other.json"
    other.write_text(lay_out(source), encoding="utf-8")
    target = fresh(tmp_path / "target")
    try:
        plan = import_all(target, other, tmp_path)
        assert not plan.streamed
        assert everything(target) == source
    finally:
        target.close()


def test_an_older_versions_file_is_read_whole(history_file: Path, tmp_path: Path) -> None:
    """A file in the app's layout but of an older version is read as before, whole."""
    text = history_file.read_text(encoding="utf-8")
    older = tmp_path / "older.json"
    older.write_text(text.replace('  "version": 4,', '  "version": 3,', 1), encoding="utf-8")
    target = fresh(tmp_path / "target")
    try:
        plan = import_all(target, older, tmp_path)
        assert not plan.streamed
        assert [person.name for person in plan.people] == [
            person["name"] for person in json.loads(text)["people"]
        ]
    finally:
        target.close()


def _broken_at_end(text: str) -> str:
    before, key, after = text.rpartition('"reps": ')
    return before + key + "," + after


def _refusal(path: Path, database: Database, folder: Path) -> tuple[str, str]:
    with pytest.raises(ImportRefused) as refused:
        exchange_of(database, folder).read(path)
    return refused.value.code, str(refused.value)


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (lambda text: text[: len(text) // 2], "cut_short"),  # cut off within a session
        (lambda text: text[:-3], "cut_short"),  # cut off at the end
        (lambda text: text.replace('"reps": ', '"reps": ,', 1), "not_json"),
        (lambda text: text.replace('"}, {"uuid"', '"} {"uuid"', 1), "not_json"),
        (lambda text: text.replace('"reps": ', '"reps": -', 1), "damaged"),
        (lambda text: text.replace('"joints": "', '"joints": "x', 1), "damaged"),
        # Damaged early and no JSON later on: no JSON, as when the whole file is parsed.
        (lambda text: _broken_at_end(text.replace('"reps": ', '"reps": -', 1)), "not_json"),
    ],
)
def test_a_broken_file_gives_the_same_refusal_and_changes_nothing(
    history_file: Path,
    tmp_path: Path,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
    change: object,
    code: str,
) -> None:
    """A cut off or damaged file is refused as it was when read whole, with nothing written."""
    assert callable(change)
    broken = tmp_path / "broken.json"
    broken.write_text(change(history_file.read_text(encoding="utf-8")), encoding="utf-8")
    before = row_counts(database)
    streamed = _refusal(broken, database, tmp_path)
    monkeypatch.setattr(exchange_module, "iter_file", _refuse_layout)
    assert streamed == _refusal(broken, database, tmp_path)
    assert streamed[0] == code
    assert row_counts(database) == before


def test_a_file_changed_while_it_is_written_in_is_rolled_back(
    history_file: Path, tmp_path: Path
) -> None:
    """A file read from disk and changed half-way through the import leaves the data as it was."""
    target = fresh(tmp_path / "target")
    try:
        exchange = exchange_of(target, tmp_path)
        plan = exchange.read(history_file)
        assert plan.streamed
        before = row_counts(target)
        text = history_file.read_text(encoding="utf-8")

        def change_file(done: int, total: int) -> None:
            if done == 1:  # the first person is written, in the transaction
                history_file.write_text(text.replace("Kees", "Karel"), encoding="utf-8")

        with pytest.raises(ImportRefused) as refused:
            exchange.apply(
                plan,
                {person.index: Conflict.KEEP_BOTH for person in plan.people},
                progress=change_file,
            )
        assert refused.value.code == "damaged"
        assert row_counts(target) == before
    finally:
        target.close()


def _one_person_file(folder: Path, years: float) -> Path:
    source = fresh(folder / "source")
    try:
        generate_history(source, years=years, end=NOW)
        path = folder / "out.json"
        exchange_of(source, folder).write_json(path)
    finally:
        source.close()
    return path


def _import_peak(path: Path, folder: Path) -> int:
    """Return the traced peak of reading a file in and writing it to a SQLite database."""
    target = fresh(folder / "target")
    try:
        import_all(target, path, folder)  # the first run fills the statement caches, which stay
        tracemalloc.start()
        try:
            import_all(target, path, folder)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    finally:
        target.close()
    return peak


def test_import_memory_stays_flat_as_the_history_grows(tmp_path: Path) -> None:
    """Six years of one person take about the memory of one year, and less than the file."""
    one = _one_person_file(tmp_path / "one", 1)
    six = _one_person_file(tmp_path / "six", 6)
    one_peak = _import_peak(one, tmp_path / "one")
    six_peak = _import_peak(six, tmp_path / "six")
    assert six.stat().st_size > 4 * one.stat().st_size
    assert six_peak < 1.5 * one_peak
    # Held whole, the file would take its bytes, its text and all its records at once.
    assert six_peak < 2 * six.stat().st_size
