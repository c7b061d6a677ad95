"""The six functional tests: how each is timed, what a result may be, and when to test again."""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sterkblijven.domain import fitness
from sterkblijven.domain.fitness import (
    ARM_CURL_KG,
    BY_ID,
    RETEST_AFTER_DAYS,
    TESTS,
    FitnessError,
    Retest,
    Timing,
    age_on,
    checked_value,
    dumbbell_for,
    functional_test,
    long_gap_between,
    parse_value,
    retest_advice,
)
from sterkblijven.domain.model import Sex, Task
from sterkblijven.domain.norms import TEST_IDS, TIMED
from sterkblijven.domain.validation import InputRefused

COUNTED_IDS = ("chair_stand_30s", "arm_curl_30s", "step_test_2min")
TIMED_IDS = ("up_and_go_8ft", "timed_up_and_go", "five_times_sit_to_stand")
DAY = date(2026, 11, 18)


def test_every_norm_test_has_one_definition_in_the_norms_order() -> None:
    """The six tests are defined once each, in the order the norms list them."""
    assert tuple(test.id for test in TESTS) == TEST_IDS
    assert set(BY_ID) == set(TEST_IDS)
    assert all(functional_test(test_id).id == test_id for test_id in TEST_IDS)


@pytest.mark.parametrize(
    ("test_id", "seconds"),
    [("chair_stand_30s", 30), ("arm_curl_30s", 30), ("step_test_2min", 120)],
)
def test_counted_tests_are_countdowns_of_their_protocol_length(test_id: str, seconds: int) -> None:
    """Chair stand and arm curl count for 30 s, the step test for 2 minutes."""
    test = functional_test(test_id)
    assert (test.timing, test.seconds) == (Timing.COUNTDOWN, seconds)
    assert test.counted and not test.lower_is_better


@pytest.mark.parametrize("test_id", TIMED_IDS)
def test_timed_tests_use_a_stopwatch_and_lower_is_better(test_id: str) -> None:
    """The up-and-go tests and the five-times sit-to-stand are timed, without a countdown."""
    test = functional_test(test_id)
    assert (test.timing, test.seconds) == (Timing.STOPWATCH, None)
    assert not test.counted and test.lower_is_better
    assert test_id in TIMED


def test_walking_tests_are_flagged_for_someone_nearby() -> None:
    """Only the step test and both up-and-go tests involve walking or marching."""
    walking = {test.id for test in TESTS if test.walking}
    assert walking == {"step_test_2min", "up_and_go_8ft", "timed_up_and_go"}


def test_each_test_speaks_for_an_everyday_task() -> None:
    """Chair stands speak for rising, the arm curl for carrying, the step test for stairs."""
    tasks = {test.id: test.task for test in TESTS}
    assert tasks == {
        "chair_stand_30s": Task.CHAIR_RISE,
        "arm_curl_30s": Task.CARRYING,
        "step_test_2min": Task.STAIRS,
        "up_and_go_8ft": Task.BALANCE,
        "timed_up_and_go": Task.BALANCE,
        "five_times_sit_to_stand": Task.CHAIR_RISE,
    }


def test_an_unknown_test_is_an_error_not_a_refusal() -> None:
    """A test id the app does not know is a programming error, not something typed."""
    with pytest.raises(FitnessError):
        functional_test("push_ups")
    with pytest.raises(FitnessError):
        parse_value("push_ups", "12")


@pytest.mark.parametrize(
    ("test_id", "text", "expected"),
    [
        ("chair_stand_30s", "12", 12.0),
        ("chair_stand_30s", " 0 ", 0.0),
        ("chair_stand_30s", "60", 60.0),
        ("step_test_2min", "250", 250.0),
        ("arm_curl_30s", "14,0", 14.0),
        ("timed_up_and_go", "8,4", 8.4),
        ("timed_up_and_go", "8.4", 8.4),
        ("timed_up_and_go", "8.4 s", 8.4),
        ("timed_up_and_go", "8.4S", 8.4),
        ("five_times_sit_to_stand", "12", 12.0),
        ("up_and_go_8ft", "6.46", 6.5),  # times are kept to a tenth of a second
        ("up_and_go_8ft", "300", 300.0),
    ],
)
def test_sensible_text_is_accepted(test_id: str, text: str, expected: float) -> None:
    """Counts are whole; times take a comma or point and an optional 's'."""
    assert parse_value(test_id, text) == expected


