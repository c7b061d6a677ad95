"""The default weekly routine: whole body, fits the equipment, light start."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from sterkblijven.domain.bands import COMMON_DUMBBELLS_KG, THERABAND_ORDER, theraband_ladder
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.model import BodyRegion, Equipment, EquipmentKind, Measure
from sterkblijven.domain.planning import (
    MAX_EXERCISES,
    MIN_EXERCISES,
    back_to_back,
    build_default_routine,
    week_start,
)

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
