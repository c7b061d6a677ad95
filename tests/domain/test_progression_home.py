"""Progression with home equipment and balance: past body weight, into a new load, by level."""

from __future__ import annotations

import dataclasses
import math
from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from sterkblijven.domain.bands import theraband_ladder
from sterkblijven.domain.model import Equipment, EquipmentKind, Load, RoutineExercise
from sterkblijven.domain.progression import (
    Advice,
    ExerciseHistory,
    NextDay,
    Reason,
    heavier,
    ladder_for,
    plan,
    rung_of,
    suggest,
    within,
)
from sterkblijven.domain.session import Effort, SetRecord, StopSignal

NOW = datetime(2026, 11, 18, 10)
BODY = Load(EquipmentKind.BODYWEIGHT)
BODY_AND_DUMBBELL = (EquipmentKind.BODYWEIGHT, EquipmentKind.DUMBBELL)
BAND_AND_BODY = (EquipmentKind.BAND, EquipmentKind.BODYWEIGHT)
DUMBBELLS = Equipment(dumbbells_kg=(1.0, 2.0, 3.0))
BANDS = Equipment(bands=theraband_ladder()[1:4])
SIT_TO_STAND = RoutineExercise("sit_to_stand", BODY)
STAND = RoutineExercise("single_leg_stand", BODY, rep_min=10, rep_max=30)
LEVELS = 6


def kg(weight: float) -> Load:
    """Return a dumbbell load."""
    return Load(EquipmentKind.DUMBBELL, kg=weight)


def done(
    reps: int,
    *,
    load: Load = BODY,
    failure: bool = True,
    effort: Effort | None = Effort.HARD,
    pain: int = 0,
    signals: frozenset[StopSignal] = frozenset(),
) -> SetRecord:
    """Return one set with the given outcome."""
    return SetRecord("exercise", 1, load, reps, failure, effort, pain, None, signals, NOW)


# Body weight is no longer enough


def test_body_weight_at_the_top_moves_to_the_lightest_owned_dumbbell() -> None:
    """25 at failure on body weight: next time with the lightest dumbbell, without detours."""
    suggestion = suggest(SIT_TO_STAND, [done(25)], DUMBBELLS, ways=BODY_AND_DUMBBELL)
    assert (suggestion.advice, suggestion.reason) == (Advice.HEAVIER, Reason.OWN_WEIGHT)
    assert suggestion.proposed == dataclasses.replace(SIT_TO_STAND, load=kg(1.0))


def test_in_between_steps_on_body_weight_end_when_the_dumbbell_comes() -> None:
    """A slower tempo and extra set taken earlier on body weight go with the step to a dumbbell."""
    prepared = dataclasses.replace(SIT_TO_STAND, sets=2, slow_tempo=True, extra_set=True)
    suggestion = suggest(prepared, [done(25), done(25)], DUMBBELLS, ways=BODY_AND_DUMBBELL)
    assert suggestion.proposed == dataclasses.replace(SIT_TO_STAND, load=kg(1.0))


def test_without_dumbbells_the_lightest_band_follows_body_weight() -> None:
    """An exercise with a band way moves to the lightest band; dumbbells it cannot use do not."""
    knee = RoutineExercise("seated_knee_extension", BODY)
    both = Equipment(dumbbells_kg=(1.0,), bands=BANDS.bands)
    for equipment in (BANDS, both):
        suggestion = suggest(knee, [done(25)], equipment, ways=BAND_AND_BODY)
        assert suggestion.advice is Advice.HEAVIER
        assert suggestion.load == Load(EquipmentKind.BAND, band=BANDS.bands[0])


def test_nothing_owned_keeps_the_in_between_steps_and_never_a_load_not_owned() -> None:
    """With no dumbbell or band the old path stays: slower, then an extra set, then the same."""
    first = suggest(SIT_TO_STAND, [done(25)], Equipment(), ways=BODY_AND_DUMBBELL)
    assert (first.advice, first.reason, first.load) == (Advice.SLOWER, Reason.TOP_OF_LADDER, BODY)
    only_bands = suggest(SIT_TO_STAND, [done(25)], BANDS, ways=BODY_AND_DUMBBELL)
    assert only_bands.load == BODY


