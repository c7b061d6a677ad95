"""The export document: its records, writing it, and checking an imported one field by field.

The JSON format is described for readers outside the app in docs/export-format.md; keep the
two in step. Records refer to each other by their index within the same person (a session's
routine, a check-in's session, an exercise's band), never by database id, so a document is the
same text whichever database it came from.

Checking never trusts the file: every key is looked up, every type and range tested, every
text made safe to store, and a refusal names the path of the first bad field.
"""

from __future__ import annotations

import enum
import json
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any, NoReturn, TypedDict, TypeVar

from sterkblijven.domain.decisions import Decider, Status
from sterkblijven.domain.fitness import BY_ID as TESTS_BY_ID
from sterkblijven.domain.model import BandColour, EquipmentKind, Sex
from sterkblijven.domain.progression import Advice, Reason
from sterkblijven.domain.readiness import QUESTIONS
from sterkblijven.domain.session import (
    JointFeeling,
    PainPlace,
    SessionStatus,
    SkipReason,
    StopSignal,
)
from sterkblijven.domain.validation import (
    HEAVIEST_DUMBBELL_KG,
    LIGHTEST_DUMBBELL_KG,
    MAX_LABEL_LENGTH,
    MAX_NAME_LENGTH,
    InputRefused,
    clean_name,
)

FORMAT = "sterkblijven-export"
VERSION = 1
EARLIEST_BIRTH_YEAR = 1900
# Column sizes of the database, so that every accepted value also fits a stricter server.
MAX_EXERCISE_ID_LENGTH = 40
MAX_EVENT_KIND_LENGTH = 16
# The app itself keeps notes to 300 characters; older or hand-made files get generous room.
MAX_NOTE_LENGTH = 10_000
MAX_POSITION = 999
_LONGEST_RAW_NAME = 1_000  # before repeated spaces are taken out
MAX_SETS = 10
MAX_REPS = 999
MAX_REST_SECONDS = 3_600
MAX_SCALE = 10  # effort (OMNI-RES) and pain are both rated 0-10
MAX_BAND_FORCE_KGF = 100.0
_EVENT_KIND = re.compile(r"[a-z_]+", flags=re.ASCII)
# Control characters other than line breaks and tabs are never typed into a note.
_NOTE_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class ImportRefused(Exception):
    """A file that cannot be imported; ``code`` says why, ``detail`` where (for logs and tests).

    Codes: not_found, unreadable, not_json, foreign, newer_version, damaged, empty.
    """

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


class ReadinessData(TypedDict):
    """One readiness check: the questions answered yes, and whether training was confirmed."""

    answered_at: datetime
    yes_answers: list[str]
    confirmed_at: datetime | None


class BandData(TypedDict):
    """One band of the person's ladder."""

    position: int
    colour: str
    label: str
    force_kgf: float | None
    can_double: bool


class RoutineItemData(TypedDict):
    """One exercise of a routine; ``band`` is an index into the person's bands."""

    exercise_id: str
    equipment: str
    sets: int
    rep_min: int
    rep_max: int
    rest_seconds: int
    load_kg: float | None
    band: int | None
    band_doubled: bool
    slow_tempo: bool
    extra_set: bool
    paused: bool


class RoutineData(TypedDict):
    """A routine version, active or kept for history."""

    created_at: datetime
    active: bool
    weekdays: list[int]
    note: str
    exercises: list[RoutineItemData]


class SetData(TypedDict):
    """One recorded set with its load as used, undone ones included."""

    position: int | None
    exercise_id: str
    set_number: int
    equipment: str
    load_kg: float | None
    band_colour: str | None
    band_label: str | None
    band_doubled: bool
    reps: int
    reached_failure: bool
    effort: int | None
    pain: int | None
    pain_location: str | None
    stop_signals: list[str]
    recorded_at: datetime
    undone_at: datetime | None


class SkipData(TypedDict):
    """An exercise skipped in a session."""

    position: int
    exercise_id: str
    reason: str
    recorded_at: datetime


class SessionData(TypedDict):
    """A session; ``routine`` is an index into the person's routines."""

    routine: int | None
    started_at: datetime
    finished_at: datetime | None
    status: str
    note: str
    warmup_done_at: datetime | None
    cooldown_done_at: datetime | None
    sets: list[SetData]
    skips: list[SkipData]


