"""Checks of one imported person, record by record, built from the field checks.

Each check returns the record as the app stores it, or refuses the file at the path of the
first bad field. An index into another list of the person (a session's routine, a check-in's
session) must point inside that list.
"""

from __future__ import annotations

import enum
import json
import math
import re
from collections.abc import Callable

from sterkblijven.domain.decisions import Decider, Status
from sterkblijven.domain.exchange import fields
from sterkblijven.domain.exchange.schema import (
    EARLIEST_BIRTH_YEAR,
    FIRST_VERSION_WITH_RECORD_UUIDS,
    FIRST_VERSION_WITH_UUIDS,
    MAX_ACTOR_LENGTH,
    MAX_BALANCE_LEVEL,
    MAX_EVENT_KIND_LENGTH,
    MAX_POSITION,
    MAX_PRECAUTION_CODE_LENGTH,
    MAX_REPS,
    MAX_REST_SECONDS,
    MAX_SCALE,
    MAX_SETS,
    BandData,
    CheckinData,
    EventData,
    HospitalStayData,
    PersonData,
    PrecautionData,
    ReadinessData,
    ResultData,
    RoutineData,
    RoutineItemData,
    SessionData,
    SetData,
    SkipData,
    SuggestionData,
)
from sterkblijven.domain.fitness import BY_ID as TESTS_BY_ID
from sterkblijven.domain.hospital import ClearedBy, StayReason
from sterkblijven.domain.model import Band, BandColour, EquipmentKind, Sex
from sterkblijven.domain.progression import Advice, Reason
from sterkblijven.domain.readiness import ALL_CODES
from sterkblijven.domain.session import (
    JointFeeling,
    PainPlace,
    SessionStatus,
    SkipReason,
    StopSignal,
)
from sterkblijven.domain.validation import (
    HEAVIEST_DUMBBELL_KG,
    MAX_LABEL_LENGTH,
    InputRefused,
    check_equipment,
    clean_name,
)

_LONGEST_RAW_TEXT = 1_000  # a name or label before repeated spaces are taken out
_ANY_NUMBER = (-math.inf, math.inf)  # finite: its range is checked by the app's own rule
_EVENT_KIND = re.compile(r"[a-z_]+", flags=re.ASCII)


def _values(kind: type[enum.StrEnum]) -> frozenset[str]:
    return frozenset(member.value for member in kind)


_SEXES = _values(Sex)
_COLOURS = _values(BandColour)
_EQUIPMENT = _values(EquipmentKind)
_SESSION_STATUSES = _values(SessionStatus)
_SKIP_REASONS = _values(SkipReason)
_PAIN_PLACES = _values(PainPlace)
_STOP_SIGNALS = _values(StopSignal)
_JOINT_FEELINGS = _values(JointFeeling)
_ADVICE = _values(Advice)
_REASONS = _values(Reason)
_SUGGESTION_STATUSES = _values(Status)
_DECIDERS = _values(Decider)
_QUESTIONS = ALL_CODES  # also the codes of the first version of the check
_STAY_REASONS = _values(StayReason)
_CLEARERS = _values(ClearedBy)
_PRECAUTION_CODE = re.compile(r"[a-z][a-z0-9_]*", flags=re.ASCII)
# Gives a record its UUID: the file's own, or a new one for a file from before records had one.
RecordIds = Callable[[fields.JsonObject, str], str]


