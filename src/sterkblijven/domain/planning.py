"""The weekly plan: a default routine built from the catalogue, and calendar weeks."""

from __future__ import annotations

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
)

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


def build_default_routine(
    catalogue: Catalogue, equipment: Equipment, weekdays: tuple[int, ...] = (0,)
) -> Routine:
    """Choose 6-8 exercises that fit the equipment and cover the whole body, on light loads."""
    doable = [e for e in catalogue.exercises if choose_equipment(e, equipment) is not None]
    chosen: list[Exercise] = []
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
    chosen = sorted(chosen[:MAX_EXERCISES], key=lambda e: (e.priority, e.id))
    return Routine(
        exercises=tuple(dose for e in chosen if (dose := starting_dose(e, equipment)) is not None),
        weekdays=weekdays,
    )


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
