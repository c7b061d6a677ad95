"""Suggestions as kept on record: who decided what about each, and when."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime

from sterkblijven.domain.model import RoutineExercise
from sterkblijven.domain.progression import Advice, Suggestion


class Status(enum.StrEnum):
    """Where a suggestion stands."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    CHANGED = "changed"  # accepted with another dose chosen
    REJECTED = "rejected"
    SUPERSEDED = "superseded"  # a newer session brought a newer suggestion first


class Decider(enum.StrEnum):
    """Who decided."""

    CARER = "carer"
    TRAINEE = "trainee"


@dataclass(frozen=True, slots=True)
class SuggestionRecord:
    """A stored suggestion for the exercise at ``position`` of the routine."""

    id: int
    trainee_id: int
    session_id: int | None
    position: int
    suggestion: Suggestion
    created_at: datetime
    applied: bool  # in force already: lighter for pain, or a return after a break
    status: Status = Status.PENDING
    chosen: RoutineExercise | None = None
    decided_at: datetime | None = None
    decided_by: Decider | None = None
    # The stored version this was read at, and the login of who last changed it (None at
    # home, where carers are not named); neither is part of what was decided.
    version: int = field(default=0, compare=False)
    changed_by: str | None = field(default=None, compare=False)

    @property
    def exercise_id(self) -> str:
        """Return the exercise the suggestion is about."""
        return self.suggestion.current.exercise_id


def applies_at_once(suggestion: Suggestion) -> bool:
    """Return True for suggestions that take effect before anyone decides: pain rules win.

    A lighter dose for pain, a pause, and the first session after a break never wait for a
    carer; they can still be changed or undone afterwards.
    """
    lowering = suggestion.advice in (Advice.LIGHTER, Advice.PAUSE, Advice.RESTART)
    return suggestion.see_gp or suggestion.retest or (lowering and suggestion.changes_anything)


def worth_keeping(suggestion: Suggestion) -> bool:
    """Return True for suggestions someone should see: a change, or advice to see the GP."""
    return suggestion.changes_anything or suggestion.see_gp or suggestion.retest
