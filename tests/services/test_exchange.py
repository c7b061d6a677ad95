"""Export to JSON and CSV, and import with full checks, conflict choices and a backup first."""

from __future__ import annotations

import copy
import csv
import dataclasses
import json
import os
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from sterkblijven import __version__
from sterkblijven.domain.bands import theraband_ladder
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.decisions import Decider
from sterkblijven.domain.exchange.schema import (
    FORMAT,
    MAX_FILE_BYTES,
    MAX_PEOPLE,
    MAX_VALUES,
    VERSION,
)
from sterkblijven.domain.hospital import ClearedBy, StayReason
from sterkblijven.domain.model import Band, BandColour, EquipmentKind, Load, RoutineExercise, Sex
from sterkblijven.domain.readiness import QUESTIONS
from sterkblijven.domain.session import JointFeeling, PainPlace, SkipReason, StopSignal
from sterkblijven.domain.validation import InputRefused
from sterkblijven.paths import DATABASE_NAME
from sterkblijven.services import exchange as exchange_module
from sterkblijven.services.exchange import (
    Conflict,
    Exchange,
    ImportPlan,
    ImportRefused,
    NotFound,
    PersonHere,
)
from sterkblijven.services.fitness import FitnessTests
from sterkblijven.services.onboarding import FirstRunAnswers, FirstRunResult, Onboarding
from sterkblijven.services.setup import Setup
from sterkblijven.services.suggestions import LoadSuggestions
from sterkblijven.services.trainees import Trainees
from sterkblijven.services.training import Effort, SetInput, Training
from sterkblijven.storage import Database, DatabaseProblem, open_database
from sterkblijven.storage import repositories as repo
from sterkblijven.storage.database import PRIVATE_FILE_MODE, sqlite_url
from sterkblijven.storage.synthetic.history import generate_history
from tests.clocks import ManualClock
from tests.conftest import NOW
from tests.storage.test_exchange import add_edge_cases, add_removable, remove, row_counts

CSV_FILES = ("sessions.csv", "sets.csv", "tests.csv", "checkins.csv")
Document = dict[str, Any]


@dataclass(frozen=True)
class Templates:
    """Database files made once per module and copied for each test, as migrating takes time."""

    empty: Path
    filled: Path  # holding the edge cases of tests/storage/test_exchange.py
    ids: tuple[int, int]


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    """Return an empty and a filled database file to copy."""
    folder = tmp_path_factory.mktemp("templates")
    empty = folder / "empty" / DATABASE_NAME
    empty.parent.mkdir()
    open_database(sqlite_url(empty)).close()
    filled = folder / "filled" / DATABASE_NAME
    filled.parent.mkdir()
    shutil.copyfile(empty, filled)
    database = open_database(sqlite_url(filled))
    ids = add_edge_cases(database, NOW)
    database.close()
    return Templates(empty, filled, ids)


def copy_of(template: Path, folder: Path) -> Database:
    """Open a copy of a database file in a folder of its own."""
    folder.mkdir(parents=True)
    shutil.copyfile(template, folder / template.name)
    return open_database(sqlite_url(folder / template.name))


@pytest.fixture
def database(templates: Templates, tmp_path: Path) -> Iterator[Database]:
    """Return a database holding two trainees that use every column (see add_edge_cases)."""
    database = copy_of(templates.filled, tmp_path / "data")
    yield database
    database.close()


@pytest.fixture
def edge_cases(templates: Templates) -> tuple[int, int]:
    """Return the ids of the full trainee and the one without sessions in ``database``."""
    return templates.ids


@pytest.fixture
def empty(templates: Templates, tmp_path: Path) -> Iterator[Database]:
    """Return an empty database."""
    database = copy_of(templates.empty, tmp_path / "empty")
    yield database
    database.close()


@pytest.fixture
def other(templates: Templates, tmp_path: Path) -> Iterator[Database]:
    """Return a second empty database, to import into."""
    database = copy_of(templates.empty, tmp_path / "other")
    yield database
    database.close()


def exchange_for(database: Database, folder: Path, clock: datetime) -> Exchange:
    """Return the exchange use cases of a database, backups in ``folder``."""
    return Exchange(database, folder / "backups", lambda: clock)


@pytest.fixture
def exchange(database: Database, tmp_path: Path, clock: datetime) -> Exchange:
    """Return the exchange use cases of the filled database."""
    return exchange_for(database, tmp_path, clock)


def write(path: Path, content: bytes | str | Document) -> Path:
    """Write a file to import: bytes as they are, text as UTF-8, a document as JSON."""
    if isinstance(content, dict):
        content = json.dumps(content)
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def backups(folder: Path) -> list[Path]:
    """Return the backup files in a folder."""
    return sorted(folder.glob("backups/*.sqlite3"))


# Round trips


def test_years_of_history_round_trip_to_the_same_text(
    empty: Database, other: Database, tmp_path: Path, clock: datetime
) -> None:
    """Two generated histories, imported elsewhere under other ids, export to identical text."""
    gone = add_removable(empty, clock)
    generate_history(empty, years=1.0, end=clock, seed=3)
    generate_history(empty, years=0.5, end=clock, seed=4, name="Jan", birth_year=1938, sex=Sex.MALE)
    remove(empty, gone)
    source = exchange_for(empty, tmp_path, clock)
    target = exchange_for(other, tmp_path, clock)
    text = source.export_text()
    summary = target.apply(target.read(write(tmp_path / "export.json", text)))
    assert (summary.added, summary.replaced, summary.skipped) == (2, 0, 0)
    assert summary.sets > 2_000
    assert target.export_text() == text
    with empty.transaction() as tx, other.transaction() as other_tx:
        assert [t.id for t in repo.list_trainees(tx)] != [
            t.id for t in repo.list_trainees(other_tx)
        ]


def test_every_kind_of_record_round_trips_to_the_same_text(
    exchange: Exchange,
    edge_cases: tuple[int, int],
    other: Database,
    tmp_path: Path,
    clock: datetime,
) -> None:
    """Undone sets, empty notes, loads without kg, bands and a person without sessions survive."""
    text = exchange.export_text()
    target = exchange_for(other, tmp_path, clock)
    target.apply(target.read(write(tmp_path / "export.json", text)))
    assert target.export_text() == text


def test_the_document_is_stable_readable_json(
    exchange: Exchange, edge_cases: tuple[int, int]
) -> None:
    """The document names its format and version, keeps non-ASCII text and ends with a newline."""
    text = exchange.export_text()
    document = json.loads(text)
    assert list(document) == ["format", "version", "app_version", "people"]
    assert (document["format"], document["version"]) == (FORMAT, VERSION)
    assert document["app_version"] == __version__
    assert text.endswith("}\n") and text.startswith('{\n  "format"')
    assert "Änne" in text and "één stoel" in text
    first_set = document["people"][0]["sessions"][0]["sets"][0]
    assert first_set["recorded_at"] == "2026-10-21T10:38:00"
    assert first_set["load_kg"] is None and first_set["reached_failure"] is True


def test_one_trainee_can_be_exported_alone(
    exchange: Exchange, edge_cases: tuple[int, int], tmp_path: Path
) -> None:
    """Exporting one trainee writes only that person."""
    _, bram = edge_cases
    document = json.loads(exchange.export_text(bram))
    assert [person["name"] for person in document["people"]] == ["Bram"]
    summary = exchange.write_json(tmp_path / "bram.json", bram)
    assert (summary.people, summary.sessions, summary.sets, summary.tests) == (1, 0, 0, 0)


def test_an_unknown_trainee_cannot_be_exported(
    exchange: Exchange, edge_cases: tuple[int, int], tmp_path: Path
) -> None:
    """An id that is not there raises NotFound and writes no file."""
    missing = max(edge_cases) + 100
    with pytest.raises(NotFound):
        exchange.export_text(missing)
    with pytest.raises(NotFound):
        exchange.write_json(tmp_path / "x.json", missing)
    with pytest.raises(NotFound):
        exchange.write_csv(tmp_path / "csv", missing)
    assert not (tmp_path / "x.json").exists() and not (tmp_path / "csv").exists()


