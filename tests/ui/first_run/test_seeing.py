"""The first step asks how she sees best; the whole wizard changes at once and it is kept."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from sterkblijven.app import AppContext
from sterkblijven.ui.common import theme
from tests.ui.flows import complete_wizard


def test_text_size_and_contrast_are_chosen_on_the_first_step(
    context: AppContext, qtbot: QtBot
) -> None:
    """Choosing 200 % and high contrast restyles the wizard at once and is kept after Finish."""
    window = context.window
    wizard = window.wizard
    assert wizard is not None
    first = wizard.current_step()
    assert first is wizard.language_step
    seeing = wizard.language_step.seeing
    assert seeing.scale_buttons[100].isChecked()
    assert seeing.standard.isChecked()

    seeing.scale_buttons[200].click()
    assert context.app.font().pixelSize() == theme.theme_for(200, False).body_px
    assert seeing.scale_buttons[200].isChecked()
    assert not seeing.scale_buttons[100].isChecked()
    seeing.high.click()
    assert context.app.palette().window().color().name().upper() == theme.HIGH_CONTRAST.window
    stored = context.preferences.load()
    assert (stored.text_scale, stored.high_contrast) == (200, True)

    complete_wizard(window)
    kept = window.preferences()
    assert (kept.text_scale, kept.high_contrast) == (200, True)
    stored = context.preferences.load()
    assert (stored.text_scale, stored.high_contrast) == (200, True)


def test_the_chosen_size_stays_in_view_after_the_page_grows(
    context: AppContext, qtbot: QtBot
) -> None:
    """After choosing the largest text on a laptop screen, the button she pressed is on screen."""
    window = context.window
    window.resize(1366, 728)
    wizard = window.wizard
    assert wizard is not None
    step = wizard.language_step
    largest = step.seeing.scale_buttons[200]
    largest.click()
    viewport = step.viewport()
    top_left = largest.mapTo(viewport, largest.rect().topLeft())
    assert viewport.rect().contains(top_left)
    assert viewport.rect().contains(largest.mapTo(viewport, largest.rect().bottomRight()))


def test_the_first_step_fits_a_laptop_screen_without_scrolling(
    context: AppContext, qtbot: QtBot
) -> None:
    """At 1366 x 768 and normal text the whole first step and Next show, with nothing to scroll."""
    window = context.window
    window.resize(1366, 728)
    wizard = window.wizard
    assert wizard is not None
    step = wizard.language_step
    qtbot.waitUntil(lambda: step.viewport().height() > 500)
    assert step.verticalScrollBar().maximum() == 0
    assert window.rect().contains(wizard.next.mapTo(window, wizard.next.rect().bottomRight()))
