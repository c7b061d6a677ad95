"""The next-day check-in: which exercises an answer lowers, and when to advise the GP.

The rules, with their sources:

- Pain higher the next day, or morning stiffness over half an hour, means the dose was too
  high: lower it (Silbernagel et al. 2007, pain-monitoring model).
- A worse next day is about one region: lower the exercises that load that region, one step,
  and leave the rest of the plan alone (OARSI 2019; KNGF-richtlijn Artrose heup-knie 2018).
  Some soreness or stiffness in the first weeks is normal and passes.
- Pain that wakes a person at night, and morning stiffness over half an hour, are stop signals
  in physiotherapy guidance on joints: lower, and advise contact with the GP or
  physiotherapist. So is "worse" that comes back at the same place within four weeks; then
  those exercises rest until the carer starts them again. The app advises; it never diagnoses.

Everything here is pure: the same answers always give the same choice.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import timedelta

from sterkblijven.domain.session import JointFeeling, PainPlace

# "Comes back" (a design choice): a second worse answer at the same place within four weeks,
# about four weekly sessions, long enough to outlast the soreness of one session.
REPEAT_WINDOW = timedelta(days=28)


@dataclass(frozen=True, slots=True)
class CheckinAnswer:
    """The next-day answers: joints, morning stiffness, night pain, and where it is felt.

    ``places`` empty means "I don't know". Places only count with worse joints or night pain:
    they say where those are felt.
    """

    joints: JointFeeling
    long_stiffness: bool = False
    night_pain: bool = False
    places: frozenset[PainPlace] = frozenset()

    @property
    def worse(self) -> bool:
        """Return True when the joints feel worse than usual."""
        return self.joints is JointFeeling.WORSE

    @property
    def asks_where(self) -> bool:
        """Return True when the answer needs a place: worse joints or pain at night."""
        return self.worse or self.night_pain

    @property
    def lowers(self) -> bool:
        """Return True when the answer lowers the dose."""
        return self.asks_where or self.long_stiffness

    def kept(self) -> CheckinAnswer:
        """Return the answer as it is stored: without places where none were asked."""
        if self.asks_where:
            return self
        return CheckinAnswer(self.joints, self.long_stiffness, self.night_pain)

    def regions(self) -> frozenset[PainPlace]:
        """Return where the trouble is, for telling whether it came back.

        "I don't know" and "somewhere else" are one region: both say "not a joint named".
        """
        if not self.asks_where:
            return frozenset()
        return self.places or frozenset({PainPlace.ELSEWHERE})


@dataclass(frozen=True, slots=True)
class Trained:
    """One exercise done in the session asked about."""

    position: int
    joints: frozenset[PainPlace]  # the joints it loads, from the catalogue
    highest_pain: int  # the most pain reported in its sets, 0 when none


class Fallback(enum.StrEnum):
    """How exercises were chosen when the places named pointed to none of them."""

    MOST_PAIN = "most_pain"  # the ones done with the most pain
    ALL = "all"  # every exercise done


@dataclass(frozen=True, slots=True)
class Choice:
    """The exercises an answer lowers, each with the regions it is lowered for."""

    lowered: dict[int, frozenset[PainPlace]]  # by position; ELSEWHERE for a fallback
    places: frozenset[PainPlace]  # the named places that chose exercises
    fallback: Fallback | None

    @property
    def positions(self) -> frozenset[int]:
        """Return the positions of the exercises to lower."""
        return frozenset(self.lowered)


def choose(answer: CheckinAnswer, trained: Sequence[Trained]) -> Choice:
    """Return the exercises of the session that the answer lowers.

    A named place lowers the exercises that load it. Where no place is known ("I don't know",
    "somewhere else", or a place none of them loads, such as the neck), the exercises done
    with the most pain are the likeliest cause, so those are lowered. Where no pain was
    reported either, nothing tells them apart, so each is lowered one step: a small change,
    on the safe side, and the next answer tells more. Long stiffness alone names no place, so it
    lowers every exercise done, as it always did.
    """
    if not answer.lowers or not trained:
        return Choice({}, frozenset(), None)
    if not answer.asks_where:
        return Choice({t.position: frozenset() for t in trained}, frozenset(), Fallback.ALL)
    named = answer.places - {PainPlace.ELSEWHERE}
    lowered = {t.position: t.joints & named for t in trained if t.joints & named}
    places = frozenset[PainPlace]().union(*lowered.values())
    unexplained = not answer.places or PainPlace.ELSEWHERE in answer.places or not lowered
    if not unexplained:
        return Choice(lowered, places, None)
    most = max(t.highest_pain for t in trained)
    fallback = Fallback.MOST_PAIN if most > 0 else Fallback.ALL
    for t in trained:
        if fallback is Fallback.ALL or t.highest_pain == most:
            lowered[t.position] = lowered.get(t.position, frozenset()) | {PainPlace.ELSEWHERE}
    return Choice(lowered, places, fallback)


def repeated(answer: CheckinAnswer, earlier: Iterable[CheckinAnswer]) -> frozenset[PainPlace]:
    """Return the regions where worse joints or night pain came back.

    ``earlier`` are the answers of the last four weeks before this one.
    """
    before = frozenset[PainPlace]().union(*(other.regions() for other in earlier))
    return answer.regions() & before
