"""The next-day check-in on home: where it is worse, night pain, and what changed after."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sterkblijven.app import AppContext, build, make_qt_app
from sterkblijven.domain.model import EquipmentKind, Load, RoutineExercise
from sterkblijven.domain.progression import Advice, Reason, Suggestion
from sterkblijven.domain.session import JointFeeling, PainPlace
from sterkblijven.services.catalogue import load_catalogue
from sterkblijven.services.training import Effort, SetInput, Training
from sterkblijven.ui.common import audit
from sterkblijven.ui.home.page import HomePage
from sterkblijven.words.progression import suggestion_text, why_text
from tests.clocks import ManualClock
from tests.conftest import NOW
from tests.ui.flows import complete_wizard


@dataclass
class Day:
    """The running app the day after a whole session, and what home shows."""

    context: AppContext
    home: HomePage
    clock: ManualClock


@pytest.fixture
def next_day(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> Iterator[Day]:
    """Return the app on the morning after Riet did every exercise of her first plan."""
    clock = ManualClock(NOW)
    problems: list[str] = []
    context = build(
        make_qt_app([]), tmp_path / "data", language="nl", report=problems.append, clock=clock
    )
    assert context is not None, problems
    try:
        window = context.window
        window.resize(1366, 768)
        window.start()
        window.show()
        complete_wizard(window)
        home = window.pages.home
        overview = home.overview()
        assert overview is not None and overview.trainee.id is not None
        training = Training(context.database, load_catalogue(), clock)
        state = training.finish_warmup(training.start(overview.trainee.id).id)
        entry = SetInput(reps=20, reached_failure=True, effort=Effort.HARD, pain=1)
        for progress in state.exercises:
            for _ in range(progress.item.sets):
                training.record_set(state.id, progress.position, entry)
        training.finish(state.id)
        clock.now = NOW + timedelta(days=1)
        window.show_home()
        assert home.checkin.isVisible()
        yield Day(context, home, clock)
    finally:
        context.close()
    assert problems == []


def wording(text: str) -> str:
    """Return a text of the words modules as the app shows it in the current language."""
    return QCoreApplication.translate("Wording", text)


def test_worse_asks_where_and_lowers_only_that_place_with_calm_words(next_day: Day) -> None:
    """Worse at the knee: the knee work rests, arms go on; early soreness is normal; no GP."""
    home, card = next_day.home, next_day.home.checkin
    assert not card.places_box.isVisible()
    card.joints[JointFeeling.WORSE].click()
    assert card.places_box.isVisible()  # asked only now
    card.night_no.click()
    card.stiff_no.click()
    card.save.click()
    assert card.error.isVisible()  # where is still to be answered
    card.places[PainPlace.KNEE].click()
    card.save.click()
    assert card.acknowledgement.isVisible() and not card.questions.isVisible()
    overview = home.overview()
    assert overview is not None and overview.routine is not None
    resting = [item for item in overview.routine.exercises if item.paused]
    others = [item for item in overview.routine.exercises if not item.paused]
    catalogue = load_catalogue()
    assert resting and others
    for item in resting:
        exercise = catalogue.get(item.exercise_id)
        assert exercise is not None and PainPlace.KNEE in exercise.joints
        assert exercise.text("nl").name in card.changes.text()
    assert card.reassurance.isVisible() and not card.gp.isVisible()
    card.done.click()
    assert not card.isVisible()


def test_night_pain_asks_where_and_advises_the_gp(next_day: Day) -> None:
    """Joints as usual but woken by pain in the shoulder: lowered, and the GP is advised."""
    card = next_day.home.checkin
    card.joints[JointFeeling.SAME].click()
    card.stiff_no.click()
    card.night_yes.click()
    assert card.places_box.isVisible()
    card.not_known.click()
    card.places[PainPlace.SHOULDER].click()
    assert not card.not_known.isChecked()  # a place replaces "I don't know"
    card.save.click()
    assert card.gp.isVisible() and not card.reassurance.isVisible()
    assert card.changes.text()


def test_a_good_answer_says_the_plan_stays_and_closes(next_day: Day) -> None:
    """As usual, no night pain, no long stiffness: "your plan stays as it is", then closed."""
    home, card = next_day.home, next_day.home.checkin
    before = home.overview()
    card.joints[JointFeeling.SAME].click()
    card.night_no.click()
    card.stiff_no.click()
    assert not card.places_box.isVisible()
    card.save.click()
    assert card.summary.text() == wording("Good, your plan stays as it is.")
    assert not card.gp.isVisible() and not card.reassurance.isVisible()
    after = home.overview()
    assert before is not None and after is not None and after.routine == before.routine
    next_day.context.window.show_home()  # home reads its data again: the message stays
    assert card.acknowledgement.isVisible()
    card.done.click()
    assert not card.isVisible()


def test_both_states_of_the_card_are_named_and_large_enough(next_day: Day) -> None:
    """The questions with the places, and the message after, pass the accessibility audit."""
    card, window = next_day.home.checkin, next_day.context.window
    card.joints[JointFeeling.WORSE].click()
    card.night_yes.click()
    QApplication.processEvents()
    assert audit.unnamed(window) + audit.too_small(window) == []
    card.stiff_no.click()
    card.places[PainPlace.HIP].click()
    card.save.click()
    QApplication.processEvents()
    assert card.acknowledgement.isVisible()
    assert audit.unnamed(window) + audit.too_small(window) == []
    assert card.done.accessibleName() == QCoreApplication.translate(
        "CheckinCard", "Close the message about your answers"
    )


def test_the_gp_is_named_on_a_pause_only_when_the_rule_asks_for_it(qapp: QApplication) -> None:
    """A first worse next day rests an exercise without a word about the GP; night pain names it."""
    light = RoutineExercise("chair_squat", Load(EquipmentKind.DUMBBELL, kg=1.0))
    rest = RoutineExercise("chair_squat", Load(EquipmentKind.DUMBBELL, kg=1.0), paused=True)
    first = Suggestion(Advice.PAUSE, Reason.NEXT_DAY, light, rest, see_gp=False)
    night = Suggestion(Advice.PAUSE, Reason.NIGHT_PAIN, light, rest, see_gp=True)
    assert "GP" not in suggestion_text(first)
    assert "GP" in suggestion_text(night)
    for reason in Reason:
        assert why_text(Suggestion(Advice.SAME, reason, light, light))
