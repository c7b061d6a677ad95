"""The report's test table rates each result as the test screens do, by the protocol."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from sterkblijven.domain import norms
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.fitness import TestResult as Result
from sterkblijven.domain.fitness import age_on, assess_result
from sterkblijven.services.fitness import FitnessTests
from sterkblijven.services.reports import ReportPeriod, Reports
from sterkblijven.storage import Database
from tests.clocks import ManualClock

TESTED = datetime(2026, 10, 5, 10, 0)
PERIOD = ReportPeriod(date(2026, 10, 1), date(2026, 10, 31))


@pytest.fixture
def reports(database: Database, catalogue: Catalogue, moment: ManualClock[datetime]) -> Reports:
    """Return the report use cases."""
    return Reports(database, catalogue, moment)


def test_a_chair_stand_that_needed_the_arms_is_rated_as_0(
    reports: Reports, fitness: FitnessTests, trainee: int, moment: ManualClock[datetime]
) -> None:
    """Needing the arms scores 0: below the range, and a fall-risk signal (Rikli & Jones)."""
    moment.now = TESTED
    fitness.record(trainee, "chair_stand_30s", 9, used_arms=True)
    (row,) = reports.progress_report(trainee, PERIOD).test_rows
    assert (row.used_arms, row.value) == (True, 0)
    assert row.comparable
    assert row.rating == norms.BELOW_AVERAGE
    assert row.fall_risk
    assert row.age_band == (75, 79)
    assert row.normal_range == (10, 15)


def test_each_row_is_rated_as_the_test_screens_rate_it(
    reports: Reports, fitness: FitnessTests, trainee: int, moment: ManualClock[datetime]
) -> None:
    """Rating, fall risk and comparability of every row are those of the app's own rule."""
    moment.now = TESTED
    fitness.record(trainee, "chair_stand_30s", 0, used_arms=True)
    fitness.record(trainee, "chair_stand_30s", 12)
    fitness.record(trainee, "arm_curl_30s", 14, dumbbell_kg=2.25)
    fitness.record(trainee, "arm_curl_30s", 14, dumbbell_kg=3.0)
    fitness.record(trainee, "timed_up_and_go", 13.5)
    report = reports.progress_report(trainee, PERIOD)
    assert len(report.test_rows) == 5
    for row in report.test_rows:
        result = Result(
            row.test_id,
            row.value,
            TESTED,
            used_arms=row.used_arms,
            dumbbell_kg=row.dumbbell_kg,
        )
        age = age_on(row.day, report.trainee.birth_year, report.trainee.birth_month)
        told = assess_result(result, age, report.trainee.sex)
        assert row.comparable == (told.rating != norms.NOT_COMPARED)
        assert row.rating == (told.rating if row.comparable else None)
        assert row.fall_risk == told.fall_risk
