"""The progression engine: next session's dose for each exercise, and why.

The rules, with their published sources:

- Double progression over the target range (after ACSM, Ratamess et al. 2009): more repetitions
  at the same load first; when the top of the range is reached at the target effort (to failure,
  or hard) with pain 3 or less, the next step on the person's own ladder.
- A step larger than about 10 % is prepared by in-between steps: a doubled lighter band that lies
  between two bands is a rung of its own; otherwise a slower tempo first, then an extra set.
- Clearly below the range (fewer than 15 at failure for 20-25): the previous step.
- Pain rules win (Silbernagel et al. 2007 pain-monitoring model; physiotherapy stop signals):
  pain above 5, a stop signal, worse joints the next day, pain at night, or morning stiffness
  over 30 minutes lower that exercise one step, or pause it at the lightest step. Stop signals
  (also pain at night and long stiffness) and pain above 5 advise the GP or physiotherapist; a
  worse next day does so only when it comes back at the same place, and then the exercise
  rests (OARSI 2019; KNGF-richtlijn Artrose heup-knie 2018: early soreness is normal).
- Body weight is no longer enough (top of the range at the target effort, as for loads): the
  same exercise with the person's lightest own dumbbell, or lightest band where the exercise has
  a band way and no dumbbell way they can use. The lightest dumbbell adds little to the body
  weight the legs already lift, so this step needs no in-between steps (a design choice).
- Growing into a new load (a design choice): a step up on coarse dumbbells (1 -> 1.5 kg is +50 %)
  costs many repetitions, often 12 to 14 of a 20-25 range. For the first three sessions at a load
  reached by a step up, counted from the history, 12 or more count as in range, so that the
  person grows into the new load instead of bouncing back to the old one.
- Balance exercises progress by clinical steps, not by load (Otago Exercise Programme;
  Sherrington et al. 2019, Cochrane CD012424): when every hold reaches the top of its range
  with an effort no more than moderate and pain 2 or less (the safe zone of the pain-monitoring
  model), the next step in the catalogue's list; letting go before the lowest time at a step
  above the first goes one step back. Never a heavier load.
- Return after a break (a heuristic; no published percentage): 2 to 5 weeks away keeps the load
  and stops 2-3 repetitions short of failure; 6 weeks or more is one step down and a new test;
  16 weeks or more, or a hospital stay, starts again at the lightest step with a test.
- The planned weekly volume never rises more than about 10 % at once; increases beyond that wait.
  The rise that has waited longest (the most sessions at its present load) goes first, then the
  earlier exercise in the routine, so a held-back rise gets its turn before an exercise that has
  just risen can rise again. One single step is always allowed, otherwise a short routine could
  never progress (design choices).

Everything here is pure: the same history always gives the same suggestion.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sterkblijven.domain.bands import UNKNOWN_STEP, estimated_forces

# The ladder lives in its own module; its names stay importable from here, as before.
from sterkblijven.domain.ladder import DISTINCT_FORCE as DISTINCT_FORCE
from sterkblijven.domain.ladder import force as force
from sterkblijven.domain.ladder import ladder as ladder
from sterkblijven.domain.ladder import ladder_for as ladder_for
from sterkblijven.domain.ladder import lighter_load, ordered_bands
from sterkblijven.domain.ladder import nearest_owned as nearest_owned
from sterkblijven.domain.ladder import neighbour as neighbour
from sterkblijven.domain.ladder import rung_of as rung_of
from sterkblijven.domain.ladder import same_load as same_load
from sterkblijven.domain.ladder import step_size as step_size
from sterkblijven.domain.model import Equipment, EquipmentKind, Load, RoutineExercise
from sterkblijven.domain.session import PAIN_LOW_MAX, PAIN_SAFE_MAX, Effort, SetRecord

BELOW_RANGE_MARGIN = 5  # 15 at failure for a 20-25 range counts as clearly below it
LARGEST_SMALL_STEP = 0.10  # a load step above this is prepared by in-between steps
WEEKLY_VOLUME_RISE = 0.10
MAX_SETS = 3
# Bands of unknown force (or of a force that contradicts the person's order) are counted for the
# weekly volume as if each step on the order adds about a quarter, as one Thera-Band colour step
# does (training.md), between the known forces around them (see bands.estimated_forces).
UNKNOWN_BAND_STEP = UNKNOWN_STEP
SHORT_BREAK_DAYS = 14
LONG_BREAK_DAYS = 42
VERY_LONG_BREAK_DAYS = 112
# Growing into a new load: the first sessions after a step up, and the count that is enough then.
GROWING_SESSIONS = 3
GROWING_FLOOR = 12
# A balance step is mastered when it felt no harder than this (design choice: the person held it
# with attention, without struggling).
BALANCE_EFFORT_MAX = Effort.MODERATE


class Advice(enum.StrEnum):
    """What the next session asks of an exercise."""

    HEAVIER = "heavier"
    SLOWER = "slower"  # the same load with a slower tempo, before a large step
    EXTRA_SET = "extra_set"  # the same load with one more set, before a large step
    SAME = "same"
    LIGHTER = "lighter"
    PAUSE = "pause"
    RESTART = "restart"  # start again at the lightest step after a long break
    NEXT_LEVEL = "next_level"  # a balance exercise's next step: less support, narrower stance
    ADD = "add"  # an exercise the routine lacks, added to it


class Reason(enum.StrEnum):
    """Why, as a code the UI explains with its source."""

    NO_SETS = "no_sets"
    IN_RANGE = "in_range"
    TOP_OF_RANGE = "top_of_range"
    BIG_STEP = "big_step"
    TOP_OF_LADDER = "top_of_ladder"
    BELOW_RANGE = "below_range"
    PAIN = "pain"
    STOP_SIGNAL = "stop_signal"
    NEXT_DAY = "next_day"
    NIGHT_PAIN = "night_pain"
    MORNING_STIFFNESS = "morning_stiffness"
    NOT_OWNED = "not_owned"
    VOLUME_CAP = "volume_cap"
    SHORT_BREAK = "short_break"
    LONG_BREAK = "long_break"
    VERY_LONG_BREAK = "very_long_break"
    HOSPITAL = "hospital"
    OWN_WEIGHT = "own_weight"  # body weight is no longer enough
    NEW_LOAD = "new_load"  # fewer repetitions after a step up are normal at first
    LEVEL_MASTERED = "level_mastered"
    TOP_LEVEL = "top_level"
    LEVEL_TOO_HARD = "level_too_hard"
    FALL_RISK = "fall_risk"  # a test result in the fall-risk band asks for more balance work


class Break(enum.StrEnum):
    """How long someone was away, in the terms of the return rules."""

    SHORT = "short"
    LONG = "long"
    VERY_LONG = "very_long"
    HOSPITAL = "hospital"


@dataclass(frozen=True, slots=True)
class NextDay:
    """The next-day answer after a session, as it bears on one exercise."""

    joints_worse: bool = False
    long_stiffness: bool = False
    night_pain: bool = False  # pain woke the person at night: a stop signal
    repeat: bool = False  # worse again at a place this exercise loads, within four weeks


@dataclass(frozen=True, slots=True)
class Suggestion:
    """Next session's dose for one exercise, the code saying why, and what else to advise."""

    advice: Advice
    reason: Reason
    current: RoutineExercise
    proposed: RoutineExercise
    see_gp: bool = False  # pain rules: advise contact with the GP or physiotherapist
    retest: bool = False  # after a long break: a functional test shows where the person stands

    @property
    def load(self) -> Load:
        """Return the proposed load."""
        return self.proposed.load

    @property
    def changes_anything(self) -> bool:
        """Return True when the proposal differs from the current dose."""
        return self.proposed != self.current


