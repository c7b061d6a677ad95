"""Functional test results exported as a FHIR R4 Bundle that a practice's system can read."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from sterkblijven.domain.model import Sex
from sterkblijven.services.exchange import Cancelled, Exchange
from sterkblijven.services.fitness import FitnessTests
from sterkblijven.services.onboarding import FirstRunAnswers, Onboarding
from sterkblijven.services.trainees import Trainees
from sterkblijven.storage import Database
from sterkblijven.storage.database import PRIVATE_FILE_MODE
from tests.clocks import ManualClock

fhir_resources = pytest.importorskip("fhir.resources")
from fhir.resources.bundle import Bundle  # noqa: E402
from fhir.resources.observation import Observation  # noqa: E402
from fhir.resources.patient import Patient  # noqa: E402

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
SUMMER = datetime(2026, 7, 6, 10, 0)  # summer time: UTC+2
WINTER = datetime(2026, 11, 16, 9, 30)  # winter time: UTC+1
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
Json = dict[str, Any]
# R4's dateTime with a time of day, which must then carry its offset (the models do not check).
DATE_TIME = re.compile(
    r"[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]"
    r"(Z|[+-]((0[0-9]|1[0-3]):[0-5][0-9]|14:00))"
)


@pytest.fixture
def people(database: Database, catalogue: Any, moment: ManualClock[datetime]) -> dict[str, int]:
    """Return Riet (born March 1948, with tests) and Kees (born 1950, no tests yet)."""
    made = {}
    for name, year, sex in (("Riet", "1948", Sex.FEMALE), ("Kees", "1950", Sex.MALE)):
        answers = FirstRunAnswers(name, year, sex, frozenset(), False, (2.0, 2.25), (), "nl")
        trainee = Onboarding(database, catalogue, moment).complete(answers).trainee
        assert trainee.id is not None
        made[name] = trainee.id
    Trainees(database, Path("unused"), moment).edit(made["Riet"], "Riet", 3)
    fitness = FitnessTests(database, moment)
    riet = made["Riet"]
    # A battery day in summer: chair stand, arm curl with 2.25 kg, step test; and a TUG.
    for minutes, (test_id, value, kg) in enumerate(
        (
            ("chair_stand_30s", 12, None),
            ("arm_curl_30s", 15, 2.25),
            ("step_test_2min", 80, None),
            ("timed_up_and_go", 9.4, None),
        )
    ):
        moment.now = SUMMER + timedelta(minutes=minutes)
        fitness.record(riet, test_id, value, "", dumbbell_kg=kg)
    # A winter day: a chair stand that needed the arms, alone (no battery), with a note.
    moment.now = WINTER
    fitness.record(riet, "chair_stand_30s", 0, 'Knie; "stijf"', used_arms=True)
    moment.now = WINTER + timedelta(days=2)
    return made


@pytest.fixture
def exchange(database: Database, tmp_path: Path, moment: ManualClock[datetime]) -> Exchange:
    """Return the exchange, with moments taken in Amsterdam."""
    return Exchange(database, tmp_path / "backups", moment, AMSTERDAM)


def _export(exchange: Exchange, path: Path, trainee_id: int | None = None) -> Json:
    exchange.write_fhir(path, trainee_id)
    document: Json = json.loads(path.read_text(encoding="utf-8"))
    return document


def _no_empty_values(value: object) -> bool:
    """Return True when no list, object or text anywhere in a JSON value is empty (FHIR JSON)."""
    if isinstance(value, dict):
        return bool(value) and all(_no_empty_values(item) for item in value.values())
    if isinstance(value, list):
        return bool(value) and all(_no_empty_values(item) for item in value)
    if isinstance(value, str):
        return bool(value.strip())
    return value is not None


def _resources(document: Json, kind: str) -> list[Json]:
    return [e["resource"] for e in document["entry"] if e["resource"]["resourceType"] == kind]


def _results(document: Json) -> list[Json]:
    return [r for r in _resources(document, "Observation") if "hasMember" not in r]


def _codes(resource: Json) -> list[tuple[str, str]]:
    return [(c["system"], c["code"]) for c in resource["code"]["coding"]]


def test_every_resource_validates_as_fhir_r4(
    exchange: Exchange, people: dict[str, int], tmp_path: Path
) -> None:
    """The Bundle and each Patient and Observation in it pass the R4 (4.0.1) models."""
    assert fhir_resources.__fhir_version__ == "4.0.1"
    path = tmp_path / "fhir.json"
    document = _export(exchange, path)
    Bundle.parse_obj(document)
    models = {"Patient": Patient, "Observation": Observation}
    for item in document["entry"]:
        resource = item["resource"]
        models[resource["resourceType"]].parse_obj(resource)
        assert item["fullUrl"] == f"urn:uuid:{resource['id']}"
        if resource["resourceType"] == "Observation":
            # What the models leave to a validator with terminology: bindings and invariants.
            assert resource["status"] == "final"
            assert DATE_TIME.fullmatch(resource["effectiveDateTime"])
    urls = [item["fullUrl"] for item in document["entry"]]
    assert len(urls) == len(set(urls))  # bdl-7
    assert _no_empty_values(document)
    assert DATE_TIME.fullmatch(document["timestamp"])
    assert document["type"] == "collection"
    assert path.stat().st_mode & 0o777 == PRIVATE_FILE_MODE
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_each_test_has_its_loinc_or_local_code_and_its_ucum_unit(
    exchange: Exchange, people: dict[str, int], tmp_path: Path
) -> None:
    """Chair stand 66247-8 per 30 s, TUG 89423-8 in s, the others a local code, kg for weight."""
    results = _results(_export(exchange, tmp_path / "fhir.json"))
    by_value = {r["valueQuantity"]["value"]: r for r in results}
    stand, curl, step, tug = by_value[12], by_value[15], by_value[80], by_value[9.4]
    assert _codes(stand) == [(LOINC, "66247-8")]
    assert stand["valueQuantity"]["system"] == UCUM
    assert stand["valueQuantity"]["code"] == "{#}/(30.s)"
    assert _codes(tug) == [(LOINC, "89423-8")]
    assert (tug["valueQuantity"]["system"], tug["valueQuantity"]["code"]) == (UCUM, "s")
    assert _codes(curl) == [("urn:sterkblijven:test", "arm_curl_30s")]
    assert curl["code"]["coding"][0]["display"]
    assert _codes(step) == [("urn:sterkblijven:test", "step_test_2min")]
    assert step["valueQuantity"]["code"] == "{#}/(2.min)"
    weight = curl["component"][0]
    assert weight["valueQuantity"] == {"value": 2.25, "unit": "kg", "system": UCUM, "code": "kg"}
    for result in results:
        assert result["status"] == "final"
        category = result["category"][0]["coding"][0]
        assert category["system"] == "http://terminology.hl7.org/CodeSystem/observation-category"
        assert category["code"] == "exam"


def test_a_chair_stand_that_needed_the_arms_is_scored_0_and_says_so(
    exchange: Exchange, people: dict[str, int], tmp_path: Path
) -> None:
    """Arms needed: the standard code with the protocol's 0, a yes component, the note kept."""
    results = _results(_export(exchange, tmp_path / "fhir.json"))
    arms = next(r for r in results if r["valueQuantity"]["value"] == 0)
    assert _codes(arms) == [(LOINC, "66247-8")]
    assert arms["component"][0]["code"]["coding"][0]["code"] == "arms_needed"
    assert arms["component"][0]["valueBoolean"] is True
    notes = [note["text"] for note in arms["note"]]
    assert any("arms" in text for text in notes)
    assert 'Knie; "stijf"' in notes


