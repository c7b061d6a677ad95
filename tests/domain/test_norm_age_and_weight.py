"""Norms fit the person: age from the birth month where known, the arm curl's own weight."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from sterkblijven.domain import fitness, progress
from sterkblijven.domain.fitness import (
    ARM_CURL_KG,
    age_on,
    assess_result,
    compared_with_norm,
    weight_fits_norm,
)
from sterkblijven.domain.model import Sex
from sterkblijven.domain.norms import (
    ARM_CURL,
    AVERAGE,
    CHAIR_STAND,
    NOT_COMPARED,
    TEST_IDS,
    NormSource,
    norm_sources,
)
from sterkblijven.domain.progress import NormSpan, Point, norm_spans

# Age from the birth month


@pytest.mark.parametrize(
    ("day", "birth_year", "birth_month", "age"),
    [
        (date(2026, 1, 10), 1951, 11, 74),  # born November 1951: not yet 75 in January
        (date(2026, 11, 14), 1951, 11, 74),  # the day is unknown: the middle of the month
        (date(2026, 11, 15), 1951, 11, 75),
        (date(2026, 12, 31), 1951, 11, 75),
        (date(2026, 1, 15), 1951, 1, 75),
        (date(2026, 1, 14), 1951, 1, 74),
        (date(2026, 6, 1), 2030, 3, 0),  # never negative
    ],
)
def test_age_on_counts_from_the_middle_of_the_birth_month(
    day: date, birth_year: int, birth_month: int, age: int
) -> None:
    """With the birth month known, the birthday is taken as the 15th of that month."""
    assert age_on(day, birth_year, birth_month) == age


def test_age_on_without_a_month_keeps_counting_calendar_years() -> None:
    """Someone who gives only the year is as old as the year says, from 1 January."""
    assert age_on(date(2026, 1, 1), 1951) == 75
    assert age_on(date(2026, 1, 1), 1951, None) == 75


def test_a_man_born_in_november_keeps_his_band_until_his_birthday() -> None:
    """The normal range moves in mid-November, not on 1 January, when the month is known."""
    spans = norm_spans(
        "chair_stand_30s", Sex.MALE, 1951, date(2025, 6, 1), date(2026, 12, 31), birth_month=11
    )
    young, old = CHAIR_STAND[Sex.MALE][(70, 74)], CHAIR_STAND[Sex.MALE][(75, 79)]
    assert spans == (
        NormSpan(date(2025, 6, 1), date(2026, 11, 14), young[0], young[1], (70, 74)),
        NormSpan(date(2026, 11, 15), date(2026, 12, 31), old[0], old[1], (75, 79)),
    )


def test_norm_spans_without_a_month_still_move_on_new_year() -> None:
    """Without a birth month the range moves on 1 January, as before."""
    spans = norm_spans("chair_stand_30s", Sex.MALE, 1951, date(2025, 6, 1), date(2026, 3, 1))
    assert [span.start for span in spans] == [date(2025, 6, 1), date(2026, 1, 1)]


# The arm curl's dumbbell


@pytest.mark.parametrize(
    ("sex", "kg", "fits"),
    [
        (Sex.FEMALE, 2.27, True),
        (Sex.FEMALE, 2.25, True),  # 5 lb, sold as 2.25 or 2.3 kg
        (Sex.FEMALE, 2.3, True),
        (Sex.FEMALE, 2.0, False),
        (Sex.FEMALE, 2.5, False),
        (Sex.FEMALE, 3.63, False),
        (Sex.MALE, 3.63, True),
        (Sex.MALE, 3.6, True),
        (Sex.MALE, 3.5, True),  # 8 lb in quarter kilos, as the app keeps dumbbells
        (Sex.MALE, 3.75, True),
        (Sex.MALE, 3.25, False),
        (Sex.MALE, 4.0, False),
        (Sex.MALE, None, False),  # not known which weight was used
    ],
)
def test_only_the_protocol_weight_fits_the_arm_curl_norm(
    sex: Sex, kg: float | None, fits: bool
) -> None:
    """The norm holds for 5 lb (women) and 8 lb (men), within 5 %, in quarter kilos too."""
    assert weight_fits_norm(sex, kg) is fits


def result(test_id: str, value: float, kg: float | None = None) -> fitness.TestResult:
    """Return a result taken on 18 November 2026."""
    return fitness.TestResult(test_id, value, datetime(2026, 11, 18, 10), dumbbell_kg=kg)


def test_an_arm_curl_with_another_weight_is_not_compared_with_the_norm() -> None:
    """Fifteen curls with 2 kg say nothing against a norm measured with 2.3 kg."""
    done = result("arm_curl_30s", 15, 2.0)
    assert not compared_with_norm(done, Sex.FEMALE)
    assessment = assess_result(done, 78, Sex.FEMALE)
    assert assessment.rating == NOT_COMPARED
    assert not assessment.fall_risk and assessment.normal_range is None


def test_an_arm_curl_with_the_protocol_weight_is_rated() -> None:
    """With the protocol's 2.3 kg, the curls are rated against the woman's age band."""
    done = result("arm_curl_30s", 12, ARM_CURL_KG[Sex.FEMALE])
    assessment = assess_result(done, 78, Sex.FEMALE)
    assert assessment.rating == AVERAGE
    assert assessment.normal_range == ARM_CURL[Sex.FEMALE][(75, 79)]


def test_an_arm_curl_of_unknown_weight_is_not_compared() -> None:
    """A result from before the weight was asked is not rated: the weight may be any."""
    assert assess_result(result("arm_curl_30s", 12), 78, Sex.FEMALE).rating == NOT_COMPARED


def test_other_tests_need_no_weight() -> None:
    """Every test but the arm curl is compared with its norm as it is."""
    for test_id in TEST_IDS:
        if test_id != "arm_curl_30s":
            assert compared_with_norm(result(test_id, 10), Sex.MALE)


def test_a_test_series_keeps_results_with_another_weight_apart() -> None:
    """Results with another dumbbell go on a line of their own; the range covers them too."""
    series = progress.test_series(
        "arm_curl_30s",
        [Point(date(2026, 9, 1), 12.0)],
        Sex.FEMALE,
        1948,
        date(2026, 11, 18),
        other=[Point(date(2026, 11, 1), 16.0), Point(date(2026, 3, 2), 14.0)],
    )
    assert series.points == (Point(date(2026, 9, 1), 12.0),)
    assert series.other == (Point(date(2026, 3, 2), 14.0), Point(date(2026, 11, 1), 16.0))
    assert series.normal[0].start == date(2026, 3, 2)


# Which published norms each test is compared with


def test_each_test_names_the_norms_it_is_compared_with() -> None:
    """Rikli & Jones for the Senior Fitness Test, STEADI's and Bohannon's cut-offs elsewhere."""
    assert norm_sources("chair_stand_30s") == (NormSource.RIKLI_JONES, NormSource.STEADI)
    assert norm_sources("arm_curl_30s") == (NormSource.RIKLI_JONES,)
    assert norm_sources("step_test_2min") == (NormSource.RIKLI_JONES,)
    assert norm_sources("up_and_go_8ft") == (NormSource.RIKLI_JONES,)
    assert norm_sources("timed_up_and_go") == (NormSource.STEADI,)
    assert norm_sources("five_times_sit_to_stand") == (NormSource.BOHANNON, NormSource.BUATOIS)
    assert {test_id for test_id in TEST_IDS if norm_sources(test_id)} == set(TEST_IDS)
