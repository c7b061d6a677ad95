"""The six functional tests: how each is done, what it measures, and when to do it again.

Protocols as published (Rikli & Jones 1999 and 2013; CDC STEADI; Bohannon 2006).
Norms live in `norms.py`; this module says what the guided test needs and when a retest is due.
"""

from __future__ import annotations

import enum
import itertools
import re
from dataclasses import dataclass
from datetime import date, datetime

from sterkblijven.domain import norms
from sterkblijven.domain.model import Sex, Task
from sterkblijven.domain.validation import InputRefused

# Pain up to this level is acceptable (Silbernagel et al. 2007, Am J Sports Med 35:897); above it,
# or with a stop signal, the joint rests for the day, so a test would load it again too soon.
MAX_PAIN_BEFORE_TEST = 5

# "Every 6-8 weeks": suggested from six weeks after the last test.
RETEST_AFTER_DAYS = 42
# A break this long (the return rules' long break) is reason to see where someone stands again.
BREAK_DAYS_FOR_RETEST = 42
ARM_CURL_KG = {Sex.FEMALE: 2.27, Sex.MALE: 3.63}  # 5 lb and 8 lb, as in the protocol
# How far an arm curl's dumbbell may be from the protocol's and still be held against the norm
# (a design choice). The app keeps dumbbells in quarter kilos, as they are sold here: 5 lb is
# 2.25 kg, and 8 lb is 3.5 or 3.75 kg, all within 5 %. A 2 or 2.5 kg one for a woman (10 % off)
# or 3 or 4 kg for a man is not the protocol's weight.
NORM_WEIGHT_TOLERANCE = 0.05
# Only the birth month is asked, never the day: the birthday is taken as the middle of the month,
# so the age is at most about two weeks off.
BIRTHDAY_IN_MONTH = 15


class Timing(enum.StrEnum):
    """How the app times a test."""

    COUNTDOWN = "countdown"  # count what is done in a fixed time
    STOPWATCH = "stopwatch"  # time how long the task takes


class Equipment(enum.StrEnum):
    """What the preparation checklist asks to have ready."""

    CHAIR_AGAINST_WALL = "chair_against_wall"
    DUMBBELL = "dumbbell"
    WALL_MARK = "wall_mark"  # knee height marked on a wall, for the step test
    CONE_8_FOOT = "cone_8_foot"  # a marker 2.44 m in front of the chair
    LINE_3_METRES = "line_3_metres"  # a line 3 m in front of the chair


@dataclass(frozen=True, slots=True)
class FunctionalTest:
    """One guided test."""

    id: str
    task: Task  # the everyday task its result speaks for
    timing: Timing
    seconds: int | None  # the countdown's length; None for stopwatch tests
    needs: tuple[Equipment, ...]
    walking: bool  # someone should stand nearby
    highest: float  # the largest value a person can plausibly score; more is a typing error
    picture: str
    # The shortest time a person can take (timed tests): faster is a slip of the finger, such as
    # Start pressed twice, never a result to rate.
    lowest: float = 0.0

    @property
    def counted(self) -> bool:
        """Return True when the result is a count rather than a time."""
        return self.timing is Timing.COUNTDOWN

    @property
    def lower_is_better(self) -> bool:
        """Return True for timed tests, where faster is better."""
        return self.id in norms.TIMED


TESTS: tuple[FunctionalTest, ...] = (
    FunctionalTest(
        "chair_stand_30s",
        Task.CHAIR_RISE,
        Timing.COUNTDOWN,
        30,
        (Equipment.CHAIR_AGAINST_WALL,),
        False,
        60,
        "test_chair_stand.svg",
    ),
    FunctionalTest(
        "arm_curl_30s",
        Task.CARRYING,
        Timing.COUNTDOWN,
        30,
        (Equipment.CHAIR_AGAINST_WALL, Equipment.DUMBBELL),
        False,
        60,
        "test_arm_curl.svg",
    ),
    FunctionalTest(
        "step_test_2min",
        Task.STAIRS,
        Timing.COUNTDOWN,
        120,
        (Equipment.WALL_MARK,),
        True,
        250,
        "test_step.svg",
    ),
    FunctionalTest(
        "up_and_go_8ft",
        Task.BALANCE,
        Timing.STOPWATCH,
        None,
        (Equipment.CHAIR_AGAINST_WALL, Equipment.CONE_8_FOOT),
        True,
        300,
        "test_up_and_go.svg",
        2.0,
    ),
    FunctionalTest(
        "timed_up_and_go",
        Task.BALANCE,
        Timing.STOPWATCH,
        None,
        (Equipment.CHAIR_AGAINST_WALL, Equipment.LINE_3_METRES),
        True,
        300,
        "test_timed_up_and_go.svg",
        3.0,
    ),
    FunctionalTest(
        "five_times_sit_to_stand",
        Task.CHAIR_RISE,
        Timing.STOPWATCH,
        None,
        (Equipment.CHAIR_AGAINST_WALL,),
        False,
        300,
        "test_five_sit_to_stand.svg",
        3.0,
    ),
)
BY_ID = {test.id: test for test in TESTS}


class FitnessError(ValueError):
    """A result that cannot be true for this test."""


