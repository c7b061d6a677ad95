"""Synthetic training history for benchmarks and tests: years of realistic data in seconds."""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import insert
from sqlalchemy.orm import Session

from sterkblijven.domain import norms
from sterkblijven.domain.bands import theraband_ladder
from sterkblijven.domain.fitness import TESTS
from sterkblijven.domain.model import (
    BandColour,
    Equipment,
    EquipmentKind,
    Load,
    Measure,
    Routine,
    RoutineExercise,
    Sex,
    Trainee,
)
from sterkblijven.domain.planning import BALANCE_HOLD_SECONDS, CARRY_STEPS, DEFAULT_REST_SECONDS
from sterkblijven.domain.progression import BELOW_RANGE_MARGIN, SHORT_BREAK_DAYS, force, ladder
from sterkblijven.domain.readiness import answer
from sterkblijven.domain.session import (
    BEGINNER_SESSIONS,
    PAIN_ACCEPTABLE_MAX,
    PAIN_LOW_MAX,
    Effort,
    JointFeeling,
    PainPlace,
    SessionStatus,
)
from sterkblijven.storage import repositories as repo
from sterkblijven.storage.database import Database
from sterkblijven.storage.models import CheckinRow, SessionRow, SetRow, TestResultRow

# The event kind services.suggestions reads; storage may not import services.
HOSPITAL_STAY = "hospital_stay"
DUMBBELLS_KG = (1.0, 2.0, 3.0, 4.0, 5.0)
BAND_COLOURS = (
    BandColour.YELLOW,
    BandColour.RED,
    BandColour.GREEN,
    BandColour.BLUE,
    BandColour.BLACK,
    BandColour.SILVER,
)
WEEKDAYS = (0, 3)
REP_RANGE = (15, 25)
ATTENDANCE = 0.92
MOVED_TO_NEXT_DAY = 0.05
CHECKIN_ANSWERED = 0.88
TEST_INTERVAL_DAYS = (42, 50)
# A history this short keeps its weekly rhythm: one long break would dominate it.
LONG_BREAK_FROM_YEARS = 2.0
LONG_BREAK_DAYS_RANGE = (56, 70)
STEPS_DOWN_AFTER_LONG_BREAK = 1
AGEING_PER_YEAR = 0.985
# Limbs weigh something too, so going from 1 to 2 kg is not twice the work.
RESISTANCE_OFFSET = {EquipmentKind.DUMBBELL: 2.0, EquipmentKind.BAND: 1.0}
# Bohannon 2006: mean Timed Up and Go (s) at 60-69, 70-79 and 80-99; norms.py has no table.
TUG_MEANS = ((64.5, 8.1), (74.5, 9.2), (89.5, 11.3))


@dataclass(frozen=True, slots=True)
class HistorySize:
    """How much history was generated."""

    sets: int
    sessions: int
    test_results: int


@dataclass(frozen=True, slots=True)
class _Plan:
    exercise_id: str
    kind: EquipmentKind
    measure: Measure
    sets: int
    places: tuple[PainPlace, ...]
    start_rung: int = 0
    gain: tuple[float, float] = (1.6, 2.0)  # how far strength can grow, as a factor


_PLAN = (
    _Plan(
        "sit_to_stand", EquipmentKind.BODYWEIGHT, Measure.REPS, 3, (PainPlace.KNEE, PainPlace.HIP)
    ),
    _Plan("seated_row", EquipmentKind.BAND, Measure.REPS, 3, (PainPlace.BACK, PainPlace.SHOULDER)),
    _Plan(
        "chest_press",
        EquipmentKind.DUMBBELL,
        Measure.REPS,
        3,
        (PainPlace.SHOULDER, PainPlace.HAND_OR_WRIST),
    ),
    _Plan(
        "standing_hip_extension",
        EquipmentKind.BAND,
        Measure.REPS,
        3,
        (PainPlace.HIP, PainPlace.BACK),
        start_rung=1,
        gain=(1.7, 2.2),
    ),
    _Plan(
        "biceps_curl",
        EquipmentKind.DUMBBELL,
        Measure.REPS,
        3,
        (PainPlace.HAND_OR_WRIST, PainPlace.ELSEWHERE),
    ),
    _Plan(
        "lateral_raise",
        EquipmentKind.BAND,
        Measure.REPS,
        2,
        (PainPlace.SHOULDER, PainPlace.NECK),
        gain=(1.4, 1.7),
    ),
    _Plan(
        "farmers_carry",
        EquipmentKind.DUMBBELL,
        Measure.STEPS,
        3,
        (PainPlace.HAND_OR_WRIST, PainPlace.BACK),
        start_rung=1,
    ),
    _Plan(
        "single_leg_stand",
        EquipmentKind.BODYWEIGHT,
        Measure.SECONDS,
        2,
        (PainPlace.KNEE, PainPlace.HIP),
    ),
)
TARGETS = {
    Measure.REPS: REP_RANGE,
    Measure.SECONDS: BALANCE_HOLD_SECONDS,
    Measure.STEPS: CARRY_STEPS,
}