class CheckinData(TypedDict):
    """The next-day answer; ``session`` is an index into the person's sessions."""

    session: int | None
    answered_at: datetime
    joints: str
    long_morning_stiffness: bool


class SuggestionData(TypedDict):
    """A load suggestion and its decision; doses are kept as the JSON text the app stores.

    The ``*_band`` keys say which of the person's bands a dose's band is, since the dose text
    itself carries no database id.
    """

    session: int | None
    position: int
    exercise_id: str
    created_at: datetime
    advice: str
    reason: str
    see_gp: bool
    retest: bool
    current: str
    current_band: int | None
    proposed: str
    proposed_band: int | None
    applied: bool
    status: str
    chosen: str | None
    chosen_band: int | None
    decided_at: datetime | None
    decided_by: str | None


class EventData(TypedDict):
    """Something in the person's life that changes the training, such as a hospital stay."""

    kind: str
    happened_at: datetime


class ResultData(TypedDict):
    """A functional test result."""

    test_id: str
    value: float
    taken_at: datetime
    note: str
    used_arms: bool


class PersonData(TypedDict):
    """Everything the database holds about one trainee."""

    name: str
    birth_year: int
    sex: str
    created_at: datetime
    decides_own_loads: bool
    readiness_checks: list[ReadinessData]
    dumbbells_kg: list[float]
    bands: list[BandData]
    routines: list[RoutineData]
    sessions: list[SessionData]
    checkins: list[CheckinData]
    suggestions: list[SuggestionData]
    events: list[EventData]
    tests: list[ResultData]


# Writing


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
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} to the export")


def set_count(person: PersonData) -> int:
    """Return how many set records a person has, undone ones included."""
    return sum(len(session["sets"]) for session in person["sessions"])


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
    "tests.csv": ("person", "test_id", "value", "taken_at", "used_arms", "note"),
    "checkins.csv": (
        "person",
        "session_started_at",
        "answered_at",
        "joints",
        "long_morning_stiffness",
    ),
}
# A spreadsheet runs a cell starting with one of these as a formula; typed text gets a quote.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_tables(people: Sequence[PersonData]) -> dict[str, list[list[str]]]:
    """Return each CSV file's rows, header first, one row per record, as text cells."""
    tables = {name: [list(columns)] for name, columns in CSV_COLUMNS.items()}
    for person in people:
        who = _typed_cell(person["name"])
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
                    _typed_cell(session["note"]),
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
                    _typed_cell(result["note"]),
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
        "" if band is None else _typed_cell(band),
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


def _typed_cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


# Matching people


def name_key(name: str) -> str:
    """Return a name as compared between people: ignoring case and repeated spaces."""
    return " ".join(name.split()).casefold()


def person_key(name: str, birth_year: int) -> tuple[str, int]:
    """Return what makes two records the same trainee: the name ignoring case, and birth year."""
    return name_key(name), birth_year


def distinct_name(name: str, taken: Iterable[str]) -> str:
    """Return the name with the lowest free number added, e.g. "Anna (2)", within the limit."""
    used = {name_key(other) for other in taken}
    number = 2
    while True:
        suffix = f" ({number})"
        candidate = name[: MAX_NAME_LENGTH - len(suffix)].rstrip() + suffix
        if name_key(candidate) not in used:
            return candidate
        number += 1


# Reading


def read_document(data: bytes, current_year: int) -> tuple[PersonData, ...]:
    """Return the people of an export file's bytes, checked and cleaned; or raise ImportRefused."""
    try:
        # A byte order mark is allowed: some editors add one when a file is saved.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportRefused("unreadable", f"not UTF-8 at byte {error.start}") from None
    try:
        document = json.loads(text, parse_constant=_refuse_constant)
    except (ValueError, RecursionError) as error:
        # ValueError covers JSONDecodeError, NaN and Infinity, and integers too long to read.
        raise ImportRefused("not_json", str(error)[:200]) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ImportRefused("foreign", "format")
    version = document.get("version")
    if type(version) is not int or version < 1:
        raise ImportRefused("damaged", "version")
    if version > VERSION:
        raise ImportRefused("newer_version", f"version {version}")
    if "app_version" in document and not isinstance(document["app_version"], str):
        raise ImportRefused("damaged", "app_version")
    people = document.get("people")
    if not isinstance(people, list):
        raise ImportRefused("damaged", "people")
    if not people:
        raise ImportRefused("empty", "people")
    checker = _Checker(current_year)
    return tuple(checker.person(item, f"people[{index}]") for index, item in enumerate(people))


