"""The functional tests' step-by-step instructions in each language, validated on load.

They are shipped as data beside the exercise catalogue, and a broken file is refused the same
way: with a CatalogueError naming the file and the field at fault.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sterkblijven.domain.catalogue import LANGUAGES, CatalogueError
from sterkblijven.domain.fitness import TESTS

_TOP_KEYS = {"id", *LANGUAGES}
_TEXT_KEYS = {"steps"}


@dataclass(frozen=True, slots=True)
class FitnessProtocol:
    """How one functional test is done, step by step, in each language."""

    test_id: str
    steps_by_language: Mapping[str, tuple[str, ...]]

    def steps(self, language: str) -> tuple[str, ...]:
        """Return the steps in the given language, falling back to Dutch."""
        return self.steps_by_language.get(language) or self.steps_by_language["nl"]


@dataclass(frozen=True, slots=True)
class FitnessProtocols:
    """The protocol of every functional test, looked up by test id."""

    by_test: Mapping[str, FitnessProtocol]

    def steps(self, test_id: str, language: str) -> tuple[str, ...]:
        """Return the steps of a test in the given language, in the order they are done."""
        return self.by_test[test_id].steps(language)


def build_protocols(
    folder: str, entries: Iterable[tuple[str, Mapping[str, Any]]]
) -> FitnessProtocols:
    """Validate raw entries (source name, parsed data): exactly one protocol for every test."""
    found: dict[str, FitnessProtocol] = {}
    for source, data in entries:
        protocol = parse_protocol(source, data)
        if protocol.test_id in found:
            raise CatalogueError(source, "id", "appears more than once")
        found[protocol.test_id] = protocol
    for test in TESTS:
        if test.id not in found:
            raise CatalogueError(folder, "(folder)", f"holds no protocol for {test.id}")
    return FitnessProtocols({test.id: found[test.id] for test in TESTS})


def parse_protocol(source: str, data: Mapping[str, Any]) -> FitnessProtocol:
    """Turn one parsed protocol file into a FitnessProtocol, or raise CatalogueError."""
    _check_keys(source, "", data, _TOP_KEYS)
    test_id = _text(source, "id", data["id"])
    known = [test.id for test in TESTS]
    if test_id not in known:
        raise CatalogueError(source, "id", f"{test_id!r} is not one of: {', '.join(known)}")
    steps = {language: _steps(source, language, data[language]) for language in LANGUAGES}
    first = LANGUAGES[0]
    for language in LANGUAGES[1:]:
        # The steps are numbered on screen: a language with one more or less tells another test.
        if len(steps[language]) != len(steps[first]):
            raise CatalogueError(
                source, f"{language}.steps", f"must have as many steps as {first}.steps"
            )
    return FitnessProtocol(test_id, steps)


def _steps(source: str, language: str, data: object) -> tuple[str, ...]:
    if not isinstance(data, Mapping):
        raise CatalogueError(source, language, "must be a table of texts")
    _check_keys(source, language + ".", data, _TEXT_KEYS)
    field = f"{language}.steps"
    items = data["steps"]
    if not isinstance(items, list) or not items:
        raise CatalogueError(source, field, "must be a non-empty list")
    return tuple(_text(source, f"{field}[{index}]", item) for index, item in enumerate(items))


def _check_keys(source: str, prefix: str, data: Mapping[str, Any], required: set[str]) -> None:
    for key in sorted(required - set(data)):
        raise CatalogueError(source, prefix + key, "is missing")
    for key in sorted(set(data) - required):
        raise CatalogueError(source, prefix + key, "is not a known field")


def _text(source: str, field: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise CatalogueError(source, field, "must be a non-empty text")
    return value.strip()
