"""Carer set-up: equipment and routine editing that never rewrites history."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import pytest

from sterkblijven.domain.bands import theraband_ladder
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.model import Band, BandColour, EquipmentKind, Load, Routine, Sex
from sterkblijven.services.errors import InputRefused
from sterkblijven.services.onboarding import FirstRunAnswers, Onboarding
from sterkblijven.services.setup import Setup
from sterkblijven.services.training import SetInput, Training
from sterkblijven.storage import Database


def make_trainee(
    database: Database, catalogue: Catalogue, clock: datetime, name: str, kgs: tuple[float, ...]
) -> int:
    """Return a new trainee with the given dumbbells and yellow, red and green bands."""
    answers = FirstRunAnswers(
        name, "1946", Sex.MALE, frozenset(), False, kgs, theraband_ladder()[1:4], "nl"
    )
    trainee = Onboarding(database, catalogue, lambda: clock).complete(answers).trainee
    assert trainee.id is not None
    return trainee.id


@pytest.fixture
def setup(database: Database, catalogue: Catalogue, clock: datetime) -> Setup:
    """Return the set-up use cases."""
    return Setup(database, catalogue, lambda: clock)


def test_two_trainees_keep_their_own_equipment_and_routines(
    setup: Setup, database: Database, catalogue: Catalogue, clock: datetime
) -> None:
    """Changing one person's dumbbells and routine leaves the other's untouched."""
    jan = make_trainee(database, catalogue, clock, "Jan", (1.0, 2.0))
    riet = make_trainee(database, catalogue, clock, "Riet", (0.5, 1.0))
    before = setup.routine(riet)
    setup.save_equipment(jan, (1.0, 2.0, 3.0), setup.equipment(jan).bands)
    routine = setup.routine(jan)
    assert routine is not None
    setup.save_routine(jan, dataclasses.replace(routine, exercises=routine.exercises[:3]))
    assert setup.equipment(jan).dumbbells_kg == (1.0, 2.0, 3.0)
    assert setup.equipment(riet).dumbbells_kg == (0.5, 1.0)
    assert setup.routine(riet) == before
    jan_routine = setup.routine(jan)
    assert jan_routine is not None and len(jan_routine.exercises) == 3


def test_a_routine_edit_is_a_new_version_and_past_sessions_keep_theirs(
    setup: Setup, database: Database, catalogue: Catalogue, clock: datetime
) -> None:
    """Reordering saves a new version; a finished session keeps its exercises and loads."""
    jan = make_trainee(database, catalogue, clock, "Jan", (1.0, 2.0))
    training = Training(database, catalogue, lambda: clock)
    state = training.finish_warmup(training.start(jan).id)
    training.record_set(state.id, 0, SetInput(reps=20, reached_failure=True))
    training.end_early(state.id)
    routine = setup.routine(jan)
    assert routine is not None
    reordered = tuple(reversed(routine.exercises))
    saved = setup.save_routine(jan, Routine(reordered, (0, 3), "Rustig aan"))
    assert saved.id != routine.id and saved.weekdays == (0, 3) and saved.note == "Rustig aan"
    past = training.state(state.id)
    assert [p.item for p in past.exercises] == list(routine.exercises)


def test_a_pasted_plan_note_keeps_its_lines_and_loses_control_characters(
    setup: Setup, database: Database, catalogue: Catalogue, clock: datetime
) -> None:
    """Word's line break, Windows line ends, escape and backspace pasted into a note are tidied."""
    jan = make_trainee(database, catalogue, clock, "Jan", (1.0, 2.0))
    routine = setup.routine(jan)
    assert routine is not None
    pasted = "  Knie\x0bsparen\r\n\x1b[1mRustig\x1b[0m aan\x08\x08!\n"
    saved = setup.save_routine(jan, dataclasses.replace(routine, note=pasted))
    assert saved.note == "Knie\nsparen\n[1mRustig[0m aan!"
    assert setup.routine(jan) == saved


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (lambda r: dataclasses.replace(r, weekdays=(0, 1, 2, 3)), "weekdays_count"),
        (lambda r: dataclasses.replace(r, weekdays=()), "weekdays_count"),
        (lambda r: dataclasses.replace(r, note="x" * 301), "note_too_long"),
        (lambda r: dataclasses.replace(r, exercises=()), "routine_size"),
        (
            lambda r: dataclasses.replace(r, exercises=(r.exercises[0], r.exercises[0])),
            "exercise_twice",
        ),
        (
            lambda r: dataclasses.replace(
                r, exercises=(dataclasses.replace(r.exercises[0], sets=4),)
            ),
            "sets_out_of_range",
        ),
        (
            lambda r: dataclasses.replace(
                r, exercises=(dataclasses.replace(r.exercises[0], rep_min=26, rep_max=25),)
            ),
            "target_out_of_range_reps",
        ),
        (
            lambda r: dataclasses.replace(
                r, exercises=(dataclasses.replace(r.exercises[0], rest_seconds=10),)
            ),
            "rest_out_of_range",
        ),
        (
            lambda r: dataclasses.replace(
                r, exercises=(dataclasses.replace(r.exercises[0], exercise_id="juggling"),)
            ),
            "exercise_unknown",
        ),
    ],
)
def test_a_routine_outside_the_rules_is_refused_and_nothing_changes(
    setup: Setup,
    database: Database,
    catalogue: Catalogue,
    clock: datetime,
    change: object,
    code: str,
) -> None:
    """Too many days, a long note, no exercises, doubles or doses out of range are refused."""
    jan = make_trainee(database, catalogue, clock, "Jan", (1.0, 2.0))
    routine = setup.routine(jan)
    assert routine is not None and callable(change)
    with pytest.raises(InputRefused) as refused:
        setup.save_routine(jan, change(routine))
    assert refused.value.code == code
    assert setup.routine(jan) == routine


