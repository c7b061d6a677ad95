"""Load suggestions: storing them after a session, and accepting, changing or rejecting them.

Suggestions that lower the dose (pain rules, a return after a break) are in force at once.
Pain rules win by construction: ``store_suggestions`` is the one place a pain event becomes the
plan's dose, and there it holds every planned dose of that exercise to the rule's limit,
whatever was accepted, changed or is waiting, and withdraws waiting suggestions for it. Only
the carer can lift it again (reject it, or choose a heavier load). Suggestions that raise the
dose wait until the carer, or the trainee when allowed, accepts them. Every decision is kept
with who made it and when.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection, Mapping, Sequence
from datetime import datetime

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.decisions import (
    Decider,
    Status,
    SuggestionRecord,
    applies_at_once,
    worth_keeping,
)
from sterkblijven.domain.hospital import HOSPITAL_STAY as HOSPITAL_STAY
from sterkblijven.domain.model import Load, Routine, RoutineExercise
from sterkblijven.domain.progression import (
    GROWING_SESSIONS,
    Advice,
    Break,
    ExerciseHistory,
    Suggestion,
    break_since,
    heavier,
    is_pain_rule,
    ladder,
    rung_of,
    same_load,
    within,
)
from sterkblijven.domain.validation import InputRefused
from sterkblijven.domain.versions import Edited, check_seen
from sterkblijven.services.carer import PIN_KEY
from sterkblijven.storage import Database, Transaction
from sterkblijven.storage import repositories as repo
from sterkblijven.storage import sessions as session_store
from sterkblijven.storage import suggestions as store


class LoadSuggestions:
    """Lists pending suggestions and records decisions about them."""

    def __init__(self, database: Database, clock: Callable[[], datetime]) -> None:
        self._database = database
        self._clock = clock

    def pending(self, trainee_id: int) -> list[SuggestionRecord]:
        """Return the suggestions still waiting for a decision, in routine order."""
        with self._database.transaction() as tx:
            return store.pending(tx, trainee_id)

    def history(self, trainee_id: int) -> list[SuggestionRecord]:
        """Return recent suggestions with their decisions, newest first."""
        with self._database.transaction() as tx:
            return store.history(tx, trainee_id)

    def trainee_may_decide(self, trainee_id: int) -> bool:
        """Return True when the trainee decides: the carer allowed it, or there is no carer PIN."""
        with self._database.transaction() as tx:
            return trainee_may_decide(tx, trainee_id)

    def choices(self, suggestion_id: int) -> list[Load]:
        """Return the owned loads the dose could be changed to, lightest first."""
        with self._database.transaction() as tx:
            record = store.get(tx, suggestion_id)
            equipment = repo.load_equipment(tx, record.trainee_id)
            return ladder(record.suggestion.proposed.load.kind, equipment)

    def accept(
        self, suggestion_id: int, who: Decider, *, seen: int | None = None
    ) -> SuggestionRecord:
        """Put the proposed dose in force (if it is not already) and record the decision."""
        with self._database.transaction() as tx:
            record = self._open(tx, suggestion_id, who, seen)
            if is_pain_rule(record.suggestion):
                hold_to(tx, record.trainee_id, record.suggestion.proposed, self._clock())
            elif record.suggestion.advice is Advice.ADD:
                if not self._add(tx, record, record.suggestion.proposed):
                    return self._put_aside(tx, record)
            elif not record.applied and not self._apply(tx, record, record.suggestion.proposed):
                return self._put_aside(tx, record)
            return store.decide(tx, suggestion_id, Status.ACCEPTED, who, self._clock(), seen=seen)

    def reject(
        self, suggestion_id: int, who: Decider, *, seen: int | None = None
    ) -> SuggestionRecord:
        """Keep the dose as it was (undoing a lowering already in force) and record it."""
        with self._database.transaction() as tx:
            record = self._open(tx, suggestion_id, who, seen)
            suggestion = record.suggestion
            if who is not Decider.CARER and is_pain_rule(suggestion):
                raise InputRefused("carer_lifts_pain")
            if record.applied and not self._apply(
                tx, record, suggestion.current, expected=suggestion.proposed
            ):
                return self._put_aside(tx, record)
            return store.decide(tx, suggestion_id, Status.REJECTED, who, self._clock(), seen=seen)

    def change(
        self, suggestion_id: int, load: Load, who: Decider, *, seen: int | None = None
    ) -> SuggestionRecord:
        """Put another owned load in force instead of the proposed one, and record it."""
        with self._database.transaction() as tx:
            record = self._open(tx, suggestion_id, who, seen)
            suggestion = record.suggestion
            equipment = repo.load_equipment(tx, record.trainee_id)
            if rung_of(load, ladder(suggestion.proposed.load.kind, equipment)) is None:
                raise InputRefused("load_not_owned")
            chosen = _with_load(suggestion, load)
            if is_pain_rule(suggestion):
                if not heavier(chosen, suggestion.proposed, equipment):
                    # Lighter than the pain rule asks is never a risk: anyone allowed may.
                    hold_to(tx, record.trainee_id, chosen, self._clock())
                    return store.decide(
                        tx, suggestion_id, Status.CHANGED, who, self._clock(), chosen, seen=seen
                    )
                if who is not Decider.CARER:
                    raise InputRefused("carer_lifts_pain")
            if suggestion.advice is Advice.ADD:
                if not self._add(tx, record, chosen):
                    return self._put_aside(tx, record)
                return store.decide(
                    tx, suggestion_id, Status.CHANGED, who, self._clock(), chosen, seen=seen
                )
            expected = suggestion.proposed if record.applied else suggestion.current
            if not self._apply(tx, record, chosen, expected=expected):
                return self._put_aside(tx, record)
            return store.decide(
                tx, suggestion_id, Status.CHANGED, who, self._clock(), chosen, seen=seen
            )

    def _open(
        self, tx: Transaction, suggestion_id: int, who: Decider, seen: int | None
    ) -> SuggestionRecord:
        record = store.get(tx, suggestion_id)
        # Decided (or superseded) from another screen since this one read it: say who, when.
        check_seen(Edited.SUGGESTION, record.version, seen, record.changed_by, record.decided_at)
        if record.status is not Status.PENDING:
            raise InputRefused("suggestion_decided")
        if who is Decider.TRAINEE and not trainee_may_decide(tx, record.trainee_id):
            raise InputRefused("carer_decides")
        return record

    def _apply(
        self,
        tx: Transaction,
        record: SuggestionRecord,
        dose: RoutineExercise,
        expected: RoutineExercise | None = None,
    ) -> bool:
        wanted = record.suggestion.current if expected is None else expected
        changes = {record.position: (wanted, dose)}
        return bool(apply_doses(tx, record.trainee_id, changes, self._clock()))

    def _add(self, tx: Transaction, record: SuggestionRecord, item: RoutineExercise) -> bool:
        return add_to_plan(tx, record.trainee_id, record.position, item, self._clock())

    def _put_aside(self, tx: Transaction, record: SuggestionRecord) -> SuggestionRecord:
        # The routine moved on (edited, or another exercise at this place): the suggestion no
        # longer fits, so it is kept as superseded rather than applied to the wrong dose.
        return store.decide(tx, record.id, Status.SUPERSEDED, None, self._clock())


def store_suggestions(
    tx: Transaction,
    trainee_id: int,
    session_id: int | None,
    suggestions: Mapping[int, Suggestion],
    now: datetime,
    *,
    also_replace: Collection[int] = (),
) -> dict[int, bool]:
    """Keep the suggestions worth seeing, put the lowering ones in force, and return which are.

    Undecided suggestions for the same exercises are superseded, and those at the positions in
    ``also_replace`` (exercises trained again since, so the old advice is out of date). A pain
    rule also withdraws what waits for its exercise at any place in the routine, and holds
    every planned dose of that exercise to its limit, relative to the dose trained, whatever
    the plan says now.
    """
    keep = {position: s for position, s in suggestions.items() if worth_keeping(s)}
    painful = {s.current.exercise_id for s in keep.values() if is_pain_rule(s)}
    replaced = set(keep) | set(also_replace)
    for record in store.pending(tx, trainee_id):
        if record.position in replaced or record.exercise_id in painful:
            store.decide(tx, record.id, Status.SUPERSEDED, None, now)
    at_once = {
        p: (s.current, s.proposed)
        for p, s in keep.items()
        if applies_at_once(s) and not is_pain_rule(s)
    }
    in_force = apply_doses(tx, trainee_id, at_once, now, partial=True)
    for position, suggestion in keep.items():
        if is_pain_rule(suggestion) and hold_to(tx, trainee_id, suggestion.proposed, now):
            in_force.add(position)
    applied: dict[int, bool] = {}
    for position, suggestion in keep.items():
        applied[position] = position in in_force
        store.add(tx, trainee_id, session_id, position, suggestion, applied[position], now)
    return applied


def with_context(
    tx: Transaction,
    catalogue: Catalogue,
    trainee_id: int,
    session_id: int,
    histories: Sequence[ExerciseHistory],
) -> list[ExerciseHistory]:
    """Return the histories of a session with what the catalogue and earlier sessions add.

    The ways each exercise can be done (to go on past body weight), its balance steps, and
    the loads of its earlier sessions (to tell a new load a person is growing into).
    """
    enriched = []
    for history in histories:
        exercise_id = history.item.exercise_id
        exercise = catalogue.get(exercise_id)
        earlier = session_store.earlier_loads(
            tx, trainee_id, exercise_id, session_id, limit=GROWING_SESSIONS + 1
        )
        enriched.append(
            dataclasses.replace(
                history,
                ways=() if exercise is None else exercise.equipment,
                levels=0 if exercise is None else len(exercise.balance_levels),
                earlier=tuple(earlier),
            )
        )
    return enriched


def hold_to(tx: Transaction, trainee_id: int, limit: RoutineExercise, now: datetime) -> bool:
    """Hold every planned dose of ``limit``'s exercise to it; return True if the plan has one.

    This is how a pain rule reaches the plan: not as a change from one expected dose to
    another, which an accepted step up or an edit in between would make miss, but as a limit
    on whatever is planned.
    """
    routine = repo.active_routine(tx, trainee_id)
    if routine is None:
        return False
    equipment = repo.load_equipment(tx, trainee_id)
    items = tuple(
        within(item, limit, equipment) if item.exercise_id == limit.exercise_id else item
        for item in routine.exercises
    )
    if items != routine.exercises:
        repo.save_routine(tx, trainee_id, Routine(items, routine.weekdays, routine.note), now)
    return any(item.exercise_id == limit.exercise_id for item in items)


def add_to_plan(
    tx: Transaction, trainee_id: int, position: int, item: RoutineExercise, now: datetime
) -> bool:
    """Add an exercise at the end of the plan as a new routine version; return True if done.

    ``position`` is where it was meant to go: the end of the plan when it was suggested. A
    plan that has changed in length since, or has the exercise already, is left as it is.
    """
    routine = repo.active_routine(tx, trainee_id)
    if routine is None or len(routine.exercises) != position:
        return False
    if any(planned.exercise_id == item.exercise_id for planned in routine.exercises):
        return False
    added = Routine(
        (*routine.exercises, dataclasses.replace(item, paused=False)),
        routine.weekdays,
        routine.note,
    )
    repo.save_routine(tx, trainee_id, added, now)
    return True


def apply_doses(
    tx: Transaction,
    trainee_id: int,
    changes: Mapping[int, tuple[RoutineExercise, RoutineExercise]],
    now: datetime,
    *,
    partial: bool = False,
) -> set[int]:
    """Put new doses in force as a new routine version; return the positions changed.

    Each change names the dose expected at its position; where the routine has moved on since
    (another exercise or load there), that change is left out. Without ``partial`` nothing is
    changed unless every change fits.
    """
    routine = repo.active_routine(tx, trainee_id)
    if routine is None:
        return set()
    items = list(routine.exercises)
    done: set[int] = set()
    for position, (expected, dose) in changes.items():
        if position >= len(items):
            continue
        if _same_dose(items[position], dose):
            done.add(position)  # already in force, for instance lowered the evening before
        elif _same_dose(items[position], expected):
            items[position] = dose
            done.add(position)
    if not partial and len(done) != len(changes):
        return set()
    if tuple(items) != routine.exercises:
        updated = Routine(tuple(items), routine.weekdays, routine.note)
        repo.save_routine(tx, trainee_id, updated, now)
    return done


def break_before(tx: Transaction, trainee_id: int, moment: datetime) -> Break | None:
    """Return the kind of break between the trainee's last session and ``moment``."""
    last = repo.last_done_session_start(tx, trainee_id, moment)
    if last is None:
        return None
    hospital = repo.event_since(tx, trainee_id, HOSPITAL_STAY, last)
    return break_since(last, moment, hospital)


def _same_dose(item: RoutineExercise, expected: RoutineExercise) -> bool:
    # Loads are compared as the ladder does: a band is the same band even if it moved place.
    return (
        same_load(item.load, expected.load)
        and dataclasses.replace(item, load=expected.load) == expected
    )


def _with_load(suggestion: Suggestion, load: Load) -> RoutineExercise:
    if load == suggestion.current.load:
        return suggestion.current
    plain = suggestion.proposed
    sets = plain.sets - 1 if plain.extra_set else plain.sets
    return dataclasses.replace(plain, load=load, slow_tempo=False, extra_set=False, sets=sets)


def trainee_may_decide(tx: Transaction, trainee_id: int) -> bool:
    """Return True when the carer allowed it, or when there is no carer PIN at all."""
    has_pin = bool(repo.load_settings(tx).get(PIN_KEY))
    return not has_pin or repo.decides_own_loads(tx, trainee_id)
