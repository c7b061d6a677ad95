"""A suggestion's dose text between this database and a file: its band id swapped for an index.

A stored dose names its band by database id, which means nothing in another database; the file
names the band by its index in the person's bands instead, beside the dose.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any


def portable_dose(text: str, band_index: Mapping[int, int]) -> tuple[str, int | None]:
    """Return a stored dose without its band's database id, and that band's index instead.

    Doses without a band are kept exactly as stored.
    """
    try:
        dose = json.loads(text)
        band = dose["band"]
    except (ValueError, TypeError, KeyError):
        return text, None
    if not isinstance(band, dict):
        return text, None
    band_id = band.get("id")
    band["id"] = None
    index = band_index.get(band_id) if isinstance(band_id, int) else None
    return _dose_text(dose), index


def _dose_text(dose: Mapping[str, Any]) -> str:
    # The same form storage/suggestions.py writes.
    return json.dumps(dose, sort_keys=True)


def local_dose(text: str, band_id: int | None) -> str:
    """Return a checked dose with its band pointing at this database's band, or at none.

    An id from the file is never kept: it would name a band of another database.
    """
    dose = json.loads(text)
    band = dose["band"]
    if band is None:
        return text
    band["id"] = band_id
    return _dose_text(dose)
