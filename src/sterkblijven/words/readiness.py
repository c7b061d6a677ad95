"""The health-check questions asked before the first session."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Calls read translate(CONTEXT, "...") literally, so pyside6-lupdate can find the texts.
translate = QCoreApplication.translate


def readiness_question(code: str) -> str:
    """Return one question of the readiness check."""
    questions = {
        "chest_pain": translate(
            "Wording", "Do you get pain or pressure in your chest when you exert yourself?"
        ),
        "dizziness": translate(
            "Wording", "Have you lost your balance because of dizziness, or fainted, recently?"
        ),
        "recent_fracture_or_operation": translate(
            "Wording", "Have you broken a bone or had an operation in the last month?"
        ),
        "blood_pressure": translate(
            "Wording", "Do you have high blood pressure that is not under control?"
        ),
        "doctor_advised_against": translate("Wording", "Has a doctor told you not to exercise?"),
    }
    return questions[code]
