"""Guided functional tests: choose a test, prepare, do it with a big timer and counter, confirm.

Nothing is stored until the person confirms the result; the timer only runs after Start.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from sterkblijven.domain.fitness import FunctionalTest, Retest, parse_value
from sterkblijven.domain.validation import InputRefused
from sterkblijven.services.fitness import FitnessTests, RatedResult, TestPlan
from sterkblijven.ui.common.cues import Cues
from sterkblijven.ui.common.editing import LeaveQuestion, text_field
from sterkblijven.ui.common.operations import attempt
from sterkblijven.ui.common.timing import Clock, Countdown, Stopwatch
from sterkblijven.ui.common.view import PictureLoader, View
from sterkblijven.ui.common.widgets import (
    BigButton,
    ChoiceButton,
    ErrorLabel,
    GuardedStack,
    PictureView,
    TapCounter,
    TextLabel,
    button_row,
    clear_layout,
)
from sterkblijven.words.basics import number, short_date
from sterkblijven.words.fitness import (
    fall_risk_sentence,
    how_to,
    needs_text,
    rated_text,
    retest_text,
    safety_text,
    test_name,
    test_purpose,
    unit_text,
)
from sterkblijven.words.refusals import refusal

LEAD_IN_SECONDS = 3  # "3, 2, 1": time to cross the arms or sit back before the clock runs


class DiscardQuestion(LeaveQuestion):
    """Asked before a count or a measured time is thrown away; Keep is where the keyboard is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._action: Callable[[], object] | None = None
        self.leave_chosen.connect(self._on_leave)
        self.stay_chosen.connect(self._on_stay)

    def confirm(self, action: Callable[[], object]) -> None:
        """Ask; do ``action`` only when the person chooses to throw the result away."""
        self._action = action
        self.ask()

    def _on_leave(self) -> None:
        action, self._action = self._action, None
        self.hide()
        if action is not None:
            action()

    def _on_stay(self) -> None:
        self._action = None
        self.hide()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.question.setText(self.tr("This result is not saved. Throw it away?"))
        self.leave.setText(self.tr("Throw it away"))
        self.stay.setText(self.tr("Keep it"))


class ChooseView(View):
    """The six tests, each with what it shows and when it was last done."""

    chosen = Signal(str)
    back_requested = Signal()
    progress_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.intro = TextLabel()
        self.advice = TextLabel("notice")
        self.tiles = QVBoxLayout()
        self.tiles.setSpacing(12)
        self.error = ErrorLabel()
        for widget in (self.intro, self.advice, self.error):
            self.body.addWidget(widget)
        self.body.addLayout(self.tiles)
        self.body.addStretch(1)
        self.back = BigButton()
        self.progress = BigButton()
        self.footer.addWidget(self.back)
        self.footer.addStretch(1)
        self.footer.addWidget(self.progress)
        self.back.clicked.connect(self.back_requested)
        self.progress.clicked.connect(self.progress_requested)
        self._tests: tuple[FunctionalTest, ...] = ()
        self._latest: dict[str, RatedResult] = {}
        self._retest: Retest | None = None
        self.buttons: dict[str, BigButton] = {}
        self.retranslate_ui()

    def tests(self) -> tuple[FunctionalTest, ...]:
        """Return the tests offered, in order."""
        return self._tests

    def show_tests(
        self,
        tests: tuple[FunctionalTest, ...],
        latest: dict[str, RatedResult],
        retest: Retest | None,
    ) -> None:
        """Show the tests with their last results and why a test is due, if it is."""
        self._tests, self._latest, self._retest = tests, latest, retest
        clear_layout(self.tiles)
        self.buttons = {}
        for test in tests:
            button = BigButton("tile")
            button.clicked.connect(lambda _=False, test_id=test.id: self.chosen.emit(test_id))
            self.tiles.addWidget(button)
            self.buttons[test.id] = button
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Tests"))
        self.intro.setText(
            self.tr(
                "Each test takes a few minutes. Doing them every 6 to 8 weeks shows what your "
                "training does for everyday life."
            )
        )
        self.advice.setVisible(self._retest is not None)
        if self._retest is not None:
            self.advice.setText(retest_text(self._retest))
        for test in self._tests:
            lines = [test_name(test.id), test_purpose(test.id)]
            rated = self._latest.get(test.id)
            if rated is not None:
                lines.append(
                    self.tr("Last time: {result} on {day}.").format(
                        result=unit_text(test.id, rated.result.value),
                        day=short_date(rated.result.taken_at.date()),
                    )
                )
            self.buttons[test.id].setText("\n".join(lines))
        self.back.setText(self.tr("Back"))
        self.progress.setText(self.tr("See your progress"))


