"""The keyboard alone gets through the app: Tab stops only on visible controls, Space presses."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from sterkblijven.app import AppContext
from sterkblijven.ui.common import theme
from tests.ui.flows import complete_wizard


def tab_stops(window: QWidget, qtbot: QtBot, presses: int = 12) -> list[QWidget]:
    """Press Tab repeatedly and return where the focus went each time."""
    stops = []
    for _ in range(presses):
        target = QApplication.focusWidget() or window
        qtbot.keyClick(target, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        stops.append(focused)
    return stops


def test_tab_stops_only_on_visible_controls(context: AppContext, qtbot: QtBot) -> None:
    """Every Tab stop on the first steps is a visible button or field, never a bare panel."""
    window = context.window
    window.activateWindow()
    wizard = window.wizard
    assert wizard is not None
    for step_index in (0, 1):
        wizard.show_step(step_index)
        # The person step has twelve month buttons and "only the year" before Next.
        stops = tab_stops(window, qtbot, 24)
        invisible = [type(w).__name__ for w in stops if not isinstance(w, QPushButton | QLineEdit)]
        assert invisible == []
        assert all(w.isVisible() for w in stops)
        assert wizard.next in stops
    # Each of a set of choices is its own Tab stop (no arrow keys needed).
    assert wizard.person_step.male in tab_stops(window, qtbot, 8)


def test_a_choice_stays_chosen_and_releases_the_others(context: AppContext) -> None:
    """Choosing one option unchooses the other; choosing it again keeps it chosen."""
    wizard = context.window.wizard
    assert wizard is not None
    person = wizard.person_step
    person.female.click()
    person.male.click()
    assert (person.female.isChecked(), person.male.isChecked()) == (False, True)
    person.male.click()
    assert person.male.isChecked() and not person.female.isChecked()


def test_tab_follows_the_screen_order_of_weights_and_bands(
    context: AppContext, qtbot: QtBot
) -> None:
    """On the equipment steps Tab goes through the choices top to bottom, then the fields."""
    wizard = context.window.wizard
    assert wizard is not None
    dumbbells = wizard.dumbbell_step
    wizard.show_step(wizard.visible_steps().index(dumbbells))
    dumbbells.other.setText("12")
    dumbbells.add.click()
    added = dumbbells.button_for(12.0)
    assert added is not None
    qtbot.waitUntil(added.isVisible)  # a widget added to a shown layout appears via the event loop
    first = dumbbells.button_for(0.5)
    assert first is not None
    first.setFocus()
    order = [first] + [w for w in tab_stops(context.window, qtbot, 13)]
    weights = [w for w in order if w in dumbbells.editor._buttons.values()]
    assert weights == [dumbbells.editor._buttons[kg] for kg in sorted(dumbbells.editor._buttons)]
    assert order.index(dumbbells.other) > order.index(dumbbells.editor._buttons[12.0])
    bands = wizard.band_step
    wizard.show_step(wizard.visible_steps().index(bands))
    bands.band_buttons()[0].setFocus()
    stops = tab_stops(context.window, qtbot, 3)
    # Up (disabled) is skipped: the force, Down, then the next band.
    assert stops[0] is bands.editor.rows[0].force
    assert stops[2] is bands.band_buttons()[1]


def test_wizard_step_can_be_done_with_keys(context: AppContext, qtbot: QtBot) -> None:
    """Typing the name and pressing Space on buttons moves the wizard on."""
    wizard = context.window.wizard
    assert wizard is not None
    wizard.next.setFocus()
    qtbot.keyClick(wizard.next, Qt.Key.Key_Space)
    assert wizard.current_step() is wizard.person_step
    person = wizard.person_step
    person.name.setFocus()
    qtbot.keyClicks(person.name, "Riet")
    qtbot.keyClick(person.female, Qt.Key.Key_Space)
    qtbot.keyClick(wizard.next, Qt.Key.Key_Space)
    assert wizard.current_step() is wizard.readiness_step


def test_exercise_text_can_be_scrolled_with_keys(context: AppContext, qtbot: QtBot) -> None:
    """The exercise page takes focus as a reading page, and Page Down scrolls its text."""
    window = context.window
    catalogue = window.pages.catalogue
    window.show_catalogue()
    catalogue.tile_buttons()[0].click()
    page = window.pages.exercise.page
    assert page.focusPolicy() == Qt.FocusPolicy.StrongFocus
    page.setFocus()
    bar = page.verticalScrollBar()
    assert bar.maximum() > 0
    qtbot.keyClick(page, Qt.Key.Key_PageDown)
    assert bar.value() > 0


@pytest.mark.parametrize("high_contrast", [False, True])
def test_the_focused_control_shows_a_ring_in_the_focus_colour(
    context: AppContext, qtbot: QtBot, high_contrast: bool
) -> None:
    """Tab to a button: a ring in the theme's focus colour shows, and goes when focus leaves."""
    window = context.window
    window.activateWindow()
    complete_wizard(window)
    window.on_preferences_changed(
        dataclasses.replace(window.preferences(), high_contrast=high_contrast)
    )
    focus = QColor(theme.HIGH_CONTRAST.focus if high_contrast else theme.STANDARD.focus)
    button = window.pages.home.settings_button

    def ring_pixels() -> int:
        image = button.grab().toImage()
        # The ring is dashed: count along the whole left edge, where dashes and gaps alternate.
        edge = [image.pixelColor(x, y) for x in range(0, 6) for y in range(image.height())]
        return sum(1 for colour in edge if colour.rgb() == focus.rgb())

    window.pages.home.catalogue_button.setFocus()
    qtbot.waitUntil(lambda: window.pages.home.catalogue_button.hasFocus())
    assert ring_pixels() == 0
    qtbot.keyClick(window.pages.home.catalogue_button, Qt.Key.Key_Tab)
    qtbot.waitUntil(button.hasFocus)
    # A ring about 4 px wide, dashes about half its length: not a hairline.
    assert ring_pixels() >= button.height()


def test_enter_presses_the_focused_button_and_shift_tab_goes_back(
    context: AppContext, qtbot: QtBot
) -> None:
    """Shift+Tab moves focus back, and Enter presses the button that has focus, like Space."""
    window = context.window
    window.activateWindow()
    complete_wizard(window)
    home = window.pages.home
    home.settings_button.setFocus()
    qtbot.waitUntil(home.settings_button.hasFocus)
    qtbot.keyClick(home.settings_button, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is home.catalogue_button
    with qtbot.waitSignal(home.catalogue_button.clicked, timeout=2000):
        qtbot.keyClick(home.catalogue_button, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.pages.catalogue
