"""The shipped balance exercises progress by clinical steps, safely ordered."""

from __future__ import annotations

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.model import Measure, Task

STANDING_BALANCE = ("single_leg_stand", "heel_to_toe_stand", "side_steps")
SUPPORT = {"nl": ("rugleuning", "aanrecht"), "en": ("chair", "worktop")}
HARDEST = {"nl": ("ogen dicht", "hoofd"), "en": ("close your eyes", "head")}


def test_every_standing_balance_exercise_has_steps_from_two_hands_on(catalogue: Catalogue) -> None:
    """Each starts with both hands holding on; only balance exercises have steps."""
    for exercise_id in STANDING_BALANCE:
        exercise = catalogue.get(exercise_id)
        assert exercise is not None and len(exercise.balance_levels) >= 4, exercise_id
        assert "twee handen" in exercise.balance_levels[0].text("nl"), exercise_id
        assert "both hands" in exercise.balance_levels[0].text("en"), exercise_id
    for exercise in catalogue.exercises:
        if exercise.balance_levels:
            assert exercise.task is Task.BALANCE
            assert exercise.measure in (Measure.SECONDS, Measure.REPS)


def test_eyes_closed_or_head_turns_come_last_and_keep_support_at_hand(
    catalogue: Catalogue,
) -> None:
    """A step with eyes closed or head turns names the chair or worktop within reach."""
    for exercise in catalogue.exercises:
        for language in ("nl", "en"):
            texts = [level.text(language) for level in exercise.balance_levels]
            words = HARDEST[language]
            hardest = [i for i, text in enumerate(texts) if any(w in text for w in words)]
            if hardest:
                assert hardest == list(range(hardest[0], len(texts))), exercise.id
            for index in hardest:
                assert any(word in texts[index] for word in SUPPORT[language]), exercise.id
