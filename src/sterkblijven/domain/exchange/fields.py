"""Field checks of an imported file: each returns the checked value of ``item[key]``.

A value that is missing, of the wrong type or out of range refuses the whole file with
ImportRefused("damaged"), naming the path of the field, such as ``people[0].sessions[3].note``.
"""

from __future__ import annotations

import math
import uuid
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Mapping
from datetime import date, datetime
from typing import Any, Generic, NoReturn, TypeVar, cast

from sterkblijven.domain.exchange.schema import MAX_FILE_NOTE_LENGTH, ImportRefused
from sterkblijven.domain.validation import clean_note, is_exercise_id, one_line

JsonObject = Mapping[str, Any]
_LONGEST_UUID_TEXT = 45  # "urn:uuid:" and 36 characters
_Record = TypeVar("_Record")


def damaged(path: str) -> NoReturn:
    """Refuse the file because of the field at ``path``."""
    raise ImportRefused("damaged", path)


def refuse_constant(name: str) -> NoReturn:
    """Refuse NaN and Infinity while parsing JSON: they are no JSON numbers."""
    raise ValueError(f"{name} is not a JSON number")


def as_object(value: object, path: str) -> JsonObject:
    """Return the value as a JSON object."""
    if not isinstance(value, dict):
        damaged(path)
    return value


def field(item: JsonObject, key: str, path: str) -> object:
    """Return the value at ``key``, which must be present (null counts as present)."""
    try:
        return item[key]
    except KeyError:
        damaged(f"{path}.{key}")


def array(item: JsonObject, key: str, path: str) -> list[Any]:
    """Return the JSON array at ``key``; its items are not checked."""
    value = field(item, key, path)
    if not isinstance(value, list):
        damaged(f"{path}.{key}")
    return value


class LazyArray(ABC):
    """A JSON array in a file that is read from disk each time it is gone through."""

    @abstractmethod
    def __len__(self) -> int: ...

    @abstractmethod
    def __iter__(self) -> Iterator[object]: ...


class CheckedRecords(Generic[_Record]):
    """A LazyArray's records, each checked as it is read: years of them are never all held.

    Only len and iteration are offered, which is all a checked person's readers use.
    """

    def __init__(
        self, array: LazyArray, check: Callable[[object, str], _Record], path: str
    ) -> None:
        self._array = array
        self._check = check
        self._path = path

    def __len__(self) -> int:
        return len(self._array)

    def __iter__(self) -> Iterator[_Record]:
        for index, value in enumerate(self._array):
            yield self._check(value, f"{self._path}[{index}]")


def records(
    item: JsonObject, key: str, path: str, check: Callable[[object, str], _Record]
) -> list[_Record]:
    """Return the array at ``key`` with each item checked by ``check`` at its own path.

    A LazyArray gives CheckedRecords, checked only as they are gone through.
    """
    value = field(item, key, path)
    if isinstance(value, LazyArray):
        # Typed as the list it stands for: its readers only count it and go through it.
        return cast(list[_Record], CheckedRecords(value, check, f"{path}.{key}"))
    return [
        check(value, f"{path}.{key}[{index}]") for index, value in enumerate(array(item, key, path))
    ]


def boolean(item: JsonObject, key: str, path: str) -> bool:
    """Return the true or false at ``key``."""
    value = field(item, key, path)
    if not isinstance(value, bool):
        damaged(f"{path}.{key}")
    return value


def integer(item: JsonObject, key: str, path: str, low: int, high: int) -> int:
    """Return the whole number at ``key``, from ``low`` to ``high``."""
    value = field(item, key, path)
    # bool is an int in Python, but true is no count in JSON.
    if type(value) is not int or not low <= value <= high:
        damaged(f"{path}.{key}")
    return value


def optional_integer(item: JsonObject, key: str, path: str, low: int, high: int) -> int | None:
    """Return the whole number at ``key`` from ``low`` to ``high``, or None for null."""
    return None if field(item, key, path) is None else integer(item, key, path, low, high)


def index(item: JsonObject, key: str, path: str, count: int) -> int | None:
    """Return an index into a list of ``count`` records, or None for null."""
    return optional_integer(item, key, path, 0, count - 1)