def test_training_days_in_a_row_need_the_carer_to_allow_them(
    setup: Setup, database: Database, catalogue: Catalogue, clock: datetime
) -> None:
    """Monday, Tuesday and Wednesday are refused unless allowed; with a rest day they are fine."""
    jan = make_trainee(database, catalogue, clock, "Jan", (1.0, 2.0))
    routine = setup.routine(jan)
    assert routine is not None
    in_a_row = dataclasses.replace(routine, weekdays=(0, 1, 2))
    with pytest.raises(InputRefused) as refused:
        setup.save_routine(jan, in_a_row)
    assert refused.value.code == "weekdays_back_to_back"
    assert setup.routine(jan) == routine
    assert setup.save_routine(jan, in_a_row, allow_consecutive=True).weekdays == (0, 1, 2)
    spread = setup.save_routine(jan, dataclasses.replace(routine, weekdays=(0, 2, 4)))
    assert spread.weekdays == (0, 2, 4)


def test_a_load_not_owned_is_refused_in_a_routine(
    setup: Setup, database: Database, catalogue: Catalogue, clock: datetime
) -> None:
    """A dumbbell of 5 kg cannot be planned when only 1 and 2 kg are owned."""
    jan = make_trainee(database, catalogue, clock, "Jan", (1.0, 2.0))
    routine = setup.routine(jan)
    assert routine is not None
    index = next(
        i for i, e in enumerate(routine.exercises) if e.load.kind is EquipmentKind.DUMBBELL
    )
    heavy = dataclasses.replace(routine.exercises[index], load=Load(EquipmentKind.DUMBBELL, kg=5.0))
    with pytest.raises(InputRefused) as refused:
        setup.save_routine(jan, dataclasses.replace(routine, exercises=(heavy,)))
    assert refused.value.code == "load_not_owned"


