"""The functional tests in words: what they are, what to have ready, and results against norms.

The step-by-step instructions of each test are data: assets/protocols, read by domain.protocols.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from sterkblijven.domain import norms
from sterkblijven.domain.everyday import RatedResult
from sterkblijven.domain.fitness import (
    ARM_CURL_KG,
    Equipment,
    FunctionalTest,
    Retest,
    TestResult,
    weight_fits_norm,
)
from sterkblijven.domain.model import Sex
from sterkblijven.domain.progress import Point
from sterkblijven.words.basics import month_text, number

if TYPE_CHECKING:
    from sterkblijven.services.fitness import TestPlan

# Calls read translate(CONTEXT, "...") literally, so pyside6-lupdate can find the texts.
translate = QCoreApplication.translate


def test_name(test_id: str) -> str:
    """Return the name of a test as the person sees it."""
    names = {
        "chair_stand_30s": translate("Fitness", "Standing up from a chair (30 seconds)"),
        "arm_curl_30s": translate("Fitness", "Arm curl (30 seconds)"),
        "step_test_2min": translate("Fitness", "Stepping on the spot (2 minutes)"),
        "up_and_go_8ft": translate("Fitness", "Up and go around a marker"),
        "timed_up_and_go": translate("Fitness", "Get up and walk 3 metres"),
        "five_times_sit_to_stand": translate("Fitness", "Standing up five times"),
    }
    return names[test_id]


def test_purpose(test_id: str) -> str:
    """Return what a test tells, in one short sentence."""
    purposes = {
        "chair_stand_30s": translate(
            "Fitness", "Shows how strong your legs are for getting up from a chair."
        ),
        "arm_curl_30s": translate("Fitness", "Shows how strong your arms are for carrying."),
        "step_test_2min": translate("Fitness", "Shows your stamina for stairs and walking."),
        "up_and_go_8ft": translate(
            "Fitness", "Shows how quickly and steadily you get up and walk."
        ),
        "timed_up_and_go": translate(
            "Fitness", "Shows how steadily you get up, walk and sit down again."
        ),
        "five_times_sit_to_stand": translate(
            "Fitness", "Shows how quickly you can get up from a chair."
        ),
    }
    return purposes[test_id]


def needs_text(need: Equipment, plan: TestPlan) -> str:
    """Return one line of the preparation checklist."""
    if need is Equipment.DUMBBELL:
        protocol = number(round(plan.protocol_kg or 0.0, 1))
        if plan.dumbbell_kg is None:
            return translate(
                "Fitness", "A dumbbell of about {kg} kg. Use the same weight every time."
            ).format(kg=protocol)
        if weight_fits_norm(plan.trainee.sex, plan.dumbbell_kg):
            return translate("Fitness", "Your dumbbell of {kg} kg.").format(
                kg=dumbbell_text(plan.dumbbell_kg)
            )
        return translate(
            "Fitness",
            "Your dumbbell of {owned} kg. The test is meant for {kg} kg: with another weight, "
            "your result is not compared with the norm, but it still shows your progress. Use "
            "the same one each time.",
        ).format(owned=dumbbell_text(plan.dumbbell_kg), kg=protocol)
    lines = {
        Equipment.CHAIR_AGAINST_WALL: translate(
            "Fitness",
            "A sturdy chair without armrests, seat about 43 cm high, with its back against a wall.",
        ),
        Equipment.WALL_MARK: translate(
            "Fitness",
            "A piece of tape on the wall at the height your knee should reach: halfway "
            "between your kneecap and your hip bone.",
        ),
        Equipment.CONE_8_FOOT: translate(
            "Fitness",
            "A marker, such as a cup, on the floor 2.44 metres (8 feet) in front of the chair.",
        ),
        Equipment.LINE_3_METRES: translate(
            "Fitness", "A line of tape on the floor 3 metres in front of the chair."
        ),
    }
    return lines[need]


def safety_text(test: FunctionalTest) -> str:
    """Return the safety words shown before a test."""
    stop = translate(
        "Fitness",
        "Stop at once if you feel pain in your chest, get dizzy or very short of breath.",
    )
    if test.walking:
        return translate("Fitness", "Have someone stand near you during this test.") + " " + stop
    return stop


def unit_text(test_id: str, value: float) -> str:
    """Return a result with its unit: '12 times', '8,4 seconds'."""
    if test_id in norms.TIMED:
        return translate("Fitness", "{value} seconds").format(value=number(value))
    count = int(value)
    if test_id == "step_test_2min":
        if count == 1:
            return translate("Fitness", "1 step")
        return translate("Fitness", "{count} steps").format(count=count)
    if count == 1:
        return translate("Fitness", "once")
    return translate("Fitness", "{count} times").format(count=count)


def short_result(test_id: str, value: float, used_arms: bool = False) -> str:
    """Return a result in a few words with what it measures: '12 times up in 30 seconds'."""
    if used_arms:
        return translate("Fitness", "stood up with the help of the arms")
    texts = {
        "chair_stand_30s": translate("Fitness", "{count} times up in 30 seconds"),
        "arm_curl_30s": translate("Fitness", "{count} arm curls in 30 seconds"),
        "step_test_2min": translate("Fitness", "{count} steps in 2 minutes"),
        "up_and_go_8ft": translate(
            "Fitness", "{value} seconds to get up, walk around a marker and sit"
        ),
        "timed_up_and_go": translate(
            "Fitness", "{value} seconds to get up, walk 3 metres and back, and sit"
        ),
        "five_times_sit_to_stand": translate("Fitness", "{value} seconds to stand up five times"),
    }
    return texts[test_id].format(count=int(value), value=number(value))


def result_sentence(test_id: str, value: float, used_arms: bool = False) -> str:
    """Return what was done, in a sentence."""
    if used_arms:
        return translate(
            "Fitness",
            "You needed your arms to stand up, so the test counts as 0. That is good to know: "
            "it shows where training helps most.",
        )
    sentences = {
        "chair_stand_30s": translate("Fitness", "You stood up fully {count} times in 30 seconds."),
        "arm_curl_30s": translate("Fitness", "You did {count} arm curls in 30 seconds."),
        "step_test_2min": translate("Fitness", "You did {count} steps in 2 minutes."),
        "up_and_go_8ft": translate(
            "Fitness",
            "Getting up, walking around the marker and sitting down took {value} seconds.",
        ),
        "timed_up_and_go": translate(
            "Fitness",
            "Getting up, walking 3 metres, coming back and sitting down took {value} seconds.",
        ),
        "five_times_sit_to_stand": translate(
            "Fitness", "Standing up five times took {value} seconds."
        ),
    }
    return sentences[test_id].format(value=number(value), count=int(value))


def sex_word(sex: Sex) -> str:
    """Return 'women' or 'men', as the norms are told."""
    return translate("Fitness", "women") if sex is Sex.FEMALE else translate("Fitness", "men")


def norm_sentence(
    test_id: str, sex: Sex, band: tuple[int, int] | None, low: float, high: float
) -> str:
    """Return the normal range for a group, in a sentence."""
    if test_id == "timed_up_and_go":
        return translate(
            "Fitness", "{limit} seconds or more can point to a higher chance of falling."
        ).format(limit=number(norms.TUG_FALL_RISK_SECONDS))
    assert band is not None
    if test_id == "five_times_sit_to_stand":
        return translate(
            "Fitness",
            "For people aged {low_age} to {high_age}, more than {limit} seconds is slower than "
            "average.",
        ).format(low_age=band[0], high_age=band[1], limit=number(high))
    if test_id in norms.TIMED:
        return translate(
            "Fitness", "Normal for {group} aged {low_age} to {high_age}: {low} to {high} seconds."
        ).format(
            group=sex_word(sex),
            low_age=band[0],
            high_age=band[1],
            low=number(low),
            high=number(high),
        )
    return translate(
        "Fitness", "Normal for {group} aged {low_age} to {high_age}: {low} to {high} times."
    ).format(
        group=sex_word(sex), low_age=band[0], high_age=band[1], low=number(low), high=number(high)
    )


def lower_is_better_sentence() -> str:
    """Return the reminder that for a timed test a shorter time is the better result."""
    return translate("Fitness", "Lower is better: fewer seconds is a better result.")


def seconds_axis_label() -> str:
    """Return the label of a timed test's chart, which says which way is better."""
    return translate("Fitness", "Seconds (lower is better)")


