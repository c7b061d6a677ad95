"""The papers page remembers the report's period per person, on this computer."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from sterkblijven.app import AppContext
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.services.preferences import PreferencesStore
from sterkblijven.services.reports import Reports
from sterkblijven.services.setup import Setup
from sterkblijven.storage import Database
from sterkblijven.ui.carer.papers_page import DEFAULT_PERIOD_MONTHS, PapersPage
from sterkblijven.ui.common.computer_settings import QtComputerSettings
from sterkblijven.ui.common.files import PresetFiles
from tests.conftest import NOW
from tests.ui.flows import complete_wizard


class TwoPeople:
    """Who is who for two people, numbered 1 and 2."""

    def trainee_id(self, person_uuid: str) -> int | None:
        """Return the number of the person with this UUID."""
        return {"uuid-1": 1, "uuid-2": 2}.get(person_uuid)

    def trainee_uuid(self, trainee_id: int) -> str | None:
        """Return the UUID of a person."""
        return {1: "uuid-1", 2: "uuid-2"}.get(trainee_id)


def chosen(page: PapersPage) -> int:
    """Return the period, in months, checked on the page."""
    return next(months for months, button in page.periods.items() if button.isChecked())


def make_page(
    database: Database, catalogue: Catalogue, files: PresetFiles, settings: Path
) -> PapersPage:
    """Return a papers page keeping its choices in a settings file of the test's."""
    store = PreferencesStore(None, QtComputerSettings.in_file(settings), TwoPeople())
    return PapersPage(
        Reports(database, catalogue, lambda: NOW),
        Setup(database, catalogue, lambda: NOW),
        catalogue,
        files,
        lambda: NOW,
        store,
    )


def test_each_person_s_period_is_remembered_on_this_computer(
    qapp: object, database: Database, catalogue: Catalogue, files: PresetFiles, tmp_path: Path
) -> None:
    """A period chosen for one person comes back for them, here only; the other keeps theirs."""
    settings = tmp_path / "computer.ini"
    page = make_page(database, catalogue, files, settings)
    page.show_trainee(1, "Riet")
    assert chosen(page) == DEFAULT_PERIOD_MONTHS
    page.periods[12].click()
    page.show_trainee(2, "Jan")
    assert chosen(page) == DEFAULT_PERIOD_MONTHS
    page.periods[3].click()
    page.show_trainee(1, "Riet")
    assert chosen(page) == 12
    assert page.period().first.year == NOW.year - 1
    # Another page on this computer (the next start) finds the same choices.
    again = make_page(database, catalogue, files, settings)
    again.show_trainee(2, "Jan")
    assert chosen(again) == 3
    # Another computer does not.
    elsewhere = make_page(database, catalogue, files, tmp_path / "other.ini")
    elsewhere.show_trainee(1, "Riet")
    assert chosen(elsewhere) == DEFAULT_PERIOD_MONTHS


def test_a_stored_period_that_is_not_offered_falls_back_to_the_usual_one(
    qapp: object, database: Database, catalogue: Catalogue, files: PresetFiles, tmp_path: Path
) -> None:
    """A value the page does not offer (edited by hand, or from a later version) is ignored."""
    settings = tmp_path / "computer.ini"
    store = PreferencesStore(None, QtComputerSettings.in_file(settings), TwoPeople())
    values: Mapping[str, str] = {"report_months": "7"}
    store.save_person_values(1, "papers", values)
    page = make_page(database, catalogue, files, settings)
    page.show_trainee(1, "Riet")
    assert chosen(page) == DEFAULT_PERIOD_MONTHS


def test_the_running_app_remembers_the_period_for_the_next_visit(context: AppContext) -> None:
    """In the app, the year chosen for Riet is checked again when her papers are opened."""
    window = context.window
    complete_wizard(window)
    window.open_carer()
    page = window.pages.papers
    page.show_trainee(1, "Riet")
    page.periods[12].click()
    page.periods[0].setChecked(True)  # changed without a click: nothing is remembered
    page.show_trainee(1, "Riet")
    assert chosen(page) == 12
    assert context.preferences.person_values(1, "papers") == {"report_months": "12"}
