"""The health check's questions as data, and which answers stay open: a talk with the GP first.

The topics are those of the PAR-Q+ (the 2023 version of the PAR-Q+ Collaboration; Warburton et
al. 2011, Health & Fitness Journal of Canada 4(2):3-23), asked in our own words, then the three
STEADI falls questions (Stevens & Phelan 2013, Health Promotion Practice 14(5):706-714). As on
pages 2 and 3 of the PAR-Q+, a "yes" to a topic opens short follow-up questions; only a
follow-up that matters, answered "yes", keeps its topic open. ``readiness`` builds the rest of
the check on this; the stored check (``model.ReadinessCheck``) asks this module whether it
advises the GP first, so it needs no other part of the domain.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Question:
    """One question of the check; the UI holds the words, looked up by ``code``.

    ``follow_ups`` are asked when this question is answered "yes". A "yes" to a question that
    is a ``concern`` stays open: a talk with the GP first. A "yes" to a ``fall_sign`` means a
    raised fall risk. A question with ``places`` is answered by choosing joints, not yes or no.
    """

    code: str
    concern: bool = False
    fall_sign: bool = False
    places: bool = False
    follow_ups: tuple[Question, ...] = ()


def _concerns(topic: str, *names: str) -> tuple[Question, ...]:
    return tuple(Question(f"{topic}.{name}", concern=True) for name in names)


# The seven PAR-Q+ topics, in its order, each with follow-ups modelled on its pages 2 and 3.
HEALTH: tuple[Question, ...] = (
    Question(
        "heart",  # a heart condition or high blood pressure (PAR-Q+ 1; follow-ups 3 and 4)
        follow_ups=_concerns(
            "heart", "hard_to_control", "irregular_or_failure", "pressure_160", "inactive_coronary"
        ),
    ),
    Question(
        "chest",  # chest pain at rest, in daily activities or when active (PAR-Q+ 2)
        follow_ups=_concerns("chest", "new_or_changed", "cause_unknown"),
    ),
    Question(
        "dizzy",  # lost balance through dizziness, or consciousness, in 12 months (PAR-Q+ 3)
        fall_sign=True,
        follow_ups=_concerns("dizzy", "fainted", "cause_unknown"),
    ),
    Question(
        "chronic",  # another long-lasting condition (PAR-Q+ 4; follow-ups 2 and 5 to 10)
        follow_ups=(
            Question(
                "chronic.diabetes",
                follow_ups=_concerns("chronic.diabetes", "unstable", "low_after", "complications"),
            ),
            Question(
                "chronic.lungs",
                follow_ups=_concerns("chronic.lungs", "hard_to_control", "breathless_at_rest"),
            ),
            Question(
                "chronic.stroke",
                follow_ups=_concerns("chronic.stroke", "recent", "walking"),
            ),
            Question(
                "chronic.other",
                follow_ups=_concerns("chronic.other", "hard_to_control", "several"),
            ),
        ),
    ),
    Question(
        "medicines",  # medicines for a long-lasting condition (PAR-Q+ 5)
        # Medicines that make a person dizzy or drowsy are a fall-risk factor in STEADI too, and
        # a reason to have them reviewed by the GP.
        follow_ups=(Question("medicines.dizzy", concern=True, fall_sign=True),),
    ),
    Question(
        "bones_joints",  # a bone, joint or soft-tissue problem (PAR-Q+ 6; follow-ups 1)
        follow_ups=(
            Question("bones_joints.where", places=True),
            # A new joint needs the surgeon's precautions first. A recent injection is
            # recorded, but on its own is no reason to wait: the joint it went into is among
            # those named, and a sore knee or hip already starts the plan joint-friendly.
            Question("bones_joints.replaced", concern=True),
            Question("bones_joints.injected"),
            *_concerns("bones_joints", "hard_to_control", "rest_pain", "fracture", "steroids"),
        ),
    ),
    Question("supervised", concern=True),  # a doctor said: only under supervision (PAR-Q+ 7)
)

# The three STEADI key questions: fallen in the past year, unsteady, worried about falling.
FALLS: tuple[Question, ...] = (
    Question("falls.fallen", fall_sign=True),
    Question("falls.unsteady", fall_sign=True),
    Question("falls.worried", fall_sign=True),
)

# The questions asked first, in order; the others follow up on a "yes".
QUESTIONS = tuple(question.code for question in (*HEALTH, *FALLS))

# The five questions of the first version of the check: any "yes" meant the GP first.
LEGACY_QUESTIONS = (
    "chest_pain",
    "dizziness",
    "recent_fracture_or_operation",
    "blood_pressure",
    "doctor_advised_against",
)

# Codes of the joints chosen: ``joint.`` and the place, such as ``joint.knee``.
JOINT_PREFIX = "joint."
PLACES_QUESTION = "bones_joints.where"


def _walk(
    questions: Iterable[Question], parent: str | None
) -> Iterator[tuple[Question, str | None]]:
    for question in questions:
        yield question, parent
        yield from _walk(question.follow_ups, question.code)


_PARENT: dict[str, str | None] = {q.code: parent for q, parent in _walk((*HEALTH, *FALLS), None)}
_BY_CODE: dict[str, Question] = {q.code: q for q, _parent in _walk((*HEALTH, *FALLS), None)}


def _topic(code: str) -> str:
    parent = _PARENT[code]
    return code if parent is None else _topic(parent)


_TOPIC_OF = {code: _topic(code) for code in _PARENT}


def reached(code: str, answers: frozenset[str]) -> bool:
    """Return True when every question before this one in its topic was answered yes."""
    parent = PLACES_QUESTION if code.startswith(JOINT_PREFIX) else _PARENT.get(code)
    while parent is not None:
        if parent != PLACES_QUESTION and parent not in answers:
            return False
        parent = _PARENT[parent]
    return True


def open_topics(yes_answers: Iterable[str]) -> tuple[str, ...]:
    """Return the topics that stay open after their follow-ups, in the order asked.

    An open topic advises a talk with the GP first. A code of the first version of the check is
    a topic of its own and always open: it was asked without follow-ups.
    """
    answers = frozenset(yes_answers)
    topics = {
        _TOPIC_OF[code]
        for code in answers
        if code in _BY_CODE and _BY_CODE[code].concern and reached(code, answers)
    }
    legacy = tuple(code for code in LEGACY_QUESTIONS if code in answers)
    return legacy + tuple(code for code in QUESTIONS if code in topics)


def advises_doctor(yes_answers: Iterable[str]) -> bool:
    """Return True when any topic stays open: talk with the GP before training."""
    return bool(open_topics(yes_answers))


def question(code: str) -> Question:
    """Return the question with this code (KeyError for an unknown one)."""
    return _BY_CODE[code]


def all_questions() -> tuple[Question, ...]:
    """Return every question, follow-ups included, in the order they are asked."""
    return tuple(q for q, _parent in _walk((*HEALTH, *FALLS), None))
