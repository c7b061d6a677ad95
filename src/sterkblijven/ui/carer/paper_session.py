"""Entering a training done on the printed card: the day, and per exercise count, effort, pain."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QWidget

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.model import Measure
from sterkblijven.domain.session import Effort, StopSignal
from sterkblijven.services.errors import InputRefused
from sterkblijven.services.training import (
    MAX_REPS,
    PaperEntry,
    PaperExercise,
    PaperForm,
    Training,
)
from sterkblijven.ui.common.editing import text_field
from sterkblijven.ui.common.messages import MessageSlot
from sterkblijven.ui.common.operations import attempt
from sterkblijven.ui.common.widgets import (
    BigButton,
    Card,
    ChoiceButton,
    ErrorLabel,
    PageMessages,
    Retranslating,
    ScrollPage,
    TextLabel,
    button_row,
    chain_tab_order,
    choice_grid,
    clear_layout,
    make_exclusive,
    page_with_footer,
)
from sterkblijven.words.basics import current_language, date_text, load_text, target_text
from sterkblijven.words.refusals import refusal
from sterkblijven.words.session import effort_name, stop_signal_text

EFFORT_COLUMNS = 3  # the five effort words in rows of three: narrow enough at 200 % text


def _kept_in_place(*widgets: QWidget) -> None:
    """Let widgets that show and hide keep their room, so nothing below them moves."""
    for widget in widgets:
        policy = widget.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        widget.setSizePolicy(policy)


class PaperExerciseRow(Retranslating, Card):
    """One exercise of the plan: how many, how hard, how much pain, or not done."""

    def __init__(self, exercise: PaperExercise, name: str, measure: Measure) -> None:
        super().__init__()
        self.exercise = exercise
        self.name = name
        self.measure = measure
        self.title = TextLabel("heading")
        self.dose = TextLabel("muted")
        self.not_done = ChoiceButton()
        self.count_label = TextLabel()
        self.count = text_field(3)
        self.count.setValidator(QIntValidator(0, MAX_REPS, self.count))
        self.count_label.setBuddy(self.count)
        self.count_error = ErrorLabel()
        self.effort_label = TextLabel()
        self.efforts = {effort: ChoiceButton() for effort in Effort}
        make_exclusive(tuple(self.efforts.values()))
        self.effort_error = ErrorLabel()
        self.pain_label = TextLabel()
        self.pain = text_field(2)
        self.pain.setValidator(QIntValidator(0, 10, self.pain))
        self.pain_label.setBuddy(self.pain)
        self.pain_error = ErrorLabel()
        self.signal_label = TextLabel()
        self.signals = {signal: ChoiceButton() for signal in StopSignal}
        head = QHBoxLayout()
        head.setSpacing(16)
        head.addWidget(self.title, 1)
        head.addWidget(self.not_done, 0, Qt.AlignmentFlag.AlignTop)
        self.content.addLayout(head)
        self.content.addWidget(self.dose)
        self.content.addWidget(self.count_label)
        self.content.addLayout(self._beside(self.count, self.count_error))
        self.content.addWidget(self.effort_label)
        self.content.addLayout(choice_grid(list(self.efforts.values()), EFFORT_COLUMNS))
        self.content.addWidget(self.effort_error)
        self.content.addWidget(self.pain_label)
        self.content.addLayout(self._beside(self.pain, self.pain_error))
        self.content.addWidget(self.signal_label)
        for button in self.signals.values():  # any number may be ticked, as in a session
            self.content.addWidget(button)
        self.not_done.toggled.connect(self._on_not_done)
        self.retranslate_ui()

    @staticmethod
    def _beside(field: QLineEdit, error: ErrorLabel) -> QHBoxLayout:
        field.setFixedWidth(160)
        _kept_in_place(error)  # the field stays at the left whether a message shows or not
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(field, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        row.addWidget(error, 1)
        return row

    def controls(self) -> list[QWidget]:
        """Return the controls in the order Tab visits them."""
        return [
            self.not_done,
            self.count,
            *self.efforts.values(),
            self.pain,
            *self.signals.values(),
        ]

    def _on_not_done(self, checked: bool) -> None:
        # Disabled, not hidden: what was typed stays, and nothing moves.
        for widget in (self.count, self.pain, *self.efforts.values(), *self.signals.values()):
            widget.setEnabled(not checked)
        if checked:
            self.show_errors("", "", "")

    def effort(self) -> Effort | None:
        """Return the effort chosen, if any."""
        return next((e for e, button in self.efforts.items() if button.isChecked()), None)

    def stop_signals(self) -> frozenset[StopSignal]:
        """Return the stop signals ticked."""
        return frozenset(s for s, button in self.signals.items() if button.isChecked())

    def show_errors(self, count: str, effort: str, pain: str) -> None:
        """Show a message beside each field that needs one (empty: none)."""
        self.count_error.show_message(count)
        self.effort_error.show_message(effort)
        self.pain_error.show_message(pain)

    def entry(self) -> PaperEntry | None:
        """Return what was entered, or None with messages beside the fields that need them."""
        position, exercise_id = self.exercise.position, self.exercise.item.exercise_id
        if self.not_done.isChecked():
            self.show_errors("", "", "")
            return PaperEntry(position, exercise_id, None)
        count_text = self.count.text().strip()
        pain_text = self.pain.text().strip()
        count_problem = effort_problem = pain_problem = ""
        if not count_text.isdigit():
            count_problem = self.tr(
                "Please type how many, from 0 to {most}, or choose 'Not done'."
            ).format(most=MAX_REPS)
        elif int(count_text) > MAX_REPS:
            count_problem = self.tr("That is more than {most}. Please check the number.").format(
                most=MAX_REPS
            )
        effort = self.effort()
        if effort is None:
            effort_problem = self.tr("Please choose how hard it was.")
        if not pain_text.isdigit() or int(pain_text) > 10:
            pain_problem = self.tr("Please type the pain from 0 (none) to 10.")
        self.show_errors(count_problem, effort_problem, pain_problem)
        if count_problem or effort_problem or pain_problem:
            return None
        return PaperEntry(
            position, exercise_id, int(count_text), effort, int(pain_text), self.stop_signals()
        )

    def take_over(self, other: PaperExerciseRow) -> None:
        """Show what was typed in another row for the same exercise (the form was read again)."""
        self.not_done.setChecked(other.not_done.isChecked())
        self.count.setText(other.count.text())
        self.pain.setText(other.pain.text())
        for effort, button in self.efforts.items():
            button.setChecked(other.efforts[effort].isChecked())
        for signal, button in self.signals.items():
            button.setChecked(other.signals[signal].isChecked())

    def first_problem(self) -> QWidget | None:
        """Return the first field with a message beside it."""
        if self.count_error.isVisibleTo(self):
            return self.count
        if self.effort_error.isVisibleTo(self):
            return self.efforts[Effort.EASY]
        if self.pain_error.isVisibleTo(self):
            return self.pain
        return None

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        item = self.exercise.item
        self.title.setText(self.name)
        target = target_text(self.measure, item.rep_min, item.rep_max)
        self.dose.setText(
            self.tr("{load}, {sets} x {target}").format(
                load=load_text(item.load), sets=item.sets, target=target
            )
        )
        self.not_done.set_label(
            self.tr("Not done"), self.tr("Not done: {exercise}").format(exercise=self.name)
        )
        counted = {
            Measure.REPS: self.tr("How many times in each set?"),
            Measure.SECONDS: self.tr("How many seconds each time?"),
            Measure.STEPS: self.tr("How many steps each time?"),
        }
        self.count_label.setText(counted[self.measure])
        self.count.setAccessibleName(
            self.tr("{question} {exercise}").format(
                question=counted[self.measure], exercise=self.name
            )
        )
        self.effort_label.setText(self.tr("How hard was it?"))
        for number, (effort, button) in enumerate(self.efforts.items(), start=1):
            button.set_label(
                f"{number}  {effort_name(effort)}",
                self.tr("How hard, {exercise}: {effort}").format(
                    exercise=self.name, effort=effort_name(effort)
                ),
            )
        self.pain_label.setText(self.tr("How much pain, from 0 (none) to 10?"))
        self.pain.setAccessibleName(
            self.tr("Pain from 0 to 10: {exercise}").format(exercise=self.name)
        )
        self.signal_label.setText(
            self.tr("Stop signal written on the card? Tick what was noticed.")
        )
        for signal, button in self.signals.items():
            button.set_label(
                stop_signal_text(signal),
                self.tr("Stop signal, {exercise}: {signal}").format(
                    exercise=self.name, signal=stop_signal_text(signal)
                ),
            )


class PaperSessionPage(Retranslating, QWidget):
    """Enters a training done on the printed card, for one person, afterwards."""

    back_requested = Signal()
    saved = Signal()

    def __init__(
        self, training: Training, catalogue: Catalogue, clock: Callable[[], datetime]
    ) -> None:
        super().__init__()
        self._training = training
        self._catalogue = catalogue
        self._clock = clock
        self._trainee_id: int | None = None
        self._name = ""
        self._form: PaperForm | None = None
        self._day = clock().date()
        self._taken = 0  # trainings already on the chosen day
        self.rows: list[PaperExerciseRow] = []
        self.page = ScrollPage()
        self.title = TextLabel("title")
        self.intro = TextLabel()
        self.messages = PageMessages(self.page)
        # The day
        self.day_card = Card()
        self.day_heading = TextLabel("heading")
        self.day_text = TextLabel("heading")
        self.week_earlier = BigButton()
        self.day_earlier = BigButton()
        self.day_later = BigButton()
        self.week_later = BigButton()
        self.day_error = MessageSlot(2)  # its room kept: the rows below never move
        self.day_taken = TextLabel()
        self.add_anyway = ChoiceButton()
        _kept_in_place(self.add_anyway)
        self.day_card.content.addWidget(self.day_heading)
        self.day_card.content.addWidget(self.day_text)
        days = QGridLayout()
        days.setSpacing(12)
        for index, button in enumerate(
            (self.week_earlier, self.day_earlier, self.day_later, self.week_later)
        ):
            days.addWidget(button, index // 2, index % 2)
        self.day_card.content.addLayout(days)
        self.day_card.content.addWidget(self.day_error)
        self.day_card.content.addWidget(self.day_taken)
        self.day_card.content.addLayout(button_row(self.add_anyway))
        # The exercises
        self.exercises = QGridLayout()
        self.exercises.setSpacing(16)
        self.empty = TextLabel()
        self.empty.hide()
        for widget in (self.title, self.intro, self.messages, self.day_card, self.empty):
            self.page.body.addWidget(widget)
        self.page.body.addLayout(self.exercises)
        self.page.body.addStretch(1)
        self.save = BigButton("primary")
        self.back = BigButton()
        page_with_footer(self, self.page, button_row(self.save, self.back))
        self.week_earlier.clicked.connect(lambda: self.choose_day(self._day - timedelta(days=7)))
        self.day_earlier.clicked.connect(lambda: self.choose_day(self._day - timedelta(days=1)))
        self.day_later.clicked.connect(lambda: self.choose_day(self._day + timedelta(days=1)))
        self.week_later.clicked.connect(lambda: self.choose_day(self._day + timedelta(days=7)))
        self.save.clicked.connect(self.on_save)
        self.back.clicked.connect(self.back_requested)
        self.retranslate_ui()

    def show_trainee(self, trainee_id: int, name: str) -> None:
        """Start a new entry for a person, on today, with every field empty."""
        self._trainee_id = trainee_id
        self._name = name
        self.messages.clear()
        self._read_form()
        self.choose_day(self._clock().date())
        self.retranslate_ui()
        self.page.verticalScrollBar().setValue(0)

    def _read_form(self) -> None:
        """Read the plan and build a row per exercise; say when training waits for the GP."""
        trainee_id = self._trainee_id
        if trainee_id is None:
            return
        ok, form = attempt(lambda: self._training.paper_form(trainee_id), self.messages.problem)
        self._form = form if ok else None
        self._fill_rows()
        if form is not None and form.waits_for is not None:
            self.messages.problem(self._waiting())
            self.save.setEnabled(False)

    def _read_again(self) -> None:
        """Read the plan changed meanwhile; keep what was typed for the exercises still in it."""
        typed = {row.exercise.item.exercise_id: row for row in self.rows}
        self._read_form()
        for row in self.rows:
            before = typed.get(row.exercise.item.exercise_id)
            if before is not None:
                row.take_over(before)

    def day(self) -> date:
        """Return the day chosen."""
        return self._day

    def choose_day(self, day: date) -> None:
        """Choose the day the training was done; say so when it already has one."""
        form = self._form
        today = self._clock().date()
        first = form.first_day if form is not None else today
        self._day = day
        self.day_error.show_message(self._day_problem(day, first, today))
        self._taken = 0
        if first <= day <= today and self._trainee_id is not None:
            trainee_id = self._trainee_id
            ok, taken = attempt(lambda: self._training.trainings_on(trainee_id, day), self._oops)
            self._taken = taken if ok and taken is not None else 0
        self.add_anyway.setChecked(False)
        self.add_anyway.setVisible(bool(self._taken))
        self.day_earlier.setEnabled(day > first)
        self.week_earlier.setEnabled(day > first)
        self.day_later.setEnabled(day < today)
        self.week_later.setEnabled(day < today)
        self._day_texts()

    def _day_problem(self, day: date, first: date, today: date) -> str:
        if day > today:
            return self.tr("That day has not come yet. Choose today or a day before.")
        if day < first:
            return self.tr(
                "{name} started with sterkblijven on {day}. Choose that day or a later one."
            ).format(name=self._name, day=date_text(first))
        return ""

    def _fill_rows(self) -> None:
        clear_layout(self.exercises)
        self.rows = []
        form = self._form
        language = current_language()
        for exercise in form.exercises if form is not None else ():
            entry = self._catalogue.get(exercise.item.exercise_id)
            name = entry.text(language).name if entry is not None else exercise.item.exercise_id
            measure = entry.measure if entry is not None else Measure.REPS
            row = PaperExerciseRow(exercise, name, measure)
            self.exercises.addWidget(row, len(self.rows), 0)
            self.rows.append(row)
        self.empty.setVisible(not self.rows)
        self.save.setEnabled(bool(self.rows))
        controls: list[QWidget] = [
            self.week_earlier,
            self.day_earlier,
            self.day_later,
            self.week_later,
            self.add_anyway,
        ]
        for row in self.rows:
            controls.extend(row.controls())
        chain_tab_order([*controls, self.save, self.back])

    def on_save(self) -> None:
        """Check every field, then store the training; keep everything typed on a problem."""
        if self._trainee_id is None or self._form is None:
            return
        self.messages.clear()
        entries = [row.entry() for row in self.rows]
        today = self._clock().date()
        day_problem = self._day_problem(self._day, self._form.first_day, today)
        self.day_error.show_message(day_problem)
        if day_problem:
            self.page.bring_into_view(self.day_card)
            self.week_earlier.setFocus()
            return
        if self._taken and not self.add_anyway.isChecked():
            self.day_error.show_message(
                self.tr(
                    "Choose 'Add it anyway' to enter a second training on this day, or choose "
                    "another day."
                )
            )
            self.page.bring_into_view(self.day_card)
            self.add_anyway.setFocus()
            return
        for row, entry in zip(self.rows, entries, strict=True):
            if entry is None:
                problem = row.first_problem()
                if problem is not None:
                    self.page.bring_into_view(row)
                    problem.setFocus()
                return
        done = [entry for entry in entries if entry is not None]
        if all(entry.reps is None for entry in done):
            self.messages.problem(
                self.tr("Every exercise says 'Not done': there is no training to enter.")
            )
            return
        trainee_id, day, anyway = self._trainee_id, self._day, self.add_anyway.isChecked()

        def record() -> bool:
            try:
                self._training.record_from_paper(trainee_id, day, done, same_day=anyway)
            except InputRefused as refused:
                text = self._day_refusal(refused.code)
                if not text:
                    raise
                self.day_error.show_message(text)
                if refused.code == "paper_day_has_session":  # entered meanwhile elsewhere
                    self.choose_day(day)
                    self.day_error.show_message(text)
                self.page.bring_into_view(self.day_card)
                return False
            return True

        ok, stored = attempt(record, self._oops, changed=self._read_again)
        if not ok or not stored:
            return
        self.saved.emit()
        self._clear_rows()
        self.choose_day(day)
        self.messages.say(
            self.tr("Saved: the training of {day} is entered for {name}.").format(
                day=date_text(day), name=self._name
            )
        )

    def _day_refusal(self, code: str) -> str:
        """Return the words beside the day for a refusal about the day, or "" for another."""
        form = self._form
        first = form.first_day if form is not None else self._day
        if code == "paper_day_in_future":
            return self._day_problem(self._day, first, self._day - timedelta(days=1))
        if code == "paper_day_before_start":
            return self._day_problem(self._day, first, date.max)
        if code == "paper_day_has_session":
            return self.tr(
                "Choose 'Add it anyway' to enter a second training on this day, or choose "
                "another day."
            )
        return ""

    def _clear_rows(self) -> None:
        for row in self.rows:
            row.not_done.setChecked(False)
            row.count.clear()
            row.pain.clear()
            for button in (*row.efforts.values(), *row.signals.values()):
                button.setChecked(False)
            row.show_errors("", "", "")

    def _oops(self, text: str) -> None:
        # A call that went well clears a problem shown, but not why no training is entered.
        self.messages.problem(text or self._waiting())

    def _waiting(self) -> str:
        form = self._form
        return refusal(form.waits_for) if form is not None and form.waits_for else ""

    def _day_texts(self) -> None:
        self.day_text.setText(date_text(self._day))
        self.day_text.setAccessibleName(
            self.tr("Day of the training: {day}").format(day=date_text(self._day))
        )
        if self._taken:
            self.day_taken.setText(
                self.tr(
                    "There is already a training on this day. Choose another day, or add this "
                    "one as well."
                )
            )
        else:
            self.day_taken.setText(self.tr("No training is entered for this day yet."))

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(
            self.tr("Enter a training done on paper: {name}").format(name=self._name)
        )
        self.intro.setText(
            self.tr(
                "Copy what is written on the exercise card: the day, and for each exercise how "
                "many, how hard, how much pain and any stop signal. The next weights follow from "
                "it, as after a training on the computer."
            )
        )
        self.day_heading.setText(self.tr("Which day was the training?"))
        self.week_earlier.setText(self.tr("A week earlier"))
        self.day_earlier.setText(self.tr("A day earlier"))
        self.day_later.setText(self.tr("A day later"))
        self.week_later.setText(self.tr("A week later"))
        self.add_anyway.set_label(self.tr("Add it anyway"))
        self.empty.setText(self.tr("There is no plan with exercises yet. Make the plan first."))
        self.save.setText(self.tr("Save the training"))
        self.back.setText(self.tr("Back"))
        self._day_texts()
