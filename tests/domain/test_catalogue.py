"""The catalogue's validation: broken entries name the file and the field."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from sterkblijven.domain.catalogue import (
    Catalogue,
    CatalogueError,
    build_catalogue,
    parse_exercise,
)
from sterkblijven.domain.model import BodyRegion, EquipmentKind, Task
from sterkblijven.domain.session import PainPlace

TEXT = {
    "name": "Opstaan",
    "summary": "Traint de benen.",
    "setup": "Zet een stoel klaar.",
    "steps": ["Sta op.", "Ga zitten.", "Herhaal."],
    "breathing": "Adem uit bij het opstaan.",
    "mistakes": ["Te snel."],
    "joint_tip": "Rustig aan.",
    "variants": {"bodyweight": "Armen gekruist."},
}
ENTRY: dict[str, Any] = {
    "id": "sit_to_stand",
    "task": "chair_rise",
    "regions": ["legs", "hips"],
    "joints": ["knee", "hip"],
    "movements": ["deep_hip_bend"],
    "equipment": ["bodyweight"],
    "seated": False,
    "measure": "reps",
    "priority": 10,
    "start_picture": "sit_to_stand_start.svg",
    "end_picture": "sit_to_stand_end.svg",
    "nl": TEXT,
    "en": TEXT,
}


def entry(**changes: Any) -> dict[str, Any]:
    """Return a copy of the valid entry with some fields changed."""
    data = copy.deepcopy(ENTRY)
    data.update(changes)
    return data


def test_valid_entry_becomes_an_exercise() -> None:
    """A complete entry is parsed with its enums, texts and pictures."""
    exercise = parse_exercise("x.toml", entry())
    assert exercise.task is Task.CHAIR_RISE
    assert exercise.regions == {BodyRegion.LEGS, BodyRegion.HIPS}
    assert exercise.primary_region is BodyRegion.LEGS
    assert exercise.equipment == (EquipmentKind.BODYWEIGHT,)
    assert exercise.text("nl").steps == ("Sta op.", "Ga zitten.", "Herhaal.")
    assert exercise.text("de").name == "Opstaan"  # unknown language falls back to Dutch
    assert not exercise.has_supported_variant


def test_seated_filter_leaves_out_ways_not_done_seated() -> None:
    """A seated exercise whose band way is done standing is offered seated with weight only."""
    both = {"bodyweight": "Zittend.", "band": "Staand met elastiek."}
    seated = parse_exercise(
        "x.toml",
        entry(
            seated=True,
            equipment=["band", "bodyweight"],
            not_seated_with=["band"],
            nl={**TEXT, "variants": both},
            en={**TEXT, "variants": both},
        ),
    )
    assert seated.seated_kinds == {EquipmentKind.BODYWEIGHT}
    catalogue = Catalogue((seated,))
    band, weight = (frozenset({kind}) for kind in (EquipmentKind.BAND, EquipmentKind.BODYWEIGHT))
    assert catalogue.matching(kinds=band, seated_only=True) == ()
    assert catalogue.matching(kinds=weight, seated_only=True) == (seated,)
    assert catalogue.matching(kinds=band) == (seated,)
    assert parse_exercise("x.toml", entry()).seated_kinds == frozenset()


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({k: v for k, v in ENTRY.items() if k != "task"}, "task"),
        (entry(colour="red"), "colour"),
        (entry(task="swimming"), "task"),
        (entry(regions=[]), "regions"),
        (entry(equipment=["kettlebell"]), "equipment"),
        (entry(equipment=["bodyweight", "bodyweight"]), "equipment"),
        (entry(seated="no"), "seated"),
        (entry(seated=True, not_seated_with=["dumbbell"]), "not_seated_with"),
        (entry(not_seated_with=["bodyweight"]), "not_seated_with"),
        (entry(seated=True, not_seated_with=[]), "not_seated_with"),
        (entry(priority="high"), "priority"),
        (entry(start_picture="../x.svg"), "start_picture"),
        (entry(end_picture="x.png"), "end_picture"),
        (entry(en={**TEXT, "steps": ["One.", "Two."]}), "en.steps"),
        (entry(en={**TEXT, "mistakes": []}), "en.mistakes"),
        (entry(nl={**TEXT, "name": "x" * 41}), "nl.name"),
        (entry(nl={**TEXT, "setup": "  "}), "nl.setup"),
        (entry(nl={**TEXT, "variants": {"dumbbell": "Halter."}}), "nl.variants"),
        (entry(nl={k: v for k, v in TEXT.items() if k != "breathing"}), "nl.breathing"),
        (entry(nl="tekst"), "nl"),
    ],
)
def test_broken_entry_names_file_and_field(data: dict[str, Any], field: str) -> None:
    """Each kind of mistake is refused with the file and the exact field named."""
    with pytest.raises(CatalogueError) as caught:
        parse_exercise("assets/catalogue/sit_to_stand.toml", data)
    assert caught.value.source == "assets/catalogue/sit_to_stand.toml"
    assert caught.value.field == field
    assert "sit_to_stand.toml" in str(caught.value)


def test_catalogue_orders_by_priority_and_refuses_duplicates() -> None:
    """Exercises come in priority order, and an id may appear only once."""
    first = entry(id="b_first", priority=1)
    second = entry(id="a_second", priority=2)
    catalogue = build_catalogue([("b.toml", first), ("a.toml", second)])
    assert [e.id for e in catalogue.exercises] == ["b_first", "a_second"]
    assert catalogue.get("a_second") is catalogue.exercises[1]
    assert catalogue.get("missing") is None
    with pytest.raises(CatalogueError, match="more than once"):
        build_catalogue([("a.toml", first), ("b.toml", first)])


def test_joints_name_the_places_an_exercise_loads() -> None:
    """The joints an exercise loads are read from its entry and found by place."""
    knee = parse_exercise("x.toml", entry())
    arms = parse_exercise("y.toml", entry(id="curl", joints=["hand_or_wrist"]))
    assert knee.joints == {PainPlace.KNEE, PainPlace.HIP}
    assert Catalogue((knee, arms)).loading(PainPlace.KNEE) == (knee,)
    assert parse_exercise("z.toml", entry(joints=[])).joints == frozenset()


@pytest.mark.parametrize(
    ("joints", "problem"),
    [("knee", "must be a list"), (["elbow"], "is not one of"), (["knee", "knee"], "twice")],
)
def test_joints_that_cannot_be_used_are_refused(joints: object, problem: str) -> None:
    """A joints field that is not a list of known places, once each, names the field."""
    with pytest.raises(CatalogueError, match=f"joints: .*{problem}"):
        parse_exercise("x.toml", entry(joints=joints))


def test_every_leg_and_arm_exercise_names_a_joint(catalogue: Catalogue) -> None:
    """Every shipped exercise names its joints; only calf raise and tandem stance name none."""
    unloaded = {e.id for e in catalogue.exercises if not e.joints}
    assert unloaded == {"calf_raise", "heel_to_toe_stand"}
    assert {e.id for e in catalogue.loading(PainPlace.KNEE)} >= {
        "sit_to_stand",
        "chair_squat",
        "step_up",
        "seated_knee_extension",
    }
