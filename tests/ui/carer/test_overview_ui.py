"""The carer's overview on screen: a row per person, urgent first, going to the person, search."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication

from sterkblijven.app import AppContext
from sterkblijven.domain.attention import Need
from sterkblijven.domain.hospital import StayReason
from sterkblijven.domain.model import Sex
from sterkblijven.domain.session import Effort, PainPlace
from sterkblijven.services.onboarding import FirstRunAnswers
from sterkblijven.services.training import SetInput
from sterkblijven.ui.carer.overview import OTHER_MARK, URGENT_MARK
from sterkblijven.ui.carer.page import CarerPage
from sterkblijven.ui.shell.main_window import MainWindow
from tests.ui.carer.test_carer import open_carer_from_settings
from tests.ui.flows import complete_wizard

OTHERS = ("Anna", "Bep", "Cor", "Dirk", "Els", "Fien")


def add_people(window: MainWindow, names: tuple[str, ...]) -> dict[str, int]:
    """Store people with the answers the questions would give; return their ids by name."""
    onboarding = window._parts.onboarding
    found = {}
    for name in names:
        answers = FirstRunAnswers(name, "1946", Sex.MALE, frozenset(), False, (1.0,), (), "nl")
        trainee = onboarding.complete(answers).trainee
        assert trainee.id is not None
        found[name] = trainee.id
    return found


def carer_with(context: AppContext, names: tuple[str, ...]) -> tuple[CarerPage, dict[str, int]]:
    """Riet and the people named, Bep waiting for the GP after a stay; the carer part open."""
    window = context.window
    complete_wizard(window)
    ids = add_people(window, names)
    if "Bep" in ids:
        health = window._parts.setup.health
        health.report_stay(ids["Bep"], date(2026, 11, 10), date(2026, 11, 14), StayReason.FALL)
    open_carer_from_settings(window)
    QApplication.processEvents()
    return window.pages.carer, ids


def test_a_row_per_person_urgent_first_marked_and_its_button_goes_to_the_card(
    context: AppContext,
) -> None:
    """Seven people: Bep, waiting for the GP, comes first, marked; her button shows her card."""
    carer, ids = carer_with(context, OTHERS)
    context.window.activateWindow()
    panel = carer.overview
    buttons = panel.row_buttons()
    assert len(buttons) == 7
    first = panel.items()[0]
    assert first.trainee.name == "Bep" and first.needs[0] is Need.HOSPITAL_CLEARANCE
    card = buttons[0].parentWidget()
    assert card is not None and card.property("role") == "notice"  # framed, not colour alone
    texts = [label.text() for label in card.findChildren(type(panel.heading))]
    assert any(text.startswith(URGENT_MARK) for text in texts)
    assert all(button.height() >= 48 and button.accessibleName() for button in buttons)
    buttons[0].click()
    QApplication.processEvents()
    bep_card = carer.person_cards[ids["Bep"]]
    view = carer.page.viewport().rect()
    top_left = bep_card.mapTo(carer.page.viewport(), bep_card.rect().topLeft())
    assert view.contains(top_left)
    assert bep_card.isAncestorOf(QApplication.focusWidget())


def test_with_many_people_a_search_filters_the_rows_and_the_cards(context: AppContext) -> None:
    """Typing part of a name leaves that person; no match says so; clearing shows everyone."""
    carer, ids = carer_with(context, OTHERS)
    panel = carer.overview
    assert panel.search_row.isVisible()
    panel.search.setText("  bE ")
    assert [b.property("trainee_id") for b in panel.row_buttons()] == [ids["Bep"]]
    visible = [i for i, card in carer.person_cards.items() if card.isVisible()]
    assert visible == [ids["Bep"]]
    panel.search.setText("Xaver")
    assert panel.row_buttons() == [] and panel.nothing_found.isVisible()
    assert "Xaver" in panel.nothing_found.text()
    assert not any(card.isVisible() for card in carer.person_cards.values())
    assert panel.clear_search.isEnabled() and panel.clear_search.height() >= 48
    panel.clear_search.click()
    assert len(panel.row_buttons()) == 7 and not panel.nothing_found.isVisible()
    assert all(card.isVisible() for card in carer.person_cards.values())


def test_with_few_people_there_is_no_search(context: AppContext) -> None:
    """Riet and two others: every row shows and no search is offered."""
    carer, _ids = carer_with(context, ("Anna", "Bep"))
    assert not carer.overview.search_row.isVisible()
    assert len(carer.overview.row_buttons()) == 3


def test_pain_five_is_a_calm_line_and_pain_seven_an_urgent_one(context: AppContext) -> None:
    """Pain 5 last time: a dotted line in a plain row; pain 7: a warning line in a framed row."""
    window = context.window
    complete_wizard(window)
    ids = add_people(window, ("Anna", "Cor"))
    training = window._parts.training
    for name, pain in (("Anna", 5), ("Cor", 7)):
        state = training.finish_warmup(training.start(ids[name]).id)
        entry = SetInput(10, False, Effort.MODERATE, pain=pain, pain_place=PainPlace.KNEE)
        training.record_set(state.id, 0, entry)
        training.end_early(state.id)
    open_carer_from_settings(window)
    QApplication.processEvents()
    panel = window.pages.carer.overview
    cards = {b.property("trainee_id"): b.parentWidget() for b in panel.row_buttons()}
    rows = {}
    for name in ("Anna", "Cor"):
        card = cards[ids[name]]
        while card is not None and card.property("role") not in ("card", "notice"):
            card = card.parentWidget()
        assert card is not None
        texts = [label.text() for label in card.findChildren(type(panel.heading))]
        rows[name] = (
            card.property("role"),
            [t for t in texts if t.startswith((URGENT_MARK, OTHER_MARK))],
        )
    role, lines = rows["Anna"]
    assert role == "card" and all(not line.startswith(URGENT_MARK) for line in lines)
    assert any(line.startswith(OTHER_MARK) and "5" in line for line in lines)
    role, lines = rows["Cor"]
    assert role == "notice" and any(line.startswith(URGENT_MARK) and "7" in line for line in lines)
    assert panel.items()[0].trainee.name == "Cor"
