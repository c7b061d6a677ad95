"""Carer set-up pages: the equipment list and the weekly plan, changed by clicks and saved."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QEvent, SignalInstance
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from sterkblijven.domain.bands import theraband_ladder
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.model import (
    Band,
    BandColour,
    BodyRegion,
    EquipmentKind,
    Load,
    Measure,
    Routine,
    RoutineExercise,
    Sex,
)
from sterkblijven.services.onboarding import FirstRunAnswers, Onboarding
from sterkblijven.services.setup import SESSIONS_RANGE, Setup
from sterkblijven.storage import Database
from sterkblijven.storage.models import RoutineRow
from sterkblijven.storage.repositories import load_routine
from sterkblijven.ui.carer.equipment_page import EquipmentPage
from sterkblijven.ui.carer.plan_page import RoutinePage
from sterkblijven.ui.common import theme
from sterkblijven.words.basics import count_text
from sterkblijven.words.refusals import refusal
from tests.ui.accessibility import interactive_nodes, problems

ANSWERS = FirstRunAnswers(
    name="Riet",
    birth_year="1948",
    sex=Sex.FEMALE,
    readiness_yes=frozenset(),
    readiness_confirmed=False,
    dumbbells_kg=(1.0, 2.0),
    bands=theraband_ladder()[1:4],  # yellow, red, green
    language="nl",
)
PLAN = ("sit_to_stand", "shoulder_press", "seated_row", "single_leg_stand")


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[QApplication]:
    """Give the app its own look at the normal text size, and leave it that way."""
    qapp.setStyle("Fusion")
    theme.apply(qapp, theme.theme_for(100, high_contrast=False))
    yield qapp
    theme.apply(qapp, theme.theme_for(100, high_contrast=False))


@pytest.fixture
def setup(database: Database, catalogue: Catalogue, clock: datetime) -> Setup:
    """Return the set-up service on a fresh database."""
    return Setup(database, catalogue, lambda: clock)


@pytest.fixture
def trainee(database: Database, catalogue: Catalogue, clock: datetime, setup: Setup) -> int:
    """Store Riet with 1 and 2 kg dumbbells, three bands, and a plan of four exercises."""
    result = Onboarding(database, catalogue, lambda: clock).complete(ANSWERS)
    trainee_id = result.trainee.id or 0
    equipment = setup.equipment(trainee_id)
    yellow = equipment.bands[0]
    loads = {
        "sit_to_stand": Load(EquipmentKind.BODYWEIGHT),
        "shoulder_press": Load(EquipmentKind.DUMBBELL, kg=1.0),
        "seated_row": Load(EquipmentKind.BAND, band=yellow),
        "single_leg_stand": Load(EquipmentKind.BODYWEIGHT),
    }
    items = [RoutineExercise(exercise_id, loads[exercise_id]) for exercise_id in PLAN]
    items[3] = dataclasses.replace(items[3], rep_min=10, rep_max=30)
    setup.save_routine(trainee_id, Routine(tuple(items), (0, 3), "Rustig aan"))
    return trainee_id


@pytest.fixture
def equipment_page(styled: QApplication, qtbot: QtBot, setup: Setup, trainee: int) -> EquipmentPage:
    """Return the equipment page on screen, showing Riet."""
    page = EquipmentPage(setup)
    qtbot.addWidget(page)
    page.resize(1100, 820)
    page.show_trainee(trainee, "Riet")
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def routine_page(
    styled: QApplication, qtbot: QtBot, setup: Setup, catalogue: Catalogue, trainee: int
) -> RoutinePage:
    """Return the plan page on screen, showing Riet's plan in English."""
    page = RoutinePage(setup, catalogue, lambda: "en")
    qtbot.addWidget(page)
    page.resize(1100, 820)
    page.show_trainee(trainee, "Riet")
    page.show()
    qtbot.waitExposed(page)
    return page


def emitted(signal: SignalInstance) -> list[object]:
    """Return a list that grows by one entry each time the signal fires."""
    calls: list[object] = []
    signal.connect(lambda *args: calls.append(args))
    return calls


