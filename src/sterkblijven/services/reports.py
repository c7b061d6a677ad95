"""Reports on paper: a progress report for the GP or physiotherapist, and a weekly session card.

The report holds facts of one period, as domain values; the UI turns them into sentences and
charts. Each kind of history is read with one query bounded by the period, so ten years of
history cost no more than the year asked for.
"""

from __future__ import annotations

import bisect
import dataclasses
import enum
import itertools
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sterkblijven.domain import norms
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.decisions import Decider, Status, SuggestionRecord
from sterkblijven.domain.everyday import SetLine
from sterkblijven.domain.fitness import ARM_CURL_KG, TESTS, TestResult, age_on, assess_result
from sterkblijven.domain.hospital import HospitalStay
from sterkblijven.domain.model import (
    Equipment,
    Load,
    Measure,
    Routine,
    RoutineExercise,
    Sex,
    Trainee,
)
from sterkblijven.domain.planning import week_start
from sterkblijven.domain.precautions import ActivePrecaution, Precautions
from sterkblijven.domain.progress import (
    Adherence,
    ExerciseSeries,
    Point,
    TestSeries,
    adherence,
)
from sterkblijven.domain.progression import SHORT_BREAK_DAYS, Advice, Reason
from sterkblijven.domain.session import COOLDOWN, WARMUP, JointFeeling, PainPlace, StopSignal
from sterkblijven.domain.validation import InputRefused
from sterkblijven.services.catalogue import load_precautions
from sterkblijven.services.fitness import RatedResult, rate, series_of
from sterkblijven.services.health import active_precautions

# The series are built exactly as the progress screen builds them, so paper and screen agree.
from sterkblijven.services.progress import exercise_progress
from sterkblijven.storage import Database
from sterkblijven.storage import health as health_store
from sterkblijven.storage import progress as progress_store
from sterkblijven.storage import reports as store
from sterkblijven.storage import repositories as repo
from sterkblijven.storage.server import record_access


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


