"""Words of the session: effort, where it hurts, stop signals and movement cues."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sterkblijven.domain.session import Effort, PainPlace, StopSignal

# Calls read translate(CONTEXT, "...") literally, so pyside6-lupdate can find the texts.
translate = QCoreApplication.translate


def effort_name(effort: Effort) -> str:
    """Return one of the five effort words (OMNI-RES behind them)."""
    names = {
        Effort.EASY: translate("Wording", "Easy"),
        Effort.LIGHT: translate("Wording", "Light"),
        Effort.MODERATE: translate("Wording", "Moderate"),
        Effort.HARD: translate("Wording", "Hard"),
        Effort.MAXIMAL: translate("Wording", "Very hard: I could not do one more"),
    }
    return names[effort]


def pain_place_name(place: PainPlace) -> str:
    """Return where it hurts, in everyday words."""
    names = {
        PainPlace.KNEE: translate("Wording", "Knee"),
        PainPlace.HIP: translate("Wording", "Hip"),
        PainPlace.BACK: translate("Wording", "Back"),
        PainPlace.SHOULDER: translate("Wording", "Shoulder"),
        PainPlace.HAND_OR_WRIST: translate("Wording", "Hand or wrist"),
        PainPlace.NECK: translate("Wording", "Neck"),
        PainPlace.ELSEWHERE: translate("Wording", "Somewhere else"),
    }
    return names[place]


def joint_phrase(place: PainPlace) -> str:
    """Return a place of pain as it reads inside a sentence ("to spare your knee")."""
    phrases = {
        PainPlace.KNEE: translate("Wording", "your knee"),
        PainPlace.HIP: translate("Wording", "your hip"),
        PainPlace.BACK: translate("Wording", "your back"),
        PainPlace.SHOULDER: translate("Wording", "your shoulder"),
        PainPlace.HAND_OR_WRIST: translate("Wording", "your hand or wrist"),
        PainPlace.NECK: translate("Wording", "your neck"),
        PainPlace.ELSEWHERE: translate("Wording", "the place that hurt"),
    }
    return phrases[place]


def stop_signal_text(signal: StopSignal) -> str:
    """Return a stop signal as a person would notice it."""
    texts = {
        StopSignal.SHARP_PAIN: translate("Wording", "Sharp or stabbing pain in a joint"),
        StopSignal.SWELLING_OR_WARMTH: translate("Wording", "Swelling or warmth around a joint"),
        StopSignal.LOCKING_OR_GIVING_WAY: translate("Wording", "A joint that locks or gives way"),
    }
    return texts[signal]


def movement(code: str) -> tuple[str, str]:
    """Return the name and the instruction of a warm-up or cool-down movement."""
    texts = {
        "march_on_the_spot": (
            translate("Wording", "March on the spot"),
            translate(
                "Wording", "Stand behind a chair and hold it. Lift your knees in turn, calmly."
            ),
        ),
        "shoulder_rolls": (
            translate("Wording", "Roll your shoulders"),
            translate("Wording", "Sit or stand tall. Roll your shoulders slowly backwards."),
        ),
        "arm_swings": (
            translate("Wording", "Swing your arms"),
            translate("Wording", "Let your arms swing gently forwards and back, like walking."),
        ),
        "heel_raises_holding_chair": (
            translate("Wording", "Up on your toes"),
            translate("Wording", "Hold the back of a chair. Go up on your toes and down again."),
        ),
        "knee_lifts_seated": (
            translate("Wording", "Knee lifts, seated"),
            translate("Wording", "Sit on the chair. Lift one knee a little, then the other."),
        ),
        "easy_sit_to_stand": (
            translate("Wording", "Stand up easily"),
            translate(
                "Wording",
                "Stand up from the chair and sit down, slowly. Use your hands if you like.",
            ),
        ),
        "slow_walk": (
            translate("Wording", "Walk slowly"),
            translate("Wording", "Walk calmly through the room, or on the spot. Breathe quietly."),
        ),
        "calf_stretch": (
            translate("Wording", "Stretch your calves"),
            translate(
                "Wording",
                "Hold a chair. Put one foot back, heel on the floor, and hold. Then the other.",
            ),
        ),
        "chest_opener": (
            translate("Wording", "Open your chest"),
            translate(
                "Wording", "Sit tall. Bring your shoulder blades together gently, and breathe."
            ),
        ),
        "deep_breathing": (
            translate("Wording", "Breathe deeply"),
            translate("Wording", "Sit comfortably. Breathe in through your nose, and slowly out."),
        ),
    }
    return texts[code]


def hold_over_sentence() -> str:
    """Return what is said with the tone when a timed hold has counted down to 0."""
    return translate("Wording", "Time is up. Well done.")


def seconds_left_text(seconds: int) -> str:
    """Return the time left in a hold, as a screen reader says it."""
    return translate("Wording", "{seconds} seconds left").format(seconds=seconds)