# Files


def test_the_json_file_is_the_document_and_private(
    exchange: Exchange, edge_cases: tuple[int, int], tmp_path: Path
) -> None:
    """The file holds the exported text, only its owner may read it, and the counts are told."""
    path = tmp_path / "out" / "export.json"
    path.parent.mkdir()
    summary = exchange.write_json(path)
    assert path.read_text(encoding="utf-8") == exchange.export_text()
    assert path.stat().st_mode & 0o777 == PRIVATE_FILE_MODE
    assert list(path.parent.iterdir()) == [path]
    assert (summary.people, summary.sessions, summary.sets, summary.tests) == (2, 3, 3, 2)
    assert summary.files == (path,)


def test_a_failed_export_leaves_the_earlier_file_whole(
    exchange: Exchange, edge_cases: tuple[int, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When writing fails, the file already there stays as it was and no partial file is left."""
    path = tmp_path / "export.json"
    path.write_text("earlier", encoding="utf-8")

    def disk_full(_descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space"):
        exchange.write_json(path)
    with pytest.raises(OSError, match="No space"):
        exchange.write_csv(tmp_path)
    assert path.read_text(encoding="utf-8") == "earlier"
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["export.json"]


def test_csv_files_open_in_the_csv_module_with_a_header_and_one_row_per_record(
    exchange: Exchange, edge_cases: tuple[int, int], tmp_path: Path
) -> None:
    """Four private UTF-8 files with a byte order mark, English headers and the records."""
    folder = tmp_path / "new" / "csv"
    summary = exchange.write_csv(folder)
    assert summary.files == tuple(folder / name for name in CSV_FILES)
    tables = {}
    for name in CSV_FILES:
        path = folder / name
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")
        assert path.stat().st_mode & 0o777 == PRIVATE_FILE_MODE
        with path.open(encoding="utf-8-sig", newline="") as file:
            tables[name] = list(csv.reader(file))
    session_columns = [
        "person",
        "started_at",
        "finished_at",
        "status",
        "sets",
        "note",
        "from_paper",
    ]
    assert tables["sessions.csv"][0] == session_columns
    assert tables["sets.csv"][0][:4] == [
        "person",
        "session_started_at",
        "exercise_id",
        "set_number",
    ]
    assert tables["tests.csv"][0] == [
        "person",
        "test_id",
        "value",
        "taken_at",
        "used_arms",
        "dumbbell_kg",
        "note",
    ]
    assert tables["checkins.csv"][0][0] == "person"
    sessions = tables["sessions.csv"][1:]
    assert [row[3:5] for row in sessions] == [
        ["finished", "2"],
        ["ended_early", "0"],
        ["in_progress", "0"],
    ]
    assert sessions[0][1] == "2026-10-21 10:30:00"
    sets = tables["sets.csv"][1:]
    assert len(sets) == summary.sets == 3
    header = tables["sets.csv"][0]
    rows = [dict(zip(header, row, strict=True)) for row in sets]
    assert [row["undone"] for row in rows] == ["false", "true", "false"]
    assert rows[0]["band"] == "Paars, van de fysio" and rows[0]["doubled"] == "true"
    assert (
        rows[2]["load_kg"] == "2.5" and rows[2]["stop_signals"] == "sharp_pain;swelling_or_warmth"
    )
    assert [row[2] for row in tables["tests.csv"][1:]] == ["0.0", "11.4"]
    assert [row[1] for row in tables["checkins.csv"][1:]] == ["2026-10-21 10:30:00", ""]
    assert tables["checkins.csv"][0][-2:] == ["places", "night_pain"]
    assert [row[-2:] for row in tables["checkins.csv"][1:]] == [
        ["hip;knee", "true"],
        ["", "false"],
    ]


# Refusals


def valid_document(exchange: Exchange) -> Document:
    """Return the exported document as Python data."""
    document: Document = json.loads(exchange.export_text())
    return document


REFUSALS: list[tuple[str, Callable[[Path, Document], Path], str]] = [
    ("not_found", lambda folder, _: folder / "missing.json", "missing.json"),
    ("unreadable", lambda folder, _: folder, ""),
    ("unreadable", lambda folder, _: write(folder / "x.json", b'{"format": "\xff"}'), "UTF-8"),
    ("not_json", lambda folder, _: write(folder / "x.json", "{'format': 1}"), ""),
    ("not_json", lambda folder, _: write(folder / "x.json", '{"version": NaN}'), ""),
    ("foreign", lambda folder, _: write(folder / "x.json", "[1, 2]"), "format"),
    ("foreign", lambda folder, d: write(folder / "x.json", {**d, "format": "other"}), "format"),
    (
        "newer_version",
        lambda folder, d: write(folder / "x.json", {**d, "version": VERSION + 1}),
        f"version {VERSION + 1}",
    ),
    ("damaged", lambda folder, d: write(folder / "x.json", {**d, "version": True}), "version"),
    ("damaged", lambda folder, d: write(folder / "x.json", {**d, "people": {}}), "people"),
    ("empty", lambda folder, d: write(folder / "x.json", {**d, "people": []}), "people"),
]


@pytest.mark.parametrize(("code", "make", "detail"), REFUSALS)
def test_each_kind_of_unusable_file_is_refused_with_its_code(
    exchange: Exchange,
    database: Database,
    edge_cases: tuple[int, int],
    tmp_path: Path,
    code: str,
    make: Callable[[Path, Document], Path],
    detail: str,
) -> None:
    """Missing, unreadable, non-JSON, foreign, newer, damaged and empty files change nothing."""
    path = make(tmp_path, valid_document(exchange))
    before = row_counts(database)
    with pytest.raises(ImportRefused) as refused:
        exchange.read(path)
    assert refused.value.code == code
    assert detail in refused.value.detail
    assert row_counts(database) == before and backups(tmp_path) == []


def _set(document: Document) -> Document:
    first_set: Document = document["people"][0]["sessions"][0]["sets"][0]
    return first_set


DAMAGE: list[tuple[Callable[[Document], object], str]] = [
    (lambda d: _set(d).update(reps=1000), "people[0].sessions[0].sets[0].reps"),
    (lambda d: _set(d).update(reps=True), "people[0].sessions[0].sets[0].reps"),
    (lambda d: _set(d).update(effort=11), "people[0].sessions[0].sets[0].effort"),
    (lambda d: _set(d).update(pain=-1), "people[0].sessions[0].sets[0].pain"),
    (lambda d: _set(d).update(pain_location="toe"), "people[0].sessions[0].sets[0].pain_location"),
    (
        lambda d: _set(d).update(stop_signals=["itch"]),
        "people[0].sessions[0].sets[0].stop_signals[0]",
    ),
    (lambda d: _set(d).pop("undone_at"), "people[0].sessions[0].sets[0].undone_at"),
    (lambda d: _set(d).update(recorded_at="gisteren"), "people[0].sessions[0].sets[0].recorded_at"),
    (
        lambda d: _set(d).update(recorded_at="2026-01-01T10:00:00+01:00"),
        "people[0].sessions[0].sets[0].recorded_at",
    ),
    (lambda d: d["people"][1].update(name="  "), "people[1].name"),
    (lambda d: d["people"][1].pop("uuid"), "people[1].uuid"),
    (lambda d: d["people"][1].update(name="x" * 41), "people[1].name"),
    (lambda d: d["people"][1].update(birth_year=1899), "people[1].birth_year"),
    (lambda d: d["people"][1].update(birth_year=2027), "people[1].birth_year"),
    (lambda d: d["people"][1].update(sex="x"), "people[1].sex"),
    (lambda d: d["people"][0]["bands"][0].update(colour="purple"), "people[0].bands[0].colour"),
    (lambda d: d["people"][0]["dumbbells_kg"].append(1.0), "people[0].dumbbells_kg[2]"),
    (lambda d: d["people"][0]["dumbbells_kg"].append(60.0), "people[0].dumbbells_kg[2]"),
    # Equipment the equipment page refuses: a band of its own without a name, a pull outside
    # 0.1-50 kgf, two bands of one colour, two names that differ only in upper and lower case.
    (lambda d: d["people"][0]["bands"][1].update(label=""), "people[0].bands[1].label"),
    (lambda d: d["people"][0]["bands"][1].update(label="   "), "people[0].bands[1].label"),
    (lambda d: d["people"][0]["bands"][0].update(force_kgf=80.0), "people[0].bands[0].force_kgf"),
    (lambda d: d["people"][0]["bands"][0].update(force_kgf=0.0), "people[0].bands[0].force_kgf"),
    (lambda d: d["people"][0]["bands"][2].update(colour="yellow"), "people[0].bands[2]"),
    (
        lambda d: d["people"][0]["bands"].append(
            {**d["people"][0]["bands"][1], "label": "PAARS, van de  fysio", "position": 3}
        ),
        "people[0].bands[3]",
    ),
    (
        lambda d: d["people"][0]["routines"][0].update(weekdays=[7]),
        "people[0].routines[0].weekdays[0]",
    ),
    (
        lambda d: d["people"][0]["routines"][0].update(weekdays=[0, 0]),
        "people[0].routines[0].weekdays[1]",
    ),
    (
        lambda d: d["people"][0]["routines"][0].update(weekdays=[]),
        "people[0].routines[0].weekdays",
    ),
    (
        lambda d: d["people"][0]["routines"][1]["exercises"][0].update(band=3),
        "people[0].routines[1].exercises[0].band",
    ),
    (lambda d: d["people"][0]["sessions"][0].update(routine=2), "people[0].sessions[0].routine"),
    (lambda d: d["people"][0]["sessions"][0].update(status="done"), "people[0].sessions[0].status"),
    (lambda d: d["people"][0]["checkins"][0].update(session=3), "people[0].checkins[0].session"),
    (
        lambda d: d["people"][0]["checkins"][0].update(places=["ankle"]),
        "people[0].checkins[0].places[0]",
    ),
    (lambda d: d["people"][0]["checkins"][0].update(places="knee"), "people[0].checkins[0].places"),
    (
        lambda d: d["people"][0]["checkins"][0].update(night_pain=1),
        "people[0].checkins[0].night_pain",
    ),
    (
        lambda d: d["people"][0]["suggestions"][0].update(current="{"),
        "people[0].suggestions[0].current",
    ),
    (
        lambda d: d["people"][0]["suggestions"][1].update(current_band=0),
        "people[0].suggestions[1].current_band",
    ),
    (lambda d: d["people"][0]["tests"][1].update(value=301), "people[0].tests[1].value"),
    (lambda d: d["people"][0]["tests"][1].update(test_id="sprint"), "people[0].tests[1].test_id"),
    (
        lambda d: _set(d).update(exercise_id='=HYPERLINK("http://x","y")'),
        "people[0].sessions[0].sets[0].exercise_id",
    ),
    (
        lambda d: d["people"][0]["sessions"][0]["skips"][0].update(exercise_id="Sit_to_stand"),
        "people[0].sessions[0].skips[0].exercise_id",
    ),
    (
        lambda d: d["people"][0]["routines"][0]["exercises"][0].update(exercise_id="seated row"),
        "people[0].routines[0].exercises[0].exercise_id",
    ),
    (
        lambda d: d["people"][0]["suggestions"][1].update(exercise_id="@curl"),
        "people[0].suggestions[1].exercise_id",
    ),
    (
        lambda d: d["people"][0]["suggestions"][1].update(
            current=d["people"][0]["suggestions"][1]["current"].replace("biceps_curl", "+curl")
        ),
        "people[0].suggestions[1].current.exercise_id",
    ),
]


@pytest.mark.parametrize(("damage", "path"), DAMAGE)
def test_a_damaged_field_is_refused_by_its_path(
    exchange: Exchange,
    database: Database,
    edge_cases: tuple[int, int],
    tmp_path: Path,
    damage: Callable[[Document], object],
    path: str,
) -> None:
    """Missing keys, wrong types, out-of-range values and broken references name their place."""
    document = valid_document(exchange)
    damage(document)
    before = row_counts(database)
    with pytest.raises(ImportRefused) as refused:
        exchange.read(write(tmp_path / "x.json", document))
    assert (refused.value.code, refused.value.detail) == ("damaged", path)
    assert row_counts(database) == before


def test_equipment_read_in_is_stored_as_the_equipment_page_stores_it(
    exchange: Exchange, other: Database, catalogue: Catalogue, tmp_path: Path, clock: datetime
) -> None:
    """Imported equipment is cleaned by the page's own check: saving it again changes nothing."""
    document = valid_document(exchange)
    full = document["people"][0]
    full["dumbbells_kg"] = [2.5, 1.0]
    full["bands"][0].update(label="geel", position=4)  # a named colour has no name of its own
    full["bands"][1].update(label="  Paars,   van de fysio ", position=9)
    full["bands"][2].update(position=0)
    target = exchange_for(other, tmp_path, clock)
    target.apply(target.read(write(tmp_path / "x.json", document)))
    with other.transaction() as tx:
        trainee = next(t.id for t in repo.list_trainees(tx) if t.name == full["name"])
    assert trainee is not None
    setup = Setup(other, catalogue, lambda: clock)
    stored = setup.equipment(trainee)
    assert stored.dumbbells_kg == (1.0, 2.5)
    # The ladder is the list's order, numbered from 0, as the page numbers it.
    assert [(band.colour, band.label, band.position) for band in stored.bands] == [
        (BandColour.YELLOW, "", 0),
        (BandColour.OTHER, "Paars, van de fysio", 1),
        (BandColour.RED, "", 2),
    ]
    assert setup.save_equipment(trainee, stored.dumbbells_kg, stored.bands) == stored


def test_a_file_larger_than_any_household_makes_is_refused_before_it_is_read(
    exchange: Exchange, database: Database, edge_cases: tuple[int, int], tmp_path: Path
) -> None:
    """A file over the size limit is refused as too large, without reading it into memory."""
    path = tmp_path / "huge.json"
    with path.open("wb") as file:  # sparse: it takes no room on the disk
        file.truncate(MAX_FILE_BYTES + 1)
    before = row_counts(database)
    with pytest.raises(ImportRefused) as refused:
        exchange.read(path)
    assert refused.value.code == "too_large"
    assert row_counts(database) == before


def test_more_people_than_any_practice_has_are_refused_before_they_are_checked(
    exchange: Exchange, edge_cases: tuple[int, int], tmp_path: Path
) -> None:
    """A file of more people than the limit is refused as too large, naming the count."""
    document = valid_document(exchange)
    bram = document["people"][1]
    # Each copy is damaged: the count is refused before any person is looked at.
    document["people"] = [{**bram, "birth_year": "?"}] * (MAX_PEOPLE + 1)
    with pytest.raises(ImportRefused) as refused:
        exchange.read(write(tmp_path / "many.json", document))
    assert (refused.value.code, refused.value.detail) == ("too_large", f"{MAX_PEOPLE + 1} people")


def test_a_file_of_millions_of_tiny_values_is_refused_before_it_is_parsed(
    exchange: Exchange, edge_cases: tuple[int, int], tmp_path: Path
) -> None:
    """Millions of values in a file within the size limit are refused before JSON is parsed."""
    document = valid_document(exchange)
    document["people"][1]["dumbbells_kg"] = "PLACE"
    text = json.dumps(document).replace('"PLACE"', "[" + ",".join(["{}"] * MAX_VALUES) + "]")
    path = write(tmp_path / "dense.json", text)
    assert path.stat().st_size < MAX_FILE_BYTES
    with pytest.raises(ImportRefused) as refused:
        exchange.read(path)
    assert refused.value.code == "too_large"


def test_a_byte_order_mark_and_a_name_with_extra_spaces_are_accepted(
    exchange: Exchange, edge_cases: tuple[int, int], tmp_path: Path
) -> None:
    """A file saved by an editor with a BOM reads; names are cleaned as when typed."""
    document = valid_document(exchange)
    document["people"][1]["name"] = "  Bram   Bos "
    path = write(tmp_path / "x.json", b"\xef\xbb\xbf" + json.dumps(document).encode())
    assert [person.name for person in exchange.read(path).people][1] == "Bram Bos"


# Conflicts


def test_people_with_the_same_name_and_birth_year_are_conflicts(
    exchange: Exchange, database: Database, edge_cases: tuple[int, int], tmp_path: Path
) -> None:
    """Without the UUID of someone here, the same name in any letter case and year conflicts."""
    anne, bram = edge_cases
    document = valid_document(exchange)
    document["people"][0]["name"] = "ÄNNE DE VRIES"
    document["people"][1]["birth_year"] = 1940
    document["people"][0]["uuid"] = "5f0c5d57-3b8e-4c55-9a43-2d3c1c0f7a11"  # made elsewhere
    document["people"][1]["uuid"] = "5f0c5d57-3b8e-4c55-9a43-2d3c1c0f7a12"
    plan = exchange.read(write(tmp_path / "x.json", document))
    with database.transaction() as tx:
        here = {trainee.id: uuid for uuid, trainee in repo.trainees_by_uuid(tx).items()}
    assert [(p.index, p.here) for p in plan.people] == [
        (0, PersonHere(here[anne], "Änne de Vries", 1944, same_uuid=False)),
        (1, None),
    ]
    assert plan.conflicts == plan.people[:1]
    assert (plan.people[0].sessions, plan.people[0].sets, plan.people[0].tests) == (3, 3, 2)
    assert here[bram] not in {p.here.uuid for p in plan.conflicts if p.here}


def test_replacing_removes_the_person_here_and_adds_the_incoming_one(
    exchange: Exchange, database: Database, edge_cases: tuple[int, int], tmp_path: Path
) -> None:
    """Replacing everyone with their own export leaves the same data under new ids."""
    text = exchange.export_text()
    plan = exchange.read(write(tmp_path / "x.json", text))
    summary = exchange.apply(plan, {0: Conflict.REPLACE, 1: Conflict.REPLACE})
    assert (summary.added, summary.replaced, summary.skipped) == (0, 2, 0)
    assert (summary.sessions, summary.sets, summary.tests) == (3, 3, 2)
    assert exchange.export_text() == text
    with database.transaction() as tx:
        ids = [trainee.id for trainee in repo.list_trainees(tx)]
    assert not set(ids) & set(edge_cases)


def test_replacing_never_removes_someone_who_changed_since_reading(
    exchange: Exchange, database: Database, edge_cases: tuple[int, int], tmp_path: Path
) -> None:
    """A trainee renamed after the file was read is kept; the incoming person is added beside."""
    plan = exchange.read(write(tmp_path / "x.json", exchange.export_text()))
    with database.transaction() as tx:
        repo.rename_trainee(tx, edge_cases[1], "Bram Bos")
    summary = exchange.apply(plan, {0: Conflict.REPLACE, 1: Conflict.REPLACE})
    assert (summary.added, summary.replaced) == (1, 1)
    with database.transaction() as tx:
        names = sorted(trainee.name for trainee in repo.list_trainees(tx))
    assert names == ["Bram", "Bram Bos", "Änne de Vries"]


@pytest.mark.parametrize("namesake_first", [False, True])
def test_two_people_with_one_name_and_year_in_a_file_both_survive_replace(
    exchange: Exchange,
    database: Database,
    edge_cases: tuple[int, int],
    tmp_path: Path,
    namesake_first: bool,
) -> None:
    """Two different people named alike replace the one here once; the second is added, not lost."""
    document = valid_document(exchange)
    anne, bram = document["people"]
    namesake = {**copy.deepcopy(anne), "name": "Bram", "birth_year": 1939}
    namesake["uuid"] = "5f0c5d57-3b8e-4c55-9a43-2d3c1c0f7a11"
    document["people"] = [namesake, bram] if namesake_first else [bram, namesake]
    # Bram here has the highest id: SQLite gives it to the first incoming Bram once he is removed.
    plan = exchange.read(write(tmp_path / "x.json", document))
    assert [person.conflicts for person in plan.people] == [True, True]
    summary = exchange.apply(plan, {0: Conflict.REPLACE, 1: Conflict.REPLACE})
    assert (summary.added, summary.replaced, summary.skipped) == (1, 1, 0)
    people = json.loads(exchange.export_text())["people"]
    brams = sorted((len(p["sessions"]), p["uuid"]) for p in people if p["name"] == "Bram")
    assert brams == [(0, bram["uuid"]), (3, namesake["uuid"])]
    assert [p["uuid"] for p in people if p["name"] != "Bram"] == [anne["uuid"]]


def test_two_records_of_one_person_in_a_file_are_refused_with_the_reason(
    exchange: Exchange, database: Database, edge_cases: tuple[int, int], tmp_path: Path
) -> None:
    """Two records with one UUID are refused, naming both, and nothing is written."""
    document = valid_document(exchange)
    anne, bram = document["people"]
    document["people"] = [anne, bram, {**bram, "name": "Bram Bos"}]
    before = row_counts(database)
    with pytest.raises(ImportRefused) as refused:
        exchange.read(write(tmp_path / "x.json", document))
    assert (refused.value.code, refused.value.detail) == (
        "same_person_twice",
        "people[2].uuid, as people[1]",
    )
    assert row_counts(database) == before and backups(tmp_path) == []


def test_a_person_renamed_here_is_still_the_same_person(
    exchange: Exchange, database: Database, edge_cases: tuple[int, int], tmp_path: Path
) -> None:
    """The UUID finds someone renamed since the export; replacing them keeps no double."""
    path = write(tmp_path / "x.json", exchange.export_text())
    with database.transaction() as tx:
        repo.rename_trainee(tx, edge_cases[0], "Anne Smit")
    plan = exchange.read(path)
    here = plan.people[0].here
    assert here is not None and (here.name, here.same_uuid) == ("Anne Smit", True)
    summary = exchange.apply(plan, {0: Conflict.REPLACE, 1: Conflict.REPLACE})
    assert (summary.added, summary.replaced) == (0, 2)
    assert exchange.export_text() == path.read_text(encoding="utf-8")


def test_keeping_both_gives_the_newcomer_a_uuid_of_their_own(
    exchange: Exchange, database: Database, edge_cases: tuple[int, int], tmp_path: Path
) -> None:
    """Kept beside the person here, the incoming copy is another person from then on."""
    text = exchange.export_text()
    exchange.apply(
        exchange.read(write(tmp_path / "x.json", text)),
        {0: Conflict.KEEP_BOTH, 1: Conflict.KEEP_BOTH},
    )
    people = json.loads(exchange.export_text())["people"]
    assert len({person["uuid"] for person in people}) == 4
    originals = [person["uuid"] for person in json.loads(text)["people"]]
    assert [p["uuid"] for p in people if p["name"] in ("Änne de Vries", "Bram")] == originals


def test_a_version_1_file_is_still_read_and_its_people_get_uuids(
    exchange: Exchange,
    database: Database,
    edge_cases: tuple[int, int],
    other: Database,
    tmp_path: Path,
    clock: datetime,
) -> None:
    """A file from before UUIDs imports; it matches by name and birth year, as it did then."""
    document = without_record_uuids(valid_document(exchange))
    document["version"] = 1
    for person in document["people"]:
        del person["uuid"]
    path = write(tmp_path / "old.json", document)
    assert [person.conflicts for person in exchange.read(path).people] == [True, True]
    target = exchange_for(other, tmp_path, clock)
    target.apply(target.read(path))
    again = json.loads(target.export_text())
    assert again["version"] == VERSION
    assert [person["uuid"] for person in again["people"]] != [
        person["uuid"] for person in valid_document(exchange)["people"]
    ]
    again = without_record_uuids(again)
    for person in again["people"]:
        del person["uuid"]
    assert again["people"] == document["people"]


def test_check_ins_from_before_places_were_asked_read_as_not_known(
    exchange: Exchange,
    edge_cases: tuple[int, int],
    other: Database,
    tmp_path: Path,
    clock: datetime,
) -> None:
    """A check-in written without places and night pain imports with none of either."""
    document = valid_document(exchange)
    for person in document["people"]:
        for checkin in person["checkins"]:
            del checkin["places"], checkin["night_pain"]
    target = exchange_for(other, tmp_path, clock)
    target.apply(target.read(write(tmp_path / "older.json", document)))
    again = json.loads(target.export_text())
    assert [(c["places"], c["night_pain"]) for c in again["people"][0]["checkins"]] == [
        ([], False),
        ([], False),
    ]


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        ("{5F0C5D57-3B8E-4C55-9A43-2D3C1C0F7A11}", "5f0c5d57-3b8e-4c55-9a43-2d3c1c0f7a11"),
        ("urn:uuid:5f0c5d57-3b8e-4c55-9a43-2d3c1c0f7a11", "5f0c5d57-3b8e-4c55-9a43-2d3c1c0f7a11"),
        ("5f0c5d573b8e4c559a432d3c1c0f7a11", "5f0c5d57-3b8e-4c55-9a43-2d3c1c0f7a11"),
        ("Bram", None),
        ("5f0c5d57-3b8e-4c55-9a43-2d3c1c0f7a11" * 2, None),
        (17, None),
        (None, None),
    ],
)
def test_a_uuid_is_read_in_its_usual_form_or_refused(
    exchange: Exchange, edge_cases: tuple[int, int], tmp_path: Path, written: object, stored: object
) -> None:
    """Other spellings of a UUID are stored in the usual form; anything else is damage."""
    document = valid_document(exchange)
    document["people"][1]["uuid"] = written
    path = write(tmp_path / "x.json", document)
    if stored is None:
        with pytest.raises(ImportRefused) as refused:
            exchange.read(path)
        assert (refused.value.code, refused.value.detail) == ("damaged", "people[1].uuid")
    else:
        assert list(exchange.records(exchange.read(path)))[1]["uuid"] == stored