def check_person(
    value: object, path: str, current_year: int, version: int, new_uuid: Callable[[], str]
) -> PersonData:
    """Return one person of the file with all their records, checked and cleaned.

    A file of a ``version`` before UUIDs gives the person a new one from ``new_uuid``.
    """
    item = fields.as_object(value, path)
    known = version >= FIRST_VERSION_WITH_UUIDS
    person_uuid = fields.person_id(item, path) if known else new_uuid()
    raw_name = fields.field(item, "name", path)
    try:
        if not isinstance(raw_name, str) or len(raw_name) > _LONGEST_RAW_TEXT:
            raise InputRefused("name_type")
        name = clean_name(raw_name)
    except InputRefused:
        fields.damaged(f"{path}.name")
    dumbbells_kg, bands = _equipment(item, path)

    def ids(record: fields.JsonObject, where: str) -> str:
        # Records of files from before they had UUIDs each get a new one, as people do.
        if version >= FIRST_VERSION_WITH_RECORD_UUIDS:
            return fields.record_id(record, where)
        return new_uuid()

    routines = fields.records(item, "routines", path, lambda v, p: _routine(v, p, len(bands), ids))
    sessions = fields.records(
        item, "sessions", path, lambda v, p: _session(v, p, len(routines), ids)
    )
    record: PersonData = {
        "uuid": person_uuid,
        "name": name,
        "birth_year": fields.integer(item, "birth_year", path, EARLIEST_BIRTH_YEAR, current_year),
        # Written by newer versions of the app only; an older file knows the year alone.
        "birth_month": (
            fields.optional_integer(item, "birth_month", path, 1, 12)
            if "birth_month" in item
            else None
        ),
        "sex": fields.choice(item, "sex", path, _SEXES),
        "created_at": fields.moment(item, "created_at", path),
        "decides_own_loads": fields.boolean(item, "decides_own_loads", path),
        "readiness_checks": fields.records(
            item, "readiness_checks", path, lambda v, p: _readiness(v, p, ids)
        ),
        "dumbbells_kg": dumbbells_kg,
        "bands": bands,
        "routines": routines,
        "sessions": sessions,
        "checkins": fields.records(
            item, "checkins", path, lambda v, p: _checkin(v, p, len(sessions), ids)
        ),
        "suggestions": fields.records(
            item,
            "suggestions",
            path,
            lambda v, p: _suggestion(v, p, len(sessions), len(bands), ids),
        ),
        "events": fields.records(item, "events", path, lambda v, p: _event(v, p, ids)),
        "tests": fields.records(item, "tests", path, lambda v, p: _result(v, p, ids)),
    }
    # Files from before these were kept have neither key: a hospital stay reported then is
    # read as the database upgrade reads it, and there is no movement advice.
    if "hospital_stays" in item:
        record["hospital_stays"] = fields.records(
            item, "hospital_stays", path, lambda v, p: _stay(v, p, ids)
        )
    elif stays := _stays_from_events(record, new_uuid):
        record["hospital_stays"] = stays
    if "precautions" in item:
        record["precautions"] = fields.records(
            item, "precautions", path, lambda v, p: _precaution(v, p, ids)
        )
    return record


def _readiness(value: object, path: str, ids: RecordIds) -> ReadinessData:
    item = fields.as_object(value, path)
    answers = fields.array(item, "yes_answers", path)
    for index, answer in enumerate(answers):
        if not isinstance(answer, str) or answer not in _QUESTIONS:
            fields.damaged(f"{path}.yes_answers[{index}]")
    return {
        "uuid": ids(item, path),
        "answered_at": fields.moment(item, "answered_at", path),
        "yes_answers": answers,
        "confirmed_at": fields.optional_moment(item, "confirmed_at", path),
    }


def _equipment(item: fields.JsonObject, path: str) -> tuple[list[float], list[BandData]]:
    """Return the person's dumbbells and bands as the equipment page stores them, or refuse.

    The fields are read for their types here; what the page would refuse (a weight or pull out
    of range, a band of its own without a name, one weight or band twice) is refused by the
    page's own check, at the field of the item it refused.
    """
    weights = []
    for index, weight in enumerate(fields.array(item, "dumbbells_kg", path)):
        kg = fields.as_number(weight, *_ANY_NUMBER)
        if kg is None:
            fields.damaged(f"{path}.dumbbells_kg[{index}]")
        weights.append(kg)
    bands = fields.records(item, "bands", path, _band)
    try:
        owned = check_equipment(weights, bands)
    except InputRefused as refused:
        fields.damaged(f"{path}.{_equipment_field(refused)}")
    return list(owned.dumbbells_kg), [
        {
            "position": band.position,
            "colour": band.colour.value,
            "label": band.label,
            "force_kgf": band.force_kgf,
            "can_double": band.can_double,
        }
        for band in owned.bands
    ]


