"""A hospital stay through the screens: the form, the advice it proposes, clearance, lifting."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from sterkblijven.app import AppContext
from sterkblijven.domain.hospital import ClearedBy, StayReason
from sterkblijven.services.setup import Setup
from sterkblijven.ui.carer.page import CarerPage
from sterkblijven.ui.common.widgets import BigButton
from sterkblijven.ui.shell.main_window import MainWindow
from tests.conftest import NOW
from tests.ui.accessibility import problems
from tests.ui.carer.test_carer import open_carer_from_settings
from tests.ui.flows import complete_wizard


def plan_of(context: AppContext) -> list[str]:
    """Return the exercises of Riet's plan as stored."""
    setup = Setup(context.database, context.window.pages.home._catalogue, lambda: NOW)
    routine = setup.routine(1)
    assert routine is not None
    return [item.exercise_id for item in routine.exercises]


def open_health(window: MainWindow) -> CarerPage:
    """Open Riet's hospital stays and movement advice in the carer part."""
    open_carer_from_settings(window)
    carer = window.pages.carer
    (health,) = [button for button in carer.row_buttons(1) if button.objectName() == "health"]
    health.click()
    QApplication.processEvents()  # the person's card, with the panel in it, is shown
    assert carer.health.isVisible()
    return carer


def report_hip_stay(carer: CarerPage, admitted: str, home: str) -> None:
    """Fill in the stay's form: the days, a hip operated on from the back; save it."""
    panel = carer.health
    panel.buttons["report"].click()
    panel.fields["admitted"].setText(admitted)
    panel.fields["discharged"].setText(home)
    panel.choices[StayReason.HIP].click()
    panel.choices[("hip", StayReason.HIP_BACK)].click()
    panel.buttons["save"].click()


def test_a_stay_with_a_new_hip_waits_for_clearance_and_leaves_out_deep_bending(
    context: AppContext,
) -> None:
    """A hip stay is recorded; its advice takes out the chair squat; home waits for clearance."""
    window = context.window
    complete_wizard(window)
    assert "chair_squat" in plan_of(context)
    carer = open_health(window)
    panel = carer.health
    report_hip_stay(carer, "31-2-2026", "16-11-2026")
    assert panel.error.isVisible() and "3-11-2026" in panel.error.text()  # how to type it
    assert (
        Setup(context.database, window.pages.home._catalogue, lambda: NOW).health.overview(1).stays
        == ()
    )
    panel.fields["admitted"].setText("10-11-2026")
    panel.buttons["save"].click()
    assert not panel.error.isVisible()
    assert "set:hip_back" in panel.buttons  # the advice a hip from the back usually brings
    assert problems(panel) == []
    panel.buttons["set:hip_back"].click()
    assert "chair_squat" not in plan_of(context) and "sit_to_stand" not in plan_of(context)
    assert "lift:hip_back" in panel.buttons
    assert "Nieuwe heup" in panel.buttons["lift:hip_back"].accessibleName()
    panel.buttons["close"].click()
    window.show_home()
    home = window.pages.home
    assert home.clearance.isVisible() and home.start.isHidden()
    home.clearance_save.click()
    assert home.clearance_error.isVisible()  # who said so is asked first
    home.clearers[ClearedBy.GP].click()
    home.clearance_save.click()
    assert home.clearance.isHidden() and home.start.isVisible()


def test_the_carer_records_clearance_and_lifts_the_advice_after_a_question(
    context: AppContext,
) -> None:
    """Clearance is recorded in the panel; lifting asks first, then offers the old exercises."""
    window = context.window
    complete_wizard(window)
    before = plan_of(context)
    carer = open_health(window)
    panel = carer.health
    report_hip_stay(carer, "1-11-2026", "8-11-2026")
    panel.buttons["set:hip_back"].click()
    panel.buttons["clear"].click()
    assert panel.error.isVisible()  # who said so, first
    panel.choices[ClearedBy.PHYSIOTHERAPIST].click()
    panel.fields["cleared"].setText("17-11-2026")
    panel.buttons["clear"].click()
    assert not panel.error.isVisible() and "clear" not in panel.buttons
    panel.buttons["lift:hip_back"].click()
    assert "keep" in panel.buttons  # a question first
    panel.buttons["lift"].click()
    assert set(panel.buttons) >= {"put_back", "keep_plan"}
    panel.buttons["put_back"].click()
    assert sorted(plan_of(context)) == sorted(before)
    assert not any(name.startswith("lift:") for name in panel.buttons)


def test_the_picker_does_not_offer_what_the_advice_rules_out(context: AppContext) -> None:
    """With a new hip, the plan's picker offers no chair squat and says why."""
    window = context.window
    complete_wizard(window)
    Setup(context.database, window.pages.home._catalogue, lambda: NOW).health.start_precaution(
        1, "hip_back"
    )
    open_carer_from_settings(window)
    window.show_routine(1, "Riet")
    page = window.pages.routine
    page.show_picker()
    offered = page.offer_buttons()
    assert "chair_squat" not in offered and "sit_to_stand" not in offered
    assert "seated_leg_press" not in offered
    assert "calf_raise" in offered or "side_leg_raise" in offered
    note = page.picker_page.advice_note
    assert note.isVisible() and "Nieuwe heup" in note.text()
    assert "Kniebuiging achter de stoel" in note.text()  # the chair squat, named


def test_every_view_of_the_panel_is_named_and_large_enough(context: AppContext) -> None:
    """The stay's form, the advice list and the questions have names and 48 px targets."""
    window = context.window
    complete_wizard(window)
    carer = open_health(window)
    panel = carer.health
    assert problems(panel) == []
    panel.buttons["report"].click()
    panel.choices[StayReason.HIP].click()
    assert problems(panel) == []
    panel.buttons["cancel"].click()
    panel.buttons["advice"].click()
    assert problems(panel) == []
    assert all(isinstance(button, BigButton) for button in panel.buttons.values())