def _refuse_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not a JSON number")


def _damaged(path: str) -> NoReturn:
    raise ImportRefused("damaged", path)


def _values(kind: type[enum.StrEnum]) -> frozenset[str]:
    return frozenset(member.value for member in kind)


_SEXES = _values(Sex)
_COLOURS = _values(BandColour)
_EQUIPMENT = _values(EquipmentKind)
_SESSION_STATUSES = _values(SessionStatus)
_SKIP_REASONS = _values(SkipReason)
_PAIN_PLACES = _values(PainPlace)
_STOP_SIGNALS = _values(StopSignal)
_JOINT_FEELINGS = _values(JointFeeling)
_ADVICE = _values(Advice)
_REASONS = _values(Reason)
_SUGGESTION_STATUSES = _values(Status)
_DECIDERS = _values(Decider)
_QUESTIONS = frozenset(QUESTIONS)

_Object = Mapping[str, Any]
_Record = TypeVar("_Record")


class _Checker:
    """Reads one document's people; each method checks one kind of record at a path."""

    def __init__(self, current_year: int) -> None:
        self._current_year = current_year

    def person(self, value: object, path: str) -> PersonData:
        item = _object(value, path)
        raw_name = _field(item, "name", path)
        try:
            if not isinstance(raw_name, str) or len(raw_name) > _LONGEST_RAW_NAME:
                raise InputRefused("name_type")
            name = clean_name(raw_name)
        except InputRefused:
            _damaged(f"{path}.name")
        bands = _records(item, "bands", path, _band)
        routines = _records(item, "routines", path, lambda v, p: _routine(v, p, len(bands)))
        sessions = _records(item, "sessions", path, lambda v, p: _session(v, p, len(routines)))
        return {
            "name": name,
            "birth_year": _int(item, "birth_year", path, EARLIEST_BIRTH_YEAR, self._current_year),
            "sex": _choice(item, "sex", path, _SEXES),
            "created_at": _moment(item, "created_at", path),
            "decides_own_loads": _bool(item, "decides_own_loads", path),
            "readiness_checks": _records(item, "readiness_checks", path, _readiness),
            "dumbbells_kg": _dumbbells(item, path),
            "bands": bands,
            "routines": routines,
            "sessions": sessions,
            "checkins": _records(
                item, "checkins", path, lambda v, p: _checkin(v, p, len(sessions))
            ),
            "suggestions": _records(
                item, "suggestions", path, lambda v, p: _suggestion(v, p, len(sessions), len(bands))
            ),
            "events": _records(item, "events", path, _event),
            "tests": _records(item, "tests", path, _result),
        }


def _readiness(value: object, path: str) -> ReadinessData:
    item = _object(value, path)
    answers = _list(item, "yes_answers", path)
    for index, answer in enumerate(answers):
        if not isinstance(answer, str) or answer not in _QUESTIONS:
            _damaged(f"{path}.yes_answers[{index}]")
    return {
        "answered_at": _moment(item, "answered_at", path),
        "yes_answers": answers,
        "confirmed_at": _optional_moment(item, "confirmed_at", path),
    }


def _dumbbells(item: _Object, path: str) -> list[float]:
    weights = _list(item, "dumbbells_kg", path)
    kept: list[float] = []
    for index, weight in enumerate(weights):
        kg = _as_number(weight, LIGHTEST_DUMBBELL_KG, HEAVIEST_DUMBBELL_KG)
        # The database holds each weight once per person.
        if kg is None or kg in kept:
            _damaged(f"{path}.dumbbells_kg[{index}]")
        kept.append(kg)
    return kept


def _band(value: object, path: str) -> BandData:
    item = _object(value, path)
    return {
        "position": _int(item, "position", path, 0, MAX_POSITION),
        "colour": _choice(item, "colour", path, _COLOURS),
        "label": _text(item, "label", path, MAX_LABEL_LENGTH),
        "force_kgf": _optional_number(item, "force_kgf", path, 0.0, MAX_BAND_FORCE_KGF),
        "can_double": _bool(item, "can_double", path),
    }


