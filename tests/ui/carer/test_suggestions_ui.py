"""Suggestions on screen: why, and accept, change or reject, by the carer or the trainee."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QLabel

from sterkblijven.app import AppContext
from sterkblijven.domain.decisions import Decider, Status
from sterkblijven.domain.model import EquipmentKind, Load, RoutineExercise
from sterkblijven.services.carer import CarerAccess
from sterkblijven.services.catalogue import load_catalogue
from sterkblijven.services.setup import Setup
from sterkblijven.services.suggestions import LoadSuggestions
from sterkblijven.services.training import Effort, SetInput, Training
from sterkblijven.ui.common.widgets import BigButton, Card
from tests.conftest import NOW
from tests.ui.accessibility import problems
from tests.ui.carer.test_carer import open_carer_from_settings
from tests.ui.flows import complete_wizard

TOP = SetInput(reps=25, reached_failure=True, effort=Effort.MAXIMAL, pain=0)


def train_to_the_top(context: AppContext) -> int:
    """Record a session with 25 at failure on the dumbbell exercise; return its position."""
    training = Training(context.database, load_catalogue(), lambda: NOW)
    state = training.finish_warmup(training.start(1).id)
    position = next(
        p.position for p in state.exercises if p.item.load.kind is EquipmentKind.DUMBBELL
    )
    while not state.progress_at(position).done:
        state = training.record_set(state.id, position, TOP)
    training.end_early(state.id)
    return position


def buttons(card: Card) -> dict[str, BigButton]:
    """Return the buttons of a card by their text."""
    return {button.text(): button for button in card.findChildren(BigButton)}


def texts(card: Card) -> list[str]:
    """Return the texts of a card's labels."""
    return [label.text() for label in card.findChildren(QLabel) if label.text()]


def test_the_carer_reads_why_and_agrees(context: AppContext) -> None:
    """From the carer part: a card per suggestion, Why shows the source, Agree records it."""
    window = context.window
    complete_wizard(window)
    train_to_the_top(context)
    open_carer_from_settings(window)
    carer_buttons = {b.text(): b for b in window.pages.carer.findChildren(BigButton)}
    carer_buttons["Voorstellen (1)"].click()
    page = window.pages.suggestions
    assert window.stack.currentWidget() is page
    (card,) = page.cards()
    assert any("langzamer" in text for text in texts(card))
    buttons(card)["Waarom?"].click()
    (card,) = page.cards()
    assert any("ACSM" in text for text in texts(card))
    assert problems(page) == []
    buttons(card)["Akkoord"].click()
    assert page.cards() == []
    assert page.status.text().startswith("Opgeslagen")
    (record,) = LoadSuggestions(context.database, lambda: NOW).history(1)
    assert (record.status, record.decided_by) == (Status.ACCEPTED, Decider.CARER)
    page.back.click()
    assert window.stack.currentWidget() is window.pages.carer


def test_choosing_another_weight_records_a_change(context: AppContext) -> None:
    """Choose another weight lists the owned loads; one tap decides."""
    window = context.window
    complete_wizard(window)
    train_to_the_top(context)
    window.show_suggestions(1, "Riet", Decider.CARER)
    page = window.pages.suggestions
    (card,) = page.cards()
    buttons(card)["Kies een ander gewicht"].click()
    (card,) = page.cards()
    choices = buttons(card)
    assert "halters van 1 kg (zoals nu)" in choices
    choices["halters van 1 kg (zoals nu)"].click()
    (record,) = LoadSuggestions(context.database, lambda: NOW).history(1)
    assert record.status is Status.CHANGED


def test_the_trainee_decides_only_without_a_carer_pin_or_when_allowed(
    context: AppContext,
) -> None:
    """Without a PIN home offers the suggestions; with one they wait for the carer."""
    window = context.window
    complete_wizard(window)
    train_to_the_top(context)
    window.show_home()
    home = window.pages.home
    assert not home.suggestions.isHidden() and not home.suggestions_button.isHidden()
    home.suggestions_button.click()
    assert window.stack.currentWidget() is window.pages.suggestions
    window.pages.suggestions.back.click()
    assert window.stack.currentWidget() is home
    CarerAccess(context.database, lambda: NOW).set_pin("2468")
    window.show_home()
    assert home.suggestions_button.isHidden()
    assert "mantelzorger" in home.suggestions_text.text()


