"""The test protocols' validation: broken entries name the file and the field."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from sterkblijven.domain.catalogue import CatalogueError
from sterkblijven.domain.fitness import TESTS
from sterkblijven.domain.protocols import build_protocols, parse_protocol

SOURCE = "assets/protocols/chair_stand_30s.toml"
ENTRY: dict[str, Any] = {
    "id": "chair_stand_30s",
    "nl": {"steps": ["Ga zitten.", "Sta op.", "Ga weer zitten."]},
    "en": {"steps": ["Sit down.", "Stand up.", "Sit down again."]},
}


def entry(**changes: Any) -> dict[str, Any]:
    """Return a copy of the valid entry with some fields changed."""
    data = copy.deepcopy(ENTRY)
    data.update(changes)
    return data


def every_test() -> list[tuple[str, dict[str, Any]]]:
    """Return a valid entry for each of the six tests."""
    return [(f"{test.id}.toml", entry(id=test.id)) for test in TESTS]


def test_valid_entry_becomes_a_protocol() -> None:
    """A complete entry is parsed with its steps in each language, in order."""
    protocol = parse_protocol(SOURCE, entry())
    assert protocol.test_id == "chair_stand_30s"
    assert protocol.steps("nl") == ("Ga zitten.", "Sta op.", "Ga weer zitten.")
    assert protocol.steps("en") == ("Sit down.", "Stand up.", "Sit down again.")
    assert protocol.steps("de") == protocol.steps("nl")  # unknown language falls back to Dutch


def test_steps_are_trimmed() -> None:
    """Spaces around a step, as a multi-line TOML string leaves them, are not shown."""
    protocol = parse_protocol(SOURCE, entry(en={"steps": ["  Sit down. ", "Stand up.", "Sit."]}))
    assert protocol.steps("en")[0] == "Sit down."


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({k: v for k, v in ENTRY.items() if k != "id"}, "id"),
        ({k: v for k, v in ENTRY.items() if k != "en"}, "en"),
        (entry(colour="red"), "colour"),
        (entry(id=""), "id"),
        (entry(id=7), "id"),
        (entry(id="push_ups_1min"), "id"),
        (entry(nl="tekst"), "nl"),
        (entry(nl={}), "nl.steps"),
        (entry(nl={"steps": ["Ga zitten."], "tip": "Rustig."}), "nl.tip"),
        (entry(en={"steps": []}), "en.steps"),
        (entry(en={"steps": "Sit down."}), "en.steps"),
        (entry(en={"steps": ["Sit down.", "  ", "Sit."]}), "en.steps[1]"),
        (entry(en={"steps": ["Sit down.", 2, "Sit."]}), "en.steps[1]"),
        (entry(en={"steps": ["Sit down.", "Stand up."]}), "en.steps"),
    ],
)
def test_broken_entry_names_file_and_field(data: dict[str, Any], field: str) -> None:
    """Each kind of mistake, a missing or empty field above all, is refused with the field named."""
    with pytest.raises(CatalogueError) as caught:
        parse_protocol(SOURCE, data)
    assert caught.value.source == SOURCE
    assert caught.value.field == field
    assert "chair_stand_30s.toml" in str(caught.value)


def test_protocols_come_in_the_order_of_the_tests() -> None:
    """Whatever order the files come in, the protocols follow the order the tests are offered."""
    protocols = build_protocols("assets/protocols", reversed(every_test()))
    assert list(protocols.by_test) == [test.id for test in TESTS]
    assert protocols.steps("arm_curl_30s", "en") == ("Sit down.", "Stand up.", "Sit down again.")


def test_a_test_without_protocol_is_refused() -> None:
    """Every test must have its steps: a missing file names the folder and the test."""
    with pytest.raises(CatalogueError) as caught:
        build_protocols("assets/protocols", every_test()[1:])
    assert caught.value.source == "assets/protocols"
    assert "chair_stand_30s" in caught.value.problem


def test_a_test_described_twice_is_refused() -> None:
    """Two files for one test are refused: it is unclear which steps hold."""
    entries = [*every_test(), ("again.toml", entry())]
    with pytest.raises(CatalogueError, match="more than once") as caught:
        build_protocols("assets/protocols", entries)
    assert caught.value.source == "again.toml"