def settle(app: QApplication) -> None:
    """Let layouts and deferred deletions happen, without waiting for time to pass."""
    app.processEvents()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


def band_colours(bands: tuple[Band, ...] | list[Band]) -> list[BandColour]:
    """Return the colours of a ladder, in order."""
    return [band.colour for band in bands]


def stored_routine(setup: Setup, trainee: int) -> Routine:
    """Return the plan as stored."""
    routine = setup.routine(trainee)
    assert routine is not None
    return routine


def stored_items(setup: Setup, trainee: int) -> tuple[RoutineExercise, ...]:
    """Return the exercises of the plan as stored."""
    routine = setup.routine(trainee)
    assert routine is not None
    return routine.exercises


# Equipment


def test_equipment_page_shows_owned_dumbbells_and_bands(
    styled: QApplication, qtbot: QtBot, setup: Setup, trainee: int
) -> None:
    """Owned weights are chosen, an uncommon owned weight is offered too, bands in order."""
    bands = setup.equipment(trainee).bands
    setup.save_equipment(trainee, (1.0, 1.25, 2.0), bands)
    page = EquipmentPage(setup)
    qtbot.addWidget(page)
    page.show_trainee(trainee, "Riet")
    assert all(page.dumbbells.button_for(kg) is not None for kg in (0.5, 1.25, 3.0, 10.0))
    assert page.chosen_dumbbells() == (1.0, 1.25, 2.0)
    assert band_colours([row.band for row in page.ladder.rows]) == [
        BandColour.YELLOW,
        BandColour.RED,
        BandColour.GREEN,
    ]
    assert (
        not page.ladder.rows[0].lighter.isEnabled() and not page.ladder.rows[2].heavier.isEnabled()
    )
    assert "Riet" in page.title.text()


def test_typed_weight_with_a_comma_is_added_and_saved(
    equipment_page: EquipmentPage, setup: Setup, trainee: int
) -> None:
    """Typing 2,5 and 3,75 chooses those weights; Save stores them and says so."""
    page = equipment_page
    saved = emitted(page.saved)
    page.dumbbells.other.setText("2,5")
    page.dumbbells.add.click()
    page.dumbbells.other.setText("3,75")
    page.dumbbells.add.click()
    added = page.dumbbells.button_for(3.75)
    assert added is not None and added.isChecked()
    assert page.dumbbells.other.text() == ""
    assert page.has_unsaved_changes()
    page.save.click()
    assert setup.equipment(trainee).dumbbells_kg == (1.0, 2.0, 2.5, 3.75)
    assert page.footer.saved_note.isVisible()
    assert page.footer.saved_note.text() == "Saved."
    assert len(saved) == 1
    assert not page.has_unsaved_changes()


def test_a_bad_weight_is_explained_and_the_list_stays(
    equipment_page: EquipmentPage, setup: Setup, trainee: int
) -> None:
    """A weight that is not a number, or too heavy, gets a plain message; nothing else changes."""
    page = equipment_page
    page.dumbbells.other.setText("twee")
    page.dumbbells.add.click()
    assert page.kg_error.isVisible()
    assert page.kg_error.text() == refusal("kg_not_a_number")
    assert page.dumbbells.other.text() == "twee"  # kept, so it can be corrected
    page.dumbbells.other.setText("80")
    page.dumbbells.add.click()
    assert page.kg_error.text() == refusal("kg_out_of_range", (0.25, 50.0))
    assert page.chosen_dumbbells() == (1.0, 2.0)
    assert not page.has_unsaved_changes()
    page.dumbbells.other.setText("1,5")
    page.dumbbells.add.click()
    assert not page.kg_error.isVisible()
    assert setup.equipment(trainee).dumbbells_kg == (1.0, 2.0)  # nothing stored before Save


