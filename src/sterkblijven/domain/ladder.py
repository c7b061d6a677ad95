"""The person's own ladder of loads: dumbbells by weight, bands in their order, doubled bands.

The bands follow the person's order, whatever their forces say: a force that contradicts the
order is not used (see ``bands.forces_in_order``), so the step between such bands is of unknown
size. A doubled lighter band is a rung of its own where it falls clearly between two bands of
known force that agree with the order (Thera-Band's forces, treated as approximate, or forces
typed in). An exercise that can be done with body
weight alone and also with a dumbbell or band has body weight as the rung below the lightest
owned dumbbell (or band): that is how it goes on when body weight is no longer enough.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence

from sterkblijven.domain.bands import forces_in_order
from sterkblijven.domain.model import Band, Equipment, EquipmentKind, Load

# A doubled band is a rung of its own only when it differs this much from the bands around it.
DISTINCT_FORCE = 1.05


def force(load: Load) -> float | None:
    """Return the approximate resistance of a load (kg or kgf), or None when unknown."""
    if load.kind is EquipmentKind.DUMBBELL:
        return load.kg
    if load.kind is EquipmentKind.BAND and load.band is not None:
        if load.band.force_kgf is None:
            return None
        return load.band.force_kgf * (2 if load.band_doubled else 1)
    return None


def ladder(kind: EquipmentKind, equipment: Equipment) -> list[Load]:
    """Return the loads a person can use for a kind of equipment, lightest first.

    For bands, the person's order; each band carries its force only where that agrees with the
    order (else None). A doubled lighter band becomes a rung where it falls clearly between two
    bands of such known force; the one nearest the middle is taken.
    """
    if kind is EquipmentKind.DUMBBELL:
        return [Load(kind, kg=kg) for kg in sorted(set(equipment.dumbbells_kg))]
    if kind is EquipmentKind.BAND:
        singles = ordered_bands(equipment.bands)
        rungs: list[Load] = []
        for index, band in enumerate(singles):
            rungs.append(Load(kind, band=band))
            if index + 1 < len(singles):
                doubled = _doubled_between(band, singles[index + 1], singles[:index])
                if doubled is not None:
                    rungs.append(Load(kind, band=doubled, band_doubled=True))
        return rungs
    return [Load(EquipmentKind.BODYWEIGHT)]


def ordered_bands(bands: Sequence[Band]) -> list[Band]:
    """Return the bands in the person's order, each with its force only where the order agrees."""
    in_order = sorted(bands, key=lambda band: band.position)
    agreed = forces_in_order(in_order)
    return [
        band if band.force_kgf == force else dataclasses.replace(band, force_kgf=force)
        for band, force in zip(in_order, agreed, strict=True)
    ]


def _doubled_between(low: Band, high: Band, lighter: list[Band]) -> Band | None:
    if low.force_kgf is None or high.force_kgf is None:
        return None
    middle = math.sqrt(low.force_kgf * high.force_kgf)
    fitting = [
        band
        for band in lighter
        if band.can_double
        and band.force_kgf is not None
        and low.force_kgf * DISTINCT_FORCE < 2 * band.force_kgf < high.force_kgf / DISTINCT_FORCE
    ]
    return min(fitting, key=lambda band: abs(2 * (band.force_kgf or 0) - middle), default=None)


def rung_of(load: Load, rungs: Sequence[Load]) -> int | None:
    """Return the place of a load on the ladder, or None when the person does not own it."""
    for index, rung in enumerate(rungs):
        if same_load(load, rung):
            return index
    return None


def same_load(load: Load, rung: Load) -> bool:
    """Return True when two loads are the same dumbbell weight, band (and doubling) or body."""
    if load.kind is not rung.kind:
        return False
    if load.kind is EquipmentKind.DUMBBELL:
        return load.kg == rung.kg
    if load.kind is EquipmentKind.BAND:
        if load.band is None or rung.band is None or load.band_doubled != rung.band_doubled:
            return False
        if load.band.id is not None and rung.band.id is not None:
            return load.band.id == rung.band.id
        return (load.band.colour, load.band.label) == (rung.band.colour, rung.band.label)
    return True


