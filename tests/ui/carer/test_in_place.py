"""The carer page with seven people: questions, refusals and confirmations in the card acted in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from sterkblijven.app import AppContext
from sterkblijven.domain.hospital import StayReason
from sterkblijven.domain.model import Sex, Trainee
from sterkblijven.storage import repositories as repo
from sterkblijven.ui.carer.page import CarerPage
from sterkblijven.ui.common.widgets import BigButton, Card, TextLabel
from tests.conftest import NOW
from tests.ui.carer.test_carer import open_carer_from_settings
from tests.ui.flows import complete_wizard

OTHERS = ("Gerrit", "Kees", "Annie", "Jan", "Wil", "Bep")  # after Riet: seven in all


def settle() -> None:
    """Handle the layout work Qt has posted, as the event loop would."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def carer(context: AppContext) -> CarerPage:
    """Return the carer page with seven people, in a window of 1366 x 768."""
    window = context.window
    complete_wizard(window)
    with context.database.transaction() as tx:
        for name in OTHERS:
            repo.add_trainee(tx, Trainee(name, 1944, Sex.FEMALE), NOW)
    window.resize(1366, 768)
    open_carer_from_settings(window)
    page = window.pages.carer
    settle()
    assert len(page._people) == 7
    return page


def card_of(page: CarerPage, person_id: int) -> Card | None:
    """Return a person's card on the page."""
    for index in range(page.rows.count()):
        item = page.rows.itemAt(index)
        widget = item.widget() if item is not None else None
        if isinstance(widget, Card) and widget.property("trainee_id") == person_id:
            return widget
    return None


def label_in(widget: QWidget, words: str) -> QLabel | None:
    """Return the shown text in a widget that holds these words."""
    found = [label for label in widget.findChildren(QLabel) if words in label.text()]
    return next((label for label in found if label.isVisible()), None)


def third(page: CarerPage) -> int:
    """Return the id of the third of the seven."""
    return page._people[2].id or 0


def on_screen_y(page: CarerPage, widget: QWidget) -> int:
    """Return the top of a widget on the visible part of the page."""
    return widget.mapTo(page.page.viewport(), QPoint(0, 0)).y()


def in_view(page: CarerPage, widget: QWidget) -> bool:
    """Return True when the whole height of a widget is on the visible part of the page."""
    top = on_screen_y(page, widget)
    bottom = page.page.viewport().height()
    return widget.isVisible() and top >= 0 and top + widget.height() <= bottom


def scroll_card_to(page: CarerPage, person_id: int, top: int) -> None:
    """Scroll so that a person's card starts ``top`` px below the top of the visible part."""
    card = card_of(page, person_id)
    bar = page.page.verticalScrollBar()
    bar.setValue(bar.value() + on_screen_y(page, card) - top)
    settle()
    assert abs(on_screen_y(page, card) - top) <= 1


def pointer_at(page: CarerPage, button: QWidget) -> QPoint:
    """Return where the pointer is when it presses a button, on the visible part of the page."""
    return button.mapTo(page.page.viewport(), button.rect().center())


def owner_under(page: CarerPage, point: QPoint) -> object:
    """Return the person whose card is under a point of the visible page (None: no one's)."""
    widget = page.page.viewport().childAt(point)
    while widget is not None:
        if isinstance(widget, Card) and widget.property("trainee_id") is not None:
            return widget.property("trainee_id")
        if widget is getattr(page, "gone_card", None):
            return "gone"
        widget = widget.parentWidget()
    return None


def named(page: CarerPage, person_id: int, text: str) -> BigButton:
    """Return the button with this text in a person's card."""
    (button,) = [b for b in page.row_buttons(person_id) if b.text() == text]
    return button


def press_keeping_place(page: CarerPage, person_id: int, button: BigButton) -> QPoint:
    """Press a button in a person's card; check the card stayed where it was; return the pointer."""
    card_top = on_screen_y(page, card_of(page, person_id))
    pointer = pointer_at(page, button)
    button.click()
    settle()
    card = card_of(page, person_id) or getattr(page, "gone_card", None)
    assert card is not None
    assert abs(on_screen_y(page, card) - card_top) <= 3
    assert owner_under(page, pointer) in (person_id, "gone", None)
    return pointer


def test_renaming_asks_and_answers_in_the_card_that_was_pressed(carer: CarerPage) -> None:
    """Name and birth month: the field, a refusal and the confirmation stay in the third card."""
    kees = third(carer)
    scroll_card_to(carer, kees, 40)
    press_keeping_place(carer, kees, named(carer, kees, "Naam en geboortemaand"))
    card = card_of(carer, kees)
    assert card is not None
    field = card.findChild(QLineEdit)
    assert field is not None and in_view(carer, field)
    save = card.findChild(BigButton, "save_person")
    assert save is not None
    save_top = on_screen_y(carer, save)
    field.setText("")
    press_keeping_place(carer, kees, save)
    slot = label_in(card, "Typ een naam.")
    assert slot is not None and in_view(carer, slot)
    assert on_screen_y(carer, save) == save_top  # the refusal had its room already
    assert carer.people_error.text() == ""  # not below everyone
    field.setText("Kees de Vries")
    press_keeping_place(carer, kees, save)
    said = carer.done_slots[kees]
    card = card_of(carer, kees)
    assert card is not None and card.isAncestorOf(said)
    assert "Kees de Vries" in said.text() and in_view(carer, said)
    assert said.accessibleName() == said.text()


