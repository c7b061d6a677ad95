"""Results are rated at the person's real age, and the arm curl only with the protocol's weight."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from sterkblijven.domain.bands import theraband_ladder
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.model import Sex
from sterkblijven.domain.norms import AVERAGE, BELOW_AVERAGE, NOT_COMPARED
from sterkblijven.services.errors import InputRefused
from sterkblijven.services.fitness import FitnessTests
from sterkblijven.services.onboarding import FirstRunAnswers, Onboarding
from sterkblijven.services.progress import Progress
from sterkblijven.services.reports import ReportPeriod, Reports
from sterkblijven.services.trainees import Trainees
from sterkblijven.storage import Database
from tests.clocks import ManualClock


def person(
    database: Database,
    catalogue: Catalogue,
    moment: ManualClock[datetime],
    *,
    birth_year: str = "1951",
    birth_month: int | None = None,
    sex: Sex = Sex.MALE,
    kgs: tuple[float, ...] = (2.0, 3.0, 4.0),
) -> int:
    """Return a new trainee made by the first run, with a birth month if given."""
    answers = FirstRunAnswers(
        "Jan",
        birth_year,
        sex,
        frozenset(),
        False,
        kgs,
        theraband_ladder()[1:3],
        "nl",
        birth_month=birth_month,
    )
    trainee = Onboarding(database, catalogue, moment).complete(answers).trainee
    assert trainee.id is not None
    return trainee.id


# Age from the birth month


def test_a_man_born_in_november_is_rated_as_74_in_january(
    database: Database, catalogue: Catalogue, moment: ManualClock[datetime]
) -> None:
    """Jan, born November 1951, tested on 2 January 2026 is 74: the 70-74 row, not 75-79."""
    moment.now = datetime(2026, 1, 2, 10, 0)
    jan = person(database, catalogue, moment, birth_month=11)
    rated = FitnessTests(database, moment).record(jan, "chair_stand_30s", 11)
    assert (rated.age, rated.assessment.age_band, rated.assessment.rating) == (
        74,
        (70, 74),
        BELOW_AVERAGE,
    )


def test_without_a_month_the_year_alone_still_counts(
    database: Database, catalogue: Catalogue, moment: ManualClock[datetime]
) -> None:
    """Someone who gives only the year is rated as before: 75 from 1 January."""
    moment.now = datetime(2026, 1, 2, 10, 0)
    jan = person(database, catalogue, moment)
    rated = FitnessTests(database, moment).record(jan, "chair_stand_30s", 11)
    assert (rated.age, rated.assessment.age_band, rated.assessment.rating) == (
        75,
        (75, 79),
        AVERAGE,
    )


def test_the_carer_can_give_or_take_back_the_birth_month(
    database: Database, catalogue: Catalogue, moment: ManualClock[datetime], tmp_path: Path
) -> None:
    """A month added later rates the older results again at the real age; None takes it back."""
    moment.now = datetime(2026, 1, 2, 10, 0)
    jan = person(database, catalogue, moment)
    fitness = FitnessTests(database, moment)
    fitness.record(jan, "chair_stand_30s", 11)
    trainees = Trainees(database, tmp_path, moment)
    assert trainees.edit(jan, "Jan", 11).birth_month == 11
    (rated,) = fitness.results(jan, "chair_stand_30s")
    assert rated.age == 74
    assert trainees.edit(jan, "Jan", None).birth_month is None
    assert fitness.results(jan, "chair_stand_30s")[0].age == 75


@pytest.mark.parametrize("month", [0, 13, -1])
def test_an_impossible_birth_month_is_refused(
    database: Database,
    catalogue: Catalogue,
    moment: ManualClock[datetime],
    tmp_path: Path,
    month: int,
) -> None:
    """A month outside 1-12 is refused with a code, and nobody is stored."""
    with pytest.raises(InputRefused) as refused:
        person(database, catalogue, moment, birth_month=month)
    assert refused.value.code == "month_out_of_range"
    assert Trainees(database, tmp_path, moment).all() == []


def test_the_progress_chart_moves_the_range_on_the_birthday(
    database: Database, catalogue: Catalogue, moment: ManualClock[datetime]
) -> None:
    """The normal range on the chart changes in mid-November for a man born in November."""
    moment.now = datetime(2025, 6, 2, 10, 0)
    jan = person(database, catalogue, moment, birth_month=11)
    FitnessTests(database, moment).record(jan, "chair_stand_30s", 13)
    moment.now = datetime(2026, 12, 1, 10, 0)
    series = Progress(database, catalogue, moment).test(jan, "chair_stand_30s").series
    assert [(span.start.isoformat(), span.age_band) for span in series.normal] == [
        ("2025-06-02", (70, 74)),
        ("2026-11-15", (75, 79)),
    ]


def test_the_report_tells_the_age_from_the_birth_month(
    database: Database, catalogue: Catalogue, moment: ManualClock[datetime]
) -> None:
    """A report made on 2 January 2026 gives Jan, born November 1951, as 74."""
    moment.now = datetime(2026, 1, 2, 10, 0)
    jan = person(database, catalogue, moment, birth_month=11)
    reports = Reports(database, catalogue, moment)
    report = reports.progress_report(jan, ReportPeriod(moment.now.date(), moment.now.date()))
    assert report.age == 74


# The arm curl's dumbbell


def test_the_arm_curl_plan_offers_every_owned_dumbbell(
    database: Database, catalogue: Catalogue, moment: ManualClock[datetime]
) -> None:
    """The preparation knows the weights owned, to ask which one was used."""
    riet = person(database, catalogue, moment, sex=Sex.FEMALE, kgs=(1.0, 2.0, 3.0))
    plan = FitnessTests(database, moment).plan(riet, "arm_curl_30s")
    assert (plan.dumbbell_kg, plan.owned_kg) == (2.0, (1.0, 2.0, 3.0))


def test_an_arm_curl_with_another_dumbbell_is_stored_but_not_rated(
    database: Database, catalogue: Catalogue, moment: ManualClock[datetime]
) -> None:
    """Riet curls 2 kg, not the protocol's 2.3 kg: the count is kept, the norm is not used."""
    riet = person(database, catalogue, moment, birth_year="1948", sex=Sex.FEMALE)
    fitness = FitnessTests(database, moment)
    rated = fitness.record(riet, "arm_curl_30s", 9, dumbbell_kg=2.0)
    assert rated.result.dumbbell_kg == 2.0
    assert rated.assessment.rating == NOT_COMPARED and not rated.assessment.fall_risk
    (stored,) = fitness.results(riet, "arm_curl_30s")
    assert (stored.result.value, stored.result.dumbbell_kg) == (9.0, 2.0)
    assert stored.assessment.rating == NOT_COMPARED


