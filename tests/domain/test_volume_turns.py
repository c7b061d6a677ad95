"""The weekly volume cap: a rise held back gets its turn before one that has just risen."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from sterkblijven.domain.model import Equipment, EquipmentKind, Load, RoutineExercise
from sterkblijven.domain.progression import Advice, ExerciseHistory, Reason, plan
from sterkblijven.domain.session import Effort, SetRecord
from sterkblijven.words.basics import load_text
from sterkblijven.words.progression import suggestion_text

NOW = datetime(2026, 11, 18, 10)
OWNED = Equipment(dumbbells_kg=(1.0, 2.0, 3.0, 4.0, 5.0, 6.0))
START = RoutineExercise("biceps_curl", Load(EquipmentKind.DUMBBELL, kg=2.0), sets=3)


def top(item: RoutineExercise) -> SetRecord:
    """Return a set at the top of the range, at failure, without pain."""
    return SetRecord(
        item.exercise_id, 1, item.load, item.rep_max, True, Effort.HARD, 0, None, frozenset(), NOW
    )


def test_three_rises_held_by_the_cap_each_get_their_turn_within_three_sessions() -> None:
    """Three exercises ready each session, room for one rise: each rises once in three."""
    items = [dataclasses.replace(START, exercise_id=name) for name in "abc"]
    earlier: dict[str, list[Load]] = {item.exercise_id: [START.load] * 2 for item in items}
    rises: list[list[str]] = []
    for _session in range(3):
        histories = [
            ExerciseHistory(
                item, (top(item),), tempo_possible=False, earlier=tuple(earlier[item.exercise_id])
            )
            for item in items
        ]
        suggestions = plan(histories, OWNED)
        rises.append([s.current.exercise_id for s in suggestions if s.advice is Advice.HEAVIER])
        for item in items:
            earlier[item.exercise_id].insert(0, item.load)
        items = [s.proposed for s in suggestions]
    assert all(len(session) == 1 for session in rises)
    assert sorted(name for session in rises for name in session) == ["a", "b", "c"]


def test_a_rise_held_by_the_cap_is_told_it_follows_next_time() -> None:
    """The words for a held rise say that it comes next."""
    items = [dataclasses.replace(START, exercise_id=name) for name in "ab"]
    histories = [ExerciseHistory(item, (top(item),), tempo_possible=False) for item in items]
    held = [s for s in plan(histories, OWNED) if s.reason is Reason.VOLUME_CAP]
    assert held
    text = suggestion_text(held[0])
    after_the_load = text.split(load_text(held[0].proposed.load), 1)[1]
    assert "next" in after_the_load.casefold()