class Reports:
    """Reads what the report and the card tell, for one person."""

    def __init__(
        self,
        database: Database,
        catalogue: Catalogue,
        clock: Callable[[], datetime],
        precautions: Precautions | None = None,
    ) -> None:
        self._database = database
        self._catalogue = catalogue
        self._clock = clock
        self._precautions = precautions if precautions is not None else load_precautions()

    def note_opened(self, trainee_id: int) -> None:
        """Log, on a practice's server, that the person logged in made this client's report."""
        with self._database.transaction() as tx:
            record_access(tx, trainee_id, "opened report")

    def progress_report(self, trainee_id: int, period: ReportPeriod) -> ProgressReport:
        """Return what happened in a period, for a GP or physiotherapist to read."""
        made_on = self._clock().date()
        start, end = period.start, period.end
        with self._database.transaction() as tx:
            trainee = repo.get_trainee(tx, trainee_id)
            routine = repo.active_routine(tx, trainee_id)
            equipment = repo.load_equipment(tx, trainee_id)
            days = store.session_days_between(tx, trainee_id, start, end)
            from_paper = store.paper_sessions_between(tx, trainee_id, start, end)
            sets = store.sets_between(tx, trainee_id, start, end)
            pain = progress_store.pain_per_session(tx, trainee_id, start, end)
            results = store.test_results_between(tx, trainee_id, start, end)
            checkins = store.checkins_between(tx, trainee_id, start, end)
            signals = store.stop_signals_between(tx, trainee_id, start, end)
            notes = store.session_notes_between(tx, trainee_id, start, end)
            began = store.first_record_day(tx, trainee_id)
            versions = store.routines_between(tx, trainee_id, start, end)
            decided = store.decisions_between(tx, trainee_id, start, end)
            set_places = store.pain_places_between(tx, trainee_id, start, end)
            stays = health_store.stays(tx, trainee_id)
            advice = active_precautions(tx, trainee_id, self._precautions)
        covered = _covered(period, began, made_on)
        planned = [item.exercise_id for item in routine.exercises] if routine else []
        told_stays = tuple(stay for stay in reversed(stays) if _stay_told(stay, period, made_on))
        absences = _absences(days, told_stays, covered)
        return ProgressReport(
            trainee=trainee,
            age=age_on(made_on, trainee.birth_year, trainee.birth_month),
            period=period,
            covered=covered,
            made_on=made_on,
            attendance=dataclasses.replace(
                _attendance(days, covered, routine, versions, absences), from_paper=from_paper
            ),
            exercises=tuple(
                _exercise_in_period(exercise_id, sets[exercise_id], equipment)
                for exercise_id in _trained_order(sets, planned)
            ),
            tests=_tests_in_period(trainee, results, covered.last),
            pain=tuple(Point(day, float(value)) for day, value in pain),
            checkins=tuple(
                CheckIn(
                    line.day, line.joints, line.long_morning_stiffness, line.places, line.night_pain
                )
                for line in checkins
            ),
            stop_signals=tuple(
                StopSignalReport(
                    line.moment.date(),
                    line.exercise_id,
                    tuple(signal for signal in StopSignal if signal in line.signals),
                    line.pain,
                    line.place,
                )
                for line in signals
            ),
            plan_note=routine.note.strip() if routine else "",
            session_notes=tuple(SessionNote(note.day, note.text) for note in notes),
            routine=routine,
            hospital_stays=told_stays,
            precautions=tuple(advice),
            test_rows=tuple(_test_row(trainee, result) for result in results),
            absences=absences,
            doses=_doses(versions, covered),
            decisions=tuple(_decision(record) for record in decided),
            pain_places=_pain_places(set_places, checkins),
        )

    def session_card(self, trainee_id: int) -> SessionCard:
        """Return this week's plan as a card to print and fill in by hand."""
        today = self._clock().date()
        with self._database.transaction() as tx:
            trainee = repo.get_trainee(tx, trainee_id)
            routine = repo.active_routine(tx, trainee_id)
        monday = week_start(today)
        week = tuple(monday + timedelta(days=offset) for offset in range(7))
        exercises: list[CardExercise] = []
        resting: list[str] = []
        for item in routine.exercises if routine else ():
            if item.paused:
                resting.append(item.exercise_id)
                continue
            exercise = self._catalogue.get(item.exercise_id)
            exercises.append(
                CardExercise(
                    exercise_id=item.exercise_id,
                    start_picture=exercise.start_picture if exercise else None,
                    end_picture=exercise.end_picture if exercise else None,
                    measure=exercise.measure if exercise else Measure.REPS,
                    load=item.load,
                    sets=item.sets,
                    rep_min=item.rep_min,
                    rep_max=item.rep_max,
                    rest_seconds=item.rest_seconds,
                    slow_tempo=item.slow_tempo,
                )
            )
        weekdays = sorted(set(routine.weekdays)) if routine else []
        return SessionCard(
            trainee=trainee,
            made_on=today,
            week=week,
            training_days=tuple(week[day] for day in weekdays if 0 <= day < 7),
            warm_up=tuple(code for code, _seconds in WARMUP),
            cool_down=tuple(code for code, _seconds in COOLDOWN),
            warm_up_minutes=_minutes(WARMUP),
            cool_down_minutes=_minutes(COOLDOWN),
            exercises=tuple(exercises),
            resting=tuple(resting),
            has_plan=routine is not None,
            note=routine.note.strip() if routine is not None else "",
        )


def _stay_told(stay: HospitalStay, period: ReportPeriod, today: date) -> bool:
    """Return True for a stay that overlaps the period, or still waits for clearance."""
    first = stay.admitted or stay.recorded_at.date()
    last = stay.cleared_on or stay.discharged or today
    return stay.waiting_for_clearance or (first <= period.last and last >= period.first)


def _minutes(movements: tuple[tuple[str, int], ...]) -> int:
    return max(1, round(sum(seconds for _code, seconds in movements) / 60))


def _covered(period: ReportPeriod, began: date | None, today: date) -> ReportPeriod:
    """Return the period without the days before any history, nor the days still to come."""
    last = max(period.first, min(period.last, today))
    first = min(max(period.first, began), last) if began is not None else period.first
    return ReportPeriod(first, last)