@dataclass(slots=True)
class _Track:
    """One exercise's dose and the trainee's hidden strength for it."""

    plan: _Plan
    rungs: tuple[Load, ...]
    rung: int
    strength: float
    ceiling: float
    rate: float

    @property
    def load(self) -> Load:
        return self.rungs[self.rung]

    @property
    def resistance(self) -> float:
        return RESISTANCE_OFFSET.get(self.plan.kind, 1.0) + (force(self.load) or 0.0)

    def capacity(self) -> float:
        """Return the repetitions (or seconds, steps) possible to failure today, on average."""
        low, high = TARGETS[self.plan.measure]
        return (low + high) / 2 * (self.strength / self.resistance) ** 2

    def dose(self) -> RoutineExercise:
        low, high = TARGETS[self.plan.measure]
        rest = 90 if self.plan.measure is Measure.SECONDS else DEFAULT_REST_SECONDS
        return RoutineExercise(self.plan.exercise_id, self.load, self.plan.sets, low, high, rest)


@dataclass(slots=True)
class _Outcome:
    """What happened to one exercise in a session, set by set."""

    reps: list[int] = field(default_factory=list)
    failures: list[bool] = field(default_factory=list)
    efforts: list[Effort] = field(default_factory=list)
    pains: list[int] = field(default_factory=list)
    places: list[str | None] = field(default_factory=list)
    times: list[datetime] = field(default_factory=list)


_Row = dict[str, object]


@dataclass(frozen=True, slots=True)
class _Done:
    """One finished session: its row, its sets' rows and each exercise's outcome."""

    row: _Row
    sets: list[_Row]
    outcomes: list[_Outcome]
    finished: datetime


@dataclass(frozen=True, slots=True)
class _Away:
    first: date
    last: date
    hospital: bool = False


