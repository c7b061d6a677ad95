"""The facts a progress report and a session card hold, as plain values.

The report holds facts of one period, as domain values; paper turns them into sentences and
charts.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sterkblijven.domain import norms
from sterkblijven.domain.decisions import Decider, Status
from sterkblijven.domain.hospital import HospitalStay
from sterkblijven.domain.model import Load, Measure, Routine, RoutineExercise, Sex, Trainee
from sterkblijven.domain.precautions import ActivePrecaution
from sterkblijven.domain.progress import Adherence, ExerciseSeries, Point, TestSeries
from sterkblijven.domain.progression import Advice, Reason
from sterkblijven.domain.session import JointFeeling, PainPlace, StopSignal
from sterkblijven.domain.validation import InputRefused
from sterkblijven.services.fitness import RatedResult


@dataclass(frozen=True, slots=True)
class ReportPeriod:
    """The days a report covers, both included."""

    first: date
    last: date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise InputRefused("report_period_reversed")

    @property
    def start(self) -> datetime:
        """Return the first moment of the period."""
        return datetime.combine(self.first, time.min)

    @property
    def end(self) -> datetime:
        """Return the first moment after the period."""
        return datetime.combine(self.last + timedelta(days=1), time.min)


@dataclass(frozen=True, slots=True)
class Attendance:
    """Sessions done in the period, per week, against the plan's days a week."""

    weeks: Adherence  # every week of the period; best_streak is the longest run within it
    sessions: int
    weeks_trained: int
    goal_per_week: int | None  # the plan's training days a week; None without a plan
    # The training days of the plans in force in the period, less the days in hospital up to
    # the clearance; None without a plan. Breaks stay in: they are training missed.
    planned: int | None = None
    # The sessions held against the plan: in each week, up to the days it planned that week.
    # A session moved to another day of its week counts; an extra one never makes up for
    # another week, so the share never passes 100 %.
    on_plan: int = 0
    hospital_days: int = 0  # in the period, up to the clearance
    breaks: int = 0  # two weeks or more between two sessions, outside a hospital stay
    break_days: int = 0
    from_paper: int = 0  # of the sessions, those done on the paper card and entered afterwards

    @property
    def share(self) -> int | None:
        """Return the sessions on plan as a whole percentage of those planned; None without."""
        if not self.planned:
            return None
        return round(100 * self.on_plan / self.planned)


class AbsenceKind(enum.StrEnum):
    """Why there was no training for a while."""

    HOSPITAL = "hospital"  # up to the clearance: no training was planned
    BREAK = "break"  # two weeks or more without a session: training missed, the app's break


@dataclass(frozen=True, slots=True)
class Absence:
    """Days away from training, first and last included."""

    kind: AbsenceKind
    first: date
    last: date

    @property
    def days(self) -> int:
        """Return the number of days away."""
        return (self.last - self.first).days + 1


class MarkKind(enum.StrEnum):
    """What a mark on the report's charts stands for."""

    HOSPITAL = "hospital"
    CLEARED = "cleared"
    BREAK = "break"


@dataclass(frozen=True, slots=True)
class EventMark:
    """An event to mark on the charts: a band from first to last, or a line when one day."""

    kind: MarkKind
    first: date
    last: date


@dataclass(frozen=True, slots=True)
class DoseStep:
    """An exercise's dose from a day on."""

    since: date
    dose: RoutineExercise


@dataclass(frozen=True, slots=True)
class ExerciseDose:
    """The dose of one exercise of the plan through the period: where it began, each change."""

    exercise_id: str
    history: tuple[DoseStep, ...]  # the dose at the start of the period, then each change

    @property
    def changes(self) -> tuple[DoseStep, ...]:
        """Return the changes within the period."""
        return self.history[1:]

    @property
    def current(self) -> RoutineExercise:
        """Return the dose at the end of the period."""
        return self.history[-1].dose


@dataclass(frozen=True, slots=True)
class TestRow:
    """One functional test result as a row of the test table, with the norm it is held to."""

    day: date
    test_id: str
    value: float
    used_arms: bool
    dumbbell_kg: float | None
    norm_kg: float | None  # the dumbbell the arm curl's norm was measured with
    age: int  # on the day of the test
    sex: Sex
    age_band: tuple[int, int] | None  # the norm's age band; None for a single cut-off
    normal_range: tuple[float, float] | None
    comparable: bool  # done as the norm's test was: only then is it rated
    rating: str | None  # norms.BELOW_AVERAGE, AVERAGE or ABOVE_AVERAGE; None when not compared
    fall_risk: bool
    sources: tuple[norms.NormSource, ...]


@dataclass(frozen=True, slots=True)
class Decision:
    """A decision on a suggested dose: what was suggested, what was decided, by whom, when."""

    suggested_on: date
    decided_at: datetime
    exercise_id: str
    advice: Advice
    reason: Reason
    status: Status
    decided_by: Decider | None
    login: str | None  # the carer's login on a practice's server; None at home
    current: RoutineExercise
    proposed: RoutineExercise
    chosen: RoutineExercise | None


