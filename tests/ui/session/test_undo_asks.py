"""Undoing a saved set asks first, and then says what was undone."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from sterkblijven.app import AppContext
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.model import EquipmentKind, Load, Routine, RoutineExercise
from sterkblijven.domain.session import Effort
from sterkblijven.services.setup import Setup
from sterkblijven.ui.session.page import SessionPage
from tests.conftest import NOW
from tests.ui.flows import complete_wizard
from tests.ui.session.test_session import open_session


def save_a_set(page: SessionPage, count: int) -> None:
    """Save one set with a typed count, 'moderate' and no pain."""
    page.exercise.typed.setText(str(count))
    page.exercise.save_typed.click()
    page.exercise.failure.click()
    page.effort.choices[Effort.MODERATE].click()
    page.pain.none.click()


def test_undo_asks_and_no_keeps_the_set(context: AppContext) -> None:
    """Undo on the rest screen asks; 'No, keep the set' goes back with the set kept."""
    page = open_session(context)
    page.warmup.finish.click()
    save_a_set(page, 18)
    assert page.current_view() is page.rest
    page.rest.undo.click()
    assert page.current_view() is page.confirm_undo
    question = page.confirm_undo.question.text()
    assert "set 1" in question and "18 keer" in question
    assert QApplication.focusWidget() is page.confirm_undo.keep  # a stray Space keeps it
    page.confirm_undo.keep.click()
    assert page.current_view() is page.rest
    state = page.state()
    assert state is not None and [r.reps for r in state.all_sets()] == [18]


def test_yes_undoes_and_says_what(context: AppContext) -> None:
    """'Yes, undo the set' undoes it and the set's screen says which set was undone."""
    page = open_session(context)
    page.warmup.finish.click()
    save_a_set(page, 18)
    page.rest.undo.click()
    page.confirm_undo.undo.click()
    state = page.state()
    assert state is not None and state.all_sets() == [] and len(state.undone) == 1
    assert page.current_view() is page.exercise
    assert page.exercise.notice.isVisible()
    assert "set 1" in page.exercise.notice.text() and "18 keer" in page.exercise.notice.text()


def test_stop_keeps_its_place_when_undo_shows(context: AppContext, catalogue: Catalogue) -> None:
    """Stop the session is at the same place on every set, with or without Undo."""
    window = context.window
    complete_wizard(window)
    rise = RoutineExercise("sit_to_stand", Load(EquipmentKind.BODYWEIGHT), sets=3)
    Setup(context.database, catalogue, lambda: NOW).save_routine(1, Routine((rise,)))
    window.pages.home.start.click()
    page = window.pages.session
    page.warmup.finish.click()
    view = page.exercise
    QApplication.processEvents()
    where = view.stop.mapTo(view, QPoint(0, 0))
    assert not view.undo.isVisible()
    save_a_set(page, 12)
    page.rest.go_on.click()
    QApplication.processEvents()
    assert page.current_view() is view and view.undo.isVisible()  # set 2
    assert view.stop.mapTo(view, QPoint(0, 0)) == where