def _routine(value: object, path: str, band_count: int) -> RoutineData:
    item = _object(value, path)
    weekdays = _list(item, "weekdays", path)
    for index, day in enumerate(weekdays):
        if type(day) is not int or not 0 <= day <= 6 or day in weekdays[:index]:
            _damaged(f"{path}.weekdays[{index}]")
    if not weekdays:  # the app plans one to three days; a plan without a day counts none
        _damaged(f"{path}.weekdays")
    return {
        "created_at": _moment(item, "created_at", path),
        "active": _bool(item, "active", path),
        "weekdays": weekdays,
        "note": _note(item, "note", path),
        "exercises": _records(
            item, "exercises", path, lambda v, p: _routine_item(v, p, band_count)
        ),
    }


def _routine_item(value: object, path: str, band_count: int) -> RoutineItemData:
    item = _object(value, path)
    rep_min = _int(item, "rep_min", path, 0, MAX_REPS)
    return {
        "exercise_id": _exercise_id(item, path),
        "equipment": _choice(item, "equipment", path, _EQUIPMENT),
        "sets": _int(item, "sets", path, 1, MAX_SETS),
        "rep_min": rep_min,
        "rep_max": _int(item, "rep_max", path, rep_min, MAX_REPS),
        "rest_seconds": _int(item, "rest_seconds", path, 0, MAX_REST_SECONDS),
        "load_kg": _optional_number(item, "load_kg", path, 0.0, HEAVIEST_DUMBBELL_KG),
        "band": _index(item, "band", path, band_count),
        "band_doubled": _bool(item, "band_doubled", path),
        "slow_tempo": _bool(item, "slow_tempo", path),
        "extra_set": _bool(item, "extra_set", path),
        "paused": _bool(item, "paused", path),
    }


def _session(value: object, path: str, routine_count: int) -> SessionData:
    item = _object(value, path)
    return {
        "routine": _index(item, "routine", path, routine_count),
        "started_at": _moment(item, "started_at", path),
        "finished_at": _optional_moment(item, "finished_at", path),
        "status": _choice(item, "status", path, _SESSION_STATUSES),
        "note": _note(item, "note", path),
        "warmup_done_at": _optional_moment(item, "warmup_done_at", path),
        "cooldown_done_at": _optional_moment(item, "cooldown_done_at", path),
        "sets": _records(item, "sets", path, _set),
        "skips": _records(item, "skips", path, _skip),
    }


def _set(value: object, path: str) -> SetData:
    item = _object(value, path)
    signals = _list(item, "stop_signals", path)
    for index, signal in enumerate(signals):
        if not isinstance(signal, str) or signal not in _STOP_SIGNALS:
            _damaged(f"{path}.stop_signals[{index}]")
    return {
        "position": _optional_int(item, "position", path, 0, MAX_POSITION),
        "exercise_id": _exercise_id(item, path),
        "set_number": _int(item, "set_number", path, 1, MAX_POSITION),
        "equipment": _choice(item, "equipment", path, _EQUIPMENT),
        "load_kg": _optional_number(item, "load_kg", path, 0.0, HEAVIEST_DUMBBELL_KG),
        "band_colour": _optional_choice(item, "band_colour", path, _COLOURS),
        "band_label": _optional_text(item, "band_label", path, MAX_LABEL_LENGTH),
        "band_doubled": _bool(item, "band_doubled", path),
        "reps": _int(item, "reps", path, 0, MAX_REPS),
        "reached_failure": _bool(item, "reached_failure", path),
        "effort": _optional_int(item, "effort", path, 0, MAX_SCALE),
        "pain": _optional_int(item, "pain", path, 0, MAX_SCALE),
        "pain_location": _optional_choice(item, "pain_location", path, _PAIN_PLACES),
        "stop_signals": signals,
        "recorded_at": _moment(item, "recorded_at", path),
        "undone_at": _optional_moment(item, "undone_at", path),
    }


def _skip(value: object, path: str) -> SkipData:
    item = _object(value, path)
    return {
        "position": _int(item, "position", path, 0, MAX_POSITION),
        "exercise_id": _exercise_id(item, path),
        "reason": _choice(item, "reason", path, _SKIP_REASONS),
        "recorded_at": _moment(item, "recorded_at", path),
    }