def _equipment_field(refused: InputRefused) -> str:
    """Return where, within the person, the dumbbell or band is that check_equipment refused."""
    if refused.code in {"kg_out_of_range", "dumbbell_twice"}:
        return f"dumbbells_kg[{refused.at}]"
    if refused.code == "force_out_of_range":
        return f"bands[{refused.at}].force_kgf"
    if refused.code.startswith("band_label"):
        return f"bands[{refused.at}].label"
    return f"bands[{refused.at}]"  # band_twice: the second band of the two


def _band(value: object, path: str) -> Band:
    item = fields.as_object(value, path)
    # The position is read but not kept: the list is the ladder, numbered as the page numbers it.
    fields.integer(item, "position", path, 0, MAX_POSITION)
    label = fields.field(item, "label", path)
    if not isinstance(label, str) or len(label) > _LONGEST_RAW_TEXT:
        fields.damaged(f"{path}.label")
    return Band(
        colour=BandColour(fields.choice(item, "colour", path, _COLOURS)),
        position=0,
        label=label,
        force_kgf=fields.optional_number(item, "force_kgf", path, *_ANY_NUMBER),
        can_double=fields.boolean(item, "can_double", path),
    )


def _routine(value: object, path: str, band_count: int, ids: RecordIds) -> RoutineData:
    item = fields.as_object(value, path)
    weekdays = fields.array(item, "weekdays", path)
    for index, day in enumerate(weekdays):
        if type(day) is not int or not 0 <= day <= 6 or day in weekdays[:index]:
            fields.damaged(f"{path}.weekdays[{index}]")
    if not weekdays:  # the app plans one to three days; a plan without a day counts none
        fields.damaged(f"{path}.weekdays")
    return {
        "uuid": ids(item, path),
        "created_at": fields.moment(item, "created_at", path),
        "active": fields.boolean(item, "active", path),
        "weekdays": weekdays,
        "note": fields.note(item, "note", path),
        "exercises": fields.records(
            item, "exercises", path, lambda v, p: _routine_item(v, p, band_count)
        ),
        "changed_by": _changed_by(item, path),
    }


def _changed_by(item: fields.JsonObject, path: str) -> str | None:
    # Missing in files from before it was kept: then no one is named, as at home.
    if "changed_by" not in item:
        return None
    return fields.optional_text(item, "changed_by", path, MAX_ACTOR_LENGTH)


def _routine_item(value: object, path: str, band_count: int) -> RoutineItemData:
    item = fields.as_object(value, path)
    rep_min = fields.integer(item, "rep_min", path, 0, MAX_REPS)
    return {
        "exercise_id": fields.exercise_id(item, path),
        "equipment": fields.choice(item, "equipment", path, _EQUIPMENT),
        "sets": fields.integer(item, "sets", path, 1, MAX_SETS),
        "rep_min": rep_min,
        "rep_max": fields.integer(item, "rep_max", path, rep_min, MAX_REPS),
        "rest_seconds": fields.integer(item, "rest_seconds", path, 0, MAX_REST_SECONDS),
        "load_kg": fields.optional_number(item, "load_kg", path, 0.0, HEAVIEST_DUMBBELL_KG),
        "band": fields.index(item, "band", path, band_count),
        "band_doubled": fields.boolean(item, "band_doubled", path),
        "slow_tempo": fields.boolean(item, "slow_tempo", path),
        "extra_set": fields.boolean(item, "extra_set", path),
        "paused": fields.boolean(item, "paused", path),
        # Files written before balance levels have none: the easiest step.
        "balance_level": fields.integer(item, "balance_level", path, 0, MAX_BALANCE_LEVEL)
        if "balance_level" in item
        else 0,
        # Files of version 2 were written before the supported way existed.
        "supported": "supported" in item and fields.boolean(item, "supported", path),
    }