@dataclass(frozen=True, slots=True)
class ExerciseHistory:
    """One exercise of the routine and the sets of its most recent session."""

    item: RoutineExercise
    sets: tuple[SetRecord, ...] = ()
    tempo_possible: bool = True  # False for holds and walks, where a slower tempo means nothing
    ways: tuple[EquipmentKind, ...] = ()  # the equipment the exercise can be done with
    levels: int = 0  # how many balance steps the exercise has in the catalogue
    earlier: tuple[Load, ...] = ()  # the load of each earlier session with sets, newest first


# One exercise


def suggest(
    item: RoutineExercise,
    sets: Sequence[SetRecord],
    equipment: Equipment,
    next_day: NextDay = NextDay(),
    *,
    tempo_possible: bool = True,
    ways: Sequence[EquipmentKind] = (),
    levels: int = 0,
    earlier: Sequence[Load] = (),
) -> Suggestion:
    """Return next session's dose for one exercise from its most recent session.

    ``ways`` are the equipment kinds the exercise can be done with, ``levels`` the number of its
    balance steps, and ``earlier`` the loads of its earlier sessions, newest first.
    """
    # A balance exercise never moves on to a weight: its ladder is that of its own load.
    rungs = (
        ladder(item.load.kind, equipment) if levels else ladder_for(item.load.kind, equipment, ways)
    )
    index = nearest_owned(item.load, rungs)
    if index is None:  # the kind of equipment is gone: nothing to step to
        return Suggestion(Advice.PAUSE, Reason.NOT_OWNED, item, item)
    owned = rung_of(item.load, rungs) is not None
    here = item if owned else dataclasses.replace(item, load=rungs[index])

    pain_reason = _pain_reason(sets, next_day)
    if pain_reason is not None:
        see_gp = _advise_gp(pain_reason, next_day)
        # Worse again at the same place: one more step is not enough, it rests for now.
        if index == 0 or next_day.repeat:
            resting = dataclasses.replace(_plain(here), paused=True)
            return Suggestion(Advice.PAUSE, pain_reason, item, resting, see_gp=see_gp)
        lighter = _plain(here, rungs[index - 1])
        return Suggestion(Advice.LIGHTER, pain_reason, item, lighter, see_gp=see_gp)
    if not sets:
        reason = Reason.NO_SETS if owned else Reason.NOT_OWNED
        return Suggestion(_same_or_lighter(owned), reason, item, here)
    if levels:
        return _balance_step(item, here, sets, levels)

    highest_pain = max((record.pain or 0 for record in sets), default=0)
    at_top = any(
        record.reps >= item.rep_max
        and (record.reached_failure or (record.effort or 0) >= Effort.HARD)
        for record in sets
    )
    if at_top and highest_pain <= PAIN_LOW_MAX:
        return _step_up(item, here, rungs, index, tempo_possible)

    at_failure = [record.reps for record in sets if record.reached_failure]
    enough = item.rep_min - BELOW_RANGE_MARGIN
    session = sessions_at_new_load(here.load, earlier, rungs)
    growing = session is not None and session <= GROWING_SESSIONS
    if growing and at_failure and GROWING_FLOOR <= max(at_failure) < enough:
        return Suggestion(Advice.SAME, Reason.NEW_LOAD, item, here)
    if at_failure and max(at_failure) < enough:
        if here.slow_tempo or here.extra_set:
            # The in-between step was too much: back to the plain dose first.
            return Suggestion(Advice.LIGHTER, Reason.BELOW_RANGE, item, _plain(here))
        if index > 0:
            lighter = _plain(here, rungs[index - 1])
            return Suggestion(Advice.LIGHTER, Reason.BELOW_RANGE, item, lighter)
    reason = Reason.IN_RANGE if owned else Reason.NOT_OWNED
    return Suggestion(_same_or_lighter(owned), reason, item, here)