def functional_test(test_id: str) -> FunctionalTest:
    """Return the test with this id, or raise FitnessError."""
    try:
        return BY_ID[test_id]
    except KeyError:
        raise FitnessError(f"unknown test {test_id!r}") from None


def checked_value(test_id: str, value: float) -> float:
    """Return a result as stored (counts whole, times to a tenth of a second), or refuse it."""
    test = functional_test(test_id)
    limits = (0, test.highest)
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        raise InputRefused("test_not_a_number", limits)
    if not 0 <= value <= test.highest:
        raise InputRefused("test_out_of_range", limits)
    if test.counted:
        if value != int(value):
            raise InputRefused("test_not_whole", limits)
        return float(int(value))
    timed = round(float(value), 1)
    if timed == 0:
        raise InputRefused("test_time_zero", limits)
    if timed < test.lowest:
        raise InputRefused("test_too_fast", (test.lowest, test.highest))
    return timed


def parse_value(test_id: str, text: str) -> float:
    """Return a result typed as text (a count, or seconds with comma or point), or refuse it."""
    test = functional_test(test_id)
    stripped = text.strip().lower().removesuffix("s").strip().replace(",", ".")
    try:
        # Python's float() also reads "1_2", "1e1" and "inf"; a person types digits and a sign.
        typed = re.fullmatch(r"-?[0-9]*\.?[0-9]*", stripped, flags=re.ASCII) is not None
        value = float(stripped) if typed else float("nan")
    except ValueError:
        value = float("nan")
    return checked_value(test.id, value)


@dataclass(frozen=True, slots=True)
class TestResult:
    """A confirmed result of a functional test."""

    test_id: str
    value: float
    taken_at: datetime
    note: str = ""
    used_arms: bool = False  # chair stand stopped because the arms were needed: scored 0
    id: int | None = None
    # The dumbbell of an arm curl, in kg; None for other tests, and for curls from before the
    # app asked (their weight is not known).
    dumbbell_kg: float | None = None


def birthday_in(year: int, birth_month: int | None) -> date:
    """Return the day the age goes up in a year: mid-month when the month is known.

    Without a month (someone who gives only the year) the age goes up on 1 January, as the
    birth year alone says.
    """
    if birth_month is None:
        return date(year, 1, 1)
    return date(year, birth_month, BIRTHDAY_IN_MONTH)


def age_on(day: date, birth_year: int, birth_month: int | None = None) -> int:
    """Return the age in whole years on a day, from the birth year and, if known, the month."""
    passed = day >= birthday_in(day.year, birth_month)
    return max(0, day.year - birth_year - (0 if passed else 1))


def weight_fits_norm(sex: Sex, kg: float | None) -> bool:
    """Return True when an arm curl's dumbbell is the protocol's weight for this sex."""
    protocol = ARM_CURL_KG[sex]
    return kg is not None and abs(kg - protocol) <= protocol * NORM_WEIGHT_TOLERANCE


def compared_with_norm(result: TestResult, sex: Sex) -> bool:
    """Return True when a result can be held against its published norm.

    The arm curl's norms were measured with 5 lb (women) or 8 lb (men): a curl with another
    dumbbell, or one of unknown weight, is told with its count but never rated (Rikli & Jones).
    """
    if result.test_id != "arm_curl_30s":
        return True
    return weight_fits_norm(sex, result.dumbbell_kg)


def assess_result(result: TestResult, age: int, sex: Sex) -> norms.Assessment:
    """Return how a result compares with the norms at an age, or that it is not compared."""
    if not compared_with_norm(result, sex):
        return norms.Assessment(norms.NOT_COMPARED, False, None)
    return norms.assess(result.test_id, age, sex, result.value)


def dumbbell_for(sex: Sex, owned_kg: tuple[float, ...]) -> float | None:
    """Return the owned dumbbell nearest the protocol weight for the arm curl, or None."""
    if not owned_kg:
        return None
    target = ARM_CURL_KG[sex]
    return min(owned_kg, key=lambda kg: (abs(kg - target), kg))


class Retest(enum.StrEnum):
    """Why a test is suggested now."""

    FIRST = "first"  # no result yet: a first one shows where someone starts
    DUE = "due"  # six weeks or more since the last
    AFTER_BREAK = "after_break"  # a long break or hospital stay since the last


def retest_advice(
    last_test: date | None,
    today: date,
    *,
    sessions_done: int,
    break_since_test: bool,
) -> Retest | None:
    """Return why a functional test is worth doing now, or None when it is not.

    A first test is suggested once training has begun, so that the first screen after set-up
    stays about training itself.
    """
    if last_test is None:
        return Retest.FIRST if sessions_done >= 1 else None
    if break_since_test:
        return Retest.AFTER_BREAK
    if (today - last_test).days >= RETEST_AFTER_DAYS:
        return Retest.DUE
    return None


def long_gap_between(days: list[date], since: date, today: date) -> bool:
    """Return True when training days after `since` (and today) show a gap of a long break."""
    later = sorted(day for day in days if day >= since)
    moments = [since, *later, today]
    return any(
        (after - before).days >= BREAK_DAYS_FOR_RETEST
        for before, after in itertools.pairwise(moments)
    )
