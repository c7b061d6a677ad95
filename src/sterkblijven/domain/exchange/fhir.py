"""Functional test results as HL7 FHIR R4 (4.0.1), for a practice's own record system.

One Bundle of type "collection": per person a Patient, an Observation per test result and, for
each day with two or more tests of the Senior Fitness Test battery, a panel Observation that
lists them as its members. Every entry is named by ``urn:uuid:`` and the UUID the app keeps
for that record, so the same result has the same name in every export. The choices (codes,
units, the category) are explained in docs/export-format.md.

The app keeps its moments in local time without an offset; FHIR needs one with every time of
day. Each moment gets the offset that was in force then, in ``zone`` (the computer's own time
zone when None): a test in July gets summer time, one in January winter time.
"""

from __future__ import annotations

import io
import json
import uuid
from collections.abc import Iterable, Mapping
from datetime import date, datetime, tzinfo
from typing import Any, TextIO

from sterkblijven.domain.exchange.writer import StreamedPerson, Watch, Written

JsonObject = dict[str, Any]

FHIR_VERSION = "4.0.1"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
CATEGORY_SYSTEM = "http://terminology.hl7.org/CodeSystem/observation-category"
# The systems this project names its own identifiers and codes in.
TRAINEE_SYSTEM = "urn:sterkblijven:trainee"
TEST_SYSTEM = "urn:sterkblijven:test"
# Panels have no record of their own: their UUID is made from the person's and the day.
_PANEL_NAMESPACE = uuid.UUID("5b0f3c2e-8f43-4c55-9a5e-6a3f1f6d2b7e")

# LOINC classes these tests as physical examination (H&P.PX): "exam" is the fitting category.
CATEGORY: JsonObject = {
    "coding": [{"system": CATEGORY_SYSTEM, "code": "exam", "display": "Exam"}],
    "text": "Functional test",
}

# (system, code, display) of each test; LOINC where it has a code for the test as done here.
TEST_CODES: dict[str, tuple[str, str, str]] = {
    "chair_stand_30s": (LOINC, "66247-8", "Sit to stand frequency in 30 seconds"),
    "arm_curl_30s": (TEST_SYSTEM, "arm_curl_30s", "30-second arm curl (Senior Fitness Test)"),
    "step_test_2min": (TEST_SYSTEM, "step_test_2min", "2-minute step test (Senior Fitness Test)"),
    "up_and_go_8ft": (TEST_SYSTEM, "up_and_go_8ft", "8-foot up-and-go (Senior Fitness Test)"),
    "timed_up_and_go": (
        LOINC,
        "89423-8",
        "Time to rise from chair, walk 10 feet and back, and return to sitting [TUG]",
    ),
    "five_times_sit_to_stand": (
        TEST_SYSTEM,
        "five_times_sit_to_stand",
        "Five times sit to stand",
    ),
}
# The result's UCUM unit: (code, what it says).
UNITS: dict[str, tuple[str, str]] = {
    "chair_stand_30s": ("{#}/(30.s)", "stands in 30 seconds"),
    "arm_curl_30s": ("{#}/(30.s)", "curls in 30 seconds"),
    "step_test_2min": ("{#}/(2.min)", "steps in 2 minutes"),
    "up_and_go_8ft": ("s", "s"),
    "timed_up_and_go": ("s", "s"),
    "five_times_sit_to_stand": ("s", "s"),
}
# The tests of the Senior Fitness Test battery (Rikli & Jones) that the app has.
BATTERY = frozenset({"chair_stand_30s", "arm_curl_30s", "step_test_2min", "up_and_go_8ft"})
BATTERY_CODE = (LOINC, "62818-0", "PhenX - integrated fitness - older adult protocol 150202")
DUMBBELL_CODE = (TEST_SYSTEM, "dumbbell_weight", "Weight of the dumbbell used")
ARMS_CODE = (TEST_SYSTEM, "arms_needed", "Needed the arms to stand up")
ARMS_NOTE = "Needed the arms to stand up: scored 0, as the test protocol prescribes."


def fhir_moment(moment: datetime, zone: tzinfo | None = None) -> str:
    """Return a stored local moment as a FHIR dateTime with the offset in force at that moment."""
    if moment.tzinfo is not None:
        aware = moment
    elif zone is None:
        aware = moment.astimezone()  # the computer's own zone and its rules for that day
    else:
        aware = moment.replace(tzinfo=zone)
    return aware.isoformat(timespec="seconds")


def patient(person: Mapping[str, Any]) -> JsonObject:
    """Return the Patient resource of a person: name, gender, birth year or month, and UUID."""
    resource: JsonObject = {
        "resourceType": "Patient",
        "id": person["uuid"],
        "identifier": [{"system": TRAINEE_SYSTEM, "value": person["uuid"]}],
        "name": [{"text": person["name"]}],
    }
    if person["sex"] in ("female", "male"):
        resource["gender"] = person["sex"]
    month = person.get("birth_month")
    year = f"{person['birth_year']:04d}"
    resource["birthDate"] = year if month is None else f"{year}-{month:02d}"
    return resource


