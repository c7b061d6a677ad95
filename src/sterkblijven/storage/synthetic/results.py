"""The generated trainee's functional tests: a round every six weeks or so, and after hospital."""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sterkblijven.domain import norms
from sterkblijven.domain.fitness import ARM_CURL_KG, TESTS
from sterkblijven.domain.model import Sex
from sterkblijven.storage.synthetic.calendar import Away, free_day
from sterkblijven.storage.synthetic.sets import Row

TEST_INTERVAL_DAYS = (42, 50)
# Bohannon 2006: mean Timed Up and Go (s) at 60-69, 70-79 and 80-99; norms.py has no table.
TUG_MEANS = ((64.5, 8.1), (74.5, 9.2), (89.5, 11.3))


@dataclass(frozen=True, slots=True)
class FunctionalTests:
    """The test rounds of one trainee; ``form`` scales their fitness against the norm's middle."""

    rng: random.Random
    trainee_id: int
    birth_year: int
    sex: Sex
    form: float
    start: datetime
    end: datetime

    def results(self, days: list[date], away: list[Away]) -> list[Row]:
        """Return the rows of every test round between the training days, none on an away day."""
        if not days:
            return []
        hospital = next((period for period in away if period.hospital), None)
        first_back = None
        if hospital is not None:
            first_back = next((day for day in days if day > hospital.last), None)
        session_days = set(days)
        results: list[Row] = []
        # The app suggests a first test once training has begun.
        day = free_day(days[0] + timedelta(days=2), away, session_days)
        retested = False
        while day < self.end.date():
            after_hospital = False
            returning = hospital is not None and not retested and day > hospital.last
            if returning and first_back is not None:
                # A hospital stay makes the app suggest a test on return, not at the usual time.
                day = free_day(first_back + timedelta(days=2), away, session_days)
                retested = after_hospital = True
                if day >= self.end.date():
                    break
            results.extend(self._round(day, hospital, after_hospital))
            later = day + timedelta(days=self.rng.randint(*TEST_INTERVAL_DAYS))
            day = free_day(later, away, session_days)
        return results

    def _round(self, day: date, hospital: Away | None, after_hospital: bool) -> list[Row]:
        rng = self.rng
        moment = datetime.combine(day, time(rng.randint(10, 11), rng.randint(0, 59)))
        level = self._condition(day, hospital)
        age = (day - date(self.birth_year, 7, 1)).days / 365.25
        rows: list[Row] = []
        for test in TESTS:
            used_arms = test.id == "chair_stand_30s" and rng.random() < (
                0.5 if after_hospital else 0.005
            )
            if used_arms:
                value = 0.0
            elif test.counted:
                spread = 4.0 if test.id == "step_test_2min" else 0.9
                counted = round(_norm_middle(test.id, self.sex, age) * level + rng.gauss(0, spread))
                value = float(max(1, min(int(test.highest), counted)))
            else:
                timed = _norm_middle(test.id, self.sex, age) / level * (1 + rng.gauss(0, 0.035))
                value = max(1.0, min(test.highest, round(timed, 1)))
            rows.append(
                {
                    "trainee_id": self.trainee_id,
                    "test_id": test.id,
                    "value": value,
                    "taken_at": moment,
                    "note": "",
                    "used_arms": used_arms,
                    # The generated person curls the protocol's own dumbbell.
                    "dumbbell_kg": ARM_CURL_KG[self.sex] if test.id == "arm_curl_30s" else None,
                }
            )
            moment += timedelta(seconds=rng.randint(180, 360))
        return rows

    def _condition(self, day: date, hospital: Away | None) -> float:
        """Return fitness relative to the norm's middle: training helps, a hospital stay hurts."""
        since = (day - self.start.date()).days
        level = self.form * (0.86 + 0.18 * (1 - math.exp(-since / 90)))
        if hospital is not None and day > hospital.last:
            after = (day - hospital.last).days
            level *= 1 - 0.03 - 0.12 * math.exp(-after / 90)
        return level


def _norm_middle(test_id: str, sex: Sex, age: float) -> float:
    """Return the typical value for the age, interpolated between the published age bands."""
    if test_id in norms.COUNTED:
        table = norms.COUNTED[test_id][sex]
    elif test_id == "up_and_go_8ft":
        table = norms.UP_AND_GO_8FT[sex]
    else:
        points = (
            TUG_MEANS
            if test_id == "timed_up_and_go"
            else tuple(
                ((lo + hi) / 2, value) for (lo, hi), value in norms.FIVE_STS_SLOWER_ABOVE.items()
            )
        )
        return _interpolate(points, age)
    return _interpolate(
        tuple(((lo + hi) / 2, (low + high) / 2) for (lo, hi), (low, high) in table.items()), age
    )


def _interpolate(points: Sequence[tuple[float, float]], x: float) -> float:
    ordered = sorted(points)
    if x <= ordered[0][0]:
        return ordered[0][1]
    for (x0, y0), (x1, y1) in itertools.pairwise(ordered):
        if x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return ordered[-1][1]
