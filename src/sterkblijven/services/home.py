"""What the home screen shows: this week's routine, sessions so far and readiness."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime, time

from sterkblijven.domain import readiness as health_check
from sterkblijven.domain.home import ReminderPlan, WeekOverview
from sterkblijven.domain.hospital import ClearedBy
from sterkblijven.domain.model import ReadinessCheck, Routine, Trainee
from sterkblijven.domain.planning import week_start
from sterkblijven.domain.reminders import REMINDER_TIME, next_reminder, week_due
from sterkblijven.domain.session import BEGINNER_SESSIONS, is_beginner
from sterkblijven.services.health import awaiting_clearance, recheck_of, record_clearance
from sterkblijven.services.suggestions import break_before, trainee_may_decide
from sterkblijven.storage import Database, sessions, weeks
from sterkblijven.storage import repositories as repo
from sterkblijven.storage import suggestions as suggestion_store


class Home:
    """Reads the week and records the readiness confirmation."""

    def __init__(self, database: Database, clock: Callable[[], datetime]) -> None:
        self._database = database
        self._clock = clock

    def trainees(self) -> list[Trainee]:
        """Return every trainee on this computer."""
        with self._database.transaction() as tx:
            return repo.list_trainees(tx)

    def overview(self, trainee_id: int) -> WeekOverview:
        """Return this week's overview of a trainee."""
        now = self._clock()
        monday = datetime.combine(week_start(now), time())
        today = datetime.combine(now.date(), time())
        with self._database.transaction() as tx:
            routine = repo.active_routine(tx, trainee_id)
            # This week's and today's trainings in one statement.
            week = weeks.sessions_this_week(tx, (trainee_id,), monday, today)
            done, done_today = week.get(trainee_id, (0, 0))
            due = None
            if routine is not None and routine.exercises:
                due = week_due(routine.weekdays, done, done_today > 0, now.date())
            readiness = repo.latest_readiness(tx, trainee_id)
            # Counted only as far as the beginner weeks go, whatever the years behind them.
            trainings = sessions.count_done_sessions(tx, trainee_id, at_most=BEGINNER_SESSIONS)
            return WeekOverview(
                trainee=repo.get_trainee(tx, trainee_id),
                routine=routine,
                sessions_this_week=done,
                last_session=repo.last_session(tx, trainee_id),
                readiness=readiness,
                running_session_id=sessions.running_session_id(tx, trainee_id),
                checkin_session_id=sessions.session_awaiting_checkin(tx, trainee_id, today),
                beginner=is_beginner(trainings) or break_before(tx, trainee_id, now) is not None,
                waiting_suggestions=len(suggestion_store.pending(tx, trainee_id)),
                trainee_decides=trainee_may_decide(tx, trainee_id),
                due=due,
                readiness_due=recheck_of(tx, trainee_id, readiness, now),
                awaiting_clearance=awaiting_clearance(tx, trainee_id),
            )

    def reminders(self) -> ReminderPlan:
        """Return who to remind now (session still to do today) and the next moment to look."""
        now = self._clock()
        monday = datetime.combine(week_start(now), time())
        today = datetime.combine(now.date(), time())
        due_today: list[Trainee] = []
        moments: list[datetime] = []
        # Everyone at once: a few statements in all, however many people train here.
        with self._database.transaction() as tx:
            people = [trainee for trainee in repo.list_trainees(tx) if trainee.id is not None]
            ids = [trainee.id for trainee in people if trainee.id is not None]
            routines = weeks.active_routines(tx, ids) if ids else {}
            planned = [trainee_id for trainee_id in ids if _has_exercises(routines, trainee_id)]
            readiness = weeks.latest_readiness(tx, planned) if planned else {}
            waiting = weeks.waiting_for_clearance(tx, planned) if planned else set()
            counts = weeks.sessions_this_week(tx, planned, monday, today) if planned else {}
        for trainee in people:
            if trainee.id not in planned:
                continue
            assert trainee.id is not None
            routine = routines[trainee.id]
            check = readiness.get(trainee.id)
            if check is not None and not check.training_allowed:
                continue  # waiting for the GP: no reminder to train
            if trainee.id in waiting:
                continue  # after a hospital stay, waiting for clearance: likewise
            done, done_today = counts.get(trainee.id, (0, 0))
            due = week_due(routine.weekdays, done, done_today > 0, now.date())
            if due.remind_today and now.time() >= REMINDER_TIME:
                due_today.append(trainee)
            moment = next_reminder(routine.weekdays, now)
            if moment is not None:
                moments.append(moment)
        return ReminderPlan(tuple(due_today), min(moments, default=None))

    def record_readiness(
        self, trainee_id: int, yes_answers: frozenset[str], *, confirmed: bool
    ) -> ReadinessCheck:
        """Store the health check asked again; ``confirmed`` after a talk with the GP already.

        The plan stays as it is: it is the carer's to change.
        """
        now = self._clock()
        check = health_check.answer(yes_answers, now)
        if check.advises_doctor and confirmed:
            check = dataclasses.replace(check, confirmed_at=now)
        with self._database.transaction() as tx:
            repo.add_readiness(tx, trainee_id, check)
        return check

    def record_clearance(self, trainee_id: int, by: ClearedBy, on: date | None = None) -> None:
        """Record that the GP, a specialist or a physiotherapist said training may start again.

        Without a day, today: the trainee tells it on the day they know.
        """
        today = self._clock().date()
        with self._database.transaction() as tx:
            record_clearance(tx, trainee_id, by, on or today, today)

    def confirm_readiness(self, trainee_id: int) -> ReadinessCheck:
        """Record that the trainee may train after talking with the GP; return the check."""
        with self._database.transaction() as tx:
            return repo.confirm_readiness(tx, trainee_id, self._clock())


def _has_exercises(routines: dict[int, Routine], trainee_id: int) -> bool:
    routine = routines.get(trainee_id)
    return routine is not None and bool(routine.exercises)


__all__ = ["Home", "ReminderPlan", "WeekOverview"]