def test_moving_a_band_lighter_and_saving_stores_the_new_order(
    equipment_page: EquipmentPage, setup: Setup, trainee: int
) -> None:
    """Lighter swaps a band with the one above it; Save stores that order, the bands the same."""
    page = equipment_page
    before = {band.colour: band.id for band in setup.equipment(trainee).bands}
    page.ladder.rows[1].lighter.click()  # red above yellow
    assert band_colours(page.bands()) == [BandColour.RED, BandColour.YELLOW, BandColour.GREEN]
    page.ladder.rows[2].lighter.click()  # then green above yellow
    page.save.click()
    stored = setup.equipment(trainee).bands
    assert band_colours(stored) == [BandColour.RED, BandColour.GREEN, BandColour.YELLOW]
    assert [band.position for band in stored] == [0, 1, 2]
    assert {band.colour: band.id for band in stored} == before


def test_theraband_colours_are_added_at_their_place_and_reordered(
    equipment_page: EquipmentPage, setup: Setup, trainee: int
) -> None:
    """A Thera-Band colour goes to its place, another brand to the end; the order can be reset."""
    page = equipment_page
    page.ladder.rows[0].heavier.click()  # red, yellow, green: out of order
    page.ladder.add_colour.click()
    assert page.ladder.colour_panel.isVisible()
    assert BandColour.RED not in page.ladder.colour_buttons()
    page.ladder.colour_buttons()[BandColour.BLUE].click()
    page.ladder.add_other.click()
    page.ladder.other_name.setText("Sanctband lila")
    page.ladder.other_force.setText("3,1")
    page.ladder.add_other_band.click()
    assert band_colours(page.bands())[-2:] == [BandColour.BLUE, BandColour.OTHER]
    page.ladder.theraband_order.click()
    assert band_colours(page.bands()) == [
        BandColour.YELLOW,
        BandColour.RED,
        BandColour.GREEN,
        BandColour.BLUE,
        BandColour.OTHER,
    ]
    page.ladder.rows[4].double.click()  # the other brand cannot be doubled
    page.save.click()
    stored = setup.equipment(trainee).bands
    assert stored[4].label == "Sanctband lila" and stored[4].force_kgf == pytest.approx(3.1)
    assert not stored[4].can_double
    assert stored[3].force_kgf == pytest.approx(2.6)


def test_removing_the_only_band_the_plan_uses_is_refused(
    styled: QApplication, qtbot: QtBot, setup: Setup, trainee: int
) -> None:
    """Save explains that the plan needs a band; nothing is stored and the screen stays."""
    yellow = setup.equipment(trainee).bands[0]
    setup.save_equipment(trainee, (1.0, 2.0), [yellow])
    routine_before = setup.routine(trainee)
    page = EquipmentPage(setup)
    qtbot.addWidget(page)
    page.show()
    page.show_trainee(trainee, "Riet")
    saved = emitted(page.saved)
    page.ladder.rows[0].remove.click()
    assert page.bands() == ()
    assert page.ladder.removed_card.isVisible()
    page.save.click()
    assert page.footer.status.isVisible()
    assert page.footer.status.text() == refusal("equipment_in_use_band")
    assert band_colours(setup.equipment(trainee).bands) == [BandColour.YELLOW]
    assert setup.routine(trainee) == routine_before
    assert saved == []
    assert page.bands() == () and page.has_unsaved_changes()
    page.ladder.put_back.click()
    assert band_colours(page.bands()) == [BandColour.YELLOW]
    assert not page.has_unsaved_changes()


def test_equipment_back_with_changes_asks_first(
    equipment_page: EquipmentPage, setup: Setup, trainee: int
) -> None:
    """Back with a change not saved asks in the page; Stay keeps it, Leave drops it."""
    page = equipment_page
    back = emitted(page.back_requested)
    button = page.dumbbells.button_for(0.5)
    assert button is not None
    button.click()
    page.back.click()
    assert back == [] and page.footer.question.isVisible() and not page.back.isVisible()
    page.footer.question.stay.click()
    assert not page.footer.question.isVisible() and page.back.isVisible()
    assert page.chosen_dumbbells() == (0.5, 1.0, 2.0)
    page.back.click()
    page.footer.question.leave.click()
    assert len(back) == 1
    assert setup.equipment(trainee).dumbbells_kg == (1.0, 2.0)
    assert page.chosen_dumbbells() == (1.0, 2.0)


