"""The test itself: a "3, 2, 1" lead-in, then a countdown with a tap counter, or a stopwatch."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal

from sterkblijven.domain.fitness import FunctionalTest
from sterkblijven.ui.common.cues import Cues
from sterkblijven.ui.common.timing import Clock, Countdown, Stopwatch
from sterkblijven.ui.common.view import View
from sterkblijven.ui.common.widgets import BigButton, TapCounter, TextLabel
from sterkblijven.ui.fitness.discard import DiscardQuestion
from sterkblijven.words.basics import number
from sterkblijven.words.fitness import test_name

LEAD_IN_SECONDS = 3  # "3, 2, 1": time to cross the arms or sit back before the clock runs


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
