"""The carer's equipment page: each band's force typed, and the order of the list first."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sterkblijven.domain.bands import theraband_ladder
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.model import BandColour, Sex
from sterkblijven.services.onboarding import FirstRunAnswers, Onboarding
from sterkblijven.services.setup import Setup
from sterkblijven.storage import Database
from sterkblijven.ui.carer.equipment_page import EquipmentPage
from sterkblijven.ui.common import theme
from sterkblijven.ui.common.band_rows import BandRow
from sterkblijven.words.basics import number
from tests.ui.accessibility import problems

THERA = {band.colour: band for band in theraband_ladder()}
# Yellow, red and green as Thera-Band orders them: red is lighter than green there.
ANSWERS = FirstRunAnswers(
    "Riet",
    "1948",
    Sex.FEMALE,
    frozenset(),
    False,
    (1.0,),
    theraband_ladder((BandColour.YELLOW, BandColour.RED, BandColour.GREEN)),
    "nl",
)


@pytest.fixture
def page(
    qapp: QApplication, qtbot: QtBot, database: Database, catalogue: Catalogue, clock: datetime
) -> Iterator[tuple[EquipmentPage, Setup, int]]:
    """Return the equipment page on screen for Riet, with a yellow, red and green band."""
    qapp.setStyle("Fusion")
    theme.apply(qapp, theme.theme_for(100, high_contrast=False))
    trainee = Onboarding(database, catalogue, lambda: clock).complete(ANSWERS).trainee.id or 0
    setup = Setup(database, catalogue, lambda: clock)
    shown = EquipmentPage(setup)
    qtbot.addWidget(shown)
    shown.resize(1100, 820)
    shown.show_trainee(trainee, "Riet")
    shown.show()
    qtbot.waitExposed(shown)
    yield shown, setup, trainee


def row_of(page: EquipmentPage, colour: BandColour) -> BandRow:
    """Return the row of a band on the page."""
    rows = [row for row in page.ladder.rows if row.band.colour is colour]
    assert len(rows) == 1 and isinstance(rows[0], BandRow)
    return rows[0]


def forces(setup: Setup, trainee: int) -> dict[BandColour, float | None]:
    """Return the stored force of each band, by colour."""
    return {band.colour: band.force_kgf for band in setup.equipment(trainee).bands}


def test_thera_band_forces_are_shown_as_approximate(
    page: tuple[EquipmentPage, Setup, int],
) -> None:
    """A colour with Thera-Band's usual force says it is about that, according to Thera-Band."""
    shown, _setup, _trainee = page
    red = row_of(shown, BandColour.RED)
    assert red.force.text() == number(1.7)
    assert (
        f"About {number(1.7)} kg" in red.force_note.text() and "Thera-Band" in red.force_note.text()
    )


def test_an_action_set_order_drops_thera_bands_forces_of_green_and_red(
    page: tuple[EquipmentPage, Setup, int],
) -> None:
    """Green moved above red: neither shows Thera-Band's force, and Save stores them unknown."""
    shown, setup, trainee = page
    row_of(shown, BandColour.GREEN).lighter.click()
    green = row_of(shown, BandColour.GREEN)
    assert number(2.1) not in green.force.text() + green.force_note.text()
    assert "not known" in green.force_note.text()
    assert number(1.7) not in row_of(shown, BandColour.RED).force_note.text()
    shown.save.click()
    assert forces(setup, trainee) == {
        BandColour.YELLOW: 1.4,
        BandColour.GREEN: None,
        BandColour.RED: None,
    }


def test_a_typed_force_is_stored(qtbot: QtBot, page: tuple[EquipmentPage, Setup, int]) -> None:
    """Typing 2,2 kg for green and pressing Enter shows it as typed; Save stores it."""
    shown, setup, trainee = page
    green = row_of(shown, BandColour.GREEN)
    green.force.selectAll()
    qtbot.keyClicks(green.force, number(2.2))
    qtbot.keyClick(green.force, Qt.Key.Key_Return)
    assert "as typed" in row_of(shown, BandColour.GREEN).force_note.text()
    assert shown.has_unsaved_changes()
    shown.save.click()
    assert forces(setup, trainee)[BandColour.GREEN] == pytest.approx(2.2)


