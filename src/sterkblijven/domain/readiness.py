"""The readiness check before the first session, modelled on the PAR-Q+ opening questions."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sterkblijven.domain.model import ReadinessCheck

# Each code is one question; the UI holds the words. Any "yes" advises a talk with the GP first.
QUESTIONS = (
    "chest_pain",
    "dizziness",
    "recent_fracture_or_operation",
    "blood_pressure",
    "doctor_advised_against",
)


def answer(yes_answers: Iterable[str], answered_at: datetime) -> ReadinessCheck:
    """Record which questions were answered yes; unknown codes are a programming error."""
    answers = frozenset(yes_answers)
    unknown = answers - set(QUESTIONS)
    if unknown:
        raise ValueError(f"unknown readiness questions: {sorted(unknown)}")
    return ReadinessCheck(yes_answers=answers, answered_at=answered_at)
