"""Matching people: who in a file is already here, and a name that tells two apart."""

from __future__ import annotations

from collections.abc import Iterable

from sterkblijven.domain.validation import MAX_NAME_LENGTH


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