def _checkin(value: object, path: str, session_count: int) -> CheckinData:
    item = _object(value, path)
    return {
        "session": _index(item, "session", path, session_count),
        "answered_at": _moment(item, "answered_at", path),
        "joints": _choice(item, "joints", path, _JOINT_FEELINGS),
        "long_morning_stiffness": _bool(item, "long_morning_stiffness", path),
    }


def _suggestion(value: object, path: str, session_count: int, band_count: int) -> SuggestionData:
    item = _object(value, path)
    current, current_band = _dose(item, "current", path, band_count)
    proposed, proposed_band = _dose(item, "proposed", path, band_count)
    chosen: str | None = None
    chosen_band: int | None = None
    if _field(item, "chosen", path) is None:
        if _field(item, "chosen_band", path) is not None:
            _damaged(f"{path}.chosen_band")
    else:
        chosen, chosen_band = _dose(item, "chosen", path, band_count)
    return {
        "session": _index(item, "session", path, session_count),
        "position": _int(item, "position", path, 0, MAX_POSITION),
        "exercise_id": _exercise_id(item, path),
        "created_at": _moment(item, "created_at", path),
        "advice": _choice(item, "advice", path, _ADVICE),
        "reason": _choice(item, "reason", path, _REASONS),
        "see_gp": _bool(item, "see_gp", path),
        "retest": _bool(item, "retest", path),
        "current": current,
        "current_band": current_band,
        "proposed": proposed,
        "proposed_band": proposed_band,
        "applied": _bool(item, "applied", path),
        "status": _choice(item, "status", path, _SUGGESTION_STATUSES),
        "chosen": chosen,
        "chosen_band": chosen_band,
        "decided_at": _optional_moment(item, "decided_at", path),
        "decided_by": _optional_choice(item, "decided_by", path, _DECIDERS),
    }


def _dose(item: _Object, key: str, path: str, band_count: int) -> tuple[str, int | None]:
    """Check a dose kept as JSON text (the app's own format) and the band it refers to."""
    text = _field(item, key, path)
    where = f"{path}.{key}"
    if not isinstance(text, str):
        _damaged(where)
    try:
        dose = json.loads(text, parse_constant=_refuse_constant)
    except (ValueError, RecursionError):
        _damaged(where)
    dose = _object(dose, where)
    _exercise_id(dose, where)
    _choice(dose, "kind", where, _EQUIPMENT)
    _optional_number(dose, "kg", where, 0.0, HEAVIEST_DUMBBELL_KG)
    band = _field(dose, "band", where)
    if band is not None:
        band_item = _object(band, f"{where}.band")
        _band(band_item, f"{where}.band")
        _optional_int(band_item, "id", f"{where}.band", 0, 2**63 - 1)
    _bool(dose, "doubled", where)
    _int(dose, "sets", where, 1, MAX_SETS)
    rep_min = _int(dose, "rep_min", where, 0, MAX_REPS)
    _int(dose, "rep_max", where, rep_min, MAX_REPS)
    _int(dose, "rest_seconds", where, 0, MAX_REST_SECONDS)
    _bool(dose, "slow_tempo", where)
    _bool(dose, "extra_set", where)
    if "paused" in dose:  # written by newer versions of the app only
        _bool(dose, "paused", where)
    band_index = _index(item, f"{key}_band", path, band_count)
    if band_index is not None and band is None:
        _damaged(f"{path}.{key}_band")
    return text, band_index


def _event(value: object, path: str) -> EventData:
    item = _object(value, path)
    kind = _text(item, "kind", path, MAX_EVENT_KIND_LENGTH)
    if _EVENT_KIND.fullmatch(kind) is None:
        _damaged(f"{path}.kind")
    return {"kind": kind, "happened_at": _moment(item, "happened_at", path)}


def _result(value: object, path: str) -> ResultData:
    item = _object(value, path)
    test_id = _choice(item, "test_id", path, frozenset(TESTS_BY_ID))
    highest = TESTS_BY_ID[test_id].highest
    return {
        "test_id": test_id,
        "value": _number(item, "value", path, 0.0, highest),
        "taken_at": _moment(item, "taken_at", path),
        "note": _note(item, "note", path),
        "used_arms": _bool(item, "used_arms", path),
    }


