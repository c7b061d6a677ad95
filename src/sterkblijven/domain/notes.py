"""The carer's note on a plan, and the exercises it speaks of."""

from __future__ import annotations

import re


def note_names(note: str, name: str) -> bool:
    """Return True when the note names the exercise by its whole words, whatever capitals.

    A name inside a longer word is not named ("Brug" in "brugklas"), and the words of a name
    may stand with other spacing between them than in the catalogue.
    """
    words = name.split()
    if not note.strip() or not words:
        return False
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(word) for word in words) + r"(?!\w)"
    return re.search(pattern, note, flags=re.IGNORECASE) is not None
