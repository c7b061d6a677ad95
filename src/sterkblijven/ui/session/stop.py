"""Stopping: the advice after pain or a stop signal, and the question before ending early."""

from __future__ import annotations

from PySide6.QtCore import Signal

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.day_rest import ends_leg_work, remaining, rested_by
from sterkblijven.domain.session import SessionState, SetRecord
from sterkblijven.ui.common.view import View
from sterkblijven.ui.common.widgets import BigButton, TextLabel, button_row
from sterkblijven.words.basics import current_language
from sterkblijven.words.session import joint_phrase


class StopAdviceView(View):
    """After too much pain or a stop signal: stop, what rests today, and where to get advice.

    A stop signal at a knee or hip ends all standing leg and balance work for the day: the
    view then says how to look after the leg and when to call whom, and offers to go on only
    with what is left (seated, or for the arms), or to stop the session.
    """

    go_on = Signal()
    stop_requested = Signal()
    undo_requested = Signal()

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__()
        self._catalogue = catalogue
        self._state: SessionState | None = None
        self._record: SetRecord | None = None
        self.advice = TextLabel()
        self.care = TextLabel()
        self.calls = TextLabel()
        self.rested = TextLabel()
        self.choice = TextLabel()
        for label in (self.advice, self.care, self.calls, self.rested, self.choice):
            self.body.addWidget(label)
        self.body.addStretch(1)
        self.wrong = BigButton()
        self.body.addLayout(button_row(self.wrong))
        self.next = BigButton("primary")
        self.stop = BigButton()
        self.footer.addWidget(self.stop)
        self.footer.addStretch(1)
        self.footer.addWidget(self.next)
        self.next.clicked.connect(self.go_on)
        self.stop.clicked.connect(self.stop_requested)
        self.wrong.clicked.connect(self.undo_requested)
        self.retranslate_ui()

    def show_for(self, state: SessionState, record: SetRecord) -> None:
        """Show the advice for the set that stopped, in the session as it now stands."""
        self._state = state
        self._record = record
        self._fill()

    def leg_rests(self) -> bool:
        """Return True when a stop signal at a knee or hip ended the leg work for the day."""
        return self._record is not None and ends_leg_work(self._record)

    def _names(self, positions: tuple[int, ...]) -> str:
        state = self._state
        if state is None:
            return ""
        language = current_language()
        names = []
        for position in positions:
            item = state.progress_at(position).item
            exercise = self._catalogue.get(item.exercise_id)
            names.append(exercise.text(language).name if exercise else item.exercise_id)
        return "\n".join(f"• {name}" for name in names)

    def _fill(self) -> None:
        state, record = self._state, self._record
        legs = self.leg_rests()
        left = remaining(state) if state is not None else ()
        rested = rested_by(state, record, self._catalogue) if state and record else ()
        joint = joint_phrase(record.pain_place) if record and record.pain_place else ""
        for label in (self.care, self.calls, self.choice):
            label.setVisible(legs)
        self.rested.setVisible(bool(rested) and not legs)
        # With nothing left that spares the leg, stopping is the one way on.
        going_on = bool(left) or not legs
        self.next.setVisible(going_on)
        self.stop.set_role("" if going_on else "primary")
        if legs:
            self._fill_legs(joint, left)
        else:
            self.title.setText(self.tr("Stop this exercise"))
            self.advice.setText(
                self.tr(
                    "You had a lot of pain, or something that is a reason to stop. Please do "
                    "not do this exercise any more today. Your answers are saved.\n\nDoes the "
                    "pain stay, or does a joint swell, feel warm, lock or give way? Contact your "
                    "GP or physiotherapist. This is advice, not a diagnosis."
                )
            )
            self.rested.setText(
                self.tr("To spare {joint}, these exercises rest today too:\n{names}").format(
                    joint=joint, names=self._names(rested)
                )
            )
            self.next.setText(self.tr("Skip it and go on"))

    def _fill_legs(self, joint: str, left: tuple[int, ...]) -> None:
        self.title.setText(self.tr("Stop for today: rest your leg"))
        self.advice.setText(
            self.tr(
                "You noticed a warning sign at {joint}. Do no more exercises today in which you "
                "stand on your legs, and no balance exercises. That way you do not fall. Your "
                "answers are saved."
            ).format(joint=joint)
        )
        self.care.setText(
            self.tr(
                "What you can do now:\n"
                "• Rest your leg. Sit or lie down with your leg supported.\n"
                "• Cool it for 15 minutes with something cold wrapped in a towel, such as a "
                "cold pack or a bag of frozen vegetables.\n"
                "• Do not walk further than you need to today."
            )
        )
        self.calls.setText(
            self.tr(
                "Call your GP or physiotherapist if it stays swollen or warm, if the joint keeps "
                "locking or giving way, or if it is worse tomorrow.\n"
                "Call at once (the GP out-of-hours service, or 112 in an emergency) if you fell "
                "and are in pain, or if you cannot stand on your leg.\n"
                "This is advice, not a diagnosis."
            )
        )
        if left:
            self.choice.setText(
                self.tr(
                    "If you want, you can go on with these exercises. You do them seated or "
                    "with your arms:\n{names}"
                ).format(names=self._names(left))
            )
        else:
            self.choice.setText(
                self.tr(
                    "No exercises are left today that spare your leg. Stop the session here; "
                    "what you did is saved."
                )
            )
        self.next.setText(self.tr("Go on with these exercises"))

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.stop.setText(self.tr("Stop the session"))
        self.wrong.setText(self.tr("I tapped a wrong answer: undo this set"))
        self._fill()


class ConfirmStopView(View):
    """Asks before a session ends early; what was done stays saved."""

    confirmed = Signal()
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.text = TextLabel()
        self.body.addWidget(self.text)
        self.body.addStretch(1)
        self.yes = BigButton("primary")
        self.no = BigButton()
        self.footer.addWidget(self.no)
        self.footer.addStretch(1)
        self.footer.addWidget(self.yes)
        self.yes.clicked.connect(self.confirmed)
        self.no.clicked.connect(self.cancelled)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Stop the session?"))
        self.text.setText(self.tr("Everything you have done so far stays saved."))
        self.yes.setText(self.tr("Yes, stop now"))
        self.no.setText(self.tr("No, go on"))