class PrepareView(View):
    """What to have ready, how the test goes, and the safety words, with a picture."""

    ready = Signal()
    back_requested = Signal()

    def __init__(self, load_picture: PictureLoader, picture_width: Callable[[], int]) -> None:
        super().__init__()
        self._load_picture = load_picture
        self._picture_width = picture_width
        self.picture = PictureView()
        self.needs_heading = TextLabel("heading")
        self.needs = TextLabel()
        self.steps_heading = TextLabel("heading")
        self.steps = TextLabel()
        self.safety = TextLabel("notice")
        self.body.addWidget(self.picture)
        for widget in (
            self.needs_heading,
            self.needs,
            self.steps_heading,
            self.steps,
            self.safety,
        ):
            self.body.addWidget(widget)
        self.body.addStretch(1)
        self.back = BigButton()
        self.go = BigButton("primary")
        self.footer.addWidget(self.back)
        self.footer.addStretch(1)
        self.footer.addWidget(self.go)
        self.back.clicked.connect(self.back_requested)
        self.go.clicked.connect(self.ready)
        self._plan: TestPlan | None = None
        self.retranslate_ui()

    def show_plan(self, plan: TestPlan) -> None:
        """Show the preparation of a test."""
        self._plan = plan
        try:
            shown = self.picture.set_svg(self._load_picture(plan.test.picture))
        except FileNotFoundError:
            shown = False  # the words alone still guide the test
        self.picture.set_display_width(self._picture_width())
        self.picture.setVisible(shown)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.needs_heading.setText(self.tr("Have ready"))
        self.steps_heading.setText(self.tr("How it goes"))
        self.back.setText(self.tr("Back"))
        self.go.setText(self.tr("I am ready"))
        if self._plan is None:
            return
        test = self._plan.test
        self.title.setText(test_name(test.id))
        self.picture.setAccessibleName(self.tr("Picture: how to set up this test"))
        self.needs.setText("\n".join("• " + needs_text(need, self._plan) for need in test.needs))
        self.steps.setText(
            "\n".join(f"{number}. {step}" for number, step in enumerate(how_to(test.id), start=1))
        )
        self.safety.setText(safety_text(test))


