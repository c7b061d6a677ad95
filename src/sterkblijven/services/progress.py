"""Progress over time: the series the charts draw and the facts home puts into everyday words.

Each series is read when it is first shown, so opening the progress screen costs one chart's
worth of history, however many years there are.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.everyday import (
    EVERYDAY_HISTORY_DAYS,
    EVERYDAY_WINDOW_DAYS,
    MOST_SESSION_POINTS,
    TASK_TESTS,
    ExerciseProgress,
    SetLine,
    TaskProgress,
    TestProgress,
    everyday_progress,
    exercise_progress,
    test_progress,
)
from sterkblijven.domain.fitness import TESTS, FunctionalTest
from sterkblijven.domain.model import (
    EquipmentKind,
    Task,
    Trainee,
)
from sterkblijven.domain.progress import (
    Adherence,
    Point,
    adherence,
)
from sterkblijven.storage import Database, sessions, weeks
from sterkblijven.storage import progress as store
from sterkblijven.storage import repositories as repo
from sterkblijven.storage.server import record_access

ADHERENCE_WEEKS = 26


@dataclass(frozen=True, slots=True)
class ProgressIndex:
    """What there is to show for a person: tests done, exercises trained, sessions kept."""

    trainee: Trainee
    tests: tuple[FunctionalTest, ...]
    exercises: tuple[str, ...]
    sessions: int
    has_pain: bool


class Progress:
    """Reads a person's history as series and summaries."""

    def __init__(
        self, database: Database, catalogue: Catalogue, clock: Callable[[], datetime]
    ) -> None:
        self._database = database
        self._catalogue = catalogue
        self._clock = clock

    def note_opened(self, trainee_id: int) -> None:
        """Log, on a practice's server, that the person logged in opened this client's progress."""
        with self._database.transaction() as tx:
            record_access(tx, trainee_id, "opened progress")

    def index(self, trainee_id: int, exercises: tuple[str, ...] | None = None) -> ProgressIndex:
        """Return what can be shown for a person, in the order it is offered.

        ``exercises`` is the list of trained exercises from an earlier index of this person,
        still valid when no set was recorded since: it is then not read again.
        """
        with self._database.transaction() as tx:
            trainee = repo.get_trainee(tx, trainee_id)
            done = weeks.tests_done(tx, trainee_id)
            trained = (
                sessions.trained_exercise_ids(tx, trainee_id) if exercises is None else exercises
            )
            sessions_done = sessions.count_done_sessions(tx, trainee_id)
            pain = store.has_pain(tx, trainee_id)
        known = {exercise.id for exercise in self._catalogue.exercises}
        return ProgressIndex(
            trainee,
            tuple(test for test in TESTS if test.id in done),
            tuple(exercise_id for exercise_id in trained if exercise_id in known),
            sessions_done,
            pain,
        )

    def test(self, trainee_id: int, test_id: str) -> TestProgress:
        """Return a test's results over time against the person's normal range."""
        with self._database.transaction() as tx:
            trainee = repo.get_trainee(tx, trainee_id)
            found = store.test_results(tx, trainee_id, test_id)
        return test_progress(trainee, test_id, found, self._clock().date())

    def exercise(self, trainee_id: int, exercise_id: str) -> ExerciseProgress:
        """Return an exercise's best set per session and the load it was done with."""
        with self._database.transaction() as tx:
            lines = store.exercise_sets(tx, trainee_id, exercise_id)
            equipment = repo.load_equipment(tx, trainee_id)
        return exercise_progress(exercise_id, lines, equipment)

    def adherence(self, trainee_id: int) -> Adherence:
        """Return sessions per week over the last half year and the streak of weeks trained."""
        with self._database.transaction() as tx:
            days = store.session_days(tx, trainee_id)
        return adherence(days, self._clock().date(), ADHERENCE_WEEKS)

    def pain(self, trainee_id: int) -> tuple[Point, ...]:
        """Return the highest pain of each session, oldest first."""
        with self._database.transaction() as tx:
            found = store.pain_per_session(tx, trainee_id)
        return tuple(Point(day, float(pain)) for day, pain in found)

    def everyday(self, trainee_id: int) -> tuple[TaskProgress, ...]:
        """Return progress per everyday task that has something to tell."""
        now = self._clock()
        # What changed lately is told from the last year; older history stays on the charts.
        recent = now - timedelta(days=EVERYDAY_HISTORY_DAYS)
        with self._database.transaction() as tx:
            trainee = repo.get_trainee(tx, trainee_id)
            # Only the tests done in the last year are told, each with all its results.
            grouped = weeks.results_of_tests_done_since(tx, trainee_id, recent)
            trained = store.trained_exercises(tx, trainee_id, since=recent)
            equipment = repo.load_equipment(tx, trainee_id)
            serving: dict[Task, tuple[str, list[SetLine]]] = {}
            for item in trained:
                exercise = self._catalogue.get(item.exercise_id)
                if exercise is None or exercise.task in serving:
                    continue
                lines = store.exercise_sets(tx, trainee_id, item.exercise_id, since=recent)
                if not lines or lines[-1].equipment == EquipmentKind.BODYWEIGHT:
                    continue  # a load tells the story of strength best; body weight does not move
                serving[exercise.task] = (item.exercise_id, lines)
        return everyday_progress(trainee, grouped, serving, equipment, now)


__all__ = [
    "EVERYDAY_HISTORY_DAYS",
    "EVERYDAY_WINDOW_DAYS",
    "MOST_SESSION_POINTS",
    "TASK_TESTS",
    "ExerciseProgress",
    "Progress",
    "ProgressIndex",
    "TaskProgress",
    "TestProgress",
    "exercise_progress",
]
