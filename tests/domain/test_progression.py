"""The progression engine: double progression, in-between steps, pain rules, breaks, volume."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from sterkblijven.domain.bands import COMMON_DUMBBELLS_KG, renumber, theraband_ladder
from sterkblijven.domain.model import BandColour, Equipment, EquipmentKind, Load, RoutineExercise
from sterkblijven.domain.progression import (
    Advice,
    Break,
    ExerciseHistory,
    NextDay,
    Reason,
    after_break,
    break_since,
    heavier,
    is_pain_rule,
    ladder,
    neighbour,
    plan,
    rung_of,
    suggest,
    volume,
    within,
)
from sterkblijven.domain.session import Effort, SetRecord, StopSignal

NOW = datetime(2026, 11, 18, 10)
EQUIPMENT = Equipment(dumbbells_kg=(1.0, 2.0, 3.0), bands=theraband_ladder()[1:4])
CURL = RoutineExercise("biceps_curl", Load(EquipmentKind.DUMBBELL, kg=2.0))


def record(
    reps: int,
    *,
    failure: bool = True,
    effort: Effort | None = Effort.HARD,
    pain: int = 0,
    signals: frozenset[StopSignal] = frozenset(),
    load: Load = CURL.load,
) -> SetRecord:
    """Return a set with the given outcome."""
    return SetRecord("biceps_curl", 1, load, reps, failure, effort, pain, None, signals, NOW)


def band(colour: BandColour) -> Load:
    """Return a single Thera-Band of the given colour from the full ladder."""
    chosen = next(b for b in theraband_ladder() if b.colour is colour)
    return Load(EquipmentKind.BAND, band=chosen)


# Double progression and in-between steps


def test_a_small_step_up_follows_the_top_of_the_range_at_once() -> None:
    """From 2 kg to 2.2 kg (+10 %) the load goes up as soon as 25 is reached at failure."""
    owned = Equipment(dumbbells_kg=(2.0, 2.2))
    suggestion = suggest(CURL, [record(25)], owned)
    assert (suggestion.advice, suggestion.reason, suggestion.load.kg) == (
        Advice.HEAVIER,
        Reason.TOP_OF_RANGE,
        2.2,
    )


def test_a_big_step_is_prepared_by_a_slower_tempo_then_an_extra_set() -> None:
    """From 2 kg to 3 kg (+50 %): slower first, then an extra set, then the step without both."""
    first = suggest(CURL, [record(25)], EQUIPMENT)
    assert (first.advice, first.reason, first.load.kg) == (Advice.SLOWER, Reason.BIG_STEP, 2.0)
    assert first.proposed.slow_tempo and first.proposed.sets == 1
    second = suggest(first.proposed, [record(25)], EQUIPMENT)
    assert (second.advice, second.proposed.sets, second.proposed.extra_set) == (
        Advice.EXTRA_SET,
        2,
        True,
    )
    third = suggest(second.proposed, [record(25), record(25)], EQUIPMENT)
    assert third.advice is Advice.HEAVIER
    assert third.proposed == dataclasses.replace(CURL, load=Load(EquipmentKind.DUMBBELL, kg=3.0))


def test_holds_skip_the_slower_tempo_and_three_sets_skip_the_extra_set() -> None:
    """Without a tempo the extra set comes first; at three sets the step follows the tempo."""
    hold = suggest(CURL, [record(25)], EQUIPMENT, tempo_possible=False)
    assert hold.advice is Advice.EXTRA_SET
    three = dataclasses.replace(CURL, sets=3, slow_tempo=True)
    assert suggest(three, [record(25)], EQUIPMENT).advice is Advice.HEAVIER


def test_top_of_range_counts_only_at_the_target_effort() -> None:
    """25 stopped early at an easy effort keeps the load; stopped early but hard moves on."""
    easy = record(25, failure=False, effort=Effort.LIGHT)
    hard = record(25, failure=False, effort=Effort.HARD)
    assert suggest(CURL, [easy], EQUIPMENT).advice is Advice.SAME
    assert suggest(CURL, [hard], EQUIPMENT).advice is Advice.SLOWER


def test_top_of_range_with_some_pain_stays() -> None:
    """Reaching the top with pain 4 or 5 keeps the load."""
    suggestion = suggest(CURL, [record(26, pain=4)], EQUIPMENT)
    assert (suggestion.advice, suggestion.reason) == (Advice.SAME, Reason.IN_RANGE)


def test_well_below_range_steps_down() -> None:
    """Fewer than 15 at failure suggests the lighter dumbbell; 15 to 24 keeps the load."""
    lighter = suggest(CURL, [record(14)], EQUIPMENT)
    assert (lighter.advice, lighter.load.kg, lighter.reason) == (
        Advice.LIGHTER,
        1.0,
        Reason.BELOW_RANGE,
    )
    assert suggest(CURL, [record(15)], EQUIPMENT).advice is Advice.SAME
    assert suggest(CURL, [record(14, failure=False)], EQUIPMENT).advice is Advice.SAME


def test_below_range_after_an_in_between_step_drops_that_step_first() -> None:
    """Too few reps with the slower tempo and extra set go back to the plain dose, same load."""
    prepared = dataclasses.replace(CURL, sets=2, slow_tempo=True, extra_set=True)
    suggestion = suggest(prepared, [record(12)], EQUIPMENT)
    assert suggestion.advice is Advice.LIGHTER
    assert suggestion.proposed == CURL


def test_the_top_of_the_ladder_offers_in_between_steps_then_holds() -> None:
    """At the heaviest dumbbell: slower, then an extra set, then the same with its reason."""
    top = RoutineExercise("biceps_curl", Load(EquipmentKind.DUMBBELL, kg=3.0))
    first = suggest(top, [record(25)], EQUIPMENT)
    assert (first.advice, first.reason) == (Advice.SLOWER, Reason.TOP_OF_LADDER)
    second = suggest(first.proposed, [record(25)], EQUIPMENT)
    assert second.advice is Advice.EXTRA_SET
    third = suggest(second.proposed, [record(25), record(25)], EQUIPMENT)
    assert (third.advice, third.reason) == (Advice.SAME, Reason.TOP_OF_LADDER)


def test_no_sets_keeps_the_dose() -> None:
    """A skipped exercise keeps its load for next time."""
    suggestion = suggest(CURL, [], EQUIPMENT)
    assert (suggestion.reason, suggestion.changes_anything) == (Reason.NO_SETS, False)


# The ladder


def test_thera_band_ladder_gets_doubled_bands_between_big_steps() -> None:
    """Doubled yellow, green and blue sit between blue-black, black-silver and silver-gold."""
    names = [
        f"{rung.band.colour}{'x2' if rung.band_doubled else ''}"
        for rung in ladder(EquipmentKind.BAND, Equipment(bands=theraband_ladder()))
        if rung.band is not None
    ]
    assert names == [
        "tan",
        "yellow",
        "red",
        "green",
        "blue",
        "yellowx2",
        "black",
        "greenx2",
        "silver",
        "bluex2",
        "gold",
    ]


def test_bands_of_unknown_force_follow_the_persons_own_order_without_doubling() -> None:
    """A brand without forces keeps the person's order; no doubled rungs are guessed."""
    own = renumber(
        [
            dataclasses.replace(b, colour=BandColour.OTHER, label=name, force_kgf=None)
            for b, name in zip(theraband_ladder()[:3], ("licht", "middel", "zwaar"), strict=True)
        ]
    )
    rungs = ladder(EquipmentKind.BAND, Equipment(bands=own))
    assert [r.band.label for r in rungs if r.band is not None] == ["licht", "middel", "zwaar"]
    item = RoutineExercise("row", rungs[0])
    assert suggest(item, [record(25, load=rungs[0])], Equipment(bands=own)).advice is Advice.SLOWER