def as_number(value: object, low: float, high: float) -> float | None:
    """Return a finite JSON number from ``low`` to ``high`` as a float; None for anything else."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) and low <= number <= high else None


def number(item: JsonObject, key: str, path: str, low: float, high: float) -> float:
    """Return the number at ``key``, from ``low`` to ``high``."""
    value = as_number(field(item, key, path), low, high)
    if value is None:
        damaged(f"{path}.{key}")
    return value


def optional_number(item: JsonObject, key: str, path: str, low: float, high: float) -> float | None:
    """Return the number at ``key`` from ``low`` to ``high``, or None for null."""
    return None if field(item, key, path) is None else number(item, key, path, low, high)


def text(item: JsonObject, key: str, path: str, longest: int, *, empty: bool = True) -> str:
    """Return the one-line text at ``key``, at most ``longest`` characters."""
    value = field(item, key, path)
    if (
        not isinstance(value, str)
        or len(value) > longest
        or (not empty and not value)
        or not one_line(value)
    ):
        damaged(f"{path}.{key}")
    return value


def optional_text(item: JsonObject, key: str, path: str, longest: int) -> str | None:
    """Return the one-line text at ``key``, or None for null."""
    return None if field(item, key, path) is None else text(item, key, path, longest)


def note(item: JsonObject, key: str, path: str) -> str:
    """Return the note at ``key`` cleaned as a typed note is: line breaks and tabs kept.

    Control characters are taken out rather than refused: files written before notes were
    cleaned when typed may hold them, and one pasted escape should not refuse everyone's data.
    """
    value = field(item, key, path)
    if not isinstance(value, str) or len(value) > MAX_FILE_NOTE_LENGTH:
        damaged(f"{path}.{key}")
    return clean_note(value, MAX_FILE_NOTE_LENGTH)


def exercise_id(item: JsonObject, path: str) -> str:
    """Return the exercise id of a record, in the catalogue's own alphabet (``sit_to_stand``)."""
    value = field(item, "exercise_id", path)
    if not isinstance(value, str) or not is_exercise_id(value):
        damaged(f"{path}.exercise_id")
    return value


def person_id(item: JsonObject, path: str) -> str:
    """Return the person's stable id: a UUID, written in its usual lower-case form."""
    value = field(item, "uuid", path)
    # The length check keeps uuid.UUID from reading anything long; its other forms (braces,
    # "urn:uuid:", upper case) are accepted and written in the one form the app writes.
    if not isinstance(value, str) or len(value) > _LONGEST_UUID_TEXT:
        damaged(f"{path}.uuid")
    try:
        return str(uuid.UUID(value))
    except ValueError:
        damaged(f"{path}.uuid")


def record_id(item: JsonObject, path: str) -> str:
    """Return a record's stable id, checked and written as a person's is."""
    return person_id(item, path)


def choice(item: JsonObject, key: str, path: str, allowed: frozenset[str]) -> str:
    """Return the text at ``key``, which must be one of ``allowed``."""
    value = field(item, key, path)
    if not isinstance(value, str) or value not in allowed:
        damaged(f"{path}.{key}")
    return value


def optional_choice(item: JsonObject, key: str, path: str, allowed: frozenset[str]) -> str | None:
    """Return the text at ``key`` from ``allowed``, or None for null."""
    return None if field(item, key, path) is None else choice(item, key, path, allowed)


def moment(item: JsonObject, key: str, path: str) -> datetime:
    """Return the ISO 8601 date and time at ``key``, which must have no time zone."""
    value = field(item, key, path)
    if not isinstance(value, str):
        damaged(f"{path}.{key}")
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        damaged(f"{path}.{key}")
    # The app keeps local wall-clock times; a zone would be silently wrong after storing.
    if when.tzinfo is not None:
        damaged(f"{path}.{key}")
    return when


def optional_moment(item: JsonObject, key: str, path: str) -> datetime | None:
    """Return the date and time at ``key``, or None for null."""
    return None if field(item, key, path) is None else moment(item, key, path)


def day(item: JsonObject, key: str, path: str) -> date:
    """Return the ISO 8601 date (such as "2026-03-02") at ``key``."""
    value = field(item, key, path)
    if not isinstance(value, str) or len(value) != len("2026-03-02"):
        damaged(f"{path}.{key}")
    try:
        return date.fromisoformat(value)
    except ValueError:
        damaged(f"{path}.{key}")


def optional_day(item: JsonObject, key: str, path: str) -> date | None:
    """Return the date at ``key``, or None for null."""
    return None if field(item, key, path) is None else day(item, key, path)