NEXT_DAY_REASONS = frozenset({Reason.NEXT_DAY, Reason.NIGHT_PAIN, Reason.MORNING_STIFFNESS})
PAIN_REASONS = frozenset({Reason.PAIN, Reason.STOP_SIGNAL, *NEXT_DAY_REASONS})


def sessions_at_new_load(load: Load, earlier: Sequence[Load], rungs: Sequence[Load]) -> int | None:
    """Return which session at ``load`` this is (1 for the first) if a step up led to it.

    ``earlier`` holds the loads of the earlier sessions, newest first. None when the load was
    reached by going down, or was the load from the start.
    """
    count = 1
    for before in earlier:
        if same_load(before, load):
            count += 1
            continue
        return count if lighter_load(before, load, rungs) else None
    return None


def _balance_step(
    item: RoutineExercise, here: RoutineExercise, sets: Sequence[SetRecord], levels: int
) -> Suggestion:
    level = min(max(item.balance_level, 0), levels - 1)
    here = dataclasses.replace(here, balance_level=level)
    mastered = max((record.pain or 0 for record in sets), default=0) <= PAIN_SAFE_MAX and all(
        record.reps >= item.rep_max
        and record.effort is not None
        and record.effort <= BALANCE_EFFORT_MAX
        for record in sets
    )
    if mastered and level + 1 < levels:
        step = dataclasses.replace(_plain(here), balance_level=level + 1)
        return Suggestion(Advice.NEXT_LEVEL, Reason.LEVEL_MASTERED, item, step)
    if mastered:
        return Suggestion(Advice.SAME, Reason.TOP_LEVEL, item, here)
    let_go = all(record.reached_failure and record.reps < item.rep_min for record in sets)
    if let_go and level > 0:
        easier = dataclasses.replace(_plain(here), balance_level=level - 1)
        return Suggestion(Advice.LIGHTER, Reason.LEVEL_TOO_HARD, item, easier)
    return Suggestion(Advice.SAME, Reason.IN_RANGE, item, here)


