"""What people should know about training with sore joints: short, and with its sources.

Shown once before the first session, and again beside a suggestion's "Why?" where it helps.
The facts: exercise is a core treatment of knee and hip osteoarthritis, and well-dosed strength
training does not wear joints out and usually eases pain within weeks (OARSI guideline, Bannuru
et al. 2019; KNGF-richtlijn Artrose heup-knie 2018; meta-analysis of Lim, Choi & Kim 2024).
Some soreness in the first weeks is normal; joint pain that is higher the next day is the sign
to lower the dose (pain-monitoring model, Silbernagel et al. 2007).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sterkblijven.domain.progression import Reason, Suggestion
from sterkblijven.words.progression import why_text

# Calls read translate(CONTEXT, "...") literally, so pyside6-lupdate can find the texts.
translate = QCoreApplication.translate


def introduction_title() -> str:
    """Return the heading of the introduction shown before the first session."""
    return translate("Education", "Good to know before you start")


def introduction() -> list[str]:
    """Return the introduction in four short sentences, then the line with its sources."""
    return [
        translate(
            "Education",
            "Strength training does not wear out your joints. With arthritis in a knee or hip, "
            "it usually gives less pain within a few weeks.",
        ),
        early_soreness(),
        soreness_or_joint_pain(),
        good_form(),
        translate(
            "Education",
            "Sources: OARSI guideline (2019), KNGF guideline on hip and knee osteoarthritis "
            "(2018), Lim, Choi & Kim (2024).",
        ),
    ]


def early_soreness() -> str:
    """Return that some soreness or stiffness in the first weeks is normal."""
    return translate(
        "Education",
        "In the first weeks your muscles may feel sore or stiff for a day or two. That is "
        "normal and it passes.",
    )


def soreness_or_joint_pain() -> str:
    """Return how to tell muscle soreness from joint pain."""
    return translate(
        "Education",
        "Muscle soreness is in the muscle, lasts 1 to 3 days and gets less when you move. Joint "
        "pain that is worse the next day, or a swollen joint, is different: tell the app, and "
        "it makes the exercise lighter.",
    )


def good_form() -> str:
    """Return what "until you cannot do more" means: one more with good form."""
    return translate(
        "Education",
        '"Until you cannot do more" always means: until you cannot do one more with good form.',
    )


# A lowering for how the joints felt the next day: there, telling soreness from joint pain
# helps. (Pain above 5 or a stop signal during a set is no soreness, and is not played down.)
_NEXT_DAY_REASONS = frozenset({Reason.NEXT_DAY, Reason.MORNING_STIFFNESS})
# The reasons that count repetitions up to the last good one.
_COUNTING_REASONS = frozenset(
    {
        Reason.TOP_OF_RANGE,
        Reason.IN_RANGE,
        Reason.BELOW_RANGE,
        Reason.BIG_STEP,
        Reason.TOP_OF_LADDER,
    }
)


def explained(suggestion: Suggestion) -> list[str]:
    """Return why a suggestion is made, with its source, and what helps to know beside it."""
    lines = [why_text(suggestion)]
    if suggestion.reason in _NEXT_DAY_REASONS:
        lines += [early_soreness(), soreness_or_joint_pain()]
    elif suggestion.reason in _COUNTING_REASONS:
        lines.append(good_form())
    return lines
