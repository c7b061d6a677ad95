"""The carer's plan card sets a target range in one or two actions, typed or chosen."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.model import EquipmentKind, Load, Routine, RoutineExercise, Sex
from sterkblijven.services.onboarding import FirstRunAnswers, Onboarding
from sterkblijven.services.setup import Setup
from sterkblijven.storage import Database
from sterkblijven.ui.carer.plan_card import ExerciseCard
from sterkblijven.ui.carer.plan_page import RoutinePage
from sterkblijven.ui.common import theme
from tests.ui.accessibility import problems

SIT = RoutineExercise("sit_to_stand", Load(EquipmentKind.BODYWEIGHT), rep_min=20, rep_max=25)


@pytest.fixture
def page(
    qapp: QApplication, qtbot: QtBot, database: Database, catalogue: Catalogue, clock: datetime
) -> tuple[RoutinePage, Setup, int]:
    """Return the plan page in English for Riet, with a sit-to-stand of 20 to 25 opened."""
    qapp.setStyle("Fusion")
    theme.apply(qapp, theme.theme_for(100, high_contrast=False))
    answers = FirstRunAnswers("Riet", "1948", Sex.FEMALE, frozenset(), False, (), (), "nl")
    trainee = Onboarding(database, catalogue, lambda: clock).complete(answers).trainee.id or 0
    setup = Setup(database, catalogue, lambda: clock)
    setup.save_routine(trainee, Routine((SIT,)))
    shown = RoutinePage(setup, catalogue, lambda: "en")
    qtbot.addWidget(shown)
    shown.resize(1100, 820)
    shown.show_trainee(trainee, "Riet")
    shown.show()
    qtbot.waitExposed(shown)
    shown.cards[0].change.click()
    return shown, setup, trainee


def stored_range(setup: Setup, trainee: int) -> tuple[int, int]:
    """Return the stored target range of the plan's first exercise."""
    routine = setup.routine(trainee)
    assert routine is not None
    item = routine.exercises[0]
    return item.rep_min, item.rep_max


def chosen(card: ExerciseCard, low: int, high: int) -> None:
    """Click the usual range low-high on the card."""
    matches = [button for span, button in card.range_buttons if span == (low, high)]
    assert len(matches) == 1
    matches[0].click()


def test_a_usual_range_is_one_click_and_is_saved(page: tuple[RoutinePage, Setup, int]) -> None:
    """20-25 becomes 12-15 with one click on the usual range; Save stores it."""
    plan, setup, trainee = page
    card = plan.cards[0]
    assert [button.isChecked() for span, button in card.range_buttons if span == (20, 25)] == [True]
    chosen(card, 12, 15)
    assert (card.item.rep_min, card.item.rep_max) == (12, 15)
    assert card.low_field.text() == "12" and card.high_field.text() == "15"
    plan.save.click()
    assert stored_range(setup, trainee) == (12, 15)


def test_a_typed_range_is_taken(qtbot: QtBot, page: tuple[RoutinePage, Setup, int]) -> None:
    """Typing 12 and 15 and pressing Enter sets the range 12 to 15."""
    plan, setup, trainee = page
    card = plan.cards[0]
    card.low_field.clear()
    qtbot.keyClicks(card.low_field, "12")
    card.high_field.clear()
    qtbot.keyClicks(card.high_field, "15")
    qtbot.keyClick(card.high_field, Qt.Key.Key_Return)
    assert (card.item.rep_min, card.item.rep_max) == (12, 15)
    assert card.range_problem.text() == ""
    plan.save.click()
    assert stored_range(setup, trainee) == (12, 15)


@pytest.mark.parametrize(
    ("low", "high", "words"),
    [("15", "12", "lowest"), ("5", "40", "8 to 30"), ("12", "fifteen", "whole")],
)
def test_an_impossible_range_is_explained_and_the_old_one_kept(
    page: tuple[RoutinePage, Setup, int], low: str, high: str, words: str
) -> None:
    """A lower bound above the upper, numbers beyond the limits or words: a message, no change."""
    plan, _setup, _trainee = page
    card = plan.cards[0]
    card.low_field.setText(low)
    card.high_field.setText(high)
    card.use_range.click()
    assert (card.item.rep_min, card.item.rep_max) == (20, 25)
    assert words in card.range_problem.text()
    assert card.range_problem.isVisible()


def test_a_message_about_the_range_moves_no_button(page: tuple[RoutinePage, Setup, int]) -> None:
    """The message has its place already: the buttons below stay where they were."""
    plan, _setup, _trainee = page
    card = plan.cards[0]
    QApplication.processEvents()
    before = [button.mapTo(card, button.rect().topLeft()) for button in card.rest_buttons.values()]
    card.low_field.setText("25")
    card.high_field.setText("20")
    card.use_range.click()
    QApplication.processEvents()
    after = [button.mapTo(card, button.rect().topLeft()) for button in card.rest_buttons.values()]
    assert card.range_problem.text()
    assert after == before


def test_the_range_controls_are_big_and_named(page: tuple[RoutinePage, Setup, int]) -> None:
    """Every new control of the range is at least 48 px and has a name for screen readers."""
    plan, _setup, _trainee = page
    card = plan.cards[0]
    controls = [button for _span, button in card.range_buttons]
    controls += [card.low_field, card.high_field, card.use_range]
    for control in controls:
        assert control.width() >= 48 and control.height() >= 48
        assert control.accessibleName()
    assert problems(card) == []
