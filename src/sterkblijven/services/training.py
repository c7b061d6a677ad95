"""Training sessions as use cases, usable without Qt.

Every call is one transaction; a set is committed the moment ``record_set`` returns, so a
crash or power cut loses nothing already confirmed. Driving a whole session::

    training = open_training(Path("~/sterkblijven-data").expanduser())
    state = training.resume(trainee_id) or training.start(trainee_id)
    state = training.finish_warmup(state.id)
    step = state.next_step()                        # StepKind.EXERCISE, position, set number
    state = training.record_set(state.id, step.position, SetInput(reps=23, reached_failure=True,
                                effort=Effort.HARD, pain=2))
    state = training.undo_last_set(state.id)        # kept, marked as undone
    state = training.skip(state.id, position=1)     # recorded with its reason
    report = training.finish(state.id)              # after the cool-down: summary, suggestions
    report = training.end_early(state.id)           # or stop before the end
    training.close_as_is(state.id)                  # an unfinished session left behind
    prompt = training.checkin_due(trainee_id)       # on a later day: ask once about the joints
    outcome = training.record_checkin(trainee_id, prompt.session_id, JointFeeling.WORSE, False,
                                      night_pain=False, places=frozenset({PainPlace.KNEE}))

``close()`` releases the database. A session is resumed from what is stored: the warm-up and
cool-down marks, the confirmed sets and the skips decide the next step. Impossible requests
raise ``InputRefused`` with a code and write nothing: a set for an exercise that is already
done (``exercise_done``), an undo with no set to undo or past a skip (``nothing_to_undo``),
counts out of range, or any change to a session that has ended (``session_ended``). A plan
whose exercises all rest (paused) starts no session (``all_paused``).

Pain above 5 or a stop signal ends that exercise, and with it, for the rest of the day, every
other exercise that loads the same joint; a stop signal at a knee or hip also ends the standing
leg and balance work (``domain.day_rest``). These are stored as skips with their own reason.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.checkin import CheckinAnswer
from sterkblijven.domain.day_rest import DAY_REST_REASONS, rested_today
from sterkblijven.domain.decisions import Status
from sterkblijven.domain.model import Measure, Routine, RoutineExercise
from sterkblijven.domain.progression import (
    ExerciseHistory,
    Reason,
    Suggestion,
    after_break,
    plan,
)
from sterkblijven.domain.session import (
    BEGINNER_SESSIONS,
    Effort,
    JointFeeling,
    PainPlace,
    SessionState,
    SessionStatus,
    SetRecord,
    SkipReason,
    StepKind,
    StopSignal,
    best_reps,
    is_beginner,
)
from sterkblijven.domain.validation import InputRefused
from sterkblijven.domain.versions import ChangedMeanwhile, Edited
from sterkblijven.paths import DataPaths
from sterkblijven.services import checkins
from sterkblijven.services.backups import Backups
from sterkblijven.services.catalogue import load_catalogue
from sterkblijven.services.checkins import CheckinOutcome
from sterkblijven.services.health import refusal_before_exertion
from sterkblijven.services.paper_sessions import (
    PaperEntry,
    PaperExercise,
    PaperForm,
    paper_refusal,
    paper_sets,
)
from sterkblijven.services.suggestions import break_before, store_suggestions, with_context
from sterkblijven.storage import Database, DatabaseProblem, Transaction, open_folder
from sterkblijven.storage import repositories as repo
from sterkblijven.storage import sessions as store
from sterkblijven.storage import suggestions as suggestion_store
from sterkblijven.storage.repositories import NotFound
from sterkblijven.storage.versions import plan_change

MAX_REPS = 200


@dataclass(frozen=True, slots=True)
class SetInput:
    """What the person reports after a set."""

    reps: int
    reached_failure: bool
    effort: Effort | None = None
    pain: int | None = None
    pain_place: PainPlace | None = None
    stop_signals: frozenset[StopSignal] = frozenset()


@dataclass(frozen=True, slots=True)
class ExerciseOutcome:
    """One exercise in the summary: what was done, against last time, and next time."""

    position: int
    exercise_id: str
    best_reps: int | None
    previous_best: int | None
    skipped: SkipReason | None
    stopped_for_pain: bool
    suggestion: Suggestion
    waiting: bool = False  # a step up that waits for the carer's (or trainee's) decision


@dataclass(frozen=True, slots=True)
class SessionReport:
    """The summary after a session."""

    state: SessionState
    outcomes: tuple[ExerciseOutcome, ...]

    @property
    def sets_done(self) -> int:
        """Return how many sets were confirmed."""
        return len(self.state.all_sets())

    @property
    def trained(self) -> bool:
        """Return True when a set was done: only then does the session count as a training."""
        return self.sets_done > 0


@dataclass(frozen=True, slots=True)
class CheckinPrompt:
    """A session to ask about on a later day."""

    session_id: int
    session_started_at: datetime


class Training:
    """Start, resume, record, skip, undo, finish, and ask the next day."""

    def __init__(
        self,
        database: Database,
        catalogue: Catalogue,
        clock: Callable[[], datetime],
        backups: Backups | None = None,
    ) -> None:
        self._database = database
        self._catalogue = catalogue
        self._clock = clock
        self._backups = backups

    def close(self) -> None:
        """Release the database."""
        self._database.close()

    def resume(self, trainee_id: int) -> SessionState | None:
        """Return the trainee's unfinished session, if there is one that can go on."""
        with self._database.transaction() as tx:
            session_id = store.running_session_id(tx, trainee_id)
            return None if session_id is None else self._load_or_close(tx, session_id)

    def start(self, trainee_id: int) -> SessionState:
        """Start a session of the trainee's current routine (or return the running one).

        A new session is refused while the health check waits (for the GP talk, or to be asked
        again) and, after a hospital stay, until someone recorded that training may start again;
        a session already running may still be finished.
        """
        with self._database.transaction() as tx:
            running = store.running_session_id(tx, trainee_id)
            state = None if running is None else self._load_or_close(tx, running)
            if state is not None:
                return state
            refusal = refusal_before_exertion(tx, trainee_id, self._clock())
            if refusal is not None:
                raise InputRefused(refusal)
            routine = repo.active_routine(tx, trainee_id)
            if routine is None or routine.id is None or not routine.exercises:
                raise InputRefused("no_routine")
            if all(item.paused for item in routine.exercises):
                # A session would go from warm-up to cool-down: say so instead of running it.
                raise InputRefused("all_paused")
            now = self._clock()
            routine_id = routine.id
            if self._come_back(tx, trainee_id, routine, now):
                renewed = repo.active_routine(tx, trainee_id)
                routine_id = routine_id if renewed is None or renewed.id is None else renewed.id
            session_id = store.start_session(tx, trainee_id, routine_id, now)
            return self._load(tx, session_id)

    def state(self, session_id: int) -> SessionState:
        """Return a session as stored."""
        with self._database.transaction() as tx:
            return self._load(tx, session_id)

    def finish_warmup(self, session_id: int) -> SessionState:
        """Record that the warm-up is done (or was passed over)."""
        with self._database.transaction() as tx:
            store.mark_phase_done(tx, session_id, "warmup", self._clock())
            return self._load(tx, session_id)

    def record_set(self, session_id: int, position: int, entry: SetInput) -> SessionState:
        """Commit one set of the exercise at ``position``; refuse impossible input."""
        _check(entry)
        with self._database.transaction() as tx:
            state = self._load(tx, session_id)
            _require_running(state)
            progress = state.progress_at(position)
            if progress.done:
                # Also a backstop against a second tap that arrives after the screen moved on.
                raise InputRefused("exercise_done")
            record = SetRecord(
                exercise_id=progress.item.exercise_id,
                set_number=len(progress.sets) + 1,
                load=progress.item.load,
                reps=entry.reps,
                reached_failure=entry.reached_failure,
                effort=entry.effort,
                pain=entry.pain,
                # A joint that gives way need not hurt: with a stop signal the place still counts.
                pain_place=entry.pain_place if entry.pain or entry.stop_signals else None,
                stop_signals=entry.stop_signals,
                recorded_at=self._clock(),
            )
            # The session read once: the set, and the rests it causes, are added to what was read.
            stored = store.stored_set(tx, session_id, position, record)
            state = _with_set(state, position, stored)
            if record.must_stop:
                state = self._rest(tx, state, record.recorded_at)
            return state

    def undo_last_set(self, session_id: int) -> SessionState:
        """Mark the last confirmed set as undone; it stays in the record as such.

        A set followed by a skip is not undone: the skip was decided on what that set showed.
        The rest for the day that the set itself caused is lifted with it.
        """
        with self._database.transaction() as tx:
            state = self._load(tx, session_id)
            _require_running(state)
            last = state.last_set()
            if last is None or store.skipped_since(
                tx, session_id, last.recorded_at, besides=DAY_REST_REASONS
            ):
                raise InputRefused("nothing_to_undo")
            now = self._clock()
            if store.undo_last_set(tx, session_id, now) is None:
                raise InputRefused("nothing_to_undo")  # undone meanwhile, on another computer
            store.remove_skips_since(tx, session_id, last.recorded_at, DAY_REST_REASONS)
            # An earlier pain event of the same moment still rests what it rested.
            self._rest_for_the_day(tx, session_id, now)
            return self._load(tx, session_id)

    def skip(
        self, session_id: int, position: int, reason: SkipReason = SkipReason.CHOSEN
    ) -> SessionState:
        """Skip the rest of an exercise, recording why."""
        with self._database.transaction() as tx:
            state = self._load(tx, session_id)
            _require_running(state)
            progress = state.progress_at(position)
            if progress.skipped is None:
                store.add_skip(
                    tx, session_id, position, progress.item.exercise_id, reason, self._clock()
                )
            return self._load(tx, session_id)

    def finish(self, session_id: int) -> SessionReport:
        """End the session after the cool-down; next time's loads follow the progression."""
        return self._end(session_id, SessionStatus.FINISHED)

    def end_early(self, session_id: int) -> SessionReport:
        """End the session before its end; what was done counts and is kept."""
        return self._end(session_id, SessionStatus.ENDED_EARLY)

    def close_as_is(self, session_id: int) -> None:
        """Close a session left unfinished, keeping what it holds, without a summary."""
        with self._database.transaction() as tx:
            store.set_status(tx, session_id, SessionStatus.CLOSED, self._clock())

    def report(self, session_id: int) -> SessionReport:
        """Return the summary of a session as it stands."""
        with self._database.transaction() as tx:
            return self._report(tx, self._load(tx, session_id))

    def checkin_due(self, trainee_id: int) -> CheckinPrompt | None:
        """Return the last session to ask about, once, if it ended on an earlier day."""
        today = datetime.combine(self._clock().date(), datetime.min.time())
        with self._database.transaction() as tx:
            session_id = store.session_awaiting_checkin(tx, trainee_id, today)
            if session_id is None:
                return None
            return CheckinPrompt(session_id, self._load(tx, session_id).started_at)

    def record_checkin(
        self,
        trainee_id: int,
        session_id: int,
        joints: JointFeeling,
        long_morning_stiffness: bool,
        *,
        night_pain: bool = False,
        places: frozenset[PainPlace] = frozenset(),
    ) -> CheckinOutcome:
        """Store the next-day answer once; lower the exercises it concerns, and say what changed.

        ``places`` says where worse joints or night pain are felt; empty means "not known".
        """
        answer = CheckinAnswer(joints, long_morning_stiffness, night_pain, frozenset(places))
        with self._database.transaction() as tx:
            state = self._load(tx, session_id)
            if state.trainee_id != trainee_id:
                raise InputRefused("session_unusable")
            return checkins.record(tx, self._catalogue, state, answer, self._clock(), self._tempo)

    def plan_note(self, session_id: int) -> str:
        """Return the carer's note on the plan a session follows; empty when there is none."""
        with self._database.transaction() as tx:
            return store.routine_note(tx, session_id)

    def paper_form(self, trainee_id: int) -> PaperForm:
        """Return the plan's exercises and the days a session done on paper may be entered for."""
        now = self._clock()
        with self._database.transaction() as tx:
            since = store.trainee_since(tx, trainee_id)
            routine = repo.active_routine(tx, trainee_id)
            waits_for = paper_refusal(refusal_before_exertion(tx, trainee_id, now))
        items = routine.exercises if routine is not None else ()
        exercises = tuple(
            PaperExercise(position, item) for position, item in enumerate(items) if not item.paused
        )
        return PaperForm(exercises, since.date(), now.date(), waits_for)

    def trainings_on(self, trainee_id: int, day: date) -> int:
        """Return how many trainings a person has on a day."""
        first = datetime.combine(day, time())
        with self._database.transaction() as tx:
            return store.trainings_between(tx, trainee_id, first, first + timedelta(days=1))

    def is_from_paper(self, session_id: int) -> bool:
        """Return True for a session done on paper and entered afterwards."""
        with self._database.transaction() as tx:
            return store.is_from_paper(tx, session_id)

    def record_from_paper(
        self,
        trainee_id: int,
        day: date,
        entries: Sequence[PaperEntry],
        *,
        same_day: bool = False,
    ) -> SessionReport:
        """Store a session done on the printed card as finished on ``day``; return its summary.

        Each exercise done gets its planned number of sets at the count written, or one set
        when its pain was above 5 or a stop signal is written: that stopped it, as in a
        session. The next loads follow as after a session, unless a later training already
        decided them. Refused, with nothing stored: a day after today (``paper_day_in_future``),
        before the person was added (``paper_day_before_start``), a day with a training unless
        ``same_day`` (``paper_day_has_session``), nothing done (``paper_nothing_done``), counts
        out of range, while training waits for the health check or a clearance (``paper_`` and
        the code a session is refused with), no plan (``paper_no_routine``), and an exercise
        that is no longer the plan's at its place (ChangedMeanwhile).
        """
        now = self._clock()
        if day > now.date():
            raise InputRefused("paper_day_in_future")
        done = [entry for entry in entries if entry.reps is not None]
        for entry in done:
            _check(SetInput(entry.reps or 0, False, entry.effort, entry.pain))
        if not done:
            raise InputRefused("paper_nothing_done")
        # Midday of that day, or now when that is earlier today.
        moment = min(datetime.combine(day, time(12)), now)
        with self._database.transaction() as tx:
            if day < store.trainee_since(tx, trainee_id).date():
                raise InputRefused("paper_day_before_start")
            first = datetime.combine(day, time())
            if not same_day and store.trainings_between(
                tx, trainee_id, first, first + timedelta(days=1)
            ):
                raise InputRefused("paper_day_has_session")
            # A training waiting for the GP's word is not a base for heavier loads.
            waits_for = paper_refusal(refusal_before_exertion(tx, trainee_id, now))
            if waits_for is not None:
                raise InputRefused(waits_for)
            routine = repo.active_routine(tx, trainee_id)
            if routine is None or routine.id is None or not routine.exercises:
                raise InputRefused("paper_no_routine")
            for entry in entries:  # the form showed another plan: no count on another exercise
                shown = routine.exercises[entry.position : entry.position + 1]
                if not shown or shown[0].exercise_id != entry.exercise_id or shown[0].paused:
                    raise ChangedMeanwhile(Edited.PLAN, *plan_change(tx, trainee_id))
            written = {entry.position: entry for entry in entries}
            sets: list[tuple[int, SetRecord]] = []
            not_done: list[tuple[int, str]] = []
            for position, item in enumerate(routine.exercises):
                line = written.get(position)
                if item.paused:
                    continue
                if line is None or line.reps is None:
                    not_done.append((position, item.exercise_id))
                    continue
                sets.extend((position, record) for record in paper_sets(item, line, moment))
            session_id = store.add_paper_session(tx, trainee_id, routine.id, moment, sets, not_done)
            state = self._load(tx, session_id)
            later = store.trainings_since(tx, trainee_id, moment)
            if later <= 1:  # this one only: nothing trained since decided the next loads
                suggestions = {o.position: o.suggestion for o in self._report(tx, state).outcomes}
                trained = [p.position for p in state.exercises if p.sets]
                store_suggestions(
                    tx, trainee_id, session_id, suggestions, now, also_replace=trained
                )
            report = self._report(tx, state)
        if self._backups is not None:
            with contextlib.suppress(DatabaseProblem, OSError):
                self._backups.after_session()
        return report

    def _end(self, session_id: int, status: SessionStatus) -> SessionReport:
        with self._database.transaction() as tx:
            state = self._load(tx, session_id)
            ended_now = state.status is SessionStatus.IN_PROGRESS
            now = self._clock()
            # Ended meanwhile on another computer: that ending made the suggestions.
            ended_now = ended_now and store.set_status(tx, session_id, status, now)
            if ended_now and status is SessionStatus.FINISHED:
                store.mark_phase_done(tx, session_id, "cooldown", now)
            state = self._load(tx, session_id)
            if ended_now:
                suggestions = {o.position: o.suggestion for o in self._report(tx, state).outcomes}
                trained = [p.position for p in state.exercises if p.sets]
                store_suggestions(
                    tx, state.trainee_id, session_id, suggestions, now, also_replace=trained
                )
            report = self._report(tx, state)
        if ended_now and self._backups is not None:
            # The session is safely stored; a failed copy must not undo that. The carer
            # part says when automatic backups have stopped.
            with contextlib.suppress(DatabaseProblem, OSError):
                self._backups.after_session()
        return report

    def _come_back(self, tx: Transaction, trainee_id: int, routine: Routine, now: datetime) -> bool:
        # The first session after a break: the return rules lower what needs lowering first.
        kind = break_before(tx, trainee_id, now)
        if kind is None:
            return False
        equipment = repo.load_equipment(tx, trainee_id)
        returning = {
            position: after_break(item, equipment, kind)
            for position, item in enumerate(routine.exercises)
        }
        applied = store_suggestions(
            tx, trainee_id, None, returning, now, also_replace=range(len(routine.exercises))
        )
        return any(applied.values())

    def _rest_for_the_day(self, tx: Transaction, session_id: int, now: datetime) -> None:
        self._rest(tx, self._load(tx, session_id), now)

    def _rest(self, tx: Transaction, state: SessionState, now: datetime) -> SessionState:
        # Stored as skips, each with its reason, so that a resumed session rests them too;
        # returned as the session then stands.
        rested = rested_today(state, self._catalogue)
        for position, reason in rested.items():
            item = state.progress_at(position).item
            store.add_skip(tx, state.id, position, item.exercise_id, reason, now)
        exercises = tuple(
            dataclasses.replace(progress, skipped=rested[progress.position])
            if progress.position in rested
            else progress
            for progress in state.exercises
        )
        return dataclasses.replace(state, exercises=exercises)

    def _tempo(self, item: RoutineExercise) -> bool:
        exercise = self._catalogue.get(item.exercise_id)
        return exercise is None or exercise.measure is Measure.REPS

    def _load_or_close(self, tx: Transaction, session_id: int) -> SessionState | None:
        # A session whose routine is gone cannot go on: close it as it is, keeping its sets.
        try:
            return self._load(tx, session_id)
        except InputRefused:
            store.set_status(tx, session_id, SessionStatus.CLOSED, self._clock())
            return None

    def _load(self, tx: Transaction, session_id: int) -> SessionState:
        try:
            state = store.load_session(tx, session_id)
        except NotFound:
            raise InputRefused("session_unusable") from None
        # Counted only as far as the beginner weeks go: a long history costs no more.
        done = store.count_done_sessions(tx, state.trainee_id, at_most=BEGINNER_SESSIONS)
        back = break_before(tx, state.trainee_id, state.started_at) is not None
        return dataclasses.replace(state, beginner=is_beginner(done), back_after_break=back)

    def _report(self, tx: Transaction, state: SessionState) -> SessionReport:
        equipment = repo.load_equipment(tx, state.trainee_id)
        histories = [
            ExerciseHistory(p.item, p.sets, tempo_possible=self._tempo(p.item))
            for p in state.exercises
        ]
        histories = with_context(tx, self._catalogue, state.trainee_id, state.id, histories)
        suggestions = plan(histories, equipment)
        waiting = {
            record.position
            for record in suggestion_store.for_session(tx, state.id)
            if record.status is Status.PENDING and not record.applied
        }
        outcomes = []
        for progress, suggestion in zip(state.exercises, suggestions, strict=True):
            earlier = store.previous_sets(tx, state.trainee_id, progress.item.exercise_id, state.id)
            outcomes.append(
                ExerciseOutcome(
                    position=progress.position,
                    exercise_id=progress.item.exercise_id,
                    best_reps=best_reps(progress.sets),
                    previous_best=best_reps(earlier),
                    skipped=progress.skipped,
                    stopped_for_pain=any(record.must_stop for record in progress.sets),
                    suggestion=suggestion,
                    waiting=progress.position in waiting,
                )
            )
        return SessionReport(state, tuple(outcomes))


