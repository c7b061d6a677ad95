"""Carer mode: one exercise of the weekly plan, summed up or opened to change its dose."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from sterkblijven.domain.catalogue import Exercise
from sterkblijven.domain.model import Load, Measure, RoutineExercise
from sterkblijven.domain.progression import same_load
from sterkblijven.services.setup import REP_RANGE, SECONDS_RANGE, SETS_RANGE, STEPS_RANGE
from sterkblijven.ui.common.editing import SpokenChoice, capitalised, text_field
from sterkblijven.ui.common.widgets import (
    BigButton,
    Card,
    TextLabel,
    button_row,
    choice_grid,
    make_exclusive,
)
from sterkblijven.words.basics import count_text, current_language, load_text

REST_CHOICES = (60, 90, 120, 180)
_TARGET_LIMITS = {Measure.SECONDS: SECONDS_RANGE, Measure.STEPS: STEPS_RANGE}
# The target ranges carers use most, offered as one click each.
USUAL_RANGES = {
    Measure.REPS: ((8, 12), (10, 15), (12, 15), (15, 20), (20, 25), (25, 30)),
    Measure.SECONDS: ((10, 20), (20, 30), (30, 45), (45, 60), (60, 90), (90, 120)),
    Measure.STEPS: ((10, 15), (15, 20), (20, 30), (30, 40), (40, 50), (50, 60)),
}


class ExerciseCard(Card):
    """One exercise of the plan: a summary, and when opened, its dose to change.

    The target range is chosen from the usual ones, typed, or moved by one; a range that is
    not possible is explained beside the fields and the old one stays.
    """

    changed = Signal(object)
    move_requested = Signal(int)
    remove_requested = Signal()
    open_requested = Signal()

    def __init__(
        self,
        item: RoutineExercise,
        exercise: Exercise | None,
        name: str,
        choices: list[Load],
        place: tuple[int, int],
        expanded: bool,
    ) -> None:
        super().__init__()
        self.item = item
        self.name = name
        self.expanded = expanded
        self._measure = exercise.measure if exercise is not None else Measure.REPS
        self._exercise = exercise
        # The supported way is offered where the catalogue describes one.
        self._supportable = exercise is not None and exercise.has_supported_variant
        self._limits = _TARGET_LIMITS.get(self._measure, REP_RANGE)
        index, count = place
        self.title = TextLabel("heading")
        self.title.setText(self.tr("{place}. {exercise}").format(place=index + 1, exercise=name))
        self.summary = TextLabel()
        self.flags = TextLabel("muted")
        self.change = BigButton("primary" if expanded else "")
        self.up = BigButton()
        self.down = BigButton()
        self.remove = BigButton()
        self.resume = BigButton()
        self.up.setEnabled(index > 0)
        self.down.setEnabled(index < count - 1)
        self.content.addWidget(self.title)
        self.content.addWidget(self.summary)
        self.content.addWidget(self.flags)
        self.content.addLayout(button_row(self.resume))
        self.sets_buttons: list[SpokenChoice] = []
        self.rest_buttons: dict[int, SpokenChoice] = {}
        self.load_buttons: list[tuple[Load, SpokenChoice]] = []
        self.level_buttons: list[SpokenChoice] = []
        self.level_text: TextLabel | None = None
        self.low_minus: BigButton | None = None
        self.low_plus: BigButton | None = None
        self.high_minus: BigButton | None = None
        self.high_plus: BigButton | None = None
        self.low_value: TextLabel | None = None
        self.high_value: TextLabel | None = None
        self.range_buttons: list[tuple[tuple[int, int], SpokenChoice]] = []
        self.range_label = TextLabel()
        self.typed_label = TextLabel()
        self.low_field: QLineEdit = text_field(4)
        self.high_field: QLineEdit = text_field(4)
        self.to_label = TextLabel()
        self.use_range = BigButton()
        self.range_problem = TextLabel("error")
        self.range_problem.hide()
        self.no_loads: TextLabel | None = None
        self.usual_choice: SpokenChoice | None = None
        self.supported_choice: SpokenChoice | None = None
        if expanded:
            self._build_details(choices)
        self.content.addLayout(button_row(self.change, self.up, self.down, self.remove))
        self.summary.setVisible(not expanded)
        self.change.clicked.connect(self.open_requested)
        self.up.clicked.connect(lambda: self.move_requested.emit(-1))
        self.down.clicked.connect(lambda: self.move_requested.emit(1))
        self.remove.clicked.connect(self.remove_requested)
        self.resume.clicked.connect(self._resume)
        self._set_texts()
        self._refresh()

    def _build_details(self, choices: list[Load]) -> None:
        self.sets_label = TextLabel()
        self.sets_buttons = [SpokenChoice() for _ in range(SETS_RANGE[0], SETS_RANGE[1] + 1)]
        make_exclusive(tuple(self.sets_buttons))
        for count, button in enumerate(self.sets_buttons, start=SETS_RANGE[0]):
            button.clicked.connect(lambda _c=False, n=count: self._set_sets(n))
        self.range_buttons = [
            (span, SpokenChoice())
            for span in USUAL_RANGES.get(self._measure, USUAL_RANGES[Measure.REPS])
            if self._limits[0] <= span[0] and span[1] <= self._limits[1]
        ]
        make_exclusive(tuple(button for _span, button in self.range_buttons))
        for span, button in self.range_buttons:
            button.clicked.connect(lambda _c=False, chosen=span: self._set_range(*chosen))
        self.low_label, self.high_label = TextLabel(), TextLabel()
        self.low_minus, self.low_plus = BigButton(), BigButton()
        self.high_minus, self.high_plus = BigButton(), BigButton()
        self.low_value, self.high_value = TextLabel("heading"), TextLabel("heading")
        for value in (self.low_value, self.high_value):
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.low_minus.clicked.connect(lambda: self._step(low=-1))
        self.low_plus.clicked.connect(lambda: self._step(low=1))
        self.high_minus.clicked.connect(lambda: self._step(high=-1))
        self.high_plus.clicked.connect(lambda: self._step(high=1))
        self.rest_label = TextLabel()
        rests = sorted({*REST_CHOICES, self.item.rest_seconds})
        self.rest_buttons = {seconds: SpokenChoice() for seconds in rests}
        make_exclusive(tuple(self.rest_buttons.values()))
        for seconds, button in self.rest_buttons.items():
            button.clicked.connect(lambda _c=False, s=seconds: self._set_rest(s))
        levels = () if self._exercise is None else self._exercise.balance_levels
        self.level_label = TextLabel()
        self.level_buttons = [SpokenChoice() for _level in levels]
        make_exclusive(tuple(self.level_buttons))
        for level, button in enumerate(self.level_buttons):
            button.clicked.connect(lambda _c=False, chosen=level: self._set_level(chosen))
        self.load_label = TextLabel()
        self.load_buttons = [(load, SpokenChoice()) for load in choices]
        make_exclusive(tuple(button for _load, button in self.load_buttons))
        for load, button in self.load_buttons:
            button.clicked.connect(lambda _c=False, chosen=load: self._set_load(chosen))

        details = QVBoxLayout()
        details.setSpacing(10)
        details.addWidget(self.sets_label)
        details.addLayout(choice_grid(self.sets_buttons, 3))
        details.addWidget(self.range_label)
        details.addLayout(choice_grid([button for _span, button in self.range_buttons], 3))
        details.addWidget(self.typed_label)
        self.typed_label.setBuddy(self.low_field)
        typed = QHBoxLayout()
        typed.setSpacing(16)
        for field in (self.low_field, self.high_field):
            field.setMinimumWidth(field.fontMetrics().horizontalAdvance("0000") + 48)
            field.setMaximumWidth(field.minimumWidth() * 2)
            field.returnPressed.connect(self._typed_range)
        self.use_range.clicked.connect(self._typed_range)
        typed.addWidget(self.low_field)
        typed.addWidget(self.to_label)
        typed.addWidget(self.high_field)
        typed.addWidget(self.use_range)
        typed.addStretch(1)
        details.addLayout(typed)
        # The message has its room from the start (two lines and its frame: the longest is two
        # lines at twice the text size on a laptop), so nothing below moves when it shows, and
        # no larger gap stands empty.
        room = QWidget()
        inside = QVBoxLayout(room)
        inside.setContentsMargins(0, 0, 0, 0)
        inside.addWidget(self.range_problem)
        inside.addStretch(1)
        self.range_problem.ensurePolished()
        room.setMinimumHeight(2 * self.range_problem.fontMetrics().lineSpacing() + 28)
        details.addWidget(room)
        for label, minus, value, plus in (
            (self.low_label, self.low_minus, self.low_value, self.low_plus),
            (self.high_label, self.high_minus, self.high_value, self.high_plus),
        ):
            details.addWidget(label)
            # The buttons stay in place while the number changes, and close together.
            value.ensurePolished()
            widest = count_text(max(self._limits[1], 100), self._measure)
            value.setMinimumWidth(value.fontMetrics().horizontalAdvance(widest) + 24)
            row = QHBoxLayout()
            row.setSpacing(16)
            row.addWidget(minus)
            row.addWidget(value)
            row.addWidget(plus)
            row.addStretch(1)
            details.addLayout(row)
        details.addWidget(self.rest_label)
        details.addLayout(choice_grid(list(self.rest_buttons.values()), 2))
        if self.level_buttons:  # a balance exercise: its step, short buttons and the step's text
            self.level_text = TextLabel()
            details.addWidget(self.level_label)
            details.addLayout(choice_grid(self.level_buttons, 3))
            details.addWidget(self.level_text)
        details.addWidget(self.load_label)
        if self.load_buttons:
            details.addLayout(choice_grid([b for _load, b in self.load_buttons], 2))
        else:
            self.no_loads = TextLabel("muted")
            details.addWidget(self.no_loads)
        if self._supportable:
            self.way_label = TextLabel()
            self.usual_choice, self.supported_choice = SpokenChoice(), SpokenChoice()
            make_exclusive((self.usual_choice, self.supported_choice))
            self.usual_choice.clicked.connect(lambda: self._set_supported(False))
            self.supported_choice.clicked.connect(lambda: self._set_supported(True))
            details.addWidget(self.way_label)
            details.addLayout(choice_grid([self.usual_choice, self.supported_choice], 2))
        self.content.addLayout(details)

    def controls(self) -> list[QWidget]:
        """Return the card's controls in screen order."""
        found: list[QWidget] = list(self.sets_buttons)
        if self.expanded:
            found += [button for _span, button in self.range_buttons]
            found += [self.low_field, self.high_field, self.use_range]
        for button in (self.low_minus, self.low_plus, self.high_minus, self.high_plus):
            if button is not None:
                found.append(button)
        found += list(self.rest_buttons.values())
        found += self.level_buttons
        found += [button for _load, button in self.load_buttons]
        found += [b for b in (self.usual_choice, self.supported_choice) if b is not None]
        resume = [self.resume] if self.item.paused else []
        return [*resume, *found, self.change, self.up, self.down, self.remove]

    # Changes, each kept in the card and reported to the page

    def _set_sets(self, sets: int) -> None:
        self._update(dataclasses.replace(self.item, sets=sets))

    def _step(self, low: int = 0, high: int = 0) -> None:
        item = self.item
        rep_min, rep_max = item.rep_min + low, item.rep_max + high
        if not self._limits[0] <= rep_min <= rep_max <= self._limits[1]:
            return
        self._set_range(rep_min, rep_max)

    def _set_range(self, rep_min: int, rep_max: int) -> None:
        self._show_range_problem("")
        self._update(dataclasses.replace(self.item, rep_min=rep_min, rep_max=rep_max))

    def _typed_range(self) -> None:
        problem = self._range_problem(self.low_field.text(), self.high_field.text())
        if problem:
            self._show_range_problem(problem)
            return
        self._set_range(int(self.low_field.text()), int(self.high_field.text()))

    def _show_range_problem(self, text: str) -> None:
        self.range_problem.setText(text)
        self.range_problem.setAccessibleName(text)
        self.range_problem.setVisible(bool(text))

    def _range_problem(self, low_text: str, high_text: str) -> str:
        """Return why a typed range cannot be the target, or an empty text when it can."""
        kept = self._range_text(self.item.rep_min, self.item.rep_max)
        low, high = low_text.strip(), high_text.strip()
        if not (low.isdecimal() and high.isdecimal()):
            return self.tr(
                "Type two whole numbers, for example 12 and 15. The target stays {range}."
            ).format(range=kept)
        if int(low) > int(high):
            return self.tr(
                "The lowest number is higher than the highest. The target stays {range}."
            ).format(range=kept)
        least, most = self._limits
        if int(low) < least or int(high) > most:
            return self.tr(
                "Numbers from {least} to {most} are possible here. The target stays {range}."
            ).format(least=least, most=most, range=kept)
        return ""

    def _set_rest(self, seconds: int) -> None:
        self._update(dataclasses.replace(self.item, rest_seconds=seconds))

    def _set_load(self, load: Load) -> None:
        item = self.item
        if same_load(load, item.load):
            return
        # The in-between steps belonged to the step up from the old load; a new load starts
        # without them, so the extra set they added goes too.
        sets = max(SETS_RANGE[0], item.sets - 1) if item.extra_set else item.sets
        self._update(
            dataclasses.replace(item, load=load, sets=sets, slow_tempo=False, extra_set=False)
        )

    def _set_level(self, level: int) -> None:
        self._update(dataclasses.replace(self.item, balance_level=level))

    def _set_supported(self, supported: bool) -> None:
        self._update(dataclasses.replace(self.item, supported=supported))

    def _resume(self) -> None:
        self._update(dataclasses.replace(self.item, paused=False))

    def _update(self, item: RoutineExercise) -> None:
        self.item = item
        self._refresh()
        self.changed.emit(item)

    # Words and states

    def _range_text(self, low: int, high: int) -> str:
        if self._measure is Measure.SECONDS:
            return self.tr("hold {low} to {high} seconds").format(low=low, high=high)
        if self._measure is Measure.STEPS:
            return self.tr("{low} to {high} steps").format(low=low, high=high)
        return self.tr("{low} to {high} times").format(low=low, high=high)

    def _sets_text(self, count: int) -> str:
        return self.tr("1 set") if count == 1 else self.tr("{count} sets").format(count=count)

    def _refresh(self) -> None:
        item = self.item
        load = load_text(item.load)
        lines = [
            self.tr("Sets: {count}").format(count=item.sets),
            self.tr("Target: {target}").format(target=self._range_text(item.rep_min, item.rep_max)),
            self.tr("Rest between sets: {seconds} seconds").format(seconds=item.rest_seconds),
            self.tr("With: {load}").format(load=load),
        ]
        step = self._step_text()
        if step:
            lines.append(step)
        self.summary.setText("\n".join(lines))
        flags = []
        if item.slow_tempo:
            flags.append(self.tr("Slower tempo for now: a step before a heavier weight."))
        if item.extra_set:
            flags.append(self.tr("One extra set for now: a step before a heavier weight."))
        if item.paused:
            flags.append(
                self.tr("Resting for now, after pain: sessions leave it out until it is resumed.")
            )
        if item.supported:
            flags.append(self.tr("Done the easier way, with support."))
        self.flags.setText("\n".join(flags))
        self.flags.setVisible(bool(flags))
        self.resume.setVisible(item.paused)
        if not self.expanded:
            return
        for count, button in enumerate(self.sets_buttons, start=SETS_RANGE[0]):
            button.setChecked(count == item.sets)
        low, high = self._limits
        for span, button in self.range_buttons:
            button.setChecked(span == (item.rep_min, item.rep_max))
        self.low_field.setText(str(item.rep_min))
        self.high_field.setText(str(item.rep_max))
        if self.low_value is not None and self.high_value is not None:
            self.low_value.setText(count_text(item.rep_min, self._measure))
            self.high_value.setText(count_text(item.rep_max, self._measure))
        if self.low_minus is not None and self.low_plus is not None:
            self.low_minus.setEnabled(item.rep_min > low)
            self.low_plus.setEnabled(item.rep_min < min(item.rep_max, high))
        if self.high_minus is not None and self.high_plus is not None:
            self.high_minus.setEnabled(item.rep_max > max(item.rep_min, low))
            self.high_plus.setEnabled(item.rep_max < high)
        for seconds, button in self.rest_buttons.items():
            button.setChecked(seconds == item.rest_seconds)
        for level, button in enumerate(self.level_buttons):
            button.setChecked(level == min(max(item.balance_level, 0), len(self.level_buttons) - 1))
        if self.level_text is not None:
            self.level_text.setText(self._step_text())
        for choice, button in self.load_buttons:
            button.setChecked(same_load(choice, item.load))
        if self.usual_choice is not None and self.supported_choice is not None:
            self.usual_choice.setChecked(not item.supported)
            self.supported_choice.setChecked(item.supported)

    def _step_text(self) -> str:
        exercise = self._exercise
        step = (
            None
            if exercise is None
            else exercise.level_text(self.item.balance_level, current_language())
        )
        if exercise is None or step is None:
            return ""
        total = len(exercise.balance_levels)
        number = min(max(self.item.balance_level, 0), total - 1) + 1
        return self.tr("Step {number} of {total}: {step}").format(
            number=number, total=total, step=step
        )

    def _set_texts(self) -> None:
        name = self.name
        if self.expanded:
            self.change.setText(self.tr("Done"))
            self.change.setAccessibleName(self.tr("Done changing {exercise}").format(exercise=name))
        else:
            self.change.setText(self.tr("Change"))
            self.change.setAccessibleName(self.tr("Change {exercise}").format(exercise=name))
        self.resume.setText(self.tr("Start it again"))
        self.resume.setAccessibleName(self.tr("Start {exercise} again").format(exercise=name))
        self.up.setText(self.tr("Up"))
        self.up.setAccessibleName(self.tr("Move {exercise} up").format(exercise=name))
        self.down.setText(self.tr("Down"))
        self.down.setAccessibleName(self.tr("Move {exercise} down").format(exercise=name))
        self.remove.setText(self.tr("Remove"))
        self.remove.setAccessibleName(
            self.tr("Remove {exercise} from the plan").format(exercise=name)
        )
        if not self.expanded:
            return
        self.sets_label.setText(self.tr("How many sets"))
        for count, button in enumerate(self.sets_buttons, start=SETS_RANGE[0]):
            button.set_label(self._sets_text(count))
            button.set_spoken_name(
                self.tr("{exercise}: {sets}").format(exercise=name, sets=self._sets_text(count))
            )
        self.range_label.setText(self.tr("Target: a usual range"))
        for (low, high), button in self.range_buttons:
            button.set_label(self._range_text(low, high))
            button.set_spoken_name(
                self.tr("{exercise}: target {range}").format(
                    exercise=name, range=self._range_text(low, high)
                )
            )
        self.typed_label.setText(self.tr("Or type the lowest and the highest number"))
        self.to_label.setText(self.tr("to"))
        self.low_field.setAccessibleName(
            self.tr("{exercise}: lowest number of the target").format(exercise=name)
        )
        self.high_field.setAccessibleName(
            self.tr("{exercise}: highest number of the target").format(exercise=name)
        )
        self.use_range.setText(self.tr("Use these numbers"))
        self.use_range.setAccessibleName(
            self.tr("{exercise}: use the numbers typed as the target").format(exercise=name)
        )
        self.low_label.setText(self.tr("Or change the lowest number by one"))
        self.high_label.setText(self.tr("Or change the highest number by one"))
        steppers = (
            (self.low_minus, "− 1", self.tr("{exercise}: lowest number one less")),
            (self.low_plus, "+ 1", self.tr("{exercise}: lowest number one more")),
            (self.high_minus, "− 1", self.tr("{exercise}: highest number one less")),
            (self.high_plus, "+ 1", self.tr("{exercise}: highest number one more")),
        )
        for stepper, text, spoken in steppers:
            if stepper is not None:
                stepper.setText(text)
                stepper.setAccessibleName(spoken.format(exercise=name))
        self.rest_label.setText(self.tr("Rest between sets"))
        for seconds, button in self.rest_buttons.items():
            button.set_label(self.tr("{seconds} seconds").format(seconds=seconds))
            button.set_spoken_name(
                self.tr("{exercise}: rest {seconds} seconds").format(exercise=name, seconds=seconds)
            )
        self.level_label.setText(self.tr("Balance step: less support, then harder"))
        total = len(self.level_buttons)
        for level, button in enumerate(self.level_buttons, start=1):
            button.set_label(self.tr("Step {number}").format(number=level))
            button.set_spoken_name(
                self.tr("{exercise}: step {number} of {total}").format(
                    exercise=name, number=level, total=total
                )
            )
        self.load_label.setText(self.tr("Weight or band"))
        for load, button in self.load_buttons:
            text = capitalised(load_text(load))
            button.set_label(text)
            button.set_spoken_name(
                self.tr("{exercise}: {load}").format(exercise=name, load=load_text(load))
            )
        if self.no_loads is not None:
            self.no_loads.setText(
                self.tr("Nothing on the equipment list fits this exercise. Add it there first.")
            )
        if self.usual_choice is not None and self.supported_choice is not None:
            self.way_label.setText(self.tr("How it is done"))
            self.usual_choice.set_label(self.tr("The usual way"))
            self.usual_choice.set_spoken_name(
                self.tr("{exercise}: the usual way").format(exercise=name)
            )
            self.supported_choice.set_label(self.tr("The easier way, with support"))
            self.supported_choice.set_spoken_name(
                self.tr("{exercise}: the easier way, with support").format(exercise=name)
            )