def test_pain_or_too_few_at_the_lightest_dumbbell_go_back_to_body_weight() -> None:
    """One step down from the lightest dumbbell is body weight, not a pause."""
    light = dataclasses.replace(SIT_TO_STAND, load=kg(1.0))
    painful = suggest(light, [done(20, load=kg(1.0), pain=7)], DUMBBELLS, ways=BODY_AND_DUMBBELL)
    assert (painful.advice, painful.load, painful.see_gp) == (Advice.LIGHTER, BODY, True)
    few = suggest(light, [done(9, load=kg(1.0))], DUMBBELLS, ways=BODY_AND_DUMBBELL)
    assert (few.advice, few.load) == (Advice.LIGHTER, BODY)
    resting = suggest(SIT_TO_STAND, [done(20, pain=7)], DUMBBELLS, ways=BODY_AND_DUMBBELL)
    assert resting.advice is Advice.PAUSE


def test_body_weight_asks_less_than_the_same_exercise_with_a_dumbbell() -> None:
    """A pain limit on a dumbbell never lifts a plan on body weight up to that dumbbell."""
    light = dataclasses.replace(SIT_TO_STAND, load=kg(1.0))
    assert heavier(light, SIT_TO_STAND, DUMBBELLS)
    assert not heavier(SIT_TO_STAND, light, DUMBBELLS)
    assert within(SIT_TO_STAND, light, DUMBBELLS) == SIT_TO_STAND
    assert within(dataclasses.replace(light, load=kg(3.0)), SIT_TO_STAND, DUMBBELLS).load == BODY


@st.composite
def own_weight_situations(
    draw: st.DrawFn,
) -> tuple[RoutineExercise, list[SetRecord], Equipment, tuple[EquipmentKind, ...], NextDay]:
    """Draw an exercise with a body-weight way, what is owned, and a session's sets."""
    equipment = Equipment(
        dumbbells_kg=tuple(draw(st.sets(st.sampled_from((0.5, 1.0, 2.0, 3.0)), max_size=3))),
        bands=tuple(draw(st.sampled_from(((), theraband_ladder()[1:4])))),
    )
    ways = draw(st.sampled_from((BODY_AND_DUMBBELL, BAND_AND_BODY)))
    load = draw(st.sampled_from(ladder_for(EquipmentKind.BODYWEIGHT, equipment, ways)))
    item = RoutineExercise("exercise", load, sets=draw(st.integers(1, 3)))
    sets = [
        done(
            draw(st.integers(0, 30)),
            load=load,
            failure=draw(st.booleans()),
            effort=draw(st.sampled_from([None, *Effort])),
            pain=draw(st.integers(0, 10)),
        )
        for _ in range(draw(st.integers(0, item.sets)))
    ]
    return item, sets, equipment, ways, NextDay(draw(st.booleans()), False)


@given(own_weight_situations())
def test_past_body_weight_always_an_owned_load_one_step_away(
    situation: tuple[
        RoutineExercise, list[SetRecord], Equipment, tuple[EquipmentKind, ...], NextDay
    ],
) -> None:
    """Moving between body weight and a load stays on the owned ladder, one rung at most."""
    item, sets, equipment, ways, next_day = situation
    suggestion = suggest(item, sets, equipment, next_day, ways=ways)
    rungs = ladder_for(item.load.kind, equipment, ways)
    before, after = rung_of(item.load, rungs), rung_of(suggestion.load, rungs)
    assert before is not None and after is not None
    assert abs(after - before) <= 1
    if any(record.must_stop for record in sets) or next_day.joints_worse:
        assert not heavier(suggestion.proposed, item, equipment)


# Growing into a new, heavier load


LADDER = Equipment(dumbbells_kg=(1.0, 1.5, 2.0, 3.0, 4.0))
CURL = RoutineExercise("biceps_curl", kg(1.5))