def _session(value: object, path: str, routine_count: int, ids: RecordIds) -> SessionData:
    item = fields.as_object(value, path)
    return {
        "uuid": ids(item, path),
        "routine": fields.index(item, "routine", path, routine_count),
        "started_at": fields.moment(item, "started_at", path),
        "finished_at": fields.optional_moment(item, "finished_at", path),
        "status": fields.choice(item, "status", path, _SESSION_STATUSES),
        "note": fields.note(item, "note", path),
        "warmup_done_at": fields.optional_moment(item, "warmup_done_at", path),
        "cooldown_done_at": fields.optional_moment(item, "cooldown_done_at", path),
        # Files written before sessions could be entered from paper have none.
        "from_paper": "from_paper" in item and fields.boolean(item, "from_paper", path),
        "sets": fields.records(item, "sets", path, lambda v, p: _set(v, p, ids)),
        "skips": fields.records(item, "skips", path, lambda v, p: _skip(v, p, ids)),
    }


def _set(value: object, path: str, ids: RecordIds) -> SetData:
    item = fields.as_object(value, path)
    signals = fields.array(item, "stop_signals", path)
    for index, signal in enumerate(signals):
        if not isinstance(signal, str) or signal not in _STOP_SIGNALS:
            fields.damaged(f"{path}.stop_signals[{index}]")
    return {
        "uuid": ids(item, path),
        "position": fields.optional_integer(item, "position", path, 0, MAX_POSITION),
        "exercise_id": fields.exercise_id(item, path),
        "set_number": fields.integer(item, "set_number", path, 1, MAX_POSITION),
        "equipment": fields.choice(item, "equipment", path, _EQUIPMENT),
        "load_kg": fields.optional_number(item, "load_kg", path, 0.0, HEAVIEST_DUMBBELL_KG),
        "band_colour": fields.optional_choice(item, "band_colour", path, _COLOURS),
        "band_label": fields.optional_text(item, "band_label", path, MAX_LABEL_LENGTH),
        "band_doubled": fields.boolean(item, "band_doubled", path),
        "reps": fields.integer(item, "reps", path, 0, MAX_REPS),
        "reached_failure": fields.boolean(item, "reached_failure", path),
        "effort": fields.optional_integer(item, "effort", path, 0, MAX_SCALE),
        "pain": fields.optional_integer(item, "pain", path, 0, MAX_SCALE),
        "pain_location": fields.optional_choice(item, "pain_location", path, _PAIN_PLACES),
        "stop_signals": signals,
        "recorded_at": fields.moment(item, "recorded_at", path),
        "undone_at": fields.optional_moment(item, "undone_at", path),
    }


def _skip(value: object, path: str, ids: RecordIds) -> SkipData:
    item = fields.as_object(value, path)
    return {
        "uuid": ids(item, path),
        "position": fields.integer(item, "position", path, 0, MAX_POSITION),
        "exercise_id": fields.exercise_id(item, path),
        "reason": fields.choice(item, "reason", path, _SKIP_REASONS),
        "recorded_at": fields.moment(item, "recorded_at", path),
    }


def _checkin(value: object, path: str, session_count: int, ids: RecordIds) -> CheckinData:
    item = fields.as_object(value, path)
    # Places and night pain are written by newer versions of the app only: an older file's
    # answers read as "not known" and "no night pain", as nothing asked about them then.
    places = fields.array(item, "places", path) if "places" in item else []
    for index, place in enumerate(places):
        if not isinstance(place, str) or place not in _PAIN_PLACES:
            fields.damaged(f"{path}.places[{index}]")
    return {
        "uuid": ids(item, path),
        "session": fields.index(item, "session", path, session_count),
        "answered_at": fields.moment(item, "answered_at", path),
        "joints": fields.choice(item, "joints", path, _JOINT_FEELINGS),
        "long_morning_stiffness": fields.boolean(item, "long_morning_stiffness", path),
        "places": sorted(set(places)),
        "night_pain": fields.boolean(item, "night_pain", path) if "night_pain" in item else False,
    }


