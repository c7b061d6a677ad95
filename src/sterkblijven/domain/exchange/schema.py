"""The export format: its name and version, the limits of its values, and its records' shapes.

Records refer to each other by their index within the same person (a session's routine, a
check-in's session, an exercise's band), never by database id, so a document is the same text
whichever database it came from. A person is known by a UUID made when the profile was made and
kept by every export and import (version 2; version 1 files have none, and each of their people
gets a new one when read). Since version 4 every record has a UUID of its own too; records of
older files get a new one when read. The format is described for readers outside the app in
docs/export-format.md; keep the two in step.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import NotRequired, TypedDict

FORMAT = "sterkblijven-export"
# 3: the health check of PAR-Q+ topics, joints and falls, and the supported way of an exercise.
# 4: a UUID on every record (a session, a set, a check-in...), not only on each person.
VERSION = 4
FIRST_VERSION_WITH_UUIDS = 2
FIRST_VERSION_WITH_RECORD_UUIDS = 4
EARLIEST_BIRTH_YEAR = 1900
# Column sizes of the database, so that every accepted value also fits a stricter server.
MAX_EVENT_KIND_LENGTH = 16
MAX_PRECAUTION_CODE_LENGTH = 24
MAX_ACTOR_LENGTH = 63  # a carer's login on a practice's server, as PostgreSQL cuts role names
# The longest note a file may hold. The app keeps a typed note to validation.MAX_NOTE_LENGTH;
# older or hand-made files get generous room.
MAX_FILE_NOTE_LENGTH = 10_000
MAX_POSITION = 999
MAX_SETS = 10
MAX_REPS = 999
MAX_REST_SECONDS = 3_600
MAX_SCALE = 10  # effort (OMNI-RES) and pain are both rated 0-10
MAX_BALANCE_LEVEL = 20  # a balance exercise's step; the catalogue has at most eight

# How large a file may be. A set takes about 650 bytes in this format: a year of the planned
# weekly session is about 1 MB per person, ten years of three sessions a week about 20 MB. A
# household, or a practice's group, stays well below these. Beyond them the file is refused
# before its JSON is parsed (size, values) or its people are checked (people). Importing 177 MB
# (500 people, 275,000 sets) took 10 s and 470 MB of memory, where 10,000 people once took
# 74 s and 2.7 GB.
MAX_FILE_BYTES = 200 * 1024 * 1024
# Every JSON value costs memory once parsed, also an empty "{}" of three bytes. The app's files
# hold one value per 32 bytes or so (the 177 MB above held 5.5 million), so a file of the
# largest size holds some 6.5 million; a file packed with more is refused unparsed.
MAX_VALUES = 10_000_000
MAX_PEOPLE = 1_000


class ImportRefused(Exception):
    """A file that cannot be imported; ``code`` says why, ``detail`` where (for logs and tests).

    Codes: not_found, unreadable, too_large, not_json, cut_short (the app's own file, cut off),
    foreign, newer_version, damaged, empty, same_person_twice (two records of one person, by
    their UUID).
    """

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


class Cancelled(Exception):
    """The person asked to stop an export or import: nothing was kept, nothing changed."""


class ReadinessData(TypedDict):
    """One readiness check: the questions answered yes, and whether training was confirmed."""

    uuid: str
    answered_at: datetime
    yes_answers: list[str]
    confirmed_at: datetime | None


class BandData(TypedDict):
    """One band of the person's ladder."""

    position: int
    colour: str
    label: str
    force_kgf: float | None
    can_double: bool


class RoutineItemData(TypedDict):
    """One exercise of a routine; ``band`` is an index into the person's bands."""

    exercise_id: str
    equipment: str
    sets: int
    rep_min: int
    rep_max: int
    rest_seconds: int
    load_kg: float | None
    band: int | None
    band_doubled: bool
    slow_tempo: bool
    extra_set: bool
    paused: bool
    balance_level: int
    supported: bool


class RoutineData(TypedDict):
    """A routine version, active or kept for history."""

    uuid: str
    created_at: datetime
    active: bool
    weekdays: list[int]
    note: str
    exercises: list[RoutineItemData]
    # Who made this version: a carer's login on a practice's server, null at home. Files
    # written before it was kept have no such key; it reads as null.
    changed_by: NotRequired[str | None]


class SetData(TypedDict):
    """One recorded set with its load as used, undone ones included."""

    uuid: str
    position: int | None
    exercise_id: str
    set_number: int
    equipment: str
    load_kg: float | None
    band_colour: str | None
    band_label: str | None
    band_doubled: bool
    reps: int
    reached_failure: bool
    effort: int | None
    pain: int | None
    pain_location: str | None
    stop_signals: list[str]
    recorded_at: datetime
    undone_at: datetime | None


class SkipData(TypedDict):
    """An exercise skipped in a session."""

    uuid: str
    position: int
    exercise_id: str
    reason: str
    recorded_at: datetime


class SessionData(TypedDict):
    """A session; ``routine`` is an index into the person's routines."""

    uuid: str
    routine: int | None
    started_at: datetime
    finished_at: datetime | None
    status: str
    note: str
    warmup_done_at: datetime | None
    cooldown_done_at: datetime | None
    from_paper: bool  # done on the printed card and entered afterwards
    sets: list[SetData]
    skips: list[SkipData]


class CheckinData(TypedDict):
    """The next-day answer; ``session`` is an index into the person's sessions."""

    uuid: str
    session: int | None
    answered_at: datetime
    joints: str
    long_morning_stiffness: bool
    places: list[str]  # where worse joints or night pain were felt; empty when not known
    night_pain: bool


class SuggestionData(TypedDict):
    """A load suggestion and its decision; doses are kept as the JSON text the app stores.

    The ``*_band`` keys say which of the person's bands a dose's band is, since the dose text
    itself carries no database id.
    """

    uuid: str
    session: int | None
    position: int
    exercise_id: str
    created_at: datetime
    advice: str
    reason: str
    see_gp: bool
    retest: bool
    current: str
    current_band: int | None
    proposed: str
    proposed_band: int | None
    applied: bool
    status: str
    chosen: str | None
    chosen_band: int | None
    decided_at: datetime | None
    decided_by: str | None
    # Who decided by name: a carer's login on a practice's server, null at home; may be
    # missing, as in routines.
    changed_by: NotRequired[str | None]


class EventData(TypedDict):
    """Something in the person's life that changes the training, such as a hospital stay."""

    uuid: str
    kind: str
    happened_at: datetime


class ResultData(TypedDict):
    """A functional test result."""

    uuid: str
    test_id: str
    value: float
    taken_at: datetime
    note: str
    used_arms: bool
    dumbbell_kg: float | None  # the arm curl's dumbbell; None for other tests or when unknown


class HospitalStayData(TypedDict):
    """A hospital stay: days (unknown for stays reported before they were asked) and clearance."""

    uuid: str
    admitted: date | None
    discharged: date | None
    reason: str
    recorded_at: datetime
    cleared_on: date | None
    cleared_by: str | None


class PrecautionData(TypedDict):
    """Movement advice, by its code, from when it started until it was lifted."""

    uuid: str
    code: str
    started_at: datetime
    lifted_at: datetime | None


class PersonData(TypedDict):
    """Everything the database holds about one trainee; ``uuid`` stays theirs everywhere."""

    uuid: str
    name: str
    birth_year: int
    birth_month: int | None  # 1-12; None when only the year is known
    sex: str
    created_at: datetime
    decides_own_loads: bool
    readiness_checks: list[ReadinessData]
    dumbbells_kg: list[float]
    bands: list[BandData]
    routines: list[RoutineData]
    sessions: list[SessionData]
    checkins: list[CheckinData]
    suggestions: list[SuggestionData]
    events: list[EventData]
    tests: list[ResultData]
    # Written by versions of the app that keep them; a file from before has neither.
    hospital_stays: NotRequired[list[HospitalStayData]]
    precautions: NotRequired[list[PrecautionData]]


def set_count(person: PersonData) -> int:
    """Return how many set records a person has, undone ones included."""
    return sum(len(session["sets"]) for session in person["sessions"])
