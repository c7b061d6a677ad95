"""What the home screen shows of a week, and who is to be reminded to train."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sterkblijven.domain.model import ReadinessCheck, Routine, SessionSummary, Trainee
from sterkblijven.domain.readiness import Recheck
from sterkblijven.domain.reminders import WeekDue


@dataclass(frozen=True, slots=True)
class WeekOverview:
    """The current week for one trainee."""

    trainee: Trainee
    routine: Routine | None
    sessions_this_week: int
    last_session: SessionSummary | None
    readiness: ReadinessCheck | None
    running_session_id: int | None = None
    checkin_session_id: int | None = None  # a session to ask about today, once
    beginner: bool = False  # new, or back after a break: sets stop 2-3 short of failure
    waiting_suggestions: int = 0  # step-up suggestions not yet decided
    trainee_decides: bool = True  # whether the trainee may decide on them
    due: WeekDue | None = None  # None without a routine
    # Why the health check is asked again before the next session starts, or None.
    readiness_due: Recheck | None = None
    # After a hospital stay: training waits until the GP, a specialist or a physiotherapist
    # has said it may start again.
    awaiting_clearance: bool = False

    @property
    def training_allowed(self) -> bool:
        """Return True unless a readiness answer, or clearance after a hospital stay, waits."""
        readiness_ok = self.readiness is None or self.readiness.training_allowed
        return readiness_ok and not self.awaiting_clearance


@dataclass(frozen=True, slots=True)
class ReminderPlan:
    """Who is to be reminded now, and when the next reminder falls."""

    due_today: tuple[Trainee, ...]
    next_moment: datetime | None