def test_removing_asks_twice_in_the_card_and_says_so_where_it_was(carer: CarerPage) -> None:
    """Remove: both questions in the third card, then 'removed' in its place; no one slides up."""
    kees = third(carer)
    scroll_card_to(carer, kees, 40)
    press_keeping_place(carer, kees, named(carer, kees, "Verwijderen"))
    card = card_of(carer, kees)
    assert card is not None
    yes = named(carer, kees, "Ja, verwijder Kees")
    assert card.isAncestorOf(yes) and in_view(carer, yes)
    press_keeping_place(carer, kees, yes)
    yes = named(carer, kees, "Verwijder Kees definitief")
    assert in_view(carer, yes)
    pointer = press_keeping_place(carer, kees, yes)
    assert [p.name for p in carer._people] == ["Riet", "Gerrit", "Annie", "Jan", "Wil", "Bep"]
    gone = carer.gone_card
    assert gone is not None and in_view(carer, carer.row_slots[-1])
    assert "Kees" in carer.row_slots[-1].text()
    assert owner_under(carer, pointer) in ("gone", None)  # not Annie's buttons


def test_cancelling_a_removal_keeps_the_card_in_place(carer: CarerPage) -> None:
    """No, keep: the card comes back where it was, its buttons where they were."""
    kees = third(carer)
    scroll_card_to(carer, kees, 40)
    remove = named(carer, kees, "Verwijderen")
    remove_top = on_screen_y(carer, remove)
    press_keeping_place(carer, kees, remove)
    press_keeping_place(carer, kees, named(carer, kees, "Nee, houd Kees"))
    assert on_screen_y(carer, named(carer, kees, "Verwijderen")) == remove_top


def test_a_hospital_stay_is_reported_inside_the_card(carer: CarerPage) -> None:
    """Hospital: the panel, its form, a refusal and the confirmation stay in the third card."""
    kees = third(carer)
    scroll_card_to(carer, kees, 40)
    (hospital,) = [b for b in carer.row_buttons(kees) if b.objectName() == "health"]
    press_keeping_place(carer, kees, hospital)
    card = card_of(carer, kees)
    assert card is not None
    panel = carer.health
    assert card.isAncestorOf(panel)
    report = panel.buttons["report"]
    assert in_view(carer, report)
    report.click()
    settle()
    assert card.isAncestorOf(panel.fields["admitted"]) and in_view(carer, panel.fields["admitted"])
    panel.fields["admitted"].setText("31-2-2026")
    panel.fields["discharged"].setText("16-11-2026")
    panel.choices[StayReason.FALL].click()  # no advice to decide on
    save = panel.buttons["save"]
    save.click()
    settle()
    assert panel.error.text() and card.isAncestorOf(panel.error) and in_view(carer, panel.error)
    panel.fields["admitted"].setText("2-11-2026")
    scroll_to_show(carer, save)
    pointer = pointer_at(carer, save)
    save.click()
    settle()
    # The page moves only as far as the confirmation needs, the card staying under the pointer.
    assert owner_under(carer, pointer) in (kees, None)  # not Annie's buttons
    done = panel.findChild(TextLabel, "done")
    assert done is not None and "Kees" in done.text()
    assert card.isAncestorOf(done) and in_view(carer, done)
    assert done.accessibleName() == done.text()


def scroll_to_show(page: CarerPage, widget: QWidget) -> None:
    """Scroll the least that shows a widget, as a person would to reach it."""
    page.page.ensureWidgetVisible(widget)
    settle()


def test_the_pin_is_asked_twice_and_messages_move_no_button(carer: CarerPage, qtbot: QtBot) -> None:
    """A PIN typed twice differently is refused beside the fields; Save stays where it was."""
    scroll_to_show(carer, carer.save_pin)
    top = on_screen_y(carer, carer.save_pin)
    carer.new_pin.setText("2580")
    carer.repeat_pin.setText("2590")
    carer.save_pin.click()
    settle()
    assert carer.pin_error.text() and in_view(carer, carer.pin_error)
    assert on_screen_y(carer, carer.save_pin) == top
    assert not carer._access.has_pin()
    carer.new_pin.setText("2580")
    carer.repeat_pin.setText("2580")
    carer.save_pin.click()
    settle()
    assert carer._access.has_pin()
    assert carer.pin_error.property("role") == "notice" and carer.pin_error.text()
    assert on_screen_y(carer, carer.save_pin) == top


def test_the_day_home_is_saved_with_no_one_sliding_under_the_pointer(carer: CarerPage) -> None:
    """The day home, saved in the panel: the card stays in place under the pointer and says so."""
    kees = third(carer)
    scroll_card_to(carer, kees, 40)
    (hospital,) = [b for b in carer.row_buttons(kees) if b.objectName() == "health"]
    press_keeping_place(carer, kees, hospital)
    panel = carer.health
    panel.buttons["report"].click()
    settle()
    panel.fields["admitted"].setText("2-11-2026")
    panel.choices["still_in"].click()
    panel.choices[StayReason.FALL].click()
    panel.buttons["save"].click()
    settle()
    home = panel.buttons["home"]
    scroll_to_show(carer, home)
    card = card_of(carer, kees)
    assert card is not None
    card_top = on_screen_y(carer, card)
    pointer = pointer_at(carer, home)
    home.click()
    settle()
    assert abs(on_screen_y(carer, card) - card_top) <= 3
    assert owner_under(carer, pointer) in (kees, None)
    done = panel.findChild(TextLabel, "done")
    assert done is not None and done.text() and card.isAncestorOf(done)