def test_moments_carry_the_offset_in_force_on_that_day(
    exchange: Exchange, people: dict[str, int], tmp_path: Path
) -> None:
    """A summer result gets +02:00, a winter one +01:00: the local time read as it was."""
    results = _results(_export(exchange, tmp_path / "fhir.json"))
    moments = {r["effectiveDateTime"] for r in results}
    assert "2026-07-06T10:00:00+02:00" in moments
    assert "2026-11-16T09:30:00+01:00" in moments


def test_a_battery_day_gets_a_panel_with_its_tests_as_members(
    exchange: Exchange, people: dict[str, int], tmp_path: Path
) -> None:
    """Chair stand, arm curl and step test of one day are members of one 62818-0 panel."""
    document = _export(exchange, tmp_path / "fhir.json")
    results = _results(document)
    panels = [r for r in _resources(document, "Observation") if "hasMember" in r]
    assert len(panels) == 1  # the TUG is no part of the battery; a lone winter test no day
    panel = panels[0]
    assert _codes(panel) == [(LOINC, "62818-0")]
    members = {m["reference"] for m in panel["hasMember"]}
    summer = {
        f"urn:uuid:{r['id']}"
        for r in results
        if r["effectiveDateTime"].startswith("2026-07-06") and r["valueQuantity"]["code"] != "s"
    }
    assert members == summer
    assert len(members) == 3
    urls = {item["fullUrl"] for item in document["entry"]}
    assert members <= urls
    again = _export(exchange, tmp_path / "again.json")
    assert [p["id"] for p in _resources(again, "Observation") if "hasMember" in p] == [panel["id"]]


def test_the_patient_has_name_gender_birth_month_and_uuid(
    exchange: Exchange, people: dict[str, int], database: Database, tmp_path: Path
) -> None:
    """Riet: female, born 1948-03, her UUID under the project's system; results point at her."""
    document = _export(exchange, tmp_path / "fhir.json")
    riet, kees = _resources(document, "Patient")
    assert riet["name"] == [{"text": "Riet"}]
    assert riet["gender"] == "female"
    assert riet["birthDate"] == "1948-03"
    assert kees["gender"] == "male"
    assert kees["birthDate"] == "1950"
    identifier = riet["identifier"][0]
    assert identifier["system"] == "urn:sterkblijven:trainee"
    assert identifier["value"] == riet["id"]
    for result in _resources(document, "Observation"):
        assert result["subject"] == {"reference": f"urn:uuid:{riet['id']}"}


def test_one_person_alone_and_a_person_without_tests(
    exchange: Exchange, people: dict[str, int], tmp_path: Path
) -> None:
    """Kees alone: a Bundle with only his Patient, valid, telling 1 person and 0 results."""
    path = tmp_path / "kees.json"
    summary = exchange.write_fhir(path, people["Kees"])
    document = json.loads(path.read_text(encoding="utf-8"))
    Bundle.parse_obj(document)
    assert [e["resource"]["resourceType"] for e in document["entry"]] == ["Patient"]
    assert (summary.people, summary.tests, summary.files) == (1, 0, (path,))
    riet = exchange.write_fhir(tmp_path / "riet.json", people["Riet"])
    assert (riet.people, riet.tests) == (1, 5)


def test_a_stopped_fhir_export_leaves_the_earlier_file(
    exchange: Exchange, people: dict[str, int], tmp_path: Path
) -> None:
    """Stop before the end: Cancelled, the file as it was, no temporary file left."""
    path = tmp_path / "fhir.json"
    path.write_text("earlier", encoding="utf-8")
    with pytest.raises(Cancelled):
        exchange.write_fhir(path, stop=lambda: True)
    assert path.read_text(encoding="utf-8") == "earlier"
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["fhir.json"]
