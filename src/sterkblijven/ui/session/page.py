"""The session player: warm-up, each set with its count, effort and pain, rest, cool-down.

The page shows one view at a time and asks the training service what comes next, so it
resumes wherever a session stopped. Every set is committed by the service when confirmed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sterkblijven.domain.catalogue import Catalogue, Exercise
from sterkblijven.domain.model import Measure
from sterkblijven.domain.session import (
    COOLDOWN,
    WARMUP,
    Effort,
    PainPlace,
    SessionState,
    StepKind,
    StopSignal,
)
from sterkblijven.services.training import (
    ExerciseOutcome,
    SessionReport,
    SetInput,
    SkipReason,
    Training,
)
from sterkblijven.ui.common.cues import Cues
from sterkblijven.ui.common.operations import attempt
from sterkblijven.ui.common.timing import Clock, Countdown, Stopwatch
from sterkblijven.ui.common.view import PictureLoader, View
from sterkblijven.ui.common.widgets import (
    BigButton,
    Card,
    ChoiceButton,
    ErrorLabel,
    GuardedStack,
    PictureView,
    Retranslating,
    TapCounter,
    TextLabel,
    button_row,
    clear_layout,
    make_exclusive,
    widgets_in,
)
from sterkblijven.words.basics import count_text, current_language, load_text, target_text
from sterkblijven.words.progression import next_time
from sterkblijven.words.session import effort_name, movement, pain_place_name, stop_signal_text

EXTRA_REST_SECONDS = 30
_T = TypeVar("_T")


def clock_text(seconds: int) -> str:
    """Return seconds as m:ss."""
    return f"{seconds // 60}:{seconds % 60:02d}"


class PhaseView(View):
    """Warm-up or cool-down: guided movements, each with its own countdown."""

    done = Signal()
    moved = Signal()  # the person went to the next movement

    def __init__(self, cooldown: bool, clock: Clock, cues: Cues) -> None:
        super().__init__()
        self._cooldown = cooldown
        self._movements = COOLDOWN if cooldown else WARMUP
        self._index = 0
        self._cues = cues
        self.countdown = Countdown(clock, self)
        self.step_label = TextLabel("muted")
        self.name = TextLabel("heading")
        self.instruction = TextLabel()
        self.time_left = TextLabel("count")
        self.time_left.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.start_pause = BigButton("primary")
        self.next_movement = BigButton()
        self.finish = BigButton()
        for widget in (self.step_label, self.name, self.instruction, self.time_left):
            self.body.addWidget(widget)
        self.body.addLayout(button_row(self.start_pause, self.next_movement))
        self.body.addStretch(1)
        self.footer.addStretch(1)
        self.footer.addWidget(self.finish)
        self.countdown.changed.connect(self._show_time)
        self.countdown.finished.connect(self.on_movement_over)
        self.start_pause.clicked.connect(self.on_start_pause)
        self.next_movement.clicked.connect(self.on_next_movement)
        self.finish.clicked.connect(self.on_finish)
        self.retranslate_ui()

    def reset(self) -> None:
        """Show the first movement, not yet started."""
        self._index = 0
        self.countdown.stop()
        self._show_movement()

    def on_start_pause(self) -> None:
        """Start, pause or go on with the countdown of this movement."""
        if self.countdown.is_running():
            self.countdown.pause()
        elif self.countdown.remaining() > 0:
            self.countdown.resume()
        else:
            self.countdown.start(self._movements[self._index][1])
        self._update_buttons()

    def on_movement_over(self) -> None:
        """Cue the end of a movement and start the next one; after the last, finish."""
        if self._index + 1 < len(self._movements):
            self._index += 1
            self._show_movement()
            self._cues.cue(movement(self._movements[self._index][0])[0], self.name)
            self.countdown.start(self._movements[self._index][1])
        else:
            self._cues.cue(self.finish.text(), self.name)
            self.step_label.setText(self.tr("All movements done. Well done!"))
        self._update_buttons()

    def on_next_movement(self) -> None:
        """Go to the next movement straight away."""
        running = self.countdown.is_running()
        self.countdown.stop()
        self.moved.emit()
        if self._index + 1 < len(self._movements):
            self._index += 1
            self._show_movement()
            if running:
                self.countdown.start(self._movements[self._index][1])
        self._update_buttons()

    def on_finish(self) -> None:
        """End the phase (also before its end)."""
        self.countdown.stop()
        self.done.emit()

    def _show_movement(self) -> None:
        code, seconds = self._movements[self._index]
        name, instruction = movement(code)
        self.step_label.setText(
            self.tr("Movement {number} of {total}").format(
                number=self._index + 1, total=len(self._movements)
            )
        )
        self.name.setText(name)
        self.instruction.setText(instruction)
        self._show_time(seconds)
        self._update_buttons()

    def _show_time(self, seconds: int) -> None:
        if not self.countdown.is_running() and self.countdown.remaining() == 0:
            seconds = self._movements[self._index][1] if seconds == 0 else seconds
        self.time_left.setText(clock_text(seconds))
        self.time_left.setAccessibleName(self.tr("{seconds} seconds left").format(seconds=seconds))

    def _update_buttons(self) -> None:
        if self.countdown.is_running():
            self.start_pause.setText(self.tr("Pause"))
        elif self.countdown.remaining() > 0:
            self.start_pause.setText(self.tr("Go on"))
        else:
            self.start_pause.setText(self.tr("Start"))
        self.next_movement.setVisible(self._index + 1 < len(self._movements))

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        if self._cooldown:
            self.title.setText(self.tr("Cool down"))
            self.finish.setText(self.tr("Finish the session"))
        else:
            self.title.setText(self.tr("Warm up"))
            self.finish.setText(self.tr("On to the exercises"))
        self.next_movement.setText(self.tr("Next movement"))
        self._show_movement()


class ExerciseView(View):
    """One set: what to do, and counting the repetitions."""

    set_done = Signal(int, bool)  # repetitions, reached failure
    skip_requested = Signal()
    undo_requested = Signal()
    stop_requested = Signal()
    explanation_requested = Signal(object)

    def __init__(
        self, load_picture: PictureLoader, picture_width: Callable[[], int], clock: Clock
    ) -> None:
        super().__init__()
        self._load_picture = load_picture
        self._picture_width = picture_width
        self._exercise: Exercise | None = None
        self._count = 0
        self.stopwatch = Stopwatch(clock, self)
        self.set_label = TextLabel("muted")
        self.pictures = QHBoxLayout()
        self.pictures.setSpacing(16)
        self.summary = TextLabel()
        self.steps = TextLabel()
        self.dose = TextLabel("heading")
        self.hint = TextLabel()
        self.explain = BigButton()
        self.minus = BigButton()
        self.failure = BigButton("primary")
        self.stop_here = BigButton()
        counter = TapCounter(self.minus, self.stop_here, self.failure)
        self.count, self.tap = counter.count, counter.tap
        self.type_label = TextLabel()
        self.typed = QLineEdit()
        self.typed.setValidator(QIntValidator(0, 200, self.typed))
        self.typed.setMaxLength(3)
        self.type_label.setBuddy(self.typed)
        self.save_typed = BigButton()
        self.error = ErrorLabel()
        self.skip = BigButton()
        self.undo = BigButton()
        self.stop = BigButton()
        for widget in (self.set_label,):
            self.body.addWidget(widget)
        self.body.addLayout(self.pictures)
        for widget in (self.dose, self.hint, self.steps, self.summary):
            self.body.addWidget(widget)
        self.body.addLayout(button_row(self.explain))
        # The counter stays in view below the scrolling information: it is what the person
        # uses during the set, at any text size.
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        fixed = QHBoxLayout()
        fixed.setContentsMargins(32, 4, 32, 0)
        fixed.addWidget(counter)
        outer.insertLayout(1, fixed)
        typed_row = QHBoxLayout()
        typed_row.setSpacing(16)
        typed_row.addWidget(self.typed, 1)
        typed_row.addWidget(self.save_typed)
        self.body.addWidget(self.type_label)
        self.body.addLayout(typed_row)
        self.body.addWidget(self.error)
        self.body.addStretch(1)
        for button in (self.skip, self.undo, self.stop):
            self.footer.addWidget(button)
        self.footer.addStretch(1)
        self.tap.clicked.connect(self.on_tap)
        self.minus.clicked.connect(self.on_minus)
        self.failure.clicked.connect(lambda: self._finish_set(True))
        self.stop_here.clicked.connect(lambda: self._finish_set(False))
        self.save_typed.clicked.connect(self.on_save_typed)
        self.typed.returnPressed.connect(self.on_save_typed)
        self.skip.clicked.connect(self.skip_requested)
        self.undo.clicked.connect(self.undo_requested)
        self.stop.clicked.connect(self.stop_requested)
        self.explain.clicked.connect(lambda: self.explanation_requested.emit(self._exercise))
        self.stopwatch.changed.connect(self._set_count)
        self._measure = Measure.REPS
        self._state: tuple[SessionState, int, int] | None = None
        self.retranslate_ui()

    def show_set(
        self, state: SessionState, position: int, set_number: int, exercise: Exercise
    ) -> None:
        """Show one set of an exercise, with the count at zero."""
        self._state = (state, position, set_number)
        self._exercise = exercise
        self._measure = exercise.measure
        self.stopwatch.reset()
        self._set_count(0)
        self.typed.clear()
        self.error.show_message("")
        clear_layout(self.pictures)
        width = max(120, int(self._picture_width() * 0.6))
        for name in (exercise.start_picture, exercise.end_picture):
            picture = PictureView()
            picture.set_svg(self._load_picture(name))
            picture.set_display_width(width)
            self.pictures.addWidget(picture)
        self.pictures.addStretch(1)
        # Undo here only reaches back into this exercise; a set of an earlier one is undone
        # from the rest or stop-advice screen right after it was saved.
        self.undo.setVisible(bool(state.progress_at(position).sets))
        beginner = state.stop_short and exercise.measure is Measure.REPS
        self.failure.set_role("" if beginner else "primary")
        self.stop_here.set_role("primary" if beginner else "")
        self._fill_texts()
        self.tap.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill_texts(self) -> None:
        if self._state is None or self._exercise is None:
            return
        state, position, set_number = self._state
        item = state.progress_at(position).item
        text = self._exercise.text(current_language())
        self.title.setText(text.name)
        self.set_label.setText(
            self.tr("Set {number} of {total}").format(number=set_number, total=item.sets)
        )
        self.summary.setText(text.summary)
        self.steps.setText("\n".join(f"{n}.  {step}" for n, step in enumerate(text.steps, 1)))
        target = target_text(self._measure, item.rep_min, item.rep_max, state.stop_short)
        if item.slow_tempo:
            target = self.tr("{target}, slowly: count to three on the way down").format(
                target=target
            )
        self.dose.setText(f"{load_text(item.load)} · {target}")
        if self._measure is Measure.SECONDS:
            self.hint.setText(self.tr("Tap Start when you stand ready, and Stop when you let go."))
        elif state.back_after_break and not state.beginner:
            self.hint.setText(
                self.tr(
                    "Welcome back after your break: stop 2 or 3 times before you really cannot "
                    "go on. Then tap 'Done, I stop here'."
                )
            )
        elif state.stop_short:
            self.hint.setText(
                self.tr(
                    "You are just starting: stop 2 or 3 times before you really cannot go on. "
                    "Then tap 'Done, I stop here'."
                )
            )
        else:
            self.hint.setText(
                self.tr("Tap the big button at every repetition. Tap 'I can't do more' at the end.")
            )
        pictures = [w for w in widgets_in(self.pictures) if isinstance(w, PictureView)]
        for index, picture in enumerate(pictures):
            label = self.tr("Start position") if index == 0 else self.tr("End position")
            picture.setAccessibleName(f"{label}: {text.name}")

    def count_value(self) -> int:
        """Return the count on screen."""
        return self._count

    def measure(self) -> Measure:
        """Return what this set counts: repetitions, seconds or steps."""
        return self._measure

    def on_tap(self) -> None:
        """Count one repetition (or start and stop the time for a held exercise)."""
        if self._measure is Measure.SECONDS:
            if not self.stopwatch.is_running():
                self.stopwatch.start()
            elif self.stopwatch.seconds() >= 1:  # a stop at 0 s is the second tap of a start
                self.stopwatch.stop()
            self._update_tap()
            return
        self._set_count(self._count + 1)

    def on_minus(self) -> None:
        """Take one off a count that went too far."""
        if self._measure is Measure.SECONDS:
            self.stopwatch.stop()
        self._set_count(max(0, self._count - 1))

    def on_save_typed(self) -> None:
        """Use a typed count instead of the tapped one."""
        text = self.typed.text().strip()
        if not text.isdecimal():
            self.error.show_message(self.tr("Please type the number, for example 20."))
            return
        self._set_count(int(text))
        self.typed.clear()
        self.error.show_message("")

    def _finish_set(self, reached_failure: bool) -> None:
        if self.stopwatch.is_running():
            self.stopwatch.stop()
        self.set_done.emit(self._count, reached_failure)

    def _set_count(self, value: int) -> None:
        self._count = value
        self.count.setText(str(value))
        self.count.setAccessibleName(count_text(value, self._measure))
        self._update_tap()

    def _update_tap(self) -> None:
        if self._measure is Measure.SECONDS:
            self.tap.setText(
                self.tr("Stop the time")
                if self.stopwatch.is_running()
                else self.tr("Start the time")
            )
        elif self._measure is Measure.STEPS:
            self.tap.setText(self.tr("+1  Tap at every step"))
        else:
            self.tap.setText(self.tr("+1  Tap at every repetition"))

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.explain.setText(self.tr("Full explanation"))
        self.minus.setText(self.tr("− 1"))
        self.minus.setAccessibleName(self.tr("One less"))
        self.failure.setText(self.tr("I can't do more"))
        self.stop_here.setText(self.tr("Done, I stop here"))
        self.type_label.setText(self.tr("Or type how many times"))
        self.typed.setAccessibleName(self.tr("Or type how many times"))
        self.save_typed.setText(self.tr("Save this number"))
        self.skip.setText(self.tr("Skip this exercise"))
        self.undo.setText(self.tr("Undo the last set"))
        self.stop.setText(self.tr("Stop the session"))
        self._set_count(self._count)
        self._fill_texts()


class EffortView(View):
    """How hard was it: five words."""

    chosen = Signal(object)
    back_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.question = TextLabel()
        self.body.addWidget(self.question)
        self.choices = {effort: ChoiceButton() for effort in Effort}
        for effort, button in self.choices.items():
            self.body.addWidget(button)
            button.clicked.connect(lambda _c=False, e=effort: self.chosen.emit(e))
        make_exclusive(tuple(self.choices.values()))
        self.body.addStretch(1)
        self.back = BigButton()
        self.footer.addWidget(self.back)
        self.footer.addStretch(1)
        self.back.clicked.connect(self.back_requested)
        self.retranslate_ui()

    def reset(self) -> None:
        """Show no choice yet."""
        for button in self.choices.values():
            button.setChecked(False)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("How hard was it?"))
        self.question.setText(self.tr("Tap the word that fits best."))
        for effort, button in self.choices.items():
            button.set_label(effort_name(effort))
        self.back.setText(self.tr("Back"))


class PainView(View):
    """Pain 0-10, where it hurts, and the stop signals; then the set is saved."""

    confirmed = Signal(int, object, object)  # pain, place or None, frozenset of signals
    back_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.question = TextLabel()
        self.body.addWidget(self.question)
        grid = QGridLayout()
        grid.setSpacing(10)
        self.levels = [ChoiceButton() for _ in range(11)]
        for level, button in enumerate(self.levels):
            grid.addWidget(button, level // 6, level % 6)
            button.clicked.connect(self._update_places)
        make_exclusive(self.levels)
        self.body.addLayout(grid)
        self.place_label = TextLabel("heading")
        self.body.addWidget(self.place_label)
        places = QGridLayout()
        places.setSpacing(10)
        self.places = {place: ChoiceButton() for place in PainPlace}
        for index, button in enumerate(self.places.values()):
            places.addWidget(button, index // 4, index % 4)
        make_exclusive(tuple(self.places.values()))
        self.body.addLayout(places)
        self.signal_label = TextLabel("heading")
        self.body.addWidget(self.signal_label)
        self.signals = {signal: ChoiceButton() for signal in StopSignal}
        for button in self.signals.values():
            self.body.addWidget(button)
        self.error = ErrorLabel()
        self.body.addWidget(self.error)
        self.body.addStretch(1)
        self.back = BigButton()
        self.save = BigButton("primary")
        self.footer.addWidget(self.back)
        self.footer.addStretch(1)
        self.footer.addWidget(self.save)
        self.back.clicked.connect(self.back_requested)
        self.save.clicked.connect(self.on_save)
        self.retranslate_ui()

    def reset(self) -> None:
        """Clear every answer."""
        for button in (*self.levels, *self.places.values(), *self.signals.values()):
            button.setChecked(False)
        self.error.show_message("")
        self._update_places()

    def pain(self) -> int | None:
        """Return the chosen pain level."""
        return next((level for level, b in enumerate(self.levels) if b.isChecked()), None)

    def _update_places(self) -> None:
        hurts = (self.pain() or 0) > 0
        self.place_label.setVisible(hurts)
        for button in self.places.values():
            button.setVisible(hurts)

    def on_save(self) -> None:
        """Save the set with the pain answers, or ask for the number first."""
        pain = self.pain()
        if pain is None:
            self.error.show_message(self.tr("Please tap a number from 0 (no pain) to 10."))
            return
        place = next((p for p, b in self.places.items() if b.isChecked()), None) if pain else None
        signals = frozenset(s for s, b in self.signals.items() if b.isChecked())
        self.confirmed.emit(pain, place, signals)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Did it hurt?"))
        self.question.setText(
            self.tr("How much pain did you have during this exercise? 0 is none, 10 is the worst.")
        )
        for level, button in enumerate(self.levels):
            if level == 0:
                button.set_label(self.tr("0 none"))
            elif level == 10:
                button.set_label(self.tr("10 worst"))
            else:
                button.set_label(str(level))
            button.setAccessibleDescription(self.tr("Pain"))
        self.place_label.setText(self.tr("Where did it hurt?"))
        for place, button in self.places.items():
            button.set_label(pain_place_name(place))
        self.signal_label.setText(self.tr("Did you notice any of these? Tap what fits."))
        for signal, button in self.signals.items():
            button.set_label(stop_signal_text(signal))
        self.back.setText(self.tr("Back"))
        self.save.setText(self.tr("Save this set"))


class StopAdviceView(View):
    """After too much pain or a stop signal: stop this exercise, and where to get advice."""

    go_on = Signal()
    stop_requested = Signal()
    undo_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.advice = TextLabel()
        self.body.addWidget(self.advice)
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

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Stop this exercise"))
        self.advice.setText(
            self.tr(
                "You had a lot of pain, or something that is a reason to stop. Please do not "
                "do this exercise any more today. Your answers are saved.\n\nDoes the pain "
                "stay, or does a joint swell, feel warm, lock or give way? Contact your GP or "
                "physiotherapist. This is advice, not a diagnosis."
            )
        )
        self.next.setText(self.tr("Skip it and go on"))
        self.stop.setText(self.tr("Stop the session"))
        self.wrong.setText(self.tr("I tapped a wrong answer: undo this set"))


class RestView(View):
    """A large countdown between sets, with pause, 30 seconds more and skip."""

    done = Signal()
    undo_requested = Signal()

    def __init__(self, clock: Clock, cues: Cues) -> None:
        super().__init__()
        self._cues = cues
        self.countdown = Countdown(clock, self)
        self.time_left = TextLabel("count")
        self.time_left.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.status = TextLabel("heading")
        self.status.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.up_next = TextLabel()
        self.pause = BigButton()
        self.more = BigButton()
        self.go_on = BigButton("primary")
        self.undo = BigButton()
        for widget in (self.time_left, self.status, self.up_next):
            self.body.addWidget(widget)
        self.body.addLayout(button_row(self.pause, self.more))
        self.body.addStretch(1)
        self.footer.addWidget(self.undo)
        self.footer.addStretch(1)
        self.footer.addWidget(self.go_on)
        self.undo.clicked.connect(self.undo_requested)
        self.countdown.changed.connect(self._show_time)
        self.countdown.finished.connect(self.on_time_up)
        self.pause.clicked.connect(self.on_pause)
        self.more.clicked.connect(lambda: self.countdown.add(EXTRA_REST_SECONDS))
        self.go_on.clicked.connect(self.on_go_on)
        self._over = False
        self._next_text = ""
        self.retranslate_ui()

    def start(self, seconds: int, next_text: str) -> None:
        """Start resting for ``seconds``; ``next_text`` says what comes after."""
        self._over = False
        self._next_text = next_text
        self.status.set_role("heading")
        self.countdown.start(seconds)
        self._refresh()

    def is_over(self) -> bool:
        """Return True once the rest time is up."""
        return self._over

    def on_pause(self) -> None:
        """Pause or go on."""
        if self.countdown.is_running():
            self.countdown.pause()
        else:
            self.countdown.resume()
        self._refresh()

    def on_time_up(self) -> None:
        """Show, sound and say that the rest is over; wait for the person."""
        self._over = True
        self.status.set_role("notice")
        self._refresh()
        self._cues.cue(self.status.text(), self.status)

    def on_go_on(self) -> None:
        """Continue, also before the time is up."""
        self.countdown.stop()
        self.done.emit()

    def _show_time(self, seconds: int) -> None:
        self.time_left.setText(clock_text(seconds))
        self.time_left.setAccessibleName(
            self.tr("{seconds} seconds of rest left").format(seconds=seconds)
        )

    def _refresh(self) -> None:
        if self._over:
            self.status.setText(self.tr("Rest is over. Ready for the next one?"))
        elif self.countdown.is_running():
            self.status.setText(self.tr("Rest a moment. Breathe calmly."))
        else:
            self.status.setText(self.tr("Paused."))
        self.pause.setText(self.tr("Pause") if self.countdown.is_running() else self.tr("Go on"))
        self.pause.setEnabled(not self._over)
        self.more.setEnabled(not self._over)
        self.up_next.setText(self.tr("Next: {what}").format(what=self._next_text))
        self.go_on.setText(self.tr("Next") if self._over else self.tr("Skip the rest"))

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Rest"))
        self.more.setText(self.tr("+30 seconds"))
        self.undo.setText(self.tr("Undo the set I just saved"))
        self._refresh()


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


class SummaryView(View):
    """What was done, compared with last time, and what next time asks."""

    home_requested = Signal()

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__()
        self._catalogue = catalogue
        self._report: SessionReport | None = None
        self._name = ""
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
        self._fill()

    def _fill(self) -> None:
        clear_layout(self.lines)
        report = self._report
        if report is None:
            return
        self.title.setText(self.tr("Well done, {name}!").format(name=self._name))
        self.intro.setText(
            self.tr("Sets done today: {sets}. Every session keeps you stronger.").format(
                sets=report.sets_done
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
            what.setText(self._outcome_text(outcome, exercise.measure))
            card.content.addWidget(name)
            card.content.addWidget(what)
            self.lines.addWidget(card)

    def _outcome_text(self, outcome: ExerciseOutcome, measure: Measure) -> str:
        parts = []
        if outcome.stopped_for_pain:
            parts.append(self.tr("Stopped because of pain. Good that you listened to your body."))
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


class SessionPage(Retranslating, QWidget):
    """Guides one session from warm-up to summary; resumes wherever it stopped."""

    finished = Signal()
    explanation_requested = Signal(object)
    data_changed = Signal()

    def __init__(
        self,
        training: Training,
        catalogue: Catalogue,
        load_picture: PictureLoader,
        picture_width: Callable[[], int],
        cues: Cues,
        clock: Clock = time.monotonic,
    ) -> None:
        super().__init__()
        self._training = training
        self._catalogue = catalogue
        self._state: SessionState | None = None
        self._name = ""
        self._pending: tuple[int, bool] = (0, False)
        self._effort: Effort | None = None
        self._before_confirm: QWidget | None = None
        self._cues = cues
        self._last_position: int | None = None  # the exercise of the set saved last
        self.error = ErrorLabel()
        self.views = GuardedStack(clock)
        self.warmup = PhaseView(False, clock, cues)
        self.cooldown = PhaseView(True, clock, cues)
        self.exercise = ExerciseView(load_picture, picture_width, clock)
        self.effort = EffortView()
        self.pain = PainView()
        self.stop_advice = StopAdviceView()
        self.rest = RestView(clock, cues)
        self.confirm_stop = ConfirmStopView()
        self.summary = SummaryView(catalogue)
        for view in (
            self.warmup,
            self.exercise,
            self.effort,
            self.pain,
            self.stop_advice,
            self.rest,
            self.confirm_stop,
            self.cooldown,
            self.summary,
        ):
            self.views.addWidget(view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.error)
        layout.addWidget(self.views, 1)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.warmup.done.connect(self.on_warmup_done)
        self.cooldown.done.connect(self.on_cooldown_done)
        self.exercise.set_done.connect(self.on_set_done)
        self.exercise.skip_requested.connect(self.on_skip)
        self.exercise.undo_requested.connect(self.on_undo)
        self.exercise.stop_requested.connect(self.on_stop_requested)
        self.exercise.explanation_requested.connect(self.explanation_requested)
        self.effort.chosen.connect(self.on_effort_chosen)
        self.effort.back_requested.connect(lambda: self.views.setCurrentWidget(self.exercise))
        self.pain.confirmed.connect(self.on_pain_confirmed)
        self.pain.back_requested.connect(lambda: self.views.setCurrentWidget(self.effort))
        self.stop_advice.go_on.connect(self.on_skip_for_pain)
        self.stop_advice.stop_requested.connect(self.on_stop_requested)
        self.rest.done.connect(self.show_next)
        self.rest.undo_requested.connect(self.on_undo)
        self.stop_advice.undo_requested.connect(self.on_undo)
        self.warmup.moved.connect(self.views.pulse)
        self.cooldown.moved.connect(self.views.pulse)
        self.confirm_stop.confirmed.connect(self.on_stop_confirmed)
        self.confirm_stop.cancelled.connect(self.on_stop_cancelled)
        self.summary.home_requested.connect(self.finished)

    def open(self, state: SessionState, trainee_name: str) -> None:
        """Show a session at the step it has reached."""
        self._state = state
        self._name = trainee_name
        self.show_next()

    def state(self) -> SessionState | None:
        """Return the session on screen."""
        return self._state

    def current_view(self) -> QWidget:
        """Return the view on screen."""
        view = self.views.currentWidget()
        assert view is not None
        return view

    def show_next(self) -> None:
        """Show whatever the session needs next."""
        state = self._state
        if state is None:
            return
        self.error.show_message("")
        self.views.pulse()  # also when the same view shows again, after a skip or an undo
        step = state.next_step()
        if step.kind is StepKind.WARMUP:
            self.warmup.reset()
            self.views.setCurrentWidget(self.warmup)
        elif step.kind is StepKind.EXERCISE and step.position is not None:
            item = state.progress_at(step.position).item
            exercise = self._catalogue.get(item.exercise_id)
            if exercise is None:  # removed from the catalogue since: pass it over
                position = step.position
                unavailable = SkipReason.UNAVAILABLE
                self._call(lambda: self._training.skip(state.id, position, unavailable))
                return
            self.exercise.show_set(state, step.position, step.set_number or 1, exercise)
            self.views.setCurrentWidget(self.exercise)
        elif step.kind is StepKind.COOLDOWN:
            self.cooldown.reset()
            self.views.setCurrentWidget(self.cooldown)
        else:
            report = self._call_value(lambda: self._training.report(state.id))
            if report is not None:
                self._show_summary(report)

    def on_warmup_done(self) -> None:
        """Mark the warm-up done and go to the first exercise."""
        state = self._state
        if state is not None:
            self._call(lambda: self._training.finish_warmup(state.id))

    def on_set_done(self, reps: int, reached_failure: bool) -> None:
        """Keep the count and ask for the effort."""
        self._pending = (reps, reached_failure)
        self.effort.reset()
        self.views.setCurrentWidget(self.effort)

    def on_effort_chosen(self, effort: Effort) -> None:
        """Keep the effort and ask about pain."""
        self._effort = effort
        self.pain.reset()
        self.views.setCurrentWidget(self.pain)

    def on_pain_confirmed(
        self, pain: int, place: PainPlace | None, signals: frozenset[StopSignal]
    ) -> None:
        """Commit the set; then stop advice, a rest, or what comes next."""
        state = self._state
        step = state.next_step() if state is not None else None
        if state is None or step is None or step.position is None:
            return
        reps, failure = self._pending
        entry = SetInput(reps, failure, self._effort, pain, place, signals)
        position = step.position
        item = state.progress_at(position).item
        new_state = self._call_value(lambda: self._training.record_set(state.id, position, entry))
        if new_state is None:
            return
        self._state = new_state
        self._last_position = position
        self.data_changed.emit()
        recorded = new_state.progress_at(position).sets[-1]
        self._cues.announce(
            self,
            self.tr("Set saved: {count}.").format(count=count_text(reps, self.exercise.measure())),
        )
        following = new_state.next_step()
        if recorded.must_stop:
            self.views.setCurrentWidget(self.stop_advice)
        elif following.kind is StepKind.EXERCISE and following.position is not None:
            self.rest.start(
                item.rest_seconds,
                self._next_text(new_state, following.position, following.set_number or 1),
            )
            self.views.setCurrentWidget(self.rest)
        else:
            self.show_next()

    def _next_text(self, state: SessionState, position: int, set_number: int) -> str:
        item = state.progress_at(position).item
        exercise = self._catalogue.get(item.exercise_id)
        name = exercise.text(current_language()).name if exercise else item.exercise_id
        return self.tr("{exercise}, set {number}").format(exercise=name, number=set_number)

    def on_skip(self) -> None:
        """Skip the rest of the exercise on screen."""
        state = self._state
        step = state.next_step() if state is not None else None
        if step is not None and step.position is not None:
            self._skip(step.position, SkipReason.CHOSEN)

    def on_skip_for_pain(self) -> None:
        """Record that the exercise that hurt stops because of pain, and go on."""
        if self._last_position is not None:
            self._skip(self._last_position, SkipReason.PAIN)

    def _skip(self, position: int, reason: SkipReason) -> None:
        state = self._state
        if state is not None:
            self._call(lambda: self._training.skip(state.id, position, reason))

    def on_undo(self) -> None:
        """Undo the last confirmed set; it stays in the record, marked."""
        state = self._state
        if state is not None:
            self._call(lambda: self._training.undo_last_set(state.id))

    def on_stop_requested(self) -> None:
        """Ask before ending the session early."""
        self._before_confirm = self.views.currentWidget()
        self.views.setCurrentWidget(self.confirm_stop)

    def on_stop_cancelled(self) -> None:
        """Return to where the person was."""
        self.views.setCurrentWidget(self._before_confirm or self.exercise)

    def on_stop_confirmed(self) -> None:
        """End the session early and show what was done."""
        state = self._state
        if state is None:
            return
        report = self._call_value(lambda: self._training.end_early(state.id))
        if report is not None:
            self._state = report.state
            self.data_changed.emit()
            self._show_summary(report)

    def on_cooldown_done(self) -> None:
        """Finish the session and show the summary."""
        state = self._state
        if state is None:
            return
        report = self._call_value(lambda: self._training.finish(state.id))
        if report is not None:
            self._state = report.state
            self.data_changed.emit()
            self._show_summary(report)

    def _show_summary(self, report: SessionReport) -> None:
        # Nothing counts any more: no timer may keep waking the app.
        for countdown in (self.rest.countdown, self.warmup.countdown, self.cooldown.countdown):
            countdown.stop()
        self.exercise.stopwatch.reset()
        self.summary.show_report(report, self._name)
        self.views.setCurrentWidget(self.summary)

    def _call(self, action: Callable[[], SessionState]) -> None:
        new_state = self._call_value(action)
        if new_state is not None:
            self._state = new_state
            self.data_changed.emit()
            self.show_next()

    def _call_value(self, action: Callable[[], _T]) -> _T | None:
        """Run a service call; a refusal or data problem is shown in plain words."""
        return attempt(action, self.error.show_message)[1]
