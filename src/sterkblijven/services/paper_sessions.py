"""What a session done on the printed card is entered as: the lines of the card, and its sets.

The use case itself is ``Training.record_from_paper``, beside the other ways a session is kept.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime

from sterkblijven.domain.model import RoutineExercise
from sterkblijven.domain.session import Effort, SetRecord, StopSignal


@dataclass(frozen=True, slots=True)
class PaperEntry:
    """What the card says of one exercise: the count, effort, pain and stop signals, or not done.

    ``exercise_id`` is the exercise the form showed at ``position``: a plan changed since is
    noticed, so that no count lands on another exercise. ``reps`` None means not done.
    """

    position: int
    exercise_id: str
    reps: int | None
    effort: Effort | None = None
    pain: int | None = None
    stop_signals: frozenset[StopSignal] = frozenset()


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
    # Why no training may be entered now (the health check or a hospital stay waits), or None.
    waits_for: str | None = None


def paper_sets(item: RoutineExercise, entry: PaperEntry, moment: datetime) -> list[SetRecord]:
    """Return the sets a card's line stands for: the planned sets, or one that stopped it.

    Pain above 5 or a stop signal written on the card stopped the exercise after one set.
    """
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
        stop_signals=entry.stop_signals,
        recorded_at=moment,
    )
    count = 1 if first.must_stop else max(1, item.sets)
    return [dataclasses.replace(first, set_number=number) for number in range(1, count + 1)]


def paper_refusal(code: str | None) -> str | None:
    """Return the carer's refusal for entering from paper, for a refusal before exertion."""
    return None if code is None else f"paper_{code}"
