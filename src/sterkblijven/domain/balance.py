"""More balance work after a test result in the fall-risk band.

Balance and functional exercise lower the rate of falls by about a quarter (Sherrington et al.
2019, Cochrane CD012424); programmes that work add up to about three hours of challenging
balance a week (Sherrington et al. 2017, BJSM 51:1750). So a fall-risk result adds a balance
exercise the routine lacks, at its easiest step, or, when none can be added, raises the balance
exercise at the lowest step by one. Only exercises that progress by steps (their catalogue
entry lists them) count: they are the ones made for it.
"""

from __future__ import annotations

import dataclasses

from sterkblijven.domain.catalogue import Catalogue, Exercise
from sterkblijven.domain.model import Equipment, EquipmentKind, Routine
from sterkblijven.domain.planning import starting_dose
from sterkblijven.domain.progression import Advice, Reason, Suggestion


@dataclasses.dataclass(frozen=True, slots=True)
class MoreBalance:
    """Where the routine gets more balance work, and the suggestion that says how."""

    position: int  # the place in the routine; for an added exercise, after the last one
    suggestion: Suggestion
    exercise: Exercise


def more_balance(
    routine: Routine, catalogue: Catalogue, equipment: Equipment, most_exercises: int
) -> MoreBalance | None:
    """Return the balance work a fall-risk result adds to a routine, or None when it cannot.

    An added exercise is proposed at its easiest step with body weight; its ``current`` dose is
    the same one resting, as it is not trained yet.
    """
    levelled = [exercise for exercise in catalogue.exercises if exercise.balance_levels]
    planned = {item.exercise_id for item in routine.exercises}
    if len(routine.exercises) < most_exercises:
        for exercise in levelled:
            if exercise.id in planned:
                continue
            dose = starting_dose(exercise, equipment, EquipmentKind.BODYWEIGHT)
            if dose is None:
                continue
            resting = dataclasses.replace(dose, paused=True)
            suggestion = Suggestion(Advice.ADD, Reason.FALL_RISK, resting, dose)
            return MoreBalance(len(routine.exercises), suggestion, exercise)
    by_id = {exercise.id: exercise for exercise in levelled}
    raisable = [
        (item.balance_level, position, item)
        for position, item in enumerate(routine.exercises)
        if item.exercise_id in by_id
        and not item.paused
        and item.balance_level + 1 < len(by_id[item.exercise_id].balance_levels)
    ]
    if not raisable:
        return None
    level, position, item = min(raisable, key=lambda found: (found[0], found[1]))
    harder = dataclasses.replace(item, balance_level=max(level, 0) + 1)
    suggestion = Suggestion(Advice.NEXT_LEVEL, Reason.FALL_RISK, item, harder)
    return MoreBalance(position, suggestion, by_id[item.exercise_id])
