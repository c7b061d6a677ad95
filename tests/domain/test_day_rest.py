"""Which exercises count as standing leg and balance work, over the shipped catalogue."""

from __future__ import annotations

import pytest

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.day_rest import standing_leg_work
from sterkblijven.domain.model import EquipmentKind

BODY, BAND, DUMBBELL = EquipmentKind.BODYWEIGHT, EquipmentKind.BAND, EquipmentKind.DUMBBELL


@pytest.mark.parametrize(
    ("exercise_id", "kind"),
    [
        ("sit_to_stand", BODY),
        ("chair_squat", DUMBBELL),
        ("step_up", BODY),
        ("calf_raise", BODY),
        ("standing_hip_extension", BAND),
        ("side_leg_raise", BODY),
        ("side_steps", BAND),
        ("single_leg_stand", BODY),
        ("heel_to_toe_stand", BODY),
        ("farmers_carry", DUMBBELL),
    ],
)
def test_standing_leg_and_balance_work(
    catalogue: Catalogue, exercise_id: str, kind: EquipmentKind
) -> None:
    """Standing on the legs to work them, or to balance: this rests after a knee gives way."""
    exercise = catalogue.get(exercise_id)
    assert exercise is not None
    assert standing_leg_work(exercise, kind)


@pytest.mark.parametrize(
    ("exercise_id", "kind"),
    [
        ("seated_knee_extension", BAND),
        ("seated_leg_press", BAND),
        ("seated_row", BAND),
        ("shoulder_press", DUMBBELL),
        ("biceps_curl", BAND),
        ("wall_push_up", BODY),
        ("band_pull_apart", BAND),
    ],
)
def test_seated_and_arm_work(catalogue: Catalogue, exercise_id: str, kind: EquipmentKind) -> None:
    """Seated, or work for the arms: this may go on (unless it loads the joint that hurt)."""
    exercise = catalogue.get(exercise_id)
    assert exercise is not None
    assert not standing_leg_work(exercise, kind)
