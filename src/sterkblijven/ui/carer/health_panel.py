"""Carer mode: one person's hospital stays, clearance to train again, and movement advice.

It opens inside the person's card on the carer page. Each step is a small view of its own (the
stay's form, the advice an operation proposes, the question before lifting advice ...); the
panel keeps what was typed while it moves between them.
"""

from __future__ import annotations

import enum
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from sterkblijven.domain.hospital import CLEARERS, HIP_REASONS, ClearedBy, StayReason, parse_day
from sterkblijven.domain.model import RoutineExercise
from sterkblijven.domain.precautions import Precaution
from sterkblijven.domain.validation import InputRefused
from sterkblijven.services.health import Health, HealthOverview
from sterkblijven.ui.common.editing import text_field
from sterkblijven.ui.common.messages import MessageRoom, MessageSlot
from sterkblijven.ui.common.operations import attempt
from sterkblijven.ui.common.widgets import (
    BigButton,
    ChoiceButton,
    ErrorLabel,
    Retranslating,
    TextLabel,
    button_row,
    choice_grid,
    clear_layout,
    make_exclusive,
    widgets_in,
)
from sterkblijven.words.basics import current_language
from sterkblijven.words.health import (
    advice_set_text,
    clearance_text,
    cleared_by_name,
    precaution_name,
    precaution_since,
    reason_name,
    stay_text,
)
from sterkblijven.words.refusals import refusal

STAYS_SHOWN = 3  # the newest; the report lists them all
# The reasons offered first; a hip operation then asks how the hip was operated on.
FIRST_REASONS = (
    StayReason.HIP,
    StayReason.KNEE,
    StayReason.SHOULDER,
    StayReason.FRACTURE,
    StayReason.FALL,
    StayReason.ILLNESS,
    StayReason.OTHER,
)


class View(enum.Enum):
    """What the panel shows."""

    MAIN = enum.auto()
    STAY_FORM = enum.auto()
    PROPOSAL = enum.auto()  # the advice an operation usually brings
    CHOOSE_ADVICE = enum.auto()
    LIFT_QUESTION = enum.auto()
    PUT_BACK = enum.auto()