def observation(
    result: Mapping[str, Any], patient_uuid: str, zone: tzinfo | None = None
) -> JsonObject:
    """Return the Observation of one functional test result."""
    test_id = result["test_id"]
    system, code, display = TEST_CODES[test_id]
    unit_code, unit_text = UNITS[test_id]
    value = result["value"]
    resource: JsonObject = {
        "resourceType": "Observation",
        "id": result["uuid"],
        "status": "final",
        "category": [CATEGORY],
        "code": _concept(system, code, display),
        "subject": {"reference": f"urn:uuid:{patient_uuid}"},
        "effectiveDateTime": fhir_moment(result["taken_at"], zone),
        "valueQuantity": {
            "value": int(value) if value == int(value) else value,
            "unit": unit_text,
            "system": UCUM,
            "code": unit_code,
        },
    }
    components = []
    notes = []
    if result["used_arms"]:
        components.append({**_component(ARMS_CODE), "valueBoolean": True})
        notes.append({"text": ARMS_NOTE})
    kg = result.get("dumbbell_kg")
    if kg is not None:
        components.append(
            {
                **_component(DUMBBELL_CODE),
                "valueQuantity": {"value": kg, "unit": "kg", "system": UCUM, "code": "kg"},
            }
        )
    if result["note"]:
        notes.append({"text": result["note"]})
    if components:
        resource["component"] = components
    if notes:
        resource["note"] = notes
    return resource


def panels(
    results: Iterable[Mapping[str, Any]], patient_uuid: str, zone: tzinfo | None = None
) -> list[JsonObject]:
    """Return a battery panel for each day with two or more Senior Fitness Test results."""
    days: dict[date, list[Mapping[str, Any]]] = {}
    for result in results:
        if result["test_id"] in BATTERY:
            days.setdefault(result["taken_at"].date(), []).append(result)
    found = []
    for day, members in sorted(days.items()):
        if len(members) < 2:
            continue
        members = sorted(members, key=lambda result: result["taken_at"])
        found.append(
            {
                "resourceType": "Observation",
                "id": panel_uuid(patient_uuid, day),
                "status": "final",
                "category": [CATEGORY],
                "code": _concept(*BATTERY_CODE),
                "subject": {"reference": f"urn:uuid:{patient_uuid}"},
                "effectiveDateTime": fhir_moment(members[0]["taken_at"], zone),
                "hasMember": [{"reference": f"urn:uuid:{member['uuid']}"} for member in members],
            }
        )
    return found


def panel_uuid(patient_uuid: str, day: date) -> str:
    """Return the UUID of a person's battery panel of a day: the same in every export."""
    return str(uuid.uuid5(_PANEL_NAMESPACE, f"{patient_uuid}/{day.isoformat()}"))


def person_resources(person: StreamedPerson, zone: tzinfo | None = None) -> list[JsonObject]:
    """Return a person's Patient, an Observation per test result, and the day panels."""
    results = list(person["tests"])
    found = [patient(person)]
    found.extend(observation(result, person["uuid"], zone) for result in results)
    found.extend(panels(results, person["uuid"], zone))
    return found


def entry(resource: JsonObject) -> JsonObject:
    """Return a Bundle entry for a resource, named by its UUID."""
    return {"fullUrl": f"urn:uuid:{resource['id']}", "resource": resource}


def write_bundle(
    out: TextIO,
    people: Iterable[StreamedPerson],
    made_at: datetime,
    watch: Watch,
    zone: tzinfo | None = None,
) -> Written:
    """Write the Bundle for these people to ``out`` person by person; return what it holds.

    Raises Cancelled between two people once ``watch`` is told to stop.
    """
    written = Written()
    head = {"resourceType": "Bundle", "type": "collection", "timestamp": fhir_moment(made_at, zone)}
    out.write(_encode(head)[:-1])  # left open for the entries
    watch.done(0)
    first = True
    for person in people:
        watch.check()
        for resource in person_resources(person, zone):
            # FHIR allows no empty list: "entry" comes with the first entry.
            out.write(', "entry": [\n  ' if first else ",\n  ")
            out.write(_encode(entry(resource)))
            first = False
            if resource["resourceType"] == "Observation" and "hasMember" not in resource:
                written.tests += 1
        written.people += 1
        watch.done(written.people)
    out.write("}\n" if first else "\n]}\n")
    return written


def bundle(
    people: Iterable[StreamedPerson], made_at: datetime, zone: tzinfo | None = None
) -> JsonObject:
    """Return the Bundle for these people as a JSON value: for a few people at a time."""
    out = io.StringIO()
    write_bundle(out, people, made_at, Watch(0, None, None), zone)
    document: JsonObject = json.loads(out.getvalue())
    return document


def _concept(system: str, code: str, display: str) -> JsonObject:
    return {"coding": [{"system": system, "code": code, "display": display}], "text": display}


def _component(code: tuple[str, str, str]) -> JsonObject:
    return {"code": _concept(*code)}


_encode = json.JSONEncoder(ensure_ascii=False).encode