def _check(entry: SetInput) -> None:
    if not 0 <= entry.reps <= MAX_REPS:
        raise InputRefused("reps_out_of_range", (0, MAX_REPS))
    if entry.pain is not None and not 0 <= entry.pain <= 10:
        raise InputRefused("pain_out_of_range", (0, 10))


def _with_set(state: SessionState, position: int, record: SetRecord) -> SessionState:
    """Return the session with one more confirmed set at ``position``."""
    exercises = tuple(
        dataclasses.replace(progress, sets=(*progress.sets, record))
        if progress.position == position
        else progress
        for progress in state.exercises
    )
    return dataclasses.replace(state, exercises=exercises)


def _require_running(state: SessionState) -> None:
    if state.status is not SessionStatus.IN_PROGRESS:
        raise InputRefused("session_ended")


def open_training(data_dir: Path, clock: Callable[[], datetime] = datetime.now) -> Training:
    """Open (and migrate) the data in a folder for training use cases, without any UI."""
    paths = DataPaths(data_dir)
    paths.ensure()
    database = open_folder(paths)
    return Training(database, load_catalogue(), clock, Backups(database, paths.backups, clock))


__all__ = [
    "CheckinOutcome",
    "CheckinPrompt",
    "Effort",
    "ExerciseOutcome",
    "JointFeeling",
    "PainPlace",
    "PaperEntry",
    "PaperExercise",
    "PaperForm",
    "Reason",
    "SessionReport",
    "SetInput",
    "SkipReason",
    "StepKind",
    "StopSignal",
    "Training",
    "open_training",
]
