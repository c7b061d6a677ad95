"""What a session done on the printed card is entered as: the lines of the card, and its sets.

The use case itself is ``Training.record_from_paper``, beside the other ways a session is kept.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime

from sterkblijven.domain.model import RoutineExercise
from sterkblijven.domain.session import Effort, SetRecord


@dataclass(frozen=True, slots=True)
class PaperEntry:
    """What the card says of one exercise: the count, effort and pain, or None: not done."""

    position: int
    reps: int | None
    effort: Effort | None = None
    pain: int | None = None


@dataclass(frozen=True, slots=True)
class PaperExercise:
    """An exercise of the plan to enter from paper, at its place in the plan."""

    position: int
    item: RoutineExercise


@dataclass(frozen=True, slots=True)
class PaperForm:
    """What entering a session from paper offers: the plan's exercises and the days allowed."""

    exercises: tuple[PaperExercise, ...]  # the exercises trained now, not those resting
    first_day: date  # the day the person was added
    today: date


def paper_sets(item: RoutineExercise, entry: PaperEntry, moment: datetime) -> list[SetRecord]:
    """Return the sets a card's line stands for: the planned sets, or one that stopped it."""
    first = SetRecord(
        exercise_id=item.exercise_id,
        set_number=1,
        load=item.load,
        reps=entry.reps or 0,
        # The last of the five words says "I could not do one more".
        reached_failure=entry.effort is Effort.MAXIMAL,
        effort=entry.effort,
        pain=entry.pain,
        pain_place=None,
        stop_signals=frozenset(),
        recorded_at=moment,
    )
    count = 1 if first.must_stop else max(1, item.sets)
    return [dataclasses.replace(first, set_number=number) for number in range(1, count + 1)]
