"""Functional tests compared with published age and sex norms.

Sources of the published tables:
- 30-second chair stand, 30-second arm curl, 2-minute step test, 8-foot up-and-go: Rikli & Jones
  1999, J Aging Phys Act 7:129 and 7:162 (the norms), and their Senior Fitness Test Manual (2nd
  edition, 2013); normal range = 25th-75th percentile, age bands 60-64 ... 90-94. The arm curl's
  norms hold for a dumbbell of 5 lb (women) or 8 lb (men) only.
  A chair stand below the range is read by CDC STEADI as a fall-risk signal.
- Timed Up and Go (3 m): 12 s or more signals fall risk (CDC STEADI; Barry et al. 2014).
- Five-times sit-to-stand: slower than average above 11.4 s (60-69), 12.6 s (70-79), 14.8 s
  (80-89) (Bohannon 2006); 15 s or more predicts recurrent falls (Buatois et al. 2008).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sterkblijven.domain.model import Sex

BELOW_AVERAGE = "below_average"
AVERAGE = "average"
ABOVE_AVERAGE = "above_average"
# A result that cannot be held against the norm: an arm curl done with another weight.
NOT_COMPARED = "not_compared"
NOTE_NEAREST_BAND = "age_outside_norms_nearest_band_used"

TUG_FALL_RISK_SECONDS = 12.0
FIVE_STS_FALL_RISK_SECONDS = 15.0

Band = tuple[int, int]
Range = tuple[float, float]

_RIKLI_BANDS: tuple[Band, ...] = (
    (60, 64),
    (65, 69),
    (70, 74),
    (75, 79),
    (80, 84),
    (85, 89),
    (90, 94),
)


def _table(rows: tuple[tuple[Range, Range], ...]) -> dict[Sex, dict[Band, Range]]:
    return {
        Sex.FEMALE: {band: row[0] for band, row in zip(_RIKLI_BANDS, rows, strict=True)},
        Sex.MALE: {band: row[1] for band, row in zip(_RIKLI_BANDS, rows, strict=True)},
    }


# (women, men) per age band, as published.
CHAIR_STAND = _table(
    (
        ((12, 17), (14, 19)),
        ((11, 16), (12, 18)),
        ((10, 15), (12, 17)),
        ((10, 15), (11, 17)),
        ((9, 14), (10, 15)),
        ((8, 13), (8, 14)),
        ((4, 11), (7, 12)),
    )
)
ARM_CURL = _table(
    (
        ((13, 19), (16, 22)),
        ((12, 18), (15, 21)),
        ((12, 17), (14, 21)),
        ((11, 17), (13, 19)),
        ((10, 16), (13, 19)),
        ((10, 15), (11, 17)),
        ((8, 13), (10, 14)),
    )
)
STEP_TEST = _table(
    (
        ((75, 107), (87, 115)),
        ((73, 107), (86, 116)),
        ((68, 101), (80, 110)),
        ((68, 100), (73, 109)),
        ((60, 90), (71, 103)),
        ((55, 85), (59, 91)),
        ((44, 72), (52, 86)),
    )
)
UP_AND_GO_8FT = _table(
    (
        ((4.4, 6.0), (3.8, 5.6)),
        ((4.8, 6.4), (4.3, 5.9)),
        ((4.9, 7.1), (4.4, 6.2)),
        ((5.2, 7.4), (4.6, 7.2)),
        ((5.7, 8.7), (5.2, 7.6)),
        ((6.2, 9.6), (5.5, 8.9)),
        ((7.3, 11.5), (6.2, 10.0)),
    )
)
# Slower than average above these times, for both sexes (Bohannon 2006).
FIVE_STS_SLOWER_ABOVE: dict[Band, float] = {(60, 69): 11.4, (70, 79): 12.6, (80, 89): 14.8}

COUNTED = {
    "chair_stand_30s": CHAIR_STAND,
    "arm_curl_30s": ARM_CURL,
    "step_test_2min": STEP_TEST,
}
TEST_IDS = (
    "chair_stand_30s",
    "arm_curl_30s",
    "step_test_2min",
    "up_and_go_8ft",
    "timed_up_and_go",
    "five_times_sit_to_stand",
)
TIMED = frozenset({"up_and_go_8ft", "timed_up_and_go", "five_times_sit_to_stand"})


class NormSource(enum.StrEnum):
    """A published source a result is compared with; the words name author and year."""

    RIKLI_JONES = "rikli_jones"  # Rikli & Jones 1999 (norms) and 2013 (test manual)
    STEADI = "steadi"  # CDC STEADI's fall-risk cut-offs
    BOHANNON = "bohannon"  # Bohannon 2006: five-times sit-to-stand by age
    BUATOIS = "buatois"  # Buatois et al. 2008: 15 s or more predicts recurrent falls


_SOURCES: dict[str, tuple[NormSource, ...]] = {
    "chair_stand_30s": (NormSource.RIKLI_JONES, NormSource.STEADI),
    "arm_curl_30s": (NormSource.RIKLI_JONES,),
    "step_test_2min": (NormSource.RIKLI_JONES,),
    "up_and_go_8ft": (NormSource.RIKLI_JONES,),
    "timed_up_and_go": (NormSource.STEADI,),
    "five_times_sit_to_stand": (NormSource.BOHANNON, NormSource.BUATOIS),
}


def norm_sources(test_id: str) -> tuple[NormSource, ...]:
    """Return the published norms and cut-offs a test's result is compared with."""
    if test_id not in _SOURCES:
        raise NormError(f"unknown test {test_id!r}; known: {', '.join(TEST_IDS)}")
    return _SOURCES[test_id]