def is_pain_rule(suggestion: Suggestion) -> bool:
    """Return True when a pain rule made the suggestion: it wins over every other decision."""
    return suggestion.reason in PAIN_REASONS


def heavier(dose: RoutineExercise, than: RoutineExercise, equipment: Equipment) -> bool:
    """Return True when ``dose`` asks more of the body than ``than``.

    A resting exercise asks nothing. Loads are compared on the person's ladder; body weight
    alone asks less than the same exercise with a dumbbell or band. Where two loads cannot be
    compared (a dumbbell and a band, nothing owned) the answer is yes, so that a pain rule errs
    on the safe side. On the same rung, more sets, a slower tempo or a harder balance step ask
    more.
    """
    if dose.paused:
        return False
    if than.paused:
        return True
    if dose.load.kind is not than.load.kind:
        if EquipmentKind.BODYWEIGHT in (dose.load.kind, than.load.kind):
            return than.load.kind is EquipmentKind.BODYWEIGHT
        return True
    rungs = ladder(dose.load.kind, equipment)
    mine, theirs = nearest_owned(dose.load, rungs), nearest_owned(than.load, rungs)
    if mine is None or theirs is None:
        return True
    if mine != theirs:
        return mine > theirs
    return (
        dose.sets > than.sets
        or (dose.slow_tempo and not than.slow_tempo)
        or dose.balance_level > than.balance_level
    )


def within(item: RoutineExercise, limit: RoutineExercise, equipment: Equipment) -> RoutineExercise:
    """Return the planned ``item`` held to a pain rule's ``limit``: never heavier than it.

    A plan already at or below the limit stays as it is (the carer may have gone lower). A
    heavier plan takes the limit's load (or its pause) without in-between steps and with no
    more sets than the limit, keeping the target range and rest the carer set.
    """
    if not heavier(item, limit, equipment):
        return item
    plain = _plain(item)
    return dataclasses.replace(
        plain,
        load=limit.load,
        paused=limit.paused,
        sets=min(plain.sets, limit.sets),
        balance_level=min(plain.balance_level, limit.balance_level),
    )