def test_a_weight_no_longer_owned_moves_to_the_nearest_lighter_one() -> None:
    """From 3 kg with 1, 2 and 4 kg owned: neighbours are 2 and 4 kg; the dose goes to 2 kg."""
    owned = Equipment(dumbbells_kg=(1.0, 2.0, 4.0))
    three = Load(EquipmentKind.DUMBBELL, kg=3.0)
    lighter, heavier = neighbour(three, owned, -1), neighbour(three, owned, +1)
    assert lighter is not None and lighter.kg == 2.0
    assert heavier is not None and heavier.kg == 4.0
    suggestion = suggest(RoutineExercise("curl", three), [record(20, load=three)], owned)
    assert (suggestion.advice, suggestion.reason, suggestion.load.kg) == (
        Advice.LIGHTER,
        Reason.NOT_OWNED,
        2.0,
    )


# Pain rules win


def test_pain_rules_win_over_rep_rules_and_advise_the_gp_for_stop_signals() -> None:
    """Each pain rule lowers one step; a first worse next day alone does not advise the GP."""
    cases = [
        ([record(25, pain=6)], NextDay(), Reason.PAIN, True),
        (
            [record(25, signals=frozenset({StopSignal.SHARP_PAIN}))],
            NextDay(),
            Reason.STOP_SIGNAL,
            True,
        ),
        ([record(25)], NextDay(joints_worse=True), Reason.NEXT_DAY, False),
        ([record(25)], NextDay(joints_worse=True, night_pain=True), Reason.NIGHT_PAIN, True),
        ([record(25)], NextDay(long_stiffness=True), Reason.MORNING_STIFFNESS, True),
    ]
    for sets, next_day, reason, see_gp in cases:
        suggestion = suggest(CURL, sets, EQUIPMENT, next_day)
        assert (suggestion.advice, suggestion.reason, suggestion.load.kg) == (
            Advice.LIGHTER,
            reason,
            1.0,
        )
        assert suggestion.see_gp is see_gp
        assert is_pain_rule(suggestion)


