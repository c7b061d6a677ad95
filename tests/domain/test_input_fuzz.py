"""Every parser of what a person types, or a file holds, refuses in words or answers: no crash."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sterkblijven.domain.backups import parse_backup_name
from sterkblijven.domain.fitness import TESTS, parse_value
from sterkblijven.domain.pin import clean_pin, pin_matches
from sterkblijven.domain.preferences import Preferences
from sterkblijven.domain.validation import (
    InputRefused,
    clean_band_label,
    clean_name,
    clean_note,
    parse_birth_year,
    parse_kg,
)

# Typed text: any Unicode, including control characters, surrogates excluded by Hypothesis.
TYPED = st.text(max_size=60)
# Pasted text: long runs of digits (Python refuses to read integers of over 4300 digits), numbers
# in other notations, and long text with spaces and signs around.
NUMERIC = st.text(alphabet="0123456789", min_size=1, max_size=12) | st.builds(
    lambda digits, times: digits * times,
    st.text("0123456789", min_size=1, max_size=3),
    st.integers(1, 3_000),
)
PASTED = (
    TYPED
    | NUMERIC
    | st.builds(
        lambda a, b, c: a + b + c, st.sampled_from(["", " ", "-", "+", "0x"]), NUMERIC, TYPED
    )
    | st.sampled_from(["1e400", "-0", "1_000", "nan", "inf", "-inf", "Infinity", "١٩٤٨", "²"])
    | st.text(max_size=5_000)
)
PARSERS: dict[str, Callable[[str], object]] = {
    "name": clean_name,
    "band label": clean_band_label,
    "birth year": lambda text: parse_birth_year(text, 2026),
    "weight": parse_kg,
    "PIN": clean_pin,
    "note": clean_note,
    "one-line note": lambda text: clean_note(text, single_line=True),
    **{f"test {test.id}": (lambda text, t=test.id: parse_value(t, text)) for test in TESTS},
}


@pytest.mark.parametrize("parser", PARSERS.values(), ids=PARSERS.keys())
@settings(max_examples=150, deadline=None)
@given(text=PASTED)
def test_typed_text_is_accepted_or_refused_with_a_code(
    parser: Callable[[str], object], text: str
) -> None:
    """Any text gives a value or an InputRefused with a code the UI can put in words."""
    try:
        parser(text)
    except InputRefused as refused:
        assert refused.code and refused.code.replace("_", "").isalpha()


@pytest.mark.parametrize(
    ("parser", "text"),
    [
        (lambda text: parse_birth_year(text, 2026), "9" * 5_000),
        (lambda text: parse_birth_year(text, 2026), "0" * 4_400 + "1948"),
        (parse_kg, "9" * 5_000),
        (lambda text: parse_value("chair_stand_30s", text), "9" * 5_000),
        (clean_pin, "1" * 5_000),
    ],
    ids=["birth year", "birth year with zeros", "weight", "test result", "PIN"],
)
def test_thousands_of_digits_are_refused_with_a_code(
    parser: Callable[[str], object], text: str
) -> None:
    """A pasted number too long to read is refused in words, never a bare ValueError."""
    try:
        parser(text)
    except InputRefused as refused:
        assert refused.code


@settings(max_examples=200, deadline=None)
@given(stored=st.text(max_size=120), typed=TYPED)
def test_a_damaged_stored_pin_never_matches_and_never_crashes(stored: str, typed: str) -> None:
    """Whatever the stored PIN field holds, checking a typed PIN only says yes or no."""
    assert pin_matches(typed, stored) in (True, False)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.text(max_size=20), st.text(max_size=20), max_size=8))
def test_any_stored_settings_give_usable_preferences(values: dict[str, str]) -> None:
    """Settings read back from the database, however damaged, give valid preferences."""
    preferences = Preferences.from_settings(values)
    assert preferences.language in ("nl", "en")
    assert preferences.text_scale in (100, 125, 150, 200)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_any_file_name_is_a_backup_or_not(name: str) -> None:
    """A backup folder may hold anything; every name is read as a backup or passed over."""
    parsed = parse_backup_name(name)
    assert parsed is None or parsed.name == name
