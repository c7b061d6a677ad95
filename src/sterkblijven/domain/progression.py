"""Basic double progression on the person's own load ladder; pain rules win over rep rules.

From shared/domain/training.md (after ACSM, Ratamess et al. 2009): more repetitions at the same
load first; when the top of the range is reached at failure with pain 3 or less, the next load
step; clearly below the range (about 15 at failure for 20-25), the previous step. Pain above 5,
a stop signal, or a worse next day: a lighter step whatever the repetitions say.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Sequence
from dataclasses import dataclass

from sterkblijven.domain.model import Equipment, EquipmentKind, Load, RoutineExercise
from sterkblijven.domain.session import PAIN_LOW_MAX, Effort, SetRecord

BELOW_RANGE_MARGIN = 5  # 15 at failure for a 20-25 range counts as clearly below it


class Advice(enum.StrEnum):
    """What the next session asks of an exercise."""

    HEAVIER = "heavier"
    SAME = "same"
    LIGHTER = "lighter"
    PAUSE = "pause"


class Reason(enum.StrEnum):
    """Why, as a code the UI explains."""

    NO_SETS = "no_sets"
    IN_RANGE = "in_range"
    TOP_OF_RANGE = "top_of_range"
    TOP_OF_LADDER = "top_of_ladder"
    BELOW_RANGE = "below_range"
    PAIN = "pain"
    NEXT_DAY = "next_day"


@dataclass(frozen=True, slots=True)
class Suggestion:
    """The load for next time and why."""

    advice: Advice
    load: Load
    reason: Reason


def ladder(kind: EquipmentKind, equipment: Equipment) -> list[Load]:
    """Return the loads a person can use for a kind of equipment, lightest first."""
    if kind is EquipmentKind.DUMBBELL:
        return [Load(kind, kg=kg) for kg in sorted(set(equipment.dumbbells_kg))]
    if kind is EquipmentKind.BAND:
        bands = sorted(equipment.bands, key=lambda band: band.position)
        return [Load(kind, band=band) for band in bands]
    return [Load(EquipmentKind.BODYWEIGHT)]


def neighbour(load: Load, equipment: Equipment, direction: int) -> Load | None:
    """Return the next heavier (+1) or lighter (-1) load on the ladder, or None at its end."""
    steps = ladder(load.kind, equipment)
    if load.kind is EquipmentKind.DUMBBELL and load.kg is not None:
        # By weight, so a dumbbell no longer owned still finds its nearest owned neighbour.
        weight = load.kg
        if direction < 0:
            lighter = [step for step in steps if (step.kg or 0) < weight]
            return lighter[-1] if lighter else None
        heavier = [step for step in steps if (step.kg or 0) > weight]
        return heavier[0] if heavier else None
    index = _index(load, steps)
    if index is None:
        return None
    target = index + direction
    return steps[target] if 0 <= target < len(steps) else None


def on_ladder(load: Load, equipment: Equipment) -> Load | None:
    """Return the person's own ladder step matching a recorded load, if it is still owned."""
    steps = ladder(load.kind, equipment)
    index = _index(load, steps)
    if index is None:
        return None
    step = steps[index]
    same = step.kg == load.kg if load.kind is EquipmentKind.DUMBBELL else True
    return dataclasses.replace(step, band_doubled=load.band_doubled) if same else None


def _index(load: Load, steps: list[Load]) -> int | None:
    for index, step in enumerate(steps):
        if load.kind is EquipmentKind.DUMBBELL and step.kg == load.kg:
            return index
        band, step_band = load.band, step.band
        if (
            band is not None
            and step_band is not None
            and (band.colour, band.label) == (step_band.colour, step_band.label)
        ):
            return index
        if load.kind is EquipmentKind.BODYWEIGHT:
            return index
    return None


def suggest(
    item: RoutineExercise,
    sets: Sequence[SetRecord],
    equipment: Equipment,
    *,
    next_day_worse: bool = False,
) -> Suggestion:
    """Return next session's load for one exercise from this session's sets."""
    used = on_ladder(sets[-1].load, equipment) if sets else None
    used = used or item.load
    if next_day_worse or any(record.must_stop for record in sets):
        reason = Reason.NEXT_DAY if next_day_worse else Reason.PAIN
        lighter = neighbour(used, equipment, -1)
        if lighter is None:
            return Suggestion(Advice.PAUSE, used, reason)
        return Suggestion(Advice.LIGHTER, lighter, reason)
    if not sets:
        return Suggestion(Advice.SAME, item.load, Reason.NO_SETS)
    highest_pain = max((record.pain or 0 for record in sets), default=0)
    # The top of the range counts when reached at the target effort: to failure, or hard.
    at_top = [
        record
        for record in sets
        if record.reps >= item.rep_max
        and (record.reached_failure or (record.effort or 0) >= Effort.HARD)
    ]
    if at_top and highest_pain <= PAIN_LOW_MAX:
        heavier = neighbour(used, equipment, +1)
        if heavier is None:
            return Suggestion(Advice.SAME, used, Reason.TOP_OF_LADDER)
        return Suggestion(Advice.HEAVIER, heavier, Reason.TOP_OF_RANGE)
    at_failure = [record.reps for record in sets if record.reached_failure]
    if at_failure and max(at_failure) < item.rep_min - BELOW_RANGE_MARGIN:
        lighter = neighbour(used, equipment, -1)
        if lighter is not None:
            return Suggestion(Advice.LIGHTER, lighter, Reason.BELOW_RANGE)
    return Suggestion(Advice.SAME, used, Reason.IN_RANGE)