def _attendance(
    days: list[date],
    covered: ReportPeriod,
    routine: Routine | None,
    versions: Sequence[store.RoutineVersion],
    absences: Sequence[Absence],
) -> Attendance:
    weeks = (week_start(covered.last) - week_start(covered.first)).days // 7 + 1
    counted = adherence(days, covered.last, weeks)
    in_hospital = _days_of(a for a in absences if a.kind is AbsenceKind.HOSPITAL)
    breaks = [absence for absence in absences if absence.kind is AbsenceKind.BREAK]
    planned: int | None = None
    on_plan = 0
    if versions:
        per_week: Counter[date] = Counter()
        starts = [version.since.date() for version in versions]
        day = covered.first
        while day <= covered.last:
            in_force = _in_force(versions, starts, day)
            training_day = in_force is not None and day.weekday() in in_force.weekdays
            if training_day and day not in in_hospital:
                per_week[week_start(day)] += 1
            day += timedelta(days=1)
        planned = sum(per_week.values())
        done = Counter(week_start(day) for day in days)
        on_plan = sum(min(done[week], wanted) for week, wanted in per_week.items())
    return Attendance(
        counted,
        len(days),
        sum(1 for week in counted.weeks if week.sessions),
        routine.sessions_per_week if routine else None,
        planned,
        on_plan,
        hospital_days=sum(1 for day in in_hospital if covered.first <= day <= covered.last),
        breaks=len(breaks),
        break_days=sum(absence.days for absence in breaks),
    )


def _in_force(
    versions: Sequence[store.RoutineVersion], starts: Sequence[date], day: date
) -> Routine | None:
    """Return the plan in force on a day: the last made on or before it; None before any."""
    index = bisect.bisect_right(starts, day)
    return versions[index - 1].routine if index else None


def _days_of(absences: Iterable[Absence]) -> set[date]:
    days: set[date] = set()
    for absence in absences:
        days.update(absence.first + timedelta(days=n) for n in range(absence.days))
    return days


def _absences(
    days: list[date], stays: Sequence[HospitalStay], covered: ReportPeriod
) -> tuple[Absence, ...]:
    """Return the hospital stays up to their clearance, and the breaks between sessions."""
    found: list[Absence] = []
    for stay in stays:
        if stay.admitted is None:
            continue
        last = stay.cleared_on - timedelta(days=1) if stay.cleared_on is not None else covered.last
        last = max(last, stay.discharged or stay.admitted)
        first, last = max(stay.admitted, covered.first), min(last, covered.last)
        if first <= last:
            found.append(Absence(AbsenceKind.HOSPITAL, first, last))
    in_hospital = _days_of(found)
    for before, after in itertools.pairwise(days):
        if (after - before).days < SHORT_BREAK_DAYS:
            continue
        first, last = before + timedelta(days=1), after - timedelta(days=1)
        if any(first + timedelta(days=n) in in_hospital for n in range((last - first).days + 1)):
            continue
        found.append(Absence(AbsenceKind.BREAK, first, last))
    return tuple(sorted(found, key=lambda absence: absence.first))


def _doses(
    versions: Sequence[store.RoutineVersion], covered: ReportPeriod
) -> tuple[ExerciseDose, ...]:
    """Return each exercise's dose at the start of the period and each change after it."""
    histories: dict[str, list[DoseStep]] = {}
    for version in versions:
        since = max(version.since.date(), covered.first)
        for item in version.routine.exercises:
            steps = histories.setdefault(item.exercise_id, [])
            if not steps or _dose_changed(steps[-1].dose, item):
                steps.append(DoseStep(since, item))
    return tuple(
        ExerciseDose(exercise_id, tuple(steps)) for exercise_id, steps in histories.items()
    )


def _dose_changed(before: RoutineExercise, after: RoutineExercise) -> bool:
    return (
        before.load.kind,
        before.load.kg,
        None if before.load.band is None else before.load.band.position,
        before.load.band_doubled,
        before.sets,
        before.rep_min,
        before.rep_max,
        before.slow_tempo,
        before.extra_set,
        before.paused,
    ) != (
        after.load.kind,
        after.load.kg,
        None if after.load.band is None else after.load.band.position,
        after.load.band_doubled,
        after.sets,
        after.rep_min,
        after.rep_max,
        after.slow_tempo,
        after.extra_set,
        after.paused,
    )


