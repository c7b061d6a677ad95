"""Balance levels in the catalogue: an ordered list of clinical steps, each in Dutch and English."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from sterkblijven.domain.catalogue import CatalogueError, parse_exercise
from sterkblijven.domain.model import Task

TEXT = {
    "name": "Op één been",
    "summary": "Traint je evenwicht.",
    "setup": "Zet een stoel klaar.",
    "steps": ["Sta op.", "Til een voet op.", "Zet hem neer."],
    "breathing": "Adem rustig door.",
    "mistakes": ["Naar je voeten kijken."],
    "joint_tip": "Rustig aan.",
    "variants": {"bodyweight": "Volg de stap die het scherm noemt."},
}
LEVELS = [
    {"nl": "Twee handen op de stoel.", "en": "Two hands on the chair."},
    {"nl": "Eén hand op de stoel.", "en": "One hand on the chair."},
    {"nl": "Je vingertoppen op de stoel.", "en": "Your fingertips on the chair."},
]
ENTRY: dict[str, Any] = {
    "id": "single_leg_stand",
    "task": "balance",
    "regions": ["balance"],
    "equipment": ["bodyweight"],
    "seated": False,
    "measure": "seconds",
    "priority": 100,
    "joints": ["knee", "hip"],
    "movements": [],
    "start_picture": "a.svg",
    "end_picture": "b.svg",
    "nl": TEXT,
    "en": TEXT,
    "balance_levels": LEVELS,
}


def entry(**changes: Any) -> dict[str, Any]:
    """Return a copy of the valid balance entry with some fields changed."""
    data = copy.deepcopy(ENTRY)
    data.update(changes)
    return data


def test_balance_levels_are_read_in_order_in_both_languages() -> None:
    """The levels keep their order; each gives its text in the language asked, Dutch first."""
    exercise = parse_exercise("x.toml", entry())
    assert exercise.task is Task.BALANCE
    assert len(exercise.balance_levels) == 3
    assert exercise.level_text(0, "nl") == "Twee handen op de stoel."
    assert exercise.level_text(2, "en") == "Your fingertips on the chair."
    assert exercise.level_text(1, "de") == "Eén hand op de stoel."


def test_a_level_beyond_the_list_reads_as_the_hardest_and_none_without_levels() -> None:
    """A stored level the catalogue no longer has shows its last step; no levels show nothing."""
    exercise = parse_exercise("x.toml", entry())
    assert exercise.level_text(7, "nl") == "Je vingertoppen op de stoel."
    assert exercise.level_text(-1, "nl") == "Twee handen op de stoel."
    plain = parse_exercise("x.toml", {k: v for k, v in ENTRY.items() if k != "balance_levels"})
    assert plain.balance_levels == ()
    assert plain.level_text(0, "nl") is None


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"balance_levels": []}, "balance_levels"),
        ({"balance_levels": LEVELS[:1]}, "balance_levels"),
        ({"balance_levels": "two hands"}, "balance_levels"),
        ({"balance_levels": [LEVELS[0], "one hand"]}, "balance_levels[1]"),
        ({"balance_levels": [LEVELS[0], {"nl": "Eén hand."}]}, "balance_levels[1].en"),
        ({"balance_levels": [LEVELS[0], {"nl": " ", "en": "One."}]}, "balance_levels[1].nl"),
        (
            {"balance_levels": [LEVELS[0], {"nl": "Eén.", "en": "One.", "de": "Eine."}]},
            "balance_levels[1].de",
        ),
        ({"task": "chair_rise"}, "balance_levels"),
    ],
)
def test_broken_balance_levels_name_the_field(changes: dict[str, Any], field: str) -> None:
    """Too few levels, a level without both languages, or levels on a non-balance exercise."""
    with pytest.raises(CatalogueError) as caught:
        parse_exercise("x.toml", entry(**changes))
    assert caught.value.field == field
