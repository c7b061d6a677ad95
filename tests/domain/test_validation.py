"""What people type: accepted when sensible, refused with a code otherwise."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sterkblijven.domain.bands import renumber, theraband_ladder
from sterkblijven.domain.model import Band, BandColour
from sterkblijven.domain.preferences import Preferences
from sterkblijven.domain.validation import (
    InputRefused,
    check_equipment,
    clean_band_label,
    clean_name,
    clean_note,
    parse_birth_year,
    parse_kg,
)


@pytest.mark.parametrize(
    ("pasted", "stored", "single"),
    [
        ("Knie\x0bsparen", "Knie\nsparen", "Knie sparen"),
        ("rood\x1b[31m\x08 en\x7f\x9b moe", "rood[31m en moe", "rood[31m en moe"),
        ("  eerste\r\ntweede\rderde\u2028vierde\t ", "eerste\ntweede\nderde\nvierde", None),
        ("stil\x00\ud800", "stil", "stil"),
        ("\x08\x0b\x0c\x1b", "", ""),
    ],
)
def test_pasted_notes_lose_their_control_characters(
    pasted: str, stored: str, single: str | None
) -> None:
    """Line ends become line breaks (or spaces on one line); other control characters go."""
    assert clean_note(pasted) == stored
    if single is not None:
        assert clean_note(pasted, single_line=True) == single


def test_a_note_too_long_once_cleaned_is_refused() -> None:
    """The length counts the cleaned note: controls taken out do not count."""
    assert clean_note("x" * 300 + "\x08" * 50) == "x" * 300
    with pytest.raises(InputRefused) as caught:
        clean_note("x" * 301)
    assert (caught.value.code, caught.value.limits) == ("note_too_long", (300,))
    assert clean_note("x" * 400, 400) == "x" * 400


@given(st.text(max_size=80), st.booleans())
def test_a_cleaned_note_is_clean_and_stays_as_it_is(text: str, single: bool) -> None:
    """No control character but tab and line break is left, and cleaning again changes nothing."""
    cleaned = clean_note(text, 10_000, single_line=single)
    assert clean_note(cleaned, 10_000, single_line=single) == cleaned
    assert clean_note(cleaned, 10_000) == cleaned  # as the importer reads a note
    controls = [c for c in cleaned if unicodedata.category(c) in ("Cc", "Cs") and c not in "\n\t"]
    assert controls == []
    assert not single or ("\n" not in cleaned and "\t" not in cleaned)


def test_a_birth_year_with_leading_zeros_is_still_the_year() -> None:
    """Zeros typed before a year do not count, however many."""
    assert parse_birth_year("0" * 5_000 + "1948", 2026) == 1948


def test_names_are_tidied() -> None:
    """Surrounding and repeated spaces go; the name itself stays as typed."""
    assert clean_name("  Riet   van  Dam ") == "Riet van Dam"
    assert clean_band_label(" paars ") == "paars"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "name_empty"),
        ("   ", "name_empty"),
        ("x" * 41, "name_too_long"),
        ("a\x00b", "name_bad_characters"),
        ("Riet\x1b[31m", "name_bad_characters"),
        ("Riet\x08", "name_bad_characters"),
    ],
)
def test_bad_names_are_refused(text: str, code: str) -> None:
    """Empty, overlong and control-character names are refused with a code."""
    with pytest.raises(InputRefused) as caught:
        clean_name(text)
    assert caught.value.code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("19x8", "year_not_a_number"),
        ("", "year_not_a_number"),
        ("１９４８", "year_not_a_number"),
        ("1915", "year_out_of_range"),
        ("2009", "year_out_of_range"),
        ("9" * 5_000, "year_out_of_range"),
        ("0" * 5_000, "year_out_of_range"),
    ],
)
def test_bad_birth_years_are_refused(text: str, code: str) -> None:
    """Birth years must be digits between 110 and 18 years ago."""
    with pytest.raises(InputRefused) as caught:
        parse_birth_year(text, 2026)
    assert caught.value.code == code
    assert caught.value.limits == (1916, 2008)


def test_birth_year_edges_are_accepted() -> None:
    """The oldest and youngest accepted birth years pass."""
    assert parse_birth_year(" 1916 ", 2026) == 1916
    assert parse_birth_year("2008", 2026) == 2008


@pytest.mark.parametrize(
    ("text", "kg"), [("2,5", 2.5), ("2.5 kg", 2.5), ("3KG", 3.0), ("1,3", 1.25), ("0.25", 0.25)]
)
def test_weights_accept_comma_and_unit(text: str, kg: float) -> None:
    """A Dutch comma, a point and a trailing 'kg' all work; weights round to 0.25 kg."""
    assert parse_kg(text) == kg


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("zwaar", "kg_not_a_number"),
        ("0", "kg_out_of_range"),
        ("51", "kg_out_of_range"),
        ("nan", "kg_out_of_range"),
        ("inf", "kg_out_of_range"),
    ],
)
def test_bad_weights_are_refused(text: str, code: str) -> None:
    """Words, zero, too heavy and not-a-number are refused."""
    with pytest.raises(InputRefused) as caught:
        parse_kg(text)
    assert caught.value.code == code


@given(st.text(max_size=30))
def test_any_typed_text_is_accepted_or_refused_cleanly(text: str) -> None:
    """No typed text crashes a parser: it gives a value or an InputRefused."""
    for parse in (clean_name, clean_band_label, lambda t: parse_birth_year(t, 2026), parse_kg):
        try:
            parse(text)
        except InputRefused as refused:
            assert refused.code


def test_theraband_ladder_and_renumbering() -> None:
    """Thera-Band's order runs tan to gold with rising force; renumbering follows list order."""
    ladder = theraband_ladder()
    assert [b.colour for b in ladder][:3] == [BandColour.TAN, BandColour.YELLOW, BandColour.RED]
    forces = [b.force_kgf or 0 for b in ladder]
    assert forces == sorted(forces)
    swapped = renumber([ladder[1], ladder[0]])
    assert [(b.colour, b.position) for b in swapped] == [
        (BandColour.YELLOW, 0),
        (BandColour.TAN, 1),
    ]