def test_worse_again_at_the_same_place_rests_the_exercise_and_advises_the_gp() -> None:
    """A repeat of a worse next day pauses the exercise, even where a lighter step exists."""
    suggestion = suggest(CURL, [record(22)], EQUIPMENT, NextDay(joints_worse=True, repeat=True))
    assert (suggestion.advice, suggestion.reason, suggestion.see_gp) == (
        Advice.PAUSE,
        Reason.NEXT_DAY,
        True,
    )
    assert suggestion.proposed.paused


def test_pain_at_the_lightest_load_pauses_and_drops_in_between_steps() -> None:
    """With no lighter load left the exercise pauses, without the slower tempo or extra set."""
    light = Load(EquipmentKind.DUMBBELL, kg=1.0)
    item = RoutineExercise("biceps_curl", light, sets=2, slow_tempo=True, extra_set=True)
    suggestion = suggest(item, [record(20, pain=7, load=light)], EQUIPMENT)
    assert (suggestion.advice, suggestion.proposed.sets, suggestion.proposed.slow_tempo) == (
        Advice.PAUSE,
        1,
        False,
    )
    assert suggestion.proposed.paused
    assert suggest(suggestion.proposed, [], EQUIPMENT).proposed.paused  # it stays at rest


# The weekly volume


def test_rises_beyond_ten_percent_a_week_wait_from_the_end_of_the_routine() -> None:
    """Three steps of +50 % in an eight-exercise routine: two wait, later exercises first."""
    ready = dataclasses.replace(CURL, sets=3, slow_tempo=True)
    rising = [
        ExerciseHistory(dataclasses.replace(ready, exercise_id=n), (record(25),)) for n in "abc"
    ]
    steady = [
        ExerciseHistory(dataclasses.replace(ready, exercise_id=n), (record(20),)) for n in "defgh"
    ]
    suggestions = plan([*rising, *steady], EQUIPMENT)
    assert [s.advice for s in suggestions[:3]] == [Advice.HEAVIER, Advice.SAME, Advice.SAME]
    assert [s.reason for s in suggestions[1:3]] == [Reason.VOLUME_CAP, Reason.VOLUME_CAP]
    before = sum(volume(s.current) for s in suggestions)
    assert sum(volume(s.proposed) for s in suggestions) <= before * 1.10