def test_the_first_sessions_after_a_step_up_count_twelve_as_in_range() -> None:
    """13 at failure on a new 1.5 kg keeps it for three sessions; the fourth steps back down."""
    for earlier in ((kg(1.0),), (kg(1.5), kg(1.0)), (kg(1.5), kg(1.5), kg(1.0), kg(1.0))):
        suggestion = suggest(CURL, [done(13, load=kg(1.5))], LADDER, earlier=earlier)
        assert (suggestion.advice, suggestion.reason) == (Advice.SAME, Reason.NEW_LOAD), earlier
    fourth = (kg(1.5), kg(1.5), kg(1.5), kg(1.0))
    assert suggest(CURL, [done(13, load=kg(1.5))], LADDER, earlier=fourth).advice is Advice.LIGHTER


def test_fewer_than_twelve_or_a_load_never_raised_still_steps_down() -> None:
    """11 at a new load is too heavy; 13 at a load reached by going down or at the start is too."""
    raised = (kg(1.0),)
    assert suggest(CURL, [done(11, load=kg(1.5))], LADDER, earlier=raised).load == kg(1.0)
    for earlier in ((), (kg(1.5),), (kg(2.0),)):
        suggestion = suggest(CURL, [done(13, load=kg(1.5))], LADDER, earlier=earlier)
        assert (suggestion.advice, suggestion.reason) == (Advice.LIGHTER, Reason.BELOW_RANGE)


def test_from_body_weight_to_a_dumbbell_counts_as_a_step_up() -> None:
    """The first sessions with a dumbbell after body weight are a new load as well."""
    light = dataclasses.replace(SIT_TO_STAND, load=kg(1.0))
    suggestion = suggest(
        light, [done(13, load=kg(1.0))], DUMBBELLS, ways=BODY_AND_DUMBBELL, earlier=(BODY,)
    )
    assert suggestion.reason is Reason.NEW_LOAD


def reps_at(load: float, strength: float, steepness: float) -> int:
    """Return the repetitions to failure: 25 where strength equals the load, fewer if heavier.

    Repetitions fall with the load to the power ``steepness`` (1.6 to 1.8), so that a step of
    +50 % (1 to 1.5 kg) costs about half: 25 become 12 or 13, as seen with coarse dumbbells.
    The slower tempo is taken to cost no repetitions: the step up then comes as early as it can,
    the hardest case for growing into it.
    """
    return max(0, math.floor(25 * (strength / load) ** steepness))


@given(
    ladder_kg=st.sampled_from(
        ((1.0, 1.5, 2.0, 3.0, 4.0), (2.0, 3.0, 4.0, 5.0, 6.0), (1.0, 1.5, 2.0, 2.5, 3.0, 4.0))
    ),
    growth=st.floats(0.02, 0.04),
    steepness=st.floats(1.6, 1.8),
)
def test_a_person_who_grows_stronger_never_bounces_back_on_a_coarse_ladder(
    ladder_kg: tuple[float, ...], growth: float, steepness: float
) -> None:
    """Over 60 weekly sessions, 2-4 % stronger each, the load never goes down again.

    The ladders are those of home dumbbells, with steps of +20 to +50 %.
    """
    equipment = Equipment(dumbbells_kg=ladder_kg)
    item = RoutineExercise("biceps_curl", kg(ladder_kg[0]))
    strength = ladder_kg[0] * (20 / 25) ** (1 / steepness)  # 20 at failure on the first day
    history: list[Load] = []
    loads = []
    for _ in range(60):
        reps = reps_at(item.load.kg or 0, strength, steepness)
        sets = tuple(done(reps, load=item.load) for _ in range(item.sets))
        (suggestion,) = plan([ExerciseHistory(item, sets, earlier=tuple(history))], equipment)
        history.insert(0, item.load)
        loads.append(item.load.kg or 0)
        item = suggestion.proposed
        strength *= 1 + growth
    assert loads == sorted(loads), loads
    assert loads[-1] >= ladder_kg[2]


# Balance by clinical steps


def hold(seconds: int, effort: Effort | None = Effort.LIGHT, pain: int = 0) -> SetRecord:
    """Return one hold of a balance exercise."""
    return done(seconds, failure=False, effort=effort, pain=pain)


