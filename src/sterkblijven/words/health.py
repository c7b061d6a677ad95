"""Hospital stays, clearance and movement advice in plain words."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication

from sterkblijven.domain.hospital import ClearedBy, HospitalStay, StayReason
from sterkblijven.domain.precautions import ActivePrecaution, Replacement
from sterkblijven.words.basics import short_date

# Calls read translate("Health", "...") literally, so pyside6-lupdate can find the texts.
translate = QCoreApplication.translate


def reason_name(reason: StayReason) -> str:
    """Return why someone was in hospital, as a choice and in a summary."""
    names = {
        StayReason.HIP_BACK: translate("Health", "an operation on the hip, from the back"),
        StayReason.HIP_FRONT: translate("Health", "an operation on the hip, from the front"),
        StayReason.HIP: translate("Health", "an operation on the hip"),
        StayReason.KNEE: translate("Health", "an operation on the knee"),
        StayReason.SHOULDER: translate("Health", "an operation on the shoulder"),
        StayReason.FRACTURE: translate("Health", "a broken bone"),
        StayReason.FALL: translate("Health", "a fall"),
        StayReason.ILLNESS: translate("Health", "an illness"),
        StayReason.OTHER: translate("Health", "something else"),
        StayReason.NOT_RECORDED: translate("Health", "reason not recorded"),
    }
    return names[reason]


def cleared_by_name(by: ClearedBy) -> str:
    """Return who said that training may start again."""
    names = {
        ClearedBy.GP: translate("Health", "the GP"),
        ClearedBy.SPECIALIST: translate("Health", "the specialist"),
        ClearedBy.PHYSIOTHERAPIST: translate("Health", "the physiotherapist"),
        ClearedBy.NOT_RECORDED: translate("Health", "not recorded (trained again since)"),
    }
    return names[by]


def stay_text(stay: HospitalStay) -> str:
    """Return one stay in a sentence: when and why."""
    reason = reason_name(stay.reason)
    if stay.admitted is None:
        return translate("Health", "Hospital stay reported on {day} ({reason}).").format(
            day=short_date(stay.recorded_at.date()), reason=reason
        )
    if stay.discharged is None:
        return translate("Health", "In hospital since {day} ({reason}).").format(
            day=short_date(stay.admitted), reason=reason
        )
    return translate("Health", "In hospital from {first} to {last} ({reason}).").format(
        first=short_date(stay.admitted), last=short_date(stay.discharged), reason=reason
    )


def clearance_text(stay: HospitalStay) -> str:
    """Return whether training may start again after a stay, and who said so."""
    if stay.cleared_on is None or stay.cleared_by is None:
        return translate(
            "Health",
            "Training waits until the GP, the specialist or the physiotherapist says it may "
            "start again.",
        )
    return translate("Health", "Training may start again: {who} said so on {day}.").format(
        who=cleared_by_name(stay.cleared_by), day=short_date(stay.cleared_on)
    )


def precaution_since(active: ActivePrecaution, today: date) -> str:
    """Return since when advice is in force and, for advice after surgery, how long it lasts."""
    weeks = max(0, (today - active.started_at.date()).days // 7)
    day = short_date(active.started_at.date())
    if weeks == 0:
        since = translate("Health", "Since {day}.").format(day=day)
    elif weeks == 1:
        since = translate("Health", "Since {day} (1 week).").format(day=day)
    else:
        since = translate("Health", "Since {day} ({weeks} weeks).").format(day=day, weeks=weeks)
    usual = active.definition.usual_weeks if active.definition is not None else None
    if usual is None:
        return since
    return (
        since
        + " "
        + translate(
            "Health",
            "Advice like this usually lasts {fewest} to {most} weeks. Lift it only when the "
            "surgeon or physiotherapist says so.",
        ).format(fewest=usual[0], most=usual[1])
    )


def precaution_name(active: ActivePrecaution, language: str) -> str:
    """Return the name of advice in force; its code when this version of the app lacks it."""
    if active.definition is None:
        return active.code
    return active.definition.text(language).name


def change_text(change: Replacement, name: Callable[[str], str]) -> str:
    """Return what advice changed in the plan for one exercise."""
    if change.new is None:
        return translate(
            "Health", "{old}: left out. No other exercise for the same task fits the advice."
        ).format(old=name(change.old.exercise_id))
    if change.new.exercise_id == change.old.exercise_id:
        return translate("Health", "{old}: now done another way that fits the advice.").format(
            old=name(change.old.exercise_id)
        )
    return translate("Health", "{old}: replaced by {new}.").format(
        old=name(change.old.exercise_id), new=name(change.new.exercise_id)
    )


def advice_set_text(changes: tuple[Replacement, ...], name: Callable[[str], str]) -> str:
    """Return that the movement advice is set, and what it changed in the plan, a line each."""
    lines = [translate("HealthPanel", "The movement advice is set.")]
    if not changes:
        lines.append(translate("HealthPanel", "The plan has no exercise that it rules out."))
    lines += [change_text(change, name) for change in changes]
    return "\n".join(lines)


def health_refusal(code: str) -> str | None:
    """Return the plain words for a refused stay, clearance or precaution; None for other codes."""
    messages = {
        "clearance_pending": translate(
            "Health",
            "After the hospital stay, training waits until your GP, specialist or "
            "physiotherapist says you may start again. Has one of them said so? Then tap the "
            "button on the home screen.",
        ),
        "date_format": translate(
            "Health", "Please type the date as day-month-year, for example 3-11-2026."
        ),
        "admitted_in_future": translate(
            "Health", "The day of going into hospital cannot be in the future."
        ),
        "discharged_in_future": translate(
            "Health",
            "The day home cannot be in the future. Not home yet? Then choose Still in hospital.",
        ),
        "discharged_before_admitted": translate(
            "Health", "The day home cannot be before the day of going into hospital."
        ),
        "stay_reason_missing": translate("Health", "Please choose the reason for the stay."),
        "cleared_by_missing": translate(
            "Health", "Please choose who said that training may start again."
        ),
        "cleared_in_future": translate("Health", "The day they said so cannot be in the future."),
        "cleared_before_admitted": translate(
            "Health", "The day they said so cannot be before the day of going into hospital."
        ),
        "nothing_to_clear": translate("Health", "No hospital stay is waiting for this."),
        "precaution_unknown": translate("Health", "This movement advice is not known."),
        "precaution_active": translate("Health", "This movement advice is already in force."),
        "precaution_not_active": translate(
            "Health", "This movement advice has already been lifted."
        ),
        "precaution_rules_out": translate(
            "Health",
            "The plan has an exercise that the movement advice rules out. Choose another "
            "exercise, or lift the advice first.",
        ),
    }
    return messages.get(code)