def rating_sentence(rating: str) -> str:
    """Return how a result compares, in a sentence."""
    sentences = {
        norms.ABOVE_AVERAGE: translate("Fitness", "That is better than average."),
        norms.AVERAGE: translate("Fitness", "That is within the normal range."),
        norms.BELOW_AVERAGE: translate("Fitness", "That is not as good as normal for your age."),
    }
    return sentences[rating]


def fall_risk_sentence() -> str:
    """Return the gentle words for a result at a published fall-risk cut-off."""
    return translate(
        "Fitness",
        "A result like this can mean a higher chance of falling. Talk about it with your GP or "
        "physiotherapist. Training your legs and balance helps.",
    )


def age_note(band: tuple[int, int] | None, test_id: str = "") -> str:
    """Return the words for an age outside the published norms."""
    if band is None:
        return ""
    oldest = 89 if test_id == "five_times_sit_to_stand" else 94
    return translate(
        "Fitness",
        "The published norms cover ages 60 to {oldest}. You are compared with people aged "
        "{low} to {high}.",
    ).format(oldest=oldest, low=band[0], high=band[1])


def change_sentence(test_id: str, latest: Point, earlier: Point | None) -> str:
    """Return how a result compares with the one before it."""
    if earlier is None:
        return translate(
            "Fitness", "This is your first result. Next time you can see what changed."
        )
    # A retest on the same day is compared with "last time", not with a month.
    when = (
        translate("Fitness", "last time")
        if earlier.day == latest.day
        else translate("Fitness", "in {month}").format(month=month_text(earlier.day))
    )
    difference = latest.value - earlier.value
    if difference == 0:
        return translate("Fitness", "The same as {when}.").format(when=when)
    if test_id in norms.TIMED:
        seconds = number(round(abs(difference), 1))
        if difference < 0:
            return translate("Fitness", "{seconds} seconds faster than {when}.").format(
                seconds=seconds, when=when
            )
        return translate("Fitness", "{seconds} seconds slower than {when}.").format(
            seconds=seconds, when=when
        )
    count = int(abs(difference))
    if difference > 0:
        return translate("Fitness", "{count} more than {when}.").format(count=count, when=when)
    return translate("Fitness", "{count} fewer than {when}.").format(count=count, when=when)


