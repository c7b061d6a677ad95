"""Bands of any brand: the person's order counts, forces only where they agree with it."""

from __future__ import annotations

import dataclasses
import itertools
from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from sterkblijven.domain.bands import (
    estimated_forces,
    forces_in_order,
    keeps_theraband_force,
    renumber,
    theraband_ladder,
    without_contradicted_defaults,
)
from sterkblijven.domain.model import (
    Band,
    BandColour,
    Equipment,
    EquipmentKind,
    Load,
    RoutineExercise,
)
from sterkblijven.domain.progression import (
    Advice,
    ExerciseHistory,
    Reason,
    force,
    ladder,
    plan,
    suggest,
    volume,
)
from sterkblijven.domain.session import Effort, SetRecord

NOW = datetime(2026, 11, 18, 10)
THERA = {band.colour: band for band in theraband_ladder()}
# An Action set: green is lighter than red there. Stored with Thera-Band's usual forces, as a
# reordered Thera-Band list used to leave them.
ACTION = renumber([THERA[BandColour.YELLOW], THERA[BandColour.GREEN], THERA[BandColour.RED]])
ACTION_SET = Equipment(bands=(*ACTION, THERA[BandColour.BLUE]))
ACTION_SET = Equipment(bands=renumber(ACTION_SET.bands))
# The same set as the band editor now stores it: green and red of unknown force.
UNKNOWN = Equipment(
    bands=tuple(
        dataclasses.replace(b, force_kgf=None)
        if b.colour in (BandColour.GREEN, BandColour.RED)
        else b
        for b in ACTION_SET.bands
    )
)


def on(colour: BandColour, equipment: Equipment = ACTION_SET) -> Load:
    """Return the load of one band of the equipment."""
    return Load(EquipmentKind.BAND, band=next(b for b in equipment.bands if b.colour is colour))


def top(load: Load) -> SetRecord:
    """Return a set at the top of a 20-25 range, at failure, without pain."""
    return SetRecord("row", 1, load, 25, True, Effort.HARD, 0, None, frozenset(), NOW)


def colours(rungs: list[Load]) -> list[tuple[BandColour, bool]]:
    """Return the colours of a band ladder, with whether each is doubled."""
    return [(rung.band.colour, rung.band_doubled) for rung in rungs if rung.band is not None]


def test_the_ladder_follows_the_order_of_an_action_set() -> None:
    """Green before red on the list: the ladder goes green, then red, with no force for either."""
    rungs = ladder(EquipmentKind.BAND, ACTION_SET)
    singles = [colour for colour, doubled in colours(rungs) if not doubled]
    assert singles == [BandColour.YELLOW, BandColour.GREEN, BandColour.RED, BandColour.BLUE]
    by_colour = {rung.band.colour: rung for rung in rungs if rung.band and not rung.band_doubled}
    assert force(by_colour[BandColour.GREEN]) is None
    assert force(by_colour[BandColour.RED]) is None
    assert force(by_colour[BandColour.YELLOW]) == 1.4


def test_from_green_the_suggestion_goes_to_red_after_the_in_between_steps() -> None:
    """Green to red is a step up of unknown size: slower tempo first, then red; never lighter."""
    green = RoutineExercise("row", on(BandColour.GREEN), sets=2)
    first = suggest(green, [top(green.load)], ACTION_SET)
    assert (first.advice, first.reason) == (Advice.SLOWER, Reason.BIG_STEP)
    ready = dataclasses.replace(green, slow_tempo=True, sets=3, extra_set=True)
    step = suggest(ready, [top(green.load)], ACTION_SET)
    assert step.advice is Advice.HEAVIER
    assert step.load.band is not None and step.load.band.colour is BandColour.RED


