"""Movement precautions as data, the movements exercises involve, and dates as people type them."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

import pytest

from sterkblijven.domain.catalogue import Catalogue, CatalogueError, parse_exercise
from sterkblijven.domain.hospital import StayReason, parse_day
from sterkblijven.domain.model import Equipment, EquipmentKind, Routine
from sterkblijven.domain.movements import Movement
from sterkblijven.domain.planning import starting_dose
from sterkblijven.domain.precautions import adapt_routine, build_precautions, parse_precaution
from sterkblijven.domain.validation import InputRefused
from sterkblijven.services.catalogue import load_precautions
from tests.domain.test_catalogue import entry

PRECAUTION: dict[str, Any] = {
    "code": "hip_back",
    "rules_out": ["deep_hip_bend"],
    "proposed_after": ["hip_back"],
    "usual_weeks": [6, 12],
    "source": "Smith et al. 2016",
    "nl": {"name": "Nieuwe heup", "explanation": "Niet diep buigen."},
    "en": {"name": "New hip", "explanation": "No deep bending."},
}


def precaution(**changes: Any) -> dict[str, Any]:
    """Return a copy of the valid precaution with some fields changed."""
    data = copy.deepcopy(PRECAUTION)
    data.update(changes)
    return data


def test_the_shipped_precautions_name_their_source_and_what_they_rule_out() -> None:
    """Hip (back, front), knee and osteoporosis ship, each sourced, in Dutch and English."""
    shipped = load_precautions()
    assert [item.code for item in shipped.items] == [
        "hip_back",
        "hip_front",
        "knee_replacement",
        "osteoporosis",
    ]
    for item in shipped.items:
        assert item.source and item.text("nl").name and item.text("en").explanation
    hip = shipped.get("hip_back")
    assert hip is not None and hip.usual_weeks == (6, 12)
    assert hip.rules_out == {
        Movement.DEEP_HIP_BEND,
        Movement.LEG_CROSSING,
        Movement.KNEE_INWARD_TURN,
    }
    bones = shipped.get("osteoporosis")
    assert bones is not None and bones.usual_weeks is None and not bones.proposed_after
    assert "Giangregorio" in bones.source and "25:821" in bones.source
    assert shipped.ruled_out(["hip_front", "gone_from_a_later_version"]) == {Movement.LEG_FAR_BACK}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"code": "Hip Back"}, "code"),
        ({"rules_out": []}, "rules_out"),
        ({"rules_out": ["somersault"]}, "rules_out"),
        ({"proposed_after": ["holiday"]}, "proposed_after"),
        ({"usual_weeks": [12, 6]}, "usual_weeks"),
        ({"source": " "}, "source"),
        ({"nl": {"name": "Nieuwe heup"}}, "nl.explanation"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_a_broken_precaution_names_its_field(changes: dict[str, Any], field: str) -> None:
    """A precaution that cannot be used is refused, naming the file and the field at fault."""
    with pytest.raises(CatalogueError) as error:
        parse_precaution("p.toml", precaution(**changes))
    assert (error.value.source, error.value.field) == ("p.toml", field)


def test_a_code_shipped_twice_is_refused() -> None:
    """Two precautions with one code cannot both be meant."""
    with pytest.raises(CatalogueError, match="more than once"):
        build_precautions([("a.toml", precaution()), ("b.toml", precaution())])


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"movements": "deep_hip_bend"}, "movements"),
        ({"movements": ["cartwheel"]}, "movements"),
        ({"movements_with": {"band": ["spine_twist"]}}, "movements_with"),
        ({"movements_with": {"bodyweight": ["deep_hip_bend"]}}, "movements_with.bodyweight"),
    ],
)
def test_movements_that_cannot_be_used_are_refused(changes: dict[str, Any], field: str) -> None:
    """Movements must be known, listed once, and per equipment only for equipment it uses."""
    with pytest.raises(CatalogueError) as error:
        parse_exercise("x.toml", entry(**changes))
    assert error.value.field == field


def test_movements_with_one_way_of_doing_it_add_to_the_others() -> None:
    """A movement listed for the dumbbell only is involved with the dumbbell, not otherwise."""
    exercise = parse_exercise(
        "x.toml",
        entry(
            equipment=["bodyweight", "dumbbell"],
            movements=[],
            movements_with={"dumbbell": ["loaded_forward_bend"]},
            nl=dict(entry()["nl"], variants={"bodyweight": "a", "dumbbell": "b"}),
            en=dict(entry()["en"], variants={"bodyweight": "a", "dumbbell": "b"}),
        ),
    )
    assert exercise.movements_for(EquipmentKind.BODYWEIGHT) == frozenset()
    assert exercise.movements_for(EquipmentKind.DUMBBELL) == {Movement.LOADED_FORWARD_BEND}


def test_an_exercise_without_an_allowed_stand_in_is_left_out(catalogue: Catalogue) -> None:
    """With the knee extension planned already, nothing else for the chair can stand in."""
    equipment = Equipment()  # body weight only
    doses = [
        starting_dose(exercise, equipment)
        for exercise in (catalogue.get("seated_knee_extension"), catalogue.get("chair_squat"))
        if exercise is not None
    ]
    routine = Routine(tuple(dose for dose in doses if dose is not None), (0,))
    assert len(routine.exercises) == 2
    adapted, changes = adapt_routine(
        routine, catalogue, equipment, frozenset({Movement.DEEP_HIP_BEND})
    )
    assert [item.exercise_id for item in adapted.exercises] == ["seated_knee_extension"]
    assert [(change.old.exercise_id, change.new) for change in changes] == [("chair_squat", None)]
    assert adapt_routine(routine, catalogue, equipment, frozenset()) == (routine, ())


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("3-11-2026", date(2026, 11, 3)),
        ("03/11/2026", date(2026, 11, 3)),
        (" 3.11.2026 ", date(2026, 11, 3)),
        ("3 11 2026", date(2026, 11, 3)),
        ("2026-11-03", date(2026, 11, 3)),
        ("3-11", date(2026, 11, 3)),
    ],
)
def test_dates_are_read_as_people_type_them(typed: str, day: date) -> None:
    """Day first with -, /, . or a space, the ISO form, or day and month for this year."""
    assert parse_day(typed, date(2026, 11, 18)) == day


@pytest.mark.parametrize(
    "typed", ["", "gisteren", "31-2-2026", "3-13-2026", "3-11-1026", "3-11-26"]
)
def test_a_date_that_cannot_be_read_is_refused(typed: str) -> None:
    """Words, days that do not exist and typing slips are refused with one plain code."""
    with pytest.raises(InputRefused) as refused:
        parse_day(typed, date(2026, 11, 18))
    assert refused.value.code == "date_format"


def test_only_operations_on_a_hip_or_knee_propose_movement_advice() -> None:
    """The shipped precautions are proposed after hip and knee operations, never after a fall."""
    shipped = load_precautions()
    proposing = {reason for item in shipped.items for reason in item.proposed_after}
    assert proposing == {StayReason.HIP_BACK, StayReason.HIP_FRONT, StayReason.HIP, StayReason.KNEE}