@pytest.mark.parametrize(
    ("dumbbells", "bands", "code", "at"),
    [
        ((1.0, 0.0), (), "kg_out_of_range", 1),
        ((1.0, 2.0, 1.0), (), "dumbbell_twice", 2),
        (
            (),
            (Band(BandColour.RED, 0), Band(BandColour.OTHER, 1, label=" ")),
            "band_label_empty",
            1,
        ),
        ((), (Band(BandColour.RED, 0, force_kgf=80.0),), "force_out_of_range", 0),
        (
            (),
            (
                Band(BandColour.OTHER, 0, label="Paars"),
                Band(BandColour.RED, 1),
                Band(BandColour.OTHER, 2, label="  PAARS "),
            ),
            "band_twice",
            2,
        ),
    ],
)
def test_refused_equipment_names_the_item_refused(
    dumbbells: tuple[float, ...], bands: tuple[Band, ...], code: str, at: int
) -> None:
    """A refused dumbbell or band is named by its place in the list given, for an import to show."""
    with pytest.raises(InputRefused) as refused:
        check_equipment(dumbbells, bands)
    assert (refused.value.code, refused.value.at) == (code, at)


def test_preferences_read_leniently() -> None:
    """Unreadable stored preferences fall back to defaults instead of failing."""
    stored = Preferences("en", 150, True, 3).to_settings()
    assert Preferences.from_settings(stored) == Preferences("en", 150, True, 3)
    odd = {"language": "fr", "text_scale": "99", "high_contrast": "yes", "current_trainee_id": "x"}
    assert Preferences.from_settings(odd) == Preferences()
