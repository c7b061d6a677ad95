"""The health check's questions, asked in the first run and again from home.

Each topic is a card with Yes and No; a Yes shows that topic's follow-up questions right under
it, so a person sees at once why more is asked. The rules are in ``domain/readiness.py``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from sterkblijven.domain import readiness
from sterkblijven.domain.readiness import FALLS, HEALTH, Question, joint_code
from sterkblijven.domain.session import PainPlace
from sterkblijven.ui.common.widgets import (
    Card,
    ChoiceButton,
    ErrorLabel,
    Retranslating,
    TextLabel,
    button_row,
    choice_grid,
    make_exclusive,
)
from sterkblijven.words.readiness import open_topics_text, readiness_question
from sterkblijven.words.session import pain_place_name

# Follow-ups sit a little to the right of the question they follow, as on paper.
_INDENT_PX = 28

# Texts the first-run steps had before this form and its advice were shared keep their
# context, so their translations stay found (the context is written out for pyside6-lupdate).
translate = QCoreApplication.translate


class ReadinessForm(Retranslating, QWidget):
    """Every question of the health check; a Yes opens the follow-ups of that question."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: dict[str, TextLabel] = {}
        self._answers: dict[str, tuple[ChoiceButton, ChoiceButton]] = {}
        self._missing: dict[str, ErrorLabel] = {}
        self._follow_ups: dict[str, QWidget] = {}
        self.joints: dict[PainPlace, ChoiceButton] = {}
        self.health_heading = TextLabel("heading")
        self.falls_heading = TextLabel("heading")
        self.falls_intro = TextLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(18)
        layout.addWidget(self.health_heading)
        for topic in HEALTH:
            layout.addWidget(self._topic_card(topic))
        layout.addWidget(self.falls_heading)
        layout.addWidget(self.falls_intro)
        for topic in FALLS:
            layout.addWidget(self._topic_card(topic))
        self._show_follow_ups()
        self.retranslate_ui()

    def _topic_card(self, topic: Question) -> Card:
        card = Card()
        self._add_question(topic, card.content)
        return card

    def _add_question(self, question: Question, layout: QVBoxLayout) -> None:
        label = TextLabel()
        self._labels[question.code] = label
        layout.addWidget(label)
        missing = ErrorLabel()
        self._missing[question.code] = missing
        if question.places:
            buttons = [ChoiceButton() for _ in readiness.JOINT_PLACES]
            self.joints = dict(zip(readiness.JOINT_PLACES, buttons, strict=True))
            for button in buttons:
                button.toggled.connect(self._on_answered)
            layout.addLayout(choice_grid(buttons, 3))
            layout.addWidget(missing)
            return
        yes, no = ChoiceButton(), ChoiceButton()
        make_exclusive((yes, no))
        yes.toggled.connect(self._on_answered)
        no.toggled.connect(self._on_answered)
        self._answers[question.code] = (yes, no)
        layout.addLayout(button_row(yes, no))
        layout.addWidget(missing)
        if not question.follow_ups:
            return
        follow_ups = QWidget()
        inner = QVBoxLayout(follow_ups)
        inner.setContentsMargins(_INDENT_PX, 4, 0, 4)
        inner.setSpacing(12)
        intro = TextLabel("muted")
        self._labels[f"{question.code}:more"] = intro
        inner.addWidget(intro)
        for follow_up in question.follow_ups:
            self._add_question(follow_up, inner)
        self._follow_ups[question.code] = follow_ups
        layout.addWidget(follow_ups)

    # What was answered

    def answer_buttons(self, code: str) -> tuple[ChoiceButton, ChoiceButton]:
        """Return the Yes and No buttons of a question (KeyError for an unknown one)."""
        return self._answers[code]

    def yes_answers(self) -> frozenset[str]:
        """Return the codes answered yes, and the joints chosen, of the questions asked."""
        return frozenset(self._yes_in((*HEALTH, *FALLS)))

    def _yes_in(self, questions: tuple[Question, ...]) -> list[str]:
        found: list[str] = []
        for question in questions:
            if question.places:
                found += [joint_code(p) for p, b in self.joints.items() if b.isChecked()]
            elif self._answers[question.code][0].isChecked():
                found.append(question.code)
                found += self._yes_in(question.follow_ups)
        return found

    def open_topics(self) -> tuple[str, ...]:
        """Return the topics the answers so far leave open: a talk with the GP first."""
        return readiness.open_topics(self.yes_answers())

    def unanswered(self) -> list[str]:
        """Return the codes of the questions asked but not answered yet, in screen order."""
        return self._unanswered_in((*HEALTH, *FALLS))

    def _unanswered_in(self, questions: tuple[Question, ...]) -> list[str]:
        found: list[str] = []
        for question in questions:
            if question.places:
                if not any(button.isChecked() for button in self.joints.values()):
                    found.append(question.code)
                continue
            yes, no = self._answers[question.code]
            if not (yes.isChecked() or no.isChecked()):
                found.append(question.code)
            elif yes.isChecked():
                found += self._unanswered_in(question.follow_ups)
        return found

    def problem(self) -> str:
        """Mark each question still to answer; return what is missing in plain words, or ""."""
        missing = set(self.unanswered())
        for code, label in self._missing.items():
            label.show_message(self._missing_text(code) if code in missing else "")
        if not missing:
            return ""
        if missing == {"bones_joints.where"}:
            return self.tr("Please choose where you have pain or stiffness.")
        return translate("ReadinessStep", "Please answer every question with yes or no.")

    def first_unanswered(self) -> QWidget | None:
        """Return the label of the first question still to answer, to scroll it into view."""
        missing = self.unanswered()
        return self._labels[missing[0]] if missing else None

    def _missing_text(self, code: str) -> str:
        if readiness.question(code).places:
            return self.tr("Please choose at least one.")
        return self.tr("Please answer this question.")

    # Showing the follow-ups of a yes

    def _on_answered(self, _checked: bool = False) -> None:
        self._show_follow_ups()
        still = set(self.unanswered())
        for code, label in self._missing.items():
            if code not in still:
                label.show_message("")
        self.changed.emit()

    def _show_follow_ups(self) -> None:
        for code, box in self._follow_ups.items():
            box.setVisible(self._answers[code][0].isChecked())

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.health_heading.setText(self.tr("Your health"))
        self.falls_heading.setText(self.tr("Falls"))
        self.falls_intro.setText(
            self.tr("Three questions about falling. Your answers help choose balance exercises.")
        )
        for code, label in self._labels.items():
            if code.endswith(":more"):
                label.setText(self.tr("A few more questions about this. Not sure? Choose Yes."))
            else:
                label.setText(readiness_question(code))
        for code, (yes, no) in self._answers.items():
            text = readiness_question(code)
            yes.set_label(translate("ReadinessStep", "Yes"))
            no.set_label(translate("ReadinessStep", "No"))
            yes.setAccessibleDescription(text)
            no.setAccessibleDescription(text)
        where = readiness_question("bones_joints.where")
        for place, button in self.joints.items():
            button.set_label(pain_place_name(place))
            button.setAccessibleDescription(where)
        missing = set(self.unanswered())
        for code, label in self._missing.items():
            if label.isVisibleTo(self) and code in missing:
                label.show_message(self._missing_text(code))


