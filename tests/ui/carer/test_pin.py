"""The carer PIN: typed twice, confirmed, removed after a question, and a way back in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QWidget

from sterkblijven.app import AppContext
from sterkblijven.ui.carer.page import CarerPage
from sterkblijven.ui.carer.pin_page import MAC_LINE, WINDOWS_LINE
from tests.ui.carer.test_carer import open_carer_from_settings
from tests.ui.flows import complete_wizard


def said(source: str) -> str:
    """Return a text of the carer page as the language in force says it."""
    return QCoreApplication.translate("CarerPage", source)


def top(widget: QWidget) -> int:
    """Return where a widget is in its window."""
    return widget.mapTo(widget.window(), QPoint(0, 0)).y()


def carer_page(context: AppContext) -> CarerPage:
    """Open the carer part of a new start (no PIN yet)."""
    complete_wizard(context.window)
    open_carer_from_settings(context.window)
    return context.window.pages.carer


def set_pin(carer: CarerPage, first: str, second: str) -> None:
    """Type a PIN and its repeat, and save."""
    carer.new_pin.setText(first)
    carer.repeat_pin.setText(second)
    carer.save_pin.click()


def test_the_pin_is_typed_twice_and_confirmed(context: AppContext) -> None:
    """Two different PINs are refused beside the fields; a PIN set, then changed, is said so."""
    carer = carer_page(context)
    set_pin(carer, "2580", "2508")
    assert carer.pin_error.isVisible()
    assert carer.pin_error.text() == "De twee PIN's zijn niet gelijk. Typ ze opnieuw."
    assert not carer._access.has_pin()
    set_pin(carer, "2580", "2580")
    assert carer._access.has_pin()
    assert carer.pin_error.text() == said("PIN set.")
    assert carer.new_pin.text() == carer.repeat_pin.text() == ""
    set_pin(carer, "1357", "1357")
    assert carer.pin_error.text() == said("PIN changed.")
    assert carer._access.check("1357").outcome.value == "open"


def test_the_pin_can_be_removed_after_a_question(context: AppContext) -> None:
    """Remove the PIN asks first; No keeps it; Yes removes it and says so."""
    carer = carer_page(context)
    assert carer.remove_pin.isHidden()  # nothing to remove yet
    set_pin(carer, "2580", "2580")
    assert not carer.remove_pin.isHidden()
    save_top = top(carer.save_pin)
    carer.remove_pin.click()
    assert carer.pin_asking.isVisible() and carer._access.has_pin()
    assert top(carer.save_pin) == save_top  # the question takes the place of the fields
    carer.keep_pin.click()
    assert not carer.pin_asking.isVisible() and carer._access.has_pin()
    carer.remove_pin.click()
    carer.confirm_remove_pin.click()
    assert not carer._access.has_pin()
    assert carer.pin_error.text() == said("PIN removed. Anyone can open the carer part now.")
    assert carer.remove_pin.isHidden() and not carer.pin_asking.isVisible()
    assert carer.pin_status.text() == said("There is no PIN yet: anyone can open this part.")


def test_the_pin_page_says_how_to_get_back_in(context: AppContext) -> None:
    """PIN forgotten? opens the way back in for Windows and a Mac, below the buttons."""
    carer = carer_page(context)
    set_pin(carer, "2580", "2580")
    carer.back.click()
    open_carer_from_settings(context.window)
    pin = context.window.pages.pin
    assert context.window.stack.currentWidget() is pin
    assert pin.help.isHidden()
    open_top = top(pin.open_button)
    pin.forgot.click()
    assert pin.help.isVisible() and pin.help_server.isHidden()
    assert top(pin.open_button) == open_top
    assert pin.windows_line.accessibleName() == WINDOWS_LINE
    assert pin.mac_line.accessibleName() == MAC_LINE
    assert "--reset-pin" in WINDOWS_LINE and "sterkblijven-cli.exe" in WINDOWS_LINE
    assert MAC_LINE.startswith("/Applications/sterkblijven.app/")
    pin.pin.setText("0000")
    pin.open_button.click()  # a wrong try: the message has its room, Open stays
    assert pin.error.text() and top(pin.open_button) == open_top
    pin.forgot.click()
    assert pin.help.isHidden()


def test_on_a_practice_server_pin_forgotten_points_to_the_administrator(
    context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a server the PIN is in the practice's data: ask its administrator, no line to type."""
    complete_wizard(context.window)
    monkeypatch.setattr(context.window._parts.carer, "on_server", lambda: True)
    pin = context.window.pages.pin
    pin.reset()
    open_top = top(pin.open_button)
    pin.forgot.click()
    assert not pin.help.isHidden() and not pin.help_server.isHidden()
    assert pin.help_server.text()
    for local in (pin.help_intro, pin.help_windows, pin.windows_line, pin.mac_line, pin.help_after):
        assert local.isHidden()
    assert top(pin.open_button) == open_top