@dataclass(frozen=True, slots=True)
class SessionBest:
    """The best set of one session: the heaviest load, with the most repetitions at it."""

    day: date
    load: float | None  # kg, or the band's place on the ladder; None without weights
    count: int  # repetitions, seconds or steps, as the exercise counts


@dataclass(frozen=True, slots=True)
class ExerciseInPeriod:
    """One exercise trained in the period: its chart, and the first and last session."""

    series: ExerciseSeries
    sessions: int
    first: SessionBest
    last: SessionBest


@dataclass(frozen=True, slots=True)
class TestInPeriod:
    """One functional test taken in the period."""

    series: TestSeries
    # Rated against the first result of the period, so the change told is the period's; without
    # an earlier result in the period, `previous` is None.
    latest: RatedResult
    results: int


@dataclass(frozen=True, slots=True)
class CheckIn:
    """The next-day answer after a session."""

    day: date
    joints: JointFeeling
    long_morning_stiffness: bool
    places: frozenset[PainPlace] = frozenset()  # where worse or night pain was felt
    night_pain: bool = False


@dataclass(frozen=True, slots=True)
class StopSignalReport:
    """Stop signals noticed during a set."""

    day: date
    exercise_id: str
    signals: tuple[StopSignal, ...]  # in the order StopSignal lists them; none for pain alone
    pain: int | None
    place: PainPlace | None = None  # where it hurt, when the person said


@dataclass(frozen=True, slots=True)
class SessionNote:
    """A note kept with a session."""

    day: date
    text: str


@dataclass(frozen=True, slots=True)
class ProgressReport:
    """Everything a report tells about one person over one period."""

    trainee: Trainee
    age: int  # on the day the report is made
    period: ReportPeriod  # as asked
    # The part of the period that has a history: from the person's first session or test (a
    # period of "everything" starts long before), up to the day the report is made.
    covered: ReportPeriod
    made_on: date
    attendance: Attendance
    exercises: tuple[ExerciseInPeriod, ...]  # in the order of the plan, then the others
    tests: tuple[TestInPeriod, ...]  # in the order the tests are offered
    pain: tuple[Point, ...]  # the highest pain of each session with a pain answer
    checkins: tuple[CheckIn, ...]
    stop_signals: tuple[StopSignalReport, ...]
    plan_note: str  # the carer's note on the current plan
    session_notes: tuple[SessionNote, ...]
    routine: Routine | None  # the plan followed now, whatever the period
    # Hospital stays that began in the period or still wait for clearance, oldest first, and
    # the movement advice in force now.
    hospital_stays: tuple[HospitalStay, ...] = ()
    precautions: tuple[ActivePrecaution, ...] = ()
    test_rows: tuple[TestRow, ...] = ()  # every result of the period, oldest first
    absences: tuple[Absence, ...] = ()  # within the period, oldest first
    doses: tuple[ExerciseDose, ...] = ()  # the exercises of the plans in force, in plan order
    decisions: tuple[Decision, ...] = ()  # oldest first
    pain_places: tuple[tuple[PainPlace, int], ...] = ()  # places named in sets and check-ins

    @property
    def marks(self) -> tuple[EventMark, ...]:
        """Return the events of the period to mark on its charts, oldest first."""
        found = [
            EventMark(MarkKind.BREAK, absence.first, absence.last)
            for absence in self.absences
            if absence.kind is AbsenceKind.BREAK
        ]
        for stay in self.hospital_stays:
            if stay.admitted is not None:
                last = stay.discharged or self.covered.last
                found.append(EventMark(MarkKind.HOSPITAL, stay.admitted, last))
            if stay.cleared_on is not None:
                found.append(EventMark(MarkKind.CLEARED, stay.cleared_on, stay.cleared_on))
        shown = [
            mark
            for mark in found
            if mark.last >= self.covered.first and mark.first <= self.covered.last
        ]
        return tuple(sorted(shown, key=lambda mark: (mark.first, mark.kind)))

    @property
    def has_history(self) -> bool:
        """Return True when anything at all happened in the period."""
        return bool(
            self.attendance.sessions
            or self.exercises
            or self.tests
            or self.pain
            or self.checkins
            or self.stop_signals
            or self.session_notes
        )


@dataclass(frozen=True, slots=True)
class CardExercise:
    """One exercise on the session card, with its dose."""

    exercise_id: str
    start_picture: str | None  # None when the catalogue no longer has the exercise
    end_picture: str | None
    measure: Measure
    load: Load
    sets: int
    rep_min: int
    rep_max: int
    rest_seconds: int
    slow_tempo: bool


@dataclass(frozen=True, slots=True)
class SessionCard:
    """A week of training on one sheet, to fill in by hand."""

    trainee: Trainee
    made_on: date
    week: tuple[date, ...]  # Monday to Sunday of this week
    training_days: tuple[date, ...]  # the days of this week the plan trains on
    warm_up: tuple[str, ...]  # the movement codes, in order
    cool_down: tuple[str, ...]
    warm_up_minutes: int
    cool_down_minutes: int
    exercises: tuple[CardExercise, ...]  # the exercises trained this week, in the plan's order
    resting: tuple[str, ...]  # exercises of the plan that rest for now
    has_plan: bool
    note: str = ""  # the carer's note on the plan, for the trainee
