"""Guided functional tests: choose a test, prepare, do it with a big timer and counter, confirm.

Nothing is stored until the person confirms the result; the timer only runs after Start.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from sterkblijven.domain.fitness import FunctionalTest
from sterkblijven.domain.protocols import FitnessProtocols
from sterkblijven.services.fitness import FitnessTests, TestPlan
from sterkblijven.ui.common.cues import Cues
from sterkblijven.ui.common.operations import attempt
from sterkblijven.ui.common.timing import Clock
from sterkblijven.ui.common.view import PictureLoader
from sterkblijven.ui.common.widgets import GuardedStack
from sterkblijven.ui.fitness.choose import ChooseView, PrepareView
from sterkblijven.ui.fitness.result import RatedView, ResultView
from sterkblijven.ui.fitness.run import RunView


class FitnessPage(QWidget):
    """Routes through the steps of a test for one trainee; each view translates itself."""

    back_requested = Signal()
    progress_requested = Signal()
    saved = Signal()

    def __init__(
        self,
        fitness: FitnessTests,
        protocols: FitnessProtocols,
        load_picture: PictureLoader,
        picture_width: Callable[[], int],
        cues: Cues,
        clock: Clock = time.monotonic,
    ) -> None:
        super().__init__()
        self._fitness = fitness
        self._trainee_id: int | None = None
        self._test: FunctionalTest | None = None
        self._plan: TestPlan | None = None
        self.choose = ChooseView()
        self.prepare = PrepareView(protocols, load_picture, picture_width)
        self.run = RunView(clock, cues)
        self.result = ResultView()
        self.rated = RatedView()
        self.stack = GuardedStack(clock)
        for view in (self.choose, self.prepare, self.run, self.result, self.rated):
            self.stack.addWidget(view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.choose.chosen.connect(self.on_chosen)
        self.choose.back_requested.connect(self.back_requested)
        self.choose.progress_requested.connect(self.progress_requested)
        self.prepare.back_requested.connect(self.show_choice)
        self.prepare.ready.connect(self.on_ready)
        self.run.measured.connect(self.on_measured)
        self.run.started.connect(self.stack.pulse)
        self.run.cancel_requested.connect(lambda: self.stack.setCurrentWidget(self.prepare))
        self.result.again_requested.connect(self.run.restart)
        self.result.save_requested.connect(self.on_save)
        self.result.again_requested.connect(self.on_ready)
        self.result.discard_requested.connect(self.show_choice)
        self.rated.another_requested.connect(self.show_choice)
        self.rated.progress_requested.connect(self.progress_requested)
        self.rated.done.connect(self.back_requested)

    def open(self, trainee_id: int) -> None:
        """Show the list of tests for a trainee."""
        self._trainee_id = trainee_id
        self.show_choice()

    def show_choice(self) -> None:
        """Show the list of tests with their last results."""
        trainee_id = self._trainee_id
        if trainee_id is None:
            return
        self.run.restart()
        ok, found = attempt(
            lambda: (self._fitness.latest(trainee_id), self._fitness.retest(trainee_id)),
            self.choose.error.show_message,
        )
        latest, retest = found if ok and found is not None else ({}, None)
        self.choose.show_tests(self._fitness.tests(), latest, retest)
        self.stack.setCurrentWidget(self.choose)
        first = next(iter(self.choose.buttons.values()), None)
        if first is not None:
            first.setFocus()  # not left on a button of a view now hidden

    def on_chosen(self, test_id: str) -> None:
        """Prepare the chosen test."""
        trainee_id = self._trainee_id
        if trainee_id is None:
            return
        ok, plan = attempt(
            lambda: self._fitness.plan(trainee_id, test_id), self.choose.error.show_message
        )
        if not ok or plan is None:
            return
        self._test = plan.test
        self._plan = plan
        self.prepare.show_plan(plan)
        self.stack.setCurrentWidget(self.prepare)

    def on_ready(self) -> None:
        """Start the test screen, timer not yet running."""
        if self._test is None:
            return
        self.run.show_test(self._test)
        self.stack.setCurrentWidget(self.run)

    def on_measured(self, value: float, used_arms: bool) -> None:
        """Show the measured result to confirm."""
        if self._test is None:
            return
        self.result.show_result(self._test, value, used_arms, self._plan)
        self.stack.setCurrentWidget(self.result)

    def on_save(self, value: float, note: str, used_arms: bool, dumbbell_kg: object) -> None:
        """Store the confirmed result and show how it compares."""
        trainee_id, test = self._trainee_id, self._test
        if trainee_id is None or test is None:
            return
        kg = dumbbell_kg if isinstance(dumbbell_kg, float) else None
        ok, rated = attempt(
            lambda: self._fitness.record(trainee_id, test.id, value, note, used_arms, kg),
            self.result.show_error,
        )
        if not ok or rated is None:
            return
        self.rated.show_rated(rated)
        self.stack.setCurrentWidget(self.rated)
        self.saved.emit()