class AdviceChoice(Retranslating, QWidget):
    """What stays open, and the choice: talked with the GP already, or will confirm later."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.topics = TextLabel()
        self.talked = ChoiceButton()
        self.later = ChoiceButton()
        make_exclusive((self.talked, self.later))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.topics)
        layout.addWidget(self.talked)
        layout.addWidget(self.later)
        self._open: tuple[str, ...] = ()
        self.retranslate_ui()

    def show_topics(self, codes: tuple[str, ...]) -> None:
        """Name the topics that stay open."""
        self._open = codes
        self._fill_topics()

    def confirmed(self) -> bool:
        """Return True when the person confirms they may start training."""
        return self.talked.isChecked()

    def chosen(self) -> bool:
        """Return True when one of the two answers is chosen."""
        return self.talked.isChecked() or self.later.isChecked()

    def _fill_topics(self) -> None:
        self.topics.setText(
            self.tr("Talk about: {topics}.").format(topics=open_topics_text(self._open))
        )
        self.topics.setVisible(bool(self._open))

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self._fill_topics()
        self.talked.set_label(
            translate(
                "AdviceStep", "I have talked with my GP or physiotherapist. I may start training."
            )
        )
        self.later.set_label(
            translate("AdviceStep", "I will talk with my GP first. I will confirm later.")
        )