def test_the_trainee_cannot_undo_a_lowering_for_pain_and_is_told_who_can(
    context: AppContext,
) -> None:
    """A lower dose after pain 7 shows the trainee no Undo, and says only the carer lifts it."""
    window = context.window
    complete_wizard(window)
    training = Training(context.database, load_catalogue(), lambda: NOW)
    state = training.finish_warmup(training.start(1).id)
    position = next(
        p.position for p in state.exercises if p.item.load.kind is EquipmentKind.DUMBBELL
    )
    hurt = SetInput(reps=12, reached_failure=True, effort=Effort.HARD, pain=7)
    state = training.record_set(state.id, position, hurt)
    training.end_early(state.id)
    window.show_suggestions(1, "Riet", Decider.TRAINEE)
    (card,) = window.pages.suggestions.cards()
    assert "Terugdraaien" not in buttons(card)
    assert "Zo laten" in buttons(card)
    assert any("mantelzorger" in text for text in texts(card))
    window.show_suggestions(1, "Riet", Decider.CARER)  # the carer may still undo it
    (card,) = window.pages.suggestions.cards()
    assert "Terugdraaien" in buttons(card)


def test_the_carer_is_asked_before_lifting_a_lowering_for_pain(context: AppContext) -> None:
    """The carer's Undo on a lowering for pain asks first; only Yes lifts it, No keeps it."""
    window = context.window
    complete_wizard(window)
    training = Training(context.database, load_catalogue(), lambda: NOW)
    state = training.finish_warmup(training.start(1).id)
    position = next(
        p.position for p in state.exercises if p.item.load.kind is EquipmentKind.DUMBBELL
    )
    hurt = SetInput(reps=12, reached_failure=True, effort=Effort.HARD, pain=7)
    training.end_early(training.record_set(state.id, position, hurt).id)
    suggestions = LoadSuggestions(context.database, lambda: NOW)
    window.show_suggestions(1, "Riet", Decider.CARER)
    page = window.pages.suggestions
    (card,) = page.cards()
    buttons(card)["Terugdraaien"].click()
    (card,) = page.cards()
    assert any("pijn" in text and "zeker" in text for text in texts(card))
    focused = page.focusWidget()
    assert isinstance(focused, BigButton) and focused.text() == "Nee, laat het lichter"
    assert suggestions.pending(1), "nothing is decided before the answer"
    assert not problems(page)
    buttons(card)["Nee, laat het lichter"].click()
    (card,) = page.cards()
    assert "Terugdraaien" in buttons(card)
    assert suggestions.pending(1)
    buttons(card)["Terugdraaien"].click()
    (card,) = page.cards()
    buttons(card)["Ja, maak het weer zwaarder"].click()
    assert not suggestions.pending(1)
    (record,) = suggestions.history(1)
    assert record.status is Status.REJECTED


def test_choosing_a_weight_after_a_pause_for_pain_asks_first(context: AppContext) -> None:
    """Choosing any weight for an exercise paused for pain asks first; No keeps the pause."""
    window = context.window
    complete_wizard(window)
    training = Training(context.database, load_catalogue(), lambda: NOW)
    state = training.finish_warmup(training.start(1).id)
    position = next(
        p.position for p in state.exercises if p.item.load.kind is EquipmentKind.DUMBBELL
    )
    hurt = SetInput(reps=12, reached_failure=True, effort=Effort.HARD, pain=7)
    training.end_early(training.record_set(state.id, position, hurt).id)
    window.show_suggestions(1, "Riet", Decider.CARER)
    page = window.pages.suggestions
    (card,) = page.cards()
    buttons(card)["Kies een ander gewicht"].click()
    (card,) = page.cards()
    buttons(card)["halters van 1 kg (zoals nu)"].click()  # lightest owned, but above a pause
    (card,) = page.cards()
    assert "Ja, maak het weer zwaarder" in buttons(card)
    buttons(card)["Nee, laat het lichter"].click()
    (card,) = page.cards()
    assert "Kies een ander gewicht" in buttons(card)
    assert LoadSuggestions(context.database, lambda: NOW).pending(1)


def test_a_balance_step_offers_no_choice_of_weight(context: AppContext) -> None:
    """A balance step's card offers Agree and Not now, but no weight to choose."""
    window = context.window
    complete_wizard(window)
    catalogue = load_catalogue()
    setup = Setup(context.database, catalogue, lambda: NOW)
    routine = setup.routine(1)
    assert routine is not None
    stand = RoutineExercise("single_leg_stand", Load(EquipmentKind.BODYWEIGHT), 1, 10, 30)
    setup.save_routine(1, dataclasses.replace(routine, exercises=(stand,)))
    training = Training(context.database, catalogue, lambda: NOW)
    state = training.finish_warmup(training.start(1).id)
    state = training.record_set(state.id, 0, SetInput(30, False, Effort.LIGHT, 0))
    training.finish(state.id)
    window.show_suggestions(1, "Riet", Decider.CARER)
    (card,) = window.pages.suggestions.cards()
    assert "Akkoord" in buttons(card)
    assert "Kies een ander gewicht" not in buttons(card)