def test_doubled_bands_never_break_the_order() -> None:
    """A doubled band only stands between two bands whose known forces agree with the order."""
    bands = renumber(
        [
            dataclasses.replace(THERA[BandColour.TAN], force_kgf=1.0),
            dataclasses.replace(THERA[BandColour.GREEN], force_kgf=2.5),  # typed, contradicts
            dataclasses.replace(THERA[BandColour.RED], force_kgf=1.6),
            dataclasses.replace(THERA[BandColour.BLUE], force_kgf=3.0),
        ]
    )
    rungs = ladder(EquipmentKind.BAND, Equipment(bands=bands))
    known = [force(rung) for rung in rungs if force(rung) is not None]
    assert known == sorted(known)
    assert colours(rungs)[:3] == [
        (BandColour.TAN, False),
        (BandColour.GREEN, False),
        (BandColour.RED, False),
    ]


def test_a_step_up_an_order_of_unknown_forces_counts_as_more_work() -> None:
    """Yellow to green of unknown force rises the weekly volume, so the cap can hold it."""
    yellow = RoutineExercise("row", on(BandColour.YELLOW), sets=2)
    green = dataclasses.replace(yellow, load=on(BandColour.GREEN))
    red = dataclasses.replace(yellow, load=on(BandColour.RED))
    assert volume(yellow, ACTION_SET) < volume(green, ACTION_SET) < volume(red, ACTION_SET)


def test_the_cap_counts_rises_onto_bands_of_unknown_force() -> None:
    """Two rises from yellow onto green of unknown force: one waits for the 10 % cap."""
    yellow = RoutineExercise("row", on(BandColour.YELLOW, UNKNOWN), sets=3, slow_tempo=True)
    histories = [
        ExerciseHistory(dataclasses.replace(yellow, exercise_id=name), (top(yellow.load),))
        for name in ("row", "press")
    ]
    suggestions = plan(histories, UNKNOWN)
    assert [s.advice for s in suggestions] == [Advice.HEAVIER, Advice.SAME]
    assert suggestions[1].reason is Reason.VOLUME_CAP


def test_thera_band_defaults_that_contradict_the_order_are_dropped() -> None:
    """Green moved before red: both lose Thera-Band's forces; yellow keeps its own."""
    bands = without_contradicted_defaults(ACTION)
    forces = {band.colour: band.force_kgf for band in bands}
    assert forces[BandColour.GREEN] is None and forces[BandColour.RED] is None
    assert forces[BandColour.YELLOW] == 1.4 and keeps_theraband_force(bands[0])


def test_a_typed_force_wins_over_thera_bands_guess() -> None:
    """A typed force below yellow's usual one, heavier on the list: yellow's guess goes."""
    typed = Band(BandColour.OTHER, 3, label="Paars", force_kgf=1.2)
    bands = without_contradicted_defaults([*ACTION, typed])
    assert [band.force_kgf for band in bands] == [None, None, None, 1.2]
    assert forces_in_order(bands)[3] == 1.2


def test_two_typed_forces_that_contradict_the_order_are_both_left_out() -> None:
    """Typed forces stay as typed, but the ladder uses neither where they contradict."""
    bands = [
        Band(BandColour.OTHER, 0, label="Licht", force_kgf=3.0),
        Band(BandColour.OTHER, 1, label="Zwaar", force_kgf=2.0),
    ]
    assert without_contradicted_defaults(bands) == tuple(bands)
    assert forces_in_order(bands) == (None, None)


@given(st.lists(st.one_of(st.none(), st.floats(0.2, 20)), min_size=1, max_size=8))
def test_estimated_forces_always_rise_with_the_order(forces: list[float | None]) -> None:
    """Whatever forces were typed, each band counts heavier than the one before it."""
    bands = [Band(BandColour.OTHER, i, label=str(i), force_kgf=f) for i, f in enumerate(forces)]
    estimates = estimated_forces(bands)
    assert all(low < high for low, high in itertools.pairwise(estimates))
    agreed = [f for f in forces_in_order(bands) if f is not None]
    assert agreed == sorted(agreed)