@pytest.mark.parametrize(
    ("test_id", "text", "code"),
    [
        ("chair_stand_30s", "-1", "test_out_of_range"),
        ("chair_stand_30s", "61", "test_out_of_range"),
        ("step_test_2min", "251", "test_out_of_range"),
        ("timed_up_and_go", "-3", "test_out_of_range"),
        ("timed_up_and_go", "300.1", "test_out_of_range"),
        ("chair_stand_30s", "8,4", "test_not_whole"),
        ("arm_curl_30s", "12.5", "test_not_whole"),
        ("chair_stand_30s", "8.4 s", "test_not_whole"),
        ("timed_up_and_go", "0", "test_time_zero"),
        ("five_times_sit_to_stand", "0,04", "test_time_zero"),
        ("timed_up_and_go", "nan", "test_not_a_number"),
        ("timed_up_and_go", "inf", "test_not_a_number"),
        ("chair_stand_30s", "-inf", "test_not_a_number"),
        ("chair_stand_30s", "١٢", "test_not_a_number"),  # Arabic-Indic digits
        ("chair_stand_30s", "１２", "test_not_a_number"),  # full-width digits
        ("timed_up_and_go", "", "test_not_a_number"),
        ("timed_up_and_go", "   ", "test_not_a_number"),
        ("timed_up_and_go", "s", "test_not_a_number"),
        ("chair_stand_30s", "twaalf", "test_not_a_number"),
    ],
)
def test_impossible_text_is_refused_with_a_code(test_id: str, text: str, code: str) -> None:
    """Negative, too high, half counts, zero times, nan, odd digits and nothing are refused."""
    with pytest.raises(InputRefused) as caught:
        parse_value(test_id, text)
    assert caught.value.code == code
    assert caught.value.limits == (0, functional_test(test_id).highest)


@pytest.mark.parametrize(
    ("value", "code"),
    [
        (math.nan, "test_not_a_number"),
        (math.inf, "test_out_of_range"),
        (-math.inf, "test_out_of_range"),
        (True, "test_not_a_number"),
        ("12", "test_not_a_number"),
        (-0.5, "test_out_of_range"),
    ],
)
def test_checked_value_refuses_what_is_not_a_real_number(value: object, code: str) -> None:
    """Booleans, strings, nan and infinities never pass as a result."""
    with pytest.raises(InputRefused) as caught:
        checked_value("chair_stand_30s", value)  # type: ignore[arg-type]
    assert caught.value.code == code


def test_checked_value_stores_counts_whole_and_times_to_a_tenth() -> None:
    """A count of 12.0 is stored as 12; a time of 9.94 s as 9.9."""
    assert checked_value("arm_curl_30s", 12.0) == 12.0
    assert checked_value("arm_curl_30s", 12) == 12.0
    assert checked_value("timed_up_and_go", 9.94) == 9.9
    with pytest.raises(InputRefused) as caught:
        checked_value("timed_up_and_go", 0.2)  # Start pressed twice, not a walk of 3 metres
    assert caught.value.code == "test_too_fast"


@given(st.sampled_from(TEST_IDS), st.text(max_size=40))
def test_parse_value_only_ever_refuses(test_id: str, text: str) -> None:
    """Whatever is typed, the answer is a stored value within limits or an InputRefused."""
    try:
        value = parse_value(test_id, text)
    except InputRefused as refused:
        assert refused.code.startswith("test_")
    else:
        assert 0 <= value <= functional_test(test_id).highest
        if functional_test(test_id).counted:
            assert value == int(value)
        else:
            assert value > 0


@given(
    st.sampled_from(TEST_IDS),
    st.floats(allow_nan=True, allow_infinity=True),
)
def test_checked_value_is_idempotent_when_accepted(test_id: str, value: float) -> None:
    """A stored value passes the check again unchanged; anything else is refused."""
    try:
        stored = checked_value(test_id, value)
    except InputRefused:
        return
    assert checked_value(test_id, stored) == stored


@pytest.mark.parametrize(
    ("day", "birth_year", "age"),
    [
        (date(2026, 1, 1), 1951, 75),  # the birthday is taken as passed on 1 January
        (date(2026, 12, 31), 1951, 75),
        (date(2025, 12, 31), 1951, 74),
        (date(2026, 6, 1), 2030, 0),  # never negative
    ],
)
def test_age_on_counts_whole_calendar_years(day: date, birth_year: int, age: int) -> None:
    """The age on a day is the year minus the birth year, and never below 0."""
    assert age_on(day, birth_year) == age


