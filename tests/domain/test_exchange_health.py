"""Hospital stays and movement advice in the export file: written, read back, checked."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from sterkblijven.domain.exchange.reader import read_document
from sterkblijven.domain.exchange.schema import ImportRefused
from sterkblijven.domain.exchange.writer import encode_document
from tests.domain.test_exchange import MOMENT, YEAR, encoded, person

STAY: dict[str, Any] = {
    "uuid": "1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6",
    "admitted": date(2026, 2, 10),
    "discharged": date(2026, 2, 17),
    "reason": "hip_back",
    "recorded_at": MOMENT,
    "cleared_on": date(2026, 3, 1),
    "cleared_by": "physiotherapist",
}
ADVICE: dict[str, Any] = {
    "uuid": "2f3e4d5c-6b7a-4899-8a0b-1c2d3e4f5a6b",
    "code": "hip_back",
    "started_at": MOMENT,
    "lifted_at": None,
}
EVENTS = ("4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d", "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e")


def test_stays_and_advice_read_back_as_written_with_days_as_iso_dates() -> None:
    """A stay's days are written as 2026-02-10 and read back as the same records."""
    written = person(hospital_stays=[STAY], precautions=[ADVICE])
    text = encode_document([written], "0.1.0")
    stay = json.loads(text)["people"][0]["hospital_stays"][0]
    assert (stay["admitted"], stay["cleared_on"]) == ("2026-02-10", "2026-03-01")
    assert read_document(encoded(written), YEAR) == (written,)


def test_a_file_from_before_keeps_its_hospital_stay_meaningful() -> None:
    """An old file's stay event becomes a stay without days: cleared once trained again."""
    later = MOMENT - timedelta(days=3)
    (read,) = read_document(
        encoded(
            person(
                events=[
                    {"uuid": EVENTS[0], "kind": "hospital_stay", "happened_at": later},
                    {
                        "uuid": EVENTS[1],
                        "kind": "hospital_stay",
                        "happened_at": MOMENT + timedelta(days=1),
                    },
                ]
            )
        ),
        YEAR,
    )
    # The file's one session is still running: it does not count as training again. Each stay
    # is a record of its own, with a new UUID.
    stay_uuids = [stay.pop("uuid") for stay in read.get("hospital_stays", [])]
    assert len(set(stay_uuids)) == 2 and not set(stay_uuids) & set(EVENTS)
    assert read["hospital_stays"] == [
        {
            "admitted": None,
            "discharged": None,
            "reason": "not_recorded",
            "recorded_at": later,
            "cleared_on": None,
            "cleared_by": None,
        },
        {
            "admitted": None,
            "discharged": None,
            "reason": "not_recorded",
            "recorded_at": MOMENT + timedelta(days=1),
            "cleared_on": None,
            "cleared_by": None,
        },
    ]
    done = person(events=[{"uuid": EVENTS[0], "kind": "hospital_stay", "happened_at": later}])
    done["sessions"][0]["status"] = "finished"
    (read,) = read_document(encoded(done), YEAR)
    assert read["hospital_stays"][0]["cleared_on"] == MOMENT.date()
    assert read["hospital_stays"][0]["cleared_by"] == "not_recorded"
    assert "hospital_stays" not in read_document(encoded(person()), YEAR)[0]


@pytest.mark.parametrize(
    ("key", "changes", "field"),
    [
        ("hospital_stays", {"discharged": date(2026, 2, 1)}, "discharged"),
        ("hospital_stays", {"cleared_by": None}, "cleared_by"),
        ("hospital_stays", {"reason": "holiday"}, "reason"),
        ("hospital_stays", {"admitted": "10-2-2026"}, "admitted"),
        ("hospital_stays", {"cleared_on": "2026-02-30"}, "cleared_on"),
        ("precautions", {"lifted_at": MOMENT - timedelta(days=1)}, "lifted_at"),
        ("precautions", {"code": "Hip Back"}, "code"),
    ],
)
def test_a_stay_or_advice_that_cannot_be_right_refuses_the_file(
    key: str, changes: dict[str, Any], field: str
) -> None:
    """Home before going in, who without when, an unknown reason or day: named and refused."""
    record = dict(STAY if key == "hospital_stays" else ADVICE, **changes)
    data = encoded(person(**{key: [record]}))
    with pytest.raises(ImportRefused) as refused:
        read_document(data, YEAR)
    assert (refused.value.code, refused.value.detail) == ("damaged", f"people[0].{key}[0].{field}")


def test_advice_a_newer_app_knows_is_kept() -> None:
    """A code this version does not ship is kept as it is: it may be known again later."""
    advice = dict(ADVICE, code="new_shoulder", lifted_at=datetime(2026, 5, 1))
    written = person(precautions=[advice])
    assert read_document(encoded(written), YEAR) == (written,)
