"""Functional test results against the published norms: every row at its edges."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sterkblijven.domain.model import Sex
from sterkblijven.domain.norms import (
    ABOVE_AVERAGE,
    AVERAGE,
    BELOW_AVERAGE,
    CHAIR_STAND,
    COUNTED,
    FIVE_STS_SLOWER_ABOVE,
    NOTE_NEAREST_BAND,
    TEST_IDS,
    TIMED,
    UP_AND_GO_8FT,
    NormError,
    assess,
)

RANK = {BELOW_AVERAGE: 0, AVERAGE: 1, ABOVE_AVERAGE: 2}
ROWS = [
    (test_id, sex, band, bounds)
    for test_id, table in {**COUNTED, "up_and_go_8ft": UP_AND_GO_8FT}.items()
    for sex, bands in table.items()
    for band, bounds in bands.items()
]


@pytest.mark.parametrize(("test_id", "sex", "band", "bounds"), ROWS)
def test_every_row_at_its_edges(
    test_id: str, sex: Sex, band: tuple[int, int], bounds: tuple[float, float]
) -> None:
    """Both ends of the normal range are average; just outside is below or above."""
    low, high = bounds
    step = 0.1 if test_id in TIMED else 1
    better, worse = (ABOVE_AVERAGE, BELOW_AVERAGE)
    for age in band:  # both ends of the age band use this row
        assert assess(test_id, age, sex, low).rating == AVERAGE
        assert assess(test_id, age, sex, high).rating == AVERAGE
        assert assess(test_id, age, sex, low).age_band == band
        if test_id in TIMED:  # faster is better
            assert assess(test_id, age, sex, round(low - step, 1)).rating == better
            assert assess(test_id, age, sex, round(high + step, 1)).rating == worse
        else:
            assert assess(test_id, age, sex, low - step).rating == worse
            assert assess(test_id, age, sex, high + step).rating == better


def test_published_examples() -> None:
    """Spot checks against the tables as printed."""
    riet = assess("chair_stand_30s", 77, "female", 10)
    assert (riet.rating, riet.age_band, riet.normal_range, riet.note) == (
        AVERAGE,
        (75, 79),
        (10, 15),
        None,
    )
    assert assess("arm_curl_30s", 94, Sex.MALE, 9).rating == BELOW_AVERAGE
    assert assess("step_test_2min", 60, Sex.MALE, 116).rating == ABOVE_AVERAGE
    assert assess("up_and_go_8ft", 85, Sex.FEMALE, 6.1).rating == ABOVE_AVERAGE


def test_chair_stand_below_the_range_is_a_fall_risk_signal() -> None:
    """STEADI reads a chair stand below the normal range as a fall-risk signal."""
    for sex, bands in CHAIR_STAND.items():
        for band, (low, _high) in bands.items():
            assert assess("chair_stand_30s", band[0], sex, low - 1).fall_risk
            assert not assess("chair_stand_30s", band[0], sex, low).fall_risk
    assert assess("chair_stand_30s", 80, "male", 0).fall_risk  # used the arms: scored 0


def test_timed_up_and_go_cut_off() -> None:
    """A Timed Up and Go of 12 s or more signals fall risk; it has no age band."""
    assert not assess("timed_up_and_go", 80, "female", 11.9).fall_risk
    slow = assess("timed_up_and_go", 80, "female", 12.0)
    assert slow.fall_risk and slow.rating == BELOW_AVERAGE and slow.age_band is None


def test_five_times_sit_to_stand_thresholds() -> None:
    """Slower than average above each decade's time; 15 s or more signals fall risk."""
    for band, limit in FIVE_STS_SLOWER_ABOVE.items():
        for age in band:
            assert assess("five_times_sit_to_stand", age, "male", limit).rating == AVERAGE
            assert (
                assess("five_times_sit_to_stand", age, "male", limit + 0.1).rating == BELOW_AVERAGE
            )
    assert not assess("five_times_sit_to_stand", 85, "female", 14.9).fall_risk
    assert assess("five_times_sit_to_stand", 85, "female", 15.0).fall_risk


def test_ages_outside_the_norms_use_the_nearest_band_and_say_so() -> None:
    """59 uses 60-64, 95 uses 90-94, both with a note; 94 and 60 need no note."""
    young = assess("chair_stand_30s", 59, "female", 14)
    old = assess("chair_stand_30s", 95, "female", 6)
    assert (young.age_band, young.note) == ((60, 64), NOTE_NEAREST_BAND)
    assert (old.age_band, old.note) == ((90, 94), NOTE_NEAREST_BAND)
    assert assess("chair_stand_30s", 94, "female", 6).note is None
    assert assess("chair_stand_30s", 60, "female", 14).note is None
    assert assess("five_times_sit_to_stand", 92, "male", 13).age_band == (80, 89)


@pytest.mark.parametrize(
    ("test_id", "age", "sex", "value"),
    [
        ("sit_ups", 70, "female", 10),
        ("chair_stand_30s", -1, "female", 10),
        ("chair_stand_30s", 70.5, "female", 10),
        ("chair_stand_30s", True, "female", 10),
        ("chair_stand_30s", 70, "other", 10),
        ("chair_stand_30s", 70, "female", -1),
        ("up_and_go_8ft", 70, "female", math.nan),
        ("up_and_go_8ft", 70, "female", math.inf),
        ("chair_stand_30s", 70, "female", "12"),
    ],
)
def test_bad_input_is_refused_clearly(test_id: str, age: object, sex: str, value: object) -> None:
    """Unknown tests and impossible ages, sexes or values raise, never a wrong answer."""
    with pytest.raises(NormError):
        assess(test_id, age, sex, value)  # type: ignore[arg-type]


@given(
    test_id=st.sampled_from(TEST_IDS),
    age=st.integers(0, 120),
    sex=st.sampled_from(list(Sex)),
    first=st.floats(0, 200, allow_nan=False),
    second=st.floats(0, 200, allow_nan=False),
)
def test_a_better_score_never_rates_worse(
    test_id: str, age: int, sex: Sex, first: float, second: float
) -> None:
    """More counts (or less time) never gives a worse rating or a new fall-risk signal."""
    worse, better = sorted((first, second), reverse=test_id in TIMED)
    worse_result, better_result = (
        assess(test_id, age, sex, worse),
        assess(test_id, age, sex, better),
    )
    assert RANK[better_result.rating] >= RANK[worse_result.rating]
    assert not (better_result.fall_risk and not worse_result.fall_risk)
    assert assess(test_id, age, sex, worse) == worse_result  # the same input, the same answer
