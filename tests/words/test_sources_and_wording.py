"""Every advice names its source, failure means "with good form", and results name their norms."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

import sterkblijven
from sterkblijven.domain import fitness
from sterkblijven.domain.model import EquipmentKind, Load, Measure, RoutineExercise, Sex, Trainee
from sterkblijven.domain.progress import Point
from sterkblijven.domain.progression import Advice, Reason, Suggestion
from sterkblijven.services.fitness import TestPlan as Plan
from sterkblijven.services.fitness import rate
from sterkblijven.words.basics import target_text
from sterkblijven.words.education import explained, introduction
from sterkblijven.words.fitness import needs_text, rated_text
from sterkblijven.words.progress import pain_summary
from sterkblijven.words.progression import suggestion_text, why_text

PACKAGE = Path(sterkblijven.__file__).parent
RIET = Trainee("Riet", 1948, Sex.FEMALE, 1)
# A published source as the texts name it: "Smith et al., 2003", "ACSM 2009".
CITED = re.compile(r"[A-Z][A-Za-z]+( et al\.)?,? (19|20)\d\d\b")


def suggestion(reason: Reason, advice: Advice = Advice.SAME) -> Suggestion:
    """Return a suggestion for the biceps curl with 2 kg, for this reason."""
    item = RoutineExercise("biceps_curl", Load(EquipmentKind.DUMBBELL, kg=2.0))
    return Suggestion(advice, reason, item, item)


# Failure, and pain the next day


def test_the_target_says_one_more_with_good_form() -> None:
    """'Until you cannot do more' is always 'one more with good form'."""
    text = target_text(Measure.REPS, 20, 25)
    assert text == "20 to 25 times, until you cannot do one more with good form"


def test_no_text_says_until_it_really_will_not_go() -> None:
    """No interface text asks to go on 'until you really cannot', without good form."""
    for folder in ("words", "ui", "paper"):
        for path in (PACKAGE / folder).rglob("*.py"):
            code = " ".join(path.read_text(encoding="utf-8").split())
            assert "until you really cannot" not in code, path
            assert "before you cannot go on" not in code, path


def test_acceptable_pain_is_back_to_usual_the_next_morning() -> None:
    """With arthritis pain is never gone: the rule is 'back to its usual level'."""
    text = pain_summary((Point(date(2026, 11, 18), 4.0),))
    assert "back to its usual level the next morning" in text
    assert "gone" not in text


def test_a_short_break_restart_stops_with_good_form() -> None:
    """Coming back after two weeks stops 2 or 3 short, with good form."""
    assert "with good form" in suggestion_text(suggestion(Reason.SHORT_BREAK))


# Sources


@pytest.mark.parametrize(
    "reason",
    [
        Reason.VOLUME_CAP,
        Reason.HOSPITAL,
        Reason.SHORT_BREAK,
        Reason.LONG_BREAK,
        Reason.VERY_LONG_BREAK,
        Reason.TOP_OF_RANGE,
        Reason.PAIN,
        Reason.NEXT_DAY,
        Reason.MORNING_STIFFNESS,
    ],
)
def test_each_advice_names_its_published_source(reason: Reason) -> None:
    """The 'Why?' of a rule names author and year of what it rests on."""
    assert CITED.search(why_text(suggestion(reason))), reason


def test_the_weekly_cap_says_it_is_a_rule_of_thumb_on_acsm() -> None:
    """The 10 % cap is a design choice built on the ACSM position stand, and says so."""
    text = why_text(suggestion(Reason.VOLUME_CAP))
    assert "rule of thumb" in text and "Ratamess et al., 2009" in text


def test_the_hospital_advice_names_its_grounds() -> None:
    """Check and clearance again, a restart from a test; the surgeon; Too Fit To Fracture."""
    text = why_text(suggestion(Reason.HOSPITAL, Advice.RESTART))
    for part in ("health questions again", "GP or physiotherapist", "from a test", "our own"):
        assert part in text
    assert "surgeon" in text and "Giangregorio et al., 2014" in text


# Education


def test_the_introduction_is_four_short_sentences_and_its_sources() -> None:
    """Short enough to read at once, with OARSI, the KNGF guideline and Lim, Choi & Kim."""
    *sentences, sources = introduction()
    assert len(sentences) == 4
    assert all(len(sentence) <= 220 for sentence in sentences)
    assert "wear out" in sentences[0]
    assert "normal" in sentences[1]
    assert "muscle" in sentences[2] and "joint" in sentences[2]
    assert "one more with good form" in sentences[3]
    for source in ("OARSI", "(2019)", "KNGF", "(2018)", "Lim, Choi & Kim (2024)"):
        assert source in sources


def test_why_after_a_worse_next_day_tells_soreness_from_joint_pain() -> None:
    """Beside a lowering for the next day: early soreness is normal, and how to tell it apart."""
    lines = explained(suggestion(Reason.NEXT_DAY, Advice.LIGHTER))
    assert lines[0] == why_text(suggestion(Reason.NEXT_DAY))
    assert any("normal" in line for line in lines[1:])
    assert any("muscle" in line and "joint" in line for line in lines[1:])


def test_why_after_pain_during_a_set_never_plays_it_down() -> None:
    """Pain above 5 in a set is no soreness: no 'that is normal' beside it."""
    assert explained(suggestion(Reason.PAIN, Advice.LIGHTER)) == [why_text(suggestion(Reason.PAIN))]


def test_why_of_a_step_up_says_what_failure_means() -> None:
    """Beside the counting rules: 'until you cannot do one more with good form'."""
    lines = explained(suggestion(Reason.TOP_OF_RANGE, Advice.HEAVIER))
    assert "one more with good form" in lines[-1]


# Test results name their norms


def told(test_id: str, value: float, kg: float | None = None, before: float | None = None) -> str:
    """Return a result of Riet, 78, in words; ``before`` adds a curl with that weight."""
    moment = datetime(2026, 11, 18, 10)
    result = fitness.TestResult(test_id, value, moment, dumbbell_kg=kg)
    previous = None
    if before is not None:
        previous = fitness.TestResult(test_id, value, datetime(2026, 9, 1), dumbbell_kg=before)
    return " ".join(rated_text(rate(result, RIET, previous)))


@pytest.mark.parametrize(
    ("test_id", "value", "names"),
    [
        ("chair_stand_30s", 9, ("Norms: Rikli & Jones (1999, 2013).", "CDC STEADI")),
        ("step_test_2min", 80, ("Norms: Rikli & Jones (1999, 2013).",)),
        ("up_and_go_8ft", 6.0, ("Norms: Rikli & Jones (1999, 2013).",)),
        ("timed_up_and_go", 10.0, ("Limit for a higher chance of falling: CDC STEADI.",)),
        ("five_times_sit_to_stand", 13.0, ("Norms: Bohannon (2006).", "Buatois et al. (2008)")),
    ],
)
def test_each_result_names_the_norms_it_is_compared_with(
    test_id: str, value: float, names: tuple[str, ...]
) -> None:
    """A result's words end, before what changed, with the norms it was held against."""
    text = told(test_id, value)
    for name in names:
        assert name in text