def test_arm_curl_weights_follow_the_protocol() -> None:
    """The protocol asks for 5 lb (2.27 kg) for women and 8 lb (3.63 kg) for men."""
    assert ARM_CURL_KG == {Sex.FEMALE: 2.27, Sex.MALE: 3.63}


@pytest.mark.parametrize(
    ("sex", "owned", "expected"),
    [
        (Sex.FEMALE, (1.0, 2.0, 3.0), 2.0),
        (Sex.FEMALE, (2.25, 2.5), 2.25),
        (Sex.MALE, (1.0, 2.0, 3.0), 3.0),
        (Sex.MALE, (3.5, 4.0, 5.0), 3.5),
        (Sex.MALE, (10.0,), 10.0),
        (Sex.FEMALE, (2.54, 2.0), 2.0),  # a tie: 0.27 kg either way, the lighter wins
        (Sex.MALE, (4.76, 2.5), 2.5),  # a tie: 1.13 kg either way
    ],
)
def test_dumbbell_for_picks_the_nearest_owned_and_the_lighter_on_a_tie(
    sex: Sex, owned: tuple[float, ...], expected: float
) -> None:
    """The owned dumbbell nearest the protocol weight is used; ties go to the lighter one."""
    assert dumbbell_for(sex, owned) == expected


def test_dumbbell_for_without_dumbbells_is_none() -> None:
    """With no dumbbells owned there is nothing to suggest."""
    assert dumbbell_for(Sex.FEMALE, ()) is None


@pytest.mark.parametrize(
    ("last", "today", "sessions", "broke", "advice"),
    [
        (None, DAY, 0, False, None),  # set-up just done: the first screen is about training
        (None, DAY, 1, False, Retest.FIRST),
        (None, DAY, 12, True, Retest.FIRST),
        (DAY - timedelta(days=RETEST_AFTER_DAYS - 1), DAY, 5, False, None),
        (DAY - timedelta(days=RETEST_AFTER_DAYS), DAY, 5, False, Retest.DUE),
        (DAY - timedelta(days=RETEST_AFTER_DAYS + 30), DAY, 5, False, Retest.DUE),
        (DAY - timedelta(days=3), DAY, 5, True, Retest.AFTER_BREAK),
        (DAY - timedelta(days=90), DAY, 5, True, Retest.AFTER_BREAK),
        (DAY, DAY, 5, False, None),
    ],
)
def test_retest_advice(
    last: date | None, today: date, sessions: int, broke: bool, advice: Retest | None
) -> None:
    """First once training began; due from exactly 42 days; a break comes first."""
    assert retest_advice(last, today, sessions_done=sessions, break_since_test=broke) is advice


def test_retest_is_due_from_exactly_six_weeks() -> None:
    """The retest interval is six weeks."""
    assert RETEST_AFTER_DAYS == 42


@pytest.mark.parametrize(
    ("offsets", "today_offset", "gap"),
    [
        ([], 41, False),
        ([], 42, True),  # no training at all since the test, for six weeks
        ([20, 40], 61, False),
        ([20, 62], 70, True),  # 42 days between two sessions
        ([1], 43, True),  # 42 days since the last session, up to today
        ([-100, -50, 10], 30, False),  # sessions before the test do not count
    ],
)
def test_long_gap_between(offsets: list[int], today_offset: int, gap: bool) -> None:
    """A gap of 42 days or more between the test, sessions and today is a long break."""
    since = date(2026, 1, 5)
    days = [since + timedelta(days=offset) for offset in offsets]
    assert long_gap_between(days, since, since + timedelta(days=today_offset)) is gap


def test_long_gap_between_does_not_need_sorted_days() -> None:
    """Training days in any order give the same answer."""
    since = date(2026, 1, 5)
    days = [since + timedelta(days=offset) for offset in (40, 20, 60)]
    assert not long_gap_between(days, since, since + timedelta(days=80))
    assert long_gap_between(days[:2], since, since + timedelta(days=82))


def test_a_test_result_defaults_to_no_note_and_not_used_arms() -> None:
    """A result made without extras has an empty note, did not use the arms and has no id."""
    result = fitness.TestResult("chair_stand_30s", 12.0, datetime(2026, 11, 18, 10, 0))
    assert (result.note, result.used_arms, result.id) == ("", False, None)