def generate_history(
    database: Database,
    *,
    years: float = 10.0,
    end: datetime,
    seed: int = 1,
    name: str = "Riet",
    birth_year: int = 1941,
    sex: Sex = Sex.FEMALE,
) -> tuple[int, HistorySize]:
    """Create a trainee with `years` of history ending at `end`; return its id and the counts."""
    if not years > 0:
        raise ValueError(f"years must be more than 0, not {years!r}")
    start = end - timedelta(days=years * 365.25)
    with database.transaction() as tx:
        history = _History(tx, random.Random(seed), start, end, years, birth_year, sex)
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
        self.tracks: list[_Track] = []
        self.person = rng.uniform(0.94, 1.04)

    def write(self, name: str) -> HistorySize:
        """Store the trainee and the whole history; return the counts."""
        trainee = repo.add_trainee(self.tx, Trainee(name, self.birth_year, self.sex), self.start)
        assert trainee.id is not None
        self.trainee_id = trainee.id
        repo.add_readiness(self.tx, trainee.id, answer((), self.start))
        equipment = repo.save_equipment(
            self.tx, trainee.id, Equipment(DUMBBELLS_KG, theraband_ladder(BAND_COLOURS))
        )
        self.tracks = [self._track(plan, equipment) for plan in _PLAN]
        self._save_routine(self.start + timedelta(minutes=10))

        away = self._away_periods()
        for period in away:
            if period.hospital:
                admitted = datetime.combine(period.first, time(self.rng.randint(8, 20)))
                repo.add_event(self.tx, trainee.id, HOSPITAL_STAY, admitted)
        days = self._session_days(away)
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
        results = self._test_results(days, away)
        if all_sets:
            self.tx.execute(insert(SetRow), all_sets)
        if kept_checkins:
            self.tx.execute(insert(CheckinRow), kept_checkins)
        if results:
            self.tx.execute(insert(TestResultRow), results)
        return HistorySize(sets=len(all_sets), sessions=len(sessions), test_results=len(results))

    # Set-up

    def _track(self, plan: _Plan, equipment: Equipment) -> _Track:
        rungs = tuple(ladder(plan.kind, equipment))
        rung = min(plan.start_rung, len(rungs) - 1)
        low, high = TARGETS[plan.measure]
        resistance = RESISTANCE_OFFSET.get(plan.kind, 1.0) + (force(rungs[rung]) or 0.0)
        # Start a little above the bottom of the range, as a light first dose should.
        first = low + self.rng.uniform(0.5, 3.5)
        strength = resistance * math.sqrt(first / ((low + high) / 2))
        if plan.kind is EquipmentKind.BODYWEIGHT:
            # Without a heavier step, the body alone tops out just above the range.
            ceiling = math.sqrt((high + 4) / ((low + high) / 2)) * self.rng.uniform(1.0, 1.1)
        else:
            ceiling = strength * self.rng.uniform(*plan.gain)
        return _Track(plan, rungs, rung, strength, ceiling, self.rng.uniform(0.010, 0.016))

    def _save_routine(self, when: datetime) -> None:
        routine = Routine(tuple(track.dose() for track in self.tracks), weekdays=WEEKDAYS)
        saved = repo.save_routine(self.tx, self.trainee_id, routine, when)
        assert saved.id is not None
        self.routine_id = saved.id

    # The calendar

    def _away_periods(self) -> list[_Away]:
        rng = self.rng
        periods = []
        for year in range(self.start.year, self.end.year + 1):
            if rng.random() < 0.8:
                first = date(year, 7, 1) + timedelta(days=rng.randint(0, 50))
                periods.append(_Away(first, first + timedelta(days=rng.randint(13, 20))))
            if rng.random() < 0.6:
                first = date(year, 1, 1) + timedelta(days=rng.randint(0, 360))
                periods.append(_Away(first, first + timedelta(days=rng.randint(4, 9))))
        if self.years >= LONG_BREAK_FROM_YEARS:
            span = (self.end - self.start).days
            first = self.start.date() + timedelta(days=int(span * rng.uniform(0.35, 0.65)))
            length = rng.randint(*LONG_BREAK_DAYS_RANGE)
            periods.append(_Away(first, first + timedelta(days=length - 1), hospital=True))
        return sorted(periods, key=lambda period: period.first)

    def _session_days(self, away: list[_Away]) -> list[date]:
        rng = self.rng
        days = []
        day = self.start.date() + timedelta(days=1)
        while day < self.end.date():
            if day.weekday() in WEEKDAYS and rng.random() < ATTENDANCE:
                moved = day + timedelta(days=1)
                chosen = moved if rng.random() < MOVED_TO_NEXT_DAY else day
                if not _is_away(chosen, away) and chosen < self.end.date():
                    days.append(chosen)
            day += timedelta(days=1)
        return days

    # Sessions

    def _sessions(
        self, days: list[date], away: list[_Away]
    ) -> tuple[list[_Row], list[list[_Row]], list[_Row | None]]:
        sessions: list[_Row] = []
        sets: list[list[_Row]] = []
        checkins: list[_Row | None] = []
        hospital_starts = [period.first for period in away if period.hospital]
        previous: date | None = None
        for index, day in enumerate(days):
            started = datetime.combine(day, self._start_time())
            back = False
            if previous is not None:
                gap = (day - previous).days
                back = gap >= SHORT_BREAK_DAYS
                self._detrain(gap)
                if any(previous < first <= day for first in hospital_starts):
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
        rows: list[_Row] = []
        outcomes: list[_Outcome] = []
        for position, track in enumerate(self.tracks):
            moment += timedelta(seconds=rng.randint(60, 150))
            outcome = self._exercise(track, moment, short, base_pain)
            outcomes.append(outcome)
            rows.extend(_set_rows(track, position, outcome))
            moment = outcome.times[-1]
        finished = moment + timedelta(seconds=rng.randint(180, 330))
        row: _Row = {
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

    def _exercise(self, track: _Track, moment: datetime, short: bool, base_pain: int) -> _Outcome:
        rng = self.rng
        high = TARGETS[track.plan.measure][1]
        # A hold ends at the target time; repetitions stop a little above the range.
        limit = high if track.plan.measure is Measure.SECONDS else high + 2
        drop = 4 if track.plan.measure is Measure.SECONDS else 2
        today = track.capacity() * (1 + rng.gauss(0, 0.06))
        hurting = rng.random() < 0.012
        outcome = _Outcome()
        for number in range(1, track.plan.sets + 1):
            if number > 1:
                moment += timedelta(seconds=rng.randint(150, 240))
                today -= rng.randint(0, drop)
            reps, failure, effort = self._effort(today, limit, short, number == track.plan.sets)
            pain = self._pain(base_pain, hurting and number == track.plan.sets)
            place = None
            if pain >= 4 or (pain >= 2 and rng.random() < 0.4):
                place = rng.choice(track.plan.places).value
            outcome.reps.append(max(1, reps))
            outcome.failures.append(failure)
            outcome.efforts.append(effort)
            outcome.pains.append(pain)
            outcome.places.append(place)
            outcome.times.append(moment)
            if pain > PAIN_ACCEPTABLE_MAX:
                break  # pain above 5 stops the exercise, as the session rules say
        return outcome

    def _effort(
        self, today: float, limit: int, short: bool, last: bool
    ) -> tuple[int, bool, Effort]:
        rng = self.rng
        possible = round(today)
        if short:
            return possible - rng.randint(2, 3), False, Effort.MODERATE
        if possible > limit:
            return limit - rng.randint(0, 2), False, rng.choice((Effort.MODERATE, Effort.HARD))
        if rng.random() < 0.12:
            return possible - rng.randint(1, 3), False, rng.choice((Effort.MODERATE, Effort.HARD))
        maximal = rng.random() < (0.45 if last else 0.15)
        return possible, True, Effort.MAXIMAL if maximal else Effort.HARD

    def _pain(self, base: int, hurting: bool) -> int:
        if hurting:
            return self.rng.randint(4, 6)
        return max(0, min(PAIN_LOW_MAX, base + self.rng.choice((-1, 0, 0, 0, 0, 1))))

    def _progress(self, outcomes: list[_Outcome], day: date, finished: datetime) -> None:
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

    def _checkin(self, finished: datetime, following: date | None) -> _Row | None:
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

    def _insert_sessions(self, sessions: list[_Row]) -> list[int]:
        if not sessions:
            return []
        statement = insert(SessionRow).returning(SessionRow.id, sort_by_parameter_order=True)
        return list(self.tx.scalars(statement, sessions))

    # Functional tests

    def _test_results(self, days: list[date], away: list[_Away]) -> list[_Row]:
        if not days:
            return []
        hospital = next((period for period in away if period.hospital), None)
        first_back = None
        if hospital is not None:
            first_back = next((day for day in days if day > hospital.last), None)
        session_days = set(days)
        results: list[_Row] = []
        # The app suggests a first test once training has begun.
        day = self._free_day(days[0] + timedelta(days=2), away, session_days)
        retested = False
        while day < self.end.date():
            after_hospital = False
            returning = hospital is not None and not retested and day > hospital.last
            if returning and first_back is not None:
                # A hospital stay makes the app suggest a test on return, not at the usual time.
                day = self._free_day(first_back + timedelta(days=2), away, session_days)
                retested = after_hospital = True
                if day >= self.end.date():
                    break
            results.extend(self._test_round(day, hospital, after_hospital))
            later = day + timedelta(days=self.rng.randint(*TEST_INTERVAL_DAYS))
            day = self._free_day(later, away, session_days)
        return results

    @staticmethod
    def _free_day(day: date, away: list[_Away], session_days: set[date]) -> date:
        while _is_away(day, away) or day in session_days:
            day += timedelta(days=1)
        return day

    def _test_round(self, day: date, hospital: _Away | None, after_hospital: bool) -> list[_Row]:
        rng = self.rng
        moment = datetime.combine(day, time(rng.randint(10, 11), rng.randint(0, 59)))
        level = self._condition(day, hospital)
        age = (day - date(self.birth_year, 7, 1)).days / 365.25
        rows: list[_Row] = []
        for test in TESTS:
            used_arms = test.id == "chair_stand_30s" and rng.random() < (
                0.5 if after_hospital else 0.005
            )
            if used_arms:
                value = 0.0
            elif test.counted:
                spread = 4.0 if test.id == "step_test_2min" else 0.9
                counted = round(_norm_middle(test.id, self.sex, age) * level + rng.gauss(0, spread))
                value = float(max(1, min(int(test.highest), counted)))
            else:
                timed = _norm_middle(test.id, self.sex, age) / level * (1 + rng.gauss(0, 0.035))
                value = max(1.0, min(test.highest, round(timed, 1)))
            rows.append(
                {
                    "trainee_id": self.trainee_id,
                    "test_id": test.id,
                    "value": value,
                    "taken_at": moment,
                    "note": "",
                    "used_arms": used_arms,
                }
            )
            moment += timedelta(seconds=rng.randint(180, 360))
        return rows

    def _condition(self, day: date, hospital: _Away | None) -> float:
        """Return fitness relative to the norm's middle: training helps, a hospital stay hurts."""
        since = (day - self.start.date()).days
        level = self.person * (0.86 + 0.18 * (1 - math.exp(-since / 90)))
        if hospital is not None and day > hospital.last:
            after = (day - hospital.last).days
            level *= 1 - 0.03 - 0.12 * math.exp(-after / 90)
        return level


def _set_rows(track: _Track, position: int, outcome: _Outcome) -> list[_Row]:
    """Return the rows of one exercise's sets, with the load copied as the training service does."""
    load = track.load
    band = load.band
    return [
        {
            "position": position,
            "exercise_id": track.plan.exercise_id,
            "set_number": number,
            "equipment": load.kind.value,
            "load_kg": load.kg,
            "band_colour": None if band is None else band.colour.value,
            "band_label": None if band is None else band.label,
            "band_doubled": load.band_doubled,
            "reps": reps,
            "reached_failure": failure,
            "effort": int(effort),
            "pain": pain,
            "pain_location": place,
            "stop_signals": "",
            "recorded_at": recorded,
            "undone_at": None,
        }
        for number, (reps, failure, effort, pain, place, recorded) in enumerate(
            zip(
                outcome.reps,
                outcome.failures,
                outcome.efforts,
                outcome.pains,
                outcome.places,
                outcome.times,
                strict=True,
            ),
            start=1,
        )
    ]


def _is_away(day: date, away: Sequence[_Away]) -> bool:
    return any(period.first <= day <= period.last for period in away)


def _norm_middle(test_id: str, sex: Sex, age: float) -> float:
    """Return the typical value for the age, interpolated between the published age bands."""
    if test_id in norms.COUNTED:
        table = norms.COUNTED[test_id][sex]
    elif test_id == "up_and_go_8ft":
        table = norms.UP_AND_GO_8FT[sex]
    else:
        points = (
            TUG_MEANS
            if test_id == "timed_up_and_go"
            else tuple(
                ((lo + hi) / 2, value) for (lo, hi), value in norms.FIVE_STS_SLOWER_ABOVE.items()
            )
        )
        return _interpolate(points, age)
    return _interpolate(
        tuple(((lo + hi) / 2, (low + high) / 2) for (lo, hi), (low, high) in table.items()), age
    )


def _interpolate(points: Sequence[tuple[float, float]], x: float) -> float:
    ordered = sorted(points)
    if x <= ordered[0][0]:
        return ordered[0][1]
    for (x0, y0), (x1, y1) in itertools.pairwise(ordered):
        if x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return ordered[-1][1]