def test_an_arm_curl_with_the_protocol_weight_says_so_and_is_rated() -> None:
    """2.25 kg is the protocol's 5 lb: the weight is told, then the norm and its source."""
    text = told("arm_curl_30s", 12, 2.25)
    assert "dumbbell of 2.25 kg, as the test asks" in text
    assert "Normal for women aged 75 to 79: 11 to 17 times." in text
    assert "Rikli & Jones" in text


def test_an_arm_curl_with_another_weight_is_told_but_not_rated() -> None:
    """With 2 kg the count is told with the weight, and plainly not held against the norm."""
    text = told("arm_curl_30s", 12, 2.0)
    assert "You did 12 arm curls in 30 seconds." in text
    assert "dumbbell of 2 kg" in text and "cannot be compared" in text
    assert "Normal for" not in text and "average" not in text


def test_an_arm_curl_of_unknown_weight_is_not_rated() -> None:
    """A curl from before the weight was asked says that the weight is not known."""
    text = told("arm_curl_30s", 12)
    assert "not known which dumbbell" in text and "Normal for" not in text


def test_curls_with_different_dumbbells_are_not_compared_with_each_other() -> None:
    """'3 more than in September' would mislead when the dumbbell changed."""
    text = told("arm_curl_30s", 12, 2.25, before=2.0)
    assert "Last time you used a dumbbell of 2 kg" in text
    assert "more than" not in text and "The same as" not in text


def test_the_preparation_says_another_dumbbell_is_not_compared() -> None:
    """Getting ready with 2 kg says the norm is for 2.3 kg and what another weight means."""
    test = fitness.functional_test("arm_curl_30s")
    plan = Plan(test, RIET, 2.0, fitness.ARM_CURL_KG[Sex.FEMALE], None, (1.0, 2.0))
    text = needs_text(fitness.Equipment.DUMBBELL, plan)
    assert "2 kg" in text and "2.3 kg" in text and "not compared with the norm" in text
    fits = Plan(test, RIET, 2.25, fitness.ARM_CURL_KG[Sex.FEMALE], None, (2.25,))
    assert needs_text(fitness.Equipment.DUMBBELL, fits) == "Your dumbbell of 2.25 kg."


def test_the_rest_day_advice_names_its_source(qapp: QApplication) -> None:
    """The carer's rest-day advice names the ACSM position stand it rests on."""
    from sterkblijven.ui.carer.plan_page import RestDayQuestion

    question = RestDayQuestion()
    assert "Ratamess et al., 2009" in question.why.text()
