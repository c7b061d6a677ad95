"""Home asks the health questions again a year on, or after a hospital stay, before training."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from sterkblijven.app import AppContext, build, make_qt_app
from sterkblijven.domain import readiness
from sterkblijven.domain.hospital import ClearedBy
from sterkblijven.domain.readiness import Recheck
from sterkblijven.ui.common.readiness_dialog import ReadinessDialog
from sterkblijven.ui.home.page import HomePage
from sterkblijven.words.readiness import recheck_text, topic_name
from tests.clocks import ManualClock
from tests.conftest import NOW
from tests.ui.flows import complete_wizard


@dataclass
class Running:
    """The app on a clock the test moves, after the first run."""

    context: AppContext
    clock: ManualClock[datetime]
    trainee_id: int

    @property
    def home(self) -> HomePage:
        """Return the home page."""
        return self.context.window.pages.home

    def later(self, days: int) -> None:
        """Move the clock on and show home again."""
        self.clock.now += timedelta(days=days)
        self.context.window.show_home()


@pytest.fixture
def running(qapp: QApplication, tmp_path: Path) -> Iterator[Running]:
    """Return the app after the first run of Riet, who answered every question no."""
    clock = ManualClock(NOW)
    problems: list[str] = []
    context = build(
        make_qt_app([]),
        tmp_path / "data",
        language="nl",
        report=problems.append,
        clock=clock,
        speech_engine="mock",
    )
    assert context is not None, problems
    context.window.resize(1100, 820)
    context.window.start()
    context.window.show()
    complete_wizard(context.window)
    (trainee,) = context.window._parts.home.trainees()
    assert trainee.id is not None
    yield Running(context, clock, trainee.id)
    context.close()
    assert problems == []


def answer_all_no(dialog: ReadinessDialog) -> None:
    """Answer every first question of the dialog with no."""
    for code in readiness.QUESTIONS:
        dialog.form.answer_buttons(code)[1].click()


def open_dialog(home: HomePage) -> ReadinessDialog:
    """Tap the button that asks the questions again; return the dialog it opens."""
    assert home.recheck.isVisible()
    home.recheck_button.click()
    dialog = home.health_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_a_year_later_home_asks_the_questions_before_the_next_session(running: Running) -> None:
    """After 365 days Start waits for the check; answering it stores a new one and frees Start."""
    home = running.home
    assert home.start.isVisible() and not home.recheck.isVisible()
    running.later(364)
    assert home.start.isVisible()
    running.later(1)
    assert not home.start.isVisible() and not home.tests_button.isVisible()
    assert home.recheck_text.text() == recheck_text(Recheck.YEAR)
    dialog = open_dialog(home)
    dialog.save.click()
    assert dialog.isVisible() and dialog.error.isVisible()  # nothing answered yet
    answer_all_no(dialog)
    assert not dialog.advice.isVisible()
    dialog.save.click()
    assert not dialog.isVisible()
    assert home.start.isVisible() and not home.recheck.isVisible()
    overview = running.context.window._parts.home.overview(running.trainee_id)
    assert overview.readiness is not None and overview.readiness.answered_at == running.clock()


def test_later_keeps_the_question_for_next_time(running: Running) -> None:
    """Closing the questions with Later stores nothing; home still asks before training."""
    running.later(400)
    dialog = open_dialog(running.home)
    answer_all_no(dialog)
    dialog.later.click()
    assert not dialog.isVisible()
    assert running.home.recheck.isVisible() and not running.home.start.isVisible()


def test_after_a_hospital_stay_an_open_answer_waits_for_the_gp(running: Running) -> None:
    """A hospital stay asks again; a follow-up that stays yes needs the GP talk confirmed."""
    running.later(20)
    running.context.window._parts.setup.report_hospital_stay(running.trainee_id)
    running.later(1)
    home = running.home
    assert home.recheck_text.text() == recheck_text(Recheck.HOSPITAL)
    dialog = open_dialog(home)
    answer_all_no(dialog)
    dialog.form.answer_buttons("dizzy")[0].click()
    dialog.form.answer_buttons("dizzy.fainted")[0].click()
    dialog.form.answer_buttons("dizzy.cause_unknown")[1].click()
    assert dialog.advice.isVisible()
    assert topic_name("dizzy") in dialog.choice.topics.text()
    dialog.save.click()
    assert dialog.isVisible() and dialog.error.isVisible()  # talked already, or later?
    dialog.choice.later.click()
    dialog.save.click()
    assert not dialog.isVisible()
    assert not home.recheck.isVisible() and not home.start.isVisible()
    assert home.notice.isVisible() and topic_name("dizzy") in home.notice_text.text()
    home.confirm.click()
    assert not home.notice.isVisible()
    # The hospital stay also waits for the GP's, specialist's or physiotherapist's word.
    assert home.clearance.isVisible() and not home.start.isVisible()
    home.clearers[ClearedBy.GP].click()
    home.clearance_save.click()
    assert home.start.isVisible() and not home.clearance.isVisible()
