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
    parse_birth_year,
    parse_kg,
)

# Typed text: any Unicode, including control characters, surrogates excluded by Hypothesis.
TYPED = st.text(max_size=60)
PARSERS: dict[str, Callable[[str], object]] = {
    "name": clean_name,
    "band label": clean_band_label,
    "birth year": lambda text: parse_birth_year(text, 2026),
    "weight": parse_kg,
    "PIN": clean_pin,
    **{f"test {test.id}": (lambda text, t=test.id: parse_value(t, text)) for test in TESTS},
}


@pytest.mark.parametrize("parser", PARSERS.values(), ids=PARSERS.keys())
@settings(max_examples=150, deadline=None)
@given(text=TYPED)
def test_typed_text_is_accepted_or_refused_with_a_code(
    parser: Callable[[str], object], text: str
) -> None:
    """Any text gives a value or an InputRefused with a code the UI can put in words."""
    try:
        parser(text)
    except InputRefused as refused:
        assert refused.code and refused.code.replace("_", "").isalpha()


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