class RunView(View):
    """The test itself: a large countdown with a tap counter, or a stopwatch."""

    measured = Signal(float, bool)  # the value, and whether the arms were needed
    cancel_requested = Signal()
    started = Signal()  # the stack guards against the second tap of a double tap

    def __init__(self, clock: Clock, cues: Cues) -> None:
        super().__init__()
        self._cues = cues
        self.lead_in = Countdown(clock, self)
        self.countdown = Countdown(clock, self)
        self.stopwatch = Stopwatch(clock, self)
        self.time_shown = TextLabel("count")
        self.time_shown.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.status = TextLabel("heading")
        self.status.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.minus = BigButton()
        # Start (and Stop for timed tests) is the one thing to press: as large as the counter.
        self.start_stop = BigButton("go")
        self.again = BigButton()
        self.go_on = BigButton("primary")
        self.cancel = BigButton()
        self.arms = BigButton()
        self.counter = TapCounter(self.minus, self.arms)
        self.count, self.tap = self.counter.count, self.counter.tap
        self.question = DiscardQuestion()
        for widget in (self.time_shown, self.status, self.question):
            self.body.addWidget(widget)
        self.body.addWidget(self.counter)
        self.body.addWidget(self.start_stop)
        self.body.addStretch(1)
        # Start again sits in the footer, so at 200 % the time and the counter fit above it.
        self.footer.addWidget(self.cancel)
        self.footer.addWidget(self.again)
        self.footer.addStretch(1)
        self.footer.addWidget(self.go_on)
        self.tap.clicked.connect(self.on_tap)
        self.minus.clicked.connect(self.on_minus)
        self.start_stop.clicked.connect(self.on_start_stop)
        self.again.clicked.connect(self.on_again)
        self.go_on.clicked.connect(self.on_go_on)
        self.cancel.clicked.connect(self.on_cancel)
        self.arms.clicked.connect(self.on_arms_needed)
        self.question.stay_chosen.connect(self.on_discard_declined)
        self.lead_in.changed.connect(self._show_time)
        self.lead_in.finished.connect(self.on_lead_in_over)
        self.countdown.changed.connect(self._show_time)
        self.countdown.finished.connect(self.on_time_up)
        self.stopwatch.changed.connect(self._show_time)
        self._test: FunctionalTest | None = None
        self._taps = 0
        self._phase = "ready"  # ready, lead_in, running, over
        self.retranslate_ui()

    @property
    def phase(self) -> str:
        """Return 'ready', 'lead_in', 'running' or 'over'."""
        return self._phase

    @property
    def taps(self) -> int:
        """Return the count so far."""
        return self._taps

    def show_test(self, test: FunctionalTest) -> None:
        """Get a test ready to start."""
        self._test = test
        self.restart()
        self.start_stop.setFocus()

    def on_start_stop(self) -> None:
        """Start the lead-in to the test, or stop the stopwatch."""
        test = self._test
        if test is None:
            return
        if self._phase == "ready":
            self._phase = "lead_in"
            self.lead_in.start(LEAD_IN_SECONDS)
            self._cues.cue(self.tr("Get ready."), self.status)
            self.started.emit()
        elif self._phase == "running" and not test.counted:
            self.stopwatch.stop()
            self._phase = "over"
            self._cues.cue(self.tr("Stop!"), self.status)
            self.measured.emit(round(self.stopwatch.elapsed(), 1), False)
            return
        self._refresh()

    def on_lead_in_over(self) -> None:
        """Start the clock of the test itself."""
        test = self._test
        if test is None or self._phase != "lead_in":
            return
        self._phase = "running"
        if test.counted:
            self.countdown.start(test.seconds or 0)
        else:
            self.stopwatch.start()
        self._cues.cue(self.tr("Start!"), self.status)
        self.started.emit()
        self._refresh()
        (self.tap if test.counted else self.start_stop).setFocus()

    def on_time_up(self) -> None:
        """End the counted test: show, sound and say it; a last stand may still be counted."""
        self._phase = "over"
        self._cues.cue(self.tr("Stop! Time is up."), self.status)
        self._refresh()

    def on_tap(self) -> None:
        """Count one more; allowed up to the result screen, for a stand more than halfway up."""
        if self._phase in ("running", "over"):
            self._taps += 1
            self._refresh()
            self._cues.announce(self.count, str(self._taps))

    def on_minus(self) -> None:
        """Count one fewer."""
        self._taps = max(0, self._taps - 1)
        self._refresh()

    def on_arms_needed(self) -> None:
        """Stop the chair stand at once: needing the arms scores 0, as the protocol says."""
        self._stop_clocks()
        self._phase = "over"
        self.measured.emit(0.0, True)

    def on_again(self) -> None:
        """Back to the start, count at zero; asks first when a count would be lost."""
        self._confirm_discard(self.restart)

    def restart(self) -> None:
        """Back to the start at once, count at zero."""
        self._stop_clocks()
        self._taps = 0
        self._phase = "ready"
        self.question.hide()
        self._refresh()

    def on_go_on(self) -> None:
        """Go to the result."""
        if self._test is not None and self._phase == "over":
            self.measured.emit(float(self._taps), False)

    def on_cancel(self) -> None:
        """Leave the test without a result; asks first when a count would be lost."""
        self._confirm_discard(self._leave)

    def _leave(self) -> None:
        self.restart()
        self.cancel_requested.emit()

    def _confirm_discard(self, action: Callable[[], None]) -> None:
        if self._taps == 0 and self._phase != "over":
            action()
        else:
            self.question.confirm(action)

    def on_discard_declined(self) -> None:
        """Keep the count and go on where the person was."""
        (self.tap if self.tap.isEnabled() else self.go_on).setFocus()

    def _stop_clocks(self) -> None:
        self.lead_in.stop()
        self.countdown.stop()
        self.stopwatch.reset()

    def _show_time(self, _seconds: int = 0) -> None:
        test = self._test
        if test is None:
            return
        if self._phase == "lead_in":
            self.time_shown.setText(str(self.lead_in.remaining()))
        elif test.counted:
            left = self.countdown.remaining() if self._phase == "running" else 0
            if self._phase == "ready":
                left = test.seconds or 0
            minutes, seconds = divmod(left, 60)
            self.time_shown.setText(
                f"{minutes}:{seconds:02d}" if test.seconds and test.seconds >= 60 else str(left)
            )
        else:
            self.time_shown.setText(
                self.tr("{seconds} s").format(seconds=number(round(self.stopwatch.elapsed(), 1)))
            )
        self.time_shown.setAccessibleName(self.time_shown.text())

    def _refresh(self) -> None:
        test = self._test
        if test is None:
            return
        self.title.setText(test_name(test.id))
        counted = test.counted
        self.counter.setVisible(counted)
        self.count.setText(str(self._taps))
        self.count.setAccessibleName(self.tr("Count: {count}").format(count=self._taps))
        self.tap.setEnabled(counted and self._phase in ("running", "over"))
        self.minus.setEnabled(counted and self._taps > 0)
        self.arms.setVisible(test.id == "chair_stand_30s" and self._phase == "running")
        self.start_stop.setVisible(
            self._phase == "ready" or (not counted and self._phase != "lead_in")
        )
        self.start_stop.setEnabled(self._phase in ("ready", "running"))
        self.again.setVisible(self._phase != "ready")
        self.go_on.setVisible(counted and self._phase == "over")
        if self._phase == "ready":
            self.start_stop.setText(self.tr("Start"))
            self.status.setText(self.tr("Press Start when you are ready."))
            self.status.set_role("heading")
        elif self._phase == "lead_in":
            self.status.setText(self.tr("Get ready. The time starts after 3, 2, 1."))
            self.status.set_role("heading")
        elif self._phase == "running":
            self.start_stop.setText(self.tr("Stop"))
            self.status.setText(
                self.tr("Go!") if counted else self.tr("Press Stop as soon as you sit.")
            )
            self.status.set_role("heading")
        else:
            self.status.setText(self.tr("Time is up. Correct the count if needed, then go on."))
            self.status.set_role("notice")
        self._show_time()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.tap.setText(self.tr("Tap: one more"))
        self.minus.setText(self.tr("One fewer"))
        self.again.setText(self.tr("Start again"))
        self.go_on.setText(self.tr("Go on"))
        self.cancel.setText(self.tr("Stop without a result"))
        self.arms.setText(self.tr("I need my arms: stop now"))
        self._refresh()


