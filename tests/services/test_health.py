"""Hospital stays, clearance before training again, and movement precautions on a real database."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta

import pytest

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.hospital import ClearedBy, StayReason
from sterkblijven.domain.model import EquipmentKind, Load, Routine
from sterkblijven.domain.progression import Advice, Reason
from sterkblijven.domain.validation import InputRefused
from sterkblijven.services.home import Home
from sterkblijven.services.setup import Setup
from sterkblijven.services.suggestions import LoadSuggestions, break_before
from sterkblijven.services.training import SetInput, Training
from sterkblijven.storage import Database
from tests.clocks import ManualClock

TODAY = date(2026, 11, 18)


def plan(setup: Setup, trainee: int) -> list[tuple[str, EquipmentKind]]:
    """Return the plan's exercises with the equipment each is done with."""
    routine = setup.routine(trainee)
    assert routine is not None
    return [(item.exercise_id, item.load.kind) for item in routine.exercises]


def one_session(training: Training, trainee: int) -> None:
    """Do a session: one set of 20 of the first exercise, then end it."""
    state = training.finish_warmup(training.start(trainee).id)
    training.record_set(state.id, 0, SetInput(reps=20, reached_failure=True, pain=0))
    training.end_early(state.id)


def test_a_stay_is_kept_with_its_dates_and_reason_and_restarts_the_loads(
    setup: Setup, trainee: int, database: Database, moment: ManualClock[datetime]
) -> None:
    """A stay keeps admitted, discharged and reason, and still marks the restart after it."""
    recorded = setup.health.report_stay(
        trainee, date(2026, 11, 2), date(2026, 11, 9), StayReason.ILLNESS
    )
    (stay,) = setup.health.overview(trainee).stays
    assert stay == recorded.stay
    assert (stay.admitted, stay.discharged, stay.reason) == (
        date(2026, 11, 2),
        date(2026, 11, 9),
        StayReason.ILLNESS,
    )
    assert stay.recorded_at == moment.now and stay.waiting_for_clearance
    with database.transaction() as tx:
        assert break_before(tx, trainee, moment.now + timedelta(days=1)) is None  # no session yet
    assert recorded.proposed == ()


@pytest.mark.parametrize(
    ("admitted", "discharged", "code"),
    [
        (TODAY + timedelta(days=1), None, "admitted_in_future"),
        (TODAY, TODAY + timedelta(days=1), "discharged_in_future"),
        (TODAY - timedelta(days=3), TODAY - timedelta(days=5), "discharged_before_admitted"),
    ],
)
def test_impossible_dates_are_refused_and_nothing_is_stored(
    setup: Setup, trainee: int, admitted: date, discharged: date | None, code: str
) -> None:
    """A day in the future, or home before going in, is refused; no stay, no waiting."""
    with pytest.raises(InputRefused) as refused:
        setup.health.report_stay(trainee, admitted, discharged, StayReason.FALL)
    assert refused.value.code == code
    assert setup.health.overview(trainee).stays == ()


def test_training_waits_for_clearance_after_a_stay_then_starts_again_from_a_test(
    setup: Setup,
    trainee: int,
    training: Training,
    database: Database,
    moment: ManualClock[datetime],
) -> None:
    """After a stay the session is refused until clearance; then it restarts at the lightest."""
    one_session(training, trainee)
    moment.now += timedelta(days=7)
    setup.report_hospital_stay(trainee)
    moment.now += timedelta(days=2)
    with pytest.raises(InputRefused) as refused:
        training.start(trainee)
    assert refused.value.code == "clearance_pending"
    home = Home(database, moment)
    assert home.overview(trainee).awaiting_clearance
    assert not home.overview(trainee).training_allowed
    home.record_clearance(trainee, ClearedBy.GP)
    with pytest.raises(InputRefused) as refused:  # the health check is asked again too
        training.start(trainee)
    assert refused.value.code == "readiness_due"
    home.record_readiness(trainee, frozenset(), confirmed=False)
    assert home.overview(trainee).training_allowed
    state = training.start(trainee)
    assert state.exercises[0].item.load.kind is EquipmentKind.BODYWEIGHT
    pending = LoadSuggestions(database, moment).pending(trainee)
    assert pending
    # Each exercise starts again from its lightest load (body weight stays body weight).
    assert {(p.suggestion.reason, p.suggestion.retest) for p in pending} == {
        (Reason.HOSPITAL, True)
    }
    assert {p.suggestion.advice for p in pending} <= {Advice.RESTART, Advice.SAME}


