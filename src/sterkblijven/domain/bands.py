"""Resistance band ladders.

Thera-Band's colour order and approximate tubing force at 100 % stretch (kgf) are from the
manufacturer's chart as quoted in secondary sources; treat the forces as approximate. Other
brands order their colours differently: the person's own order of their bands is what counts,
and a force is only used where it agrees with that order.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

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

# A band of unknown force next to a known one counts as about a quarter heavier (or lighter) per
# place, as one Thera-Band colour step is (+23-26 %).
UNKNOWN_STEP = 1.25

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


# Forces and the order. The carer's order of the bands is the truth: a force is used only
# where it agrees with it.

_THERABAND_FORCE = dict(THERABAND_ORDER)


def theraband_force(colour: BandColour) -> float | None:
    """Return Thera-Band's approximate force for a colour, or None for a band of its own name."""
    return _THERABAND_FORCE.get(colour)


def keeps_theraband_force(band: Band) -> bool:
    """Return True when a band's force is Thera-Band's approximate one for its colour."""
    usual = theraband_force(band.colour)
    return usual is not None and not band.label and band.force_kgf == usual


def forces_in_order(bands: Sequence[Band]) -> tuple[float | None, ...]:
    """Return, per band in ladder order, its force where it agrees with the order, else None.

    A force agrees when every lighter band with a force pulls less and every heavier one more.
    Two forces that contradict each other are both left out: which one is wrong is not known.
    """
    forces = [band.force_kgf for band in bands]
    agreed: list[float | None] = []
    for index, own in enumerate(forces):
        fits = own is not None and all(
            other is None or (other < own if place < index else other > own)
            for place, other in enumerate(forces)
            if place != index
        )
        agreed.append(own if fits else None)
    return tuple(agreed)


def without_contradicted_defaults(bands: Sequence[Band]) -> tuple[Band, ...]:
    """Return the bands with Thera-Band's usual forces dropped where they contradict the order.

    A force the carer typed stays (it is theirs to change); Thera-Band's usual force of a colour
    is only a guess, so once the order says otherwise the band's force becomes unknown.
    """
    agreed = forces_in_order(bands)
    return tuple(
        dataclasses.replace(band, force_kgf=None)
        if keeps_theraband_force(band) and agreed[index] is None
        else band
        for index, band in enumerate(bands)
    )


def estimated_forces(bands: Sequence[Band]) -> tuple[float, ...]:
    """Return a force for every band in ladder order, for counting the weekly volume.

    Forces that agree with the order are taken; a band without one is placed between the known
    bands around it, evenly by ratio, or a colour step (``step``) beyond the last known one.
    Without any known force the lightest band counts as 1. The result always rises with the
    order.
    """
    agreed = forces_in_order(bands)
    known = [(index, force) for index, force in enumerate(agreed) if force is not None]
    estimates: list[float] = []
    for index, force in enumerate(agreed):
        if force is not None:
            estimates.append(force)
            continue
        below = [(i, f) for i, f in known if i < index]
        above = [(i, f) for i, f in known if i > index]
        if below and above:
            (low_at, low), (high_at, high) = below[-1], above[0]
            estimates.append(low * (high / low) ** ((index - low_at) / (high_at - low_at)))
        elif below:
            low_at, low = below[-1]
            estimates.append(low * UNKNOWN_STEP ** (index - low_at))
        elif above:
            high_at, high = above[0]
            estimates.append(high / UNKNOWN_STEP ** (high_at - index))
        else:
            estimates.append(UNKNOWN_STEP**index)
    return tuple(estimates)
