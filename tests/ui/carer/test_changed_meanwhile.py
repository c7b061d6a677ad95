"""A carer saving over a change made meanwhile is told who and when, and sees it reloaded."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sterkblijven.app import AppContext
from sterkblijven.domain.bands import theraband_ladder
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.decisions import Decider, Status
from sterkblijven.domain.model import Sex
from sterkblijven.services.onboarding import FirstRunAnswers, Onboarding
from sterkblijven.services.setup import Setup
from sterkblijven.services.suggestions import LoadSuggestions
from sterkblijven.services.trainees import Trainees
from sterkblijven.storage import Database
from sterkblijven.ui.carer.equipment_page import EquipmentPage
from sterkblijven.ui.carer.plan_page import RoutinePage
from sterkblijven.ui.common import theme
from sterkblijven.ui.common.widgets import BigButton
from tests.conftest import NOW
from tests.ui.carer.test_carer import open_carer_from_settings
from tests.ui.carer.test_suggestions_ui import buttons, train_to_the_top
from tests.ui.flows import complete_wizard

ANSWERS = FirstRunAnswers(
    "Riet", "1948", Sex.FEMALE, frozenset(), False, (1.0, 2.0), theraband_ladder()[1:4], "nl"
)


@pytest.fixture(params=["sqlite", "postgres"])
def database(request: pytest.FixtureRequest) -> Database:
    """Return a database at home (SQLite) and on a practice's server (PostgreSQL)."""
    chosen: Database = request.getfixturevalue(f"{request.param}_database")
    return chosen


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[QApplication]:
    """Give the app its own look at the normal text size, and leave it that way."""
    qapp.setStyle("Fusion")
    theme.apply(qapp, theme.theme_for(100, high_contrast=False))
    yield qapp
    theme.apply(qapp, theme.theme_for(100, high_contrast=False))


@pytest.fixture
def trainee(database: Database, catalogue: Catalogue, clock: datetime) -> int:
    """Store Riet with her first plan."""
    return Onboarding(database, catalogue, lambda: clock).complete(ANSWERS).trainee.id or 0


def expected(database: Database, what: str, clock: datetime) -> str:
    """Return the message: named, with the time, on the server; plain at home."""
    if database.is_server:
        return f"postgres changed this {what} at {clock:%H:%M}; please look again."
    return f"This {what} was changed meanwhile; please look again."


def test_a_plan_saved_over_a_newer_one_is_refused_and_the_page_reloads(
    styled: QApplication,
    qtbot: QtBot,
    database: Database,
    catalogue: Catalogue,
    clock: datetime,
    trainee: int,
) -> None:
    """Another carer shortened the plan meanwhile: Save says so and shows their plan."""
    page = RoutinePage(Setup(database, catalogue, lambda: clock), catalogue, lambda: "en")
    qtbot.addWidget(page)
    page.resize(1100, 820)
    page.show_trainee(trainee, "Riet")
    page.show()
    qtbot.waitExposed(page)
    other = Setup(database, catalogue, lambda: clock)
    theirs = other.routine(trainee)
    assert theirs is not None
    shorter = dataclasses.replace(theirs, exercises=theirs.exercises[:2])
    other.save_routine(trainee, shorter, seen=theirs.version)
    page.cards[0].down.click()
    page.save.click()
    assert page.footer.status.text() == expected(database, "plan", clock)
    assert page.footer.status.isVisible()
    assert [card.item for card in page.cards] == list(shorter.exercises)
    assert not page.has_unsaved_changes()
    stored = other.routine(trainee)
    assert stored is not None and stored.exercises == shorter.exercises


def test_equipment_saved_over_newer_equipment_is_refused_and_the_page_reloads(
    styled: QApplication,
    qtbot: QtBot,
    database: Database,
    catalogue: Catalogue,
    clock: datetime,
    trainee: int,
) -> None:
    """Another carer added 3 kg meanwhile: Save says so and the page shows the 3 kg."""
    page = EquipmentPage(Setup(database, catalogue, lambda: clock))
    qtbot.addWidget(page)
    page.resize(1100, 820)
    page.show_trainee(trainee, "Riet")
    page.show()
    qtbot.waitExposed(page)
    other = Setup(database, catalogue, lambda: clock)
    theirs = other.equipment(trainee)
    other.save_equipment(trainee, (1.0, 2.0, 3.0), theirs.bands, seen=theirs.version)
    assert page.chosen_dumbbells() == (1.0, 2.0)
    page.dumbbells.show_chosen((1.0,))
    page.save.click()
    assert page.footer.status.text() == expected(database, "equipment", clock)
    assert page.chosen_dumbbells() == (1.0, 2.0, 3.0)
    assert other.equipment(trainee).dumbbells_kg == (1.0, 2.0, 3.0)


def test_a_suggestion_decided_elsewhere_is_not_decided_again(context: AppContext) -> None:
    """The trainee agreed meanwhile at home: the carer's "Not now" is refused, the list reread."""
    window = context.window
    complete_wizard(window)
    train_to_the_top(context)
    open_carer_from_settings(window)
    carer_buttons = {b.text(): b for b in window.pages.carer.findChildren(BigButton)}
    carer_buttons["Voorstellen (1)"].click()
    page = window.pages.suggestions
    (card,) = page.cards()
    elsewhere = LoadSuggestions(context.database, lambda: NOW)
    (waiting,) = elsewhere.pending(1)
    elsewhere.accept(waiting.id, Decider.TRAINEE, seen=waiting.version)
    buttons(card)["Nu niet"].click()
    # The app runs in Dutch, as it does at home.
    assert page.error.text() == "Over dit voorstel is intussen al beslist; kijk opnieuw."
    assert page.cards() == []
    (record,) = elsewhere.history(1)
    assert (record.status, record.decided_by) == (Status.ACCEPTED, Decider.TRAINEE)


def test_details_changed_elsewhere_are_not_overwritten(context: AppContext) -> None:
    """A name changed meanwhile: the carer's Save is refused and the row shows the new name."""
    window = context.window
    complete_wizard(window)
    open_carer_from_settings(window)
    carer = window.pages.carer
    (riet,) = [p.id or 0 for p in carer._people]
    carer.row_buttons(riet)[-2].click()  # name and birth month
    row = carer.rows.itemAt(0)
    card = row.widget() if row is not None else None
    assert card is not None
    field = card.findChild(type(carer.new_pin))  # the name field
    assert field is not None
    people = Trainees(context.database, context.backups, lambda: NOW)
    people.rename(riet, "Riet Jansen", seen=people.get(riet).version)
    field.setText("Marie")
    save = carer.findChild(BigButton, "save_person")
    assert save is not None
    save.click()
    said = carer.row_slots[riet].text()  # in the person's card, not below everyone
    assert said == "Deze gegevens zijn intussen veranderd; kijk opnieuw."
    assert [p.name for p in carer._people] == ["Riet Jansen"]
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert carer.findChild(BigButton, "save_person") is None  # the row is read again, closed
    assert people.get(riet).name == "Riet Jansen"