def test_a_single_step_is_allowed_even_in_a_one_exercise_routine() -> None:
    """One exercise alone may take its step, or it could never progress."""
    owned = Equipment(dumbbells_kg=(2.0, 2.2))
    (only,) = plan([ExerciseHistory(CURL, (record(25),))], owned)
    assert only.advice is Advice.HEAVIER


# Breaks


def test_breaks_are_measured_in_days_since_the_last_session() -> None:
    """13 days is no break; 14, 42 and 112 days start the short, long and very long rules."""
    assert break_since(None, NOW) is None
    assert break_since(NOW - timedelta(days=13), NOW) is None
    assert break_since(NOW - timedelta(days=14), NOW) is Break.SHORT
    assert break_since(NOW - timedelta(days=42), NOW) is Break.LONG
    assert break_since(NOW - timedelta(days=112), NOW) is Break.VERY_LONG
    assert break_since(NOW - timedelta(days=3), NOW, hospital_since=True) is Break.HOSPITAL


def test_coming_back_keeps_steps_down_or_starts_again() -> None:
    """Short: same load; long: one step down and a test; very long or hospital: the lightest."""
    prepared = dataclasses.replace(
        CURL, load=Load(EquipmentKind.DUMBBELL, kg=3.0), sets=2, extra_set=True
    )
    short = after_break(prepared, EQUIPMENT, Break.SHORT)
    assert (short.advice, short.proposed, short.retest) == (Advice.SAME, prepared, False)
    long = after_break(prepared, EQUIPMENT, Break.LONG)
    assert (long.advice, long.load.kg, long.proposed.sets, long.retest) == (
        Advice.LIGHTER,
        2.0,
        1,
        True,
    )
    for kind, reason in (
        (Break.VERY_LONG, Reason.VERY_LONG_BREAK),
        (Break.HOSPITAL, Reason.HOSPITAL),
    ):
        again = after_break(prepared, EQUIPMENT, kind)
        assert (again.advice, again.reason, again.load.kg, again.retest) == (
            Advice.RESTART,
            reason,
            1.0,
            True,
        )


# Properties over many histories


@st.composite
def situations(draw: st.DrawFn) -> tuple[RoutineExercise, list[SetRecord], Equipment, NextDay]:
    """Draw owned equipment, a routine item on it, a session's sets and a next-day answer."""
    kgs = draw(st.lists(st.sampled_from(COMMON_DUMBBELLS_KG), min_size=1, max_size=6, unique=True))
    colours = draw(
        st.lists(st.sampled_from(theraband_ladder()), min_size=1, max_size=8, unique=True)
    )
    bands = renumber(
        [
            dataclasses.replace(b, can_double=draw(st.booleans()), id=index + 1)
            for index, b in enumerate(sorted(colours, key=lambda b: b.position))
        ]
    )
    equipment = Equipment(dumbbells_kg=tuple(sorted(kgs)), bands=bands)
    kind = draw(st.sampled_from((EquipmentKind.DUMBBELL, EquipmentKind.BAND)))
    load = draw(st.sampled_from(ladder(kind, equipment)))
    sets = draw(st.integers(1, 3))
    item = RoutineExercise(
        "exercise",
        load,
        sets=sets,
        rep_min=draw(st.integers(8, 20)),
        rep_max=draw(st.integers(20, 30)),
        slow_tempo=draw(st.booleans()),
        extra_set=sets > 1 and draw(st.booleans()),
    )
    records = [
        SetRecord(
            "exercise",
            number + 1,
            load,
            draw(st.integers(0, 40)),
            draw(st.booleans()),
            draw(st.sampled_from([None, *Effort])),
            draw(st.integers(0, 10)),
            None,
            frozenset(draw(st.sets(st.sampled_from(StopSignal), max_size=1))),
            NOW,
        )
        for number in range(draw(st.integers(0, sets)))
    ]
    next_day = NextDay(draw(st.booleans()), *(draw(st.booleans()) for _ in range(3)))
    return item, records, equipment, next_day


