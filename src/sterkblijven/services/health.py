"""Hospital stays, clearance to train again, and movement precautions, as use cases.

A stay is recorded with its dates and reason (and, as before, as a ``hospital_stay`` event, which
the restart from the lightest loads and the advice to test again read). Training then waits until
someone records that the GP, a specialist or a physiotherapist said it may start again. An
operation proposes the matching movement precaution; while a precaution is active, the plan's
exercises it rules out give way to allowed ones, and it lasts until a carer lifts it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sterkblijven.domain import readiness as health_check
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.hospital import (
    ClearedBy,
    HospitalStay,
    StayReason,
    check_clearance,
    check_discharge,
    check_stay,
)
from sterkblijven.domain.model import ReadinessCheck, RoutineExercise
from sterkblijven.domain.movements import Movement
from sterkblijven.domain.precautions import (
    ActivePrecaution,
    Precaution,
    Precautions,
    Replacement,
    adapt_routine,
    is_ruled_out,
    put_back,
)
from sterkblijven.domain.readiness import Recheck
from sterkblijven.domain.validation import InputRefused
from sterkblijven.services.suggestions import HOSPITAL_STAY
from sterkblijven.storage import Database, Transaction
from sterkblijven.storage import health as store
from sterkblijven.storage import repositories as repo


@dataclass(frozen=True, slots=True)
class StayRecorded:
    """A stay just recorded, and the precautions its reason proposes (not active yet)."""

    stay: HospitalStay
    proposed: tuple[Precaution, ...]


@dataclass(frozen=True, slots=True)
class HealthOverview:
    """A trainee's hospital stays and the movement advice in force."""

    stays: tuple[HospitalStay, ...]  # newest first
    waiting: HospitalStay | None  # the newest stay still waiting for clearance
    precautions: tuple[ActivePrecaution, ...]  # active ones, oldest first, with their texts


class Health:
    """Records stays and clearance; starts and lifts movement precautions."""

    def __init__(
        self,
        database: Database,
        catalogue: Catalogue,
        clock: Callable[[], datetime],
        precautions: Precautions,
        most_exercises: int,
    ) -> None:
        self._database = database
        self._catalogue = catalogue
        self._clock = clock
        self._precautions = precautions
        self._most = most_exercises  # a plan holds no more than this

    @property
    def known(self) -> Precautions:
        """Return every precaution the app knows."""
        return self._precautions

    @property
    def catalogue(self) -> Catalogue:
        """Return the exercises, to name those the advice changes in the plan."""
        return self._catalogue

    def today(self) -> date:
        """Return today's date, as the app's clock has it."""
        return self._clock().date()

    def overview(self, trainee_id: int) -> HealthOverview:
        """Return the trainee's stays and the precautions in force."""
        with self._database.transaction() as tx:
            return HealthOverview(
                stays=tuple(store.stays(tx, trainee_id)),
                waiting=store.stay_waiting(tx, trainee_id),
                precautions=tuple(self._active(tx, trainee_id)),
            )

    # Hospital stays

    def report_stay(
        self, trainee_id: int, admitted: date, discharged: date | None, reason: StayReason
    ) -> StayRecorded:
        """Record a stay; training then waits for clearance, and starts again gently.

        Dates in the future, or home before going in, are refused and nothing is stored.
        """
        now = self._clock()
        check_stay(admitted, discharged, reason, now.date())
        with self._database.transaction() as tx:
            repo.get_trainee(tx, trainee_id)
            stay = store.add_stay(
                tx, trainee_id, HospitalStay(admitted, discharged, reason, recorded_at=now)
            )
            repo.add_event(tx, trainee_id, HOSPITAL_STAY, now)
            active = {item.code for item in store.precautions(tx, trainee_id, active_only=True)}
        proposed = self._precautions.proposed_for(reason)
        return StayRecorded(stay, tuple(item for item in proposed if item.code not in active))

    def record_discharge(self, trainee_id: int, stay_id: int, day: date) -> HospitalStay:
        """Record the day the trainee came home from a stay."""
        with self._database.transaction() as tx:
            stay = store.get_stay(tx, trainee_id, stay_id)
            check_discharge(stay, day, self._clock().date())
            return store.set_discharged(tx, trainee_id, stay_id, day)

    def record_clearance(self, trainee_id: int, by: ClearedBy, on: date) -> list[HospitalStay]:
        """Record who said on which day that training may start again; return the stays cleared."""
        with self._database.transaction() as tx:
            return record_clearance(tx, trainee_id, by, on, self._clock().date())

    # Movement precautions

    def available(self, trainee_id: int) -> tuple[Precaution, ...]:
        """Return the precautions that can be set: every known one not active yet."""
        with self._database.transaction() as tx:
            active = {item.code for item in store.precautions(tx, trainee_id, active_only=True)}
        return tuple(item for item in self._precautions.items if item.code not in active)

    def ruled_out(self, trainee_id: int) -> frozenset[Movement]:
        """Return the movements the trainee's active precautions rule out."""
        with self._database.transaction() as tx:
            return ruled_out(tx, trainee_id, self._precautions)

    def start_precaution(self, trainee_id: int, code: str) -> tuple[Replacement, ...]:
        """Set a precaution and fit the plan to it; return what changed in the plan."""
        if self._precautions.get(code) is None:
            raise InputRefused("precaution_unknown")
        now = self._clock()
        with self._database.transaction() as tx:
            active = store.precautions(tx, trainee_id, active_only=True)
            if any(item.code == code for item in active):
                raise InputRefused("precaution_active")
            repo.get_trainee(tx, trainee_id)
            store.add_precaution(tx, trainee_id, code, now)
            routine = repo.active_routine(tx, trainee_id)
            if routine is None:
                return ()
            movements = self._precautions.ruled_out([*(item.code for item in active), code])
            equipment = repo.load_equipment(tx, trainee_id)
            adapted, changes = adapt_routine(routine, self._catalogue, equipment, movements)
            if changes:
                repo.save_routine(tx, trainee_id, adapted, now)
            return changes

    def lift_precaution(self, trainee_id: int, code: str) -> tuple[RoutineExercise, ...]:
        """Lift a precaution; return the exercises it took out that can now be put back."""
        with self._database.transaction() as tx:
            if store.lift_precaution(tx, trainee_id, code, self._clock()) is None:
                raise InputRefused("precaution_not_active")
            return self._put_back(tx, trainee_id, code, save=False)

    def put_back(self, trainee_id: int, code: str) -> tuple[RoutineExercise, ...]:
        """Put back in the plan what a lifted precaution took out; return what came back."""
        with self._database.transaction() as tx:
            return self._put_back(tx, trainee_id, code, save=True)

    def _put_back(
        self, tx: Transaction, trainee_id: int, code: str, *, save: bool
    ) -> tuple[RoutineExercise, ...]:
        lifted = store.last_lifted(tx, trainee_id, code)
        definition = self._precautions.get(code)
        routine = repo.active_routine(tx, trainee_id)
        if lifted is None or definition is None or routine is None:
            return ()
        # The plan as it was when the advice started: the newest version from then that still
        # had an exercise the advice rules out (the advice's own version, made the same moment,
        # has none).
        before = next(
            (
                version
                for version in store.routines_until(tx, trainee_id, lifted.started_at, 3)
                if any(
                    is_ruled_out(item, self._catalogue, definition.rules_out)
                    for item in version.exercises
                )
            ),
            None,
        )
        if before is None:
            return ()
        equipment = repo.load_equipment(tx, trainee_id)
        restored, returned = put_back(
            routine,
            before,
            self._catalogue,
            equipment,
            definition.rules_out,
            ruled_out(tx, trainee_id, self._precautions),
            self._most,
        )
        if save and returned:
            repo.save_routine(tx, trainee_id, restored, self._clock())
        return returned

    def _active(self, tx: Transaction, trainee_id: int) -> list[ActivePrecaution]:
        return active_precautions(tx, trainee_id, self._precautions)


