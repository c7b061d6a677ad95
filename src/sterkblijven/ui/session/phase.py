"""Warm-up and cool-down: guided movements, each with its own countdown."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal

from sterkblijven.domain.session import COOLDOWN, WARMUP
from sterkblijven.ui.common.cues import Cues
from sterkblijven.ui.common.timing import Clock, Countdown
from sterkblijven.ui.common.view import View
from sterkblijven.ui.common.widgets import BigButton, TextLabel, button_row
from sterkblijven.ui.session.time_text import clock_text
from sterkblijven.words.session import movement


class PhaseView(View):
    """Warm-up or cool-down: guided movements, each with its own countdown."""

    done = Signal()
    moved = Signal()  # the person went to the next movement

    def __init__(self, cooldown: bool, clock: Clock, cues: Cues) -> None:
        super().__init__()
        self._cooldown = cooldown
        self._movements: tuple[tuple[str, int], ...] = COOLDOWN if cooldown else WARMUP
        self._index = 0
        self._all_done = False  # every movement ran out: the only way left is on
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

    def reset(self, movements: tuple[tuple[str, int], ...] | None = None) -> None:
        """Show the first movement, not yet started; ``movements`` replace the usual ones."""
        if movements is not None:
            self._movements = movements
        self._index = 0
        self._all_done = False
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
            self._all_done = True
            self._show_movement()
            self._cues.cue(self.finish.text(), self.name)
        self._update_buttons()
        if self._all_done:
            # Focus follows the one way on, so Enter or Space does what the screen suggests.
            self.finish.setFocus(Qt.FocusReason.OtherFocusReason)

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
        if self._all_done:
            self.step_label.setText(self.tr("All movements done. Well done!"))
        else:
            self.step_label.setText(
                self.tr("Movement {number} of {total}").format(
                    number=self._index + 1, total=len(self._movements)
                )
            )
        self.name.setText(name)
        self.instruction.setText(instruction)
        # Once all are done the last movement's name and time would say it is still to come.
        for widget in (self.name, self.instruction, self.time_left):
            widget.setVisible(not self._all_done)
        self.step_label.set_role("heading" if self._all_done else "muted")
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
        # Once all movements are done, Start would only begin the last one again: the way on
        # becomes the one main button instead.
        self.start_pause.setVisible(not self._all_done)
        self.next_movement.setVisible(not self._all_done and self._index + 1 < len(self._movements))
        self.finish.set_role("primary" if self._all_done else "")

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