def _pain_reason(sets: Sequence[SetRecord], next_day: NextDay) -> Reason | None:
    if any(record.stop_signals for record in sets):
        return Reason.STOP_SIGNAL
    if any(record.must_stop for record in sets):
        return Reason.PAIN
    if next_day.night_pain:
        return Reason.NIGHT_PAIN
    if next_day.long_stiffness:
        return Reason.MORNING_STIFFNESS
    if next_day.joints_worse:
        return Reason.NEXT_DAY
    return None


def _advise_gp(reason: Reason, next_day: NextDay) -> bool:
    # Some soreness the next day is normal in the first weeks (OARSI 2019; KNGF 2018): the GP
    # or physiotherapist is advised for it only when it comes back at the same place.
    return reason is not Reason.NEXT_DAY or next_day.repeat


def _same_or_lighter(owned: bool) -> Advice:
    return Advice.SAME if owned else Advice.LIGHTER


def _step_up(
    item: RoutineExercise,
    here: RoutineExercise,
    rungs: Sequence[Load],
    index: int,
    tempo_possible: bool,
) -> Suggestion:
    next_rung = rungs[index + 1] if index + 1 < len(rungs) else None
    if next_rung is not None and rungs[index].kind is EquipmentKind.BODYWEIGHT:
        return Suggestion(Advice.HEAVIER, Reason.OWN_WEIGHT, item, _plain(here, next_rung))
    size = None if next_rung is None else step_size(rungs[index], next_rung)
    if next_rung is None or size is None or size > LARGEST_SMALL_STEP + 1e-9:
        if tempo_possible and not here.slow_tempo:
            slower = dataclasses.replace(here, slow_tempo=True)
            reason = Reason.BIG_STEP if next_rung else Reason.TOP_OF_LADDER
            return Suggestion(Advice.SLOWER, reason, item, slower)
        if not here.extra_set and here.sets < MAX_SETS:
            more = dataclasses.replace(here, sets=here.sets + 1, extra_set=True)
            reason = Reason.BIG_STEP if next_rung else Reason.TOP_OF_LADDER
            return Suggestion(Advice.EXTRA_SET, reason, item, more)
    if next_rung is None:
        return Suggestion(Advice.SAME, Reason.TOP_OF_LADDER, item, here)
    return Suggestion(Advice.HEAVIER, Reason.TOP_OF_RANGE, item, _plain(here, next_rung))


def _plain(item: RoutineExercise, load: Load | None = None) -> RoutineExercise:
    """Return the dose without in-between steps, optionally on another load."""
    return dataclasses.replace(
        item,
        load=item.load if load is None else load,
        slow_tempo=False,
        extra_set=False,
        sets=item.sets - 1 if item.extra_set else item.sets,
    )


# The whole routine


def plan(
    histories: Sequence[ExerciseHistory], equipment: Equipment, next_day: NextDay = NextDay()
) -> tuple[Suggestion, ...]:
    """Return a suggestion for each exercise, holding back rises beyond the weekly volume cap."""
    suggestions = [
        suggest(
            h.item,
            h.sets,
            equipment,
            next_day,
            tempo_possible=h.tempo_possible,
            ways=h.ways,
            levels=h.levels,
            earlier=h.earlier,
        )
        for h in histories
    ]
    waited = [sessions_at_load(h.item.load, h.earlier) for h in histories]
    return cap_weekly_volume(suggestions, waited, equipment)


def sessions_at_load(load: Load, earlier: Sequence[Load]) -> int:
    """Return how many sessions in a row, this one included, an exercise has had this load."""
    count = 1
    for before in earlier:
        if not same_load(before, load):
            break
        count += 1
    return count


