"""Reading an export file: its bytes to the people it holds, checked and cleaned."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import BinaryIO

from sterkblijven.domain.exchange import fields, lines
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
from sterkblijven.domain.exchange.writer import Watch
from sterkblijven.domain.model import new_person_uuid


def read_document(
    data: bytes,
    current_year: int,
    new_uuid: Callable[[], str] = new_person_uuid,
    watch: Watch | None = None,
) -> tuple[PersonData, ...]:
    """Return the people of an export file's bytes, checked and cleaned; or raise ImportRefused.

    People of a version 1 file, which has no UUIDs, each get one from ``new_uuid``. ``watch``
    hears how far the text is read (characters of all) and may stop it between two people
    (Cancelled).
    """
    return tuple(iter_document(data, current_year, new_uuid, watch))


def iter_document(
    data: bytes,
    current_year: int,
    new_uuid: Callable[[], str] = new_person_uuid,
    watch: Watch | None = None,
) -> Iterator[PersonData]:
    """Yield the people of an export file's bytes one by one, checked and cleaned.

    As read_document, but each person is handed out as soon as checked and then let go: the
    file is never held in memory as records all at once. A refusal may come after some people
    were yielded (the count, a person twice): use them only once the iteration ended.
    """
    watch = watch or Watch(0, None, None)
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
        if error.reason != "unexpected end of data":
            raise ImportRefused("unreadable", f"not UTF-8 at byte {error.start}") from None
        # Cut off inside a letter of more than one byte: read up to it, to tell it is cut off.
        text = data[: error.start].decode("utf-8-sig")
    del data  # each copy of a large file held longer than needed is memory taken from the rest
    watch.total = len(text)
    try:
        document, items = _parts(text, one_at_a_time=True)
    except _NotAsWritten:
        # A document laid out otherwise than the app writes it (people before the version,
        # something after them): read whole, as it always was.
        document, items = _parts(text, one_at_a_time=False)
    version = _version(document)
    if items is None:
        people = document.get("people")
        if not isinstance(people, list):
            raise ImportRefused("damaged", "people")
        if len(people) > MAX_PEOPLE:
            raise ImportRefused("too_large", f"{len(people)} people")
        items = _whole(people, len(text))
    yield from _checked(items, len(text), current_year, version, new_uuid, watch)


def iter_file(
    file: BinaryIO,
    size: int,
    current_year: int,
    new_uuid: Callable[[], str] = new_person_uuid,
    watch: Watch | None = None,
) -> Iterator[PersonData]:
    """Yield the people of an open file in the writer's layout, read from disk as used.

    As iter_document, but the file is never held whole: each person's lists of records are
    read again from the file each time they are gone through, so the file must stay open and
    each person be used before the next is asked for. ``size`` is the file's length, which
    ``watch`` hears progress against. Raises NotAsWritten, possibly after some people, for
    any other layout or a file cut short: read that one with iter_document, which tells what
    is wrong with it.
    """
    watch = watch or Watch(0, None, None)
    watch.total = size
    document, empty = lines.read_header(file)
    version = _version(document)
    yield from _checked(
        lines.read_people(file, empty), size, current_year, version, new_uuid, watch
    )


# How far into a file its format is named: the writer puts it on the first lines.
_FORMAT_WITHIN = 300
_JSON_WORDS = ("true", "false", "null")
_PART_OF_A_NUMBER = re.compile(r"-?[0-9]*\.?[0-9]*(?:[eE][+-]?[0-9]*)?")


def no_json(error: ValueError | RecursionError) -> ImportRefused:
    """Return the refusal of text that is no JSON: "cut_short" for the app's own file cut off.

    A file saved when the disk filled up, or copied from a stick pulled out too soon, starts as
    the app's export and stops in the middle: it is the right file, only incomplete.
    """
    if isinstance(error, json.JSONDecodeError):
        text = error.doc
        rest = text[error.pos :].rstrip()
        # Cut off: the text ends where more was expected, in a text that never closes, or in
        # the middle of a word of JSON (tru, nul) or of a number (-, 1.).
        stops_early = not rest or (
            "\n" not in rest
            and (
                error.msg.startswith("Unterminated string")
                or any(word.startswith(rest) for word in _JSON_WORDS)
                or _PART_OF_A_NUMBER.fullmatch(rest) is not None
            )
        )
        if stops_early and f'"format": "{FORMAT}"' in text[:_FORMAT_WITHIN]:
            return ImportRefused("cut_short", f"ends at character {len(text)}")
    return ImportRefused("not_json", str(error)[:200])


class _NotAsWritten(Exception):
    """The document is not laid out as the app writes it: read it whole instead."""


_DECODER = json.JSONDecoder(parse_constant=fields.refuse_constant)
_SPACE = re.compile(r"[ \t\n\r]*")


def _parts(
    text: str, *, one_at_a_time: bool
) -> tuple[dict[str, object], Iterator[tuple[object, int]] | None]:
    """Return the document's members, and its people one at a time where it can."""
    try:
        if one_at_a_time:
            return _members_then_people(text)
        document = json.loads(text, parse_constant=fields.refuse_constant)
    except (ValueError, RecursionError) as error:
        # ValueError covers JSONDecodeError, NaN and Infinity, and integers too long to read.
        raise no_json(error) from None
    if not isinstance(document, dict):
        raise ImportRefused("foreign", "format")
    return document, None


