"""The next-day check-in on home: the questions, and what the answer changed.

The card asks how the joints feel, whether pain woke the person at night and whether the
morning stiffness lasted over half an hour; for worse joints or night pain it then asks where.
After saving it tells what changed, in calm words, until the person closes it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.checkin import CheckinAnswer
from sterkblijven.domain.session import JointFeeling, PainPlace
from sterkblijven.ui.common.widgets import (
    BigButton,
    Card,
    ChoiceButton,
    ErrorLabel,
    Retranslating,
    TextLabel,
    button_row,
    choice_grid,
    make_exclusive,
)
from sterkblijven.words.basics import current_language
from sterkblijven.words.checkin import changed_lines, gp_advice, reassurance, what_changed
from sterkblijven.words.session import pain_place_name

if TYPE_CHECKING:
    from sterkblijven.services.checkins import CheckinOutcome

# Texts that moved here from the home page keep its context, and so their Dutch. Calls read
# translate(CONTEXT, "...") literally, so pyside6-lupdate can find the texts.
translate = QCoreApplication.translate
PLACE_COLUMNS = 3  # three a row: "Somewhere else" still fits on its button at 200 %


class CheckinCard(Retranslating, Card):
    """Asks the next-day questions once, then shows what the answer changed."""

    answered = Signal(object)  # a CheckinAnswer, once every question that counts is answered

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__("notice", parent)
        self._catalogue = catalogue
        self._outcome: CheckinOutcome | None = None
        self.title = TextLabel("heading")
        self.content.addWidget(self.title)
        self.questions = QWidget()
        asking = QVBoxLayout(self.questions)
        asking.setContentsMargins(0, 0, 0, 0)
        asking.setSpacing(12)
        self.joints_question = TextLabel()
        self.joints = {feeling: ChoiceButton() for feeling in JointFeeling}
        make_exclusive(tuple(self.joints.values()))
        self.night_question = TextLabel()
        self.night_yes, self.night_no = ChoiceButton(), ChoiceButton()
        make_exclusive((self.night_yes, self.night_no))
        self.stiffness_question = TextLabel()
        self.stiff_yes, self.stiff_no = ChoiceButton(), ChoiceButton()
        make_exclusive((self.stiff_yes, self.stiff_no))
        asking.addWidget(self.joints_question)
        asking.addLayout(button_row(*self.joints.values()))
        asking.addWidget(self.night_question)
        asking.addLayout(button_row(self.night_yes, self.night_no))
        asking.addWidget(self.stiffness_question)
        asking.addLayout(button_row(self.stiff_yes, self.stiff_no))
        # Where: asked last, so the questions above never move when it appears.
        self.places_box = QWidget()
        where = QVBoxLayout(self.places_box)
        where.setContentsMargins(0, 0, 0, 0)
        where.setSpacing(12)
        self.places_question = TextLabel()
        self.places = {place: ChoiceButton() for place in PainPlace}
        self.not_known = ChoiceButton()
        where.addWidget(self.places_question)
        where.addLayout(choice_grid([*self.places.values(), self.not_known], PLACE_COLUMNS))
        self.places_box.hide()
        asking.addWidget(self.places_box)
        self.error = ErrorLabel()
        self.save = BigButton("primary")
        asking.addWidget(self.error)
        asking.addLayout(button_row(self.save))
        self.content.addWidget(self.questions)
        self.acknowledgement = QWidget()
        told = QVBoxLayout(self.acknowledgement)
        told.setContentsMargins(0, 0, 0, 0)
        told.setSpacing(12)
        self.summary = TextLabel()
        self.changes = TextLabel()
        self.gp = TextLabel()
        self.reassurance = TextLabel()
        self.done = BigButton("primary")
        for widget in (self.summary, self.changes, self.gp, self.reassurance):
            told.addWidget(widget)
        told.addLayout(button_row(self.done))
        self.acknowledgement.hide()
        self.content.addWidget(self.acknowledgement)
        self._connect_signals()
        self.retranslate_ui()

    def _connect_signals(self) -> None:
        for button in (*self.joints.values(), self.night_yes, self.night_no):
            button.toggled.connect(self._update_places)
        for button in self.places.values():
            button.toggled.connect(self._on_place)
        self.not_known.toggled.connect(self._on_not_known)
        self.save.clicked.connect(self.on_save)
        self.done.clicked.connect(self.on_close)

    def acknowledging(self) -> bool:
        """Return True while the answer's outcome is on screen, not yet closed."""
        return self._outcome is not None

    def ask(self, due: bool) -> None:
        """Show the questions when a session waits for its answer, unless an outcome is open."""
        if self._outcome is not None:
            self.show()
            return
        if due and self.isHidden():
            self._clear()
        self.questions.show()
        self.acknowledgement.hide()
        self.setVisible(due)

    def reset(self) -> None:
        """Forget the answers and the outcome, and hide."""
        self._outcome = None
        self._fill_outcome()
        self._clear()
        self.hide()

    def on_save(self) -> None:
        """Send the answers once every question is answered, with a place where one is asked."""
        answer = self.answer()
        if answer is None:
            self.error.show_message(self.tr("Please answer every question."))
            return
        if answer.asks_where and not answer.places and not self.not_known.isChecked():
            self.error.show_message(
                self.tr("Please choose where you feel it. Not sure? Then choose: I don't know.")
            )
            return
        self.error.show_message("")
        self.answered.emit(answer)

    def answer(self) -> CheckinAnswer | None:
        """Return the answers given, or None while a question is unanswered."""
        feeling = next((f for f, b in self.joints.items() if b.isChecked()), None)
        night = self._yes_no(self.night_yes, self.night_no)
        stiff = self._yes_no(self.stiff_yes, self.stiff_no)
        if feeling is None or night is None or stiff is None:
            return None
        places = frozenset(place for place, button in self.places.items() if button.isChecked())
        return CheckinAnswer(feeling, stiff, night, places)

    def show_outcome(self, outcome: CheckinOutcome) -> None:
        """Tell what the answer changed, until the person closes it."""
        self._outcome = outcome
        self._fill_outcome()
        self.questions.hide()
        self.acknowledgement.show()
        self.show()
        self.done.setFocus()  # keyboard and screen reader users land on what comes next

    def on_close(self) -> None:
        """Close the message about the answers."""
        self.reset()

    def _fill_outcome(self) -> None:
        outcome = self._outcome
        if outcome is None:
            self.title.setText(translate("HomePage", "How are you after your last session?"))
            return
        self.title.setText(self.tr("Thank you for your answers"))
        self.summary.setText(what_changed(outcome))
        lines = changed_lines(outcome, self._name)
        self.changes.setText("\n".join(lines))
        self.changes.setVisible(bool(lines))
        advice, calm = gp_advice(outcome), reassurance(outcome)
        self.gp.setText(advice)
        self.gp.setVisible(bool(advice))
        self.reassurance.setText(calm)
        self.reassurance.setVisible(bool(calm))

    def _name(self, exercise_id: str) -> str:
        exercise = self._catalogue.get(exercise_id)
        return exercise_id if exercise is None else exercise.text(current_language()).name

    def _clear(self) -> None:
        for button in (
            *self.joints.values(),
            self.night_yes,
            self.night_no,
            self.stiff_yes,
            self.stiff_no,
            *self.places.values(),
            self.not_known,
        ):
            button.setChecked(False)
        self.error.show_message("")
        self._update_places()

    def _update_places(self, _checked: bool = False) -> None:
        worse = self.joints[JointFeeling.WORSE].isChecked()
        self.places_box.setVisible(worse or self.night_yes.isChecked())

    def _on_place(self, checked: bool) -> None:
        if checked:
            self.not_known.setChecked(False)

    def _on_not_known(self, checked: bool) -> None:
        if checked:
            for button in self.places.values():
                button.setChecked(False)

    @staticmethod
    def _yes_no(yes: ChoiceButton, no: ChoiceButton) -> bool | None:
        if yes.isChecked():
            return True
        return False if no.isChecked() else None

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.joints_question.setText(
            translate("HomePage", "How do your joints feel today, compared with usual?")
        )
        names = {
            JointFeeling.BETTER: translate("HomePage", "Better"),
            JointFeeling.SAME: translate("HomePage", "As usual"),
            JointFeeling.WORSE: translate("HomePage", "Worse"),
        }
        for feeling, button in self.joints.items():
            button.set_label(names[feeling])
        self.night_question.setText(self.tr("Did pain wake you up last night?"))
        self.night_yes.set_label(translate("HomePage", "Yes"), self.tr("Yes, pain woke me up"))
        self.night_no.set_label(translate("HomePage", "No"), self.tr("No, pain did not wake me up"))
        self.stiffness_question.setText(
            translate("HomePage", "Were you stiff for more than half an hour this morning?")
        )
        self.stiff_yes.set_label(
            translate("HomePage", "Yes"), self.tr("Yes, stiff for more than half an hour")
        )
        self.stiff_no.set_label(translate("HomePage", "No"), self.tr("No, not stiff for that long"))
        self.places_question.setText(self.tr("Where do you feel it? You can choose more than one."))
        for place, button in self.places.items():
            button.set_label(pain_place_name(place))
        self.not_known.set_label(self.tr("I don't know"))
        self.save.setText(translate("HomePage", "Save my answers"))
        self.done.setText(self.tr("Close"))
        self.done.setAccessibleName(self.tr("Close the message about your answers"))
        self._fill_outcome()