def _test_row(trainee: Trainee, result: TestResult) -> TestRow:
    """Return a result as a row, rated as everywhere in the app (a chair stand with arms is 0)."""
    day = result.taken_at.date()
    age = age_on(day, trainee.birth_year, trainee.birth_month)
    rated = assess_result(result, age, trainee.sex)
    comparable = rated.rating != norms.NOT_COMPARED
    # The norm the row is held to is told even when the result is not compared with it.
    told = rated if comparable else norms.assess(result.test_id, age, trainee.sex, result.value)
    return TestRow(
        day=day,
        test_id=result.test_id,
        value=result.value,
        used_arms=result.used_arms,
        dumbbell_kg=result.dumbbell_kg,
        norm_kg=ARM_CURL_KG[trainee.sex] if result.test_id == "arm_curl_30s" else None,
        age=age,
        sex=trainee.sex,
        age_band=told.age_band,
        normal_range=told.normal_range,
        comparable=comparable,
        rating=rated.rating if comparable else None,
        fall_risk=rated.fall_risk,
        sources=norms.norm_sources(result.test_id),
    )


def _decision(record: SuggestionRecord) -> Decision:
    assert record.decided_at is not None  # only decided suggestions are read
    return Decision(
        suggested_on=record.created_at.date(),
        decided_at=record.decided_at,
        exercise_id=record.exercise_id,
        advice=record.suggestion.advice,
        reason=record.suggestion.reason,
        status=record.status,
        decided_by=record.decided_by,
        login=record.changed_by,
        current=record.suggestion.current,
        proposed=record.suggestion.proposed,
        chosen=record.chosen,
    )


def _pain_places(
    in_sets: dict[PainPlace, int], checkins: Sequence[store.CheckinLine]
) -> tuple[tuple[PainPlace, int], ...]:
    """Return how often each place was named, in sets with pain or in next-day answers."""
    counted: Counter[PainPlace] = Counter(in_sets)
    for checkin in checkins:
        counted.update(checkin.places)
    return tuple(sorted(counted.items(), key=lambda item: (-item[1], item[0].value)))


def _trained_order(sets: dict[str, list[SetLine]], planned: list[str]) -> list[str]:
    """Return the exercises trained: those of the plan in its order, then the latest first."""
    in_plan = [exercise_id for exercise_id in planned if exercise_id in sets]
    others = sorted(
        (exercise_id for exercise_id in sets if exercise_id not in planned),
        key=lambda exercise_id: (-sets[exercise_id][-1].day.toordinal(), exercise_id),
    )
    return in_plan + others


def _exercise_in_period(
    exercise_id: str, lines: list[SetLine], equipment: Equipment
) -> ExerciseInPeriod:
    whole = exercise_progress(exercise_id, lines, equipment)
    series = whole.series
    # The chart follows the equipment used last; so do the first and last sessions told.
    kind = lines[-1].equipment
    followed = [line for line in lines if line.equipment == kind]
    opening = [line for line in followed if line.session_id == followed[0].session_id]
    first_best = exercise_progress(exercise_id, opening, equipment).last
    last_best = whole.last
    assert first_best is not None and last_best is not None  # both have sets of that kind
    loads = series.load
    return ExerciseInPeriod(
        series=series,
        sessions=len({line.session_id for line in followed}),
        first=SessionBest(first_best.day, loads[0].value if loads else None, int(first_best.value)),
        last=SessionBest(last_best.day, loads[-1].value if loads else None, int(last_best.value)),
    )


def _tests_in_period(
    trainee: Trainee, results: list[TestResult], until: date
) -> tuple[TestInPeriod, ...]:
    grouped: dict[str, list[TestResult]] = {}
    for result in results:
        grouped.setdefault(result.test_id, []).append(result)
    told = []
    for test in TESTS:
        found = grouped.get(test.id)
        if not found:
            continue
        series = series_of(trainee, test.id, found, until)
        earlier = found[0] if len(found) > 1 else None
        told.append(TestInPeriod(series, rate(found[-1], trainee, earlier), len(found)))
    return tuple(told)
