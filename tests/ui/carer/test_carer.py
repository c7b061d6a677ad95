"""Carer mode through the screens: the PIN, several trainees, adding, renaming, removing."""

from __future__ import annotations

import dataclasses

from pytestqt.qtbot import QtBot

from sterkblijven.app import AppContext
from sterkblijven.ui.common.widgets import BigButton
from sterkblijven.ui.shell.main_window import MainWindow
from tests.ui.flows import answer_all_no, complete_wizard, fill_person


def open_carer_from_settings(window: MainWindow) -> None:
    """Open Settings from home and choose the carer part."""
    dialog = window.open_settings()
    dialog.carer.click()


def add_person(window: MainWindow, name: str) -> None:
    """Add someone from the carer part, answering the questions for them."""
    window.pages.carer.add.click()
    wizard = window.wizard
    assert wizard is not None
    fill_person(wizard, name=name, year="1950")  # the computer's own steps are not asked again
    wizard.next.click()
    answer_all_no(wizard)
    # Own equipment, dumbbells, bands, summary, finish (no PIN step when adding).
    for _ in range(5):
        wizard.next.click()


def test_without_a_pin_the_carer_part_opens_and_a_pin_can_be_set(context: AppContext) -> None:
    """The carer part opens straight away until a PIN is set; then the PIN is asked for."""
    window = context.window
    complete_wizard(window)
    open_carer_from_settings(window)
    carer = window.pages.carer
    assert window.stack.currentWidget() is carer
    assert carer.pin_status.text() == "Er is nog geen PIN: iedereen kan dit deel openen."
    carer.new_pin.setText("12")
    carer.save_pin.click()
    assert carer.pin_error.isVisible()
    carer.new_pin.setText("2580")
    carer.repeat_pin.setText("2580")
    carer.save_pin.click()
    assert carer.pin_status.text() == "Het mantelzorgerdeel is beveiligd met een PIN."
    carer.back.click()
    open_carer_from_settings(window)
    pin = window.pages.pin
    assert window.stack.currentWidget() is pin
    pin.pin.setText("0000")
    pin.open_button.click()
    assert window.stack.currentWidget() is pin and pin.error.isVisible()
    pin.pin.setText("2580")
    pin.open_button.click()
    assert window.stack.currentWidget() is carer


def test_two_people_choose_by_name_tiles(context: AppContext, qtbot: QtBot) -> None:
    """With a second person, start shows name tiles; each has their own week."""
    window = context.window
    complete_wizard(window)
    open_carer_from_settings(window)
    add_person(window, "Kees")
    assert window.pages.home.greeting.text() == "Hallo Kees"
    assert window.pages.home.switch_button.isVisible()
    window.pages.home.switch_button.click()
    tiles = window.pages.choose.tile_buttons()
    assert [t.text() for t in tiles] == ["Riet", "Kees"]
    tiles[0].click()
    assert window.pages.home.greeting.text() == "Hallo Riet"
    window.start()
    assert window.stack.currentWidget() is window.pages.choose  # several people: tiles first


def test_adding_someone_can_be_cancelled(context: AppContext) -> None:
    """Cancel on the first question returns to the carer part, storing no one."""
    window = context.window
    complete_wizard(window)
    open_carer_from_settings(window)
    window.pages.carer.add.click()
    wizard = window.wizard
    assert wizard is not None and wizard.back.isVisible()
    wizard.back.click()
    assert window.stack.currentWidget() is window.pages.carer
    assert len(window.pages.carer._people) == 1


def test_rename_and_remove_asking_twice(context: AppContext) -> None:
    """A name can be changed; removal asks twice and can be called off at each step."""
    window = context.window
    complete_wizard(window)
    open_carer_from_settings(window)
    add_person(window, "Kees")
    open_carer_from_settings(window)
    carer = window.pages.carer
    people = {p.name: p.id for p in carer._people}
    kees = people["Kees"] or 0
    rename, _remove = carer.row_buttons(kees)[-2:]  # after plan, equipment and the rest
    rename.click()
    field = carer.rows.itemAt(1).widget().findChild(type(carer.new_pin))  # the name field
    assert field is not None
    field.setText("Kees de Vries")
    save = carer.findChild(BigButton, "save_person")
    assert save is not None
    save.click()
    assert [p.name for p in carer._people] == ["Riet", "Kees de Vries"]
    carer.row_buttons(kees)[-1].click()  # remove
    first_yes, first_no = carer.row_buttons(kees)
    assert first_yes.text() == "Ja, verwijder Kees de Vries"
    first_no.click()
    assert len(carer._people) == 2
    carer.row_buttons(kees)[-1].click()
    carer.row_buttons(kees)[0].click()  # yes, once
    assert len(carer._people) == 2  # asked twice
    carer.row_buttons(kees)[0].click()  # yes, for good
    assert [p.name for p in carer._people] == ["Riet"]
    backups = list(context.database_backups())
    assert any("before-removing-trainee" in path.name for path in backups)
    carer.back.click()
    assert window.stack.currentWidget() is window.pages.home
    assert window.pages.home.greeting.text() == "Hallo Riet"
    assert not window.pages.home.switch_button.isVisible()


def test_adding_a_person_keeps_the_screen_settings_chosen(context: AppContext) -> None:
    """After the questions for a second person, voice, speed and text size stay as chosen."""
    window = context.window
    complete_wizard(window)
    chosen = dataclasses.replace(
        window.preferences(), speech=False, speech_rate="slow", text_scale=150
    )
    window.on_preferences_changed(chosen)
    open_carer_from_settings(window)
    add_person(window, "Gerrit")
    kept = window.preferences()
    assert (kept.speech, kept.speech_rate, kept.text_scale) == (False, "slow", 150)
    assert kept.current_trainee_id != chosen.current_trainee_id  # the new person trains now
