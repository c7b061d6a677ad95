"""The health check: PAR-Q+ topics with follow-ups, joints, STEADI falls, and when to ask again."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

import pytest

from sterkblijven.domain import readiness
from sterkblijven.domain.readiness import (
    FALLS,
    HEALTH,
    LEGACY_QUESTIONS,
    QUESTIONS,
    Question,
    Recheck,
    answer,
    fall_risk,
    joint_code,
    open_topics,
    recheck,
    sore_joints,
)
from sterkblijven.domain.session import PainPlace

NOW = datetime(2026, 11, 18, 10, 30)


def _every(questions: tuple[Question, ...]) -> list[Question]:
    found: list[Question] = []
    for item in questions:
        found.append(item)
        found += _every(item.follow_ups)
    return found


def _with_parents(code: str) -> set[str]:
    """Return the code and every question it follows up on (its dotted prefixes)."""
    parts = code.split(".")
    return {".".join(parts[:n]) for n in range(1, len(parts) + 1)}


CONCERNS = [q.code for q in _every(HEALTH) if q.concern]
TOPICS_WITH_FOLLOW_UPS = [q for q in HEALTH if q.follow_ups]


def test_all_no_allows_training_and_advises_nothing() -> None:
    """No yes at all: nothing stays open, training may start, no fall risk, no sore joints."""
    check = answer([], NOW)
    assert check.training_allowed and not check.advises_doctor
    assert open_topics(()) == ()
    assert not fall_risk(()) and sore_joints(()) == frozenset()


def test_the_seven_par_q_topics_and_three_steadi_questions_come_first() -> None:
    """The check asks the seven PAR-Q+ topics, then the three STEADI falls questions."""
    assert len(HEALTH) == 7 and len(FALLS) == 3
    assert tuple(q.code for q in (*HEALTH, *FALLS)) == QUESTIONS


@pytest.mark.parametrize("topic", TOPICS_WITH_FOLLOW_UPS, ids=lambda q: q.code)
def test_a_yes_with_every_follow_up_no_is_resolved(topic: Question) -> None:
    """A yes to a topic whose follow-ups are all no advises no GP first (as PAR-Q+ page 2-3)."""
    check = answer([topic.code], NOW)
    assert not check.advises_doctor and check.training_allowed


@pytest.mark.parametrize("code", CONCERNS)
def test_a_follow_up_yes_keeps_its_topic_open(code: str) -> None:
    """A yes to a follow-up that matters keeps its own topic open: the GP first."""
    codes = _with_parents(code)
    check = answer(codes, NOW)
    assert open_topics(codes) == (code.split(".")[0],)
    assert check.advises_doctor and not check.training_allowed
    confirmed = dataclasses.replace(check, confirmed_at=NOW)
    assert confirmed.training_allowed


def test_supervision_only_has_no_follow_up_and_stays_open() -> None:
    """A doctor's advice to exercise only under supervision always advises the GP first."""
    assert readiness.question("supervised").follow_ups == ()
    assert open_topics(["supervised"]) == ("supervised",)


def test_a_group_within_a_topic_opens_its_own_follow_ups() -> None:
    """Diabetes under control (its follow-ups no) is resolved; unstable blood sugar is open."""
    assert open_topics(["chronic", "chronic.diabetes"]) == ()
    assert open_topics(["chronic", "chronic.diabetes", "chronic.diabetes.unstable"]) == ("chronic",)


def test_topics_stay_open_in_the_order_asked() -> None:
    """Several open topics are listed in the order the questions come."""
    codes = {"supervised", "heart", "heart.pressure_160", "chest", "chest.cause_unknown"}
    assert open_topics(codes) == ("heart", "chest", "supervised")


