"""The weekly training days as an iCalendar (RFC 5545) file that any calendar can import."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, date, datetime, time, timedelta

PRODUCT_ID = "-//sterkblijven//sterkblijven//NL"
UID_DOMAIN = "sterkblijven"
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")  # index = date.weekday()
LINE_END = "\r\n"
MAX_LINE_OCTETS = 75  # RFC 5545 3.1, not counting the line end

# One escaped character (a backslash and what follows) or one plain character: a line is never
# folded between the two halves of an escape, which some calendar apps misread.
_FOLD_UNIT = re.compile(r"\\.|.", re.DOTALL)
# TEXT values may not hold ASCII control characters other than a tab (RFC 5545 3.3.11); the
# C1 controls go too, as they are invisible and some readers take U+0085 for a line break.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def weekly_schedule_ics(
    *,
    weekdays: tuple[int, ...],
    start: date,
    at: time,
    minutes: int,
    summary: str,
    description: str,
    uid_seed: str,
    stamp: datetime,
    alarm_minutes: int | None = 60,
) -> str:
    """Return a calendar with one weekly repeating event per training day.

    ``weekdays`` counts from 0 (Monday) to 6 (Sunday). Each event first falls on the first such
    day on or after ``start``, at ``at`` on the person's own clock (floating time, so it stays at
    the same hour wherever and whenever the calendar shows it). UIDs depend only on ``uid_seed``
    and the weekday, so importing a newer file updates the events instead of doubling them.
    A naive ``stamp`` is read as this computer's local time, as ``datetime.now()`` gives it.
    """
    _check_schedule(weekdays, at, minutes, alarm_minutes)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODUCT_ID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for weekday in sorted(weekdays):
        first_day = first_date_on_weekday(start, weekday)
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event_uid(uid_seed, weekday)}",
            f"DTSTAMP:{_utc_stamp(stamp)}",
            f"DTSTART:{_floating(datetime.combine(first_day, at))}",
            f"DURATION:{_duration(minutes)}",
            f"RRULE:FREQ=WEEKLY;BYDAY={WEEKDAY_CODES[weekday]}",
            f"SUMMARY:{escape_text(summary)}",
            f"DESCRIPTION:{escape_text(description)}",
        ]
        if alarm_minutes is not None:
            lines += [
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                f"TRIGGER:-{_duration(alarm_minutes)}",
                # A display alarm must carry a DESCRIPTION: the event's title is what to show.
                f"DESCRIPTION:{escape_text(summary)}",
                "END:VALARM",
            ]
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + LINE_END for line in lines)


def first_date_on_weekday(start: date, weekday: int) -> date:
    """Return the first date on or after ``start`` that falls on ``weekday`` (0 = Monday)."""
    return start + timedelta(days=(weekday - start.weekday()) % 7)


def event_uid(uid_seed: str, weekday: int) -> str:
    """Return the stable UID of one training day's event.

    The seed is hashed so that whatever it holds (a name, a database id) does not end up
    readable in someone's calendar.
    """
    digest = hashlib.sha256(f"{uid_seed}\x00{weekday}".encode()).hexdigest()[:32]
    return f"training-{WEEKDAY_CODES[weekday].lower()}-{digest}@{UID_DOMAIN}"


def escape_text(text: str) -> str:
    """Return ``text`` as an RFC 5545 TEXT value: escaped, one line, without control characters.

    Every kind of line break becomes the same escaped newline; other control characters cannot
    be written in a TEXT value and are dropped.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold_line(line: str) -> str:
    """Fold a content line so that no physical line exceeds 75 octets of UTF-8.

    Continuation lines start with one space, which counts towards their 75 octets. A character
    is never split across lines, so every physical line is valid UTF-8 on its own.
    """
    physical: list[str] = []
    current: list[str] = []
    room = MAX_LINE_OCTETS
    for unit in _FOLD_UNIT.findall(line):
        size = len(unit.encode())
        if size > room:
            physical.append("".join(current))
            current = [" "]
            room = MAX_LINE_OCTETS - 1
        current.append(unit)
        room -= size
    physical.append("".join(current))
    return LINE_END.join(physical)


def _check_schedule(
    weekdays: tuple[int, ...], at: time, minutes: int, alarm_minutes: int | None
) -> None:
    if not weekdays:
        raise ValueError("a schedule needs at least one weekday")
    if any(not 0 <= day <= 6 for day in weekdays):
        raise ValueError(f"weekdays run from 0 (Monday) to 6 (Sunday), not {weekdays}")
    if len(set(weekdays)) != len(weekdays):
        raise ValueError(f"a weekday appears twice in {weekdays}")
    if minutes <= 0:
        raise ValueError(f"a session lasts a positive number of minutes, not {minutes}")
    if alarm_minutes is not None and alarm_minutes < 0:
        raise ValueError(f"a reminder comes before the session, not {alarm_minutes} minutes after")
    if at.tzinfo is not None:
        # The schedule follows the person's own clock; a time zone here would be a mistake.
        raise ValueError("the training time is a local clock time, without a time zone")


def _floating(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")


def _utc_stamp(stamp: datetime) -> str:
    return stamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _duration(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    hour_part = f"{hours}H" if hours else ""
    minute_part = f"{rest}M" if rest or not hours else ""
    return f"PT{hour_part}{minute_part}"
