"""Reading an export file in the writer's own layout from disk, with memory flat in its size.

The app writes the document one record a line (see writer.py): the members before "people"
each on a line of two spaces, each person between a line "    {" and a line "    }", each of
their members on a line of six spaces, and each record of a list on a line of eight. JSON
escapes every line break inside a text, so these lines are the document's own. A person is
read line by line: their few small members at once, and the lists that grow with the years
(sessions with their sets, check-ins, suggestions, events, tests) only as they are used, each
time again from the file, one record at a time. Anything else (another indent, two records on
a line, a file cut short) raises NotAsWritten: the caller then reads the file whole, as any
other layout is read, and that reading says what is wrong with it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from sterkblijven.domain.exchange import fields
from sterkblijven.domain.exchange.schema import VERSION

# Read from disk at a time when a list's records are read again.
_CHUNK = 1 << 16
# The members before "people" are short; a longer line is no file this app wrote.
_LONGEST_HEADER_LINE = 4096
# Lists read again from the file when used, never held: those that grow with the history.
LAZY_KEYS = frozenset({"sessions", "checkins", "suggestions", "events", "tests"})

_DECODER = json.JSONDecoder(parse_constant=fields.refuse_constant)
_PERSON_START = b"    {\n"
_PERSON_ENDS = (b"    }\n", b"    },\n")
_MEMBER = b"      "
_RECORD = b"        "
_LIST_ENDS = (b"      ]\n", b"      ],\n")
_PEOPLE_ENDS = (b"  ]\n", b"]\n")


class NotAsWritten(Exception):
    """The file is not laid out as this app writes it: read it whole instead."""


class PlaceReader:
    """Reads a file at any place through a handle of its own, leaving the other's place alone.

    (``os.pread`` would do this too, but Windows lacks it.)
    """

    def __init__(self, file: BinaryIO) -> None:
        self._handle = open(file.name, "rb")  # noqa: SIM115  (closed by close())

    def read(self, position: int, size: int) -> bytes:
        """Return up to ``size`` bytes from ``position``."""
        self._handle.seek(position)
        return self._handle.read(size)

    def close(self) -> None:
        """Let go of the handle."""
        self._handle.close()


class LazyRecords(fields.LazyArray):
    """A list of records in the file, read again from disk each time it is gone through."""

    def __init__(self, places: PlaceReader | None, start: int, end: int, count: int) -> None:
        self._places = places
        self._start = start
        self._end = end
        self._count = count

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[object]:
        # Read through a handle of its own: the reading that goes on after this person keeps
        # its place.
        position = self._start
        rest = b""
        found = 0
        while position < self._end:
            assert self._places is not None  # an empty list has nothing to read
            chunk = self._places.read(position, min(_CHUNK, self._end - position))
            if not chunk:
                raise NotAsWritten  # cut short since it was read a moment ago
            position += len(chunk)
            lines = (rest + chunk).split(b"\n")
            rest = lines.pop()
            for line in lines:
                found += 1
                yield _record(line)
        if rest or found != self._count:
            raise NotAsWritten


def _record(line: bytes) -> object:
    if not line.startswith(_RECORD):
        raise NotAsWritten
    text = _text(line)
    try:
        value, end = _DECODER.raw_decode(text, len(_RECORD))
    except (ValueError, RecursionError):
        raise NotAsWritten from None
    if text[end:] not in ("", ","):
        raise NotAsWritten  # two values on a line, or spaces the writer does not write
    return value


def _text(line: bytes) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        raise NotAsWritten from None


def _value(text: str, start: int) -> tuple[object, str]:
    """Return the JSON value at ``start`` and what follows it on the line."""
    try:
        value, end = _DECODER.raw_decode(text, start)
    except (ValueError, RecursionError):
        raise NotAsWritten from None
    return value, text[end:]


def read_header(file: BinaryIO) -> tuple[dict[str, object], bool]:
    """Return the members before "people" and whether it is empty; the file then past them.

    Only a document of this version, as the writer lays it out, is read here.
    """
    if file.readline(_LONGEST_HEADER_LINE) not in (b"{\n", b"\xef\xbb\xbf{\n"):
        raise NotAsWritten
    members: dict[str, object] = {}
    while True:
        line = file.readline(_LONGEST_HEADER_LINE)
        if not line.startswith(b"  ") or not line.endswith(b"\n"):
            raise NotAsWritten
        key, after = _value(_text(line[:-1]), 2)
        if not isinstance(key, str) or key in members or not after.startswith(": "):
            raise NotAsWritten
        if key == "people":
            break
        members[key], after = _value(after, 2)
        if after != ",":
            raise NotAsWritten
    if members.get("version") != VERSION or after not in (": [", ": []"):
        raise NotAsWritten
    return members, after == ": []"


def read_people(file: BinaryIO, empty: bool) -> Iterator[tuple[dict[str, object], int]]:
    """Yield each person with how far the file is read; the file just past the header.

    ``empty`` says the header ended in an empty list. The lists in LAZY_KEYS are LazyRecords,
    to be gone through before the next person is asked for, while the file is open.
    """
    places = PlaceReader(file)
    try:
        position = file.tell()
        last = empty
        while not last:
            line = file.readline()
            position += len(line)
            if line != _PERSON_START:
                raise NotAsWritten
            person, position, last = _person(file, places, position)
            yield person, position
            del person
        if not empty and file.readline() != b"  ]\n":
            raise NotAsWritten
        if file.read(3) != b"}\n":
            raise NotAsWritten
    finally:
        places.close()


def _person(
    file: BinaryIO, places: PlaceReader, position: int
) -> tuple[dict[str, object], int, bool]:
    """Read one person's members up to their closing line; return them, where, and if last."""
    person: dict[str, object] = {}
    more = True  # the line before ended in a comma: another member follows
    while True:
        line = file.readline()
        position += len(line)
        if line in _PERSON_ENDS:
            if more or not person:
                raise NotAsWritten
            return person, position, line == _PERSON_ENDS[0]
        if not more or not line.startswith(_MEMBER) or not line.endswith(b"\n"):
            raise NotAsWritten
        key, after = _value(_text(line[:-1]), len(_MEMBER))
        if not isinstance(key, str) or key in person or not after.startswith(": "):
            raise NotAsWritten
        if after != ": [":
            value, rest = _value(after, 2)
            if rest not in ("", ","):
                raise NotAsWritten
            more = rest == ","
            if value == [] and key in LAZY_KEYS:
                value = LazyRecords(None, 0, 0, 0)
            person[key] = value
            continue
        start = position
        count = 0
        comma = True
        while True:
            line = file.readline()
            if line in _LIST_ENDS:
                break
            position += len(line)
            if not comma or not line.startswith(_RECORD) or not line.endswith(b"\n"):
                raise NotAsWritten
            comma = line.endswith(b",\n")
            count += 1
        if comma or not count:
            raise NotAsWritten
        if key in LAZY_KEYS:
            person[key] = LazyRecords(places, start, position, count)
        else:
            # Small lists are read at once; they are in the file in the order they are read.
            person[key] = list(LazyRecords(places, start, position, count))
        position += len(line)
        more = line == _LIST_ENDS[1]