# The plan


def test_routine_page_shows_the_plan_in_order(
    routine_page: RoutinePage, catalogue: Catalogue
) -> None:
    """Each exercise has a card in the plan's order, named in the language in use."""
    page = routine_page
    assert [card.item.exercise_id for card in page.cards] == list(PLAN)
    first = catalogue.get(PLAN[0])
    assert first is not None
    assert page.cards[0].title.text() == f"1. {first.text('en').name}"
    assert "10 to 30 seconds" in page.cards[3].summary.text()
    assert [b.isChecked() for b in page.day_buttons] == [d in (0, 3) for d in range(7)]
    assert page.note.text() == "Rustig aan"
    assert not page.cards[0].up.isEnabled() and not page.cards[3].down.isEnabled()
    assert not page.has_unsaved_changes()


def test_moving_an_exercise_down_saves_a_new_version_and_keeps_the_old(
    routine_page: RoutinePage, setup: Setup, trainee: int, database: Database
) -> None:
    """The new order is a new plan; the plan before it stays stored, unchanged, for history."""
    page = routine_page
    old = setup.routine(trainee)
    assert old is not None
    saved = emitted(page.saved)
    page.cards[0].down.click()
    assert [card.item.exercise_id for card in page.cards][:2] == [PLAN[1], PLAN[0]]
    page.save.click()
    new = setup.routine(trainee)
    assert new is not None and new.id != old.id
    assert [item.exercise_id for item in new.exercises] == [PLAN[1], PLAN[0], *PLAN[2:]]
    assert page.footer.saved_note.text() == "Saved. Past sessions keep what they had."
    assert len(saved) == 1
    with database.transaction() as tx:
        row = tx.get(RoutineRow, old.id)
        assert row is not None and not row.active
        assert load_routine(row).exercises == old.exercises


def test_changing_sets_target_rest_and_load_saves_them(
    routine_page: RoutinePage, setup: Setup, trainee: int
) -> None:
    """Clicks on the opened card change the dose; Save stores exactly that."""
    page = routine_page
    page.cards[1].change.click()
    card = page.cards[1]
    assert card.expanded and card.low_plus is not None and card.high_minus is not None
    card.sets_buttons[1].click()
    card.low_plus.click()
    card.low_plus.click()
    card.high_minus.click()
    card.rest_buttons[90].click()
    heavier = [button for load, button in card.load_buttons if load.kg == 2.0]
    assert len(heavier) == 1
    heavier[0].click()
    assert card.low_value is not None and card.low_value.text() == "22 times"
    page.save.click()
    item = stored_items(setup, trainee)[1]
    assert (item.sets, item.rep_min, item.rep_max, item.rest_seconds) == (2, 22, 24, 90)
    assert item.load.kind is EquipmentKind.DUMBBELL and item.load.kg == 2.0


def test_the_target_stays_within_its_limits(routine_page: RoutinePage) -> None:
    """The lowest number cannot pass the highest, and holds stay between 5 and 120 seconds."""
    page = routine_page
    page.cards[3].change.click()
    card = page.cards[3]
    assert card.low_plus is not None and card.high_minus is not None
    assert card.high_plus is not None and card.high_value is not None
    for _ in range(40):
        if card.high_minus.isEnabled():
            card.high_minus.click()
    assert (card.item.rep_min, card.item.rep_max) == (10, 10)
    assert not card.low_plus.isEnabled()
    for _ in range(200):
        if card.high_plus.isEnabled():
            card.high_plus.click()
    assert card.item.rep_max == 120
    assert card.high_value.text() == count_text(120, Measure.SECONDS)


