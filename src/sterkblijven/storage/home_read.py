"""What the home screen shows, read with the standard ``sqlite3`` module before SQLAlchemy loads.

A start paints home first and loads SQLAlchemy, Alembic and the services after: importing
them costs about a quarter of a second at every start. This reader opens the SQLite file
read-only, reads exactly what the first screen shows in a few statements, and hands the rows
to the same domain functions the services use, so home looks the same either way. Only a file
at the app's own schema revision is read; any other, and any sqlite3 error, goes the usual way
(open, check or migrate through SQLAlchemy). This module must import no SQLAlchemy.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import datetime, time, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any

from sterkblijven.domain.attention import DayFacts
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.decisions import Status
from sterkblijven.domain.everyday import (
    EVERYDAY_HISTORY_DAYS,
    SetLine,
    TaskProgress,
    everyday_progress,
)
from sterkblijven.domain.fitness import (
    MAX_PAIN_BEFORE_TEST,
    Retest,
    TestResult,
    long_gap_between,
    retest_advice,
)
from sterkblijven.domain.home import WeekOverview
from sterkblijven.domain.hospital import HOSPITAL_STAY
from sterkblijven.domain.model import (
    EquipmentKind,
    Load,
    ReadinessCheck,
    Routine,
    RoutineExercise,
    SessionSummary,
    Task,
    Trainee,
)
from sterkblijven.domain.pin import PIN_KEY
from sterkblijven.domain.planning import week_start
from sterkblijven.domain.preferences import COMFORT_KEYS, OLD_TRAINEE_KEY
from sterkblijven.domain.progression import break_since
from sterkblijven.domain.readiness import recheck
from sterkblijven.domain.reminders import week_due
from sterkblijven.domain.session import SessionStatus, StopSignal, is_beginner
from sterkblijven.storage.home_rows import (
    DONE_STATUSES,
    TRAINING,
    band_of,
    equipment_of,
    trainee_of,
)
from sterkblijven.storage.moments import local_moment, moment_text
from sterkblijven.storage.schema_head import SCHEMA_HEAD


class HomeReadError(Exception):
    """Reading failed in sqlite3; the caller then takes the usual path."""


def read_only_uri(database_file: Path) -> str:
    """Return the sqlite3 URI that opens a file for reading only, never creating it."""
    # as_uri escapes what a URI reserves ("?", "#", "%", spaces) and writes Windows drives too.
    return f"{database_file.resolve().as_uri()}?mode=ro"


class HomeReader:
    """Reads home's data from a SQLite file at the app's schema revision, read-only."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        self._statements = 0

    @classmethod
    def open(cls, database_file: Path) -> HomeReader | None:
        """Open the file read-only; None when missing, empty, at another revision, or unreadable.

        The usual path then opens (and checks or migrates) it.
        """
        try:
            if not database_file.is_file() or database_file.stat().st_size == 0:
                return None
            connection = sqlite3.connect(read_only_uri(database_file), uri=True)
        except (OSError, sqlite3.Error):
            return None
        reader = cls(connection)
        try:
            found = reader._rows("SELECT version_num FROM alembic_version")
        except HomeReadError:
            reader.close()
            return None
        if [row[0] for row in found] != [SCHEMA_HEAD]:
            reader.close()
            return None
        return reader

    def __enter__(self) -> HomeReader:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def statements(self) -> int:
        """Return how many SQL statements were run so far."""
        return self._statements

    def close(self) -> None:
        """Close the file."""
        self._connection.close()

    # People

    def trainees(self) -> list[Trainee]:
        """Return every trainee on this computer, oldest profile first; archived ones left out."""
        rows = self._rows(
            f"SELECT {_TRAINEE} FROM trainees WHERE archived_at IS NULL ORDER BY created_at, id"
        )
        return [trainee_of(row) for row in rows]

    def trainee_id(self, person_uuid: str) -> int | None:
        """Return the id of the person with this stable id; None if nobody (not archived) has it."""
        rows = self._rows(
            "SELECT id FROM trainees WHERE uuid = ? AND archived_at IS NULL", (person_uuid,)
        )
        return int(rows[0][0]) if rows else None

    def trainee_uuid(self, trainee_id: int) -> str | None:
        """Return the stable id (UUID) of a trainee, or None when there is no such trainee."""
        rows = self._rows("SELECT uuid FROM trainees WHERE id = ?", (trainee_id,))
        return str(rows[0][0]) if rows else None

    def old_preferences_left(self) -> bool:
        """Return True while settings hold preferences an earlier version kept in the database."""
        keys = (*COMFORT_KEYS, OLD_TRAINEE_KEY)
        marks = ", ".join("?" for _ in keys)
        rows = self._rows(f"SELECT 1 FROM settings WHERE key IN ({marks}) LIMIT 1", keys)
        return bool(rows)

    # The week

    def overview(self, trainee_id: int, now: datetime) -> WeekOverview:
        """Return this week's overview of a trainee, as services.home.Home.overview does."""
        monday = datetime.combine(week_start(now), time())
        today = datetime.combine(now.date(), time())
        trainee, decides_own_loads, _ = self._trainee(trainee_id)
        routine = self._routine(trainee_id)
        counts = self._rows(
            "SELECT COUNT(*),"
            " COALESCE(SUM(started_at >= ?), 0), COALESCE(SUM(started_at >= ?), 0),"
            " MAX(CASE WHEN started_at < ? THEN started_at END)"
            f" FROM sessions s WHERE s.trainee_id = ? AND {TRAINING}",
            (moment_text(monday), moment_text(today), moment_text(now), trainee_id, *DONE_STATUSES),
        )[0]
        done_ever, done_this_week, done_today, last_start = counts
        facts = self._session_facts(trainee_id)
        others = self._rows(
            "SELECT"
            " (SELECT MAX(happened_at) FROM trainee_events WHERE trainee_id = ? AND kind = ?),"
            " (SELECT COUNT(*) FROM suggestions WHERE trainee_id = ? AND status = ?),"
            " EXISTS (SELECT 1 FROM hospital_stays WHERE trainee_id = ? AND cleared_at IS NULL),"
            " (SELECT value FROM settings WHERE key = ?)",
            (
                trainee_id,
                HOSPITAL_STAY,
                trainee_id,
                Status.PENDING.value,
                trainee_id,
                PIN_KEY,
            ),
        )[0]
        last_hospital, waiting, stay_waiting, pin = others

        def hospital_since(moment: datetime) -> bool:
            # As repositories.event_since: the moment is written as stored, then compared.
            return last_hospital is not None and last_hospital >= moment_text(moment)

        readiness = facts.readiness
        due = None
        if routine is not None and routine.exercises:
            due = week_due(routine.weekdays, done_this_week, done_today > 0, now.date())
        last = None if last_start is None else local_moment(last_start)
        long_break = last is not None and break_since(last, now, hospital_since(last)) is not None
        # Strictly after: a check answered in the same moment as the report already knows of it.
        hospital_after_check = readiness is not None and hospital_since(
            readiness.answered_at + timedelta(microseconds=1)
        )
        checkin = None
        if facts.training is not None:
            training_id, finished_at, answered = facts.training
            if finished_at is not None and local_moment(finished_at) < today and not answered:
                checkin = training_id
        return WeekOverview(
            trainee=trainee,
            routine=routine,
            sessions_this_week=done_this_week,
            last_session=facts.last_session,
            readiness=readiness,
            running_session_id=facts.running,
            checkin_session_id=checkin,
            beginner=is_beginner(done_ever) or long_break,
            waiting_suggestions=waiting,
            trainee_decides=not pin or decides_own_loads,
            due=due,
            readiness_due=recheck(readiness, now, hospital_after_check),
            awaiting_clearance=bool(stay_waiting),
        )

    # The name tiles

    def days(self, now: datetime) -> dict[int, DayFacts]:
        """Return what each person's name tile tells from, in one statement for everyone.

        As storage.overview reads it for the carer: the plan in force, the trainings this week
        and today, the last training, and whether the GP is waited for.
        """
        monday = datetime.combine(week_start(now), time())
        today = datetime.combine(now.date(), time())
        rows = self._rows(
            "SELECT t.id,"
            " (SELECT CASE WHEN EXISTS (SELECT 1 FROM routine_exercises e"
            " WHERE e.routine_id = r.id) THEN r.weekdays ELSE '' END FROM routines r"
            " WHERE r.trainee_id = t.id AND r.active ORDER BY r.created_at DESC, r.id DESC"
            " LIMIT 1),"
            " (SELECT COUNT(*) FROM sessions s"
            f" WHERE s.trainee_id = t.id AND s.started_at >= ? AND {TRAINING}),"
            " (SELECT COUNT(*) FROM sessions s"
            f" WHERE s.trainee_id = t.id AND s.started_at >= ? AND {TRAINING}),"
            f" (SELECT MAX(s.started_at) FROM sessions s WHERE s.trainee_id = t.id AND {TRAINING}),"
            " (SELECT c.yes_answers || '|' || COALESCE(c.confirmed_at, '') FROM readiness_checks c"
            " WHERE c.trainee_id = t.id ORDER BY c.answered_at DESC, c.id DESC LIMIT 1),"
            " EXISTS (SELECT 1 FROM hospital_stays h"
            " WHERE h.trainee_id = t.id AND h.cleared_at IS NULL)"
            " FROM trainees t WHERE t.archived_at IS NULL ORDER BY t.created_at, t.id",
            (
                moment_text(monday),
                *DONE_STATUSES,
                moment_text(today),
                *DONE_STATUSES,
                *DONE_STATUSES,
            ),
        )
        found = {}
        for trainee_id, weekdays, week, done_today, last, check, stay_waiting in rows:
            gp_talk = False
            if check is not None:
                answers, _, confirmed = check.partition("|")
                yes = frozenset(code for code in answers.split(",") if code)
                gp_talk = not ReadinessCheck(yes, now, now if confirmed else None).training_allowed
            found[int(trainee_id)] = DayFacts(
                weekdays=tuple(int(day) for day in (weekdays or "").split(",") if day),
                done_this_week=int(week or 0),
                trained_today=bool(done_today),
                waiting_for_gp=gp_talk or bool(stay_waiting),
                last_training=None if last is None else local_moment(last),
            )
        return found

    # Everyday progress

    def everyday(
        self, trainee_id: int, now: datetime, catalogue: Catalogue
    ) -> tuple[TaskProgress, ...]:
        """Return progress per everyday task that has something to tell, as Progress.everyday."""
        recent = now - timedelta(days=EVERYDAY_HISTORY_DAYS)
        recent_text = moment_text(recent)
        trainee, _, equipment_version = self._trainee(trainee_id)
        # Every result of the tests last done within the year: the chart of each is told whole.
        results = self._rows(
            "SELECT test_id, value, taken_at, note, used_arms, id, dumbbell_kg FROM test_results"
            " WHERE trainee_id = ? AND test_id IN (SELECT test_id FROM test_results"
            " WHERE trainee_id = ? AND taken_at >= ?) ORDER BY taken_at, id",
            (trainee_id, trainee_id, recent_text),
        )
        grouped: dict[str, list[TestResult]] = {}
        for test_id, value, taken, note, arms, result_id, kg in results:
            moment = local_moment(taken)
            result = TestResult(test_id, value, moment, note, bool(arms), result_id, kg)
            grouped.setdefault(test_id, []).append(result)
        lines_of = self._recent_sets(trainee_id, recent_text)
        equipment = equipment_of(
            self._rows(
                "SELECT 'kg', kg, NULL, NULL, NULL, NULL, NULL FROM dumbbells WHERE trainee_id = ?"
                " UNION ALL SELECT 'band', id, colour, position, label, force_kgf, can_double"
                " FROM bands WHERE trainee_id = ?",
                (trainee_id, trainee_id),
            ),
            equipment_version,
        )
        serving: dict[Task, tuple[str, list[SetLine]]] = {}
        for exercise_id, lines in lines_of:
            exercise = catalogue.get(exercise_id)
            if exercise is None or exercise.task in serving:
                continue
            if lines[-1].equipment == EquipmentKind.BODYWEIGHT:
                continue  # a load tells the story of strength best; body weight does not move
            serving[exercise.task] = (exercise_id, lines)
        return everyday_progress(trainee, grouped, serving, equipment, now)

    # Functional tests

    def retest(self, trainee_id: int, now: datetime) -> Retest | None:
        """Return why a functional test is worth doing now, or None, as FitnessTests.retest."""
        start = datetime.combine(now.date(), time.min)
        end = start + timedelta(days=1)
        row = self._rows(
            "SELECT"
            " (SELECT MAX(taken_at) FROM test_results WHERE trainee_id = ?),"
            f" (SELECT COUNT(*) FROM sessions s WHERE s.trainee_id = ? AND {TRAINING}),"
            " (SELECT MAX(happened_at) FROM trainee_events WHERE trainee_id = ? AND kind = ?)",
            (trainee_id, trainee_id, *DONE_STATUSES, trainee_id, HOSPITAL_STAY),
        )[0]
        last_text, done, last_hospital = row
        # Pain above 5 or a stop signal in a session begun today: the advice waits a day.
        hurts = self._rows(
            "SELECT t.pain, t.stop_signals FROM sets t JOIN sessions s ON s.id = t.session_id"
            " WHERE s.trainee_id = ? AND s.started_at >= ? AND s.started_at < ?"
            " AND t.undone_at IS NULL AND (t.pain > ? OR t.stop_signals != '')",
            (trainee_id, moment_text(start), moment_text(end), MAX_PAIN_BEFORE_TEST),
        )
        known = {signal.value for signal in StopSignal}
        for pain, codes in hurts:
            if pain is not None and pain > MAX_PAIN_BEFORE_TEST:
                return None
            if any(code in known for code in codes.split(",")):
                return None
        if last_text is None:
            return retest_advice(None, now.date(), sessions_done=done, break_since_test=False)
        last = local_moment(last_text)
        since = moment_text(last)
        days = [
            local_moment(started).date()
            for (started,) in self._rows(
                f"SELECT started_at FROM sessions s WHERE s.trainee_id = ? AND {TRAINING}"
                " AND s.started_at >= ? ORDER BY s.started_at",
                (trainee_id, *DONE_STATUSES, since),
            )
        ]
        hospital = last_hospital is not None and last_hospital >= since
        gap = hospital or long_gap_between(days, last.date(), now.date())
        return retest_advice(last.date(), now.date(), sessions_done=done, break_since_test=gap)

    # Reading

    def _rows(self, sql: str, parameters: Sequence[Any] = ()) -> list[Any]:
        self._statements += 1
        try:
            return self._connection.execute(sql, parameters).fetchall()
        except sqlite3.Error as error:
            raise HomeReadError(str(error)) from error

    def _trainee(self, trainee_id: int) -> tuple[Trainee, bool, int]:
        rows = self._rows(
            f"SELECT {_TRAINEE}, decides_own_loads, equipment_version FROM trainees WHERE id = ?",
            (trainee_id,),
        )
        if not rows:
            raise HomeReadError(f"trainee {trainee_id} not found")
        row = rows[0]
        return trainee_of(row), bool(row[-2]), int(row[-1] or 0)

    def _routine(self, trainee_id: int) -> Routine | None:
        rows = self._rows(
            "WITH r AS (SELECT id, weekdays, note, version FROM routines"
            " WHERE trainee_id = ? AND active ORDER BY created_at DESC, id DESC LIMIT 1)"
            " SELECT r.id, r.weekdays, r.note, r.version, e.exercise_id, e.equipment, e.sets,"
            " e.rep_min, e.rep_max, e.rest_seconds, e.load_kg, e.band_doubled, e.slow_tempo,"
            " e.extra_set, e.paused, e.balance_level, e.supported,"
            " b.id, b.colour, b.position, b.label, b.force_kgf, b.can_double"
            " FROM r LEFT JOIN routine_exercises e ON e.routine_id = r.id"
            " LEFT JOIN bands b ON b.id = e.band_id ORDER BY e.position, e.id",
            (trainee_id,),
        )
        if not rows:
            return None
        routine_id, weekdays, note, version = rows[0][:4]
        exercises = tuple(
            RoutineExercise(
                exercise_id=row[4],
                load=Load(
                    kind=EquipmentKind(row[5]),
                    kg=row[10],
                    band=None if row[17] is None else band_of(row[17:23]),
                    band_doubled=bool(row[11]),
                ),
                sets=row[6],
                rep_min=row[7],
                rep_max=row[8],
                rest_seconds=row[9],
                slow_tempo=bool(row[12]),
                extra_set=bool(row[13]),
                paused=bool(row[14]),
                balance_level=row[15],
                supported=bool(row[16]),
            )
            for row in rows
            if row[4] is not None
        )
        return Routine(
            exercises=exercises,
            weekdays=tuple(int(day) for day in weekdays.split(",") if day),
            note=note,
            id=routine_id,
            version=version,
        )

    def _session_facts(self, trainee_id: int) -> _SessionFacts:
        # One statement, one row per fact: the session running now, the last session with a
        # kept set, the last training (for the next-day check-in) and the newest health check.
        rows = self._rows(
            "SELECT 'running', id, NULL, NULL, NULL FROM (SELECT id FROM sessions"
            " WHERE trainee_id = ? AND status = ? ORDER BY started_at DESC, id DESC LIMIT 1)"
            " UNION ALL SELECT 'last', id, started_at, finished_at, (SELECT COUNT(*) FROM sets t"
            " WHERE t.session_id = l.id AND t.undone_at IS NULL) FROM (SELECT id, started_at,"
            " finished_at FROM sessions s WHERE s.trainee_id = ? AND EXISTS (SELECT 1 FROM sets t"
            " WHERE t.session_id = s.id AND t.undone_at IS NULL)"
            " ORDER BY s.started_at DESC, s.id DESC LIMIT 1) l"
            " UNION ALL SELECT 'training', id, finished_at, EXISTS (SELECT 1 FROM checkins c"
            " WHERE c.session_id = d.id), NULL FROM (SELECT id, finished_at FROM sessions s"
            f" WHERE s.trainee_id = ? AND {TRAINING} ORDER BY s.started_at DESC, s.id DESC"
            " LIMIT 1) d"
            " UNION ALL SELECT 'readiness', id, answered_at, yes_answers, confirmed_at FROM"
            " (SELECT id, answered_at, yes_answers, confirmed_at FROM readiness_checks"
            " WHERE trainee_id = ? ORDER BY answered_at DESC, id DESC LIMIT 1)",
            (
                trainee_id,
                SessionStatus.IN_PROGRESS.value,
                trainee_id,
                trainee_id,
                *DONE_STATUSES,
                trainee_id,
            ),
        )
        facts = _SessionFacts()
        for kind, row_id, first, second, third in rows:
            if kind == "running":
                facts.running = row_id
            elif kind == "last":
                facts.last_session = SessionSummary(
                    started_at=local_moment(first),
                    finished_at=None if second is None else local_moment(second),
                    set_count=third or 0,
                    id=row_id,
                )
            elif kind == "training":
                facts.training = (row_id, first, bool(second))
            else:
                facts.readiness = ReadinessCheck(
                    yes_answers=frozenset(code for code in second.split(",") if code),
                    answered_at=local_moment(first),
                    confirmed_at=None if third is None else local_moment(third),
                )
        return facts

    def _recent_sets(self, trainee_id: int, since: str) -> list[tuple[str, list[SetLine]]]:
        """Return each exercise's kept sets since a moment, the most recently trained first."""
        rows = self._rows(
            "SELECT t.exercise_id, t.session_id, s.started_at, t.reps, t.equipment, t.load_kg,"
            " t.band_colour, t.band_label, t.band_doubled FROM sets t"
            " JOIN sessions s ON s.id = t.session_id WHERE s.trainee_id = ?"
            " AND t.undone_at IS NULL AND s.started_at >= ? ORDER BY s.started_at, t.id",
            (trainee_id, since),
        )
        days: dict[str, Any] = {}  # a session's day, worked out once for all its sets
        lines: dict[str, list[SetLine]] = {}
        latest: dict[str, str] = {}
        for exercise_id, session_id, started, reps, kind, kg, colour, label, doubled in rows:
            day = days.get(started)
            if day is None:
                day = days[started] = local_moment(started).date()
            line = SetLine(session_id, day, reps, kind, kg, colour, label, bool(doubled))
            lines.setdefault(exercise_id, []).append(line)
            latest[exercise_id] = max(latest.get(exercise_id, started), started)
        # As storage.progress.trained_exercises orders them: latest start first, then by id.
        order = sorted(lines, key=lambda exercise_id: exercise_id)
        order.sort(key=lambda exercise_id: latest[exercise_id], reverse=True)
        return [(exercise_id, lines[exercise_id]) for exercise_id in order]


class _SessionFacts:
    """What one statement tells of a trainee's sessions and health check."""

    def __init__(self) -> None:
        self.running: int | None = None
        self.last_session: SessionSummary | None = None
        self.training: tuple[int, str | None, bool] | None = None
        self.readiness: ReadinessCheck | None = None


_TRAINEE = "name, birth_year, sex, id, birth_month, version"

__all__ = ["HomeReadError", "HomeReader", "read_only_uri"]
