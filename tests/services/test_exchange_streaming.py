"""Export written person by person: the same JSON as before, flat memory, a clean Cancel."""

from __future__ import annotations

import json
import re
import tracemalloc
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from sterkblijven import __version__
from sterkblijven.domain.model import Sex
from sterkblijven.services.exchange import Cancelled, Conflict, Exchange, ImportRefused
from sterkblijven.storage import Database, open_database
from sterkblijven.storage.database import sqlite_url
from sterkblijven.storage.synthetic.history import generate_history
from sterkblijven.words.backups import import_problem
from tests.conftest import NOW
from tests.storage import exchange_reference
from tests.storage.test_exchange import add_edge_cases, row_counts


def exchange_of(database: Database, folder: Path) -> Exchange:
    """Return the exchange use cases of a database, backups in ``folder``."""
    return Exchange(database, folder / "backups", lambda: NOW)


def stop_after(calls: int) -> Callable[[], bool]:
    """Return a stop question that says yes from its ``calls``-th asking on."""
    asked = 0

    def stop() -> bool:
        nonlocal asked
        asked += 1
        return asked >= calls

    return stop


def old_document(database: Database) -> object:
    """Return the JSON value the in-memory export made of everyone in ``database``."""
    with database.transaction() as tx:
        people = exchange_reference.read_people(tx)
        text = exchange_reference.encode_document(people, __version__)
    return json.loads(text)


def test_the_streamed_file_holds_the_same_json_as_the_in_memory_export(
    database: Database, tmp_path: Path
) -> None:
    """Every record of every person, edge cases and a year of sets, has the same JSON value."""
    add_edge_cases(database, NOW)
    generate_history(database, years=1, end=NOW, name="Kees", birth_year=1944, sex=Sex.MALE)
    path = tmp_path / "all.json"
    summary = exchange_of(database, tmp_path).write_json(path)
    streamed = json.loads(path.read_text(encoding="utf-8"))
    assert streamed == old_document(database)
    assert summary.people == 3
    assert summary.sets == sum(
        len(session["sets"]) for person in streamed["people"] for session in person["sessions"]
    )


def _history_database(folder: Path, years: float) -> Database:
    folder.mkdir(parents=True)
    database = open_database(sqlite_url(folder / "data.sqlite3"))
    generate_history(database, years=years, end=NOW)
    return database


def _export_peak(database: Database, folder: Path) -> tuple[int, int]:
    """Return the traced peak of an export in bytes, and the size of the file it wrote."""
    exchange = exchange_of(database, folder)
    path = folder / "out.json"
    exchange.write_json(path)  # the first run fills the statement caches, which stay
    tracemalloc.start()
    try:
        exchange.write_json(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak, path.stat().st_size


def test_export_memory_stays_flat_as_the_history_grows(tmp_path: Path) -> None:
    """Six years of sets take about the memory of one year while the file grows about six times."""
    one = _history_database(tmp_path / "one", 1)
    six = _history_database(tmp_path / "six", 6)
    try:
        one_peak, one_size = _export_peak(one, tmp_path / "one")
        six_peak, six_size = _export_peak(six, tmp_path / "six")
    finally:
        one.close()
        six.close()
    assert six_size > 4 * one_size
    assert six_peak < 1.5 * one_peak


def test_progress_is_told_person_by_person(database: Database, tmp_path: Path) -> None:
    """The export says how many of how many people are written, ending with all of them."""
    add_edge_cases(database, NOW)
    told: list[tuple[int, int]] = []
    exchange_of(database, tmp_path).write_json(
        tmp_path / "x.json", progress=lambda done, total: told.append((done, total))
    )
    assert told == [(0, 2), (1, 2), (2, 2)]


@pytest.mark.parametrize("kind", ["json", "csv"])
def test_cancel_leaves_the_earlier_file_and_no_temporary_file(
    database: Database, tmp_path: Path, kind: str
) -> None:
    """Stopping half-way keeps what was there, and nothing half-written is left in the folder."""
    generate_history(database, years=1, end=NOW)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / ("all.json" if kind == "json" else "tables")
    if kind == "json":
        target.write_text("earlier", encoding="utf-8")
    exchange = exchange_of(database, tmp_path)
    write = exchange.write_json if kind == "json" else exchange.write_csv
    with pytest.raises(Cancelled):
        write(target, stop=stop_after(20))
    if kind == "json":
        assert target.read_text(encoding="utf-8") == "earlier"
        assert [p.name for p in folder.iterdir()] == ["all.json"]
    else:
        assert list(folder.iterdir()) == []


def test_cancel_of_an_import_leaves_the_data_as_it_was(database: Database, tmp_path: Path) -> None:
    """Stopping while the people are written in rolls all of them back."""
    add_edge_cases(database, NOW)
    generate_history(database, years=1, end=NOW, name="Kees", birth_year=1944, sex=Sex.MALE)
    exchange = exchange_of(database, tmp_path)
    path = tmp_path / "all.json"
    exchange.write_json(path)
    before = row_counts(database)
    plan = exchange.read(path)
    choices = {person.index: Conflict.KEEP_BOTH for person in plan.people}
    with pytest.raises(Cancelled):
        exchange.apply(plan, choices, stop=stop_after(3))
    assert row_counts(database) == before


def test_cancel_while_reading_an_import_stops_it(database: Database, tmp_path: Path) -> None:
    """Reading a file in can be stopped too, before anything is asked or written."""
    add_edge_cases(database, NOW)
    exchange = exchange_of(database, tmp_path)
    path = tmp_path / "all.json"
    exchange.write_json(path)
    with pytest.raises(Cancelled):
        exchange.read(path, stop=stop_after(1))


def test_a_cut_off_file_is_refused_as_incomplete(database: Database, tmp_path: Path) -> None:
    """A file cut off half-way (a full disk, a pulled stick) is told as incomplete, not foreign."""
    generate_history(database, years=1, end=NOW - timedelta(days=3))
    exchange = exchange_of(database, tmp_path)
    path = tmp_path / "all.json"
    exchange.write_json(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ImportRefused) as refused:
        exchange.read(path)
    assert refused.value.code == "cut_short"
    words = import_problem(refused.value.code)
    assert "not complete" in words and "not a file saved by sterkblijven" not in words


def test_a_file_cut_anywhere_is_told_as_incomplete(database: Database, tmp_path: Path) -> None:
    """Wherever the cut falls (in a word, a number, true or null), the file is told as cut off."""
    add_edge_cases(database, NOW)
    exchange = exchange_of(database, tmp_path)
    whole = tmp_path / "all.json"
    exchange.write_json(whole)
    data = whole.read_bytes()
    # Every place inside a literal or a number, and a spread of places elsewhere.
    literals = [m.start() + 2 for m in re.finditer(rb"true|false|null|-?[0-9]+\.[0-9]+", data)]
    cuts = sorted(set(literals[::7] + list(range(400, len(data) - 2, max(1, len(data) // 150)))))
    assert len(cuts) > 100
    path = tmp_path / "cut.json"
    wrong = []
    for cut in cuts:
        path.write_bytes(data[:cut])
        try:
            exchange.read(path)
        except ImportRefused as refused:
            if refused.code != "cut_short":
                wrong.append((cut, refused.code, data[cut - 20 : cut]))
        else:
            wrong.append((cut, "read", data[cut - 20 : cut]))
    assert wrong == []


def test_import_tells_its_progress(database: Database, tmp_path: Path) -> None:
    """Reading tells how much of the file is read, person by person; writing how many people."""
    add_edge_cases(database, NOW)
    exchange = exchange_of(database, tmp_path)
    path = tmp_path / "all.json"
    exchange.write_json(path)
    read: list[tuple[int, int]] = []
    plan = exchange.read(path, progress=lambda done, total: read.append((done, total)))
    applied: list[tuple[int, int]] = []
    exchange.apply(
        plan,
        {person.index: Conflict.KEEP_BOTH for person in plan.people},
        progress=lambda done, total: applied.append((done, total)),
    )
    length = path.stat().st_size  # bytes: the file is read from disk, not as text
    assert len(read) == 3  # after each of the two people, and at the end
    assert read == sorted(read)
    assert read[-1] == (length, length)
    assert applied == [(0, 2), (1, 2), (2, 2)]


def test_moments_in_the_file_are_iso_text(database: Database, tmp_path: Path) -> None:
    """A moment is written as ISO 8601 text, as before."""
    generate_history(database, years=0.2, end=datetime(2026, 3, 1, 12))
    path = tmp_path / "x.json"
    exchange_of(database, tmp_path).write_json(path)
    person = json.loads(path.read_text(encoding="utf-8"))["people"][0]
    assert datetime.fromisoformat(person["sessions"][0]["started_at"])


def test_a_stop_within_one_persons_sets_rolls_back_too(database: Database, tmp_path: Path) -> None:
    """Years of sets are written in batches, and a Stop between two batches keeps nothing."""
    _, size = generate_history(database, years=2, end=NOW)
    assert size.sets > 2_000  # more than one batch
    exchange = exchange_of(database, tmp_path)
    path = tmp_path / "riet.json"
    exchange.write_json(path)
    before = row_counts(database)
    plan = exchange.read(path)
    asked: list[int] = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) == 3  # before the person, before the first batch, before the second

    with pytest.raises(Cancelled):
        exchange.apply(plan, {0: Conflict.KEEP_BOTH}, stop=stop)
    assert row_counts(database) == before


def test_a_file_changed_after_reading_is_not_read_in(database: Database, tmp_path: Path) -> None:
    """The plan holds no records: a file changed before the yes is refused, nothing written."""
    add_edge_cases(database, NOW)
    exchange = exchange_of(database, tmp_path)
    path = tmp_path / "all.json"
    exchange.write_json(path)
    plan = exchange.read(path)
    path.write_text(path.read_text(encoding="utf-8").replace("Bram", "Brom"), encoding="utf-8")
    before = row_counts(database)
    with pytest.raises(ImportRefused) as refused:
        exchange.apply(plan, {person.index: Conflict.KEEP_BOTH for person in plan.people})
    assert refused.value.code == "damaged"
    assert row_counts(database) == before
