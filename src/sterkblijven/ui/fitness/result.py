"""The measured result to confirm or correct, and the stored result in words."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout

from sterkblijven.domain.everyday import RatedResult
from sterkblijven.domain.fitness import FunctionalTest, parse_value, weight_fits_norm
from sterkblijven.domain.model import Sex
from sterkblijven.domain.validation import MAX_NOTE_LENGTH, InputRefused
from sterkblijven.services.fitness import TestPlan
from sterkblijven.ui.common.editing import text_field
from sterkblijven.ui.common.view import View
from sterkblijven.ui.common.widgets import (
    BigButton,
    ChoiceButton,
    ErrorLabel,
    TextLabel,
    button_row,
    choice_grid,
    clear_layout,
    make_exclusive,
)
from sterkblijven.ui.fitness.discard import DiscardQuestion
from sterkblijven.words.basics import number
from sterkblijven.words.fitness import (
    dumbbell_text,
    rated_text,
    test_name,
    unit_text,
)
from sterkblijven.words.progression import balance_news_lines
from sterkblijven.words.refusals import refusal


class ResultView(View):
    """The result to confirm or correct, with a note, before anything is stored."""

    save_requested = Signal(float, str, bool, object)  # value, note, arms, dumbbell kg or None
    again_requested = Signal()
    discard_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.explain = TextLabel()
        self.value = TextLabel("count")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.value.setWordWrap(False)  # a count never breaks over two lines
        self.minus = BigButton()
        self.plus = BigButton()
        self.seconds_label = TextLabel()
        self.seconds = text_field(6)
        self.seconds_label.setBuddy(self.seconds)
        self.used_arms = ChoiceButton()
        # The arm curl's dumbbell: its norm holds for the protocol's weight only.
        self.weight_label = TextLabel("heading")
        self.weights = QVBoxLayout()
        self._weights: list[tuple[float | None, ChoiceButton]] = []
        self._sex: Sex | None = None  # whose norm the weights are held against
        self.note_label = TextLabel()
        self.note = text_field(MAX_NOTE_LENGTH)
        self.note_label.setBuddy(self.note)
        self.error = ErrorLabel()
        self.question = DiscardQuestion()
        self.counted_row = button_row(self.minus, self.value, self.plus)
        self.body.addWidget(self.explain)
        self.body.addLayout(self.counted_row)
        # Right under the count, so that it is in view at 200 % too: it decides the rating.
        self.body.addWidget(self.weight_label)
        self.body.addLayout(self.weights)
        self.body.addWidget(self.seconds_label)
        self.body.addWidget(self.seconds)
        self.body.addLayout(button_row(self.used_arms))
        self.body.addWidget(self.note_label)
        self.body.addWidget(self.note)
        self.body.addWidget(self.error)
        self.body.addWidget(self.question)
        self.body.addStretch(1)
        self.discard = BigButton()
        self.again = BigButton()
        self.save = BigButton("primary")
        for button in (self.discard, self.again):
            self.footer.addWidget(button)
        self.footer.addStretch(1)
        self.footer.addWidget(self.save)
        self.minus.clicked.connect(lambda: self._step(-1))
        self.plus.clicked.connect(lambda: self._step(1))
        self.used_arms.toggled.connect(lambda _checked: self._refresh())
        self.save.clicked.connect(self.on_save)
        self.seconds.returnPressed.connect(self.on_save)
        self.seconds.textEdited.connect(self.on_typed)
        self.again.clicked.connect(self.on_again)
        self.discard.clicked.connect(self.on_discard)
        self._test: FunctionalTest | None = None
        self._count = 0
        self.retranslate_ui()

    def show_result(
        self,
        test: FunctionalTest,
        value: float,
        used_arms: bool = False,
        plan: TestPlan | None = None,
    ) -> None:
        """Show a measured result, ready to confirm or correct.

        For a test with a dumbbell, ``plan`` gives the weights to choose from: those owned,
        the protocol's, and "another weight", with the one prepared for chosen at first.
        """
        self._test = test
        self._count = int(value) if test.counted else 0
        self.seconds.setText(str(self._count) if test.counted else number(value))
        self.used_arms.setChecked(used_arms)
        self.note.clear()
        self.error.show_message("")
        self.question.hide()
        self._show_weights(plan if plan is not None and plan.protocol_kg is not None else None)
        self._refresh()

    def weight_choices(self) -> list[tuple[float | None, ChoiceButton]]:
        """Return the dumbbells offered, each with its button; None is "another weight"."""
        return list(self._weights)

    def dumbbell_kg(self) -> float | None:
        """Return the dumbbell chosen, or None for another weight or a test without one."""
        return next((kg for kg, button in self._weights if button.isChecked()), None)

    def _show_weights(self, plan: TestPlan | None) -> None:
        clear_layout(self.weights)
        self._weights = []
        self.weight_label.setVisible(plan is not None)
        if plan is None or plan.protocol_kg is None:
            return
        protocol = plan.protocol_kg
        offered: list[float | None] = list(plan.owned_kg)
        # The protocol's weight is offered too, unless one owned is it: a borrowed one counts.
        if not any(weight_fits_norm(plan.trainee.sex, kg) for kg in plan.owned_kg):
            offered.append(protocol)
        ordered: list[float | None] = [*sorted(kg for kg in offered if kg is not None), None]
        chosen = plan.dumbbell_kg if plan.dumbbell_kg is not None else protocol
        buttons = [ChoiceButton() for _ in ordered]
        make_exclusive(buttons)
        for kg, button in zip(ordered, buttons, strict=True):
            button.setChecked(kg == chosen)
            self._weights.append((kg, button))
        self.weights.addLayout(choice_grid(buttons, 2))
        self._sex = plan.trainee.sex
        self._name_weights()

    def _name_weights(self) -> None:
        sex = self._sex
        for kg, button in self._weights:
            if kg is None:
                button.set_label(self.tr("Another weight, or I don't know"))
                continue
            shown = dumbbell_text(kg)  # the protocol's 2.27 kg as 2.3 kg, as everywhere
            text = self.tr("{kg} kg").format(kg=shown)
            if sex is not None and weight_fits_norm(sex, kg):
                text = self.tr("{kg} kg (the test's weight)").format(kg=shown)
            button.set_label(text, self.tr("Dumbbell of {kg} kg").format(kg=shown))

    def on_discard(self) -> None:
        """Ask before throwing the result away, then go back to the list."""
        self.question.confirm(self.discard_requested.emit)

    def on_again(self) -> None:
        """Ask before throwing the result away, then do the test again."""
        self.question.confirm(self.again_requested.emit)

    def on_save(self) -> None:
        """Ask to store the result as shown."""
        test = self._test
        if test is None:
            return
        arms = test.id == "chair_stand_30s" and self.used_arms.isChecked()
        if arms:
            value = 0.0
        else:
            try:
                value = parse_value(test.id, self.seconds.text())
            except InputRefused as refused:
                self.show_error(refusal(refused.code, refused.limits))
                self.seconds.setFocus()
                return
        self.save_requested.emit(value, self.note.text(), arms, self.dumbbell_kg())

    def on_typed(self, text: str) -> None:
        """Show a typed count in the large number as well."""
        test = self._test
        if test is None or not test.counted:
            return
        try:
            self._count = int(parse_value(test.id, text))
        except InputRefused:
            return  # Save says what is wrong; the large number keeps the last good count
        self._refresh()

    def show_error(self, text: str) -> None:
        """Show why the result could not be stored."""
        self.error.show_message(text)

    def _step(self, change: int) -> None:
        test = self._test
        if test is None:
            return
        # A typed count is where the buttons go on from: a step test counted aloud is typed.
        with contextlib.suppress(InputRefused):
            self._count = int(parse_value(test.id, self.seconds.text()))
        self._count = max(0, min(int(test.highest), self._count + change))
        self.seconds.setText(str(self._count))
        self._refresh()

    def _refresh(self) -> None:
        test = self._test
        if test is None:
            return
        counted = test.counted
        arms = test.id == "chair_stand_30s" and self.used_arms.isChecked()
        for widget in (self.minus, self.value, self.plus):
            widget.setVisible(counted)
        self.minus.setEnabled(counted and not arms and self._count > 0)
        self.plus.setEnabled(counted and not arms)
        self.value.setText("0" if arms else str(self._count))
        self.value.setAccessibleName(
            self.tr("Result: {result}").format(
                result=unit_text(test.id, 0 if arms else self._count)
            )
        )
        self.seconds_label.setText(self.tr("Or type the number") if counted else self.tr("Seconds"))
        self.seconds.setAccessibleName(self.seconds_label.text())
        self.seconds.setEnabled(not arms)
        self.used_arms.setVisible(test.id == "chair_stand_30s")
        self.title.setText(self.tr("Your result"))
        self.explain.setText(
            self.tr("Correct the count with the buttons if it is not right.")
            if counted
            else self.tr("The stopwatch measured this time. You can correct it.")
        )

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.minus.setText(self.tr("One fewer"))
        self.plus.setText(self.tr("One more"))
        self.used_arms.set_label(self.tr("I needed my arms to stand up (counts as 0)"))
        self.weight_label.setText(self.tr("Which dumbbell did you use?"))
        self._name_weights()
        self.note_label.setText(self.tr("Note (you may leave this empty)"))
        self.note.setAccessibleName(self.tr("Note"))
        self.discard.setText(self.tr("Don't save"))
        self.again.setText(self.tr("Do the test again"))
        self.save.setText(self.tr("Save the result"))
        self._refresh()


class RatedView(View):
    """The stored result, compared with the norms and with the time before."""

    another_requested = Signal()
    progress_requested = Signal()
    done = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.lines = QVBoxLayout()
        self.lines.setSpacing(12)
        self.body.addLayout(self.lines)
        self.body.addStretch(1)
        self.another = BigButton()
        self.progress = BigButton()
        self.finish = BigButton("primary")
        for button in (self.another, self.progress):
            self.footer.addWidget(button)
        self.footer.addStretch(1)
        self.footer.addWidget(self.finish)
        self.another.clicked.connect(self.another_requested)
        self.progress.clicked.connect(self.progress_requested)
        self.finish.clicked.connect(self.done)
        self._rated: RatedResult | None = None
        self.retranslate_ui()

    def show_rated(self, rated: RatedResult) -> None:
        """Show a stored result in words."""
        self._rated = rated
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Saved"))
        self.another.setText(self.tr("Another test"))
        self.progress.setText(self.tr("See your progress"))
        self.finish.setText(self.tr("Done"))
        clear_layout(self.lines)
        rated = self._rated
        if rated is None:
            return
        self.lines.addWidget(_label(test_name(rated.result.test_id), "heading"))
        # Every line plain, the fall-risk words too: a warning box would make them the loudest
        # thing on the screen, and they are meant to be calm advice beside the result.
        for line in rated_text(rated):
            self.lines.addWidget(_label(line, ""))
        if rated.balance is not None:  # a fall-risk result: what changed, and what else helps
            for line in balance_news_lines(rated.balance):
                self.lines.addWidget(_label(line, ""))


def _label(text: str, role: str) -> TextLabel:
    label = TextLabel(role)
    label.setText(text)
    return label
