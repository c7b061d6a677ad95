"""The weekly schedule as an .ics file: dates, repeats, reminders and RFC 5545 text rules."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sterkblijven.domain.calendar import weekly_schedule_ics

WEDNESDAY = date(2026, 11, 18)
STAMP = datetime(2026, 11, 18, 9, 30, tzinfo=UTC)
LONG_DUTCH = (
    "Vandaag: opstaan uit de stoel, roeien met het elastiek, kuitheffen en één keer de trap op. "
    "Neem water mee, doe rustig aan en stop als iets scherp pijn doet; overleg dan met de "
    "fysiotherapeut. Ook tijdens een hittegolf of na een ziekte geldt: liever één oefening minder "
    "dan te veel. Zoë en Hélène doen met je mee, en de coördinatie gaat steeds beter."
)


def schedule(**changes: object) -> str:
    """Return a schedule with sensible defaults, changed where a test asks."""
    arguments: dict[str, Any] = {
        "weekdays": (0,),
        "start": WEDNESDAY,
        "at": time(10, 0),
        "minutes": 45,
        "summary": "Krachttraining",
        "description": "Sterk blijven, thuis.",
        "uid_seed": "profile-1",
        "stamp": STAMP,
    }
    arguments.update(changes)
    return weekly_schedule_ics(**arguments)


def unfold(ics: str) -> list[str]:
    """Return the logical content lines of a calendar file (RFC 5545 3.1)."""
    return ics.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n")[:-1]


def unescape(value: str) -> str:
    """Return the text an escaped TEXT value stands for (RFC 5545 3.3.11)."""
    return re.sub(r"\\(.)", lambda match: "\n" if match[1] in "nN" else match[1], value)


def values(ics: str, name: str) -> list[str]:
    """Return the raw values of every property called ``name``, in order."""
    found = []
    for line in unfold(ics):
        key, _, value = line.partition(":")
        if key == name:
            found.append(value)
    return found


def events(ics: str) -> list[list[str]]:
    """Return the content lines of each VEVENT, alarms included."""
    blocks: list[list[str]] = []
    for line in unfold(ics):
        if line == "BEGIN:VEVENT":
            blocks.append([])
        elif blocks and line != "END:VEVENT":
            blocks[-1].append(line)
    return blocks


def test_calendar_header_names_version_product_and_method() -> None:
    """The file is a VERSION 2.0 Gregorian calendar published by sterkblijven."""
    lines = unfold(schedule())
    assert lines[:5] == [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//sterkblijven//sterkblijven//NL",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    assert lines[-1] == "END:VCALENDAR"


@pytest.mark.parametrize(
    ("weekday", "first"),
    [
        (0, date(2026, 11, 23)),
        (1, date(2026, 11, 24)),
        (2, date(2026, 11, 18)),
        (3, date(2026, 11, 19)),
        (4, date(2026, 11, 20)),
        (5, date(2026, 11, 21)),
        (6, date(2026, 11, 22)),
    ],
)
def test_first_session_is_the_first_such_weekday_on_or_after_start(
    weekday: int, first: date
) -> None:
    """From a Wednesday start, Wednesday is that day and Monday and Tuesday are next week."""
    ics = schedule(weekdays=(weekday,), at=time(14, 15, 30))
    assert values(ics, "DTSTART") == [f"{first:%Y%m%d}T141530"]


@pytest.mark.parametrize(
    ("weekday", "code"),
    [(0, "MO"), (1, "TU"), (2, "WE"), (3, "TH"), (4, "FR"), (5, "SA"), (6, "SU")],
)
def test_each_day_repeats_weekly_on_its_own_weekday(weekday: int, code: str) -> None:
    """Every event repeats every week on the day it was made for."""
    assert values(schedule(weekdays=(weekday,)), "RRULE") == [f"FREQ=WEEKLY;BYDAY={code}"]


def test_one_event_per_training_day_in_week_order() -> None:
    """Three training days give three events, Monday first, whatever order they came in."""
    ics = schedule(weekdays=(4, 0, 2))
    assert len(events(ics)) == 3
    assert values(ics, "RRULE") == [f"FREQ=WEEKLY;BYDAY={day}" for day in ("MO", "WE", "FR")]
    assert values(ics, "DTSTART") == ["20261123T100000", "20261118T100000", "20261120T100000"]


def test_start_is_floating_local_time_and_stamp_is_utc() -> None:
    """DTSTART follows the person's clock (no zone), DTSTAMP is written in UTC."""
    amsterdam_winter = timezone(timedelta(hours=1))
    ics = schedule(stamp=datetime(2026, 11, 18, 10, 30, tzinfo=amsterdam_winter))
    assert "TZID" not in ics
    assert values(ics, "DTSTART") == ["20261123T100000"]
    assert values(ics, "DTSTAMP") == ["20261118T093000Z"]


@pytest.mark.parametrize(
    ("minutes", "duration"), [(1, "PT1M"), (45, "PT45M"), (60, "PT1H"), (90, "PT1H30M")]
)
def test_duration_comes_from_the_minutes(minutes: int, duration: str) -> None:
    """The session length is written as an RFC 5545 duration."""
    assert values(schedule(minutes=minutes), "DURATION") == [duration]


def test_every_line_ends_in_crlf() -> None:
    """Lines end in CR LF, never a bare LF or CR, also inside folded text."""
    ics = schedule(weekdays=(0, 3), description=LONG_DUTCH + "\nTot volgende week!")
    assert ics.endswith("\r\n")
    assert "\n" not in ics.replace("\r\n", "")
    assert "\r" not in ics.replace("\r\n", "")


