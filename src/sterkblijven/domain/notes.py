"""The carer's note on a plan, and the exercises it speaks of."""

from __future__ import annotations


def note_names(note: str, name: str) -> bool:
    """Return True when the note names the exercise, whatever its capitals."""
    return bool(note.strip() and name.strip()) and name.casefold() in note.casefold()
