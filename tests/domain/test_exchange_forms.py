"""The FHIR mapping's moments and codes, and the Dutch tables' words and numbers."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sterkblijven.domain.exchange import fhir, spreadsheet_nl
from sterkblijven.domain.exchange.writer import CSV_COLUMNS, Watch, Written
from sterkblijven.domain.fitness import TESTS

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
START = datetime(2026, 3, 2, 9, 15)


def test_every_test_has_a_code_a_unit_and_dutch_words() -> None:
    """No test of the app is left without a FHIR code, a UCUM unit, a Dutch name and unit."""
    ids = {test.id for test in TESTS}
    assert set(fhir.TEST_CODES) == ids == set(fhir.UNITS)
    assert set(spreadsheet_nl.TESTS) == ids == set(spreadsheet_nl.UNITS)
    assert fhir.BATTERY.issubset(ids)
    assert len(fhir.BATTERY) < len(ids)


def test_moments_around_the_clock_changes_get_their_own_offset() -> None:
    """Just before and after the spring change, and the repeated hour in autumn (first pass)."""
    assert fhir.fhir_moment(datetime(2026, 3, 29, 1, 59), AMSTERDAM).endswith("+01:00")
    assert fhir.fhir_moment(datetime(2026, 3, 29, 3, 0), AMSTERDAM).endswith("+02:00")
    assert fhir.fhir_moment(datetime(2026, 10, 25, 2, 30), AMSTERDAM) == (
        "2026-10-25T02:30:00+02:00"
    )
    assert fhir.fhir_moment(datetime(2026, 1, 5, 8, 0, tzinfo=UTC)) == "2026-01-05T08:00:00+00:00"


def test_the_computers_own_zone_is_used_without_one() -> None:
    """No zone given: the moment still gets an offset, the computer's for that day."""
    written = fhir.fhir_moment(datetime(2026, 7, 6, 10, 0))
    assert written.startswith("2026-07-06T10:00:00") and written[-6] in "+-"


def test_a_lone_battery_test_and_other_tests_make_no_panel() -> None:
    """One battery test on a day, or a TUG beside it: no panel; two battery tests: one."""
    one = {"uuid": "a", "test_id": "chair_stand_30s", "taken_at": START}
    tug = {"uuid": "b", "test_id": "timed_up_and_go", "taken_at": START}
    curl = {"uuid": "c", "test_id": "arm_curl_30s", "taken_at": START.replace(hour=10)}
    assert fhir.panels([one, tug], "p") == []
    made = fhir.panels([curl, one, tug], "p")
    assert [m["reference"] for m in made[0]["hasMember"]] == ["urn:uuid:a", "urn:uuid:c"]


def test_a_bundle_without_people_has_no_empty_entry_list() -> None:
    """FHIR allows no empty list: with no one to export, the Bundle has no "entry" at all."""
    empty = fhir.bundle([], START, AMSTERDAM)
    assert empty == {
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": "2026-03-02T09:15:00+01:00",
    }


def _set(**changes: Any) -> dict[str, Any]:
    entry = {
        "uuid": "s",
        "position": 0,
        "exercise_id": "sit_to_stand",
        "set_number": 1,
        "equipment": "dumbbell",
        "load_kg": 1.5,
        "band_colour": None,
        "band_label": None,
        "band_doubled": False,
        "reps": 10,
        "reached_failure": True,
        "effort": 6,
        "pain": 2,
        "pain_location": "hand_or_wrist",
        "stop_signals": ["sharp_pain", "swelling_or_warmth"],
        "recorded_at": START,
        "undone_at": None,
    }
    entry.update(changes)
    return entry


def test_dutch_rows_put_codes_in_words_and_numbers_with_a_comma() -> None:
    """Status, equipment, places, signals and yes/no in Dutch; 1,5 kg; a note left as it is."""
    person = {
        "name": "Riet",
        "sessions": [
            {
                "started_at": START,
                "finished_at": START.replace(minute=45),
                "status": "ended_early",
                "note": '-moe; "echt"',
                "from_paper": True,
                "sets": [_set(), _set(equipment="band", load_kg=None, band_colour="red")],
            }
        ],
        "tests": [],
        "checkins": [
            {
                "session": 0,
                "answered_at": START.replace(day=3),
                "joints": "worse",
                "long_morning_stiffness": True,
                "places": ["knee", "hip"],
                "night_pain": False,
            }
        ],
    }
    rows: dict[str, list[list[str]]] = {}
    for name, row in spreadsheet_nl.dutch_rows([person], Watch(1, None, None), Written()):
        rows.setdefault(name, []).append(row)
    assert set(rows) == set(spreadsheet_nl.COLUMNS)
    session = dict(zip(rows["trainingen.csv"][0], rows["trainingen.csv"][1], strict=True))
    assert session["Afloop"] == "eerder gestopt"
    assert session["Van papier ingevoerd"] == "ja"
    assert session["Notitie"] == '\'-moe; "echt"'  # a formula start stays inert
    done = dict(zip(rows["sets.csv"][0], rows["sets.csv"][1], strict=True))
    assert done["Materiaal"] == "halter" and done["Gewicht (kg)"] == "1,5"
    assert done["Plek van de pijn"] == "hand of pols"
    assert done["Stopsignalen"] == "scherpe pijn, zwelling of warmte"
    assert (done["Tot het niet meer ging"], done["Ongedaan gemaakt"]) == ("ja", "nee")
    band = dict(zip(rows["sets.csv"][0], rows["sets.csv"][2], strict=True))
    assert (band["Materiaal"], band["Elastiek"], band["Gewicht (kg)"]) == ("elastiek", "rood", "")
    asked = dict(zip(rows["vragen-dag-erna.csv"][0], rows["vragen-dag-erna.csv"][1], strict=True))
    assert asked["Gewrichten"] == "slechter" and asked["Plekken"] == "knie, heup"
    assert asked["Training begonnen"] == session["Begonnen"]


def test_every_international_column_has_its_dutch_column() -> None:
    """Each Dutch table has a column for every international one (tests add their unit)."""
    for name, columns in CSV_COLUMNS.items():
        dutch = spreadsheet_nl.COLUMNS[spreadsheet_nl.FILE_NAMES[name]]
        extra = (spreadsheet_nl.UNIT_COLUMN,) if name == "tests.csv" else ()
        assert len(dutch) == len(columns) + len(extra), name
        assert set(extra) <= set(dutch)