class ResultView(View):
    """The result to confirm or correct, with a note, before anything is stored."""

    save_requested = Signal(float, str, bool)
    again_requested = Signal()
    discard_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.explain = TextLabel()
        self.value = TextLabel("count")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.value.setWordWrap(False)  # a count never breaks over two lines
        self.minus = BigButton()
        self.plus = BigButton()
        self.seconds_label = TextLabel()
        self.seconds = text_field(6)
        self.seconds_label.setBuddy(self.seconds)
        self.used_arms = ChoiceButton()
        self.note_label = TextLabel()
        self.note = text_field(300)
        self.note_label.setBuddy(self.note)
        self.error = ErrorLabel()
        self.question = DiscardQuestion()
        self.counted_row = button_row(self.minus, self.value, self.plus)
        self.body.addWidget(self.explain)
        self.body.addLayout(self.counted_row)
        self.body.addWidget(self.seconds_label)
        self.body.addWidget(self.seconds)
        self.body.addLayout(button_row(self.used_arms))
        self.body.addWidget(self.note_label)
        self.body.addWidget(self.note)
        self.body.addWidget(self.error)
        self.body.addWidget(self.question)
        self.body.addStretch(1)
        self.discard = BigButton()
        self.again = BigButton()
        self.save = BigButton("primary")
        for button in (self.discard, self.again):
            self.footer.addWidget(button)
        self.footer.addStretch(1)
        self.footer.addWidget(self.save)
        self.minus.clicked.connect(lambda: self._step(-1))
        self.plus.clicked.connect(lambda: self._step(1))
        self.used_arms.toggled.connect(lambda _checked: self._refresh())
        self.save.clicked.connect(self.on_save)
        self.seconds.returnPressed.connect(self.on_save)
        self.seconds.textEdited.connect(self.on_typed)
        self.again.clicked.connect(self.on_again)
        self.discard.clicked.connect(self.on_discard)
        self._test: FunctionalTest | None = None
        self._count = 0
        self.retranslate_ui()

    def show_result(self, test: FunctionalTest, value: float, used_arms: bool = False) -> None:
        """Show a measured result, ready to confirm or correct."""
        self._test = test
        self._count = int(value) if test.counted else 0
        self.seconds.setText(str(self._count) if test.counted else number(value))
        self.used_arms.setChecked(used_arms)
        self.note.clear()
        self.error.show_message("")
        self.question.hide()
        self._refresh()

    def on_discard(self) -> None:
        """Ask before throwing the result away, then go back to the list."""
        self.question.confirm(self.discard_requested.emit)

    def on_again(self) -> None:
        """Ask before throwing the result away, then do the test again."""
        self.question.confirm(self.again_requested.emit)

    def on_save(self) -> None:
        """Ask to store the result as shown."""
        test = self._test
        if test is None:
            return
        arms = test.id == "chair_stand_30s" and self.used_arms.isChecked()
        if arms:
            value = 0.0
        else:
            try:
                value = parse_value(test.id, self.seconds.text())
            except InputRefused as refused:
                self.show_error(refusal(refused.code, refused.limits))
                self.seconds.setFocus()
                return
        self.save_requested.emit(value, self.note.text(), arms)

    def on_typed(self, text: str) -> None:
        """Show a typed count in the large number as well."""
        test = self._test
        if test is None or not test.counted:
            return
        try:
            self._count = int(parse_value(test.id, text))
        except InputRefused:
            return  # Save says what is wrong; the large number keeps the last good count
        self._refresh()

    def show_error(self, text: str) -> None:
        """Show why the result could not be stored."""
        self.error.show_message(text)

    def _step(self, change: int) -> None:
        test = self._test
        if test is None:
            return
        # A typed count is where the buttons go on from: a step test counted aloud is typed.
        with contextlib.suppress(InputRefused):
            self._count = int(parse_value(test.id, self.seconds.text()))
        self._count = max(0, min(int(test.highest), self._count + change))
        self.seconds.setText(str(self._count))
        self._refresh()

    def _refresh(self) -> None:
        test = self._test
        if test is None:
            return
        counted = test.counted
        arms = test.id == "chair_stand_30s" and self.used_arms.isChecked()
        for widget in (self.minus, self.value, self.plus):
            widget.setVisible(counted)
        self.minus.setEnabled(counted and not arms and self._count > 0)
        self.plus.setEnabled(counted and not arms)
        self.value.setText("0" if arms else str(self._count))
        self.value.setAccessibleName(
            self.tr("Result: {result}").format(
                result=unit_text(test.id, 0 if arms else self._count)
            )
        )
        self.seconds_label.setText(self.tr("Or type the number") if counted else self.tr("Seconds"))
        self.seconds.setAccessibleName(self.seconds_label.text())
        self.seconds.setEnabled(not arms)
        self.used_arms.setVisible(test.id == "chair_stand_30s")
        self.title.setText(self.tr("Your result"))
        self.explain.setText(
            self.tr("Correct the count with the buttons if it is not right.")
            if counted
            else self.tr("The stopwatch measured this time. You can correct it.")
        )

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.minus.setText(self.tr("One fewer"))
        self.plus.setText(self.tr("One more"))
        self.used_arms.set_label(self.tr("I needed my arms to stand up (counts as 0)"))
        self.note_label.setText(self.tr("Note (you may leave this empty)"))
        self.note.setAccessibleName(self.tr("Note"))
        self.discard.setText(self.tr("Don't save"))
        self.again.setText(self.tr("Do the test again"))
        self.save.setText(self.tr("Save the result"))
        self._refresh()


