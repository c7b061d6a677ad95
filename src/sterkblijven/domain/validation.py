"""Checks for what people type; each refusal is a code the UI turns into plain words.

One text rule holds for everything stored, whether typed, pasted or read from a file: a name
or a band's name with a control character is refused (it was typed, so it can be typed again),
while a note has its control characters taken out (a note is often pasted, and a backspace or
an escape pasted with it is invisible). What is stored is then always what an export holds and
an import accepts.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Sequence

from sterkblijven.domain.model import Band, BandColour, Equipment

MAX_NAME_LENGTH = 40
OLDEST_AGE = 110
YOUNGEST_AGE = 18
LIGHTEST_DUMBBELL_KG = 0.25
HEAVIEST_DUMBBELL_KG = 50.0
MAX_LABEL_LENGTH = 30
MAX_NOTE_LENGTH = 300  # a note typed in the app; a file may hold longer (MAX_FILE_NOTE_LENGTH)
FORCE_RANGE = (0.1, 50.0)  # a band's pull at 100 % stretch, kgf
MAX_EXERCISE_ID_LENGTH = 40
# An exercise's id in the catalogue: lower-case ASCII letters, digits and "_", such as
# "sit_to_stand". Nothing else is an exercise, and nothing of it starts a spreadsheet formula.
EXERCISE_ID = re.compile(r"[a-z][a-z0-9_]*", flags=re.ASCII)
_YEAR_DIGITS = 4

# Characters that end a line in pasted text, made "\n": Windows' "\r\n", old Mac text's "\r",
# Word's line break within a paragraph (a vertical tab), form feeds, the information separators
# and NEL, which Python's own splitlines() also takes as line ends, and Unicode's separators.
_LINE_ENDS = re.compile("\r\n|[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# Then every other control character (C0, DEL and C1) goes, except the tab and the line break,
# and so do halves of a UTF-16 pair (they cannot be stored as UTF-8).
_UNSTORABLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


class InputRefused(ValueError):
    """Input that cannot be accepted; ``code`` names why, ``limits`` gives the bounds.

    ``at`` is the place of the item refused in the list it was given in (a band, a dumbbell),
    where there was a list: an import names the field by it.
    """

    def __init__(
        self, code: str, limits: tuple[int | float, ...] = (), *, at: int | None = None
    ) -> None:
        super().__init__(code)
        self.code = code
        self.limits = limits
        self.at = at


def clean_name(text: str) -> str:
    """Return a person's name without surrounding or repeated spaces, or refuse it."""
    return _clean_label(text, MAX_NAME_LENGTH, "name")


def clean_band_label(text: str) -> str:
    """Return a band's own name, or refuse it."""
    return _clean_label(text, MAX_LABEL_LENGTH, "band_label")


def one_line(text: str) -> bool:
    """Return True for text that may be stored as a name or label: no control characters.

    Neither control, format, private-use nor unassigned characters (Unicode's category C),
    nor separators other than the plain space.
    """
    # isprintable() is the quick common case; it also refuses spaces such as U+00A0.
    return text.isprintable() or not any(
        unicodedata.category(character).startswith("C") for character in text
    )


def _clean_label(text: str, longest: int, what: str) -> str:
    cleaned = " ".join(text.split())
    if not cleaned:
        raise InputRefused(f"{what}_empty")
    if len(cleaned) > longest:
        raise InputRefused(f"{what}_too_long", (longest,))
    if not one_line(cleaned):
        raise InputRefused(f"{what}_bad_characters")
    return cleaned


def clean_note(text: str, longest: int = MAX_NOTE_LENGTH, *, single_line: bool = False) -> str:
    """Return a note as stored, or refuse it when longer than ``longest`` once cleaned.

    Line ends become line breaks and other control characters are taken out, then surrounding space
    goes; a ``single_line`` note has every run of spaces and line ends made one space. Cleaning
    a cleaned note changes nothing, so a note read back from an export stays as it was.
    """
    kept = _UNSTORABLE.sub("", _LINE_ENDS.sub("\n", text))
    cleaned = " ".join(kept.split()) if single_line else kept.strip()
    if len(cleaned) > longest:
        raise InputRefused("note_too_long", (longest,))
    return cleaned


def is_exercise_id(text: str) -> bool:
    """Return True for text written as an exercise's id: its own alphabet, not too long."""
    return len(text) <= MAX_EXERCISE_ID_LENGTH and EXERCISE_ID.fullmatch(text) is not None


