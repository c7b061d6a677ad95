"""Carer set-up: equipment, the weekly routine, who decides on loads, and hospital stays.

Editing never rewrites history: a saved routine is a new version, and past sessions keep the
exercises and loads they had.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import datetime

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.hospital import HospitalStay, StayReason
from sterkblijven.domain.model import (
    Band,
    Equipment,
    Load,
    Measure,
    Routine,
    RoutineExercise,
)
from sterkblijven.domain.planning import back_to_back
from sterkblijven.domain.precautions import Precautions, allowed_kinds, is_ruled_out
from sterkblijven.domain.progression import ladder, nearest_owned, rung_of
from sterkblijven.domain.validation import (
    FORCE_RANGE,
    InputRefused,
    check_equipment,
    clean_note,
)
from sterkblijven.services.catalogue import load_precautions
from sterkblijven.services.health import Health, ruled_out
from sterkblijven.services.suggestions import HOSPITAL_STAY
from sterkblijven.storage import Database, Transaction
from sterkblijven.storage import health as health_store
from sterkblijven.storage import repositories as repo

MAX_ROUTINE_EXERCISES = 10
SETS_RANGE = (1, 3)
REP_RANGE = (8, 30)
SECONDS_RANGE = (5, 120)
STEPS_RANGE = (5, 60)
REST_RANGE = (30, 300)
SESSIONS_RANGE = (1, 3)


class Setup:
    """Reads and changes what a trainee trains with and what they train."""

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
        # Hospital stays and movement advice: their own use cases, reached through the set-up.
        self.health = Health(database, catalogue, clock, self._precautions, MAX_ROUTINE_EXERCISES)

    # Equipment

    def equipment(self, trainee_id: int) -> Equipment:
        """Return the trainee's dumbbells and band ladder."""
        with self._database.transaction() as tx:
            return repo.load_equipment(tx, trainee_id)

    def save_equipment(
        self,
        trainee_id: int,
        dumbbells_kg: Sequence[float],
        bands: Sequence[Band],
        *,
        seen: int | None = None,
    ) -> Equipment:
        """Store dumbbells and bands (lightest first, in the order given).

        Routine loads no longer owned move to the nearest owned load that is not heavier. A
        change that would leave a routine exercise without any equipment it can use is refused,
        and so is one based on an outdated copy: ``seen`` is the version the screen read
        (``Equipment.version``), and ChangedMeanwhile says who changed it since.
        """
        equipment = check_equipment(dumbbells_kg, bands)
        with self._database.transaction() as tx:
            # Saved first, so that an outdated screen hears that before anything else; a
            # refusal below rolls the save back.
            saved = repo.save_equipment(tx, trainee_id, equipment, now=self._clock(), seen=seen)
            routine = repo.active_routine(tx, trainee_id)
            if routine is not None:
                for item in routine.exercises:
                    if not equipment.owns(item.load.kind):
                        raise InputRefused(f"equipment_in_use_{item.load.kind.value}")
            if routine is not None:
                self._follow_equipment(tx, trainee_id, routine, saved)
            return saved

    def _follow_equipment(
        self, tx: Transaction, trainee_id: int, routine: Routine, equipment: Equipment
    ) -> None:
        items = []
        for item in routine.exercises:
            rungs = ladder(item.load.kind, equipment)
            # Bands are matched by id: the same band, perhaps moved on the ladder.
            same = _by_id(item.load, rungs)
            index = same if same is not None else nearest_owned(item.load, rungs)
            items.append(item if index is None else dataclasses.replace(item, load=rungs[index]))
        if tuple(items) != routine.exercises:
            updated = dataclasses.replace(routine, exercises=tuple(items), id=None)
            repo.save_routine(tx, trainee_id, updated, self._clock())

    # Routine

    def routine(self, trainee_id: int) -> Routine | None:
        """Return the routine the trainee follows now."""
        with self._database.transaction() as tx:
            return repo.active_routine(tx, trainee_id)

    def load_choices(self, trainee_id: int, exercise_id: str) -> list[Load]:
        """Return the owned loads an exercise can use, per kind it supports, lightest first."""
        exercise = self._catalogue.get(exercise_id)
        if exercise is None:
            raise InputRefused("exercise_unknown")
        with self._database.transaction() as tx:
            equipment = repo.load_equipment(tx, trainee_id)
            # A way of doing it that movement advice rules out is not offered.
            kinds = allowed_kinds(exercise, ruled_out(tx, trainee_id, self._precautions))
        return [load for kind in kinds if equipment.owns(kind) for load in ladder(kind, equipment)]

    def save_routine(
        self,
        trainee_id: int,
        routine: Routine,
        *,
        allow_consecutive: bool = False,
        seen: int | None = None,
    ) -> Routine:
        """Check and store a routine as a new version; earlier sessions keep theirs.

        Training days in a row are refused unless the carer chose them knowingly
        (``allow_consecutive``): without a rest day the muscles do not recover. A plan based on
        an outdated copy is refused too: ``seen`` is the version the screen read
        (``Routine.version``, 0 when there was no plan), and ChangedMeanwhile says who
        changed it since.
        """
        weekdays = tuple(sorted(set(routine.weekdays)))
        if not SESSIONS_RANGE[0] <= len(weekdays) <= SESSIONS_RANGE[1]:
            raise InputRefused("weekdays_count", SESSIONS_RANGE)
        if any(not 0 <= day <= 6 for day in weekdays):
            raise InputRefused("weekdays_count", SESSIONS_RANGE)
        if back_to_back(weekdays) and not allow_consecutive:
            raise InputRefused("weekdays_back_to_back")
        note = clean_note(routine.note)  # a carer's note, often pasted: it keeps its lines
        if not 1 <= len(routine.exercises) <= MAX_ROUTINE_EXERCISES:
            raise InputRefused("routine_size", (1, MAX_ROUTINE_EXERCISES))
        ids = [item.exercise_id for item in routine.exercises]
        if len(set(ids)) != len(ids):
            raise InputRefused("exercise_twice")
        with self._database.transaction() as tx:
            # An outdated screen hears that first: its other problems may be the outdated part.
            repo.check_plan_version(tx, trainee_id, seen)
            equipment = repo.load_equipment(tx, trainee_id)
            movements = ruled_out(tx, trainee_id, self._precautions)
            for item in routine.exercises:
                self._check_item(item, equipment)
                if is_ruled_out(item, self._catalogue, movements):
                    raise InputRefused("precaution_rules_out")
            cleaned = Routine(routine.exercises, weekdays, note)
            return repo.save_routine(tx, trainee_id, cleaned, self._clock(), seen=seen)

    def _check_item(self, item: RoutineExercise, equipment: Equipment) -> None:
        exercise = self._catalogue.get(item.exercise_id)
        if exercise is None:
            raise InputRefused("exercise_unknown")
        if item.load.kind not in exercise.equipment or not equipment.owns(item.load.kind):
            raise InputRefused("load_not_owned")
        if rung_of(item.load, ladder(item.load.kind, equipment)) is None:
            raise InputRefused("load_not_owned")
        if not SETS_RANGE[0] <= item.sets <= SETS_RANGE[1]:
            raise InputRefused("sets_out_of_range", SETS_RANGE)
        limits = {Measure.SECONDS: SECONDS_RANGE, Measure.STEPS: STEPS_RANGE}
        low, high = limits.get(exercise.measure, REP_RANGE)
        if not low <= item.rep_min <= item.rep_max <= high:
            raise InputRefused(f"target_out_of_range_{exercise.measure.value}", (low, high))
        if not REST_RANGE[0] <= item.rest_seconds <= REST_RANGE[1]:
            raise InputRefused("rest_out_of_range", REST_RANGE)

    # Who decides, and hospital stays

    def decides_own_loads(self, trainee_id: int) -> bool:
        """Return whether the trainee may decide on load suggestions."""
        with self._database.transaction() as tx:
            return repo.decides_own_loads(tx, trainee_id)

    def allow_own_decisions(self, trainee_id: int, allowed: bool) -> None:
        """Let the trainee decide on load suggestions, or leave that to the carer."""
        with self._database.transaction() as tx:
            repo.set_decides_own_loads(tx, trainee_id, allowed)

    def report_hospital_stay(self, trainee_id: int) -> None:
        """Record a hospital stay whose dates and reason were not given.

        Training waits for clearance, and the next session starts again from the lightest
        loads. The carer part records stays with their dates and reason (``health``).
        """
        now = self._clock()
        with self._database.transaction() as tx:
            stay = HospitalStay(None, None, StayReason.NOT_RECORDED, recorded_at=now)
            health_store.add_stay(tx, trainee_id, stay)
            repo.add_event(tx, trainee_id, HOSPITAL_STAY, now)


def _by_id(load: Load, rungs: list[Load]) -> int | None:
    band = load.band
    if band is None or band.id is None:
        return None
    for index, rung in enumerate(rungs):
        if (
            rung.band is not None
            and rung.band.id == band.id
            and rung.band_doubled == load.band_doubled
        ):
            return index
    return None


__all__ = [
    "FORCE_RANGE",
    "MAX_ROUTINE_EXERCISES",
    "REP_RANGE",
    "REST_RANGE",
    "SECONDS_RANGE",
    "SESSIONS_RANGE",
    "SETS_RANGE",
    "STEPS_RANGE",
    "Setup",
]