def test_a_new_load_drops_the_in_between_steps(
    routine_page: RoutinePage, setup: Setup, trainee: int
) -> None:
    """Slower tempo and the extra set stay with other changes, and go with a new load."""
    routine = setup.routine(trainee)
    assert routine is not None
    items = list(routine.exercises)
    items[1] = dataclasses.replace(items[1], sets=2, slow_tempo=True, extra_set=True)
    setup.save_routine(trainee, dataclasses.replace(routine, exercises=tuple(items)))
    page = routine_page
    page.show_trainee(trainee, "Riet")
    assert not page.cards[1].flags.isHidden()
    page.cards[1].change.click()
    card = page.cards[1]
    card.rest_buttons[60].click()
    assert card.item.slow_tempo and card.item.extra_set and card.item.sets == 2
    next(button for load, button in card.load_buttons if load.kg == 2.0).click()
    assert not card.item.slow_tempo and not card.item.extra_set and card.item.sets == 1
    assert card.flags.isHidden()
    page.save.click()
    item = stored_items(setup, trainee)[1]
    assert (item.sets, item.slow_tempo, item.extra_set, item.load.kg) == (1, False, False, 2.0)


def test_adding_an_exercise_through_the_picker(
    routine_page: RoutinePage, setup: Setup, trainee: int
) -> None:
    """Filters narrow the list; the chosen exercise joins the plan with a light start."""
    page = routine_page
    page.add_exercise.click()
    assert page.stack.currentWidget() is page.picker_page
    page.region_buttons[BodyRegion.ARMS].click()
    page.kind_buttons[EquipmentKind.BAND].click()
    offered = set(page.offer_buttons())
    assert offered == {"biceps_curl", "chest_press", "triceps_extension"}
    page.seated_only.click()
    page.region_buttons[None].click()
    assert "band_pull_apart" not in page.offer_buttons()  # done standing
    assert "seated_row" not in page.offer_buttons()  # already in the plan
    page.offer_buttons()["biceps_curl"].click()
    assert page.stack.currentWidget() is page.plan_page
    added = page.cards[-1]
    assert added.expanded and added.item.exercise_id == "biceps_curl"
    assert added.item.load.kind is EquipmentKind.BAND
    assert added.item.load.band is not None and added.item.load.band.colour is BandColour.YELLOW
    assert (added.item.sets, added.item.rep_min, added.item.rep_max) == (1, 20, 25)
    assert added.item.rest_seconds == 120
    page.save.click()
    assert [item.exercise_id for item in stored_items(setup, trainee)] == [
        *PLAN,
        "biceps_curl",
    ]


def test_the_picker_offers_only_what_the_equipment_allows(
    styled: QApplication, qtbot: QtBot, setup: Setup, catalogue: Catalogue, database: Database
) -> None:
    """Without dumbbells or bands, only exercises without weights are offered, holds 10-30 s."""
    nothing = dataclasses.replace(ANSWERS, name="Kees", dumbbells_kg=(), bands=())
    kees = Onboarding(database, catalogue, lambda: datetime(2026, 11, 18)).complete(nothing)
    page = RoutinePage(setup, catalogue, lambda: "en")
    qtbot.addWidget(page)
    page.show()
    page.show_trainee(kees.trainee.id or 0, "Kees")
    page.add_exercise.click()
    assert not page.kind_buttons[EquipmentKind.DUMBBELL].isVisible()
    assert not page.kind_buttons[EquipmentKind.BAND].isVisible()
    for exercise_id in page.offer_buttons():
        exercise = catalogue.get(exercise_id)
        assert exercise is not None and EquipmentKind.BODYWEIGHT in exercise.equipment
    assert "farmers_carry" not in page.offer_buttons()
    planned = {card.item.exercise_id for card in page.cards}
    hold = next(
        exercise_id
        for exercise_id in page.offer_buttons()
        if (e := catalogue.get(exercise_id)) is not None and e.measure is Measure.SECONDS
    )
    assert hold not in planned
    page.offer_buttons()[hold].click()
    added = page.cards[-1].item
    assert (added.rep_min, added.rep_max) == (10, 30)
    assert added.load == Load(EquipmentKind.BODYWEIGHT)


