"""Rows of the SQLite file turned into domain objects, for the reader of the first screen.

The same conversions as ``storage.repositories`` makes from its models, with ``sqlite3`` rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sterkblijven.domain.model import Band, BandColour, Equipment, Sex, Trainee
from sterkblijven.domain.session import SessionStatus

# What counts as a training, as storage.counting has it: a session that ended (finished or
# stopped early) with at least one set that was not undone. Written for sessions named "s";
# its parameters are DONE_STATUSES.
DONE_STATUSES = (SessionStatus.FINISHED.value, SessionStatus.ENDED_EARLY.value)
TRAINING = (
    "s.status IN (?, ?) AND EXISTS (SELECT 1 FROM sets k"
    " WHERE k.session_id = s.id AND k.undone_at IS NULL)"
)


def trainee_of(row: Sequence[Any]) -> Trainee:
    """Return the trainee of a row (name, birth_year, sex, id, birth_month, version, ...)."""
    name, birth_year, sex, trainee_id, birth_month, version = row[:6]
    return Trainee(
        name=name,
        birth_year=birth_year,
        sex=Sex(sex),
        id=trainee_id,
        birth_month=birth_month,
        version=version,
    )


def band_of(row: Sequence[Any]) -> Band:
    """Return the band of a row (id, colour, position, label, force_kgf, can_double)."""
    band_id, colour, position, label, force_kgf, can_double = row
    return Band(
        colour=BandColour(colour),
        position=position,
        label=label,
        force_kgf=force_kgf,
        can_double=bool(can_double),
        id=band_id,
    )


def equipment_of(rows: Iterable[Sequence[Any]], version: int) -> Equipment:
    """Return the equipment of rows ("kg", kg, ...) and ("band", id, colour, ...)."""
    dumbbells: list[float] = []
    bands: list[Band] = []
    for row in rows:
        if row[0] == "kg":
            dumbbells.append(row[1])
        else:
            bands.append(band_of(row[1:]))
    return Equipment(
        dumbbells_kg=tuple(sorted(dumbbells)),
        bands=tuple(sorted(bands, key=lambda band: band.position)),
        version=version,
    )