def test_keeping_both_adds_the_incoming_person_under_a_telling_name(
    exchange: Exchange, database: Database, edge_cases: tuple[int, int], tmp_path: Path
) -> None:
    """Keep both adds beside the person here as "Name (2)", then "(3)", within the length limit."""
    document = valid_document(exchange)
    long_name = "Bram " + "x" * 35
    with database.transaction() as tx:
        repo.rename_trainee(tx, edge_cases[1], long_name)
    document["people"][1]["name"] = long_name
    path = write(tmp_path / "x.json", document)
    before = row_counts(database)
    for _ in range(2):
        summary = exchange.apply(
            exchange.read(path), {0: Conflict.KEEP_BOTH, 1: Conflict.KEEP_BOTH}
        )
        assert (summary.added, summary.replaced, summary.skipped) == (2, 0, 0)
    with database.transaction() as tx:
        names = [trainee.name for trainee in repo.list_trainees(tx)]
    bram = "Bram " + "x" * 31
    anne = "Änne de Vries"
    assert set(names) == {
        anne,
        f"{anne} (2)",
        f"{anne} (3)",
        long_name,
        f"{bram} (2)",
        f"{bram} (3)",
    }
    assert all(len(name) <= 40 for name in names)
    assert row_counts(database)["sets"] == 3 * before["sets"]


