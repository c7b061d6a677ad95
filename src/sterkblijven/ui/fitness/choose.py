"""Choosing a test from the list, and preparing for it: what to have ready, how it goes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout

from sterkblijven.domain.everyday import RatedResult
from sterkblijven.domain.fitness import FunctionalTest, Retest
from sterkblijven.domain.protocols import FitnessProtocols
from sterkblijven.services.fitness import TestPlan
from sterkblijven.ui.common.view import PictureLoader, View
from sterkblijven.ui.common.widgets import (
    BigButton,
    ErrorLabel,
    PictureView,
    TextLabel,
    clear_layout,
)
from sterkblijven.words.basics import current_language, short_date
from sterkblijven.words.fitness import (
    needs_text,
    retest_text,
    safety_text,
    test_name,
    test_purpose,
    unit_text,
)


class ChooseView(View):
    """The six tests, each with what it shows and when it was last done."""

    chosen = Signal(str)
    back_requested = Signal()
    progress_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.intro = TextLabel()
        self.advice = TextLabel("notice")
        self.tiles = QVBoxLayout()
        self.tiles.setSpacing(12)
        self.error = ErrorLabel()
        for widget in (self.intro, self.advice, self.error):
            self.body.addWidget(widget)
        self.body.addLayout(self.tiles)
        self.body.addStretch(1)
        self.back = BigButton()
        self.progress = BigButton()
        self.footer.addWidget(self.back)
        self.footer.addStretch(1)
        self.footer.addWidget(self.progress)
        self.back.clicked.connect(self.back_requested)
        self.progress.clicked.connect(self.progress_requested)
        self._tests: tuple[FunctionalTest, ...] = ()
        self._latest: dict[str, RatedResult] = {}
        self._retest: Retest | None = None
        self.buttons: dict[str, BigButton] = {}
        self.retranslate_ui()

    def tests(self) -> tuple[FunctionalTest, ...]:
        """Return the tests offered, in order."""
        return self._tests

    def show_tests(
        self,
        tests: tuple[FunctionalTest, ...],
        latest: dict[str, RatedResult],
        retest: Retest | None,
    ) -> None:
        """Show the tests with their last results and why a test is due, if it is."""
        self._tests, self._latest, self._retest = tests, latest, retest
        clear_layout(self.tiles)
        self.buttons = {}
        for test in tests:
            button = BigButton("tile")
            button.clicked.connect(lambda _=False, test_id=test.id: self.chosen.emit(test_id))
            self.tiles.addWidget(button)
            self.buttons[test.id] = button
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Tests"))
        self.intro.setText(
            self.tr(
                "Each test takes a few minutes. Doing them every 6 to 8 weeks shows what your "
                "training does for everyday life."
            )
        )
        self.advice.setVisible(self._retest is not None)
        if self._retest is not None:
            self.advice.setText(retest_text(self._retest))
        for test in self._tests:
            lines = [test_name(test.id), test_purpose(test.id)]
            rated = self._latest.get(test.id)
            if rated is not None:
                lines.append(
                    self.tr("Last time: {result} on {day}.").format(
                        result=unit_text(test.id, rated.result.value),
                        day=short_date(rated.result.taken_at.date()),
                    )
                )
            self.buttons[test.id].setText("\n".join(lines))
        self.back.setText(self.tr("Back"))
        self.progress.setText(self.tr("See your progress"))


class PrepareView(View):
    """What to have ready, how the test goes, and the safety words, with a picture."""

    ready = Signal()
    back_requested = Signal()

    def __init__(
        self,
        protocols: FitnessProtocols,
        load_picture: PictureLoader,
        picture_width: Callable[[], int],
    ) -> None:
        super().__init__()
        self._protocols = protocols
        self._load_picture = load_picture
        self._picture_width = picture_width
        self.picture = PictureView()
        self.needs_heading = TextLabel("heading")
        self.needs = TextLabel()
        self.steps_heading = TextLabel("heading")
        self.steps = TextLabel()
        self.safety = TextLabel("notice")
        self.body.addWidget(self.picture)
        for widget in (
            self.needs_heading,
            self.needs,
            self.steps_heading,
            self.steps,
            self.safety,
        ):
            self.body.addWidget(widget)
        self.body.addStretch(1)
        self.back = BigButton()
        self.go = BigButton("primary")
        self.footer.addWidget(self.back)
        self.footer.addStretch(1)
        self.footer.addWidget(self.go)
        self.back.clicked.connect(self.back_requested)
        self.go.clicked.connect(self.ready)
        self._plan: TestPlan | None = None
        self.retranslate_ui()

    def show_plan(self, plan: TestPlan) -> None:
        """Show the preparation of a test."""
        self._plan = plan
        try:
            shown = self.picture.set_svg(self._load_picture(plan.test.picture))
        except FileNotFoundError:
            shown = False  # the words alone still guide the test
        self.picture.set_display_width(self._picture_width())
        self.picture.setVisible(shown)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.needs_heading.setText(self.tr("Have ready"))
        self.steps_heading.setText(self.tr("How it goes"))
        self.back.setText(self.tr("Back"))
        self.go.setText(self.tr("I am ready"))
        if self._plan is None:
            return
        test = self._plan.test
        self.title.setText(test_name(test.id))
        self.picture.setAccessibleName(self.tr("Picture: how to set up this test"))
        self.needs.setText("\n".join("• " + needs_text(need, self._plan) for need in test.needs))
        steps = self._protocols.steps(test.id, current_language())
        self.steps.setText(
            "\n".join(f"{number}. {step}" for number, step in enumerate(steps, start=1))
        )
        self.safety.setText(safety_text(test))
