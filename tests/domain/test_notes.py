"""The carer's note names an exercise only by its whole words."""

from __future__ import annotations

from sterkblijven.domain.notes import note_names


def test_a_name_inside_a_longer_word_is_not_named() -> None:
    """'Brug' is not named by 'brugklas', nor 'Plank' by 'plankje'; the whole word is."""
    assert not note_names("Vraag hoe het op de brugklas gaat.", "Brug")
    assert not note_names("Leg een plankje onder de hiel.", "Plank")
    assert note_names("Bij de brug: billen niet te hoog.", "Brug")
    assert note_names("Brug, maar rustig.", "brug")


def test_spaces_and_accents_in_the_name_are_matched_as_written() -> None:
    """A name of several words is found with other spacing or capitals, and with its accents."""
    assert note_names("Bij OPSTAAN  uit de stoel: stok mee.", "Opstaan uit de stoel")
    assert note_names("Op één been staan: houd de stoel vast.", "Op één been staan")
    assert not note_names("Op een been staan", "Op één been staan (met steun)")