def test_skipping_leaves_people_out(
    exchange: Exchange, database: Database, edge_cases: tuple[int, int], tmp_path: Path
) -> None:
    """Skipped people are left out; with everyone skipped nothing is written, not even a backup."""
    path = write(tmp_path / "x.json", exchange.export_text())
    before = row_counts(database)
    summary = exchange.apply(exchange.read(path), {0: Conflict.SKIP, 1: Conflict.SKIP})
    assert (summary.added, summary.replaced, summary.skipped, summary.backup) == (0, 0, 2, None)
    assert row_counts(database) == before and backups(tmp_path) == []
    summary = exchange.apply(exchange.read(path), {0: Conflict.SKIP, 1: Conflict.KEEP_BOTH})
    assert (summary.added, summary.skipped, summary.sessions) == (1, 1, 0)


def test_a_conflict_without_a_choice_is_a_programming_error(
    exchange: Exchange, database: Database, edge_cases: tuple[int, int], tmp_path: Path
) -> None:
    """Applying a plan with an undecided conflict raises ValueError and writes nothing."""
    plan = exchange.read(write(tmp_path / "x.json", exchange.export_text()))
    before = row_counts(database)
    with pytest.raises(ValueError, match="no choice"):
        exchange.apply(plan, {0: Conflict.REPLACE})
    with pytest.raises(ValueError, match="do not match"):
        exchange.apply(plan, {0: Conflict.REPLACE, 1: Conflict.SKIP, 5: Conflict.SKIP})
    assert row_counts(database) == before and backups(tmp_path) == []