def test_the_seated_filter_offers_no_exercise_whose_owned_way_is_not_seated(
    styled: QApplication, qtbot: QtBot, setup: Setup, catalogue: Catalogue, database: Database
) -> None:
    """With dumbbells only, the chest press (lying on the bed) is not offered as seated."""
    dumbbells = dataclasses.replace(ANSWERS, name="Kees", bands=())
    kees = Onboarding(database, catalogue, lambda: datetime(2026, 11, 18)).complete(dumbbells)
    page = RoutinePage(setup, catalogue, lambda: "en")
    qtbot.addWidget(page)
    page.show()
    page.show_trainee(kees.trainee.id or 0, "Kees")
    assert "chest_press" not in {card.item.exercise_id for card in page.cards}
    page.add_exercise.click()
    assert "chest_press" in page.offer_buttons()
    page.seated_only.click()
    assert "chest_press" not in page.offer_buttons()
    page.kind_buttons[EquipmentKind.DUMBBELL].click()
    assert "chest_press" not in page.offer_buttons()
    for exercise_id, button in page.offer_buttons().items():
        button.click()
        assert page.cards[-1].item.exercise_id == exercise_id
        exercise = catalogue.get(exercise_id)
        assert exercise is not None and page.cards[-1].item.load.kind in exercise.seated_kinds
        page.add_exercise.click()
        page.seated_only.click()
        page.kind_buttons[EquipmentKind.DUMBBELL].click()


def test_a_fourth_weekday_is_refused_plainly(routine_page: RoutinePage) -> None:
    """Three days can be chosen; a fourth stays off with a plain message, and so does none."""
    page = routine_page
    page.day_buttons[5].click()
    assert not page.day_error.isVisible()
    page.day_buttons[6].click()
    assert not page.day_buttons[6].isChecked()
    assert page.day_error.isVisible()
    assert page.day_error.text() == refusal("weekdays_count", SESSIONS_RANGE)
    assert page.routine().weekdays == (0, 3, 5)
    page.day_buttons[0].click()
    page.day_buttons[3].click()
    assert not page.day_error.isVisible()
    page.day_buttons[5].click()
    assert page.day_buttons[5].isChecked() and page.day_error.isVisible()
    assert page.routine().weekdays == (5,)


def test_days_in_a_row_are_saved_only_after_the_carer_says_so(
    routine_page: RoutinePage, setup: Setup, trainee: int
) -> None:
    """Monday to Wednesday asks once why a rest day helps; Save anyway stores, Change keeps."""
    page = routine_page
    page.day_buttons[3].click()
    page.day_buttons[1].click()
    page.day_buttons[2].click()
    assert page.routine().weekdays == (0, 1, 2)
    page.save.click()
    assert page.rest_question.isVisible()
    assert not page.save.isVisible() and not page.back.isVisible()
    assert page.rest_question.focusWidget() is page.rest_question.change
    assert stored_routine(setup, trainee).weekdays == (0, 3)
    page.rest_question.change.click()
    assert not page.rest_question.isVisible() and page.save.isVisible()
    assert stored_routine(setup, trainee).weekdays == (0, 3)
    page.save.click()
    page.rest_question.save_anyway.click()
    assert not page.rest_question.isVisible() and page.save.isVisible()
    assert stored_routine(setup, trainee).weekdays == (0, 1, 2)
    page.note.setText("Na de koffie")
    page.save.click()
    assert not page.rest_question.isVisible()
    assert stored_routine(setup, trainee).note == "Na de koffie"


