"""The warm-up and cool-down end with one clear way on, never a Start that begins again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sterkblijven.app import AppContext
from sterkblijven.domain.session import COOLDOWN, WARMUP
from sterkblijven.ui.common.cues import Cues
from sterkblijven.ui.session.phase import PhaseView
from tests.clocks import ManualClock
from tests.ui.session.test_session import open_session


def run_to_the_end(view: PhaseView, clock: ManualClock[float]) -> None:
    """Start the first movement and let every movement's countdown run out."""
    view.start_pause.click()
    for _ in range(len(view._movements)):
        clock.now += 600
        view.countdown.tick()


def test_after_the_last_warm_up_movement_the_main_button_goes_on(qtbot: QtBot) -> None:
    """After the last movement 'On to the exercises' is the main, focused button; no Start."""
    clock = ManualClock(1000.0)
    view = PhaseView(False, clock, Cues("mock"))
    qtbot.addWidget(view)
    view.reset()
    view.show()
    qtbot.waitExposed(view)
    assert view.finish.property("role") != "primary"  # the way on is quiet while moving
    run_to_the_end(view, clock)
    assert len(WARMUP) > 1
    assert view.step_label.text() == "All movements done. Well done!"
    assert not view.start_pause.isVisible()  # Start would begin the last movement again
    assert not view.name.isVisible()  # the last movement is not still to come
    assert not view.next_movement.isVisible()
    assert view.finish.property("role") == "primary"
    assert view.focusWidget() is view.finish
    done: list[bool] = []
    view.done.connect(lambda: done.append(True))
    view.finish.click()
    assert done == [True]


def test_the_cool_down_ends_with_one_main_button(qtbot: QtBot) -> None:
    """After the last cool-down movement 'Finish the session' is the one main button."""
    clock = ManualClock(1000.0)
    view = PhaseView(True, clock, Cues("mock"))
    qtbot.addWidget(view)
    view.reset(COOLDOWN)
    view.show()
    qtbot.waitExposed(view)
    run_to_the_end(view, clock)
    assert not view.start_pause.isVisible()
    assert view.finish.property("role") == "primary" and view.focusWidget() is view.finish
    assert view.finish.text() == "Finish the session"


def test_a_new_phase_starts_with_start_again(qtbot: QtBot) -> None:
    """Reset after an ended phase shows Start as the main button and the way on quiet again."""
    clock = ManualClock(1000.0)
    view = PhaseView(False, clock, Cues("mock"))
    qtbot.addWidget(view)
    view.reset()
    view.show()
    qtbot.waitExposed(view)
    run_to_the_end(view, clock)
    view.reset()
    assert view.start_pause.isVisible() and view.start_pause.text() == "Start"
    assert view.finish.property("role") != "primary"
    assert view.step_label.text().startswith("Movement 1 of")
    assert view.name.isVisible() and view.time_left.isVisible()


def test_the_warm_up_flows_into_the_first_exercise(context: AppContext, qtbot: QtBot) -> None:
    """In the app, Enter after the whole warm-up goes to the first exercise, not Start again."""
    page = open_session(context)
    warmup = page.warmup
    assert page.current_view() is warmup
    context.window.activateWindow()
    warmup.start_pause.click()
    for _ in range(len(WARMUP)):
        warmup.countdown.skip()  # each movement's time runs out
    assert not warmup.countdown.is_running()
    assert warmup.finish.text() == "Naar de oefeningen"
    focused = QApplication.focusWidget()
    assert focused is warmup.finish
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.current_view() is page.exercise)