class HealthPanel(Retranslating, QWidget):
    """Records a stay, the day home and the clearance; sets and lifts movement advice."""

    closed = Signal()
    changed = Signal()  # something was recorded: the page and the plan show it
    moved = Signal()  # another step is shown: the page brings its top into view
    told = Signal(QWidget)  # a message is shown: the page brings it into view
    reshaped = Signal()  # the view was built again, before the layout follows it

    def __init__(self, health: Health) -> None:
        super().__init__()
        self._health = health
        self._trainee_id: int | None = None
        self._name = ""
        self._view = View.MAIN
        self._overview = HealthOverview((), None, ())
        self._done = ""  # what was just recorded, said at the top
        self._told = ""  # what screen readers were told last
        self._proposed: tuple[Precaution, ...] = ()
        self._code = ""  # the advice being lifted or put back
        self._offered: tuple[RoutineExercise, ...] = ()
        # What was typed or chosen, kept while views change.
        self._typed: dict[str, str] = {}
        self._reason: StayReason | None = None
        self._still_in: bool = False
        self._by: ClearedBy | None = None
        self._advice_code: str | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(12)
        self.error = ErrorLabel()
        # A refusal stands just above the view's last row of buttons, in room kept for it: the
        # button pressed stays under the pointer, and it is in view wherever that button is.
        self.error_room = MessageRoom(2)
        self.error_room.hold(self.error)
        self.fields: dict[str, QLineEdit] = {}
        self.buttons: dict[str, BigButton] = {}  # the current view's buttons, by role
        # The current view's choices, by what they choose (a reason, who, advice's code).
        self.choices: dict[object, ChoiceButton] = {}

    def open(self, trainee_id: int, name: str) -> None:
        """Show the stays and advice of a person."""
        self._trainee_id, self._name = trainee_id, name
        self._view, self._done = View.MAIN, ""
        self._typed.clear()
        self._reason, self._still_in, self._by, self._advice_code = None, False, None, None
        self._read()
        self._render()

    def _read(self) -> None:
        trainee_id = self._trainee_id
        if trainee_id is None:
            return
        overview = attempt(lambda: self._health.overview(trainee_id), self._say)[1]
        if overview is not None:
            self._overview = overview

    def retranslate_ui(self) -> None:
        """Show the view again in the current language."""
        if self._trainee_id is not None:
            self._render()

    # Building the views

    def _render(self) -> None:
        self._keep_typed()
        # The message and its room stay when the view is rebuilt around them.
        self.layout_.removeWidget(self.error_room)
        self.error_room.setParent(None)
        clear_layout(self.layout_)
        self.fields, self.buttons, self.choices = {}, {}, {}
        if self._view is View.MAIN:  # the other steps say what they are about themselves
            title = TextLabel("heading")
            title.setText(self.tr("Hospital and movement advice"))
            self.layout_.addWidget(title)
        build = {
            View.MAIN: self._main,
            View.STAY_FORM: self._stay_form,
            View.PROPOSAL: self._proposal,
            View.CHOOSE_ADVICE: self._choose_advice,
            View.LIFT_QUESTION: self._lift_question,
            View.PUT_BACK: self._put_back_offer,
        }
        build[self._view]()
        self.layout_.insertWidget(self._last_button_row(), self.error_room)
        self.error_room.show()
        self.error.setVisible(bool(self.error.text()))
        self.reshaped.emit()

    def _last_button_row(self) -> int:
        """Return the place of the view's last row of buttons (the end, without one)."""
        for index in reversed(range(self.layout_.count())):
            item = self.layout_.itemAt(index)
            row = item.layout() if item is not None else None
            if row is not None and any(
                isinstance(widget, BigButton) and not isinstance(widget, ChoiceButton)
                for widget in widgets_in(row)
            ):
                return index
        return self.layout_.count()

    def _text(self, text: str, role: str = "") -> None:
        label = TextLabel(role)
        label.setText(text)
        self.layout_.addWidget(label)

    def _button(
        self, role: str, text: str, spoken: str = "", *, primary: bool = False
    ) -> BigButton:
        button = BigButton("primary" if primary else "")
        button.setText(text)
        if spoken:
            button.setAccessibleName(spoken)
        self.buttons[role] = button
        return button

    def _date_field(self, key: str, label: str, default: str = "") -> QLineEdit:
        caption = TextLabel()
        caption.setText(label)
        field = text_field(12)
        field.setText(self._typed.get(key, default))
        field.setPlaceholderText(self.tr("day-month-year"))
        field.setAccessibleName(label)
        field.setAccessibleDescription(self.tr("For example 3-11-2026"))
        caption.setBuddy(field)
        self.layout_.addWidget(caption)
        # As wide as a date needs, so that it reads as a date and not as a line of text.
        field.setMinimumWidth(field.fontMetrics().horizontalAdvance("00-00-0000") * 2)
        self.layout_.addLayout(button_row(field))
        self.fields[key] = field
        return field

    def _tell_done(self) -> None:
        """Say what was just recorded at the top of the step, also to screen readers."""
        done = MessageSlot(1)
        done.setObjectName("done")
        self.layout_.addWidget(done)
        done.show_message(self._done, done=True, tell=self._told != self._done)
        self._told = self._done

    def _keep_typed(self) -> None:
        for key, field in self.fields.items():
            self._typed[key] = field.text()

    def _main(self) -> None:
        overview = self._overview
        if self._done:
            self._tell_done()
        if not overview.stays:
            self._text(self.tr("No hospital stay has been recorded."), "muted")
        for stay in overview.stays[:STAYS_SHOWN]:
            self._text(stay_text(stay))
            self._text(clearance_text(stay), "muted" if stay.cleared_on else "notice")
        waiting = overview.waiting
        if waiting is not None and waiting.admitted is not None and waiting.discharged is None:
            self._date_field(
                "home", self.tr("Day home from hospital"), _day_text(self._health.today())
            )
            home = self._button("home", self.tr("Save the day home"))
            home.clicked.connect(self._on_home)
            self.layout_.addLayout(button_row(home))
        if waiting is not None:
            self._clearance_form()
        report = self._button(
            "report",
            self.tr("Report a hospital stay"),
            self.tr("Report a hospital stay of {name}").format(name=self._name),
        )
        report.clicked.connect(lambda _c=False: self._go(View.STAY_FORM))
        self.layout_.addLayout(button_row(report))
        self._advice_list()
        close = self._button("close", self.tr("Done"))
        close.clicked.connect(self.closed)
        self.layout_.addLayout(button_row(close))

    def _clearance_form(self) -> None:
        self._text(self.tr("Who said that training may start again?"), "heading")
        choices = []
        for by in CLEARERS:
            choice = ChoiceButton()
            choice.set_label(_capital(cleared_by_name(by)))
            choice.setChecked(self._by is by)
            choice.clicked.connect(lambda _c=False, b=by: self._choose_clearer(b))
            choices.append(choice)
            self.choices[by] = choice
        make_exclusive(tuple(choices))
        self.layout_.addLayout(choice_grid(choices, 2))
        self._date_field("cleared", self.tr("On which day?"), _day_text(self._health.today()))
        save = self._button("clear", self.tr("Training may start again"), primary=True)
        save.clicked.connect(self._on_clearance)
        self.layout_.addLayout(button_row(save))

    def _advice_list(self) -> None:
        self._text(self.tr("Movement advice"), "heading")
        language = current_language()
        today = self._health.today()
        if not self._overview.precautions:
            self._text(self.tr("No movement advice is in force."), "muted")
        for item in self._overview.precautions:
            name = precaution_name(item, language)
            self._text(name)
            if item.definition is not None:
                self._text(item.definition.text(language).explanation)
            self._text(precaution_since(item, today), "muted")
            lift = self._button(
                f"lift:{item.code}",
                self.tr("Lift this advice"),
                self.tr("Lift the advice: {name}").format(name=name),
            )
            lift.clicked.connect(lambda _c=False, code=item.code: self._ask_lift(code))
            self.layout_.addLayout(button_row(lift))
        add = self._button("advice", self.tr("Set movement advice"))
        add.clicked.connect(lambda _c=False: self._go(View.CHOOSE_ADVICE))
        self.layout_.addLayout(button_row(add))

    def _stay_form(self) -> None:
        self._text(self.tr("Report a hospital stay of {name}").format(name=self._name), "heading")
        self._date_field("admitted", self.tr("Day of going into hospital"))
        self._date_field("discharged", self.tr("Day home from hospital"))
        self.fields["discharged"].setEnabled(not self._still_in)
        still = ChoiceButton()
        still.set_label(self.tr("Still in hospital"))
        still.setChecked(self._still_in)
        still.clicked.connect(self._toggle_still_in)
        self.choices["still_in"] = still
        self.layout_.addLayout(button_row(still))
        self._text(self.tr("Reason for the stay"), "heading")
        reasons = []
        for reason in FIRST_REASONS:
            choice = ChoiceButton()
            choice.set_label(_capital(reason_name(reason)))
            chosen = self._reason in HIP_REASONS if reason is StayReason.HIP else None
            choice.setChecked(chosen if chosen is not None else self._reason is reason)
            choice.clicked.connect(lambda _c=False, r=reason: self._choose_reason(r))
            reasons.append(choice)
            self.choices[reason] = choice
        make_exclusive(tuple(reasons))
        self.layout_.addLayout(choice_grid(reasons, 2))
        if self._reason in HIP_REASONS:
            self._text(self.tr("How was the hip operated on?"), "heading")
            approaches = []
            names = {
                StayReason.HIP_BACK: self.tr("From the back"),
                StayReason.HIP_FRONT: self.tr("From the front"),
                StayReason.HIP: self.tr("Not known"),
            }
            for reason in HIP_REASONS:
                choice = ChoiceButton()
                spoken = self.tr("Hip operated on: {how}").format(how=names[reason])
                choice.set_label(names[reason], spoken)
                choice.setChecked(self._reason is reason)
                choice.clicked.connect(lambda _c=False, r=reason: self._choose_reason(r))
                approaches.append(choice)
                self.choices[("hip", reason)] = choice
            make_exclusive(tuple(approaches))
            self.layout_.addLayout(choice_grid(approaches, 3))
        save = self._button("save", self.tr("Save the hospital stay"), primary=True)
        cancel = self._button("cancel", self.tr("Cancel"))
        save.clicked.connect(self._on_save_stay)
        cancel.clicked.connect(lambda _c=False: self._go(View.MAIN))
        self.layout_.addLayout(button_row(save, cancel))

    def _proposal(self) -> None:
        self._tell_done()
        language = current_language()
        self._text(
            self.tr(
                "After this operation the surgeon usually gives movement advice for the first "
                "weeks. Did {name} get this advice? Then set it: the plan leaves out what it "
                "rules out."
            ).format(name=self._name)
        )
        for item in self._proposed:
            text = item.text(language)
            self._text(text.name, "heading")
            self._text(text.explanation)
            self._text(self.tr("Source: {source}").format(source=item.source), "muted")
            button = self._button(
                f"set:{item.code}",
                self.tr("Set this advice"),
                self.tr("Set the advice: {name}").format(name=text.name),
                primary=True,
            )
            button.clicked.connect(lambda _c=False, code=item.code: self._start(code))
            self.layout_.addLayout(button_row(button))
        later = self._button("later", self.tr("Not now"))
        later.clicked.connect(lambda _c=False: self._go(View.MAIN))
        self.layout_.addLayout(button_row(later))

    def _choose_advice(self) -> None:
        trainee_id = self._trainee_id
        if trainee_id is None:
            return
        found = attempt(lambda: self._health.available(trainee_id), self._say)[1]
        language = current_language()
        self._text(self.tr("Which advice did {name} get?").format(name=self._name), "heading")
        choices = []
        for item in found or ():
            text = item.text(language)
            choice = ChoiceButton()
            choice.set_label(text.name)
            choice.setChecked(self._advice_code == item.code)
            choice.clicked.connect(lambda _c=False, code=item.code: self._pick_advice(code))
            choices.append(choice)
            self.choices[item.code] = choice
            self.layout_.addLayout(button_row(choice))
            self._text(text.explanation, "muted")
        make_exclusive(tuple(choices))
        if not choices:
            self._text(self.tr("Every movement advice the app knows is in force."), "muted")
        save = self._button("set", self.tr("Set the advice"), primary=True)
        cancel = self._button("cancel", self.tr("Cancel"))
        save.clicked.connect(self._on_set_chosen)
        cancel.clicked.connect(lambda _c=False: self._go(View.MAIN))
        self.layout_.addLayout(button_row(save, cancel))

    def _lift_question(self) -> None:
        item = next((p for p in self._overview.precautions if p.code == self._code), None)
        name = precaution_name(item, current_language()) if item else self._code
        self._text(
            self.tr(
                "Lift the advice “{name}”? Do this only when the surgeon or the physiotherapist "
                "says so."
            ).format(name=name)
        )
        yes = self._button("lift", self.tr("Yes, lift the advice"), primary=True)
        no = self._button("keep", self.tr("No, keep it"))
        yes.clicked.connect(self._on_lift)
        no.clicked.connect(lambda _c=False: self._go(View.MAIN))
        self.layout_.addLayout(button_row(yes, no))

    def _put_back_offer(self) -> None:
        self._tell_done()
        names = ", ".join(self._exercise_name(item.exercise_id) for item in self._offered)
        self._text(
            self.tr(
                "Before this advice the plan had: {exercises}. Put them back? They start again "
                "at the lightest weight."
            ).format(exercises=names)
        )
        yes = self._button("put_back", self.tr("Yes, put them back"), primary=True)
        no = self._button("keep_plan", self.tr("No, keep the plan as it is"))
        yes.clicked.connect(self._on_put_back)
        no.clicked.connect(lambda _c=False: self._go(View.MAIN))
        self.layout_.addLayout(button_row(yes, no))

    # What the buttons do

    def _say(self, text: str) -> None:
        """Show why something cannot be saved (or clear it), where it can be seen."""
        self.error.show_message(text)
        if text:
            self.told.emit(self.error)

    def _go(self, view: View) -> None:
        self._say("")
        if view is View.MAIN and self._view is not View.MAIN:
            self._read()
        if view in (View.STAY_FORM, View.CHOOSE_ADVICE, View.LIFT_QUESTION):
            self._done = ""  # what was done before is said no more once something else starts
        self._view = view
        self._render()
        self.moved.emit()

    def _choose_reason(self, reason: StayReason) -> None:
        if reason is StayReason.HIP and self._reason in HIP_REASONS:
            return  # the hip again: keep how it was operated on
        self._reason = reason
        self._render()

    def _toggle_still_in(self) -> None:
        self._still_in = not self._still_in
        self._render()

    def _choose_clearer(self, by: ClearedBy) -> None:
        self._by = by

    def _pick_advice(self, code: str) -> None:
        self._advice_code = code

    def _day(self, key: str) -> date | None:
        """Return the date typed in a field, or say how to type it and return None."""
        text = self.fields[key].text() if key in self.fields else ""
        try:
            return parse_day(text, self._health.today())
        except InputRefused as refused:
            self._say(refusal(refused.code))
            if key in self.fields:
                self.fields[key].setFocus()
            return None

    def _exercise_name(self, exercise_id: str) -> str:
        exercise = self._health.catalogue.get(exercise_id)
        return exercise.text(current_language()).name if exercise is not None else exercise_id

    def _on_save_stay(self) -> None:
        trainee_id = self._trainee_id
        if trainee_id is None:
            return
        admitted = self._day("admitted")
        if admitted is None:
            return
        discharged = None if self._still_in else self._day("discharged")
        if discharged is None and not self._still_in:
            return
        if self._reason is None:
            self._say(refusal("stay_reason_missing"))
            return
        reason = self._reason
        recorded = attempt(
            lambda: self._health.report_stay(
                trainee_id,
                admitted,
                discharged,
                reason,
            ),
            self._say,
        )[1]
        if recorded is None:
            return
        self._typed.clear()
        self._reason, self._still_in = None, False
        self._done = self.tr(
            "Hospital stay recorded for {name}. Training waits until the GP, the specialist or "
            "the physiotherapist says it may start again; then it starts gently, with a test."
        ).format(name=self._name)
        self.changed.emit()
        self._proposed = recorded.proposed
        self._go(View.PROPOSAL if recorded.proposed else View.MAIN)

    def _on_home(self) -> None:
        trainee_id, waiting = self._trainee_id, self._overview.waiting
        day = self._day("home")
        if trainee_id is None or waiting is None or waiting.id is None or day is None:
            return
        stay_id = waiting.id
        done = attempt(
            lambda: self._health.record_discharge(trainee_id, stay_id, day),
            self._say,
        )[0]
        if done:
            self._typed.pop("home", None)
            self._done = self.tr("The day home is recorded.")
            self.changed.emit()
            self._read()
            self._render()

    def _on_clearance(self) -> None:
        trainee_id = self._trainee_id
        if trainee_id is None:
            return
        by = self._by
        if by is None:
            self._say(refusal("cleared_by_missing"))
            return
        day = self._day("cleared")
        if day is None:
            return
        if attempt(
            lambda: self._health.record_clearance(trainee_id, by, day),
            self._say,
        )[0]:
            self._typed.pop("cleared", None)
            self._by = None
            self._done = self.tr(
                "Recorded: training may start again. The next session starts gently, and a test "
                "is advised."
            )
            self.changed.emit()
            self._read()
            self._render()

    def _on_set_chosen(self) -> None:
        if self._advice_code is None:
            self._say(self.tr("Please choose the advice first."))
            return
        self._start(self._advice_code)

    def _start(self, code: str) -> None:
        trainee_id = self._trainee_id
        if trainee_id is None:
            return
        changes = attempt(lambda: self._health.start_precaution(trainee_id, code), self._say)[1]
        if changes is None:
            return
        self._advice_code = None
        self._done = advice_set_text(changes, self._exercise_name)
        self.changed.emit()
        self._go(View.MAIN)

    def _ask_lift(self, code: str) -> None:
        self._code = code
        self._go(View.LIFT_QUESTION)

    def _on_lift(self) -> None:
        trainee_id, code = self._trainee_id, self._code
        if trainee_id is None:
            return
        offered = attempt(lambda: self._health.lift_precaution(trainee_id, code), self._say)[1]
        if offered is None:
            return
        self._done = self.tr("The movement advice is lifted.")
        self.changed.emit()
        self._offered = offered
        self._go(View.PUT_BACK if offered else View.MAIN)

    def _on_put_back(self) -> None:
        trainee_id, code = self._trainee_id, self._code
        if trainee_id is None:
            return
        returned = attempt(lambda: self._health.put_back(trainee_id, code), self._say)[1]
        if returned is None:
            return
        self._done = self.tr("The exercises are back in the plan, at the lightest weight.")
        self.changed.emit()
        self._go(View.MAIN)


def _day_text(day: date) -> str:
    """Return a date as it is typed: 3-11-2026."""
    return f"{day.day}-{day.month}-{day.year}"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
