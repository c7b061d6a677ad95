"""One set of an exercise: what to do, and counting the repetitions, seconds or steps."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QIntValidator, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout

from sterkblijven.domain.catalogue import Exercise
from sterkblijven.domain.model import EquipmentKind, Measure
from sterkblijven.domain.notes import note_names
from sterkblijven.domain.session import SessionState
from sterkblijven.ui.common.cues import Cues
from sterkblijven.ui.common.moving_picture import MovingPicture
from sterkblijven.ui.common.timing import Clock, Countdown, Stopwatch
from sterkblijven.ui.common.view import PictureLoader, View
from sterkblijven.ui.common.widgets import (
    BigButton,
    ErrorLabel,
    PictureView,
    TapCounter,
    TextLabel,
    button_row,
    clear_layout,
    widgets_in,
)
from sterkblijven.ui.session.pictures import fit_pictures, put_pictures
from sterkblijven.words.basics import count_text, current_language, load_text, target_text
from sterkblijven.words.session import hold_over_sentence, seconds_left_text

# Counting along: a design choice, not a published figure. About 3 s per repetition is the
# calm tempo of chair and band exercises (1-2 s up, 1-2 s down); the plan's slow tempo counts
# three on the way down, so a repetition then takes about 5 s.
TEMPO_SECONDS = 3.0
SLOW_TEMPO_SECONDS = 5.0
LEAD_IN_SECONDS = 3  # "3, 2, 1": time to take up the start position
# Two taps closer together than this cannot be two repetitions: a shaking or double tap.
MIN_TAP_SECONDS = 0.3


class ExerciseView(View):
    """One set: what to do, and counting the repetitions."""

    set_done = Signal(int, bool)  # repetitions, reached failure
    skip_requested = Signal()
    undo_requested = Signal()
    stop_requested = Signal()
    explanation_requested = Signal(object)

    def __init__(
        self,
        load_picture: PictureLoader,
        picture_width: Callable[[], int],
        clock: Clock,
        cues: Cues | None = None,
    ) -> None:
        super().__init__()
        self._clock = clock
        self._cues = cues
        self._last_tap = -1e9
        self._along = True  # count along, the default for repetitions; taps stay a choice
        # ready, lead_in, then counting (counting along) or holding (a timed hold counting down)
        self._phase = "ready"
        self.lead_in = Countdown(clock, self)
        self.along_watch = Stopwatch(clock, self)
        self._load_picture = load_picture
        self._picture_width = picture_width
        self._exercise: Exercise | None = None
        self._motion = True  # one picture moving between the positions, or two still ones
        self._count = 0
        self.stopwatch = Stopwatch(clock, self)
        self.set_label = TextLabel("muted")
        self.pictures = QHBoxLayout()
        self.pictures.setSpacing(16)
        self.summary = TextLabel()
        self.steps = TextLabel()
        self.dose = TextLabel("heading")
        self.way = TextLabel()  # how today: the balance step, or the way with this equipment
        self.hint = TextLabel()
        self.explain = BigButton()
        self.minus = BigButton()
        self.failure = BigButton("primary")
        self.stop_here = BigButton()
        self.mode = BigButton()  # count along, or tap at every repetition
        counter = TapCounter()
        self.count, self.tap = counter.count, counter.tap
        self.setup = TextLabel()
        self.joint_tip = TextLabel()
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
        # Name, set, target and pictures first: at 1366x768 and 200 % text they are what must
        # be seen without scrolling. How to hold on in a balance step comes before the pictures,
        # as it matters for safety before the set starts; the way with the equipment after.
        self.notice = TextLabel()  # what was just undone, until the next set shows
        # The carer's note, at the exercise it names: in the scrolling column, so the big
        # buttons beside it stay where they are, and below the pictures, which come first.
        self.carer_note = TextLabel("notice")
        self.carer_note.hide()
        self._note = ""
        for widget in (self.notice, self.set_label, self.dose):
            self.body.addWidget(widget)
        self.body.addLayout(self.pictures)
        below = (self.carer_note, self.way, self.hint, self.setup, self.joint_tip, self.steps)
        for widget in (*below, self.summary):
            self.body.addWidget(widget)
        # Counting along or tapping is chosen before the set, so it waits with the explanation.
        self.body.addLayout(button_row(self.mode))
        self.body.addLayout(button_row(self.explain))
        typed_row = QHBoxLayout()
        typed_row.setSpacing(16)
        typed_row.addWidget(self.minus)  # the count is corrected after the set too
        typed_row.addWidget(self.typed, 1)
        typed_row.addWidget(self.save_typed)
        self.body.addWidget(self.type_label)
        self.body.addLayout(typed_row)
        self.body.addWidget(self.error)
        self.body.addStretch(1)
        # The counter and the footer stand in a column beside the scrolling information, not
        # below it: they are what the person uses during the set, and below they took the
        # height that the name, target and pictures need at large text.
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.removeWidget(self.page)
        outer.removeItem(self.footer)
        column = QVBoxLayout()
        column.setContentsMargins(0, 16, 32, 16)
        column.setSpacing(12)
        column.addWidget(counter)
        for button in (self.stop_here, self.failure):
            column.addWidget(button)
        # Fixed places: Stop and Skip stay where they are for every set; Undo, shown only when
        # there is something to undo, keeps its place when hidden, so that no button moves
        # under the finger.
        column.addWidget(self.undo)
        column.addStretch(1)
        column.addLayout(self.footer)
        self.footer.setContentsMargins(0, 0, 0, 0)
        self.footer.addWidget(self.stop, 1)
        self.footer.addWidget(self.skip, 1)
        policy = self.undo.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.undo.setSizePolicy(policy)
        side = QHBoxLayout()
        side.addWidget(self.page, 1)
        side.addLayout(column, 1)
        outer.addLayout(side, 1)
        self.stopwatch.changed.connect(self._on_hold_tick)
        self.mode.clicked.connect(self.on_mode)
        self.lead_in.changed.connect(self._on_lead_in_changed)
        self.lead_in.finished.connect(self._on_lead_in_over)
        self.along_watch.changed.connect(self._on_along_tick)
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
        self._stop_along()
        self._set_count(0)
        self.typed.clear()
        self.error.show_message("")
        self.show_notice("")
        self._show_pictures()
        # Undo here only reaches back into this exercise; a set of an earlier one is undone
        # from the rest or stop-advice screen right after it was saved.
        self.undo.setVisible(bool(state.progress_at(position).sets))
        self._fill_texts()
        self.fit_pictures()
        self.page.verticalScrollBar().setValue(0)  # every set opens at the top, at its name
        self.tap.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_carer_note(self, note: str) -> None:
        """Keep the plan's note, to show at the exercise it names."""
        self._note = note.strip()
        self._fill_texts()

    def set_motion(self, moving: bool) -> None:
        """Show one picture moving between the positions, or the two still side by side."""
        if moving == self._motion:
            return
        self._motion = moving
        if self._exercise is not None:
            self._show_pictures()
            self._fill_texts()
            self.fit_pictures()

    def _show_pictures(self) -> None:
        exercise = self._exercise
        if exercise is None:
            clear_layout(self.pictures)
            return
        start = self._load_picture(exercise.start_picture)
        end = self._load_picture(exercise.end_picture)
        put_pictures(self.pictures, start, end, moving=self._motion)

    def fit_pictures(self) -> None:
        """Size the pictures to about a third of the window, within the height left for them.

        Name, set, target and how to hold on come above the pictures; at large text the
        pictures shrink (not below a readable size) so that all of it is seen without scrolling.
        """
        way_first = self.body.indexOf(self.way) < self.body.indexOf(self.pictures)
        above = (self.title, self.notice, self.set_label, self.dose) + (
            (self.way,) if way_first else ()
        )
        fit_pictures(self.pictures, self.body, self.page.viewport(), above, self.isVisible())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fit the pictures again to the new size."""
        super().resizeEvent(event)
        self.fit_pictures()

    def showEvent(self, event: QShowEvent) -> None:
        """Fit the pictures once the page has its real size."""
        super().showEvent(event)
        self.fit_pictures()

    def hideEvent(self, event: QHideEvent) -> None:
        """Stop a count-in or hold when the screen is left (to stop, or to read more).

        A hold running on behind another screen would end by itself there and save a set she
        did not see; she starts it again from Start. A minimised window is not leaving.
        """
        super().hideEvent(event)
        if not event.spontaneous() and self._measure is Measure.SECONDS and self._phase != "ready":
            self._stop_along()
            self._set_count(0)

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
        self.setup.setText(self.tr("Getting ready: {setup}").format(setup=text.setup))
        self.joint_tip.setText(self.tr("Kind to your joints: {tip}").format(tip=text.joint_tip))
        self.setup.setVisible(bool(text.setup))
        self.joint_tip.setVisible(bool(text.joint_tip))
        steps = "\n".join(f"{n}.  {step}" for n, step in enumerate(text.steps, 1))
        if item.supported and text.supported:  # chosen for sore knees or hips: read it first
            steps = self.tr("With support: {way}").format(way=text.supported) + "\n\n" + steps
        self.steps.setText(steps)
        target = target_text(self._measure, item.rep_min, item.rep_max, state.stop_short)
        if item.slow_tempo:
            target = self.tr("{target}, slowly: count to three on the way down").format(
                target=target
            )
        self.dose.setText(f"{load_text(item.load)} · {target}")
        named = note_names(self._note, text.name)
        self.carer_note.setText(
            self.tr("From your carer: {note}").format(note=self._note) if named else ""
        )
        self.carer_note.setVisible(named)
        self.way.setText(self._way_text(item.load.kind, item.balance_level))
        self.way.setVisible(bool(self.way.text()))
        balance = self._exercise.level_text(item.balance_level, current_language()) is not None
        self._place_way(before_pictures=balance)
        if self._measure is Measure.SECONDS:
            self.hint.setText(
                self.tr(
                    "Tap Start. After 3, 2, 1 the time counts down from {seconds} seconds; "
                    "a tone sounds at 0. If you let go earlier, tap the big button."
                ).format(seconds=self._hold_target())
            )
        elif state.back_after_break and not state.beginner:
            self.hint.setText(
                self.tr(
                    "Welcome back after your break: stop while you could still do 2 or 3 more "
                    "with good form. Then tap 'Done, I stop here'."
                )
            )
        elif state.stop_short:
            self.hint.setText(
                self.tr(
                    "You are just starting: stop while you could still do 2 or 3 more with good "
                    "form. Then tap 'Done, I stop here'."
                )
            )
        elif self.counts_along():
            self.hint.setText(
                self.tr(
                    "Tap Start. After 3, 2, 1 do one repetition at every number. Tap the big "
                    "button when you cannot do one more with good form."
                )
            )
        else:
            self.hint.setText(
                self.tr(
                    "Tap the big button at every repetition. Tap 'I can't do more' when you "
                    "cannot do one more with good form."
                )
            )
        pictures = [w for w in widgets_in(self.pictures) if isinstance(w, PictureView)]
        captions = (self.tr("Start position"), self.tr("End position"))
        for index, picture in enumerate(pictures):
            if isinstance(picture, MovingPicture):
                picture.set_names(captions, text.name)  # the name follows the frame shown
            else:
                picture.setAccessibleName(f"{captions[min(index, 1)]}: {text.name}")

    def _place_way(self, before_pictures: bool) -> None:
        """Put the way above the pictures for a balance step (how to hold on), else below."""
        self.body.removeWidget(self.way)
        pictures = self.body.indexOf(self.pictures)
        self.body.insertWidget(pictures if before_pictures else pictures + 1, self.way)

    def _way_text(self, kind: EquipmentKind, level: int) -> str:
        exercise = self._exercise
        if exercise is None:
            return ""
        language = current_language()
        step = exercise.level_text(level, language)
        if step is not None:
            total = len(exercise.balance_levels)
            number = min(max(level, 0), total - 1) + 1
            return self.tr("Your step now ({number} of {total}): {step}").format(
                number=number, total=total, step=step
            )
        return exercise.text(language).variants.get(kind, "")

    def show_notice(self, text: str) -> None:
        """Show a short notice above the set, or none."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        self.fit_pictures()

    def shown_exercise(self) -> Exercise | None:
        """Return the exercise on screen."""
        return self._exercise

    def count_value(self) -> int:
        """Return the count on screen."""
        return self._count

    def measure(self) -> Measure:
        """Return what this set counts: repetitions, seconds or steps."""
        return self._measure

    def counts_along(self) -> bool:
        """Return True when the app counts the repetitions of this set."""
        return self._along and self._measure is Measure.REPS

    def phase(self) -> str:
        """Return 'ready', 'lead_in', 'counting' (counting along) or 'holding' (a timed hold)."""
        return self._phase

    def on_mode(self) -> None:
        """Switch between counting along and tapping at every repetition."""
        self._along = not self._along
        self._stop_along()
        self._update_tap()
        self._fill_texts()

    def on_tap(self) -> None:
        """Count one repetition (or start and stop the time for a held exercise)."""
        now = self._clock()
        # A double or shaking tap counts once; counting along, that matters for Start, whose
        # second press would otherwise cancel the count-in it just began.
        guarded = not self.counts_along() or self._phase == "lead_in"
        if guarded and now - self._last_tap < MIN_TAP_SECONDS:
            return
        self._last_tap = now
        if self.counts_along():
            self._on_along_button()
            return
        if self._measure is Measure.SECONDS:
            self._on_hold_button()
            return
        self._set_count(self._count + 1)

    def _on_hold_button(self) -> None:
        if self._phase == "ready":
            self._phase = "lead_in"
            self.lead_in.start(LEAD_IN_SECONDS)
            self._update_tap()
        elif self._phase == "lead_in":  # not standing ready yet: back to Start, nothing counted
            self._stop_along()
            self._set_count(self._count)
        else:
            # Letting go ends the hold: the time held is confirmed with the effort, no extra tap.
            self._finish_set(not self._stop_short())

    def _hold_target(self) -> int:
        """Return the seconds a hold counts down from: the top of the set's target."""
        if self._state is None:
            return 0
        state, position, _ = self._state
        return max(1, state.progress_at(position).item.rep_max)

    def _on_hold_tick(self, _seconds: int) -> None:
        if self._phase != "holding":
            return
        if not self.stopwatch.is_running():  # reset from outside, as when the session ends
            self._stop_along()
            self._set_count(0)
            return
        target = self._hold_target()
        left = math.ceil(target - self.stopwatch.elapsed() - 1e-9)
        if left > 0:
            self.count.setText(str(left))
            self.count.setAccessibleName(seconds_left_text(left))
            return
        # The whole target held: the tone (with the words, where a voice is) tells her from
        # where she stands, and the set ends by itself with the target as its time.
        self._phase = "ready"
        self.stopwatch.reset()
        self._set_count(target)
        if self._cues is not None:
            self._cues.cue(hold_over_sentence(), self.count)
        self._finish_set(False)

    def _on_along_button(self) -> None:
        if self._phase == "ready":
            self._phase = "lead_in"
            self.lead_in.start(LEAD_IN_SECONDS)
            self._update_tap()
        elif self._phase == "lead_in":  # not started yet: back to ready, nothing counted
            self._stop_along()
            self._update_tap()
        else:
            self._finish_set(not self._stop_short())

    def _stop_short(self) -> bool:
        return self._state is not None and self._state[0].stop_short

    def _tempo(self) -> float:
        if self._state is None:
            return TEMPO_SECONDS
        state, position, _ = self._state
        slow = state.progress_at(position).item.slow_tempo
        return SLOW_TEMPO_SECONDS if slow else TEMPO_SECONDS

    def _on_lead_in_changed(self, left: int) -> None:
        if self._phase == "lead_in" and left > 0:
            self.count.setText(str(left))
            self._say(str(left))

    def _on_lead_in_over(self) -> None:
        if self._phase != "lead_in":
            return
        self._set_count(0)
        self._say(self.tr("Go"))
        if self._measure is Measure.SECONDS:
            self.stopwatch.reset()  # before "holding": a reset while holding ends the hold
            self._phase = "holding"
            self.stopwatch.start()
            self._on_hold_tick(0)
        else:
            self._phase = "counting"
            self.along_watch.start()
        self._update_tap()

    def _on_along_tick(self, _seconds: int) -> None:
        if self._phase != "counting":
            return
        done = int(self.along_watch.elapsed() / self._tempo())
        if done > self._count:
            self._set_count(done)
            self._say(str(done))

    def _stop_along(self) -> None:
        self._phase = "ready"
        self.lead_in.stop()
        self.along_watch.reset()
        self.stopwatch.reset()

    def _say(self, word: str) -> None:
        if self._cues is not None:
            self._cues.speak(word)

    def on_minus(self) -> None:
        """Take one off a count that went too far."""
        if self._measure is Measure.SECONDS and self._phase != "ready":
            return  # a running count-in or hold is not corrected, only ended
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
        if self._phase == "holding":
            self._phase = "ready"  # first, so that stopping is not taken for a reset
            held = self.stopwatch.stop()
            self._set_count(min(held, self._hold_target()))
        self._stop_along()
        self._update_tap()
        self.set_done.emit(self._prefilled_count(), reached_failure)

    def _prefilled_count(self) -> int:
        """Return the count to confirm: the one on screen, else the last one of this exercise.

        A set ended without counting (typed nowhere, no taps) still gets a number to correct
        with -1 and +1, rather than 0, which would mean the set was not done.
        """
        if self._count > 0 or self._measure is Measure.SECONDS or self._state is None:
            return self._count
        state, position, _ = self._state
        progress = state.progress_at(position)
        if progress.sets:
            return progress.sets[-1].reps
        return progress.item.rep_min

    def _set_count(self, value: int) -> None:
        self._count = value
        self.count.setText(str(value))
        self.count.setAccessibleName(count_text(value, self._measure))
        self._update_tap()

    def _update_tap(self) -> None:
        if self._measure is Measure.SECONDS and self._phase == "holding":
            self.tap.setText(self.tr("Stop: I let go"))
        elif self._measure is Measure.STEPS:
            self.tap.setText(self.tr("+1  Tap at every step"))
        elif not self._along and self._measure is Measure.REPS:
            self.tap.setText(self.tr("+1  Tap at every repetition"))
        elif self._phase == "ready":
            self.tap.setText(self.tr("Start"))  # the hint and the voice say it counts along
        elif self._phase == "lead_in":
            self.tap.setText(self.tr("Get ready… (tap to wait)"))
        elif self._stop_short():
            self.tap.setText(self.tr("Done, I stop here"))
        else:
            self.tap.setText(self.tr("Stop: I can't do more"))
        # While the app counts, the big button already ends the set one way: the button
        # that would say the same again stands aside, the other way stays.
        # Counting along, the big button is the one to use: no second blue button beside it.
        beginner = self._stop_short() and self._measure is Measure.REPS
        # A timed hold always counts itself, as counting along does.
        along = self.counts_along() or self._measure is Measure.SECONDS
        self.failure.set_role("" if beginner or along else "primary")
        self.stop_here.set_role("primary" if beginner and not along else "")
        busy = along and self._phase != "ready"
        # During a count-in or hold the big button is the only way to end it: letting go.
        holds = busy and self._measure is Measure.SECONDS
        self.stop_here.setVisible(not (holds or (busy and self._stop_short())))
        self.failure.setVisible(not (holds or (busy and not self._stop_short())))
        self.mode.setVisible(self._measure is Measure.REPS)
        self.mode.setText(
            self.tr("I tap myself instead") if self._along else self.tr("Count along with me")
        )

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
        if self._phase == "holding":  # the count shows the seconds left, not the count
            self._on_hold_tick(0)
        self._fill_texts()
