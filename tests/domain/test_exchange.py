"""The export document's rules that need no database: names, matching, checking and CSV cells."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sterkblijven.domain.exchange.matching import distinct_name, name_key, person_key
from sterkblijven.domain.exchange.reader import read_document
from sterkblijven.domain.exchange.schema import FORMAT, ImportRefused, PersonData
from sterkblijven.domain.exchange.writer import csv_tables, encode_document
from sterkblijven.domain.validation import MAX_NAME_LENGTH

YEAR = 2026
MOMENT = datetime(2026, 3, 2, 9, 15)


def person(**changes: Any) -> PersonData:
    """Return a person with one session of one set, changed as given."""
    record: PersonData = {
        "name": "Riet",
        "birth_year": 1941,
        "sex": "female",
        "created_at": MOMENT,
        "decides_own_loads": False,
        "readiness_checks": [],
        "dumbbells_kg": [1.0],
        "bands": [],
        "routines": [],
        "sessions": [
            {
                "routine": None,
                "started_at": MOMENT,
                "finished_at": None,
                "status": "in_progress",
                "note": "=1+1",
                "warmup_done_at": None,
                "cooldown_done_at": None,
                "sets": [
                    {
                        "position": 0,
                        "exercise_id": "sit_to_stand",
                        "set_number": 1,
                        "equipment": "bodyweight",
                        "load_kg": None,
                        "band_colour": None,
                        "band_label": None,
                        "band_doubled": False,
                        "reps": 12,
                        "reached_failure": True,
                        "effort": 8,
                        "pain": 0,
                        "pain_location": None,
                        "stop_signals": [],
                        "recorded_at": MOMENT,
                        "undone_at": None,
                    }
                ],
                "skips": [],
            }
        ],
        "checkins": [],
        "suggestions": [],
        "events": [],
        "tests": [],
    }
    record.update(changes)  # type: ignore[typeddict-item]
    return record


def encoded(*people: PersonData) -> bytes:
    """Return the document of these people as file bytes."""
    return encode_document(people, "0.1.0").encode("utf-8")


def test_a_written_document_reads_back_as_the_same_records() -> None:
    """Encoding then reading gives the records written, datetimes included."""
    assert read_document(encoded(person()), YEAR) == (person(),)


def test_a_document_is_plain_sorted_text_with_a_final_newline() -> None:
    """The same records always give the same text, with indexes and ISO times."""
    text = encode_document([person()], "0.1.0")
    assert text == encode_document([person()], "0.1.0")
    assert text.endswith("\n") and '"started_at": "2026-03-02T09:15:00"' in text
    assert json.loads(text)["format"] == FORMAT


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"\xff\xfe\x00", "unreadable"),
        (b"", "not_json"),
        (b'{"format": Infinity}', "not_json"),
        (b"[" * 100_000, "not_json"),
        (b'{"a": ' + b"9" * 5_000 + b"}", "not_json"),
        (b"null", "foreign"),
        (b'{"format": "sterkblijven-export", "version": 0}', "damaged"),
        (b'{"format": "sterkblijven-export", "version": 1.0}', "damaged"),
        (b'{"format": "sterkblijven-export", "version": 7}', "newer_version"),
        (b'{"format": "sterkblijven-export", "version": 1, "app_version": 1}', "damaged"),
        (b'{"format": "sterkblijven-export", "version": 1, "people": []}', "empty"),
    ],
)
def test_unusable_bytes_are_refused_with_a_code(data: bytes, code: str) -> None:
    """Bytes that are no UTF-8, no JSON, not ours, too new or empty each have their code."""
    with pytest.raises(ImportRefused) as refused:
        read_document(data, YEAR)
    assert refused.value.code == code


def test_names_are_cleaned_and_controls_refused() -> None:
    """A name is cleaned as when typed; one with a control character names its path."""
    (read,) = read_document(encoded(person(name="  Riet \t de  Wit ")), YEAR)
    assert read["name"] == "Riet de Wit"
    with pytest.raises(ImportRefused) as refused:
        read_document(encoded(person(), person(name="Ri\x07et")), YEAR)
    assert refused.value.detail == "people[1].name"


def test_a_note_keeps_line_breaks_but_no_other_control_characters() -> None:
    """Notes may hold several lines; a bell or NUL character in one is damage."""
    sessions = person()["sessions"]
    sessions[0]["note"] = "Eerste regel\r\nTweede\tregel"
    assert read_document(encoded(person(sessions=sessions)), YEAR)[0]["sessions"] == sessions
    sessions[0]["note"] = "stil\x00"
    with pytest.raises(ImportRefused) as refused:
        read_document(encoded(person(sessions=sessions)), YEAR)
    assert refused.value.detail == "people[0].sessions[0].note"


def test_the_same_trainee_is_the_same_name_in_any_case_and_the_same_birth_year() -> None:
    """Matching ignores letter case and repeated spaces, never the birth year."""
    assert person_key("Änne  de Vries", 1944) == person_key("ÄNNE DE VRIES", 1944)
    assert person_key("Anna", 1944) != person_key("Anna", 1945)


def test_a_second_person_gets_the_lowest_free_number() -> None:
    """Keeping both names the newcomer "Anna (2)", or "(3)" when that is taken too."""
    assert distinct_name("Anna", ["Anna"]) == "Anna (2)"
    assert distinct_name("Anna", ["anna", "ANNA (2)"]) == "Anna (3)"


CLEAN_NAMES = st.from_regex(r"[Aab]([ab ]{0,38}[ab])?", fullmatch=True).filter(
    lambda name: "  " not in name
)


@given(CLEAN_NAMES, st.integers(0, 30))
def test_a_numbered_name_fits_the_limit_and_is_free(name: str, taken_count: int) -> None:
    """However long the name and however many are taken, the result is free and short enough."""
    taken = [name] + [f"{name} ({number})" for number in range(2, taken_count + 2)]
    numbered = distinct_name(name, taken)
    assert len(numbered) <= MAX_NAME_LENGTH and numbered == " ".join(numbered.split())
    assert name_key(numbered) not in {name_key(other) for other in taken}


def test_csv_text_that_a_spreadsheet_would_run_is_quoted() -> None:
    """A note starting with "=" gets a leading quote so a spreadsheet shows it as text."""
    tables = csv_tables([person()])
    assert tables["sessions.csv"][1][-1] == "'=1+1"
    assert tables["sets.csv"][1][5:8] == ["", "", "false"]


@given(st.binary(max_size=200))
def test_any_bytes_give_records_or_a_refusal(data: bytes) -> None:
    """Reading never fails with anything but ImportRefused."""
    try:
        read_document(data, YEAR)
    except ImportRefused as refused:
        assert refused.code in {"unreadable", "not_json", "foreign", "damaged", "empty"}
