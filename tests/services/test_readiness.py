"""The health check asked again: once a year and after a hospital stay, before the next session."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from sterkblijven.domain.model import Sex, Trainee
from sterkblijven.domain.readiness import Recheck
from sterkblijven.services.home import Home, readiness_due
from sterkblijven.services.setup import Setup
from sterkblijven.storage import Database
from sterkblijven.storage import repositories as repo
from tests.clocks import ManualClock


@pytest.fixture
def home(database: Database, moment: ManualClock[datetime]) -> Home:
    """Return the home use cases on the test data."""
    return Home(database, moment)


def test_a_check_holds_for_a_year_then_is_asked_again(
    home: Home, trainee: int, moment: ManualClock[datetime]
) -> None:
    """Home asks the questions again once the last check is 365 days old."""
    assert home.overview(trainee).readiness_due is None
    moment.now += timedelta(days=364)
    assert home.overview(trainee).readiness_due is None
    moment.now += timedelta(days=1)
    assert home.overview(trainee).readiness_due is Recheck.YEAR


def test_a_hospital_stay_after_the_check_asks_it_again(
    home: Home, setup: Setup, trainee: int, moment: ManualClock[datetime]
) -> None:
    """A hospital stay reported after the last check makes the check due at once."""
    moment.now += timedelta(days=40)
    setup.report_hospital_stay(trainee)
    assert home.overview(trainee).readiness_due is Recheck.HOSPITAL
    home.record_readiness(trainee, frozenset(), confirmed=False)
    assert home.overview(trainee).readiness_due is None


def test_a_new_check_after_the_hospital_stay_holds(
    home: Home, setup: Setup, trainee: int, moment: ManualClock[datetime]
) -> None:
    """A check answered after the stay (even in the same minute) is not asked again."""
    setup.report_hospital_stay(trainee)
    home.record_readiness(trainee, frozenset(), confirmed=False)
    moment.now += timedelta(days=30)
    assert home.overview(trainee).readiness_due is None


def test_the_rule_is_one_function_on_a_transaction(
    database: Database, setup: Setup, trainee: int, moment: ManualClock[datetime]
) -> None:
    """readiness_due gives the same answer as the overview, for other use cases to rely on."""
    moment.now += timedelta(days=3)
    setup.report_hospital_stay(trainee)
    with database.transaction() as tx:
        assert readiness_due(tx, trainee, moment()) is Recheck.HOSPITAL


def test_a_new_check_with_an_open_topic_waits_for_confirmation(
    home: Home, trainee: int, moment: ManualClock[datetime]
) -> None:
    """A follow-up that stays yes blocks training until the GP talk is confirmed."""
    moment.now += timedelta(days=400)
    routine = home.overview(trainee).routine
    home.record_readiness(trainee, frozenset({"chest", "chest.new_or_changed"}), confirmed=False)
    overview = home.overview(trainee)
    assert overview.readiness_due is None
    assert not overview.training_allowed
    assert overview.routine == routine  # the plan stays the carer's
    home.confirm_readiness(trainee)
    assert home.overview(trainee).training_allowed


def test_a_new_check_confirmed_at_once_allows_training(
    home: Home, trainee: int, moment: ManualClock[datetime]
) -> None:
    """Having talked with the GP already, the person confirms with the answers."""
    moment.now += timedelta(days=400)
    check = home.record_readiness(trainee, frozenset({"supervised"}), confirmed=True)
    assert check.confirmed_at == moment()
    assert home.overview(trainee).training_allowed


def test_a_resolved_answer_is_not_stored_as_confirmed(
    home: Home, trainee: int, moment: ManualClock[datetime]
) -> None:
    """Nothing open means nothing to confirm: the check is stored without a confirmation."""
    check = home.record_readiness(trainee, frozenset({"heart"}), confirmed=True)
    assert check.confirmed_at is None and check.training_allowed


def test_a_person_without_any_check_is_asked(database: Database, home: Home) -> None:
    """Someone read in from a file without a check is asked the questions."""
    with database.transaction() as tx:
        other = repo.add_trainee(tx, Trainee("Jan", 1950, Sex.MALE), datetime(2026, 1, 5))
    assert other.id is not None
    assert home.overview(other.id).readiness_due is Recheck.FIRST
