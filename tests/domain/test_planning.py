"""The default weekly routine: whole body, fits the equipment, light start."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sterkblijven.domain.bands import COMMON_DUMBBELLS_KG, THERABAND_ORDER, theraband_ladder
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.model import BodyRegion, Equipment, EquipmentKind, Measure, Routine, Task
from sterkblijven.domain.planning import (
    MAX_EXERCISES,
    MIN_EXERCISES,
    PlanNeeds,
    back_to_back,
    build_default_routine,
    week_start,
)
from sterkblijven.domain.session import PainPlace

FULL = Equipment(dumbbells_kg=(1.0, 2.0, 3.0), bands=theraband_ladder())


def test_full_equipment_covers_the_whole_body(catalogue: Catalogue) -> None:
    """With dumbbells and bands the routine trains every region and every everyday task."""
    routine = build_default_routine(catalogue, FULL)
    exercises = [catalogue.get(item.exercise_id) for item in routine.exercises]
    assert all(e is not None for e in exercises)
    regions = set().union(*(e.regions for e in exercises if e is not None))
    assert regions >= set(BodyRegion)
    assert {e.task for e in exercises if e is not None} == {e.task for e in catalogue.exercises}
    assert MIN_EXERCISES <= len(routine.exercises) <= MAX_EXERCISES
    assert routine.sessions_per_week == 1


def test_regions_are_covered_by_exercises_that_mainly_train_them(catalogue: Catalogue) -> None:
    """Back, chest and shoulders get an exercise whose main region they are."""
    routine = build_default_routine(catalogue, FULL)
    primaries = set()
    for item in routine.exercises:
        exercise = catalogue.get(item.exercise_id)
        assert exercise is not None
        primaries.add(exercise.primary_region)
    assert {BodyRegion.LEGS, BodyRegion.BACK, BodyRegion.CHEST, BodyRegion.SHOULDERS} <= primaries


def test_doses_start_light_with_the_default_target(catalogue: Catalogue) -> None:
    """Loads are the lightest owned; repetition targets are 20-25, one set, 2 minutes rest."""
    routine = build_default_routine(catalogue, FULL)
    for item in routine.exercises:
        exercise = catalogue.get(item.exercise_id)
        assert exercise is not None
        if item.load.kind is EquipmentKind.DUMBBELL:
            assert item.load.kg == 1.0
        if item.load.kind is EquipmentKind.BAND:
            assert item.load.band is not None and item.load.band.position == 0
        if exercise.measure is Measure.REPS:
            assert (item.rep_min, item.rep_max) == (20, 25)
        assert item.sets == 1
        assert item.rest_seconds == 120


@settings(max_examples=60, deadline=None)
@given(
    dumbbells=st.sets(st.sampled_from(COMMON_DUMBBELLS_KG), max_size=4),
    colours=st.sets(st.sampled_from([colour for colour, _ in THERABAND_ORDER]), max_size=4),
)
def test_any_equipment_gives_a_doable_routine(
    catalogue: Catalogue, dumbbells: set[float], colours: set[object]
) -> None:
    """Whatever is owned, the routine has 6-8 exercises, each with equipment the person has."""
    equipment = Equipment(
        dumbbells_kg=tuple(sorted(dumbbells)),
        bands=theraband_ladder(tuple(c for c, _ in THERABAND_ORDER if c in colours)),
    )
    routine = build_default_routine(catalogue, equipment)
    assert MIN_EXERCISES <= len(routine.exercises) <= MAX_EXERCISES
    assert len({item.exercise_id for item in routine.exercises}) == len(routine.exercises)
    for item in routine.exercises:
        assert equipment.owns(item.load.kind)
        exercise = catalogue.get(item.exercise_id)
        assert exercise is not None and item.load.kind in exercise.equipment


def _ids(routine: Routine) -> list[str]:
    return [item.exercise_id for item in routine.exercises]


def _balance_holds(catalogue: Catalogue, routine: Routine) -> list[str]:
    """Return the exercises in the plan that are balance work held in place."""
    found = []
    for item in routine.exercises:
        exercise = catalogue.get(item.exercise_id)
        assert exercise is not None
        if exercise.task is Task.BALANCE and exercise.primary_region is BodyRegion.BALANCE:
            found.append(exercise.id)
    return found


def test_without_needs_the_plan_is_the_usual_one(catalogue: Catalogue) -> None:
    """No sore knee or hip and no fall risk: step-ups and the usual sit-to-stand, unsupported."""
    routine = build_default_routine(catalogue, FULL, needs=PlanNeeds())
    assert routine == build_default_routine(catalogue, FULL)
    assert "step_up" in _ids(routine)
    assert not any(item.supported for item in routine.exercises)


@pytest.mark.parametrize("place", [PainPlace.KNEE, PainPlace.HIP])
@pytest.mark.parametrize(
    "equipment",
    [FULL, Equipment(), Equipment(dumbbells_kg=(1.0,)), Equipment(bands=theraband_ladder()[:2])],
    ids=["full", "nothing", "one-dumbbell", "two-bands"],
)
def test_a_sore_knee_or_hip_gets_joint_friendly_choices(
    catalogue: Catalogue, place: PainPlace, equipment: Equipment
) -> None:
    """Knee or hip OA: seated knee extension, side leg raise, supported sit-to-stand, no step-up."""
    routine = build_default_routine(
        catalogue, equipment, needs=PlanNeeds(sore_joints=frozenset({place}))
    )
    ids = _ids(routine)
    assert {"seated_knee_extension", "side_leg_raise", "sit_to_stand"} <= set(ids)
    assert "step_up" not in ids
    assert MIN_EXERCISES <= len(ids) <= MAX_EXERCISES
    for item in routine.exercises:
        exercise = catalogue.get(item.exercise_id)
        assert exercise is not None
        # The supported way is chosen only where the catalogue describes one.
        assert item.supported == (item.exercise_id == "sit_to_stand")
        assert not item.supported or exercise.has_supported_variant


def test_other_sore_joints_leave_the_legs_as_usual(catalogue: Catalogue) -> None:
    """A sore shoulder or back does not change the leg exercises of the first plan."""
    needs = PlanNeeds(sore_joints=frozenset({PainPlace.SHOULDER, PainPlace.BACK}))
    assert build_default_routine(catalogue, FULL, needs=needs) == build_default_routine(
        catalogue, FULL
    )


@pytest.mark.parametrize("sore", [frozenset(), frozenset({PainPlace.KNEE})])
def test_fall_risk_adds_a_balance_exercise(
    catalogue: Catalogue, sore: frozenset[PainPlace]
) -> None:
    """A fall risk adds a balance exercise held in place (task balance) to the first plan."""
    usual = build_default_routine(catalogue, FULL, needs=PlanNeeds(sore_joints=sore))
    at_risk = build_default_routine(
        catalogue, FULL, needs=PlanNeeds(sore_joints=sore, fall_risk=True)
    )
    assert len(_balance_holds(catalogue, at_risk)) == len(_balance_holds(catalogue, usual)) + 1
    assert set(_ids(usual)) < set(_ids(at_risk))
    assert len(at_risk.exercises) <= MAX_EXERCISES


@settings(max_examples=60, deadline=None)
@given(
    dumbbells=st.sets(st.sampled_from(COMMON_DUMBBELLS_KG), max_size=4),
    colours=st.sets(st.sampled_from([colour for colour, _ in THERABAND_ORDER]), max_size=4),
    sore=st.frozensets(st.sampled_from(PainPlace)),
    fall_risk=st.booleans(),
)
def test_any_needs_give_a_doable_routine(
    catalogue: Catalogue,
    dumbbells: set[float],
    colours: set[object],
    sore: frozenset[PainPlace],
    fall_risk: bool,
) -> None:
    """Whatever the health check says and whatever is owned, the plan has 6-8 doable exercises."""
    equipment = Equipment(
        dumbbells_kg=tuple(sorted(dumbbells)),
        bands=theraband_ladder(tuple(c for c, _ in THERABAND_ORDER if c in colours)),
    )
    routine = build_default_routine(
        catalogue, equipment, needs=PlanNeeds(sore_joints=sore, fall_risk=fall_risk)
    )
    assert MIN_EXERCISES <= len(routine.exercises) <= MAX_EXERCISES
    assert len(set(_ids(routine))) == len(routine.exercises)
    for item in routine.exercises:
        assert equipment.owns(item.load.kind)
    if PainPlace.KNEE in sore or PainPlace.HIP in sore:
        assert "step_up" not in _ids(routine)
    if fall_risk:
        assert _balance_holds(catalogue, routine)


def test_week_starts_on_monday() -> None:
    """The week of any day starts on the Monday before or on it."""
    assert week_start(date(2026, 11, 18)) == date(2026, 11, 16)
    assert week_start(datetime(2026, 11, 16, 0, 0)) == date(2026, 11, 16)
    assert week_start(date(2026, 11, 22)) == date(2026, 11, 16)


def test_training_days_back_to_back_are_found_also_over_the_weekend() -> None:
    """Days in a row, Sunday then Monday too, leave no rest day between; others do."""
    assert back_to_back((0, 1))
    assert back_to_back((0, 1, 2))
    assert back_to_back((0, 6))
    assert back_to_back((2, 4, 5))
    assert not back_to_back((0, 2, 4))
    assert not back_to_back((1, 3, 5))
    assert not back_to_back((3,))
    assert not back_to_back(())