def _harder(before: RoutineExercise, after: RoutineExercise, equipment: Equipment) -> bool:
    rungs = ladder(before.load.kind, equipment)
    up = (rung_of(after.load, rungs) or 0) > (rung_of(before.load, rungs) or 0)
    return up or after.sets > before.sets or (after.slow_tempo and not before.slow_tempo)


@given(situations())
def test_never_harder_after_pain_above_five_a_stop_signal_or_a_worse_next_day(
    situation: tuple[RoutineExercise, list[SetRecord], Equipment, NextDay],
) -> None:
    """Pain above 5, a stop signal or a worse next day never lead to a heavier or longer dose."""
    item, records, equipment, next_day = situation
    suggestion = suggest(item, records, equipment, next_day)
    painful = (
        any(r.must_stop for r in records)
        or next_day.joints_worse
        or next_day.long_stiffness
        or next_day.night_pain
    )
    if painful:
        assert not _harder(item, suggestion.proposed, equipment)
        assert suggestion.advice in (Advice.LIGHTER, Advice.PAUSE)
        # Only a first worse next day, normal in the first weeks, goes without the GP advice.
        assert suggestion.see_gp or (suggestion.reason is Reason.NEXT_DAY and not next_day.repeat)


@given(situations())
def test_never_more_than_one_step_and_never_a_load_not_owned(
    situation: tuple[RoutineExercise, list[SetRecord], Equipment, NextDay],
) -> None:
    """The proposal is an owned rung at most one step from the current one."""
    item, records, equipment, next_day = situation
    suggestion = suggest(item, records, equipment, next_day)
    rungs = ladder(item.load.kind, equipment)
    before, after = rung_of(item.load, rungs), rung_of(suggestion.load, rungs)
    assert before is not None and after is not None
    assert abs(after - before) <= 1


@given(situations(), st.sampled_from(Break))
def test_coming_back_is_never_harder(
    situation: tuple[RoutineExercise, list[SetRecord], Equipment, NextDay], kind: Break
) -> None:
    """The first session after any break is never heavier than before it, and owned."""
    item, _records, equipment, _next_day = situation
    suggestion = after_break(item, equipment, kind)
    assert not _harder(item, suggestion.proposed, equipment)
    assert rung_of(suggestion.load, ladder(item.load.kind, equipment)) is not None


@given(st.lists(situations(), min_size=1, max_size=8))
def test_the_same_history_gives_the_same_plan_within_the_volume_cap(
    many: list[tuple[RoutineExercise, list[SetRecord], Equipment, NextDay]],
) -> None:
    """Planning twice gives equal results; volume rises 10 % at most or by one single step."""
    equipment = many[0][2]
    histories = [ExerciseHistory(item, tuple(records)) for item, records, _, _ in many]
    first = plan(histories, equipment)
    assert first == plan(histories, equipment)
    before = sum(volume(s.current) for s in first)
    after = sum(volume(s.proposed) for s in first)
    rising = [s for s in first if volume(s.proposed) > volume(s.current)]
    assert after <= before * 1.10 + 1e-9 or len(rising) == 1


def test_a_pain_limit_lowers_a_heavier_plan_and_keeps_a_lighter_one() -> None:
    """A plan above a pain rule's limit takes the limit; one at or below it stays as it is."""
    limit = dataclasses.replace(CURL, load=Load(EquipmentKind.DUMBBELL, kg=1.0), sets=2)
    step_up = dataclasses.replace(CURL, load=Load(EquipmentKind.DUMBBELL, kg=3.0), sets=3)
    held = within(step_up, limit, EQUIPMENT)
    assert (held.load.kg, held.sets, held.paused) == (1.0, 2, False)
    resting = dataclasses.replace(CURL, paused=True)
    assert within(resting, limit, EQUIPMENT) == resting
    one_set = dataclasses.replace(limit, sets=1)
    assert within(one_set, limit, EQUIPMENT) == one_set
    assert heavier(dataclasses.replace(limit, slow_tempo=True), limit, EQUIPMENT)
    assert heavier(limit, dataclasses.replace(limit, paused=True), EQUIPMENT)
