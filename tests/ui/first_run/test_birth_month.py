"""The first run asks the birth month, or takes the year alone, and the carer can change it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from sterkblijven.app import AppContext
from sterkblijven.ui.carer.page import CarerPage
from sterkblijven.ui.common.birth_month import BirthMonthChooser
from sterkblijven.ui.common.widgets import BigButton
from tests.ui.accessibility import problems
from tests.ui.flows import complete_wizard


def finish_with_month(context: AppContext, month: int | None) -> None:
    """Go through the first run as Riet, choosing a birth month (None: only the year)."""
    window = context.window
    wizard = window.wizard
    assert wizard is not None
    chooser = wizard.person_step.birth_month
    assert chooser.year_only.isChecked()  # nobody has to say more than the year
    if month is not None:
        chooser.buttons[month].click()
    complete_wizard(window)


def test_the_first_run_keeps_a_chosen_birth_month(context: AppContext) -> None:
    """Choosing November stores month 11 with the person."""
    wizard = context.window.wizard
    assert wizard is not None
    wizard.person_step.birth_month.buttons[11].click()
    assert wizard.answers().birth_month == 11
    wizard.person_step.birth_month.year_only.click()
    assert wizard.answers().birth_month is None
    finish_with_month(context, 11)
    (riet,) = context.window._parts.home.trainees()
    assert (riet.birth_year, riet.birth_month) == (1948, 11)


def test_the_first_run_may_keep_the_year_alone(context: AppContext) -> None:
    """'Only the year' stores no month; the summary says the year of birth."""
    finish_with_month(context, None)
    (riet,) = context.window._parts.home.trainees()
    assert riet.birth_month is None


def test_the_month_buttons_are_named_and_large(context: AppContext) -> None:
    """Every month and 'only the year' has a name a screen reader says, and room to tap."""
    wizard = context.window.wizard
    assert wizard is not None
    wizard.next.click()
    chooser = wizard.person_step.birth_month
    assert isinstance(chooser, BirthMonthChooser)
    assert chooser.buttons[3].text() == "Maart"
    assert problems(chooser) == []


def open_carer(context: AppContext) -> CarerPage:
    """Finish the first run and open the carer part (no PIN is set)."""
    window = context.window
    complete_wizard(window)
    window.open_carer()
    page = window.pages.carer
    assert window.stack.currentWidget() is page
    return page


def test_the_carer_gives_a_birth_month_with_the_name(context: AppContext) -> None:
    """'Name and birth month' opens both; saving keeps the new month, and 'only the year' too."""
    page = open_carer(context)
    (riet,) = context.window._parts.home.trainees()
    assert riet.id is not None
    page.row_buttons(riet.id)[-2].click()  # Name and birth month
    QApplication.processEvents()  # a widget added to a shown page is shown by the event loop
    chooser = page.findChild(BirthMonthChooser)
    assert chooser is not None and chooser.isVisible() and chooser.year_only.isChecked()
    chooser.buttons[5].click()
    save = page.findChild(BigButton, "save_person")
    assert save is not None
    save.click()
    (riet,) = context.window._parts.home.trainees()
    assert riet.birth_month == 5
    page.row_buttons(riet.id)[-2].click()
    chooser = page.findChild(BirthMonthChooser)
    assert chooser is not None and chooser.buttons[5].isChecked()
    chooser.year_only.click()
    save = page.findChild(BigButton, "save_person")
    assert save is not None
    save.click()
    (riet,) = context.window._parts.home.trainees()
    assert riet.birth_month is None
