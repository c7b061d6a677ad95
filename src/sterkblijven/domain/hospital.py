"""Hospital stays: when, why, and who said training may start again.

After a stay, training waits until the GP, a specialist or a physiotherapist has said it may start
again (training.md: "Before training again: ... clearance from the GP, specialist or
physiotherapist"); the first session then starts again from the lightest loads, with a test.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import date, datetime

from sterkblijven.domain.validation import InputRefused

# The kind of event recorded when a person reports a hospital stay.
HOSPITAL_STAY = "hospital_stay"

# Who may say that training can start again.


class ClearedBy(enum.StrEnum):
    """Who said that training may start again after a stay."""

    GP = "gp"
    SPECIALIST = "specialist"
    PHYSIOTHERAPIST = "physiotherapist"
    # A stay recorded before the app asked: the person trained again after it, so it counts.
    NOT_RECORDED = "not_recorded"


class StayReason(enum.StrEnum):
    """Why someone was in hospital, as far as the training needs to know."""

    HIP_BACK = "hip_back"  # an operation on the hip, from the back (posterior approach)
    HIP_FRONT = "hip_front"  # an operation on the hip, from the front (anterior approach)
    HIP = "hip"  # an operation on the hip, approach not known
    KNEE = "knee"  # an operation on the knee
    SHOULDER = "shoulder"  # an operation on the shoulder
    FRACTURE = "fracture"
    FALL = "fall"
    ILLNESS = "illness"
    OTHER = "other"
    # A stay reported before dates and reasons were asked (an older version of the app).
    NOT_RECORDED = "not_recorded"


# The reasons a person can choose; NOT_RECORDED is only for stays from before.
CHOSEN_REASONS = tuple(reason for reason in StayReason if reason is not StayReason.NOT_RECORDED)
HIP_REASONS = (StayReason.HIP_BACK, StayReason.HIP_FRONT, StayReason.HIP)
CLEARERS = (ClearedBy.GP, ClearedBy.SPECIALIST, ClearedBy.PHYSIOTHERAPIST)


@dataclass(frozen=True, slots=True)
class HospitalStay:
    """A stay in hospital, and when training was cleared to start again."""

    admitted: date | None  # None only for stays recorded before the app asked
    discharged: date | None  # None: not home yet, or not recorded
    reason: StayReason
    recorded_at: datetime
    cleared_on: date | None = None
    cleared_by: ClearedBy | None = None
    id: int | None = None

    @property
    def waiting_for_clearance(self) -> bool:
        """Return True while nobody has said that training may start again."""
        return self.cleared_on is None


def check_stay(admitted: date, discharged: date | None, reason: StayReason, today: date) -> None:
    """Refuse dates that cannot be right: in the future, or home before going in."""
    if reason is StayReason.NOT_RECORDED:
        raise InputRefused("stay_reason_missing")
    if admitted > today:
        raise InputRefused("admitted_in_future")
    if discharged is not None:
        if discharged > today:
            raise InputRefused("discharged_in_future")
        if discharged < admitted:
            raise InputRefused("discharged_before_admitted")


def check_discharge(stay: HospitalStay, discharged: date, today: date) -> None:
    """Refuse a day home in the future or before the day of going in."""
    if discharged > today:
        raise InputRefused("discharged_in_future")
    if stay.admitted is not None and discharged < stay.admitted:
        raise InputRefused("discharged_before_admitted")


def check_clearance(stay: HospitalStay, on: date, by: ClearedBy, today: date) -> None:
    """Refuse a clearance in the future, or from before the stay began."""
    if by is ClearedBy.NOT_RECORDED:
        raise InputRefused("cleared_by_missing")
    if on > today:
        raise InputRefused("cleared_in_future")
    if stay.admitted is not None and on < stay.admitted:
        raise InputRefused("cleared_before_admitted")


# Dates as people type them: 3-11-2026, 3/11/2026, 3.11.2026 or 3 11 2026 (day first, as in
# Dutch), 2026-11-03 (as computers write them), or 3-11 for this year.
_DAY_FIRST = re.compile(r"(\d{1,2})\s*[-/. ]\s*(\d{1,2})(?:\s*[-/. ]\s*(\d{4}))?")
EARLIEST_YEAR = 1900
_YEAR_FIRST = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def parse_day(text: str, today: date) -> date:
    """Return the date typed, or refuse it with ``date_format``."""
    cleaned = text.strip()
    year_first = _YEAR_FIRST.fullmatch(cleaned)
    day_first = _DAY_FIRST.fullmatch(cleaned)
    try:
        if year_first is not None:
            year, month, day = (int(part) for part in year_first.groups())
            return _day(year, month, day)
        if day_first is not None:
            day, month = int(day_first.group(1)), int(day_first.group(2))
            year = int(day_first.group(3)) if day_first.group(3) else today.year
            return _day(year, month, day)
    except ValueError:
        pass  # a day that does not exist, such as 31-2
    raise InputRefused("date_format")


def _day(year: int, month: int, day: int) -> date:
    if year < EARLIEST_YEAR:  # a typing slip, such as 1026 for 2026
        raise ValueError(year)
    return date(year, month, day)
