"""The weekly plan: a default routine built from the catalogue, and calendar weeks."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sterkblijven.domain.catalogue import Catalogue, Exercise
from sterkblijven.domain.model import (
    BodyRegion,
    Equipment,
    EquipmentKind,
    Load,
    Measure,
    Routine,
    RoutineExercise,
    Task,
)
from sterkblijven.domain.session import PainPlace

# A routine covers these regions, in this order of importance for independence (training.md).
COVERAGE_ORDER = (
    BodyRegion.LEGS,
    BodyRegion.BACK,
    BodyRegion.CHEST,
    BodyRegion.HIPS,
    BodyRegion.SHOULDERS,
    BodyRegion.ARMS,
    BodyRegion.BALANCE,
)
MIN_EXERCISES = 6
DEFAULT_EXERCISES = 7
MAX_EXERCISES = 8
DEFAULT_REP_RANGE = (20, 25)
DEFAULT_REST_SECONDS = 120
BALANCE_HOLD_SECONDS = (10, 30)
CARRY_STEPS = (10, 20)


# Sore knees or hips (osteoarthritis, mostly): strengthening the thigh and the hip abductors is
# the core of exercise therapy (KNGF-richtlijn Artrose heup-knie 2018; OARSI: Bannuru et al.
# 2019, Osteoarthritis Cartilage 27:1578), begun where the joint bears little load. So the first
# plan holds the seated knee extension and the side leg raise, and sit-to-stand, the key
# everyday task, in the supported way the catalogue describes. Step-ups, a loaded knee bend on
# one leg, wait until a carer adds them. A design choice built on those sources.
JOINT_FRIENDLY = ("sit_to_stand", "seated_knee_extension", "side_leg_raise")
NOT_IN_A_JOINT_FRIENDLY_START = frozenset({"step_up"})
JOINT_FRIENDLY_PLACES = frozenset({PainPlace.KNEE, PainPlace.HIP})


@dataclass(frozen=True, slots=True)
class PlanNeeds:
    """What the health check asks of the first plan: sore joints, and a raised fall risk."""

    sore_joints: frozenset[PainPlace] = frozenset()
    fall_risk: bool = False

    @property
    def joint_friendly(self) -> bool:
        """Return True when a knee or hip is sore: the plan starts joint-friendly."""
        return bool(self.sore_joints & JOINT_FRIENDLY_PLACES)


def build_default_routine(
    catalogue: Catalogue,
    equipment: Equipment,
    weekdays: tuple[int, ...] = (0,),
    needs: PlanNeeds | None = None,
) -> Routine:
    """Choose 6-8 exercises that fit the equipment and cover the whole body, on light loads.

    ``needs`` from the health check make the start joint-friendly for sore knees or hips, and
    add a balance exercise for a raised fall risk.
    """
    needs = needs or PlanNeeds()
    left_out = NOT_IN_A_JOINT_FRIENDLY_START if needs.joint_friendly else frozenset()
    doable = [
        e
        for e in catalogue.exercises
        if e.id not in left_out and choose_equipment(e, equipment) is not None
    ]
    chosen: list[Exercise] = []
    if needs.joint_friendly:
        chosen += [e for exercise_id in JOINT_FRIENDLY for e in doable if e.id == exercise_id]
    for region in COVERAGE_ORDER:
        if any(region in e.regions for e in chosen):
            continue
        # An exercise that mainly trains the region beats one that trains it on the side.
        candidates = [e for e in doable if region in e.regions and e not in chosen]
        if candidates:
            chosen.append(
                min(candidates, key=lambda e: (e.primary_region is not region, e.priority))
            )
    # Fill up, first with exercises for an everyday task not yet served, then by priority.
    while len(chosen) < DEFAULT_EXERCISES:
        rest = [e for e in doable if e not in chosen]
        if not rest:
            break
        served = {e.task for e in chosen}
        chosen.append(min(rest, key=lambda e: (e.task in served, e.priority)))
    if needs.fall_risk:
        chosen += _one_more_balance_hold(doable, chosen)
    chosen = sorted(chosen[:MAX_EXERCISES], key=lambda e: (e.priority, e.id))
    doses = [dose for e in chosen if (dose := starting_dose(e, equipment)) is not None]
    if needs.joint_friendly:
        doses = [_supported_if_kind(dose, catalogue) for dose in doses]
    return Routine(exercises=tuple(doses), weekdays=weekdays)


def _one_more_balance_hold(doable: list[Exercise], chosen: list[Exercise]) -> list[Exercise]:
    """Return a balance exercise held in place that the plan lacks, the first by priority.

    A raised fall risk (STEADI) calls for challenging balance work: it lowers the rate of falls
    by about a quarter (Sherrington et al. 2019, Cochrane Database Syst Rev CD012424).
    """
    holds = [
        e
        for e in doable
        if e.task is Task.BALANCE and e.primary_region is BodyRegion.BALANCE and e not in chosen
    ]
    return holds[:1]


def _supported_if_kind(dose: RoutineExercise, catalogue: Catalogue) -> RoutineExercise:
    """Mark a standing chair-rise exercise for the legs supported, where one is described."""
    exercise = catalogue.get(dose.exercise_id)
    if (
        exercise is None
        or exercise.id not in JOINT_FRIENDLY
        or exercise.task is not Task.CHAIR_RISE
        or exercise.seated
        or not exercise.has_supported_variant
    ):
        return dose
    return dataclasses.replace(dose, supported=True)


def choose_equipment(exercise: Exercise, equipment: Equipment) -> EquipmentKind | None:
    """Return the first equipment kind the exercise prefers that the person owns."""
    for kind in exercise.equipment:
        if equipment.owns(kind):
            return kind
    return None


def starting_load(kind: EquipmentKind, equipment: Equipment) -> Load:
    """Return a light starting load: the lightest dumbbell or the lightest band owned."""
    if kind is EquipmentKind.DUMBBELL:
        return Load(kind=kind, kg=min(equipment.dumbbells_kg))
    if kind is EquipmentKind.BAND:
        return Load(kind=kind, band=min(equipment.bands, key=lambda band: band.position))
    return Load(kind=EquipmentKind.BODYWEIGHT)


def starting_dose(
    exercise: Exercise, equipment: Equipment, preferred: EquipmentKind | None = None
) -> RoutineExercise | None:
    """Return a light first dose, or None when no equipment the exercise uses is owned.

    ``preferred`` is used when the exercise allows it and it is owned; otherwise the first kind
    the exercise prefers that is owned.
    """
    kind = preferred
    if kind is None or kind not in exercise.equipment or not equipment.owns(kind):
        kind = choose_equipment(exercise, equipment)
    if kind is None:
        return None
    targets = {Measure.SECONDS: BALANCE_HOLD_SECONDS, Measure.STEPS: CARRY_STEPS}
    low, high = targets.get(exercise.measure, DEFAULT_REP_RANGE)
    return RoutineExercise(
        exercise_id=exercise.id,
        load=starting_load(kind, equipment),
        sets=1,
        rep_min=low,
        rep_max=high,
        rest_seconds=DEFAULT_REST_SECONDS,
    )


def back_to_back(weekdays: tuple[int, ...]) -> bool:
    """Return True when two training days follow each other, Sunday then Monday included.

    Muscles need at least 48 hours between sessions that train them (ACSM 2009); a plan trains
    the whole body, so any two days in a row leave too little rest.
    """
    days = set(weekdays)
    return any((day + 1) % 7 in days for day in days)


def week_start(moment: date | datetime) -> date:
    """Return the Monday of the ISO week the moment falls in."""
    day = moment.date() if isinstance(moment, datetime) else moment
    return day - timedelta(days=day.weekday())