def test_a_verified_backup_is_made_before_importing(
    exchange: Exchange, database: Database, edge_cases: tuple[int, int], tmp_path: Path
) -> None:
    """The backup is named after the clock, passes the integrity check and holds the old data."""
    before = row_counts(database)
    plan = exchange.read(write(tmp_path / "x.json", exchange.export_text()))
    summary = exchange.apply(plan, {0: Conflict.KEEP_BOTH, 1: Conflict.KEEP_BOTH})
    assert summary.backup == tmp_path / "backups" / "before-import-20261118-103000.sqlite3"
    assert backups(tmp_path) == [summary.backup]
    with sqlite3.connect(summary.backup) as copy_:
        assert copy_.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy_.execute("SELECT count(*) FROM sets").fetchone() == (before["sets"],)
    assert summary.backup.stat().st_mode & 0o777 == PRIVATE_FILE_MODE


def test_no_backup_means_no_import(
    exchange: Exchange, database: Database, edge_cases: tuple[int, int], tmp_path: Path
) -> None:
    """When the backup cannot be written, DatabaseProblem is raised and nothing is imported."""
    plan = exchange.read(write(tmp_path / "x.json", exchange.export_text()))
    (tmp_path / "backups").write_text("a file where the folder should be", encoding="utf-8")
    before = row_counts(database)
    with pytest.raises(DatabaseProblem):
        exchange.apply(plan, {0: Conflict.KEEP_BOTH, 1: Conflict.KEEP_BOTH})
    assert row_counts(database) == before


