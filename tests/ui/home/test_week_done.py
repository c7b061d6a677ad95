"""Home after the week's sessions: the next training date first, Start only as a second choice."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sterkblijven.app import AppContext
from sterkblijven.services.catalogue import load_catalogue
from sterkblijven.services.training import Effort, SetInput, Training
from tests.conftest import NOW
from tests.ui.flows import complete_wizard


def train_whole_session(context: AppContext, trainee_id: int) -> None:
    """Do every set of a session and finish it, as the player would store it."""
    training = Training(context.database, load_catalogue(), lambda: NOW)
    state = training.finish_warmup(training.start(trainee_id).id)
    entry = SetInput(reps=20, reached_failure=True, effort=Effort.HARD, pain=1)
    for progress in state.exercises:
        for _ in range(progress.item.sets):
            training.record_set(state.id, progress.position, entry)
    training.finish(state.id)


def test_a_done_week_names_the_next_training_high_and_start_is_secondary(
    context: AppContext, qtbot: QtBot
) -> None:
    """After every planned session: 'Deze week klaar', the next date, Start not the main button."""
    window = context.window
    complete_wizard(window)
    home = window.pages.home
    overview = home.overview()
    assert overview is not None and overview.routine is not None
    assert overview.trainee.id is not None
    assert home.start.property("role") == "primary" and not home.week_done.isVisible()
    for _ in overview.routine.weekdays:
        train_whole_session(context, overview.trainee.id)
    window.show_home()
    window.activateWindow()
    overview = home.overview()
    assert overview is not None and overview.routine is not None
    assert overview.due is not None and overview.due.remaining == 0
    monday = NOW.date() + timedelta(days=7 - NOW.weekday())
    first = monday + timedelta(days=min(overview.routine.weekdays))
    assert first.day == 23 and first.month == 11  # NOW is Wednesday 18 November 2026
    assert home.week_done.isVisible()
    assert "maandag 23 november" in home.week_done.text()
    assert "2026" not in home.week_done.text()  # a date this close needs no year
    # High on the page: above the start button, seen without scrolling.
    assert (
        home.week_done.mapTo(home, home.week_done.rect().topLeft()).y()
        < home.start.mapTo(home, home.start.rect().topLeft()).y()
    )
    # A second session stays possible, as a quiet choice that is not focused.
    assert home.start.isVisible() and home.start.property("role") != "primary"
    assert home.start.text() == QCoreApplication.translate("HomePage", "Train once more")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget() is not home.start


def test_a_week_with_sessions_left_keeps_start_as_the_main_button(context: AppContext) -> None:
    """Before the week is done Start stays the main button and no 'week done' is shown."""
    window = context.window
    complete_wizard(window)
    home = window.pages.home
    assert not home.week_done.isVisible()
    assert home.start.property("role") == "primary"
    assert home.start.text() == "Start de training"
