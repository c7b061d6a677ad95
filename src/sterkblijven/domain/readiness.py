"""The health check before training: PAR-Q+ topics with follow-up questions, joints and falls.

The questions and which answers stay open are data in ``health_check`` (re-exported here);
this module adds the joints, the fall risk, the check as it is stored, and when to ask again.

The health topics are those of the PAR-Q+ (the 2023 version of the PAR-Q+ Collaboration;
Warburton et al. 2011, Health & Fitness Journal of Canada 4(2):3-23), asked in our own words.
As on its pages 2 and 3, a "yes" to a topic opens short follow-up questions; only a follow-up
that is answered "yes" (it is hard to keep under control, it happens at rest, it is recent)
stays open and advises a talk with the GP first. The person, or their carer, then confirms
before training starts. A doctor's advice to exercise only under supervision has no follow-up:
it always stays open.

The bone and joint topic also asks which joints hurt and whether a joint was replaced or
injected lately; sore knees or hips shape the first plan (see ``planning``). The falls questions
are the three key questions of the CDC's STEADI (Stevens & Phelan 2013, Health Promotion
Practice 14(5):706-714): any "yes" means a raised fall risk, which adds balance work.

The check is asked again a year after the last one, or after a hospital stay reported since it.

Answers are stored as the codes of the questions answered "yes" (and ``joint.<place>`` for each
joint chosen). Checks made before these questions (five codes, any "yes" meant the GP first)
keep their meaning: each of those codes stays open.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import datetime, timedelta

from sterkblijven.domain.health_check import (
    FALLS,
    HEALTH,
    JOINT_PREFIX,
    LEGACY_QUESTIONS,
    QUESTIONS,
    Question,
    advises_doctor,
    all_questions,
    open_topics,
    question,
    reached,
)
from sterkblijven.domain.model import ReadinessCheck
from sterkblijven.domain.session import PainPlace

__all__ = [
    "ALL_CODES",
    "FALLS",
    "HEALTH",
    "JOINT_PLACES",
    "LEGACY_QUESTIONS",
    "QUESTIONS",
    "RECHECK_AFTER",
    "Question",
    "Recheck",
    "advises_doctor",
    "answer",
    "fall_risk",
    "joint_code",
    "open_topics",
    "question",
    "recheck",
    "sore_joints",
]

# The joints a person can name, in the words the session uses for where it hurts.
JOINT_PLACES = tuple(PainPlace)

RECHECK_AFTER = timedelta(days=365)


class Recheck(enum.StrEnum):
    """Why the check is due again."""

    FIRST = "first"  # never answered (a person read in from a file without one)
    YEAR = "year"  # the last one was a year ago or more
    HOSPITAL = "hospital"  # a hospital stay was reported after it


def joint_code(place: PainPlace) -> str:
    """Return the code stored when this joint is chosen."""
    return f"{JOINT_PREFIX}{place.value}"


_JOINT_CODES = {joint_code(place): place for place in JOINT_PLACES}

# Every code a stored check may hold, also those of the first version.
ALL_CODES = frozenset(
    {item.code for item in all_questions() if not item.places}
    | set(_JOINT_CODES)
    | set(LEGACY_QUESTIONS)
)


def answer(yes_answers: Iterable[str], answered_at: datetime) -> ReadinessCheck:
    """Record which questions were answered yes.

    Unknown codes, a follow-up without a "yes" to the question it follows, or a joint without
    the bone and joint topic are a programming error: the form asks follow-ups only after a yes.
    """
    answers = frozenset(yes_answers)
    unknown = answers - ALL_CODES
    if unknown:
        raise ValueError(f"unknown readiness questions: {sorted(unknown)}")
    orphans = sorted(code for code in answers if not reached(code, answers))
    if orphans:
        raise ValueError(f"follow-up answers without their question: {orphans}")
    return ReadinessCheck(yes_answers=answers, answered_at=answered_at)


def sore_joints(yes_answers: Iterable[str]) -> frozenset[PainPlace]:
    """Return the joints named in the bone and joint questions."""
    answers = frozenset(yes_answers)
    return frozenset(
        place for code, place in _JOINT_CODES.items() if code in answers and reached(code, answers)
    )


def fall_risk(yes_answers: Iterable[str]) -> bool:
    """Return True when a falls question, or another sign of fall risk, was answered yes."""
    answers = frozenset(yes_answers)
    return any(
        item.fall_sign and item.code in answers and reached(item.code, answers)
        for item in all_questions()
    )


def recheck(
    check: ReadinessCheck | None, now: datetime, hospital_after_check: bool
) -> Recheck | None:
    """Return why the check is due again, or None while the last one still holds.

    Without any check it is due too: there is nothing to go on.
    """
    if check is None:
        return Recheck.FIRST
    if hospital_after_check:
        return Recheck.HOSPITAL
    if now - check.answered_at >= RECHECK_AFTER:
        return Recheck.YEAR
    return None
