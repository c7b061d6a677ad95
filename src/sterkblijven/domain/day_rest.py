"""What a pain event ends for the rest of the day, beyond the exercise in which it happened.

A stop signal (sharp pain, swelling or warmth, a joint that locks or gives way) at a knee or
hip means the leg may not carry the person safely today: every standing exercise that works
the legs or the balance rests for the rest of the session, as a fall would be the worst outcome.
Pain above 5, or a stop signal, at any joint also rests every other exercise that loads that
joint: the pain-monitoring model stops loading a joint once pain passes 5 (Silbernagel et al.
2007, Am J Sports Med 35:897), and the physiotherapy guidance on stop signals says to stop and
seek advice. Seated work and work for the arms may go on, if the person wants.
"""

from __future__ import annotations

from sterkblijven.domain.catalogue import Catalogue, Exercise
from sterkblijven.domain.model import BodyRegion, EquipmentKind, Task
from sterkblijven.domain.session import (
    COOLDOWN,
    SEATED_COOLDOWN,
    PainPlace,
    SessionState,
    SetRecord,
    SkipReason,
)

LEG_PLACES = frozenset({PainPlace.KNEE, PainPlace.HIP})
# What carries or moves the legs: the regions, tasks and joints of standing leg and balance work.
_LEG_REGIONS = frozenset({BodyRegion.LEGS, BodyRegion.HIPS, BodyRegion.BALANCE})
_LEG_TASKS = frozenset({Task.STAIRS, Task.BALANCE})
DAY_REST_REASONS = frozenset({SkipReason.LEGS_REST, SkipReason.JOINT_REST})


def ends_leg_work(record: SetRecord) -> bool:
    """Return True for a stop signal at a knee or hip: no standing leg work for the day."""
    return bool(record.stop_signals) and record.pain_place in LEG_PLACES


def standing_leg_work(exercise: Exercise, kind: EquipmentKind) -> bool:
    """Return True when the exercise, done with ``kind``, stands on the legs to work them."""
    if kind in exercise.seated_kinds:
        return False
    return bool(
        exercise.regions & _LEG_REGIONS
        or exercise.task in _LEG_TASKS
        or exercise.joints & LEG_PLACES
    )


def rest_reason(record: SetRecord, exercise: Exercise, kind: EquipmentKind) -> SkipReason | None:
    """Return why a pain event rests another exercise for the day, or None if it may go on."""
    if not record.must_stop:
        return None
    if ends_leg_work(record) and standing_leg_work(exercise, kind):
        return SkipReason.LEGS_REST
    if record.pain_place is not None and record.pain_place in exercise.joints:
        return SkipReason.JOINT_REST
    return None


def rested_today(state: SessionState, catalogue: Catalogue) -> dict[int, SkipReason]:
    """Return each exercise still to come that the session's pain events rest, with why.

    The standing leg rest wins over the joint rest, as its words say more about what to do.
    Exercises already done, skipped, paused or missing from the catalogue are left as they are.
    """
    events = [record for record in state.all_sets() if record.must_stop]
    rested: dict[int, SkipReason] = {}
    for progress in state.exercises:
        exercise = catalogue.get(progress.item.exercise_id)
        if progress.done or exercise is None:
            continue
        reasons = {rest_reason(record, exercise, progress.item.load.kind) for record in events} - {
            None
        }
        if SkipReason.LEGS_REST in reasons:
            rested[progress.position] = SkipReason.LEGS_REST
        elif SkipReason.JOINT_REST in reasons:
            rested[progress.position] = SkipReason.JOINT_REST
    return rested


def rest_place(state: SessionState, exercise: Exercise, reason: SkipReason) -> PainPlace | None:
    """Return the joint whose pain event rested an exercise, for the words that say why."""
    for record in reversed(state.all_sets()):
        if not record.must_stop or record.pain_place is None:
            continue
        if reason is SkipReason.LEGS_REST and ends_leg_work(record):
            return record.pain_place
        if reason is SkipReason.JOINT_REST and record.pain_place in exercise.joints:
            return record.pain_place
    return None


def rested_by(state: SessionState, record: SetRecord, catalogue: Catalogue) -> tuple[int, ...]:
    """Return the places of the exercises that rest today because of this pain event."""
    found = []
    for progress in state.exercises:
        exercise = catalogue.get(progress.item.exercise_id)
        if exercise is None or progress.skipped not in DAY_REST_REASONS:
            continue
        if progress.skipped is rest_reason(record, exercise, progress.item.load.kind):
            found.append(progress.position)
    return tuple(found)


def remaining(state: SessionState) -> tuple[int, ...]:
    """Return the places of the exercises still to do in the session."""
    return tuple(p.position for p in state.exercises if not p.done)


def cooldown_for(state: SessionState) -> tuple[tuple[str, int], ...]:
    """Return the cool-down movements: seated after a knee or hip gave a stop signal today."""
    legs_rest = any(ends_leg_work(record) for p in state.exercises for record in p.sets)
    return SEATED_COOLDOWN if legs_rest else COOLDOWN