def nearest_owned(load: Load, rungs: Sequence[Load]) -> int | None:
    """Return the owned rung for a load: itself, else the heaviest lighter one, else the first."""
    if not rungs:
        return None
    exact = rung_of(load, rungs)
    if exact is not None:
        return exact
    wanted = force(load)
    if wanted is not None:
        lighter = [i for i, rung in enumerate(rungs) if (force(rung) or math.inf) <= wanted]
        if lighter:
            return lighter[-1]
    elif load.band is not None:
        by_position = [
            i
            for i, rung in enumerate(rungs)
            if rung.band is not None
            and not rung.band_doubled
            and rung.band.position <= load.band.position
        ]
        if by_position:
            return by_position[-1]
    return 0


def neighbour(load: Load, equipment: Equipment, direction: int) -> Load | None:
    """Return the next heavier (+1) or lighter (-1) owned rung, or None at the ladder's end."""
    rungs = ladder(load.kind, equipment)
    index = rung_of(load, rungs)
    if index is None:
        # A load no longer owned finds its neighbours by force where that is known.
        wanted = force(load)
        if wanted is None:
            return None
        if direction < 0:
            lighter = [rung for rung in rungs if (force(rung) or math.inf) < wanted]
            return lighter[-1] if lighter else None
        heavier = [rung for rung in rungs if (force(rung) or 0) > wanted]
        return heavier[0] if heavier else None
    target = index + direction
    return rungs[target] if 0 <= target < len(rungs) else None


def step_size(low: Load, high: Load) -> float | None:
    """Return how much heavier ``high`` is than ``low`` (0.25 for +25 %), or None if unknown."""
    low_force, high_force = force(low), force(high)
    if low_force is None or high_force is None or low_force <= 0:
        return None
    return high_force / low_force - 1


def ladder_for(
    kind: EquipmentKind, equipment: Equipment, ways: Sequence[EquipmentKind] = ()
) -> list[Load]:
    """Return the ladder of one exercise, given the equipment kinds it can be done with.

    An exercise with a body-weight way goes on past body weight with the person's own
    dumbbells when it has a dumbbell way, else with their bands when it has a band way: body
    weight is then the rung below the lightest. Without such a way, or without anything owned
    for it, the ladder is that of the load's own kind.
    """
    beyond = beyond_own_weight(ways, equipment)
    if beyond is None or kind not in (EquipmentKind.BODYWEIGHT, beyond):
        return ladder(kind, equipment)
    return [Load(EquipmentKind.BODYWEIGHT), *ladder(beyond, equipment)]


def beyond_own_weight(ways: Sequence[EquipmentKind], equipment: Equipment) -> EquipmentKind | None:
    """Return what follows body weight for an exercise: owned dumbbells, else owned bands."""
    if EquipmentKind.BODYWEIGHT not in ways:
        return None
    for kind in (EquipmentKind.DUMBBELL, EquipmentKind.BAND):
        if kind in ways and equipment.owns(kind):
            return kind
    return None


def lighter_load(low: Load, high: Load, rungs: Sequence[Load]) -> bool:
    """Return True when ``low`` is known to be lighter than ``high`` for the same exercise.

    Body weight alone is lighter than body weight with a dumbbell or band; otherwise the places
    on the ladder decide, or the forces where a load is no longer owned.
    """
    if low.kind is not high.kind:
        return low.kind is EquipmentKind.BODYWEIGHT
    low_rung, high_rung = rung_of(low, rungs), rung_of(high, rungs)
    if low_rung is not None and high_rung is not None:
        return low_rung < high_rung
    low_force, high_force = force(low), force(high)
    return low_force is not None and high_force is not None and low_force < high_force