def sources_sentence(test_id: str) -> str:
    """Return, in one short line, which published norms and limits a result is compared with."""
    names = {
        norms.NormSource.RIKLI_JONES: translate("Fitness", "Rikli & Jones (1999, 2013)"),
        norms.NormSource.STEADI: translate("Fitness", "CDC STEADI"),
        norms.NormSource.BOHANNON: translate("Fitness", "Bohannon (2006)"),
        norms.NormSource.BUATOIS: translate("Fitness", "Buatois et al. (2008)"),
    }
    # Rikli & Jones and Bohannon give the normal range by age; STEADI and Buatois a fall limit.
    ranges = norms.NormSource.RIKLI_JONES, norms.NormSource.BOHANNON
    sources = norms.norm_sources(test_id)
    by_age = [names[source] for source in sources if source in ranges]
    limits = [names[source] for source in sources if source not in ranges]
    told = []
    if by_age:
        told.append(translate("Fitness", "Norms: {sources}.").format(sources=", ".join(by_age)))
    if limits:
        told.append(
            translate("Fitness", "Limit for a higher chance of falling: {sources}.").format(
                sources=", ".join(limits)
            )
        )
    return " ".join(told)


def dumbbell_text(kg: float) -> str:
    """Return a dumbbell's weight as told: the protocol's 2.27 and 3.63 kg as 2.3 and 3.6."""
    return number(round(kg, 1) if kg in ARM_CURL_KG.values() else kg)


