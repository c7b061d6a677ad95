"""The carer's plan card sets a balance exercise's step, and shows which step is planned."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.model import EquipmentKind, Load, Routine, RoutineExercise, Sex
from sterkblijven.services.onboarding import FirstRunAnswers, Onboarding
from sterkblijven.services.setup import Setup
from sterkblijven.storage import Database
from sterkblijven.ui.carer.plan_page import RoutinePage
from sterkblijven.ui.common import theme
from sterkblijven.words.basics import current_language
from tests.ui.accessibility import problems

BODY = Load(EquipmentKind.BODYWEIGHT)
STAND = RoutineExercise("single_leg_stand", BODY, rep_min=10, rep_max=30, balance_level=1)
SIT = RoutineExercise("sit_to_stand", BODY)


@pytest.fixture
def page(
    qapp: QApplication, qtbot: QtBot, database: Database, catalogue: Catalogue, clock: datetime
) -> tuple[RoutinePage, Setup]:
    """Return the plan page in English for Riet: a sit-to-stand and a one-leg stand."""
    qapp.setStyle("Fusion")
    theme.apply(qapp, theme.theme_for(100, high_contrast=False))
    answers = FirstRunAnswers("Riet", "1948", Sex.FEMALE, frozenset(), False, (), (), "nl")
    trainee = Onboarding(database, catalogue, lambda: clock).complete(answers).trainee.id or 0
    setup = Setup(database, catalogue, lambda: clock)
    setup.save_routine(trainee, Routine((SIT, STAND)))
    shown = RoutinePage(setup, catalogue, lambda: "en")
    qtbot.addWidget(shown)
    shown.resize(1100, 820)
    shown.show_trainee(trainee, "Riet")
    shown.show()
    qtbot.waitExposed(shown)
    return shown, setup


def test_the_carer_chooses_a_balance_step_and_it_is_saved(
    page: tuple[RoutinePage, Setup], catalogue: Catalogue
) -> None:
    """The card says step 2 of 6 with its text; choosing step 4 and saving stores it."""
    plan, setup = page
    single = catalogue.get("single_leg_stand")
    assert single is not None
    card = plan.cards[1]
    language = current_language()
    assert "Step 2 of 6" in card.summary.text()
    assert single.balance_levels[1].text(language) in card.summary.text()
    assert plan.cards[0].level_buttons == []
    card.change.click()
    card = plan.cards[1]
    assert len(card.level_buttons) == 6 and card.level_buttons[1].isChecked()
    card.level_buttons[3].click()
    assert card.level_text is not None
    assert single.balance_levels[3].text(language) in card.level_text.text()
    plan.save.click()
    routine = setup.routine(1)
    assert routine is not None and routine.exercises[1].balance_level == 3


@pytest.mark.parametrize("scale", [100, 200])
def test_the_step_choices_are_named_and_large_enough(
    page: tuple[RoutinePage, Setup], qapp: QApplication, scale: int
) -> None:
    """Each step button is at least 48 px and says which exercise and step it is."""
    plan, _setup = page
    theme.apply(qapp, theme.theme_for(scale, high_contrast=False))
    plan.cards[1].change.click()
    qapp.processEvents()
    card = plan.cards[1]
    assert card.level_buttons[2].accessibleName() == "Standing on one leg: step 3 of 6"
    assert problems(plan) == []
    theme.apply(qapp, theme.theme_for(100, high_contrast=False))