def record_clearance(
    tx: Transaction, trainee_id: int, by: ClearedBy, on: date, today: date
) -> list[HospitalStay]:
    """Record that training may start again after the stays waiting for it; refuse bad dates."""
    waiting = store.stay_waiting(tx, trainee_id)
    if waiting is None:
        raise InputRefused("nothing_to_clear")
    check_clearance(waiting, on, by, today)
    return store.clear_stays(tx, trainee_id, on, by)


def active_precautions(
    tx: Transaction, trainee_id: int, known: Precautions
) -> list[ActivePrecaution]:
    """Return the trainee's active precautions with their shipped texts, oldest first."""
    return [
        ActivePrecaution(item.code, item.started_at, item.lifted_at, known.get(item.code))
        for item in store.precautions(tx, trainee_id, active_only=True)
    ]


def ruled_out(tx: Transaction, trainee_id: int, known: Precautions) -> frozenset[Movement]:
    """Return the movements the trainee's active precautions rule out."""
    return known.ruled_out(
        item.code for item in store.precautions(tx, trainee_id, active_only=True)
    )


def awaiting_clearance(tx: Transaction, trainee_id: int) -> bool:
    """Return True while a hospital stay waits for someone to say training may start again."""
    return store.stay_waiting(tx, trainee_id) is not None


def readiness_due(tx: Transaction, trainee_id: int, now: datetime) -> Recheck | None:
    """Return why the health check is to be asked again before the next session, or None.

    Once a year, and after a hospital stay reported after the last check (PAR-Q+ asks again
    when health changes).
    """
    return recheck_of(tx, trainee_id, repo.latest_readiness(tx, trainee_id), now)


def recheck_of(
    tx: Transaction, trainee_id: int, check: ReadinessCheck | None, now: datetime
) -> Recheck | None:
    """Return why the health check is due again, given the person's newest answer (or None)."""
    # Strictly after: a check answered in the same moment as the report already knows of it.
    hospital = check is not None and repo.event_since(
        tx, trainee_id, HOSPITAL_STAY, check.answered_at + timedelta(microseconds=1)
    )
    return health_check.recheck(check, now, hospital)


def refusal_before_exertion(tx: Transaction, trainee_id: int, now: datetime) -> str | None:
    """Return why a session or a test may not start now, as a refusal code, or None.

    Tests are exertion too, so both wait for the same things: a health-check answer talked over
    with the GP, the health check asked again (a year on, or after a hospital stay), and after a
    stay the word of the GP, specialist or physiotherapist.
    """
    check = repo.latest_readiness(tx, trainee_id)
    if check is not None and not check.training_allowed:
        return "readiness_pending"
    if awaiting_clearance(tx, trainee_id):
        return "clearance_pending"
    if check is not None and recheck_of(tx, trainee_id, check, now) is not None:
        return "readiness_due"
    return None
