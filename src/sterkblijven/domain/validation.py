"""Checks for what people type; each refusal is a code the UI turns into plain words."""

from __future__ import annotations

import unicodedata

MAX_NAME_LENGTH = 40
OLDEST_AGE = 110
YOUNGEST_AGE = 18
LIGHTEST_DUMBBELL_KG = 0.25
HEAVIEST_DUMBBELL_KG = 50.0
MAX_LABEL_LENGTH = 30
_KG_LIMITS = (LIGHTEST_DUMBBELL_KG, HEAVIEST_DUMBBELL_KG)


class InputRefused(ValueError):
    """Input that cannot be accepted; ``code`` names why, ``limits`` gives the bounds."""

    def __init__(self, code: str, limits: tuple[int | float, ...] = ()) -> None:
        super().__init__(code)
        self.code = code
        self.limits = limits


def clean_name(text: str) -> str:
    """Return a person's name without surrounding or repeated spaces, or refuse it."""
    return _clean_label(text, MAX_NAME_LENGTH, "name")


def clean_band_label(text: str) -> str:
    """Return a band's own name, or refuse it."""
    return _clean_label(text, MAX_LABEL_LENGTH, "band_label")


def _clean_label(text: str, longest: int, what: str) -> str:
    cleaned = " ".join(text.split())
    if not cleaned:
        raise InputRefused(f"{what}_empty")
    if len(cleaned) > longest:
        raise InputRefused(f"{what}_too_long", (longest,))
    if any(unicodedata.category(ch).startswith("C") for ch in cleaned):
        raise InputRefused(f"{what}_bad_characters")
    return cleaned


def birth_year_range(current_year: int) -> tuple[int, int]:
    """Return the earliest and latest birth year the app accepts this year."""
    return current_year - OLDEST_AGE, current_year - YOUNGEST_AGE


def parse_birth_year(text: str, current_year: int) -> int:
    """Return the birth year typed as text, or refuse it."""
    earliest, latest = birth_year_range(current_year)
    stripped = text.strip()
    if not stripped.isdecimal() or not stripped.isascii():
        raise InputRefused("year_not_a_number", (earliest, latest))
    year = int(stripped)
    if not earliest <= year <= latest:
        raise InputRefused("year_out_of_range", (earliest, latest))
    return year


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