def test_an_arm_curl_with_the_protocol_weight_is_rated(
    database: Database, catalogue: Catalogue, moment: ManualClock[datetime]
) -> None:
    """With 2.3 kg, Riet's 9 curls at 78 are below the 75-79 range of 11-17."""
    riet = person(database, catalogue, moment, birth_year="1948", sex=Sex.FEMALE, kgs=(2.3,))
    rated = FitnessTests(database, moment).record(riet, "arm_curl_30s", 9, dumbbell_kg=2.3)
    assert (rated.assessment.rating, rated.assessment.normal_range) == (BELOW_AVERAGE, (11, 17))


def test_a_weight_is_refused_for_other_tests_and_when_impossible(
    database: Database, catalogue: Catalogue, moment: ManualClock[datetime]
) -> None:
    """Only the arm curl has a dumbbell, and it weighs something; nothing is stored otherwise."""
    jan = person(database, catalogue, moment)
    fitness = FitnessTests(database, moment)
    with pytest.raises(InputRefused) as refused:
        fitness.record(jan, "chair_stand_30s", 11, dumbbell_kg=2.0)
    assert refused.value.code == "test_weight_only_arm_curl"
    with pytest.raises(InputRefused) as refused:
        fitness.record(jan, "arm_curl_30s", 11, dumbbell_kg=0.0)
    assert refused.value.code == "kg_out_of_range"
    assert fitness.results(jan, "chair_stand_30s") == fitness.results(jan, "arm_curl_30s") == []


def test_the_progress_chart_draws_curls_with_another_weight_apart(
    database: Database, catalogue: Catalogue, moment: ManualClock[datetime]
) -> None:
    """Curls with 3.6 kg are the norm's line; a curl with 3 kg is a line of its own."""
    jan = person(database, catalogue, moment, kgs=(3.0, 3.6))
    fitness = FitnessTests(database, moment)
    fitness.record(jan, "arm_curl_30s", 15, dumbbell_kg=3.6)
    fitness.record(jan, "arm_curl_30s", 18, dumbbell_kg=3.0)
    series = Progress(database, catalogue, moment).test(jan, "arm_curl_30s").series
    assert [point.value for point in series.points] == [15.0]
    assert [point.value for point in series.other] == [18.0]


def test_the_report_keeps_curls_with_another_weight_apart(
    database: Database, catalogue: Catalogue, moment: ManualClock[datetime]
) -> None:
    """The report's chart holds the same two lines as the screen."""
    jan = person(database, catalogue, moment, kgs=(3.0, 3.6))
    fitness = FitnessTests(database, moment)
    fitness.record(jan, "arm_curl_30s", 15, dumbbell_kg=3.6)
    fitness.record(jan, "arm_curl_30s", 18, dumbbell_kg=3.0)
    today = moment.now.date()
    report = Reports(database, catalogue, moment).progress_report(jan, ReportPeriod(today, today))
    (curls,) = report.tests
    assert [point.value for point in curls.series.points] == [15.0]
    assert [point.value for point in curls.series.other] == [18.0]
    assert curls.latest.assessment.rating == NOT_COMPARED