class RatedView(View):
    """The stored result, compared with the norms and with the time before."""

    another_requested = Signal()
    progress_requested = Signal()
    done = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.lines = QVBoxLayout()
        self.lines.setSpacing(12)
        self.body.addLayout(self.lines)
        self.body.addStretch(1)
        self.another = BigButton()
        self.progress = BigButton()
        self.finish = BigButton("primary")
        for button in (self.another, self.progress):
            self.footer.addWidget(button)
        self.footer.addStretch(1)
        self.footer.addWidget(self.finish)
        self.another.clicked.connect(self.another_requested)
        self.progress.clicked.connect(self.progress_requested)
        self.finish.clicked.connect(self.done)
        self._rated: RatedResult | None = None
        self.retranslate_ui()

    def show_rated(self, rated: RatedResult) -> None:
        """Show a stored result in words."""
        self._rated = rated
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Saved"))
        self.another.setText(self.tr("Another test"))
        self.progress.setText(self.tr("See your progress"))
        self.finish.setText(self.tr("Done"))
        clear_layout(self.lines)
        rated = self._rated
        if rated is None:
            return
        self.lines.addWidget(_label(test_name(rated.result.test_id), "heading"))
        fall_risk = fall_risk_sentence()
        for line in rated_text(rated):
            self.lines.addWidget(_label(line, "notice" if line == fall_risk else ""))


