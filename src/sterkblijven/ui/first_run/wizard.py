"""The first-run wizard: the steps in order, with Back and Next, ending in the answers."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from sterkblijven.domain.model import Equipment, Sex
from sterkblijven.services.onboarding import FirstRunAnswers
from sterkblijven.ui.common.widgets import (
    BigButton,
    GuardedStack,
    Retranslating,
    TextLabel,
    button_row,
    page_with_footer,
)
from sterkblijven.ui.first_run.equipment_steps import BandStep, DumbbellStep
from sterkblijven.ui.first_run.steps import (
    AdviceStep,
    EquipmentSourceStep,
    LanguageStep,
    PersonCheck,
    PersonStep,
    PinStep,
    ReadinessStep,
    SummaryStep,
    WizardStep,
)


class FirstRunWizard(Retranslating, QWidget):
    """The steps in order, with Back and Next; emits the answers at the end."""

    completed = Signal(object)
    language_chosen = Signal(str)
    # Text size in percent and high contrast, as chosen on the first step.
    display_chosen = Signal(int, bool)
    cancelled = Signal()
    # The person chose to keep the data on a practice's server (carers of a practice).
    server_requested = Signal()

    def __init__(
        self,
        check_person: PersonCheck,
        language: str,
        parent: QWidget | None = None,
        clock: Callable[[], float] = time.monotonic,
        cancellable: bool = False,
        text_scale: int = 100,
        high_contrast: bool = False,
        offers_server: bool = False,
        equipment_sources: Sequence[tuple[str, Equipment]] = (),
    ) -> None:
        """Make the steps; ``cancellable`` when someone is added from the carer part.

        A computer set up already keeps its language, text size and PIN; ``equipment_sources``
        are who trains here already, with their equipment, offered to copy.
        """
        super().__init__(parent)
        self._cancellable = cancellable  # adding another person can be called off
        self.language_step = LanguageStep(
            language, text_scale=text_scale, high_contrast=high_contrast
        )
        # A quiet way to a practice's server, last on the first page: at home it is passed by.
        self.to_server = BigButton("", self)
        if offers_server and not cancellable:
            body = self.language_step.body
            body.insertLayout(body.count() - 2, button_row(self.to_server))  # above the error
        else:
            self.to_server.hide()
        self.person_step = PersonStep(check_person)
        self.readiness_step = ReadinessStep()
        self.advice_step = AdviceStep()
        self.equipment_source_step = EquipmentSourceStep(equipment_sources)
        self.dumbbell_step = DumbbellStep()
        self.band_step = BandStep()
        self.pin_step = PinStep()
        self.summary_step = SummaryStep()
        self.steps: list[WizardStep] = [
            self.language_step,
            self.person_step,
            self.readiness_step,
            self.advice_step,
            self.equipment_source_step,
            self.dumbbell_step,
            self.band_step,
            self.pin_step,
            self.summary_step,
        ]
        self.stack = GuardedStack(clock)
        for step in self.steps:
            self.stack.addWidget(step)
        self.progress = TextLabel("muted")
        self.back = BigButton()
        self.next = BigButton("primary")
        self.stack.guard_also(self.back, self.next)
        footer = QHBoxLayout()
        footer.setSpacing(16)
        footer.addWidget(self.back)
        footer.addWidget(self.progress, 1, Qt.AlignmentFlag.AlignCenter)
        footer.addWidget(self.next)
        page_with_footer(self, self.stack, footer)
        self._connect_signals()
        self.retranslate_ui()
        self.show_step(0)

    def _connect_signals(self) -> None:
        self.back.clicked.connect(self.on_back_clicked)
        self.next.clicked.connect(self.on_next_clicked)
        self.to_server.clicked.connect(self.server_requested)
        self.language_step.language_chosen.connect(self.language_chosen)
        self.language_step.seeing.chosen.connect(self.on_display_chosen)
        source = self.equipment_source_step
        for choice in (source.own, *source.copies):
            # Copying skips the equipment steps: the count of steps follows at once.
            choice.toggled.connect(lambda _on: self._update_footer())

    def on_display_chosen(self, text_scale: int, high_contrast: bool) -> None:
        """Pass on a new text size or contrast, then keep the pressed button in view."""
        self.display_chosen.emit(text_scale, high_contrast)
        # The page grew or shrank with the new size, applied while the signal was handled.
        self.language_step.keep_choice_in_view()

    def visible_steps(self) -> list[WizardStep]:
        """Return the steps that apply to the answers so far, in order."""
        steps = list(self.steps)
        if not self.readiness_step.form.open_topics():
            steps.remove(self.advice_step)
        if self._cancellable:
            # Adding someone happens in the carer part of a computer set up already: its
            # language, text size and PIN are chosen; only the new person's own steps remain.
            steps.remove(self.language_step)
            steps.remove(self.pin_step)
        if not self._cancellable or not self.equipment_source_step.copies:
            steps.remove(self.equipment_source_step)
        elif self.equipment_source_step.copied() is not None:
            steps.remove(self.dumbbell_step)
            steps.remove(self.band_step)
        return steps

    def current_step(self) -> WizardStep:
        """Return the step on screen."""
        step = self.stack.currentWidget()
        assert isinstance(step, WizardStep)
        return step

    def show_step(self, index: int) -> None:
        """Show the step at ``index`` among the steps that apply."""
        steps = self.visible_steps()
        step = steps[index]
        if step is self.summary_step:
            self.summary_step.show_answers(self.answers())
        if step is self.advice_step:
            self.advice_step.show_topics(self.readiness_step.form.open_topics())
        self.stack.setCurrentWidget(step)
        step.error.show_message("")
        self.back.setVisible(index > 0 or self._cancellable)
        self._update_footer()
        step.verticalScrollBar().setValue(0)
        if self.isVisible():
            self._focus_first_control(step)

    def _focus_first_control(self, step: WizardStep) -> None:
        # Keyboard users start on the step's first control, not on the button they just used.
        inner = step.widget()
        controls = inner.findChildren(QWidget) if inner is not None else []
        for widget in controls:
            policy = widget.focusPolicy()
            if (
                widget.isVisibleTo(step)
                and policy & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
        self.next.setFocus(Qt.FocusReason.TabFocusReason)

    def _update_footer(self) -> None:
        steps = self.visible_steps()
        if self.current_step() not in steps:
            return  # while the first step that applies is still to be shown
        index = steps.index(self.current_step())
        self.progress.setText(
            self.tr("Step {number} of {total}").format(number=index + 1, total=len(steps))
        )
        last = index == len(steps) - 1
        self.next.setText(self.tr("Finish") if last else self.tr("Next"))
        self.back.setText(self.tr("Cancel") if index == 0 else self.tr("Back"))

    def on_back_clicked(self) -> None:
        """Go one step back; nothing entered is lost."""
        steps = self.visible_steps()
        index = steps.index(self.current_step())
        if index > 0:
            self.show_step(index - 1)
        elif self._cancellable:
            self.cancelled.emit()

    def on_next_clicked(self) -> None:
        """Check the step; go on, or say in plain words what is missing."""
        step = self.current_step()
        problem = step.problem()
        step.error.show_message(problem)
        if problem:
            return
        steps = self.visible_steps()
        index = steps.index(step)
        if index == len(steps) - 1:
            # One tap finishes; a second (a double tap) must not submit the answers again.
            self.next.setEnabled(False)
            self.completed.emit(self.answers())
        else:
            self.show_step(index + 1)

    def show_problem(self, text: str) -> None:
        """Show a problem reported after Finish on the current step, and allow a retry."""
        self.current_step().error.show_message(text)
        self.next.setEnabled(True)

    def answers(self) -> FirstRunAnswers:
        """Return everything entered so far."""
        yes = self.readiness_step.yes_answers()
        copied = self.equipment_source_step.copied() if self._cancellable else None
        return FirstRunAnswers(
            name=self.person_step.name.text(),
            birth_year=self.person_step.year.text(),
            birth_month=self.person_step.birth_month.month(),
            sex=self.person_step.sex() or Sex.FEMALE,
            readiness_yes=yes,
            readiness_confirmed=bool(self.readiness_step.form.open_topics())
            and self.advice_step.confirmed(),
            dumbbells_kg=self.dumbbell_step.chosen() if copied is None else copied.dumbbells_kg,
            bands=self.band_step.chosen() if copied is None else copied.bands,
            language=self.language_step.language(),
            carer_pin="" if self._cancellable else self.pin_step.chosen(),
        )

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.back.setText(self.tr("Back"))
        self.to_server.setText(self.tr("Data on a practice server"))
        if self.stack.count() and self.stack.currentWidget() is not None:
            self._update_footer()
