"""The health check asked again: once a year and after a hospital stay, before the next session."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from sterkblijven.domain.model import Sex, Trainee
from sterkblijven.domain.readiness import Recheck
from sterkblijven.domain.validation import InputRefused
from sterkblijven.services.fitness import FitnessTests
from sterkblijven.services.health import readiness_due
from sterkblijven.services.home import Home
from sterkblijven.services.setup import Setup
from sterkblijven.services.training import Training
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


def test_a_session_or_a_test_waits_while_the_check_is_asked_again(
    home: Home,
    trainee: int,
    training: Training,
    fitness: FitnessTests,
    moment: ManualClock[datetime],
) -> None:
    """A year on, starting a session or planning a test is refused until the check is answered."""
    moment.now += timedelta(days=365)
    with pytest.raises(InputRefused) as refused:
        training.start(trainee)
    assert refused.value.code == "readiness_due"
    with pytest.raises(InputRefused) as refused:
        fitness.plan(trainee, "chair_stand_30s")
    assert refused.value.code == "readiness_due"
    home.record_readiness(trainee, frozenset(), confirmed=False)
    assert training.start(trainee).exercises
    assert fitness.plan(trainee, "chair_stand_30s") is not None


def test_a_session_already_running_may_be_finished_when_the_check_falls_due(
    trainee: int, training: Training, moment: ManualClock[datetime]
) -> None:
    """A session begun on the check's last day goes on the next day, although the check is due."""
    moment.now += timedelta(days=364, hours=12)
    started = training.start(trainee)
    moment.now += timedelta(days=1)
    assert training.start(trainee).id == started.id
