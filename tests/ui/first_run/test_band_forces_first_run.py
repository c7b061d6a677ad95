"""Bands of another brand in the first run: their order counts, forces typed or unknown."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from sterkblijven.app import AppContext
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.model import BandColour, EquipmentKind, Load, Routine, RoutineExercise
from sterkblijven.domain.progression import Advice
from sterkblijven.services.setup import Setup
from sterkblijven.services.training import Effort, SetInput, Training
from sterkblijven.ui.first_run.wizard import FirstRunWizard
from sterkblijven.words.basics import band_name
from sterkblijven.words.progression import next_time
from tests.ui.flows import answer_all_no, fill_person

TOP = SetInput(reps=25, reached_failure=True, effort=Effort.MAXIMAL, pain=0)


def to_the_band_step(context: AppContext) -> FirstRunWizard:
    """Walk the wizard to the bands, with 1 kg dumbbells."""
    wizard = context.window.wizard
    assert wizard is not None
    wizard.next.click()
    fill_person(wizard)
    wizard.next.click()
    answer_all_no(wizard)
    wizard.next.click()
    wizard.next.click()
    assert wizard.current_step() is wizard.band_step
    return wizard


def finish(wizard: FirstRunWizard) -> None:
    """Go on from the bands to the end: no PIN, then Finish."""
    wizard.next.click()
    wizard.next.click()
    wizard.next.click()


def test_an_action_set_in_the_first_run_is_stored_in_its_order_with_typed_forces(
    context: AppContext, qtbot: QtBot
) -> None:
    """Green moved above red loses Thera-Band's guess; red's force typed as 2,3 is stored."""
    wizard = to_the_band_step(context)
    editor = wizard.band_step.editor
    for button in wizard.band_step.band_buttons()[1:4]:  # yellow, red, green
        button.click()
    editor.rows[3].lighter.click()  # green above red, as in an Action set
    colours = [row.band.colour for row in editor.rows[1:4]]
    assert colours == [BandColour.YELLOW, BandColour.GREEN, BandColour.RED]
    assert editor.rows[2].force.text() == ""  # no 2.1 kg for green
    red = editor.rows[3].force
    red.selectAll()
    qtbot.keyClicks(red, "2,3")
    qtbot.keyClick(red, Qt.Key.Key_Return)
    finish(wizard)
    trainee = context.window.pages.home.overview()
    assert trainee is not None and trainee.trainee.id is not None
    services = context.loader.services()
    assert services is not None
    bands = services.setup.equipment(trainee.trainee.id).bands
    assert [(b.colour, b.force_kgf) for b in bands] == [
        (BandColour.YELLOW, 1.4),
        (BandColour.GREEN, None),
        (BandColour.RED, 2.3),
    ]


def test_a_band_of_unknown_force_goes_up_the_order_to_the_session_summary(
    context: AppContext, catalogue: Catalogue, clock: datetime
) -> None:
    """From green of unknown force: a slower tempo first, then red, said with the band's name."""
    wizard = to_the_band_step(context)
    for button in wizard.band_step.band_buttons()[1:4]:
        button.click()
    wizard.band_step.editor.rows[3].lighter.click()  # green above red
    finish(wizard)
    overview = context.window.pages.home.overview()
    assert overview is not None and overview.trainee.id is not None
    trainee = overview.trainee.id
    setup = Setup(context.database, catalogue, lambda: clock)
    bands = setup.equipment(trainee).bands
    green, red = bands[1], bands[2]
    assert green.force_kgf is None and red.force_kgf is None
    row = RoutineExercise("seated_row", Load(EquipmentKind.BAND, band=green), sets=2)
    training = Training(context.database, catalogue, lambda: clock)
    texts = []
    for item in (row, dataclasses.replace(row, sets=3, slow_tempo=True, extra_set=True)):
        setup.save_routine(trainee, Routine((item,)))
        state = training.finish_warmup(training.start(trainee).id)
        for _ in range(item.sets):
            state = training.record_set(state.id, 0, TOP)
        outcome = training.end_early(state.id).outcomes[0]
        texts.append((outcome.suggestion, next_time(outcome.suggestion, outcome.waiting)))
    (slower, slower_text), (heavier, heavier_text) = texts
    assert slower.advice is Advice.SLOWER and slower.load.band == green
    assert band_name(green.colour, "") in slower_text
    assert heavier.advice is Advice.HEAVIER
    assert heavier.load.band is not None and heavier.load.band.colour is BandColour.RED
    assert band_name(red.colour, "") in heavier_text


def test_a_force_that_is_no_number_keeps_the_person_on_the_band_step(
    context: AppContext, qtbot: QtBot
) -> None:
    """'zwaar' typed as a force: Next says so and stays, the typed text is still there."""
    wizard = to_the_band_step(context)
    field = wizard.band_step.editor.rows[1].force
    field.selectAll()
    qtbot.keyClicks(field, "zwaar")
    wizard.next.click()
    assert wizard.current_step() is wizard.band_step
    assert "Geel elastiek" in wizard.band_step.error.text()
    assert field.text() == "zwaar"