def cap_weekly_volume(
    suggestions: Sequence[Suggestion],
    waited: Sequence[int] = (),
    equipment: Equipment | None = None,
) -> tuple[Suggestion, ...]:
    """Turn rises into 'the same' until the total fits the cap; the longest waiting rise stays.

    ``waited`` holds, per suggestion, the sessions its exercise has been at its present load
    (see ``sessions_at_load``). Rises are held back from the one that has waited least, and
    among equals from the end of the routine. With ``equipment``, bands count with the forces
    their order allows (see ``volume``).
    """
    result = list(suggestions)
    current = [volume(s.current, equipment) for s in result]
    limit = sum(current) * (1 + WEEKLY_VOLUME_RISE)
    proposed = [volume(s.proposed, equipment) for s in result]
    rising = [i for i, s in enumerate(result) if proposed[i] > current[i]]
    # The last in this order is held back first.
    rising.sort(key=lambda i: (-(waited[i] if i < len(waited) else 1), i))
    while len(rising) > 1 and sum(proposed) > limit:
        held = rising.pop()
        kept = result[held].current
        result[held] = Suggestion(Advice.SAME, Reason.VOLUME_CAP, kept, kept)
        proposed[held] = current[held]
    return tuple(result)


def volume(item: RoutineExercise, equipment: Equipment | None = None) -> float:
    """Return the planned work of one exercise a session: sets x top of range x resistance.

    With the person's ``equipment``, a band they own counts with its force where the order
    agrees with it, else with a force estimated from its place between the known ones; so a
    step up the order always counts as more work.
    """
    return item.sets * item.rep_max * _resistance(item.load, equipment)


def _resistance(load: Load, equipment: Equipment | None = None) -> float:
    if load.kind is EquipmentKind.BAND and load.band is not None and equipment is not None:
        bands = ordered_bands(equipment.bands)
        for band, estimate in zip(bands, estimated_forces(bands), strict=True):
            if same_load(Load(EquipmentKind.BAND, band=load.band), Load(load.kind, band=band)):
                return estimate * (2 if load.band_doubled else 1)
    known = force(load)
    if known is not None:
        return known
    if load.kind is EquipmentKind.BAND and load.band is not None:
        return UNKNOWN_BAND_STEP**load.band.position * (2 if load.band_doubled else 1)
    return 1.0


# Coming back after a break


def break_since(
    last_session: datetime | None, now: datetime, hospital_since: bool = False
) -> Break | None:
    """Return the kind of break since the last session, or None when training went on."""
    if last_session is None:
        return None
    if hospital_since:
        return Break.HOSPITAL
    days = (now.date() - last_session.date()).days
    if days >= VERY_LONG_BREAK_DAYS:
        return Break.VERY_LONG
    if days >= LONG_BREAK_DAYS:
        return Break.LONG
    if days >= SHORT_BREAK_DAYS:
        return Break.SHORT
    return None


def after_break(item: RoutineExercise, equipment: Equipment, kind: Break) -> Suggestion:
    """Return the dose for the first session back after a break."""
    rungs = ladder(item.load.kind, equipment)
    index = nearest_owned(item.load, rungs)
    if index is None:
        return Suggestion(Advice.PAUSE, Reason.NOT_OWNED, item, item)
    here = dataclasses.replace(item, load=rungs[index])
    if kind is Break.SHORT:
        return Suggestion(Advice.SAME, Reason.SHORT_BREAK, item, here)
    if kind is Break.LONG:
        lower = _plain(here, rungs[max(index - 1, 0)])
        advice = Advice.LIGHTER if lower != item else Advice.SAME
        return Suggestion(advice, Reason.LONG_BREAK, item, lower, retest=True)
    reason = Reason.HOSPITAL if kind is Break.HOSPITAL else Reason.VERY_LONG_BREAK
    fresh = _plain(here, rungs[0])
    advice = Advice.RESTART if fresh != item else Advice.SAME
    return Suggestion(advice, reason, item, fresh, retest=True)
