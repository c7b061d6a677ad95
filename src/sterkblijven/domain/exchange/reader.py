"""Reading an export file: its bytes to the people it holds, checked and cleaned."""

from __future__ import annotations

import json

from sterkblijven.domain.exchange import fields
from sterkblijven.domain.exchange.records import check_person
from sterkblijven.domain.exchange.schema import FORMAT, VERSION, ImportRefused, PersonData


def read_document(data: bytes, current_year: int) -> tuple[PersonData, ...]:
    """Return the people of an export file's bytes, checked and cleaned; or raise ImportRefused."""
    try:
        # A byte order mark is allowed: some editors add one when a file is saved.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportRefused("unreadable", f"not UTF-8 at byte {error.start}") from None
    try:
        document = json.loads(text, parse_constant=fields.refuse_constant)
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
    return tuple(
        check_person(item, f"people[{index}]", current_year) for index, item in enumerate(people)
    )
