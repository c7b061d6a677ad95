"""The carer sees which exercises are done the supported way, and can change that."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sterkblijven.domain.bands import theraband_ladder
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.model import Sex
from sterkblijven.services.onboarding import FirstRunAnswers, Onboarding
from sterkblijven.services.setup import Setup
from sterkblijven.storage import Database
from sterkblijven.ui.carer.plan_page import RoutinePage
from sterkblijven.ui.common import theme
from tests.ui.accessibility import problems

KNEE_OA = FirstRunAnswers(
    name="Riet",
    birth_year="1948",
    sex=Sex.FEMALE,
    readiness_yes=frozenset({"bones_joints", "joint.knee"}),
    readiness_confirmed=False,
    dumbbells_kg=(1.0, 2.0),
    bands=theraband_ladder()[1:4],
    language="nl",
)


@pytest.fixture
def page(
    qapp: QApplication, qtbot: QtBot, database: Database, catalogue: Catalogue, clock: datetime
) -> tuple[RoutinePage, Setup, int]:
    """Return the plan page showing Riet's first plan, made for a sore knee."""
    qapp.setStyle("Fusion")
    theme.apply(qapp, theme.theme_for(100, high_contrast=False))
    trainee = Onboarding(database, catalogue, lambda: clock).complete(KNEE_OA).trainee
    assert trainee.id is not None
    setup = Setup(database, catalogue, lambda: clock)
    routine_page = RoutinePage(setup, catalogue, lambda: "en")
    qtbot.addWidget(routine_page)
    routine_page.resize(1100, 820)
    routine_page.show_trainee(trainee.id, "Riet")
    routine_page.show()
    qtbot.waitExposed(routine_page)
    return routine_page, setup, trainee.id


def test_the_plan_says_which_exercise_is_done_with_support(
    page: tuple[RoutinePage, Setup, int],
) -> None:
    """Sit-to-stand of a knee-OA plan says 'with support'; the usual way can be chosen and saved."""
    routine_page, setup, trainee = page
    (index,) = [i for i, c in enumerate(routine_page.cards) if c.item.exercise_id == "sit_to_stand"]
    card = routine_page.cards[index]
    assert not card.flags.isHidden()
    assert card.tr("Done the easier way, with support.") in card.flags.text()
    card.change.click()
    card = routine_page.cards[index]
    assert card.supported_choice is not None and card.usual_choice is not None
    assert card.supported_choice.isChecked()
    assert problems(card) == []
    card.usual_choice.click()
    assert not card.item.supported and card.flags.isHidden()
    routine_page.save.click()
    routine = setup.routine(trainee)
    assert routine is not None
    assert not routine.exercises[index].supported


def test_an_exercise_without_a_supported_way_offers_no_choice(
    page: tuple[RoutinePage, Setup, int],
) -> None:
    """Only an exercise whose catalogue entry describes a supported way offers the choice."""
    routine_page, _setup, _trainee = page
    (index,) = [i for i, c in enumerate(routine_page.cards) if c.item.exercise_id == "seated_row"]
    routine_page.cards[index].change.click()
    card = routine_page.cards[index]
    assert card.supported_choice is None and card.usual_choice is None