def weight_sentence(sex: Sex, dumbbell_kg: float | None, compared: bool) -> str:
    """Return which dumbbell an arm curl was done with, and whether the norm applies."""
    protocol = number(round(ARM_CURL_KG[sex], 1))
    if dumbbell_kg is None:
        return translate(
            "Fitness",
            "It is not known which dumbbell you used, so this result is not compared with the "
            "norm for {kg} kg.",
        ).format(kg=protocol)
    if compared:
        return translate("Fitness", "You used a dumbbell of {kg} kg, as the test asks.").format(
            kg=dumbbell_text(dumbbell_kg)
        )
    return translate(
        "Fitness",
        "You used a dumbbell of {kg} kg. The norm is for {protocol} kg, so this result cannot "
        "be compared with it. Your own results with {kg} kg still show your progress.",
    ).format(kg=dumbbell_text(dumbbell_kg), protocol=protocol)


def rated_text(rated: RatedResult) -> list[str]:
    """Return the sentences that tell a result: what, against the norm, and what changed."""
    result = rated.result
    assessment = rated.assessment
    lines = [result_sentence(result.test_id, result.value, result.used_arms)]
    if result.test_id in norms.TIMED:
        # Elsewhere in life a higher number is more; here a shorter time is the good news.
        lines.append(lower_is_better_sentence())
    compared = assessment.rating != norms.NOT_COMPARED
    if result.test_id == "arm_curl_30s":
        lines.append(weight_sentence(rated.trainee.sex, result.dumbbell_kg, compared))
    if compared:
        lines += _against_norm(rated)
    lines.append(_change(rated))
    return lines


def _against_norm(rated: RatedResult) -> list[str]:
    result = rated.result
    assessment = rated.assessment
    lines: list[str] = []
    low, high = assessment.normal_range or (0.0, 0.0)
    if result.test_id == "five_times_sit_to_stand" and assessment.age_band is not None:
        high = norms.FIVE_STS_SLOWER_ABOVE[assessment.age_band]
    norm = norm_sentence(result.test_id, rated.trainee.sex, assessment.age_band, low, high)
    if result.test_id == "timed_up_and_go":
        lines.append(norm)  # no normal range, only the cut-off, which the sentence names
    else:
        lines.append(norm + " " + rating_sentence(assessment.rating))
    if assessment.note == norms.NOTE_NEAREST_BAND:
        lines.append(age_note(assessment.age_band, result.test_id))
    if assessment.fall_risk:
        lines.append(fall_risk_sentence())
    lines.append(sources_sentence(result.test_id))
    return lines


def _change(rated: RatedResult) -> str:
    result, previous = rated.result, rated.previous
    latest = Point(result.taken_at.date(), result.value)
    if previous is not None and not same_weight(result, previous):
        # Curls with another dumbbell are another task: their counts say nothing of progress.
        if previous.dumbbell_kg is None:
            return translate(
                "Fitness",
                "It is not known which dumbbell you used last time, so the counts are not "
                "compared.",
            )
        return translate(
            "Fitness",
            "Last time you used a dumbbell of {kg} kg, so the counts are not compared.",
        ).format(kg=dumbbell_text(previous.dumbbell_kg))
    return change_sentence(
        result.test_id,
        latest,
        Point(previous.taken_at.date(), previous.value) if previous is not None else None,
    )


def same_weight(result: TestResult, previous: TestResult) -> bool:
    """Return True when two results can be compared: the same dumbbell, or no dumbbell at all."""
    if result.test_id != "arm_curl_30s":
        return True
    if result.dumbbell_kg is None or previous.dumbbell_kg is None:
        return result.dumbbell_kg == previous.dumbbell_kg
    return abs(result.dumbbell_kg - previous.dumbbell_kg) < 0.01


def retest_text(reason: Retest) -> str:
    """Return why a test is suggested now."""
    texts = {
        Retest.FIRST: translate(
            "Fitness", "Do a short test to see where you start. Later you can see your progress."
        ),
        Retest.DUE: translate(
            "Fitness",
            "It has been six weeks or more since your last test. Time to see your progress.",
        ),
        Retest.AFTER_BREAK: translate(
            "Fitness", "After a break, a test shows where you stand now."
        ),
    }
    return texts[reason]