def _suggestion(
    value: object, path: str, session_count: int, band_count: int, ids: RecordIds
) -> SuggestionData:
    item = fields.as_object(value, path)
    current, current_band = _dose(item, "current", path, band_count)
    proposed, proposed_band = _dose(item, "proposed", path, band_count)
    chosen: str | None = None
    chosen_band: int | None = None
    if fields.field(item, "chosen", path) is None:
        if fields.field(item, "chosen_band", path) is not None:
            fields.damaged(f"{path}.chosen_band")
    else:
        chosen, chosen_band = _dose(item, "chosen", path, band_count)
    return {
        "uuid": ids(item, path),
        "session": fields.index(item, "session", path, session_count),
        "position": fields.integer(item, "position", path, 0, MAX_POSITION),
        "exercise_id": fields.exercise_id(item, path),
        "created_at": fields.moment(item, "created_at", path),
        "advice": fields.choice(item, "advice", path, _ADVICE),
        "reason": fields.choice(item, "reason", path, _REASONS),
        "see_gp": fields.boolean(item, "see_gp", path),
        "retest": fields.boolean(item, "retest", path),
        "current": current,
        "current_band": current_band,
        "proposed": proposed,
        "proposed_band": proposed_band,
        "applied": fields.boolean(item, "applied", path),
        "status": fields.choice(item, "status", path, _SUGGESTION_STATUSES),
        "chosen": chosen,
        "chosen_band": chosen_band,
        "decided_at": fields.optional_moment(item, "decided_at", path),
        "decided_by": fields.optional_choice(item, "decided_by", path, _DECIDERS),
        "changed_by": _changed_by(item, path),
    }


def _dose(item: fields.JsonObject, key: str, path: str, band_count: int) -> tuple[str, int | None]:
    """Check a dose kept as JSON text (the app's own format) and the band it refers to."""
    text = fields.field(item, key, path)
    where = f"{path}.{key}"
    if not isinstance(text, str):
        fields.damaged(where)
    try:
        dose = json.loads(text, parse_constant=fields.refuse_constant)
    except (ValueError, RecursionError):
        fields.damaged(where)
    dose = fields.as_object(dose, where)
    fields.exercise_id(dose, where)
    fields.choice(dose, "kind", where, _EQUIPMENT)
    fields.optional_number(dose, "kg", where, 0.0, HEAVIEST_DUMBBELL_KG)
    band = fields.field(dose, "band", where)
    if band is not None:
        band_item = fields.as_object(band, f"{where}.band")
        _band(band_item, f"{where}.band")
        fields.optional_integer(band_item, "id", f"{where}.band", 0, 2**63 - 1)
    fields.boolean(dose, "doubled", where)
    fields.integer(dose, "sets", where, 1, MAX_SETS)
    rep_min = fields.integer(dose, "rep_min", where, 0, MAX_REPS)
    fields.integer(dose, "rep_max", where, rep_min, MAX_REPS)
    fields.integer(dose, "rest_seconds", where, 0, MAX_REST_SECONDS)
    fields.boolean(dose, "slow_tempo", where)
    fields.boolean(dose, "extra_set", where)
    for newer in ("paused", "supported"):  # written by newer versions of the app only
        if newer in dose:
            fields.boolean(dose, newer, where)
    if "balance_level" in dose:  # likewise
        fields.integer(dose, "balance_level", where, 0, MAX_BALANCE_LEVEL)
    band_index = fields.index(item, f"{key}_band", path, band_count)
    if band_index is not None and band is None:
        fields.damaged(f"{path}.{key}_band")
    return text, band_index