def test_long_dutch_description_folds_at_75_octets_and_unfolds_to_the_text() -> None:
    """Lines with é and ë stay within 75 UTF-8 octets, and unfolding gives the text back."""
    ics = schedule(description=LONG_DUTCH)
    physical = ics.split("\r\n")[:-1]
    assert max(len(line.encode()) for line in physical) <= 75
    assert any(line.startswith(" ") for line in physical)
    # Folding between the two bytes of é would leave lines that are not UTF-8 on their own.
    for line in physical:
        line.encode().decode("utf-8", errors="strict")
    assert [unescape(value) for value in values(ics, "DESCRIPTION")] == [
        LONG_DUTCH,
        "Krachttraining",
    ]


def test_folding_never_cuts_through_a_multibyte_character() -> None:
    """A title of two-byte and four-byte characters folds between characters only."""
    summary = "é" * 100 + "💪" * 30
    ics = schedule(summary=summary)
    for line in ics.encode().split(b"\r\n")[:-1]:
        assert len(line) <= 75
        line.decode("utf-8", errors="strict")
    assert unescape(values(ics, "SUMMARY")[0]) == summary


def test_folding_keeps_each_escape_on_one_line() -> None:
    """A backslash and the character it escapes always share a physical line."""
    ics = schedule(description=",;\\" * 60)
    for line in ics.split("\r\n")[:-1]:
        assert re.fullmatch(r" ?(?:\\.|[^\\])*", line), line


def test_text_escapes_backslash_semicolon_comma_and_line_breaks() -> None:
    """Backslash, semicolon and comma are escaped; CR LF, CR and LF each become one newline."""
    ics = schedule(summary="Benen, rug; armen", description="Map C:\\oefeningen\nRust\r\nKlaar\r.")
    assert values(ics, "SUMMARY") == ["Benen\\, rug\\; armen"]
    assert values(ics, "DESCRIPTION")[0] == "Map C:\\\\oefeningen\\nRust\\nKlaar\\n."


def test_control_characters_are_left_out_of_text() -> None:
    """Characters a TEXT value cannot hold are dropped; tabs stay."""
    ics = schedule(summary="Kracht\x00training\x07\tthuis\x1b\x7f\x85")
    assert unescape(values(ics, "SUMMARY")[0]) == "Krachttraining\tthuis"


def test_uids_are_stable_and_differ_per_day_and_per_seed() -> None:
    """The same seed and day give the same UID on every export; other days or seeds do not."""
    first = values(schedule(weekdays=(0, 3)), "UID")
    later = values(
        schedule(weekdays=(3, 0), at=time(16, 0), stamp=STAMP + timedelta(days=30)), "UID"
    )
    other_person = values(schedule(weekdays=(0, 3), uid_seed="profile-2"), "UID")
    assert first == later
    assert len(set(first)) == 2
    assert not set(first) & set(other_person)
    assert all(uid.endswith("@sterkblijven") for uid in first)


def test_uid_does_not_show_the_seed() -> None:
    """A seed such as a first name is hashed, not written into the calendar."""
    assert "Annie" not in "".join(values(schedule(uid_seed="Annie"), "UID"))


def test_reminder_comes_the_given_minutes_before() -> None:
    """By default a display reminder goes off an hour before; another lead time can be asked."""
    (event,) = events(schedule())
    alarm = event[event.index("BEGIN:VALARM") : event.index("END:VALARM")]
    assert "ACTION:DISPLAY" in alarm
    assert "TRIGGER:-PT1H" in alarm
    assert "DESCRIPTION:Krachttraining" in alarm
    assert values(schedule(alarm_minutes=15), "TRIGGER") == ["-PT15M"]
    assert values(schedule(alarm_minutes=0), "TRIGGER") == ["-PT0M"]


def test_no_reminder_when_none_is_asked() -> None:
    """Without alarm minutes the events carry no VALARM."""
    ics = schedule(weekdays=(0, 4), alarm_minutes=None)
    assert "VALARM" not in ics
    assert "TRIGGER" not in ics


@pytest.mark.parametrize(
    "changes",
    [
        {"weekdays": ()},
        {"weekdays": (7,)},
        {"weekdays": (-1,)},
        {"weekdays": (1, 3, 1)},
        {"minutes": 0},
        {"minutes": -30},
        {"alarm_minutes": -5},
        {"at": time(10, 0, tzinfo=UTC)},
    ],
)
def test_impossible_schedules_are_refused(changes: dict[str, object]) -> None:
    """No days, days outside Monday..Sunday, repeats, no duration or a zoned time are refused."""
    with pytest.raises(ValueError):
        schedule(**changes)


def expected_text(text: str) -> str:
    """Return what a calendar shows for ``text``: one kind of line break, no control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(c for c in text if c in "\n\t" or unicodedata.category(c) != "Cc")


@given(
    summary=st.text(st.characters(codec="utf-8")),
    description=st.text(st.characters(codec="utf-8"), max_size=400),
)
def test_any_text_survives_folding_and_escaping(summary: str, description: str) -> None:
    """Whatever the title and description, unfolding and unescaping give them back."""
    ics = schedule(summary=summary, description=description)
    assert all(len(line.encode()) <= 75 for line in ics.split("\r\n"))
    assert [unescape(value) for value in values(ics, "SUMMARY")] == [expected_text(summary)]
    assert [unescape(value) for value in values(ics, "DESCRIPTION")] == [
        expected_text(description),
        expected_text(summary),
    ]
