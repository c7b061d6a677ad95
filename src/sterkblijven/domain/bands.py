"""Resistance band ladders.

Thera-Band's colour order and approximate tubing force at 100 % stretch (kgf) are from the
manufacturer's chart as quoted in secondary sources; treat the forces as approximate.
"""

from __future__ import annotations

from sterkblijven.domain.model import Band, BandColour

THERABAND_ORDER: tuple[tuple[BandColour, float], ...] = (
    (BandColour.TAN, 1.1),
    (BandColour.YELLOW, 1.4),
    (BandColour.RED, 1.7),
    (BandColour.GREEN, 2.1),
    (BandColour.BLUE, 2.6),
    (BandColour.BLACK, 3.3),
    (BandColour.SILVER, 4.6),
    (BandColour.GOLD, 6.4),
)

# Sizes sold for home use; offered as choices when the person says which dumbbells they own.
COMMON_DUMBBELLS_KG = (0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 10.0)


def theraband_ladder(colours: tuple[BandColour, ...] | None = None) -> tuple[Band, ...]:
    """Return Thera-Band's ladder, optionally only the given colours, lightest first."""
    wanted = set(colours) if colours is not None else None
    chosen = [(c, f) for c, f in THERABAND_ORDER if wanted is None or c in wanted]
    return tuple(
        Band(colour=colour, position=index, force_kgf=force)
        for index, (colour, force) in enumerate(chosen)
    )


def renumber(bands: list[Band] | tuple[Band, ...]) -> tuple[Band, ...]:
    """Return the bands in the given order with positions 0, 1, 2, ..."""
    return tuple(
        Band(
            colour=band.colour,
            position=index,
            label=band.label,
            force_kgf=band.force_kgf,
            can_double=band.can_double,
            id=band.id,
        )
        for index, band in enumerate(bands)
    )
