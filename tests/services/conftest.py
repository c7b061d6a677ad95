"""Fixtures the service tests share: a movable clock, Riet, and the use cases on the test data."""

from __future__ import annotations

from datetime import datetime

import pytest

from sterkblijven.domain.bands import theraband_ladder
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.model import Sex
from sterkblijven.services.fitness import FitnessTests
from sterkblijven.services.onboarding import FirstRunAnswers, Onboarding
from sterkblijven.services.progress import Progress
from sterkblijven.services.setup import Setup
from sterkblijven.services.training import Training
from sterkblijven.storage import Database
from tests.clocks import ManualClock
from tests.storage.conftest import database

# The use cases run on both of the app's databases, as storage does.
__all__ = ["database"]

TAN, RED, BLACK = (theraband_ladder()[i] for i in (0, 2, 5))


@pytest.fixture
def moment(clock: datetime) -> ManualClock[datetime]:
    """Return a movable clock starting at the tests' now."""
    return ManualClock(clock)


@pytest.fixture
def trainee(database: Database, catalogue: Catalogue, moment: ManualClock[datetime]) -> int:
    """Return Riet (born 1948) with 1, 2 and 3 kg and the tan, red and black bands.

    Her band ladder is tan, red, tan doubled, black: a doubled tan falls between red and black.
    """
    answers = FirstRunAnswers(
        "Riet", "1948", Sex.FEMALE, frozenset(), False, (1.0, 2.0, 3.0), (TAN, RED, BLACK), "nl"
    )
    trainee = Onboarding(database, catalogue, moment).complete(answers).trainee
    assert trainee.id is not None
    return trainee.id


@pytest.fixture
def setup(database: Database, catalogue: Catalogue, moment: ManualClock[datetime]) -> Setup:
    """Return the set-up use cases."""
    return Setup(database, catalogue, moment)


@pytest.fixture
def training(database: Database, catalogue: Catalogue, moment: ManualClock[datetime]) -> Training:
    """Return the training use cases."""
    return Training(database, catalogue, moment)


@pytest.fixture
def fitness(database: Database, moment: ManualClock[datetime]) -> FitnessTests:
    """Return the functional test use cases."""
    return FitnessTests(database, moment)


@pytest.fixture
def progress(database: Database, catalogue: Catalogue, moment: ManualClock[datetime]) -> Progress:
    """Return the progress use cases."""
    return Progress(database, catalogue, moment)
