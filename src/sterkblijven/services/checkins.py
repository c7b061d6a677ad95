"""The next-day check-in as a use case step: store the answer, lower what it concerns.

The rules (which exercises, when the GP or physiotherapist is advised) are in
``domain.checkin``; here they meet the stored session, the plan and the earlier answers. The
lowering goes through ``store_suggestions``, the one path by which pain rules reach the plan,
so it wins over whatever was accepted or waits, as every pain rule does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.checkin import (
    REPEAT_WINDOW,
    CheckinAnswer,
    Fallback,
    Trained,
    choose,
    repeated,
)
from sterkblijven.domain.model import RoutineExercise
from sterkblijven.domain.progression import NextDay, Suggestion, suggest
from sterkblijven.domain.session import PainPlace, SessionState
from sterkblijven.domain.validation import InputRefused
from sterkblijven.services.suggestions import store_suggestions
from sterkblijven.storage import Transaction
from sterkblijven.storage import repositories as repo
from sterkblijven.storage import sessions as store


@dataclass(frozen=True, slots=True)
class CheckinOutcome:
    """What an answer changed, for the acknowledgement on screen."""

    answer: CheckinAnswer
    lowered: tuple[Suggestion, ...] = ()  # the lower doses now in force, in routine order
    places: frozenset[PainPlace] = frozenset()  # the named places that chose the exercises
    fallback: Fallback | None = None  # how exercises were chosen where no place did
    repeated: frozenset[PainPlace] = frozenset()  # worse again here within four weeks

    @property
    def see_gp(self) -> bool:
        """Return True when the answer advises contact with the GP or physiotherapist."""
        answer = self.answer
        return answer.night_pain or answer.long_stiffness or bool(self.repeated)


def record(
    tx: Transaction,
    catalogue: Catalogue,
    state: SessionState,
    answer: CheckinAnswer,
    now: datetime,
    tempo_possible: Callable[[RoutineExercise], bool],
) -> CheckinOutcome:
    """Store the answer about a session once, and put the lower doses it asks in force."""
    if store.checkin_answered(tx, state.id):
        raise InputRefused("checkin_done")
    kept = answer.kept()
    earlier = store.checkins_since(tx, state.trainee_id, now - REPEAT_WINDOW)
    store.add_checkin(
        tx,
        state.trainee_id,
        state.id,
        kept.joints,
        kept.long_stiffness,
        now,
        night_pain=kept.night_pain,
        places=kept.places,
    )
    trained = [
        Trained(
            progress.position,
            _joints(catalogue, progress.item.exercise_id),
            max((record.pain or 0 for record in progress.sets), default=0),
        )
        for progress in state.exercises
        if progress.sets
    ]
    choice = choose(kept, trained)
    again = repeated(kept, earlier)
    if not choice.lowered:
        return CheckinOutcome(kept, repeated=again)
    equipment = repo.load_equipment(tx, state.trainee_id)
    suggestions: dict[int, Suggestion] = {}
    for progress in state.exercises:
        regions = choice.lowered.get(progress.position)
        if regions is None:
            continue
        next_day = NextDay(
            joints_worse=kept.worse,
            long_stiffness=kept.long_stiffness,
            night_pain=kept.night_pain,
            repeat=bool(regions & again),
        )
        exercise = catalogue.get(progress.item.exercise_id)
        suggestions[progress.position] = suggest(
            progress.item,
            progress.sets,
            equipment,
            next_day,
            tempo_possible=tempo_possible(progress.item),
            # One step down from the lightest dumbbell of an exercise that began with body
            # weight is body weight again, not a pause.
            ways=() if exercise is None else exercise.equipment,
            levels=0 if exercise is None else len(exercise.balance_levels),
        )
    in_force = store_suggestions(tx, state.trainee_id, state.id, suggestions, now)
    lowered = tuple(
        suggestion
        for position, suggestion in sorted(suggestions.items())
        if in_force.get(position) and suggestion.changes_anything
    )
    return CheckinOutcome(kept, lowered, choice.places, choice.fallback, again)


def _joints(catalogue: Catalogue, exercise_id: str) -> frozenset[PainPlace]:
    # An exercise no longer in the catalogue loads no joint known: only a fallback lowers it.
    exercise = catalogue.get(exercise_id)
    return frozenset() if exercise is None else exercise.joints
