"""A double tap answers one question, never the next one the person has not seen yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from sterkblijven.app import AppContext
from sterkblijven.domain.session import Effort
from sterkblijven.ui.session_page import SessionPage
from sterkblijven.ui.wizard import FirstRunWizard
from tests.ui.test_session import open_session


class FakeClock:
    """A monotonic clock moved by hand."""

    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        """Return the current reading."""
        return self.now


def test_double_tap_on_next_moves_one_step(qtbot: QtBot) -> None:
    """Two quick taps on Next in the wizard go one step forward, not two."""
    clock = FakeClock()
    wizard = FirstRunWizard(lambda name, year: (name, year), "nl", clock=clock)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    clock.now += 5  # the person reads the first step
    qtbot.mouseClick(wizard.next, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.next, Qt.MouseButton.LeftButton)  # the same instant: ignored
    assert wizard.current_step() is wizard.person_step
    clock.now += 5
    qtbot.mouseClick(wizard.back, Qt.MouseButton.LeftButton)
    assert wizard.current_step() is wizard.language_step


def test_second_tap_does_not_choose_an_effort(context: AppContext, qtbot: QtBot) -> None:
    """A second tap after 'I can't do more' does not pick the effort word under the finger."""
    window = context.window
    open_session(context)
    clock = FakeClock()
    page = SessionPage(
        window._training,
        window.catalogue_page._catalogue,
        lambda name: b"",
        lambda: 200,
        window._cues,
        clock,
    )
    qtbot.addWidget(page)
    state = window.session_page.state()
    assert state is not None
    page.open(window._training.finish_warmup(state.id), "Riet")
    page.resize(1000, 800)
    page.show()
    qtbot.waitExposed(page)
    clock.now += 30  # the set takes a while
    qtbot.mouseClick(page.exercise.failure, Qt.MouseButton.LeftButton)
    assert page.current_view() is page.effort
    hard = page.effort.choices[Effort.HARD]
    qtbot.mouseClick(hard, Qt.MouseButton.LeftButton)  # the same instant: ignored
    assert page.current_view() is page.effort and not hard.isChecked()
    clock.now += 1  # a second later the person really chooses
    qtbot.mouseClick(hard, Qt.MouseButton.LeftButton)
    assert page.current_view() is page.pain


def test_double_tap_on_skip_skips_one_exercise(context: AppContext, qtbot: QtBot) -> None:
    """The same view showing again after a skip still ignores the second tap."""
    window = context.window
    open_session(context)
    clock = FakeClock()
    page = SessionPage(
        window._training,
        window.catalogue_page._catalogue,
        lambda name: b"",
        lambda: 200,
        window._cues,
        clock,
    )
    qtbot.addWidget(page)
    state = window.session_page.state()
    assert state is not None
    page.open(window._training.finish_warmup(state.id), "Riet")
    page.resize(1000, 800)
    page.show()
    qtbot.waitExposed(page)
    clock.now += 10
    qtbot.mouseClick(page.exercise.skip, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.exercise.skip, Qt.MouseButton.LeftButton)
    state = page.state()
    assert state is not None
    assert [p.skipped is not None for p in state.exercises[:2]] == [True, False]