def _label(text: str, role: str) -> TextLabel:
    label = TextLabel(role)
    label.setText(text)
    return label


class FitnessPage(QWidget):
    """Routes through the steps of a test for one trainee; each view translates itself."""

    back_requested = Signal()
    progress_requested = Signal()
    saved = Signal()

    def __init__(
        self,
        fitness: FitnessTests,
        load_picture: PictureLoader,
        picture_width: Callable[[], int],
        cues: Cues,
        clock: Clock = time.monotonic,
    ) -> None:
        super().__init__()
        self._fitness = fitness
        self._trainee_id: int | None = None
        self._test: FunctionalTest | None = None
        self.choose = ChooseView()
        self.prepare = PrepareView(load_picture, picture_width)
        self.run = RunView(clock, cues)
        self.result = ResultView()
        self.rated = RatedView()
        self.stack = GuardedStack(clock)
        for view in (self.choose, self.prepare, self.run, self.result, self.rated):
            self.stack.addWidget(view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.choose.chosen.connect(self.on_chosen)
        self.choose.back_requested.connect(self.back_requested)
        self.choose.progress_requested.connect(self.progress_requested)
        self.prepare.back_requested.connect(self.show_choice)
        self.prepare.ready.connect(self.on_ready)
        self.run.measured.connect(self.on_measured)
        self.run.started.connect(self.stack.pulse)
        self.run.cancel_requested.connect(lambda: self.stack.setCurrentWidget(self.prepare))
        self.result.again_requested.connect(self.run.restart)
        self.result.save_requested.connect(self.on_save)
        self.result.again_requested.connect(self.on_ready)
        self.result.discard_requested.connect(self.show_choice)
        self.rated.another_requested.connect(self.show_choice)
        self.rated.progress_requested.connect(self.progress_requested)
        self.rated.done.connect(self.back_requested)

    def open(self, trainee_id: int) -> None:
        """Show the list of tests for a trainee."""
        self._trainee_id = trainee_id
        self.show_choice()

    def show_choice(self) -> None:
        """Show the list of tests with their last results."""
        trainee_id = self._trainee_id
        if trainee_id is None:
            return
        self.run.restart()
        ok, found = attempt(
            lambda: (self._fitness.latest(trainee_id), self._fitness.retest(trainee_id)),
            self.choose.error.show_message,
        )
        latest, retest = found if ok and found is not None else ({}, None)
        self.choose.show_tests(self._fitness.tests(), latest, retest)
        self.stack.setCurrentWidget(self.choose)
        first = next(iter(self.choose.buttons.values()), None)
        if first is not None:
            first.setFocus()  # not left on a button of a view now hidden

    def on_chosen(self, test_id: str) -> None:
        """Prepare the chosen test."""
        trainee_id = self._trainee_id
        if trainee_id is None:
            return
        ok, plan = attempt(
            lambda: self._fitness.plan(trainee_id, test_id), self.choose.error.show_message
        )
        if not ok or plan is None:
            return
        self._test = plan.test
        self.prepare.show_plan(plan)
        self.stack.setCurrentWidget(self.prepare)

    def on_ready(self) -> None:
        """Start the test screen, timer not yet running."""
        if self._test is None:
            return
        self.run.show_test(self._test)
        self.stack.setCurrentWidget(self.run)

    def on_measured(self, value: float, used_arms: bool) -> None:
        """Show the measured result to confirm."""
        if self._test is None:
            return
        self.result.show_result(self._test, value, used_arms)
        self.stack.setCurrentWidget(self.result)

    def on_save(self, value: float, note: str, used_arms: bool) -> None:
        """Store the confirmed result and show how it compares."""
        trainee_id, test = self._trainee_id, self._test
        if trainee_id is None or test is None:
            return
        ok, rated = attempt(
            lambda: self._fitness.record(trainee_id, test.id, value, note, used_arms),
            self.result.show_error,
        )
        if not ok or rated is None:
            return
        self.rated.show_rated(rated)
        self.stack.setCurrentWidget(self.rated)
        self.saved.emit()
