"""Reading an export file: its bytes to the people it holds, checked and cleaned."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence

from sterkblijven.domain.exchange import fields
from sterkblijven.domain.exchange.records import check_person
from sterkblijven.domain.exchange.schema import (
    FORMAT,
    MAX_FILE_BYTES,
    MAX_PEOPLE,
    MAX_VALUES,
    VERSION,
    ImportRefused,
    PersonData,
)
from sterkblijven.domain.model import new_person_uuid


def read_document(
    data: bytes, current_year: int, new_uuid: Callable[[], str] = new_person_uuid
) -> tuple[PersonData, ...]:
    """Return the people of an export file's bytes, checked and cleaned; or raise ImportRefused.

    People of a version 1 file, which has no UUIDs, each get one from ``new_uuid``.
    """
    if len(data) > MAX_FILE_BYTES:
        raise ImportRefused("too_large", f"{len(data)} bytes")
    # At most one value per comma and per opened list or object, and the outer one: counted in
    # the bytes, so that a file packed with millions of tiny values is never parsed.
    values = 1 + data.count(b",") + data.count(b"[") + data.count(b"{")
    if values > MAX_VALUES:
        raise ImportRefused("too_large", f"up to {values} values")
    try:
        # A byte order mark is allowed: some editors add one when a file is saved.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportRefused("unreadable", f"not UTF-8 at byte {error.start}") from None
    del data  # each copy of a large file held longer than needed is memory taken from the rest
    try:
        document = json.loads(text, parse_constant=fields.refuse_constant)
    except (ValueError, RecursionError) as error:
        # ValueError covers JSONDecodeError, NaN and Infinity, and integers too long to read.
        raise ImportRefused("not_json", str(error)[:200]) from None
    del text
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
    if len(people) > MAX_PEOPLE:
        raise ImportRefused("too_large", f"{len(people)} people")
    checked = []
    for index, item in enumerate(people):
        checked.append(check_person(item, f"people[{index}]", current_year, version, new_uuid))
        people[index] = None  # the checked copy replaces it: the file is not held twice
    _refuse_anyone_twice(checked)
    _refuse_any_record_twice(checked)
    return tuple(checked)


def _refuse_anyone_twice(people: Sequence[PersonData]) -> None:
    """Refuse two records of one person: which of the two to keep is not the file's to say."""
    first: dict[str, int] = {}
    for index, person in enumerate(people):
        earlier = first.setdefault(person["uuid"], index)
        if earlier != index:
            raise ImportRefused("same_person_twice", f"people[{index}].uuid, as people[{earlier}]")


def _refuse_any_record_twice(people: Sequence[PersonData]) -> None:
    """Refuse a person with two records of one UUID: they would be one record elsewhere.

    Two people in a file may share records (one written as a copy of the other): the copy's
    records are stored under new UUIDs, as those of a person kept twice are.
    """
    for index, person in enumerate(people):
        seen: set[str] = set()
        for kind, record_uuid in record_uuids(person):
            if record_uuid in seen:
                raise ImportRefused("damaged", f"people[{index}].{kind}: uuid {record_uuid} twice")
            seen.add(record_uuid)


def record_uuids(person: PersonData) -> Iterator[tuple[str, str]]:
    """Yield the kind and UUID of each of the person's records (sets and skips included)."""
    groups: dict[str, Sequence[Mapping[str, object]]] = {
        "readiness_checks": person["readiness_checks"],
        "routines": person["routines"],
        "checkins": person["checkins"],
        "suggestions": person["suggestions"],
        "events": person["events"],
        "tests": person["tests"],
        "hospital_stays": person.get("hospital_stays", []),
        "precautions": person.get("precautions", []),
    }
    for kind, group in groups.items():
        for record in group:
            yield kind, str(record["uuid"])
    for session in person["sessions"]:
        yield "sessions", session["uuid"]
        for entry in session["sets"]:
            yield "sets", entry["uuid"]
        for skip in session["skips"]:
            yield "skips", skip["uuid"]