def test_unknown_codes_and_follow_ups_without_their_question_are_refused() -> None:
    """The form only asks follow-ups after a yes; anything else is a programming error."""
    with pytest.raises(ValueError, match="unknown"):
        answer(["unknown"], NOW)
    with pytest.raises(ValueError, match="without their question"):
        answer(["heart.hard_to_control"], NOW)
    with pytest.raises(ValueError, match="without their question"):
        answer(["chronic", "chronic.diabetes.unstable"], NOW)
    with pytest.raises(ValueError, match="without their question"):
        answer([joint_code(PainPlace.KNEE)], NOW)


def test_a_stored_follow_up_without_its_question_counts_for_nothing() -> None:
    """Data holding a follow-up but not its topic neither opens the topic nor names a joint."""
    assert open_topics(["heart.hard_to_control"]) == ()
    assert sore_joints([joint_code(PainPlace.KNEE)]) == frozenset()
    assert not fall_risk(["medicines.dizzy"])


def test_the_joints_named_are_read_back() -> None:
    """The joints chosen under the bone and joint topic are the sore joints."""
    codes = {"bones_joints", joint_code(PainPlace.KNEE), joint_code(PainPlace.NECK)}
    assert sore_joints(codes) == {PainPlace.KNEE, PainPlace.NECK}
    assert not answer(codes, NOW).advises_doctor


def test_a_new_joint_advises_the_gp_but_an_injection_does_not() -> None:
    """A joint replaced lately stays open; a recent injection only shapes the plan."""
    knee = joint_code(PainPlace.KNEE)
    assert open_topics({"bones_joints", knee, "bones_joints.replaced"}) == ("bones_joints",)
    assert open_topics({"bones_joints", knee, "bones_joints.injected"}) == ()


@pytest.mark.parametrize("code", [q.code for q in FALLS])
def test_any_steadi_yes_means_fall_risk(code: str) -> None:
    """Fallen in the past year, unsteady, or worried about falling: each is a fall risk."""
    assert fall_risk([code])
    assert not answer([code], NOW).advises_doctor


def test_dizziness_and_dizzying_medicines_are_fall_signs_too() -> None:
    """Losing balance through dizziness, or medicines that make dizzy, raise the fall risk."""
    assert fall_risk(["dizzy"])
    assert fall_risk(["medicines", "medicines.dizzy"])
    assert not fall_risk(["heart", "chronic", "bones_joints"])


@pytest.mark.parametrize("code", LEGACY_QUESTIONS)
def test_a_check_of_the_first_version_keeps_its_meaning(code: str) -> None:
    """Each of the five first questions was asked without follow-ups: a yes stays open."""
    check = answer([code], NOW)
    assert open_topics([code]) == (code,)
    assert check.advises_doctor and not check.training_allowed
    assert dataclasses.replace(check, confirmed_at=NOW).training_allowed


def test_every_code_is_known_once() -> None:
    """Questions, joints and the first version's codes are all known, none twice."""
    codes = [q.code for q in _every((*HEALTH, *FALLS)) if not q.places]
    assert len(codes) == len(set(codes))
    joints = {joint_code(place) for place in readiness.JOINT_PLACES}
    assert set(codes) | joints | set(LEGACY_QUESTIONS) == readiness.ALL_CODES


def test_the_check_is_due_again_after_a_year() -> None:
    """A check holds for a year; from 365 days on it is asked again."""
    check = answer([], NOW)
    assert recheck(check, NOW + timedelta(days=364, hours=23), False) is None
    assert recheck(check, NOW + timedelta(days=365), False) is Recheck.YEAR


def test_the_check_is_due_again_after_a_hospital_stay() -> None:
    """A hospital stay reported after the check makes it due at once."""
    check = answer([], NOW)
    assert recheck(check, NOW + timedelta(days=3), True) is Recheck.HOSPITAL


def test_without_any_check_it_is_due() -> None:
    """A person without any check (read in from a file) is asked it."""
    assert recheck(None, NOW, False) is Recheck.FIRST
    assert recheck(None, NOW, True) is Recheck.FIRST
