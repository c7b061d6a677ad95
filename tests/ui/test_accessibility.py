"""Every screen: each control named for screen readers and at least 48 x 48 px."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from sterkblijven.app import AppContext
from sterkblijven.domain.decisions import Decider
from sterkblijven.ui.shell.main_window import MainWindow
from tests.ui.accessibility import interactive_nodes
from tests.ui.accessibility import problems as node_problems
from tests.ui.flows import complete_wizard


def audit(window: MainWindow, qtbot: QtBot) -> dict[str, list[str]]:
    """Return the accessibility problems of every screen, by screen.

    A screen without any control to check counts as a problem, so the audit cannot pass
    by looking at nothing.
    """
    found: dict[str, list[str]] = {}
    wizard = window.wizard
    assert wizard is not None
    for step in wizard.steps:
        wizard.stack.setCurrentWidget(step)
        qtbot.wait(1)  # let layouts settle through the event loop
        found[f"wizard:{type(step).__name__}"] = problems(window)
    wizard.show_step(0)
    complete_wizard(window, health_concern=True)
    qtbot.wait(1)
    found["home"] = problems(window)
    window.show_catalogue()
    qtbot.wait(1)
    found["catalogue"] = problems(window)
    window.pages.catalogue.tile_buttons()[0].click()
    qtbot.wait(1)
    found["exercise"] = problems(window)
    dialog = window.open_settings()
    qtbot.waitExposed(dialog)
    found["settings"] = problems(dialog)
    dialog.close_button.click()
    for name, show in (
        ("carer", window.show_carer_page),
        ("equipment", lambda: window.show_equipment(1, "Riet")),
        ("routine", lambda: window.show_routine(1, "Riet")),
        ("routine picker", window.pages.routine.show_picker),
        ("suggestions", lambda: window.show_suggestions(1, "Riet", Decider.CARER)),
    ):
        show()
        qtbot.wait(1)
        found[name] = problems(window)
    return found


def problems(widget: QWidget) -> list[str]:
    """Return the screen's accessibility problems, or a note that it has no controls."""
    if not interactive_nodes(widget):
        return ["no controls found"]
    return node_problems(widget)


def test_every_control_is_named_and_large_enough(context: AppContext, qtbot: QtBot) -> None:
    """At the smallest text size, no control lacks a name or is smaller than 48 x 48 px."""
    found = audit(context.window, qtbot)
    assert set(found) >= {"home", "catalogue", "exercise", "settings"}
    assert {screen: issues for screen, issues in found.items() if issues} == {}
    assert len(found) == 9 + 4 + 5  # wizard steps, trainee screens, carer screens


def test_home_speaks_the_routine_to_screen_readers(context: AppContext, qtbot: QtBot) -> None:
    """Each routine exercise is a named button whose description gives load and target."""
    complete_wizard(context.window, health_concern=True)
    qtbot.wait(1)
    names = {node.name: node.description for node in interactive_nodes(context.window)}
    assert "Opstaan uit de stoel" in names
    assert "keer" in names["Opstaan uit de stoel"]
    assert "Alle oefeningen" in names and "Instellingen" in names


@pytest.mark.parametrize("language", ["nl", "en"])
def test_names_exist_in_both_languages(context: AppContext, qtbot: QtBot, language: str) -> None:
    """Switched to either language, the settings dialog's controls are all named."""
    window = context.window
    complete_wizard(window, health_concern=True)
    window.on_preferences_changed(dataclasses.replace(window.preferences(), language=language))
    dialog = window.open_settings()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(
        lambda: dialog.close_button.text() == ("Close" if language == "en" else "Sluiten")
    )
    assert problems(dialog) == []
    dialog.close_button.click()


def test_every_session_screen_is_named_and_large_enough(context: AppContext, qtbot: QtBot) -> None:
    """Warm-up, set, effort, pain, stop advice, rest, confirm, cool-down and summary pass."""
    from sterkblijven.domain.session import Effort, PainPlace, StopSignal
    from tests.ui.session.test_session import open_session

    page = open_session(context)
    window = context.window
    found: dict[str, list[str]] = {"warmup": problems(window)}
    page.warmup.finish.click()
    found["exercise"] = problems(window)
    page.exercise.failure.click()
    found["effort"] = problems(window)
    page.effort.choices[Effort.HARD].click()
    page.pain.levels[7].click()
    page.pain.signals[StopSignal.LOCKING_OR_GIVING_WAY].click()
    page.pain.places[PainPlace.KNEE].click()
    found["pain"] = problems(window)
    page.pain.save.click()
    found["stop advice"] = problems(window)
    page.stop_advice.next.click()
    found["rest after pain"] = problems(window)
    page.rest.go_on.click()
    page.exercise.failure.click()
    page.effort.choices[Effort.EASY].click()
    page.pain.levels[0].click()
    page.pain.save.click()
    found["rest"] = problems(window)
    page.rest.go_on.click()
    page.exercise.stop.click()
    found["confirm"] = problems(window)
    page.confirm_stop.no.click()
    while page.current_view() is page.exercise:
        page.exercise.skip.click()
    found["cooldown"] = problems(window)
    page.cooldown.finish.click()
    found["summary"] = problems(window)
    assert {screen: issues for screen, issues in found.items() if issues} == {}


def test_carer_screens_are_named_and_large_enough(context: AppContext, qtbot: QtBot) -> None:
    """The carer part, its PIN page and the name tiles pass the name and 48 px audit."""
    from tests.ui.carer.test_carer import add_person, open_carer_from_settings

    window = context.window
    complete_wizard(window)
    open_carer_from_settings(window)
    found = {"carer": problems(window)}
    window.pages.carer.new_pin.setText("2580")
    window.pages.carer.save_pin.click()
    first = window.pages.carer._people[0].id or 0
    window.pages.carer.row_buttons(first)[1].click()  # the removal question
    found["carer-remove"] = problems(window)
    add_person(window, "Kees")
    window.start()
    found["choose"] = problems(window)
    window.pages.choose.tile_buttons()[0].click()
    open_carer_from_settings(window)
    found["pin"] = problems(window)
    assert {screen: issues for screen, issues in found.items() if issues} == {}