def test_removing_a_weight_moves_the_routine_to_the_nearest_lighter_one(
    setup: Setup, database: Database, catalogue: Catalogue, clock: datetime
) -> None:
    """Selling the 2 kg dumbbells moves exercises planned with them to 1 kg."""
    jan = make_trainee(database, catalogue, clock, "Jan", (1.0, 2.0))
    routine = setup.routine(jan)
    assert routine is not None
    index = next(
        i for i, e in enumerate(routine.exercises) if e.load.kind is EquipmentKind.DUMBBELL
    )
    at_two = dataclasses.replace(
        routine.exercises[index], load=Load(EquipmentKind.DUMBBELL, kg=2.0)
    )
    exercises = list(routine.exercises)
    exercises[index] = at_two
    setup.save_routine(jan, dataclasses.replace(routine, exercises=tuple(exercises)))
    setup.save_equipment(jan, (1.0, 3.0), setup.equipment(jan).bands)
    after = setup.routine(jan)
    assert after is not None and after.exercises[index].load.kg == 1.0


def test_the_last_band_cannot_go_while_the_routine_uses_bands(
    setup: Setup, database: Database, catalogue: Catalogue, clock: datetime
) -> None:
    """Removing every band is refused in plain terms when band exercises are planned."""
    jan = make_trainee(database, catalogue, clock, "Jan", ())
    routine = setup.routine(jan)
    assert routine is not None
    assert any(e.load.kind is EquipmentKind.BAND for e in routine.exercises)
    with pytest.raises(InputRefused) as refused:
        setup.save_equipment(jan, (), ())
    assert refused.value.code == "equipment_in_use_band"
    assert len(setup.equipment(jan).bands) == 3


def test_a_band_ladder_of_another_brand_keeps_its_order_and_moves_with_the_routine(
    setup: Setup, database: Database, catalogue: Catalogue, clock: datetime
) -> None:
    """Own bands get the order given; a band moved on the ladder stays the routine's band."""
    jan = make_trainee(database, catalogue, clock, "Jan", ())
    yellow, red, green = setup.equipment(jan).bands
    routine = setup.routine(jan)
    assert routine is not None
    own = Band(BandColour.OTHER, 0, label="  Paars   licht ", force_kgf=2.0, can_double=False)
    saved = setup.save_equipment(jan, (), (own, green, yellow, red))
    assert [b.label or b.colour.value for b in saved.bands] == [
        "Paars licht",
        "green",
        "yellow",
        "red",
    ]
    assert [b.position for b in saved.bands] == [0, 1, 2, 3]
    after = setup.routine(jan)
    assert after is not None
    assert [e.load.band.id if e.load.band else None for e in after.exercises] == [
        e.load.band.id if e.load.band else None for e in routine.exercises
    ]
    with pytest.raises(InputRefused) as refused:
        setup.save_equipment(jan, (), (own, own))
    assert refused.value.code == "band_twice"


def test_exercises_can_be_filtered_by_task_region_equipment_and_seated(
    catalogue: Catalogue,
) -> None:
    """Each filter narrows the list; seated-only keeps the exercises done sitting down."""
    from sterkblijven.domain.model import BodyRegion, Task

    every = catalogue.matching()
    assert every == catalogue.exercises
    stairs = catalogue.matching(task=Task.STAIRS)
    assert stairs and all(e.task is Task.STAIRS for e in stairs)
    arms = catalogue.matching(region=BodyRegion.ARMS, kinds=frozenset({EquipmentKind.BAND}))
    assert arms and all(
        BodyRegion.ARMS in e.regions and EquipmentKind.BAND in e.equipment for e in arms
    )
    seated = catalogue.matching(seated_only=True)
    assert 0 < len(seated) < len(every)


def test_who_decides_and_hospital_stays_are_kept_per_trainee(
    setup: Setup, database: Database, catalogue: Catalogue, clock: datetime
) -> None:
    """Allowing one trainee to decide leaves the other to the carer."""
    jan = make_trainee(database, catalogue, clock, "Jan", (1.0,))
    riet = make_trainee(database, catalogue, clock, "Riet", (1.0,))
    setup.allow_own_decisions(jan, True)
    assert setup.decides_own_loads(jan) and not setup.decides_own_loads(riet)
    setup.report_hospital_stay(riet)  # stored without touching the routine
    assert setup.routine(riet) is not None
