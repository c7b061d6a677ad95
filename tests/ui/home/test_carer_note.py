"""The carer's note reaches the trainee: on home, under the greeting."""

from __future__ import annotations

import dataclasses

from sterkblijven.app import AppContext
from sterkblijven.services.catalogue import load_catalogue
from sterkblijven.services.setup import Setup
from tests.conftest import NOW
from tests.ui.flows import complete_wizard


def test_home_shows_the_carers_note_and_hides_it_when_empty(context: AppContext) -> None:
    """A note on the plan stands on home as a card from the carer; an empty note shows none."""
    window = context.window
    complete_wizard(window)
    setup = Setup(context.database, load_catalogue(), lambda: NOW)
    routine = setup.routine(1)
    assert routine is not None
    setup.save_routine(1, dataclasses.replace(routine, note="Neem je stok mee naar de stoel."))
    window.show_home()
    home = window.pages.home
    home.refresh()
    assert home.carer_note.isVisible()
    assert "Neem je stok mee naar de stoel." in home.carer_note_text.text()
    assert "mantelzorger" in home.carer_note_title.text()
    setup.save_routine(1, dataclasses.replace(routine, note="  "))
    home.refresh()
    assert not home.carer_note.isVisible()