def test_unknown_typed_as_a_word_or_left_empty_is_stored_as_unknown(
    qtbot: QtBot, page: tuple[EquipmentPage, Setup, int]
) -> None:
    """'onbekend' for red and an empty field for green both store an unknown force."""
    shown, setup, trainee = page
    red = row_of(shown, BandColour.RED)
    red.force.selectAll()
    qtbot.keyClicks(red.force, "onbekend")
    qtbot.keyClick(red.force, Qt.Key.Key_Return)
    green = row_of(shown, BandColour.GREEN)
    green.force.clear()
    qtbot.keyClick(green.force, Qt.Key.Key_Return)
    shown.save.click()
    stored = forces(setup, trainee)
    assert stored[BandColour.RED] is None and stored[BandColour.GREEN] is None


def test_a_force_that_is_no_number_is_explained_beside_the_field(
    qtbot: QtBot, page: tuple[EquipmentPage, Setup, int]
) -> None:
    """'zwaar' is refused beside the field, the buttons stay put and the force is kept."""
    shown, setup, trainee = page
    green = row_of(shown, BandColour.GREEN)
    QApplication.processEvents()
    before = green.lighter.pos()
    green.force.selectAll()
    qtbot.keyClicks(green.force, "zwaar")
    qtbot.keyClick(green.force, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert green.problem.isVisible() and f"{number(0.1)} to 50 kg" in green.problem.text()
    assert green.lighter.pos() == before
    assert shown.ladder.bands()[2].force_kgf == 2.1
    shown.save.click()
    assert forces(setup, trainee)[BandColour.GREEN] == 2.1


def test_a_typed_force_against_the_order_is_shown_as_typed_and_left_out(
    qtbot: QtBot, page: tuple[EquipmentPage, Setup, int]
) -> None:
    """Red typed 3 kg, green after it 2 kg: both kept as typed, green with a note on the order."""
    shown, setup, trainee = page
    for colour, typed in ((BandColour.RED, "3"), (BandColour.GREEN, "2")):
        field = row_of(shown, colour).force
        field.selectAll()
        qtbot.keyClicks(field, typed)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    note = row_of(shown, BandColour.GREEN).force_note.text()
    assert "as typed" in note and "order" in note
    shown.save.click()
    stored = forces(setup, trainee)
    assert (stored[BandColour.RED], stored[BandColour.GREEN]) == (3.0, 2.0)


def test_a_typed_force_wins_over_thera_bands_guess(
    qtbot: QtBot, page: tuple[EquipmentPage, Setup, int]
) -> None:
    """1 kg typed for green, after red on the list: red's Thera-Band force goes, green's stays."""
    shown, _setup, _trainee = page
    green = row_of(shown, BandColour.GREEN)
    green.force.selectAll()
    qtbot.keyClicks(green.force, "1")
    qtbot.keyClick(green.force, Qt.Key.Key_Return)
    assert "as typed" in row_of(shown, BandColour.GREEN).force_note.text()
    assert "not known" in row_of(shown, BandColour.RED).force_note.text()


def test_the_force_fields_are_big_and_named(page: tuple[EquipmentPage, Setup, int]) -> None:
    """Each force field is at least 48 px and has a name that says which band it is."""
    shown, _setup, _trainee = page
    for row in shown.ladder.rows:
        assert row.force.width() >= 48 and row.force.height() >= 48
        assert "band" in row.force.accessibleName()
    assert problems(shown) == []


def test_save_waits_for_a_force_that_is_no_number(
    qtbot: QtBot, page: tuple[EquipmentPage, Setup, int]
) -> None:
    """'zwaar' still in a field: Save stores nothing and the message stays beside the field."""
    shown, setup, trainee = page
    row_of(shown, BandColour.GREEN).lighter.click()
    green = row_of(shown, BandColour.GREEN)
    green.force.setFocus()
    green.force.selectAll()
    qtbot.keyClicks(green.force, "zwaar")
    shown.save.click()
    assert green.problem.text() and not green.problem.isHidden()
    assert green.force.text() == "zwaar"
    assert forces(setup, trainee)[BandColour.GREEN] == 2.1
    assert shown.has_unsaved_changes()