def test_no_reminder_to_train_while_clearance_waits(
    setup: Setup, trainee: int, database: Database, moment: ManualClock[datetime]
) -> None:
    """A training day after a stay waiting for clearance reminds nobody to train."""
    routine = setup.routine(trainee)
    assert routine is not None
    setup.save_routine(trainee, dataclasses.replace(routine, weekdays=(moment.now.weekday(),)))
    moment.now = moment.now.replace(hour=11)
    home = Home(database, moment)
    assert [person.id for person in home.reminders().due_today] == [trainee]
    setup.health.report_stay(trainee, TODAY - timedelta(days=5), None, StayReason.ILLNESS)
    assert home.reminders().due_today == ()


@pytest.mark.parametrize(
    ("on", "by", "code"),
    [
        (TODAY + timedelta(days=1), ClearedBy.GP, "cleared_in_future"),
        (TODAY - timedelta(days=20), ClearedBy.PHYSIOTHERAPIST, "cleared_before_admitted"),
        (TODAY, ClearedBy.NOT_RECORDED, "cleared_by_missing"),
    ],
)
def test_a_clearance_that_cannot_be_right_is_refused(
    setup: Setup, trainee: int, on: date, by: ClearedBy, code: str
) -> None:
    """Clearance in the future or before the stay began is refused; training still waits."""
    setup.health.report_stay(trainee, TODAY - timedelta(days=10), None, StayReason.FALL)
    with pytest.raises(InputRefused) as refused:
        setup.health.record_clearance(trainee, by, on)
    assert refused.value.code == code
    assert setup.health.overview(trainee).waiting is not None


def test_clearance_records_who_and_when_and_covers_every_stay_waiting(
    setup: Setup, trainee: int
) -> None:
    """Two stays waiting are both cleared by one clearance, with who said it and on which day."""
    setup.health.report_stay(
        trainee, TODAY - timedelta(days=30), TODAY - timedelta(days=25), StayReason.FALL
    )
    later = setup.health.report_stay(trainee, TODAY - timedelta(days=10), None, StayReason.KNEE)
    assert later.stay.id is not None
    setup.health.record_discharge(trainee, later.stay.id, TODAY - timedelta(days=3))
    cleared = setup.health.record_clearance(trainee, ClearedBy.SPECIALIST, TODAY - timedelta(1))
    assert len(cleared) == 2
    overview = setup.health.overview(trainee)
    assert overview.waiting is None
    assert {(s.cleared_on, s.cleared_by) for s in overview.stays} == {
        (TODAY - timedelta(days=1), ClearedBy.SPECIALIST)
    }
    assert overview.stays[0].discharged == TODAY - timedelta(days=3)
    with pytest.raises(InputRefused) as refused:
        setup.health.record_clearance(trainee, ClearedBy.GP, TODAY)
    assert refused.value.code == "nothing_to_clear"


@pytest.mark.parametrize(
    ("reason", "codes"),
    [
        (StayReason.HIP_BACK, ["hip_back"]),
        (StayReason.HIP_FRONT, ["hip_front"]),
        (StayReason.HIP, ["hip_back", "hip_front"]),
        (StayReason.KNEE, ["knee_replacement"]),
        (StayReason.SHOULDER, []),
        (StayReason.ILLNESS, []),
    ],
)
def test_an_operation_proposes_the_matching_precaution(
    setup: Setup, trainee: int, reason: StayReason, codes: list[str]
) -> None:
    """A hip or knee operation proposes its movement advice; nothing is set until confirmed."""
    recorded = setup.health.report_stay(trainee, TODAY - timedelta(days=4), None, reason)
    assert [item.code for item in recorded.proposed] == codes
    assert setup.health.overview(trainee).precautions == ()


def test_a_new_hip_from_the_back_takes_deep_bending_out_of_the_plan(
    setup: Setup, trainee: int
) -> None:
    """Chair squat and sit to stand go (one replaced for the same task); the step-up stays."""
    assert plan(setup, trainee)[:3] == [
        ("sit_to_stand", EquipmentKind.BODYWEIGHT),
        ("chair_squat", EquipmentKind.BODYWEIGHT),
        ("step_up", EquipmentKind.BODYWEIGHT),
    ]
    changes = setup.health.start_precaution(trainee, "hip_back")
    assert [(c.old.exercise_id, c.new and c.new.exercise_id) for c in changes] == [
        ("sit_to_stand", "seated_knee_extension"),
        ("chair_squat", None),
    ]
    exercises = [exercise for exercise, _kind in plan(setup, trainee)]
    assert exercises[:2] == ["seated_knee_extension", "step_up"]
    assert "chair_squat" not in exercises and "sit_to_stand" not in exercises
    (stand_in,) = [c.new for c in changes if c.new is not None]
    assert stand_in.load == Load(EquipmentKind.BAND, band=stand_in.load.band)
    assert stand_in.load.band is not None and stand_in.load.band.position == 0  # the lightest
    (active,) = setup.health.overview(trainee).precautions
    assert active.code == "hip_back" and active.definition is not None


