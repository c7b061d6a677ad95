"""Writing the export: the JSON document, and CSV tables for spreadsheets, person by person.

The records that grow with the years (sessions with their sets, check-ins, suggestions, tests)
come as iterables and are written one record a line as they come, so that an export takes
about the same memory for one year of history as for thirty. The document is the same JSON
value the app always wrote; only the spaces and line breaks between records differ.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from json.encoder import encode_basestring
from typing import Any, TextIO

from sterkblijven.domain.exchange.schema import (
    FORMAT,
    VERSION,
    Cancelled,
    PersonData,
    SetData,
)

# One person as storage streams it: PersonData's keys in its order, each list possibly an
# iterable that reads its records only as they are written.
StreamedPerson = Mapping[str, Any]
Progress = Callable[[int, int], None]  # (people done, people in all)
Stop = Callable[[], bool]  # asked between records: True stops the work


@dataclass(slots=True)
class Written:
    """How much an export wrote."""

    people: int = 0
    sessions: int = 0
    sets: int = 0
    tests: int = 0


class Watch:
    """Tells progress person by person and asks between records whether to stop."""

    def __init__(self, total: int, progress: Progress | None, stop: Stop | None) -> None:
        self.total = total
        self._progress = progress
        self._stop = stop

    def done(self, people: int) -> None:
        """Tell that ``people`` of all are done."""
        if self._progress is not None:
            self._progress(people, self.total)

    def check(self) -> None:
        """Raise Cancelled when the person asked to stop."""
        if self._stop is not None and self._stop():
            raise Cancelled


def _moment_text(value: object) -> str:
    # A datetime is a date too: both are written in ISO 8601, a day as "2026-03-02".
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} to the export")


# Without an indent the json module encodes in C: several times faster than with one.
_encode = json.JSONEncoder(ensure_ascii=False, default=_moment_text).encode


def _session_text(session: Mapping[str, Any]) -> str:
    """Return a session's JSON text, its sets written by hand: most of an export's time."""
    parts = []
    for key, value in session.items():
        text = (
            "[" + ", ".join([_set_text(entry) for entry in value]) + "]"
            if key == "sets"
            else _encode(value)
        )
        parts.append(f'"{key}": {text}')
    return "{" + ", ".join(parts) + "}"


def _set_text(entry: SetData) -> str:
    # The JSON value the json module writes, three times faster: sets are most of an export,
    # so the values are turned into text right here, without a call per value. Every text
    # goes through the json module's own escaping; repr is what it writes for a number (the
    # app stores finite ones only).
    text = encode_basestring
    position, load, colour, label = (
        entry["position"],
        entry["load_kg"],
        entry["band_colour"],
        entry["band_label"],
    )
    effort, pain, place, undone = (
        entry["effort"],
        entry["pain"],
        entry["pain_location"],
        entry["undone_at"],
    )
    return (
        f'{{"uuid": {text(entry["uuid"])}, '
        f'"position": {"null" if position is None else repr(position)}, '
        f'"exercise_id": {text(entry["exercise_id"])}, "set_number": {entry["set_number"]!r}, '
        f'"equipment": {text(entry["equipment"])}, '
        f'"load_kg": {"null" if load is None else repr(load)}, '
        f'"band_colour": {"null" if colour is None else text(colour)}, '
        f'"band_label": {"null" if label is None else text(label)}, '
        f'"band_doubled": {"true" if entry["band_doubled"] else "false"}, '
        f'"reps": {entry["reps"]!r}, '
        f'"reached_failure": {"true" if entry["reached_failure"] else "false"}, '
        f'"effort": {"null" if effort is None else repr(effort)}, '
        f'"pain": {"null" if pain is None else repr(pain)}, '
        f'"pain_location": {"null" if place is None else text(place)}, '
        f'"stop_signals": [{", ".join(map(text, entry["stop_signals"]))}], '
        f'"recorded_at": "{entry["recorded_at"].isoformat()}", '
        f'"undone_at": {"null" if undone is None else chr(34) + undone.isoformat() + chr(34)}}}'
    )


def encode_document(people: Sequence[PersonData], app_version: str) -> str:
    """Return the JSON document for these people as text, ending in a newline."""
    out = io.StringIO()
    write_document(out, people, app_version, Watch(len(people), None, None))
    return out.getvalue()


def write_document(
    out: TextIO,
    people: Iterable[StreamedPerson],
    app_version: str,
    watch: Watch,
) -> Written:
    """Write the JSON document for these people to ``out``, one record a line; return counts.

    Raises Cancelled between two records once ``watch`` is told to stop.
    """
    written = Written()
    out.write("{\n")
    for key, value in (("format", FORMAT), ("version", VERSION), ("app_version", app_version)):
        out.write(f"  {_encode(key)}: {_encode(value)},\n")
    out.write('  "people": [')
    watch.done(0)
    for index, person in enumerate(people):
        out.write(",\n    {" if index else "\n    {")
        _write_person(out, person, watch, written)
        out.write("\n    }")
        written.people += 1
        watch.done(written.people)
    out.write("\n  ]\n}\n" if written.people else "]\n}\n")
    return written


def _write_person(out: TextIO, person: StreamedPerson, watch: Watch, written: Written) -> None:
    for number, (key, value) in enumerate(person.items()):
        out.write(",\n      " if number else "\n      ")
        out.write(_encode(key))
        if isinstance(value, str | int | float | bool | date | dict) or value is None:
            out.write(": " + _encode(value))
            continue
        out.write(": [")
        count = 0
        for record in value:
            watch.check()
            out.write(",\n        " if count else "\n        ")
            if key == "sessions":
                out.write(_session_text(record))
                written.sets += len(record["sets"])
            else:
                out.write(_encode(record))
            count += 1
        out.write("\n      ]" if count else "]")
        if key == "sessions":
            written.sessions += count
        elif key == "tests":
            written.tests += count


# CSV: one table per kind of record, for spreadsheets; export only.

CSV_COLUMNS: dict[str, tuple[str, ...]] = {
    "sessions.csv": ("person", "started_at", "finished_at", "status", "sets", "note", "from_paper"),
    "sets.csv": (
        "person",
        "session_started_at",
        "exercise_id",
        "set_number",
        "equipment",
        "load_kg",
        "band",
        "doubled",
        "reps",
        "reached_failure",
        "effort",
        "pain",
        "pain_location",
        "stop_signals",
        "recorded_at",
        "undone",
    ),
    "tests.csv": ("person", "test_id", "value", "taken_at", "used_arms", "dumbbell_kg", "note"),
    "checkins.csv": (
        "person",
        "session_started_at",
        "answered_at",
        "joints",
        "long_morning_stiffness",
        "places",
        "night_pain",
    ),
}
# A spreadsheet runs a cell starting with one of these as a formula (OWASP's list; a line
# break is added, as some programs skip it before looking).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def csv_rows(
    people: Iterable[StreamedPerson], watch: Watch, written: Written
) -> Iterator[tuple[str, list[str]]]:
    """Yield each CSV row with the name of its file: every header first, then the records.

    Every cell a spreadsheet would run as a formula gets a "'" in front, whatever its column:
    an imported file may have put anything in any text field.
    """
    for name, columns in CSV_COLUMNS.items():
        yield name, list(columns)
    watch.done(0)
    for person in people:
        for name, row in _person_rows(person, watch, written):
            yield name, [_inert(cell) for cell in row]
        written.people += 1
        watch.done(written.people)


def csv_tables(people: Sequence[StreamedPerson]) -> dict[str, list[list[str]]]:
    """Return each CSV file's rows in memory, header first: for a few people at a time."""
    tables: dict[str, list[list[str]]] = {name: [] for name in CSV_COLUMNS}
    for name, row in csv_rows(people, Watch(len(people), None, None), Written()):
        tables[name].append(row)
    return tables