def test_a_balance_hold_mastered_moves_to_the_next_level_never_a_weight() -> None:
    """30 s held with little effort and no pain: the next step, the same body weight and sets."""
    suggestion = suggest(STAND, [hold(30)], DUMBBELLS, levels=LEVELS, tempo_possible=False)
    assert (suggestion.advice, suggestion.reason) == (Advice.NEXT_LEVEL, Reason.LEVEL_MASTERED)
    assert suggestion.proposed == dataclasses.replace(STAND, balance_level=1)


def test_a_balance_level_waits_until_every_hold_is_full_easy_and_painless() -> None:
    """A short hold, a hard one, or pain above 2 keeps the level."""
    for sets in (
        [hold(30), hold(20)],
        [hold(30, Effort.HARD)],
        [hold(30, pain=3)],
        [hold(30, None)],
    ):
        suggestion = suggest(STAND, sets, DUMBBELLS, levels=LEVELS)
        assert (suggestion.advice, suggestion.proposed) == (Advice.SAME, STAND), sets


def test_the_last_balance_level_stays_and_an_extra_set_is_dropped_on_the_way_up() -> None:
    """At the hardest step it stays there; an old extra set ends with the next step."""
    last = dataclasses.replace(STAND, balance_level=LEVELS - 1)
    top = suggest(last, [hold(30)], DUMBBELLS, levels=LEVELS)
    assert (top.advice, top.reason, top.proposed) == (Advice.SAME, Reason.TOP_LEVEL, last)
    extra = dataclasses.replace(STAND, sets=2, extra_set=True)
    suggestion = suggest(extra, [hold(30), hold(30)], DUMBBELLS, levels=LEVELS)
    assert suggestion.proposed == dataclasses.replace(STAND, balance_level=1)


def test_a_level_too_hard_goes_back_one_step_and_pain_rests_the_exercise() -> None:
    """Letting go before the lowest time at a new step: the step before. Pain 7: a pause."""
    third = dataclasses.replace(STAND, balance_level=2)
    back = suggest(third, [done(4, failure=True, effort=Effort.HARD)], DUMBBELLS, levels=LEVELS)
    assert (back.advice, back.reason) == (Advice.LIGHTER, Reason.LEVEL_TOO_HARD)
    assert back.proposed == dataclasses.replace(STAND, balance_level=1)
    first = suggest(STAND, [done(4, failure=True)], DUMBBELLS, levels=LEVELS)
    assert first.advice is Advice.SAME
    painful = suggest(third, [hold(30, pain=7)], DUMBBELLS, levels=LEVELS)
    assert (painful.advice, painful.proposed.paused, painful.see_gp) == (Advice.PAUSE, True, True)


def test_a_higher_balance_level_asks_more_and_a_pain_limit_holds_it() -> None:
    """Level counts as harder on the same load; a pain limit brings a plan back to its level."""
    higher = dataclasses.replace(STAND, balance_level=3)
    assert heavier(higher, STAND, DUMBBELLS)
    assert within(higher, STAND, DUMBBELLS).balance_level == 0


@given(
    level=st.integers(0, LEVELS - 1),
    seconds=st.lists(st.integers(0, 60), min_size=1, max_size=3),
    effort=st.sampled_from([None, *Effort]),
    pain=st.integers(0, 10),
    band=st.booleans(),
)
def test_balance_never_gets_a_heavier_load_and_moves_one_level_at_most(
    level: int, seconds: list[int], effort: Effort | None, pain: int, band: bool
) -> None:
    """Whatever the holds, a balance exercise keeps or lowers its load and moves one step."""
    load = Load(EquipmentKind.BAND, band=BANDS.bands[0]) if band else BODY
    item = dataclasses.replace(STAND, load=load, balance_level=level, sets=len(seconds))
    sets = [done(s, load=load, failure=s < 10, effort=effort, pain=pain) for s in seconds]
    suggestion = suggest(item, sets, BANDS, levels=LEVELS)
    assert suggestion.load == load or suggestion.advice in (Advice.LIGHTER, Advice.PAUSE)
    assert abs(suggestion.proposed.balance_level - level) <= 1
    assert 0 <= suggestion.proposed.balance_level < LEVELS
