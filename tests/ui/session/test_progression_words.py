"""The suggestions in words: every reason explained, and the new steps said plainly."""

from __future__ import annotations

import dataclasses

import pytest

from sterkblijven.domain.model import EquipmentKind, Load, RoutineExercise
from sterkblijven.domain.progression import Advice, Reason, Suggestion
from sterkblijven.words.progression import next_time, suggestion_text, why_text

BODY = Load(EquipmentKind.BODYWEIGHT)
SIT = RoutineExercise("sit_to_stand", BODY)
STAND = RoutineExercise("single_leg_stand", BODY, rep_min=10, rep_max=30)


@pytest.mark.parametrize("reason", list(Reason))
def test_every_reason_has_a_why(reason: Reason) -> None:
    """Each reason the engine can give is explained in words."""
    assert why_text(Suggestion(Advice.SAME, reason, SIT, SIT)).strip()


def test_the_new_steps_are_said_in_plain_words() -> None:
    """Past body weight names the dumbbell; a balance step, a new load and adding say so."""
    dumbbell = dataclasses.replace(SIT, load=Load(EquipmentKind.DUMBBELL, kg=1.0))
    own = suggestion_text(Suggestion(Advice.HEAVIER, Reason.OWN_WEIGHT, SIT, dumbbell))
    assert "own weight" in own and "1 kg" in own
    harder = dataclasses.replace(STAND, balance_level=1)
    step = suggestion_text(Suggestion(Advice.NEXT_LEVEL, Reason.LEVEL_MASTERED, STAND, harder))
    assert "step" in step
    risk = suggestion_text(Suggestion(Advice.NEXT_LEVEL, Reason.FALL_RISK, STAND, harder))
    assert "test" in risk
    added = suggestion_text(Suggestion(Advice.ADD, Reason.FALL_RISK, STAND, STAND))
    assert "Add" in added
    easier = suggestion_text(Suggestion(Advice.LIGHTER, Reason.LEVEL_TOO_HARD, harder, STAND))
    assert "easier step" in easier
    top = suggestion_text(Suggestion(Advice.SAME, Reason.TOP_LEVEL, STAND, STAND))
    assert "hardest step" in top
    growing = next_time(Suggestion(Advice.SAME, Reason.NEW_LOAD, dumbbell, dumbbell))
    assert "1 kg" in growing and "grow" in growing