def _person_rows(
    person: StreamedPerson, watch: Watch, written: Written
) -> Iterator[tuple[str, list[str]]]:
    who = person["name"]
    # A check-in names its session by index; its start is all the table needs of it.
    starts: list[str] = []
    for session in person["sessions"]:
        watch.check()
        started = _cell(session["started_at"])
        starts.append(started)
        done = sum(1 for entry in session["sets"] if entry["undone_at"] is None)
        yield (
            "sessions.csv",
            [
                who,
                started,
                _cell(session["finished_at"]),
                session["status"],
                str(done),
                session["note"],
                _cell(session["from_paper"]),
            ],
        )
        for entry in session["sets"]:
            yield "sets.csv", _set_row(who, started, entry)
        written.sessions += 1
        written.sets += len(session["sets"])
    for result in person["tests"]:
        watch.check()
        yield (
            "tests.csv",
            [
                who,
                result["test_id"],
                _cell(result["value"]),
                _cell(result["taken_at"]),
                _cell(result["used_arms"]),
                _cell(result["dumbbell_kg"]),
                result["note"],
            ],
        )
        written.tests += 1
    for checkin in person["checkins"]:
        watch.check()
        index = checkin["session"]
        yield (
            "checkins.csv",
            [
                who,
                "" if index is None else starts[index],
                _cell(checkin["answered_at"]),
                checkin["joints"],
                _cell(checkin["long_morning_stiffness"]),
                ";".join(checkin["places"]),
                _cell(checkin["night_pain"]),
            ],
        )


def _set_row(who: str, session_start: str, entry: SetData) -> list[str]:
    band = entry["band_label"] or entry["band_colour"]
    return [
        who,
        session_start,
        entry["exercise_id"],
        str(entry["set_number"]),
        entry["equipment"],
        _cell(entry["load_kg"]),
        "" if band is None else band,
        _cell(entry["band_doubled"]),
        str(entry["reps"]),
        _cell(entry["reached_failure"]),
        _cell(entry["effort"]),
        _cell(entry["pain"]),
        _cell(entry["pain_location"]),
        ";".join(entry["stop_signals"]),
        _cell(entry["recorded_at"]),
        _cell(entry["undone_at"] is not None),
    ]


def _cell(value: datetime | float | str | bool | None) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        # A space instead of "T" is still ISO 8601, and spreadsheets read it as a date.
        return value.isoformat(sep=" ", timespec="seconds")
    return str(value)


def _inert(cell: str) -> str:
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell
