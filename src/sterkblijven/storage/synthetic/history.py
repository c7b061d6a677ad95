"""A generated training history stored for one new trainee: the simulation that runs it."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from sterkblijven.domain.bands import theraband_ladder
from sterkblijven.domain.hospital import HOSPITAL_STAY
from sterkblijven.domain.model import Equipment, Routine, Sex, Trainee
from sterkblijven.domain.progression import BELOW_RANGE_MARGIN, SHORT_BREAK_DAYS
from sterkblijven.domain.readiness import RECHECK_AFTER, answer
from sterkblijven.domain.session import (
    BEGINNER_SESSIONS,
    PAIN_ACCEPTABLE_MAX,
    PAIN_LOW_MAX,
    Effort,
    JointFeeling,
    SessionStatus,
)
from sterkblijven.storage import repositories as repo
from sterkblijven.storage.database import Database
from sterkblijven.storage.models import CheckinRow, SessionRow, SetRow, TestResultRow
from sterkblijven.storage.synthetic.calendar import WEEKDAYS, Away, away_periods, session_days
from sterkblijven.storage.synthetic.plan import (
    BAND_COLOURS,
    DUMBBELLS_KG,
    PLAN,
    TARGETS,
    Track,
    start_track,
)
from sterkblijven.storage.synthetic.results import FunctionalTests
from sterkblijven.storage.synthetic.sets import Outcome, Row, perform, set_rows
from sterkblijven.storage.synthetic.uuids import seed_record_uuids

CHECKIN_ANSWERED = 0.88
STEPS_DOWN_AFTER_LONG_BREAK = 1
AGEING_PER_YEAR = 0.985


@dataclass(frozen=True, slots=True)
class HistorySize:
    """How much history was generated."""

    sets: int
    sessions: int
    test_results: int


@dataclass(frozen=True, slots=True)
class _Done:
    """One finished session: its row, its sets' rows and each exercise's outcome."""

    row: Row
    sets: list[Row]
    outcomes: list[Outcome]
    finished: datetime


def bulk_insert(tx: Session, model: type[Any], rows: list[Row]) -> None:
    """Insert rows of one shape in one statement run many times, past the ORM's layer.

    The ORM's bulk insert runs a statement per few rows here; the driver's executemany takes
    all of them at once, several times faster for the tens of thousands of sets of a history.
    """
    if rows:
        tx.connection().execute(insert(model.__table__), rows)


def generate_history(
    database: Database,
    *,
    years: float = 10.0,
    end: datetime,
    seed: int = 1,
    name: str = "Riet",
    birth_year: int = 1941,
    sex: Sex = Sex.FEMALE,
    hospital_stay: bool | None = None,
) -> tuple[int, HistorySize]:
    """Create a trainee with `years` of history ending at `end`; return its id and the counts.

    A history of two years or more has a hospital stay in it, a shorter one not, unless
    ``hospital_stay`` says otherwise.
    """
    if not years > 0:
        raise ValueError(f"years must be more than 0, not {years!r}")
    start = end - timedelta(days=years * 365.25)
    with database.transaction() as tx:
        history = _History(tx, random.Random(seed), start, end, years, birth_year, sex)
        history.hospital_stay = hospital_stay
        size = history.write(name)
    return history.trainee_id, size


class _History:
    """The simulation: away periods, sessions with their sets, check-ins and test rounds."""

    def __init__(
        self,
        tx: Session,
        rng: random.Random,
        start: datetime,
        end: datetime,
        years: float,
        birth_year: int,
        sex: Sex,
    ) -> None:
        self.tx = tx
        self.rng = rng
        self.start = start
        self.end = end
        self.years = years
        self.birth_year = birth_year
        self.sex = sex
        self.trainee_id = 0
        self.routine_id = 0
        self.tracks: list[Track] = []
        # Fitness against the norm's middle before training; the test rounds start from it.
        self.form = rng.uniform(0.94, 1.04)
        self.hospital_stay: bool | None = None  # None: as long as the history decides

    def write(self, name: str) -> HistorySize:
        """Store the trainee and the whole history; return the counts."""
        # Repeatable for a seed like the rest of the history, without drawing from its stream.
        seeded = f"{name}|{self.birth_year}|{self.start.isoformat()}|{self.rng.getstate()!r}"
        trainee = repo.add_trainee(
            self.tx,
            Trainee(name, self.birth_year, self.sex),
            self.start,
            str(uuid.uuid5(uuid.NAMESPACE_OID, seeded)),
        )
        assert trainee.id is not None
        self.trainee_id = trainee.id
        repo.add_readiness(self.tx, trainee.id, answer((), self.start))
        equipment = repo.save_equipment(
            self.tx, trainee.id, Equipment(DUMBBELLS_KG, theraband_ladder(BAND_COLOURS))
        )
        self.tracks = [start_track(plan, equipment, self.rng) for plan in PLAN]
        self._save_routine(self.start + timedelta(minutes=10))

        away = away_periods(self.rng, self.start, self.end, self.years, self.hospital_stay)
        for period in away:
            if period.hospital:
                admitted = datetime.combine(period.first, time(self.rng.randint(8, 20)))
                repo.add_event(self.tx, trainee.id, HOSPITAL_STAY, admitted)
        days = session_days(self.rng, self.start, self.end, away)
        sessions, sets, checkins = self._sessions(days, away)
        ids = self._insert_sessions(sessions)
        for session_id, session_sets in zip(ids, sets, strict=True):
            for row in session_sets:
                row["session_id"] = session_id
        all_sets = [row for session_sets in sets for row in session_sets]
        for session_id, checkin in zip(ids, checkins, strict=True):
            if checkin is not None:
                checkin["session_id"] = session_id
        kept_checkins = [checkin for checkin in checkins if checkin is not None]
        results = FunctionalTests(
            self.rng, self.trainee_id, self.birth_year, self.sex, self.form, self.start, self.end
        ).results(days, away)
        bulk_insert(self.tx, SetRow, all_sets)
        bulk_insert(self.tx, CheckinRow, kept_checkins)
        bulk_insert(self.tx, TestResultRow, results)
        seed_record_uuids(self.tx, trainee.id, seeded)
        return HistorySize(sets=len(all_sets), sessions=len(sessions), test_results=len(results))

    def _save_routine(self, when: datetime) -> None:
        routine = Routine(tuple(track.dose() for track in self.tracks), weekdays=WEEKDAYS)
        saved = repo.save_routine(self.tx, self.trainee_id, routine, when)
        assert saved.id is not None
        self.routine_id = saved.id

    def _sessions(
        self, days: list[date], away: list[Away]
    ) -> tuple[list[Row], list[list[Row]], list[Row | None]]:
        sessions: list[Row] = []
        sets: list[list[Row]] = []
        checkins: list[Row | None] = []
        hospital_starts = [period.first for period in away if period.hospital]
        previous: date | None = None
        checked = self.start  # the health check of the first run
        for index, day in enumerate(days):
            started = datetime.combine(day, self._start_time())
            back = False
            after_hospital = previous is not None and any(
                previous < first <= day for first in hospital_starts
            )
            # As the app asks: the health check again a year on, and after a hospital stay.
            if after_hospital or started - checked >= RECHECK_AFTER:
                checked = started - timedelta(minutes=10)
                repo.add_readiness(self.tx, self.trainee_id, answer((), checked))
            if previous is not None:
                gap = (day - previous).days
                back = gap >= SHORT_BREAK_DAYS
                self._detrain(gap)
                if after_hospital:
                    self._return_after_hospital(started - timedelta(minutes=5))
            short = index < BEGINNER_SESSIONS or back
            done = self._session(started, short)
            sessions.append(done.row)
            sets.append(done.sets)
            following = days[index + 1] if index + 1 < len(days) else None
            checkins.append(self._checkin(done.finished, following))
            self._progress(done.outcomes, day, done.finished)
            previous = day
        return sessions, sets, checkins

    def _start_time(self) -> time:
        rng = self.rng
        hour = rng.randint(9, 10) if rng.random() < 0.8 else rng.randint(14, 15)
        return time(hour, rng.randint(0, 59))

    def _detrain(self, gap: int) -> None:
        # A week without training costs nothing noticeable; longer breaks slowly cost strength.
        if gap > 7:
            for track in self.tracks:
                track.strength *= 0.997 ** (gap - 7)

    def _return_after_hospital(self, when: datetime) -> None:
        for track in self.tracks:
            track.strength *= 0.85
            track.rung = max(0, track.rung - STEPS_DOWN_AFTER_LONG_BREAK)
        self._save_routine(when)

    def _session(self, started: datetime, short: bool) -> _Done:
        rng = self.rng
        moment = started + timedelta(seconds=rng.randint(300, 420))
        warmup_done = moment
        base_pain = rng.choices((0, 1, 2), (0.55, 0.3, 0.15))[0]
        rows: list[Row] = []
        outcomes: list[Outcome] = []
        for position, track in enumerate(self.tracks):
            moment += timedelta(seconds=rng.randint(60, 150))
            outcome = perform(rng, track, moment, short, base_pain)
            outcomes.append(outcome)
            rows.extend(set_rows(track, position, outcome))
            moment = outcome.times[-1]
        finished = moment + timedelta(seconds=rng.randint(180, 330))
        row: Row = {
            "trainee_id": self.trainee_id,
            "routine_id": self.routine_id,
            "started_at": started,
            "finished_at": finished,
            "status": SessionStatus.FINISHED.value,
            "note": "",
            "warmup_done_at": warmup_done,
            # Finishing marks the cool-down done at the same moment, as the training service does.
            "cooldown_done_at": finished,
        }
        return _Done(row, rows, outcomes, finished)

    def _progress(self, outcomes: list[Outcome], day: date, finished: datetime) -> None:
        """Change loads as the app's suggestions would, once the carer accepted them."""
        changed = False
        years = (day - self.start.date()).days / 365.25
        for track, outcome in zip(self.tracks, outcomes, strict=True):
            low, high = TARGETS[track.plan.measure]
            at_failure = [r for r, f in zip(outcome.reps, outcome.failures, strict=True) if f]
            top = any(
                reps >= high and (failure or effort >= Effort.HARD)
                for reps, failure, effort in zip(
                    outcome.reps, outcome.failures, outcome.efforts, strict=True
                )
            )
            step = 0
            if max(outcome.pains) > PAIN_ACCEPTABLE_MAX:
                step = -1
            elif top and max(outcome.pains) <= PAIN_LOW_MAX:
                step = 1
            elif at_failure and max(at_failure) < low - BELOW_RANGE_MARGIN:
                step = -1
            rung = max(0, min(len(track.rungs) - 1, track.rung + step))
            changed = changed or rung != track.rung
            track.rung = rung
            # Strength drifts towards a ceiling that age lowers a little every year.
            ceiling = track.ceiling * AGEING_PER_YEAR**years
            track.strength += track.rate * (ceiling - track.strength)
        if changed:
            self._save_routine(finished + timedelta(minutes=5))

    def _checkin(self, finished: datetime, following: date | None) -> Row | None:
        rng = self.rng
        answered = datetime.combine(
            finished.date() + timedelta(days=1), time(rng.randint(8, 11), rng.randint(0, 59))
        )
        if rng.random() >= CHECKIN_ANSWERED or answered >= self.end:
            return None
        if following is not None and answered.date() >= following:
            return None
        joints = rng.choices(
            (JointFeeling.SAME, JointFeeling.BETTER, JointFeeling.WORSE), (0.86, 0.1, 0.04)
        )[0]
        return {
            "trainee_id": self.trainee_id,
            "answered_at": answered,
            "joints": joints.value,
            "long_morning_stiffness": rng.random() < 0.03,
        }

    def _insert_sessions(self, sessions: list[Row]) -> list[int]:
        if not sessions:
            return []
        statement = insert(SessionRow).returning(SessionRow.id, sort_by_parameter_order=True)
        return list(self.tx.scalars(statement, sessions))
