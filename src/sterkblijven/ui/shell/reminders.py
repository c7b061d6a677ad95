"""The reminder timer: one single-shot timer aimed at the next training-day morning."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from sterkblijven.domain.home import ReminderPlan
from sterkblijven.ui.common.operations import Show, attempt

# The timer looks again at least once an hour: a timer's clock may stand still while the
# computer sleeps, and the hour may shift with summer time.
LONGEST_WAIT_MS = 60 * 60 * 1000


class Reminders(QObject):
    """Says when a training day has come, and when a new day has begun while the app runs.

    Nothing wakes the app every few seconds: the one timer is aimed at the next training-day
    morning of anyone here, or an hour, if that is sooner.
    """

    training_day = Signal(str)  # the names of who trains today, once a day
    new_day = Signal()

    def __init__(
        self,
        plan: Callable[[], ReminderPlan],
        clock: Callable[[], datetime],
        show_problem: Show,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._plan_now = plan  # the use case, loaded when first asked
        self._clock = clock
        self._show_problem = show_problem
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.timer.timeout.connect(self.on_time)
        self._reminded_on: date | None = None  # the day the reminder was last given
        self._looked_on = clock().date()  # the day the timer last looked
        self.started = False

    def _plan(self) -> ReminderPlan | None:
        return attempt(self._plan_now, self._show_problem)[1]

    def start(self) -> None:
        """Aim the timer at start; today's reminder counts as given, since home shows it."""
        self.started = True
        plan = self._plan()
        if plan is not None and plan.due_today:
            self._reminded_on = self._clock().date()
        self._aim(plan)

    def schedule(self) -> None:
        """Aim the timer again, after the planned days or the people changed."""
        self._aim(self._plan())

    def _aim(self, plan: ReminderPlan | None) -> None:
        self.timer.stop()
        if plan is None or plan.next_moment is None:
            return
        wait_ms = (plan.next_moment - self._clock()).total_seconds() * 1000
        self.timer.start(int(min(max(wait_ms, 1000), LONGEST_WAIT_MS)))

    def on_time(self) -> None:
        """On a training-day morning say so once; after midnight say a new day has begun."""
        plan = self._plan()
        today = self._clock().date()
        new_day = today != self._looked_on
        self._looked_on = today
        if plan is not None and plan.due_today and self._reminded_on != today:
            self._reminded_on = today
            new_day = True  # home shows the day's note
            self.training_day.emit(", ".join(person.name for person in plan.due_today))
        if new_day:
            self.new_day.emit()
        self._aim(plan)