# Field readers: each returns the checked value of ``item[key]`` or refuses at its path.


def _object(value: object, path: str) -> _Object:
    if not isinstance(value, dict):
        _damaged(path)
    return value


def _field(item: _Object, key: str, path: str) -> object:
    try:
        return item[key]
    except KeyError:
        _damaged(f"{path}.{key}")


def _list(item: _Object, key: str, path: str) -> list[Any]:
    value = _field(item, key, path)
    if not isinstance(value, list):
        _damaged(f"{path}.{key}")
    return value


def _records(
    item: _Object, key: str, path: str, check: Callable[[object, str], _Record]
) -> list[_Record]:
    return [
        check(value, f"{path}.{key}[{index}]") for index, value in enumerate(_list(item, key, path))
    ]


def _bool(item: _Object, key: str, path: str) -> bool:
    value = _field(item, key, path)
    if not isinstance(value, bool):
        _damaged(f"{path}.{key}")
    return value


def _int(item: _Object, key: str, path: str, low: int, high: int) -> int:
    value = _field(item, key, path)
    # bool is an int in Python, but true is no count in JSON.
    if type(value) is not int or not low <= value <= high:
        _damaged(f"{path}.{key}")
    return value


def _optional_int(item: _Object, key: str, path: str, low: int, high: int) -> int | None:
    return None if _field(item, key, path) is None else _int(item, key, path, low, high)


def _index(item: _Object, key: str, path: str, count: int) -> int | None:
    return _optional_int(item, key, path, 0, count - 1)


def _as_number(value: object, low: float, high: float) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) and low <= number <= high else None


def _number(item: _Object, key: str, path: str, low: float, high: float) -> float:
    number = _as_number(_field(item, key, path), low, high)
    if number is None:
        _damaged(f"{path}.{key}")
    return number


def _optional_number(item: _Object, key: str, path: str, low: float, high: float) -> float | None:
    return None if _field(item, key, path) is None else _number(item, key, path, low, high)


def _encodable(text: str) -> bool:
    # A lone surrogate (possible through a JSON escape) cannot be stored as UTF-8.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _one_line(text: str) -> bool:
    # The same rule as for typed labels: no control, format or unassigned characters.
    # isprintable() is the quick common case; it also refuses spaces such as U+00A0.
    return text.isprintable() or not any(
        unicodedata.category(character).startswith("C") for character in text
    )


def _text(item: _Object, key: str, path: str, longest: int, *, empty: bool = True) -> str:
    value = _field(item, key, path)
    if (
        not isinstance(value, str)
        or len(value) > longest
        or (not empty and not value)
        or not _one_line(value)
    ):
        _damaged(f"{path}.{key}")
    return value


def _optional_text(item: _Object, key: str, path: str, longest: int) -> str | None:
    return None if _field(item, key, path) is None else _text(item, key, path, longest)


def _note(item: _Object, key: str, path: str) -> str:
    value = _field(item, key, path)
    if (
        not isinstance(value, str)
        or len(value) > MAX_NOTE_LENGTH
        or _NOTE_CONTROL.search(value) is not None
        or not _encodable(value)
    ):
        _damaged(f"{path}.{key}")
    return value


def _exercise_id(item: _Object, path: str) -> str:
    return _text(item, "exercise_id", path, MAX_EXERCISE_ID_LENGTH, empty=False)


def _choice(item: _Object, key: str, path: str, allowed: frozenset[str]) -> str:
    value = _field(item, key, path)
    if not isinstance(value, str) or value not in allowed:
        _damaged(f"{path}.{key}")
    return value


def _optional_choice(item: _Object, key: str, path: str, allowed: frozenset[str]) -> str | None:
    return None if _field(item, key, path) is None else _choice(item, key, path, allowed)


def _moment(item: _Object, key: str, path: str) -> datetime:
    value = _field(item, key, path)
    if not isinstance(value, str):
        _damaged(f"{path}.{key}")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        _damaged(f"{path}.{key}")
    # The app keeps local wall-clock times; a zone would be silently wrong after storing.
    if moment.tzinfo is not None:
        _damaged(f"{path}.{key}")
    return moment


def _optional_moment(item: _Object, key: str, path: str) -> datetime | None:
    return None if _field(item, key, path) is None else _moment(item, key, path)
