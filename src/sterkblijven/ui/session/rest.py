"""The rest between sets: a large countdown with pause, more time and skip."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal

from sterkblijven.ui.common.cues import Cues
from sterkblijven.ui.common.timing import Clock, Countdown
from sterkblijven.ui.common.view import View
from sterkblijven.ui.common.widgets import BigButton, TextLabel, button_row
from sterkblijven.ui.session.time_text import clock_text

EXTRA_REST_SECONDS = 30


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
