"""The generated trainee's equipment and exercises, and their hidden strength in each exercise."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from sterkblijven.domain.model import (
    BandColour,
    Equipment,
    EquipmentKind,
    Load,
    Measure,
    RoutineExercise,
)
from sterkblijven.domain.planning import BALANCE_HOLD_SECONDS, CARRY_STEPS, DEFAULT_REST_SECONDS
from sterkblijven.domain.progression import force, ladder
from sterkblijven.domain.session import PainPlace

DUMBBELLS_KG = (1.0, 2.0, 3.0, 4.0, 5.0)
BAND_COLOURS = (
    BandColour.YELLOW,
    BandColour.RED,
    BandColour.GREEN,
    BandColour.BLUE,
    BandColour.BLACK,
    BandColour.SILVER,
)
REP_RANGE = (15, 25)
# Limbs weigh something too, so going from 1 to 2 kg is not twice the work.
RESISTANCE_OFFSET = {EquipmentKind.DUMBBELL: 2.0, EquipmentKind.BAND: 1.0}


@dataclass(frozen=True, slots=True)
class Plan:
    """One exercise of the plan: its equipment, sets, and where it may hurt."""

    exercise_id: str
    kind: EquipmentKind
    measure: Measure
    sets: int
    places: tuple[PainPlace, ...]
    start_rung: int = 0
    gain: tuple[float, float] = (1.6, 2.0)  # how far strength can grow, as a factor


PLAN = (
    Plan(
        "sit_to_stand", EquipmentKind.BODYWEIGHT, Measure.REPS, 3, (PainPlace.KNEE, PainPlace.HIP)
    ),
    Plan("seated_row", EquipmentKind.BAND, Measure.REPS, 3, (PainPlace.BACK, PainPlace.SHOULDER)),
    Plan(
        "chest_press",
        EquipmentKind.DUMBBELL,
        Measure.REPS,
        3,
        (PainPlace.SHOULDER, PainPlace.HAND_OR_WRIST),
    ),
    Plan(
        "standing_hip_extension",
        EquipmentKind.BAND,
        Measure.REPS,
        3,
        (PainPlace.HIP, PainPlace.BACK),
        start_rung=1,
        gain=(1.7, 2.2),
    ),
    Plan(
        "biceps_curl",
        EquipmentKind.DUMBBELL,
        Measure.REPS,
        3,
        (PainPlace.HAND_OR_WRIST, PainPlace.ELSEWHERE),
    ),
    Plan(
        "lateral_raise",
        EquipmentKind.BAND,
        Measure.REPS,
        2,
        (PainPlace.SHOULDER, PainPlace.NECK),
        gain=(1.4, 1.7),
    ),
    Plan(
        "farmers_carry",
        EquipmentKind.DUMBBELL,
        Measure.STEPS,
        3,
        (PainPlace.HAND_OR_WRIST, PainPlace.BACK),
        start_rung=1,
    ),
    Plan(
        "single_leg_stand",
        EquipmentKind.BODYWEIGHT,
        Measure.SECONDS,
        2,
        (PainPlace.KNEE, PainPlace.HIP),
    ),
)
TARGETS = {
    Measure.REPS: REP_RANGE,
    Measure.SECONDS: BALANCE_HOLD_SECONDS,
    Measure.STEPS: CARRY_STEPS,
}


@dataclass(slots=True)
class Track:
    """One exercise's dose and the trainee's hidden strength for it."""

    plan: Plan
    rungs: tuple[Load, ...]
    rung: int
    strength: float
    ceiling: float
    rate: float

    @property
    def load(self) -> Load:
        """Return the dose's current load."""
        return self.rungs[self.rung]

    @property
    def resistance(self) -> float:
        """Return the current load's resistance, the limb's own weight included."""
        return RESISTANCE_OFFSET.get(self.plan.kind, 1.0) + (force(self.load) or 0.0)

    def capacity(self) -> float:
        """Return the repetitions (or seconds, steps) possible to failure today, on average."""
        low, high = TARGETS[self.plan.measure]
        return (low + high) / 2 * (self.strength / self.resistance) ** 2

    def dose(self) -> RoutineExercise:
        """Return the exercise as the routine holds it at the current load."""
        low, high = TARGETS[self.plan.measure]
        rest = 90 if self.plan.measure is Measure.SECONDS else DEFAULT_REST_SECONDS
        return RoutineExercise(self.plan.exercise_id, self.load, self.plan.sets, low, high, rest)


def start_track(plan: Plan, equipment: Equipment, rng: random.Random) -> Track:
    """Return an exercise's first dose and the strength and growth of the trainee in it."""
    rungs = tuple(ladder(plan.kind, equipment))
    rung = min(plan.start_rung, len(rungs) - 1)
    low, high = TARGETS[plan.measure]
    resistance = RESISTANCE_OFFSET.get(plan.kind, 1.0) + (force(rungs[rung]) or 0.0)
    # Start a little above the bottom of the range, as a light first dose should.
    first = low + rng.uniform(0.5, 3.5)
    strength = resistance * math.sqrt(first / ((low + high) / 2))
    if plan.kind is EquipmentKind.BODYWEIGHT:
        # Without a heavier step, the body alone tops out just above the range.
        ceiling = math.sqrt((high + 4) / ((low + high) / 2)) * rng.uniform(1.0, 1.1)
    else:
        ceiling = strength * rng.uniform(*plan.gain)
    return Track(plan, rungs, rung, strength, ceiling, rng.uniform(0.010, 0.016))