def birth_year_range(current_year: int) -> tuple[int, int]:
    """Return the earliest and latest birth year the app accepts this year."""
    return current_year - OLDEST_AGE, current_year - YOUNGEST_AGE


def parse_birth_year(text: str, current_year: int) -> int:
    """Return the birth year typed as text, or refuse it."""
    earliest, latest = birth_year_range(current_year)
    stripped = text.strip()
    if not stripped.isdecimal() or not stripped.isascii():
        raise InputRefused("year_not_a_number", (earliest, latest))
    # Python refuses to read an integer of thousands of digits (leading zeros count too); no
    # year needs more than four.
    digits = stripped.lstrip("0") or "0"
    if len(digits) > _YEAR_DIGITS:
        raise InputRefused("year_out_of_range", (earliest, latest))
    year = int(digits)
    if not earliest <= year <= latest:
        raise InputRefused("year_out_of_range", (earliest, latest))
    return year


def check_birth_month(month: int | None) -> int | None:
    """Return a birth month (1-12), or None for someone who gives only the year; else refuse."""
    if month is None:
        return None
    if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
        raise InputRefused("month_out_of_range", (1, 12))
    return month


def check_kg(kg: float) -> float:
    """Return a dumbbell weight given as a number, or refuse one no dumbbell can have."""
    if isinstance(kg, bool) or not isinstance(kg, int | float):
        raise InputRefused("kg_not_a_number", (LIGHTEST_DUMBBELL_KG, HEAVIEST_DUMBBELL_KG))
    if not LIGHTEST_DUMBBELL_KG <= kg <= HEAVIEST_DUMBBELL_KG:  # also refuses nan and inf
        raise InputRefused("kg_out_of_range", (LIGHTEST_DUMBBELL_KG, HEAVIEST_DUMBBELL_KG))
    return float(kg)


def parse_kg(text: str) -> float:
    """Return a dumbbell weight typed as text (comma or point), rounded to 0.25 kg, or refuse it."""
    stripped = text.strip().lower().removesuffix("kg").strip().replace(",", ".")
    try:
        value = float(stripped)
    except ValueError:
        raise InputRefused(
            "kg_not_a_number", (LIGHTEST_DUMBBELL_KG, HEAVIEST_DUMBBELL_KG)
        ) from None
    if not LIGHTEST_DUMBBELL_KG <= value <= HEAVIEST_DUMBBELL_KG:  # also refuses nan and inf
        raise InputRefused("kg_out_of_range", (LIGHTEST_DUMBBELL_KG, HEAVIEST_DUMBBELL_KG))
    return round(value * 4) / 4


def check_equipment(dumbbells_kg: Sequence[float], bands: Sequence[Band]) -> Equipment:
    """Return dumbbells (lightest first) and bands (numbered in the order given), or refuse them.

    The first run, the carer's equipment page and an import store equipment through this one
    check. A refusal's ``at`` is the place of the dumbbell or band refused in the list given.
    """
    weights: set[float] = set()
    for index, kg in enumerate(dumbbells_kg):
        # Written so that NaN, which compares false with everything, is refused too.
        if not LIGHTEST_DUMBBELL_KG <= kg <= HEAVIEST_DUMBBELL_KG:
            raise InputRefused(
                "kg_out_of_range", (LIGHTEST_DUMBBELL_KG, HEAVIEST_DUMBBELL_KG), at=index
            )
        if kg in weights:
            raise InputRefused("dumbbell_twice", at=index)
        weights.add(kg)
    checked = []
    seen: set[tuple[BandColour, str]] = set()
    for position, band in enumerate(bands):
        try:
            label = clean_band_label(band.label) if band.colour is BandColour.OTHER else ""
        except InputRefused as refused:
            raise InputRefused(refused.code, refused.limits, at=position) from None
        key = (band.colour, label.casefold())
        if key in seen:
            raise InputRefused("band_twice", at=position)
        seen.add(key)
        force = band.force_kgf
        if force is not None and not FORCE_RANGE[0] <= force <= FORCE_RANGE[1]:
            raise InputRefused("force_out_of_range", FORCE_RANGE, at=position)
        checked.append(dataclasses.replace(band, position=position, label=label))
    return Equipment(tuple(sorted(dumbbells_kg)), tuple(checked))