def test_the_plan_cannot_take_back_what_a_precaution_rules_out(
    setup: Setup, trainee: int, catalogue: Catalogue
) -> None:
    """Saving a plan with a chair squat under a new-hip precaution is refused; the plan stays."""
    setup.health.start_precaution(trainee, "hip_back")
    routine = setup.routine(trainee)
    assert routine is not None
    squat = catalogue.get("chair_squat")
    assert squat is not None
    from sterkblijven.domain.planning import starting_dose

    dose = starting_dose(squat, setup.equipment(trainee))
    assert dose is not None
    with pytest.raises(InputRefused) as refused:
        setup.save_routine(trainee, Routine((*routine.exercises, dose), routine.weekdays))
    assert refused.value.code == "precaution_rules_out"
    assert setup.routine(trainee) == routine


def test_osteoporosis_keeps_the_row_with_a_band_instead_of_bent_over_a_dumbbell(
    setup: Setup, trainee: int
) -> None:
    """Set without a stay, osteoporosis moves a dumbbell row to the band and offers no dumbbell."""
    routine = setup.routine(trainee)
    assert routine is not None
    row = next(i for i, item in enumerate(routine.exercises) if item.exercise_id == "seated_row")
    items = list(routine.exercises)
    items[row] = dataclasses.replace(items[row], load=Load(EquipmentKind.DUMBBELL, kg=2.0))
    setup.save_routine(trainee, dataclasses.replace(routine, exercises=tuple(items)))
    assert {load.kind for load in setup.load_choices(trainee, "seated_row")} == {
        EquipmentKind.BAND,
        EquipmentKind.DUMBBELL,
    }
    (change,) = setup.health.start_precaution(trainee, "osteoporosis")
    assert change.new is not None
    assert (change.new.exercise_id, change.new.load.kind) == ("seated_row", EquipmentKind.BAND)
    assert ("seated_row", EquipmentKind.BAND) in plan(setup, trainee)
    assert {load.kind for load in setup.load_choices(trainee, "seated_row")} == {EquipmentKind.BAND}


def test_lifting_a_precaution_offers_the_old_exercises_back_at_the_lightest_load(
    setup: Setup, trainee: int, moment: ManualClock[datetime]
) -> None:
    """Lifted, the new-hip advice offers chair squat and sit to stand; put back, in their place."""
    before = plan(setup, trainee)
    moment.now += timedelta(days=3)
    setup.health.start_precaution(trainee, "hip_back")
    moment.now += timedelta(weeks=8)
    offered = setup.health.lift_precaution(trainee, "hip_back")
    assert sorted(item.exercise_id for item in offered) == ["chair_squat", "sit_to_stand"]
    assert setup.health.overview(trainee).precautions == ()
    assert "chair_squat" not in [exercise for exercise, _ in plan(setup, trainee)]  # not yet
    returned = setup.health.put_back(trainee, "hip_back")
    assert len(returned) == 2
    assert sorted(plan(setup, trainee)) == sorted(before)
    assert plan(setup, trainee)[0] == ("sit_to_stand", EquipmentKind.BODYWEIGHT)
    assert setup.health.put_back(trainee, "hip_back") == ()  # once back, nothing more


def test_a_precaution_is_set_once_and_lifted_only_while_active(setup: Setup, trainee: int) -> None:
    """Setting one twice, lifting one not set, or an unknown code are refused in plain codes."""
    setup.health.start_precaution(trainee, "knee_replacement")
    with pytest.raises(InputRefused) as twice:
        setup.health.start_precaution(trainee, "knee_replacement")
    with pytest.raises(InputRefused) as not_set:
        setup.health.lift_precaution(trainee, "osteoporosis")
    with pytest.raises(InputRefused) as unknown:
        setup.health.start_precaution(trainee, "no_such_advice")
    assert (twice.value.code, not_set.value.code, unknown.value.code) == (
        "precaution_active",
        "precaution_not_active",
        "precaution_unknown",
    )
    assert [item.code for item in setup.health.available(trainee)] == [
        "hip_back",
        "hip_front",
        "osteoporosis",
    ]
