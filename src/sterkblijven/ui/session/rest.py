"""The rest between sets: a large countdown with pause, more time and skip."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent

from sterkblijven.ui.common.cues import Cues
from sterkblijven.ui.common.timing import Clock, Countdown
from sterkblijven.ui.common.view import View
from sterkblijven.ui.common.widgets import BigButton, TextLabel, button_row
from sterkblijven.ui.session.time_text import clock_text

EXTRA_REST_SECONDS = 30
# Away from the screen one tone is easily missed: it comes again until she answers, a few times
# only, so that it reminds and does not nag.
REPEAT_SECONDS = 20
CUES_AT_THE_END = 3


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
        # Its own label with a fixed role: a label restyled on the fly keeps its old height,
        # which cut the padded notice off at large text sizes.
        self.over_notice = TextLabel("notice")
        self.over_notice.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.over_notice.hide()
        self.repeat = Countdown(clock, self)
        self._cues_left = 0
        self.up_next = TextLabel()
        self.pause = BigButton()
        self.more = BigButton()
        self.go_on = BigButton("primary")
        self.undo = BigButton()
        for widget in (self.time_left, self.status, self.over_notice, self.up_next):
            self.body.addWidget(widget)
        self.body.addLayout(button_row(self.pause, self.more))
        self.body.addStretch(1)
        self.footer.addWidget(self.undo)
        self.footer.addStretch(1)
        self.footer.addWidget(self.go_on)
        self.undo.clicked.connect(self.undo_requested)
        self.repeat.finished.connect(self.on_repeat)
        for button in (self.pause, self.more, self.go_on, self.undo):
            button.pressed.connect(self.stop_repeating)  # any answer is enough
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
        self.stop_repeating()
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
        self._refresh()
        self._cues_left = CUES_AT_THE_END
        self.on_repeat()
        # Enter or Space goes on; the undo button is never the one under her finger.
        self.go_on.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_repeat(self) -> None:
        """Cue the end of the rest, and again after a while while no one answers."""
        if not self._over or self._cues_left <= 0:
            return
        self._cues_left -= 1
        self._cues.cue(self.over_notice.text(), self.over_notice)
        if self._cues_left > 0:
            self.repeat.start(REPEAT_SECONDS)

    def stop_repeating(self) -> None:
        """She answered (or the rest is left): the end is not cued again."""
        self._cues_left = 0
        self.repeat.stop()

    def hideEvent(self, event: QHideEvent) -> None:
        """Cue nothing for a screen that was left (a minimised window still reminds)."""
        if not event.spontaneous():
            self.stop_repeating()
        super().hideEvent(event)

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
        self.over_notice.setText(self.tr("Rest is over. Ready for the next one?"))
        self.over_notice.setVisible(self._over)
        self.status.setVisible(not self._over)
        if self.countdown.is_running():
            self.status.setText(self.tr("Rest a moment. Breathe calmly."))
        else:
            self.status.setText(self.tr("Paused."))
        self.pause.setText(self.tr("Pause") if self.countdown.is_running() else self.tr("Go on"))
        # Once over, Next is the one thing to do: controls for a running rest would only distract.
        self.pause.setVisible(not self._over)
        self.more.setVisible(not self._over)
        self.up_next.setText(self.tr("Next: {what}").format(what=self._next_text))
        self.go_on.setText(self.tr("Next") if self._over else self.tr("Skip the rest"))

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Rest"))
        self.more.setText(self.tr("+30 seconds"))
        self.undo.setText(self.tr("Undo the set I just saved"))
        self._refresh()
