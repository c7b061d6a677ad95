"""The end of a session: what was done, compared with last time, and what next time asks."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout

from sterkblijven.domain.catalogue import Catalogue, Exercise
from sterkblijven.domain.day_rest import DAY_REST_REASONS, rest_place
from sterkblijven.domain.progression import Reason
from sterkblijven.domain.session import SkipReason
from sterkblijven.services.training import ExerciseOutcome, SessionReport
from sterkblijven.ui.common.view import View
from sterkblijven.ui.common.widgets import BigButton, Card, TextLabel, button_row, clear_layout
from sterkblijven.words.basics import count_text, current_language
from sterkblijven.words.education import explained
from sterkblijven.words.progression import next_time
from sterkblijven.words.session import joint_phrase


class SummaryView(View):
    """What was done, compared with last time, and what next time asks."""

    home_requested = Signal()

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__()
        self._catalogue = catalogue
        self._report: SessionReport | None = None
        self._name = ""
        # Each exercise's "Why?" button and the text it opens, by place in the session.
        self.why_buttons: dict[int, tuple[BigButton, TextLabel]] = {}
        self._open_why: set[int] = set()
        self.intro = TextLabel()
        self.body.addWidget(self.intro)
        self.lines = QVBoxLayout()
        self.lines.setSpacing(12)
        self.body.addLayout(self.lines)
        self.body.addStretch(1)
        self.home = BigButton("primary")
        self.footer.addStretch(1)
        self.footer.addWidget(self.home)
        self.home.clicked.connect(self.home_requested)
        self.retranslate_ui()

    def show_report(self, report: SessionReport, name: str) -> None:
        """Show a session's summary."""
        self._report = report
        self._name = name
        self._open_why = set()
        self._fill()

    def _fill(self) -> None:
        clear_layout(self.lines)
        self.why_buttons = {}
        report = self._report
        if report is None:
            return
        if report.trained:
            self.title.setText(self.tr("Well done, {name}!").format(name=self._name))
            self.intro.setText(
                self.tr("Sets done today: {sets}. Every session keeps you stronger.").format(
                    sets=report.sets_done
                )
            )
        else:
            # Nothing was done: no praise, and it does not count as a training.
            self.title.setText(self.tr("That is it for today, {name}").format(name=self._name))
            self.intro.setText(
                self.tr(
                    "No exercises were done today. That is fine if your body needed rest. "
                    "This time does not count as a training."
                )
            )
        language = current_language()
        for outcome in report.outcomes:
            exercise = self._catalogue.get(outcome.exercise_id)
            if exercise is None:
                continue
            card = Card()
            name = TextLabel("heading")
            name.setText(exercise.text(language).name)
            what = TextLabel()
            what.setText(self._outcome_text(outcome, exercise))
            card.content.addWidget(name)
            card.content.addWidget(what)
            if outcome.suggestion.reason is not Reason.NO_SETS:  # nothing done: nothing to explain
                self._add_why(card, outcome, name.text())
            self.lines.addWidget(card)

    def _add_why(self, card: Card, outcome: ExerciseOutcome, name: str) -> None:
        """Add "Why?" under an exercise: the reason for next time, its source, what helps."""
        why = BigButton()
        why.setText(self.tr("Why?"))
        why.setAccessibleName(self.tr("Why this for {exercise}?").format(exercise=name))
        reason = TextLabel("muted")
        reason.setText("\n\n".join(explained(outcome.suggestion)))
        reason.setVisible(outcome.position in self._open_why)
        card.content.addLayout(button_row(why))
        card.content.addWidget(reason)
        why.clicked.connect(lambda _c=False, at=outcome.position: self._toggle_why(at))
        self.why_buttons[outcome.position] = (why, reason)

    def _toggle_why(self, position: int) -> None:
        self._open_why ^= {position}
        button_and_text = self.why_buttons.get(position)
        if button_and_text is not None:
            button_and_text[1].setVisible(position in self._open_why)

    def _rest_text(self, reason: SkipReason, exercise: Exercise) -> str:
        report = self._report
        place = None if report is None else rest_place(report.state, exercise, reason)
        if place is None:
            return self.tr("Rested today, after pain in another exercise.")
        if reason is SkipReason.LEGS_REST:
            return self.tr(
                "Rested today, so that you do not fall after the warning sign at {joint}."
            ).format(joint=joint_phrase(place))
        return self.tr("Rested today, to spare {joint}.").format(joint=joint_phrase(place))

    def _outcome_text(self, outcome: ExerciseOutcome, exercise: Exercise) -> str:
        measure = exercise.measure
        parts = []
        if outcome.stopped_for_pain:
            parts.append(
                self.tr(
                    "Stopped because of pain or a warning sign. "
                    "Good that you listened to your body."
                )
            )
        elif outcome.skipped in DAY_REST_REASONS and outcome.best_reps is None:
            parts.append(self._rest_text(outcome.skipped, exercise))
        elif outcome.skipped is not None and outcome.best_reps is None:
            parts.append(self.tr("Skipped today."))
        elif outcome.best_reps is None:
            parts.append(self.tr("Not done this time."))
        if outcome.best_reps is not None:
            parts.append(
                self.tr("Best set: {count}.").format(count=count_text(outcome.best_reps, measure))
            )
            if outcome.previous_best is not None:
                difference = outcome.best_reps - outcome.previous_best
                amount = count_text(abs(difference), measure)
                if difference > 0:
                    parts.append(self.tr("{amount} more than last time!").format(amount=amount))
                elif difference == 0:
                    parts.append(self.tr("The same as last time."))
                else:
                    parts.append(
                        self.tr("{amount} fewer than last time; that happens.").format(
                            amount=amount
                        )
                    )
        parts.append(next_time(outcome.suggestion, outcome.waiting))
        return " ".join(parts)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.home.setText(self.tr("Back to the start"))
        self._fill()