def test_removing_an_exercise_can_be_undone_and_an_empty_plan_is_refused(
    routine_page: RoutinePage, setup: Setup, trainee: int
) -> None:
    """Remove takes an exercise off the screen; Put it back restores it; Save needs one or more."""
    page = routine_page
    page.cards[1].remove.click()
    assert [card.item.exercise_id for card in page.cards] == [PLAN[0], *PLAN[2:]]
    page.put_back.click()
    assert [card.item.exercise_id for card in page.cards] == list(PLAN)
    assert not page.has_unsaved_changes()
    while page.cards:
        page.cards[0].remove.click()
    page.save.click()
    assert page.footer.status.text() == refusal("routine_size", (1, 10))
    assert [item.exercise_id for item in stored_items(setup, trainee)] == list(PLAN)
    assert page.cards == [] and page.empty.isVisible()


def test_routine_back_with_changes_asks_first(
    routine_page: RoutinePage, setup: Setup, trainee: int
) -> None:
    """Edits stay on screen until Back; Back asks, Stay keeps them, Leave drops them."""
    page = routine_page
    back = emitted(page.back_requested)
    page.note.setText("Elke dag wandelen")
    page.note.textEdited.emit("Elke dag wandelen")
    page.add_exercise.click()
    page.back_to_plan.click()
    assert page.note.text() == "Elke dag wandelen"
    page.back.click()
    assert back == [] and page.footer.question.isVisible()
    page.footer.question.stay.click()
    assert page.note.text() == "Elke dag wandelen" and page.save.isVisible()
    page.back.click()
    page.footer.question.leave.click()
    assert len(back) == 1
    assert page.note.text() == "Rustig aan"
    page.back.click()
    assert len(back) == 2  # nothing changed: straight back
    routine = setup.routine(trainee)
    assert routine is not None and routine.note == "Rustig aan"


def test_a_change_of_language_keeps_the_edits(routine_page: RoutinePage) -> None:
    """Retranslating rebuilds the texts but keeps the order, the opened card and the days."""
    page = routine_page
    page.cards[0].down.click()
    page.cards[2].change.click()
    page.day_buttons[5].click()
    QApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    assert [card.item.exercise_id for card in page.cards][:2] == [PLAN[1], PLAN[0]]
    assert page.cards[2].expanded
    assert page.routine().weekdays == (0, 3, 5)


# Accessibility


def open_everything_on_equipment(page: EquipmentPage) -> None:
    """Show every part of the equipment page that can appear."""
    page.ladder.add_colour.click()
    page.ladder.add_other.click()
    page.ladder.rows[0].remove.click()
    page.dumbbells.other.setText("x")
    page.dumbbells.add.click()
    page.back.click()  # with a change: the question shows


@pytest.mark.parametrize("scale", [100, 200])
def test_every_equipment_control_is_named_and_large_enough(
    equipment_page: EquipmentPage, styled: QApplication, scale: int
) -> None:
    """At normal and double text size, no control lacks a name or is under 48 x 48 px."""
    theme.apply(styled, theme.theme_for(scale, high_contrast=False))
    open_everything_on_equipment(equipment_page)
    settle(styled)
    assert len(interactive_nodes(equipment_page)) > 30
    assert problems(equipment_page) == []
    assert _repeated_names(equipment_page) == []


@pytest.mark.parametrize("scale", [100, 200])
def test_every_routine_control_is_named_and_large_enough(
    routine_page: RoutinePage, styled: QApplication, scale: int
) -> None:
    """The plan with a card opened, the question, and the picker: every control named and large."""
    theme.apply(styled, theme.theme_for(scale, high_contrast=False))
    page = routine_page
    page.cards[1].change.click()
    page.cards[0].remove.click()
    page.back.click()
    settle(styled)
    assert page.footer.question.isVisible()
    assert len(interactive_nodes(page)) > 30
    assert problems(page) == []
    assert _repeated_names(page) == []
    page.footer.question.stay.click()
    page.add_exercise.click()
    settle(styled)
    assert len(interactive_nodes(page)) > 20
    assert problems(page) == []
    assert _repeated_names(page) == []


def _repeated_names(page: QWidget) -> list[str]:
    """Return controls whose name repeats another's, so a screen reader cannot tell them apart."""
    names = [node.name for node in interactive_nodes(page)]
    return sorted({name for name in names if names.count(name) > 1})
