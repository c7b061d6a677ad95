"""The exercise screen says how to do the exercise today: the balance step, or the way."""

from __future__ import annotations

from sterkblijven.app import AppContext
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.model import EquipmentKind, Load, Routine, RoutineExercise
from sterkblijven.services.setup import Setup
from tests.conftest import NOW
from tests.ui.flows import complete_wizard
from tests.ui.session.test_session import do_set

BODY = Load(EquipmentKind.BODYWEIGHT)


def test_the_balance_step_and_the_way_with_body_weight_are_shown(
    context: AppContext, catalogue: Catalogue
) -> None:
    """Standing on one leg at step 3 shows that step; sit-to-stand shows its body-weight way."""
    window = context.window
    complete_wizard(window)
    stand = RoutineExercise("single_leg_stand", BODY, rep_min=10, rep_max=30, balance_level=2)
    sit = RoutineExercise("sit_to_stand", BODY)
    Setup(context.database, catalogue, lambda: NOW).save_routine(1, Routine((stand, sit)))
    window.pages.home.start.click()
    page = window.pages.session
    page.warmup.finish.click()
    assert page.current_view() is page.exercise
    single = catalogue.get("single_leg_stand")
    assert single is not None
    way = page.exercise.way.text()
    assert single.balance_levels[2].text("nl") in way and "3" in way and "6" in way
    assert page.exercise.way.isVisible()
    do_set(page, 20)
    if page.current_view() is page.rest:
        page.rest.go_on.click()
    rise = catalogue.get("sit_to_stand")
    assert rise is not None
    assert page.exercise.way.text() == rise.text("nl").variants[EquipmentKind.BODYWEIGHT]
