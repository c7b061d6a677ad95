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
RIET = "0d9c3b52-93cf-4f3e-a1f3-5a8e1fbd3c27"
OTHER = "6a1f2e0b-5c3d-4e8f-9a7b-1c2d3e4f5a6b"


def person(**changes: Any) -> PersonData:
    """Return a person with one session of one set, changed as given."""
    record: PersonData = {
        "uuid": RIET,
        "name": "Riet",
        "birth_year": 1941,
        "birth_month": None,
        "sex": "female",
        "created_at": MOMENT,
        "decides_own_loads": False,
        "readiness_checks": [],
        "dumbbells_kg": [1.0],
        "bands": [],
        "routines": [],
        "sessions": [
            {
                "uuid": "3c6e1f0a-7b2d-4c8e-9f10-2a3b4c5d6e7f",
                "routine": None,
                "started_at": MOMENT,
                "finished_at": None,
                "status": "in_progress",
                "note": "=1+1",
                "warmup_done_at": None,
                "cooldown_done_at": None,
                "from_paper": False,
                "sets": [
                    {
                        "uuid": "8d7c6b5a-4f3e-4d2c-8b1a-0f9e8d7c6b5a",
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
        read_document(encoded(person(), person(name="Ri\x07et", uuid=OTHER)), YEAR)
    assert refused.value.detail == "people[1].name"


def test_a_note_keeps_line_breaks_and_loses_other_control_characters() -> None:
    """Notes may hold several lines; a bell, NUL or escape in one is taken out, as when typed."""
    sessions = person()["sessions"]
    sessions[0]["note"] = "Eerste regel\nTweede\tregel"
    assert read_document(encoded(person(sessions=sessions)), YEAR)[0]["sessions"] == sessions
    sessions[0]["note"] = "stil\x00\x07 en\x1b[0m\r\nmoe\x0b"
    (read,) = read_document(encoded(person(sessions=sessions)), YEAR)
    assert read["sessions"][0]["note"] == "stil en[0m\nmoe"


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
    header, row = tables["sessions.csv"][:2]
    assert row[header.index("note")] == "'=1+1"
    assert tables["sets.csv"][1][5:8] == ["", "", "false"]


# What a spreadsheet runs as a formula when a cell starts with it (OWASP's list, and a line break).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
ODD_TEXT = st.sampled_from(
    ['=HYPERLINK("http://x","y")', "+1", "-1", "@SUM(A1)", "\t=1"]
) | st.text(max_size=12)


@given(ODD_TEXT, ODD_TEXT, ODD_TEXT, ODD_TEXT)
def test_no_csv_cell_starts_as_a_formula_whatever_its_column(
    first: str, second: str, third: str, fourth: str
) -> None:
    """Every text cell, exercise ids and codes too, is shown as text by a spreadsheet."""
    record = person(name=first)
    session = record["sessions"][0]
    session.update(status=second, note=third)
    entry = session["sets"][0]
    entry.update(
        exercise_id=first,
        equipment=second,
        band_label=third,
        pain_location=fourth,
        stop_signals=[fourth, first],
    )
    record["tests"] = [
        {
            "test_id": second,
            "value": 1.0,
            "taken_at": MOMENT,
            "note": fourth,
            "used_arms": False,
            "dumbbell_kg": None,
        }
    ]
    record["checkins"] = [
        {
            "session": 0,
            "answered_at": MOMENT,
            "joints": third,
            "long_morning_stiffness": False,
            "places": [fourth, first],
            "night_pain": False,
        }
    ]
    for name, rows in csv_tables([record]).items():
        for row in rows[1:]:
            live = [cell for cell in row if cell.startswith(FORMULA_STARTS)]
            assert live == [], name


@given(st.binary(max_size=200))
def test_any_bytes_give_records_or_a_refusal(data: bytes) -> None:
    """Reading never fails with anything but ImportRefused."""
    try:
        read_document(data, YEAR)
    except ImportRefused as refused:
        assert refused.code in {"unreadable", "not_json", "foreign", "damaged", "empty"}
