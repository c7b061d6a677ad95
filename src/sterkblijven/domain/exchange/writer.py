"""Writing the export: the JSON document, and CSV tables for spreadsheets."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime

from sterkblijven.domain.exchange.schema import FORMAT, VERSION, PersonData, SetData


def encode_document(people: Sequence[PersonData], app_version: str) -> str:
    """Return the JSON document for these people: stable text, ending in a newline."""
    document: dict[str, object] = {
        "format": FORMAT,
        "version": VERSION,
        "app_version": app_version,
        "people": list(people),
    }
    return json.dumps(document, indent=2, ensure_ascii=False, default=_moment_text) + "\n"


def _moment_text(value: object) -> str:
    # A datetime is a date too: both are written in ISO 8601, a day as "2026-03-02".
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} to the export")


# CSV: one table per kind of record, for spreadsheets; export only.

CSV_COLUMNS: dict[str, tuple[str, ...]] = {
    "sessions.csv": ("person", "started_at", "finished_at", "status", "sets", "note"),
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


def csv_tables(people: Sequence[PersonData]) -> dict[str, list[list[str]]]:
    """Return each CSV file's rows, header first, one row per record, as text cells.

    Every cell a spreadsheet would run as a formula gets a "'" in front, whatever its column:
    an imported file may have put anything in any text field.
    """
    tables = _tables(people)
    return {
        name: [header, *([_inert(cell) for cell in row] for row in rows)]
        for name, (header, *rows) in tables.items()
    }


def _tables(people: Sequence[PersonData]) -> dict[str, list[list[str]]]:
    tables = {name: [list(columns)] for name, columns in CSV_COLUMNS.items()}
    for person in people:
        who = person["name"]
        for session in person["sessions"]:
            started = _cell(session["started_at"])
            done = sum(1 for entry in session["sets"] if entry["undone_at"] is None)
            tables["sessions.csv"].append(
                [
                    who,
                    started,
                    _cell(session["finished_at"]),
                    session["status"],
                    str(done),
                    session["note"],
                ]
            )
            tables["sets.csv"].extend(_set_row(who, started, entry) for entry in session["sets"])
        for result in person["tests"]:
            tables["tests.csv"].append(
                [
                    who,
                    result["test_id"],
                    _cell(result["value"]),
                    _cell(result["taken_at"]),
                    _cell(result["used_arms"]),
                    _cell(result["dumbbell_kg"]),
                    result["note"],
                ]
            )
        for checkin in person["checkins"]:
            index = checkin["session"]
            session_start = None if index is None else person["sessions"][index]["started_at"]
            tables["checkins.csv"].append(
                [
                    who,
                    _cell(session_start),
                    _cell(checkin["answered_at"]),
                    checkin["joints"],
                    _cell(checkin["long_morning_stiffness"]),
                    ";".join(checkin["places"]),
                    _cell(checkin["night_pain"]),
                ]
            )
    return tables


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