def test_an_import_is_all_or_nothing(
    exchange: Exchange,
    database: Database,
    edge_cases: tuple[int, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A failure while writing the second person leaves the first one out too."""
    plan = exchange.read(write(tmp_path / "x.json", exchange.export_text()))
    real_add = exchange_module.store.add_person
    calls: list[str] = []

    def add_then_fail(tx: Any, person: Any, name: str, *rest: Any) -> int:
        calls.append(name)
        if len(calls) == 2:
            raise DatabaseProblem("disk_full", "test")
        return real_add(tx, person, name, *rest)

    monkeypatch.setattr(exchange_module.store, "add_person", add_then_fail)
    before = row_counts(database)
    with pytest.raises(DatabaseProblem):
        exchange.apply(plan, {0: Conflict.KEEP_BOTH, 1: Conflict.KEEP_BOTH})
    assert row_counts(database) == before and len(calls) == 2


def test_an_imported_suggestion_for_a_band_can_still_be_accepted(
    empty: Database, other: Database, catalogue: Catalogue, clock: datetime, tmp_path: Path
) -> None:
    """A waiting step up to the next band refers to the imported person's own band."""
    gone = add_removable(empty, clock)
    answers = FirstRunAnswers(
        "Jan", "1944", Sex.MALE, frozenset(), False, (1.0,), theraband_ladder()[1:3], "nl"
    )
    trainee = Onboarding(empty, catalogue, lambda: clock).complete(answers).trainee.id
    assert trainee is not None
    setup = Setup(empty, catalogue, lambda: clock)
    routine = setup.routine(trainee)
    yellow, red = setup.equipment(trainee).bands
    assert routine is not None
    row = RoutineExercise("seated_row", Load(EquipmentKind.BAND, band=yellow), 3, slow_tempo=True)
    setup.save_routine(trainee, dataclasses.replace(routine, exercises=(row,)))
    training = Training(empty, catalogue, lambda: clock)
    state = training.finish_warmup(training.start(trainee).id)
    while not state.exercises[0].done:
        state = training.record_set(state.id, 0, SetInput(25, True, Effort.MAXIMAL, 0))
    training.finish(state.id)
    remove(empty, gone)

    target = exchange_for(other, tmp_path, clock)
    target.apply(
        target.read(write(tmp_path / "x.json", exchange_for(empty, tmp_path, clock).export_text()))
    )
    with other.transaction() as tx:
        (imported,) = repo.list_trainees(tx)
    assert imported.id is not None and imported.id != trainee
    decisions = LoadSuggestions(other, lambda: clock)
    (waiting,) = decisions.pending(imported.id)
    decisions.accept(waiting.id, Decider.CARER)
    own = Setup(other, catalogue, lambda: clock)
    band = own.equipment(imported.id).bands[1]
    after = own.routine(imported.id)
    assert after is not None and after.exercises[0].load.band == band
    assert band.colour is red.colour and band.id != red.id


def test_notes_pasted_with_control_characters_are_stored_clean_and_round_trip(
    empty: Database, other: Database, catalogue: Catalogue, clock: datetime, tmp_path: Path
) -> None:
    """Backspace, vertical tab and escape pasted into notes are taken out, so the export imports."""
    answers = FirstRunAnswers("Jan", "1944", Sex.MALE, frozenset(), False, (1.0,), (), "nl")
    trainee = Onboarding(empty, catalogue, lambda: clock).complete(answers).trainee.id
    assert trainee is not None
    setup = Setup(empty, catalogue, lambda: clock)
    routine = setup.routine(trainee)
    assert routine is not None
    pasted = "Knie\x0bsparen\x1b[0m\x08 en\r\nrustig"
    saved = setup.save_routine(trainee, dataclasses.replace(routine, note=pasted))
    assert saved.note == "Knie\nsparen[0m en\nrustig"
    result = FitnessTests(empty, lambda: clock).record(
        trainee, "chair_stand_30s", 12, note="goed\x08\x0bgedaan\x1b\x7f\x9b"
    )
    assert result.result.note == "goed gedaan"
    text = exchange_for(empty, tmp_path, clock).export_text()
    target = exchange_for(other, tmp_path, clock)
    target.apply(target.read(write(tmp_path / "export.json", text)))
    assert target.export_text() == text


def test_an_old_export_with_control_characters_in_its_notes_imports_without_them(
    exchange: Exchange, edge_cases: tuple[int, int], tmp_path: Path
) -> None:
    """A file written before notes were cleaned is read in, its notes cleaned as when typed."""
    document = valid_document(exchange)
    document["people"][0]["tests"][1]["note"] = "Met\x08 stok\x1b"
    document["people"][0]["routines"][1]["note"] = "Knie\x0bsparen\ud800"
    plan = exchange.read(write(tmp_path / "x.json", document))
    person = next(exchange.records(plan))
    assert person["tests"][1]["note"] == "Met stok"
    assert person["routines"][1]["note"] == "Knie\nsparen"


# Whatever the file holds: ImportRefused or a plan, never another error, never a write.

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
NUMBERS_OUT_OF_RANGE = [-1, 1000, 2**63, -0.5, 1e308]
ODD_TEXTS = ["", "x" * 60, "2026-13-01T00:00:00", "2026-01-01T00:00:00+01:00", "\ud800", "\x00"]
ODD_VALUES = st.sampled_from(
    [*NUMBERS_OUT_OF_RANGE, *ODD_TEXTS, 0, 7, True, False, None, "sharp_pain", [], {}, [0]]
)
DOSE_KEYS = ("current", "proposed", "chosen")
# One database is shared by the examples on purpose: each compares it with its own count before.
SHARED_DATABASE = settings(
    deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def read_only(exchange: Exchange, database: Database, path: Path) -> ImportPlan | None:
    """Read a file; return the plan or None when refused; fail on any other error or a write."""
    before = row_counts(database)
    try:
        plan = exchange.read(path)
    except ImportRefused as refused:
        assert refused.code in {
            "not_json",
            "unreadable",
            "too_large",
            "foreign",
            "damaged",
            "newer_version",
            "empty",
            "same_person_twice",
        }
        plan = None
    assert row_counts(database) == before
    return plan


@SHARED_DATABASE
@given(content=st.binary(max_size=300))
def test_arbitrary_bytes_are_refused_or_read_without_writing(
    exchange: Exchange, database: Database, tmp_path: Path, content: bytes
) -> None:
    """Random bytes never raise anything but ImportRefused and never change the database."""
    read_only(exchange, database, write(tmp_path / "bytes.json", content))


@SHARED_DATABASE
@given(
    value=JSON_VALUES
    | st.fixed_dictionaries(
        {"format": st.just(FORMAT), "version": st.just(1) | JSON_VALUES, "people": JSON_VALUES}
    )
)
def test_arbitrary_json_is_refused_without_writing(
    exchange: Exchange, database: Database, tmp_path: Path, value: object
) -> None:
    """Any JSON value, with or without our format key, is refused with a code and writes nothing."""
    assert read_only(exchange, database, write(tmp_path / "v.json", json.dumps(value))) is None


def paths_in(value: object, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Return the path of every value inside a document, also inside the dose texts."""
    found: list[tuple[Any, ...]] = []
    if isinstance(value, dict):
        items: Any = value.items()
    elif isinstance(value, list):
        items = enumerate(value)
    else:
        return found
    for key, item in items:
        found.append((*prefix, key))
        if key in DOSE_KEYS and isinstance(item, str):
            found.extend(paths_in(json.loads(item), (*prefix, key, "json")))
        else:
            found.extend(paths_in(item, (*prefix, key)))
    return found


def mutated(document: object, path: tuple[Any, ...], replacement: object, drop: bool) -> object:
    """Return a copy of the document with the value at ``path`` dropped or replaced."""
    if path[0] == "json":
        return json.dumps(mutated(json.loads(str(document)), path[1:], replacement, drop))
    changed = copy.copy(document)
    assert isinstance(changed, dict | list)
    if len(path) == 1:
        if drop:
            del changed[path[0]]
        else:
            changed[path[0]] = replacement
    else:
        changed[path[0]] = mutated(changed[path[0]], path[1:], replacement, drop)
    return changed


@pytest.fixture(scope="module")
def small_export(templates: Templates, tmp_path_factory: pytest.TempPathFactory) -> Document:
    """Return the export of the edge cases, as Python data."""
    folder = tmp_path_factory.mktemp("small")
    database = copy_of(templates.filled, folder / "data")
    try:
        document: Document = json.loads(exchange_for(database, folder, NOW).export_text())
    finally:
        database.close()
    return document


@SHARED_DATABASE
@given(data=st.data(), drop=st.booleans())
def test_a_mutated_export_is_refused_or_imports_cleanly(
    exchange: Exchange,
    database: Database,
    tmp_path: Path,
    small_export: Document,
    data: st.DataObject,
    drop: bool,
) -> None:
    """A dropped key, another type or an out-of-range value is refused by its path, or imports."""
    path = data.draw(st.sampled_from(paths_in(small_export)), label="path")
    replacement = data.draw(ODD_VALUES | JSON_VALUES, label="replacement")
    document = mutated(small_export, path, replacement, drop)
    plan = read_only(exchange, database, write(tmp_path / "m.json", json.dumps(document)))
    if plan is not None:
        summary = exchange.apply(
            plan, {person.index: Conflict.REPLACE for person in plan.conflicts}
        )
        assert summary.added + summary.replaced == len(plan.people)
        exchange.export_text()


# Whatever the services accept, export then import into empty data then export gives the same
# bytes: the data is made through the use cases only, with what a person might type or paste.

PASTED_TEXT = st.text(max_size=40) | st.sampled_from(
    ["", "Knie\x0bsparen", "\x1b[31mrood\x1b[0m", "a\x08b", "  Riet  ", "=1+1", "Änne\u2028x"]
)


def mostly(usual: st.SearchStrategy[Any], odd: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Return what a person would usually give, and one time in five something odd."""
    return st.integers(0, 4).flatmap(lambda pick: odd if pick == 0 else usual)


# Mostly what a person would give, so that most examples get past the first run.
NAMES = mostly(st.sampled_from(["Riet", "Kees", " Änne  de Vries ", "-Jo", "@Bram"]), PASTED_TEXT)
YEARS = mostly(st.integers(1916, 2008).map(str), st.sampled_from(["01950", " 1939 ", "x", ""]))
SOME_WEIGHTS = mostly(
    st.lists(st.sampled_from([0.5, 1.0, 2.5, 4.0]), max_size=3, unique=True),
    st.lists(st.floats(allow_nan=True, allow_infinity=True), max_size=2),
)
ODD_BANDS = st.lists(
    st.builds(
        Band,
        colour=st.sampled_from(BandColour),
        position=st.integers(0, 5),
        label=PASTED_TEXT,
        force_kgf=st.none() | st.floats(allow_nan=True, allow_infinity=True),
        can_double=st.booleans(),
    ),
    max_size=3,
).map(tuple)
SOME_BANDS = mostly(
    st.sets(st.sampled_from(range(8)), max_size=3).map(
        lambda picked: tuple(band for i, band in enumerate(theraband_ladder()) if i in picked)
    )
    | st.just((Band(BandColour.OTHER, 0, label="Paars, van de fysio"),)),
    ODD_BANDS,
)
SET_INPUTS = st.builds(
    SetInput,
    reps=st.integers(-1, 201),
    reached_failure=st.booleans(),
    effort=st.none() | st.sampled_from(Effort),
    pain=st.none() | st.integers(-1, 11),
    pain_place=st.none() | st.sampled_from(PainPlace),
    stop_signals=st.frozensets(st.sampled_from(StopSignal)),
)
Result = TypeVar("Result")
STEPS = st.timedeltas(timedelta(seconds=1), timedelta(days=20))


def accepted(action: Callable[..., Result], *arguments: object) -> Result | None:
    """Run a use case; return None when it refused the input, as the screens would show."""
    try:
        return action(*arguments)
    except InputRefused:
        return None


def draw_health(
    setup: Setup, trainee: int, clock: ManualClock[datetime], data: st.DataObject
) -> None:
    """Maybe record a stay with drawn days and reason, clear it, set or lift movement advice."""
    today = clock.now.date()
    if data.draw(st.booleans(), label="stay with days"):
        admitted = today - timedelta(days=data.draw(st.integers(-2, 60), label="admitted"))
        home = data.draw(st.none() | st.integers(-2, 60), label="home")
        accepted(
            setup.health.report_stay,
            trainee,
            admitted,
            None if home is None else today - timedelta(days=home),
            data.draw(st.sampled_from(StayReason), label="reason"),
        )
    if data.draw(st.booleans(), label="cleared"):
        by = data.draw(st.sampled_from(ClearedBy), label="by")
        accepted(setup.health.record_clearance, trainee, by, today)
    code = data.draw(st.sampled_from(["", "hip_back", "osteoporosis"]), label="advice")
    if code:
        lift = data.draw(st.booleans(), label="lift")
        accepted(
            setup.health.lift_precaution if lift else setup.health.start_precaution, trainee, code
        )


def make_history(database: Database, catalogue: Catalogue, data: st.DataObject) -> None:
    """Make one or two people, their equipment, plan, sessions and tests with drawn input."""
    clock = ManualClock(NOW - timedelta(days=400))
    onboarding = Onboarding(database, catalogue, clock)
    setup = Setup(database, catalogue, clock)
    training = Training(database, catalogue, clock)
    fitness = FitnessTests(database, clock)
    for _ in range(data.draw(st.integers(1, 2), label="people")):
        answers = FirstRunAnswers(
            data.draw(NAMES, label="name"),
            data.draw(YEARS, label="birth year"),
            data.draw(st.sampled_from(Sex)),
            data.draw(mostly(st.just(frozenset()), st.frozensets(st.sampled_from(QUESTIONS)))),
            data.draw(st.booleans()),
            tuple(data.draw(SOME_WEIGHTS, label="dumbbells")),
            data.draw(SOME_BANDS, label="bands"),
            "nl",
        )
        result = accepted(onboarding.complete, answers)
        if not isinstance(result, FirstRunResult) or result.trainee.id is None:
            continue
        trainee = result.trainee.id
        if data.draw(st.booleans(), label="rename"):
            renamed = data.draw(NAMES)
            accepted(Trainees(database, Path("unused"), clock).rename, trainee, renamed)
        if data.draw(st.booleans(), label="new equipment"):
            kgs, bands = data.draw(SOME_WEIGHTS), data.draw(SOME_BANDS)
            accepted(setup.save_equipment, trainee, kgs, bands)
        routine = setup.routine(trainee)
        if routine is not None:
            note = data.draw(PASTED_TEXT, label="plan note")
            days = data.draw(st.frozensets(st.integers(0, 6), min_size=1, max_size=3))
            changed = dataclasses.replace(routine, note=note, weekdays=tuple(days))
            accepted(setup.save_routine, trainee, changed)
        for _ in range(data.draw(st.integers(0, 2), label="sessions")):
            clock.now += data.draw(STEPS)
            state = accepted(training.start, trainee)
            if state is None:
                continue
            session = state.id
            training.finish_warmup(session)
            for _ in range(data.draw(st.integers(0, 4), label="sets")):
                clock.now += timedelta(seconds=data.draw(st.integers(1, 300)), microseconds=1)
                position = data.draw(st.integers(0, len(state.exercises) - 1))
                entry = data.draw(SET_INPUTS)
                action = data.draw(st.sampled_from(["set", "set", "undo", "skip"]))
                if action == "set":
                    accepted(training.record_set, session, position, entry)
                elif action == "undo":
                    accepted(training.undo_last_set, session)
                else:
                    accepted(training.skip, session, position, SkipReason.PAIN)
            ending = data.draw(st.sampled_from(["finish", "early", "open"]), label="ending")
            if ending == "open":
                training.close_as_is(session)
            else:
                (training.finish if ending == "finish" else training.end_early)(session)
            clock.now += timedelta(days=1)
            due = training.checkin_due(trainee)
            if due is not None and data.draw(st.booleans(), label="check-in"):
                joints = data.draw(st.sampled_from(JointFeeling))
                training.record_checkin(
                    trainee,
                    due.session_id,
                    joints,
                    data.draw(st.booleans()),
                    night_pain=data.draw(st.booleans()),
                    places=data.draw(st.frozensets(st.sampled_from(PainPlace)), label="places"),
                )
        decisions = LoadSuggestions(database, clock)
        for waiting in decisions.pending(trainee):
            clock.now += timedelta(minutes=5)
            decision = data.draw(st.sampled_from(["accept", "reject", "change", "wait"]))
            if decision == "accept":
                accepted(decisions.accept, waiting.id, Decider.CARER)
            elif decision == "reject":
                accepted(decisions.reject, waiting.id, Decider.CARER)
            elif decision == "change" and (loads := decisions.choices(waiting.id)):
                load = data.draw(st.sampled_from(loads))
                accepted(decisions.change, waiting.id, load, Decider.CARER)
        if data.draw(st.booleans(), label="hospital"):
            setup.report_hospital_stay(trainee)
        draw_health(setup, trainee, clock, data)
        for _ in range(data.draw(st.integers(0, 3), label="tests")):
            clock.now += data.draw(STEPS)
            test = data.draw(st.sampled_from([t.id for t in fitness.tests()]))
            value = data.draw(mostly(st.integers(1, 40), st.floats(-1, 301)), label="result")
            note, arms = data.draw(PASTED_TEXT, label="test note"), data.draw(st.booleans())
            accepted(fitness.record, trainee, test, value, note, arms)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_whatever_the_services_accept_exports_and_imports_to_the_same_bytes(
    templates: Templates,
    catalogue: Catalogue,
    tmp_path_factory: pytest.TempPathFactory,
    data: st.DataObject,
) -> None:
    """Names, notes, loads, bands, sessions and tests as the services store them round-trip."""
    folder = tmp_path_factory.mktemp("round")
    source = copy_of(templates.empty, folder / "source")
    target = copy_of(templates.empty, folder / "target")
    try:
        make_history(source, catalogue, data)
        first = exchange_for(source, folder, NOW)
        summary = first.write_json(folder / "first.json")
        event(f"people: {summary.people}, with sets: {summary.sets > 0}, tests: {summary.tests}")
        decided = (folder / "first.json").read_text(encoding="utf-8").count('"decided_by": "carer"')
        event(f"decided suggestions: {decided}")
        if summary.people == 0:
            return
        second = exchange_for(target, folder, NOW)
        second.apply(second.read(folder / "first.json"))
        second.write_json(folder / "second.json")
        assert (folder / "second.json").read_bytes() == (folder / "first.json").read_bytes()
        first.write_csv(folder / "tables")
    finally:
        source.close()
        target.close()


# Record UUIDs


def record_uuids_of(document: Document) -> list[str]:
    """Return the UUID of every record of every person in a document, in file order."""
    from sterkblijven.domain.exchange.reader import record_uuids

    return [found for person in document["people"] for _, found in record_uuids(person)]


def without_record_uuids(document: Document) -> Document:
    """Return a copy of a document with no record UUIDs, as a version 3 file was written."""
    copied = copy.deepcopy(document)
    for person in copied["people"]:
        for key in ("readiness_checks", "routines", "checkins", "suggestions", "events", "tests"):
            for record in person[key]:
                del record["uuid"]
        for key in ("hospital_stays", "precautions"):
            for record in person.get(key, []):
                del record["uuid"]
        for session in person["sessions"]:
            del session["uuid"]
            for record in (*session["sets"], *session["skips"]):
                del record["uuid"]
    return copied


def stored_record_uuids(database: Database) -> list[str]:
    """Return the UUID of every record in a database, from each table with one."""
    tables = ("readiness_checks", "routines", "sessions", "sets", "skips", "checkins")
    tables += ("suggestions", "trainee_events", "hospital_stays", "precautions", "test_results")
    with database.engine.connect() as connection:
        return [
            found
            for table in tables
            for (found,) in connection.exec_driver_sql(f"SELECT uuid FROM {table}")
        ]


def test_every_record_leaves_with_its_own_uuid(
    exchange: Exchange, database: Database, edge_cases: tuple[int, int]
) -> None:
    """The export gives each record its stored UUID, every one a different, well-formed UUID."""
    written = record_uuids_of(json.loads(exchange.export_text()))
    assert len(written) > 20
    assert len(set(written)) == len(written)
    assert all(str(uuid.UUID(found)) == found for found in written)
    assert sorted(written) == sorted(stored_record_uuids(database))


def test_an_import_keeps_every_record_uuid(
    exchange: Exchange,
    edge_cases: tuple[int, int],
    other: Database,
    tmp_path: Path,
    clock: datetime,
) -> None:
    """Records read in on another computer keep the UUIDs they left with."""
    document = json.loads(exchange.export_text())
    target = exchange_for(other, tmp_path, clock)
    target.apply(target.read(write(tmp_path / "export.json", document)))
    assert sorted(stored_record_uuids(other)) == sorted(record_uuids_of(document))


def test_a_version_3_file_still_imports_and_its_records_get_uuids(
    exchange: Exchange,
    edge_cases: tuple[int, int],
    other: Database,
    tmp_path: Path,
    clock: datetime,
) -> None:
    """A file from before record UUIDs imports whole; each record gets a new UUID of its own."""
    document = without_record_uuids(json.loads(exchange.export_text()))
    document["version"] = 3
    target = exchange_for(other, tmp_path, clock)
    summary = target.apply(target.read(write(tmp_path / "old.json", document)))
    assert summary.added == 2
    again = json.loads(target.export_text())
    assert again["version"] == VERSION
    given = record_uuids_of(again)
    assert len(set(given)) == len(given) == len(stored_record_uuids(other))
    assert not set(given) & set(record_uuids_of(json.loads(exchange.export_text())))
    assert without_record_uuids(again)["people"] == document["people"]


def test_a_person_kept_twice_gets_records_of_their_own(
    exchange: Exchange, database: Database, edge_cases: tuple[int, int], tmp_path: Path
) -> None:
    """Keeping both of a person already here stores the copy's records under new UUIDs."""
    before = stored_record_uuids(database)
    path = write(tmp_path / "export.json", exchange.export_text())
    exchange.apply(exchange.read(path), {0: Conflict.KEEP_BOTH, 1: Conflict.KEEP_BOTH})
    after = stored_record_uuids(database)
    assert len(after) == 2 * len(before)
    assert len(set(after)) == len(after)
    assert set(before) <= set(after)


def test_a_file_giving_two_records_one_uuid_is_refused(
    exchange: Exchange, database: Database, edge_cases: tuple[int, int], tmp_path: Path
) -> None:
    """Two records with one UUID would be one record elsewhere: the file is refused whole."""
    document = json.loads(exchange.export_text())
    sets = next(s["sets"] for s in document["people"][0]["sessions"] if len(s["sets"]) > 1)
    sets[1]["uuid"] = sets[0]["uuid"]
    with pytest.raises(ImportRefused) as refused:
        exchange.read(write(tmp_path / "twice.json", document))
    assert refused.value.code == "damaged"
    assert "sets" in refused.value.detail


def test_a_copied_person_in_one_file_arrives_with_records_of_their_own(
    exchange: Exchange, database: Database, edge_cases: tuple[int, int], tmp_path: Path
) -> None:
    """Two people in a file sharing records both arrive; the second's records get new UUIDs."""
    document = json.loads(exchange.export_text())
    first = document["people"][0]
    document["people"] = [first, {**first, "uuid": "5f0c5d57-3b8e-4c55-9a43-2d3c1c0f7a11"}]
    plan = exchange.read(write(tmp_path / "copy.json", document))
    exchange.apply(plan, {0: Conflict.REPLACE, 1: Conflict.KEEP_BOTH})
    stored = stored_record_uuids(database)
    assert len(set(stored)) == len(stored)
    assert set(record_uuids_of({"people": [first]})) <= set(stored)