class NormError(ValueError):
    """A request the norms cannot answer truthfully: an unknown test, or impossible input."""


@dataclass(frozen=True, slots=True)
class Assessment:
    """How a result compares with people of the same age and sex."""

    rating: str
    fall_risk: bool
    age_band: Band | None
    note: str | None = None
    normal_range: Range | None = None


def assess(test_id: str, age: int, sex: Sex | str, value: float) -> Assessment:
    """Compare a test result with the published norms for the age and sex."""
    if test_id not in TEST_IDS:
        raise NormError(f"unknown test {test_id!r}; known: {', '.join(TEST_IDS)}")
    if isinstance(age, bool) or not isinstance(age, int) or age < 0:
        raise NormError(f"age must be a whole number of years, 0 or more, not {age!r}")
    try:
        who = Sex(sex)
    except ValueError:
        raise NormError(f"sex must be 'female' or 'male', not {sex!r}") from None
    if isinstance(value, bool) or not isinstance(value, int | float) or not value >= 0:
        raise NormError(f"value must be a number, 0 or more, not {value!r}")
    if value == float("inf"):
        raise NormError("value must be finite")
    if test_id in COUNTED:
        return _against_range(COUNTED[test_id][who], age, value, timed=False, test_id=test_id)
    if test_id == "up_and_go_8ft":
        return _against_range(UP_AND_GO_8FT[who], age, value, timed=True, test_id=test_id)
    if test_id == "timed_up_and_go":
        risk = value >= TUG_FALL_RISK_SECONDS
        return Assessment(BELOW_AVERAGE if risk else AVERAGE, risk, None)
    band, note = _nearest(tuple(FIVE_STS_SLOWER_ABOVE), age)
    slower = value > FIVE_STS_SLOWER_ABOVE[band]
    return Assessment(
        BELOW_AVERAGE if slower else AVERAGE,
        value >= FIVE_STS_FALL_RISK_SECONDS,
        band,
        note,
    )


def _against_range(
    table: dict[Band, Range], age: int, value: float, *, timed: bool, test_id: str
) -> Assessment:
    band, note = _nearest(tuple(table), age)
    low, high = table[band]
    if timed:  # faster is better
        rating = ABOVE_AVERAGE if value < low else BELOW_AVERAGE if value > high else AVERAGE
    else:
        rating = BELOW_AVERAGE if value < low else ABOVE_AVERAGE if value > high else AVERAGE
    fall_risk = test_id == "chair_stand_30s" and value < low
    return Assessment(rating, fall_risk, band, note, (low, high))


def _nearest(bands: tuple[Band, ...], age: int) -> tuple[Band, str | None]:
    for band in bands:
        if band[0] <= age <= band[1]:
            return band, None
    nearest = bands[0] if age < bands[0][0] else bands[-1]
    return nearest, NOTE_NEAREST_BAND
