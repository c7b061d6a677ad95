"""Reports on paper: a progress report for the GP or physiotherapist, and a weekly session card.

The report holds facts of one period, as domain values (`report_facts`); paper turns them into
sentences and charts. Each kind of history is read with one query bounded by the period, so ten
years of history cost no more than the year asked for.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime, timedelta

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.fitness import age_on
from sterkblijven.domain.model import Measure
from sterkblijven.domain.planning import week_start
from sterkblijven.domain.precautions import Precautions
from sterkblijven.domain.progress import Point
from sterkblijven.domain.session import COOLDOWN, WARMUP, StopSignal
from sterkblijven.services.catalogue import load_precautions
from sterkblijven.services.health import active_precautions
from sterkblijven.services.report_attendance import (
    absences_in,
    attendance_in,
    covered_part,
    stay_told,
)
from sterkblijven.services.report_facts import (
    Absence,
    AbsenceKind,
    Attendance,
    CardExercise,
    CheckIn,
    Decision,
    DoseStep,
    EventMark,
    ExerciseDose,
    ExerciseInPeriod,
    MarkKind,
    ProgressReport,
    ReportPeriod,
    SessionBest,
    SessionCard,
    SessionNote,
    StopSignalReport,
    TestInPeriod,
    TestRow,
)
from sterkblijven.services.report_rows import (
    decision_of,
    doses_in,
    exercise_in_period,
    places_named,
    row_of_result,
    tests_in_period,
    trained_order,
)
from sterkblijven.storage import Database
from sterkblijven.storage import health as health_store
from sterkblijven.storage import progress as progress_store
from sterkblijven.storage import reports as store
from sterkblijven.storage import repositories as repo
from sterkblijven.storage.server import record_access

__all__ = [
    "Absence",
    "AbsenceKind",
    "Attendance",
    "CardExercise",
    "CheckIn",
    "Decision",
    "DoseStep",
    "EventMark",
    "ExerciseDose",
    "ExerciseInPeriod",
    "MarkKind",
    "ProgressReport",
    "ReportPeriod",
    "Reports",
    "SessionBest",
    "SessionCard",
    "SessionNote",
    "StopSignalReport",
    "TestInPeriod",
    "TestRow",
]


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
        covered = covered_part(period, began, made_on)
        planned = [item.exercise_id for item in routine.exercises] if routine else []
        told_stays = tuple(stay for stay in reversed(stays) if stay_told(stay, period, made_on))
        absences = absences_in(days, told_stays, covered)
        return ProgressReport(
            trainee=trainee,
            age=age_on(made_on, trainee.birth_year, trainee.birth_month),
            period=period,
            covered=covered,
            made_on=made_on,
            attendance=dataclasses.replace(
                attendance_in(days, covered, routine, versions, absences), from_paper=from_paper
            ),
            exercises=tuple(
                exercise_in_period(exercise_id, sets[exercise_id], equipment)
                for exercise_id in trained_order(sets, planned)
            ),
            tests=tests_in_period(trainee, results, covered.last),
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
            test_rows=tuple(row_of_result(trainee, result) for result in results),
            absences=absences,
            doses=doses_in(versions, covered),
            decisions=tuple(decision_of(record) for record in decided),
            pain_places=places_named(set_places, checkins),
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


def _minutes(movements: tuple[tuple[str, int], ...]) -> int:
    return max(1, round(sum(seconds for _code, seconds in movements) / 60))