def _event(value: object, path: str, ids: RecordIds) -> EventData:
    item = fields.as_object(value, path)
    kind = fields.text(item, "kind", path, MAX_EVENT_KIND_LENGTH)
    if _EVENT_KIND.fullmatch(kind) is None:
        fields.damaged(f"{path}.kind")
    return {
        "uuid": ids(item, path),
        "kind": kind,
        "happened_at": fields.moment(item, "happened_at", path),
    }


def _result(value: object, path: str, ids: RecordIds) -> ResultData:
    item = fields.as_object(value, path)
    test_id = fields.choice(item, "test_id", path, frozenset(TESTS_BY_ID))
    highest = TESTS_BY_ID[test_id].highest
    return {
        "uuid": ids(item, path),
        "test_id": test_id,
        "value": fields.number(item, "value", path, 0.0, highest),
        "taken_at": fields.moment(item, "taken_at", path),
        "note": fields.note(item, "note", path),
        "used_arms": fields.boolean(item, "used_arms", path),
        # Written by newer versions of the app only: an older file does not say the weight.
        "dumbbell_kg": (
            fields.optional_number(item, "dumbbell_kg", path, 0.0, HEAVIEST_DUMBBELL_KG)
            if "dumbbell_kg" in item
            else None
        ),
    }


def _stay(value: object, path: str, ids: RecordIds) -> HospitalStayData:
    item = fields.as_object(value, path)
    admitted = fields.optional_day(item, "admitted", path)
    discharged = fields.optional_day(item, "discharged", path)
    if admitted is not None and discharged is not None and discharged < admitted:
        fields.damaged(f"{path}.discharged")
    cleared_on = fields.optional_day(item, "cleared_on", path)
    cleared_by = fields.optional_choice(item, "cleared_by", path, _CLEARERS)
    if (cleared_on is None) != (cleared_by is None):
        fields.damaged(f"{path}.cleared_by")
    return {
        "uuid": ids(item, path),
        "admitted": admitted,
        "discharged": discharged,
        "reason": fields.choice(item, "reason", path, _STAY_REASONS),
        "recorded_at": fields.moment(item, "recorded_at", path),
        "cleared_on": cleared_on,
        "cleared_by": cleared_by,
    }


def _precaution(value: object, path: str, ids: RecordIds) -> PrecautionData:
    item = fields.as_object(value, path)
    # Any code of the same alphabet is kept: a newer app may know advice this one does not.
    code = fields.text(item, "code", path, MAX_PRECAUTION_CODE_LENGTH)
    if _PRECAUTION_CODE.fullmatch(code) is None:
        fields.damaged(f"{path}.code")
    started_at = fields.moment(item, "started_at", path)
    lifted_at = fields.optional_moment(item, "lifted_at", path)
    if lifted_at is not None and lifted_at < started_at:
        fields.damaged(f"{path}.lifted_at")
    return {
        "uuid": ids(item, path),
        "code": code,
        "started_at": started_at,
        "lifted_at": lifted_at,
    }


_HOSPITAL_EVENT = "hospital_stay"  # the event the app writes for a stay
_DONE = frozenset({SessionStatus.FINISHED.value, SessionStatus.ENDED_EARLY.value})


def _stays_from_events(person: PersonData, new_uuid: Callable[[], str]) -> list[HospitalStayData]:
    """Return the stays of a file that kept only the event: no dates, cleared if trained since."""
    stays: list[HospitalStayData] = []
    for event in person["events"]:
        if event["kind"] != _HOSPITAL_EVENT:
            continue
        after = [
            session["started_at"]
            for session in person["sessions"]
            if session["status"] in _DONE and session["started_at"] >= event["happened_at"]
        ]
        cleared = min(after).date() if after else None
        stays.append(
            {
                "uuid": new_uuid(),
                "admitted": None,
                "discharged": None,
                "reason": StayReason.NOT_RECORDED.value,
                "recorded_at": event["happened_at"],
                "cleared_on": cleared,
                "cleared_by": None if cleared is None else ClearedBy.NOT_RECORDED.value,
            }
        )
    return stays
