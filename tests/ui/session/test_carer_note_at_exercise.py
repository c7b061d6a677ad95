"""The carer's note stands at the exercise it names, in the session, and nowhere else."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from sterkblijven.app import AppContext
from sterkblijven.domain.notes import note_names
from sterkblijven.services.catalogue import load_catalogue
from sterkblijven.services.setup import Setup
from tests.conftest import NOW
from tests.ui.flows import complete_wizard


def test_a_note_is_said_to_name_an_exercise_whatever_its_capitals() -> None:
    """The name is found in the note without regard to capitals; another name is not."""
    note = "Bij opstaan uit de STOEL: zet de stoel tegen de muur."
    assert note_names(note, "Opstaan uit de stoel")
    assert not note_names(note, "Kuitheffen")
    assert not note_names("", "Opstaan uit de stoel")


def test_the_note_naming_sit_to_stand_shows_at_that_exercise_only(context: AppContext) -> None:
    """A note naming the chair rise shows at it, not at the others; the buttons stay put."""
    window = context.window
    complete_wizard(window)
    catalogue = load_catalogue()
    chair = catalogue.get("sit_to_stand")
    assert chair is not None
    name = chair.text("nl").name
    setup = Setup(context.database, catalogue, lambda: NOW)
    routine = setup.routine(1)
    assert routine is not None
    assert "sit_to_stand" in [item.exercise_id for item in routine.exercises]
    note = f"Bij {name.lower()}: zet de stoel tegen de muur."
    setup.save_routine(1, dataclasses.replace(routine, note=note))
    window.show_home()
    window.pages.home.refresh()
    window.pages.home.start.click()
    page = window.pages.session
    page.warmup.finish.click()
    seen: dict[str, bool] = {}
    places: set[tuple[int, int]] = set()
    while page.current_view() is page.exercise:
        QApplication.processEvents()
        view = page.exercise
        state = page.state()
        step = state.next_step() if state is not None else None
        assert state is not None and step is not None and step.position is not None
        exercise_id = state.progress_at(step.position).item.exercise_id
        seen[exercise_id] = view.carer_note.isVisibleTo(view)
        if seen[exercise_id]:
            assert note in view.carer_note.text()
        spot = view.failure.mapTo(window, QPoint(0, 0))
        places.add((spot.x(), spot.y()))
        view.skip.click()
    assert seen["sit_to_stand"] is True
    assert len(seen) > 1 and not any(v for k, v in seen.items() if k != "sit_to_stand")
    assert len(places) == 1  # the big buttons never moved
