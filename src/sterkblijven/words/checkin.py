"""Words of the next-day check-in: places in a sentence, and what an answer changed."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from sterkblijven.domain.checkin import Fallback
from sterkblijven.domain.progression import Suggestion
from sterkblijven.domain.session import PainPlace
from sterkblijven.words.basics import load_text
from sterkblijven.words.session import pain_place_name

if TYPE_CHECKING:
    from sterkblijven.services.checkins import CheckinOutcome

# Calls read translate(CONTEXT, "...") literally, so pyside6-lupdate can find the texts.
translate = QCoreApplication.translate


def _place_words(places: Iterable[PainPlace]) -> list[str]:
    # "Somewhere else" names no place, so it is left out; the order is the questions' order.
    names = {
        PainPlace.KNEE: translate("Wording", "knee"),
        PainPlace.HIP: translate("Wording", "hip"),
        PainPlace.BACK: translate("Wording", "back"),
        PainPlace.SHOULDER: translate("Wording", "shoulder"),
        PainPlace.HAND_OR_WRIST: translate("Wording", "hand or wrist"),
        PainPlace.NECK: translate("Wording", "neck"),
    }
    chosen = set(places)
    return [names[place] for place in PainPlace if place in chosen and place in names]


def places_in_sentence(places: Iterable[PainPlace]) -> str:
    """Return named places as they stand after "your": "knee", "knee and hip", ..."""
    shown = _place_words(places)
    if len(shown) <= 1:
        return "".join(shown)
    return translate("Wording", "{first} and {last}").format(
        first=", ".join(shown[:-1]), last=shown[-1]
    )


def places_list(places: Iterable[PainPlace]) -> str:
    """Return places as a list for a table: "Knee, hip"; "Somewhere else" stays in words."""
    chosen = set(places)
    shown = _place_words(chosen)
    if PainPlace.ELSEWHERE in chosen:
        shown.append(pain_place_name(PainPlace.ELSEWHERE).lower())
    text = ", ".join(shown)
    return text[:1].upper() + text[1:]


def what_changed(outcome: CheckinOutcome) -> str:
    """Return the first sentence of the acknowledgement: what the answer did to the plan."""
    if not outcome.answer.lowers:
        return translate("Wording", "Good, your plan stays as it is.")
    if not outcome.lowered:
        return translate("Wording", "Thank you. Your plan stays as it is for now.")
    places = places_in_sentence(outcome.places)
    if outcome.fallback is Fallback.ALL:
        return translate("Wording", "Your exercises have been made lighter:")
    if outcome.fallback is Fallback.MOST_PAIN and places:
        return translate(
            "Wording",
            "The exercises for your {places}, and those that hurt most last time, have been "
            "made lighter:",
        ).format(places=places)
    if outcome.fallback is Fallback.MOST_PAIN:
        return translate(
            "Wording", "The exercises that hurt most last time have been made lighter:"
        )
    return translate("Wording", "The exercises for your {places} have been made lighter:").format(
        places=places
    )


def changed_lines(outcome: CheckinOutcome, name_of: Callable[[str], str]) -> list[str]:
    """Return one line per exercise made lighter: its name and its dose now."""
    return [_changed_line(suggestion, name_of) for suggestion in outcome.lowered]


def _changed_line(suggestion: Suggestion, name_of: Callable[[str], str]) -> str:
    name = name_of(suggestion.current.exercise_id)
    if suggestion.proposed.paused:
        return translate("Wording", "{name}: rests for now").format(name=name)
    return translate("Wording", "{name}: now {load}").format(
        name=name, load=load_text(suggestion.proposed.load)
    )


def gp_advice(outcome: CheckinOutcome) -> str:
    """Return the advice to contact the GP or physiotherapist, or "" when there is none.

    Only stop signals (pain at night, long stiffness) and worse that comes back call for it.
    """
    answer = outcome.answer
    if answer.night_pain:
        return translate(
            "Wording",
            "Pain that wakes you up at night is a sign to stop and ask for advice. Please "
            "contact your GP or physiotherapist.",
        )
    named = outcome.repeated - {PainPlace.ELSEWHERE}
    if named:
        return translate(
            "Wording",
            "It has been worse at your {places} more than once in four weeks. Please talk "
            "about it with your GP or physiotherapist.",
        ).format(places=places_in_sentence(named))
    if outcome.repeated:
        return translate(
            "Wording",
            "It has been worse more than once in four weeks. Please talk about it with your GP "
            "or physiotherapist.",
        )
    if answer.long_stiffness:
        return translate(
            "Wording",
            "Stiffness for more than half an hour in the morning is a reason to ask for advice. "
            "Please talk about it with your GP or physiotherapist.",
        )
    return ""


def reassurance(outcome: CheckinOutcome) -> str:
    """Return that early soreness is normal, for a first worse answer; "" otherwise.

    Next to a stop signal or a repeat it would play down the advice, so it is left out there.
    """
    if not outcome.answer.worse or outcome.see_gp:
        return ""
    return translate(
        "Wording",
        "Some soreness or stiffness in the first weeks is normal and passes. Doing a little "
        "less for a while gives your body time to get used to the training. (OARSI 2019; "
        "KNGF-richtlijn Artrose heup-knie 2018)",
    )
