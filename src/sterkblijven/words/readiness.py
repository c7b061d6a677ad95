"""The health check's words: its questions, the topics that stay open, and why it is asked again.

The questions cover the topics of the PAR-Q+ and the three STEADI falls questions in our own
plain words; the rules are in ``domain/readiness.py``.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from sterkblijven.domain.readiness import Recheck

# Calls read translate(CONTEXT, "...") literally, so pyside6-lupdate can find the texts.
translate = QCoreApplication.translate


def readiness_question(code: str) -> str:
    """Return one question of the health check (KeyError for an unknown code)."""
    return _questions()[code]


def _questions() -> dict[str, str]:
    return {
        **_heart_and_chest(),
        **_chronic(),
        **_bones_and_joints(),
        "medicines": translate(
            "Wording", "Do you take medicines that a doctor prescribed for a long-lasting illness?"
        ),
        "medicines.dizzy": translate(
            "Wording", "Do your medicines sometimes make you dizzy, light-headed or drowsy?"
        ),
        "supervised": translate(
            "Wording", "Has a doctor told you to exercise only under medical supervision?"
        ),
        "falls.fallen": translate("Wording", "Have you fallen in the past year?"),
        "falls.unsteady": translate("Wording", "Do you feel unsteady when you stand or walk?"),
        "falls.worried": translate("Wording", "Are you worried that you might fall?"),
    }


def _heart_and_chest() -> dict[str, str]:
    return {
        "heart": translate(
            "Wording",
            "Has a doctor ever told you that you have a heart condition or high blood pressure?",
        ),
        "heart.hard_to_control": translate(
            "Wording",
            "Is it hard to keep your heart condition or blood pressure under control, even with "
            "medicines or other treatment?",
        ),
        "heart.irregular_or_failure": translate(
            "Wording", "Do you have an irregular heartbeat that needs treatment, or heart failure?"
        ),
        "heart.pressure_160": translate(
            "Wording", "Is your blood pressure at rest 160/90 or higher, with or without medicines?"
        ),
        "heart.inactive_coronary": translate(
            "Wording",
            "Do you have narrowed heart arteries, and have you not been active regularly in the "
            "last two months?",
        ),
        "chest": translate(
            "Wording",
            "Do you ever feel pain in your chest: at rest, during daily activities, or when you "
            "are active?",
        ),
        "chest.new_or_changed": translate(
            "Wording",
            "Is this pain new, or has it changed lately (more often, stronger, or with less "
            "effort)?",
        ),
        "chest.cause_unknown": translate("Wording", "Is it still unclear what causes the pain?"),
        "dizzy": translate(
            "Wording",
            "In the last 12 months, did you lose your balance because you felt dizzy, or did you "
            "faint?",
        ),
        "dizzy.fainted": translate(
            "Wording", "Did you faint or black out, or did you have a concussion?"
        ),
        "dizzy.cause_unknown": translate(
            "Wording", "Is it still unclear what causes the dizziness?"
        ),
    }


def _chronic() -> dict[str, str]:
    hard_to_control = translate("Wording", "Is it hard to keep under control, even with medicines?")
    return {
        "chronic": translate(
            "Wording",
            "Do you have another long-lasting illness, such as diabetes, a lung disease, a "
            "stroke or cancer?",
        ),
        "chronic.diabetes": translate("Wording", "Do you have diabetes?"),
        "chronic.diabetes.unstable": translate(
            "Wording", "Is your blood sugar hard to keep stable, even with medicines or insulin?"
        ),
        "chronic.diabetes.low_after": translate(
            "Wording",
            "Do you sometimes get a low blood sugar (shaking, sweating, confusion) during or "
            "after being active?",
        ),
        "chronic.diabetes.complications": translate(
            "Wording",
            "Does the diabetes cause problems with your heart, blood vessels, eyes, kidneys or "
            "the feeling in your feet?",
        ),
        "chronic.lungs": translate(
            "Wording", "Do you have a lung disease, such as COPD or asthma?"
        ),
        "chronic.lungs.hard_to_control": hard_to_control,
        "chronic.lungs.breathless_at_rest": translate(
            "Wording",
            "Are you short of breath at rest, or has a doctor said the oxygen in your blood is "
            "low?",
        ),
        "chronic.stroke": translate("Wording", "Have you had a stroke or a TIA?"),
        "chronic.stroke.recent": translate("Wording", "Was that in the last 6 months?"),
        "chronic.stroke.walking": translate(
            "Wording", "Has it made walking or moving about harder for you?"
        ),
        "chronic.other": translate(
            "Wording",
            "Do you have another long-lasting illness, such as cancer, kidney disease, epilepsy "
            "or a mental health problem?",
        ),
        "chronic.other.hard_to_control": translate(
            "Wording", "Is it hard to keep under control, or are you being treated for it now?"
        ),
        "chronic.other.several": translate(
            "Wording", "Do you live with two or more long-lasting illnesses?"
        ),
    }


def _bones_and_joints() -> dict[str, str]:
    return {
        "bones_joints": translate(
            "Wording",
            "Do you have a problem with your bones, joints or muscles that could get worse when "
            "you are active, such as osteoarthritis or osteoporosis?",
        ),
        "bones_joints.where": translate(
            "Wording", "Where do you have pain or stiffness? Choose all that apply."
        ),
        "bones_joints.replaced": translate(
            "Wording", "Did you get a new joint (such as a new hip or knee) in the last 3 months?"
        ),
        "bones_joints.injected": translate(
            "Wording", "Did you get an injection in a joint in the last 3 months?"
        ),
        "bones_joints.hard_to_control": translate(
            "Wording",
            "Is the pain hard to keep under control, even with medicines or other treatment?",
        ),
        "bones_joints.rest_pain": translate(
            "Wording", "Is a joint painful or swollen at rest, or does pain wake you up at night?"
        ),
        "bones_joints.fracture": translate(
            "Wording",
            "Did you break a bone in the last 3 months, or has a doctor found a broken vertebra "
            "in your back?",
        ),
        "bones_joints.steroids": translate(
            "Wording",
            "Have you had steroid injections or steroid tablets (such as prednisone) regularly "
            "for more than 3 months?",
        ),
    }


def topic_name(code: str) -> str:
    """Return a topic that stays open in a few words, as in "a talk about: ..."."""
    names = {
        "heart": translate("Wording", "your heart or blood pressure"),
        "chest": translate("Wording", "pain in your chest"),
        "dizzy": translate("Wording", "dizziness or fainting"),
        "chronic": translate("Wording", "a long-lasting illness"),
        "medicines": translate("Wording", "your medicines"),
        "bones_joints": translate("Wording", "your bones or joints"),
        "supervised": translate("Wording", "exercise under medical supervision"),
        # The five questions of the first version of the check.
        "chest_pain": translate("Wording", "pain or pressure in your chest"),
        "dizziness": translate("Wording", "dizziness or fainting"),
        "recent_fracture_or_operation": translate("Wording", "a broken bone or an operation"),
        "blood_pressure": translate("Wording", "your blood pressure"),
        "doctor_advised_against": translate("Wording", "a doctor's advice not to exercise"),
    }
    return names[code]


def open_topics_text(codes: Iterable[str]) -> str:
    """Return the open topics as one line: "your heart or blood pressure; pain in your chest"."""
    return "; ".join(topic_name(code) for code in codes)


def recheck_text(reason: Recheck) -> str:
    """Return why the health check is asked again."""
    if reason is Recheck.FIRST:
        return translate(
            "Wording",
            "Before your next session, please answer a few questions about your health.",
        )
    if reason is Recheck.HOSPITAL:
        return translate(
            "Wording",
            "You have been in hospital. Before your next session, please answer the health "
            "questions again: your health may have changed.",
        )
    return translate(
        "Wording",
        "It is a year since you answered the health questions. Before your next session, "
        "please answer them again: your health may have changed.",
    )