def _version(document: dict[str, object]) -> int:
    if document.get("format") != FORMAT:
        raise ImportRefused("foreign", "format")
    version = document.get("version")
    if type(version) is not int or version < 1:
        raise ImportRefused("damaged", "version")
    if version > VERSION:
        raise ImportRefused("newer_version", f"version {version}")
    if "app_version" in document and not isinstance(document["app_version"], str):
        raise ImportRefused("damaged", "app_version")
    return version


def _checked(
    items: Iterator[tuple[object, int]],
    length: int,
    current_year: int,
    version: int,
    new_uuid: Callable[[], str],
    watch: Watch,
) -> Iterator[PersonData]:
    """Yield each person checked; refuse as when the whole list was checked at once.

    Too many people outweighs a damaged one, as when the whole list was counted first: after
    a refusal or past the limit the rest is only counted, no longer checked. Then come a person
    twice, and a record twice within a person.
    """
    count = 0
    refusal: ImportRefused | None = None
    twice: ImportRefused | None = None
    record_twice: ImportRefused | None = None
    first: dict[str, int] = {}
    while True:
        watch.check()
        try:
            found = next(items, None)
        except (ValueError, RecursionError) as error:
            raise no_json(error) from None
        if found is None:
            break
        item, read_up_to = found
        index = count
        count += 1
        if refusal is None and count <= MAX_PEOPLE:
            try:
                person = check_person(item, f"people[{index}]", current_year, version, new_uuid)
                # Goes through every record: lists read from disk are checked here.
                own_twice = _record_twice(person, index)
            except ImportRefused as refused:
                refusal = refused
                _read_through(item)
            else:
                earlier = first.setdefault(person["uuid"], index)
                if earlier != index and twice is None:
                    twice = ImportRefused(
                        "same_person_twice", f"people[{index}].uuid, as people[{earlier}]"
                    )
                record_twice = record_twice or own_twice
                if refusal is None and twice is None and record_twice is None:
                    yield person
                del person
        else:
            _read_through(item)
        del item, found  # let go of the file's copy as soon as the checked one is out
        watch.done(read_up_to)
    if count > MAX_PEOPLE:
        raise ImportRefused("too_large", f"{count} people")
    for problem in (refusal, None if count else ImportRefused("empty", "people")):
        if problem is not None:
            raise problem
    for problem in (twice, record_twice):
        if problem is not None:
            raise problem
    watch.done(length)


def _read_through(item: object) -> None:
    """Read every list of a person read from disk that is no longer checked, to its end.

    A file that is no JSON further on is refused as such, as when it was read whole.
    """
    if isinstance(item, dict):
        for value in item.values():
            if isinstance(value, fields.LazyArray):
                for _ in value:
                    pass


def _whole(people: list[object], length: int) -> Iterator[tuple[object, int]]:
    for index, item in enumerate(people):
        people[index] = None  # let each go once it is checked
        yield item, length * (index + 1) // len(people)


def _members_then_people(text: str) -> tuple[dict[str, object], Iterator[tuple[object, int]]]:
    """Return the members before "people", and the people parsed one at a time as asked.

    The app writes format, version and app_version first and people last: the people are
    then read one by one, each let go once checked, instead of the whole tree at once.
    Raises _NotAsWritten for another layout, ValueError for text that is not JSON.
    """
    members: dict[str, object] = {}
    position = _skip(text, 0)
    if not text.startswith("{", position):
        raise _NotAsWritten
    position = _skip(text, position + 1)
    while True:
        key, position = _DECODER.raw_decode(text, position)
        position = _skip(text, position)
        if not isinstance(key, str) or key in members or not text.startswith(":", position):
            raise _NotAsWritten
        position = _skip(text, position + 1)
        if key == "people":
            if "version" not in members or not text.startswith("[", position):
                raise _NotAsWritten
            return members, _items(text, position + 1)
        members[key], position = _DECODER.raw_decode(text, position)
        position = _skip(text, position)
        if not text.startswith(",", position):
            raise _NotAsWritten
        position = _skip(text, position + 1)


def _items(text: str, position: int) -> Iterator[tuple[object, int]]:
    position = _skip(text, position)
    if text.startswith("]", position):
        position = _skip(text, position + 1)
    else:
        while True:
            item, position = _DECODER.raw_decode(text, position)
            position = _skip(text, position)
            yield item, position
            if text.startswith(",", position):
                position = _skip(text, position + 1)
                continue
            if not text.startswith("]", position):
                raise json.JSONDecodeError("Expecting ',' delimiter", text, position)
            position = _skip(text, position + 1)
            break
    if not text.startswith("}", position):
        raise json.JSONDecodeError("Expecting '}'", text, position)
    if _skip(text, position + 1) != len(text):
        raise json.JSONDecodeError("Extra data", text, position + 1)


def _skip(text: str, position: int) -> int:
    found = _SPACE.match(text, position)
    return position if found is None else found.end()


def _record_twice(person: PersonData, index: int) -> ImportRefused | None:
    """Return why a person with two records of one UUID is refused; None if each is once.

    Two records of one UUID would be one record elsewhere. Two people in a file may share
    records (one written as a copy of the other): the copy's records are stored under new
    UUIDs, as those of a person kept twice are.
    """
    seen: set[str] = set()
    for kind, record_uuid in record_uuids(person):
        if record_uuid in seen:
            return ImportRefused("damaged", f"people[{index}].{kind}: uuid {record_uuid} twice")
        seen.add(record_uuid)
    return None


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
