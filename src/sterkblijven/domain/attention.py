"""What needs attention, per person: for the carer's overview and under the name tiles.

A carer with several people on one computer sees in one list who waits for the GP, who had too
much pain or a stop signal last time, whose next day went worse, whose load suggestions wait for
a decision, who trains today and whose functional test is due. Pain 3 to 5 is acceptable while
training (the pain-monitoring model): 4 or 5 is told calmly, as it holds the load where it is;
only pain above 5 is urgent. The rules are the ones home and the tests use; this module only
gathers them per person, from facts read for everyone at once.
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sterkblijven.domain.checkin import CheckinAnswer
from sterkblijven.domain.fitness import (
    MAX_PAIN_BEFORE_TEST,
    RETEST_AFTER_DAYS,
    Retest,
    retest_advice,
)
from sterkblijven.domain.model import Trainee
from sterkblijven.domain.reminders import week_due
from sterkblijven.domain.session import PAIN_ACCEPTABLE_MAX, PAIN_LOW_MAX

# From this many people on, the carer's overview offers a search by name.
SEARCH_FROM = 6
# A day named without its year ("maandag 3 december") is read as within the last months.
NAMED_WITHOUT_YEAR_DAYS = 300


def without_year(day: date, today: date) -> bool:
    """Return True when a day is near enough to today to be named without its year."""
    return abs((today - day).days) < NAMED_WITHOUT_YEAR_DAYS


class Need(enum.StrEnum):
    """Something about a person that asks for the carer's attention."""

    HOSPITAL_CLEARANCE = "hospital_clearance"  # after a stay: waits for the word to start again
    GP_TALK = "gp_talk"  # a health-check answer waits for a talk with the GP
    STOP_SIGNAL = "stop_signal"  # a stop signal in the last training
    PAIN = "pain"  # pain above the acceptable level in the last training: the exercise stopped
    NEXT_DAY = "next_day"  # the day after the last training: joints worse, stiff, or night pain
    PAIN_HELD = "pain_held"  # pain 4 or 5 last time: acceptable, but the load does not go up
    SUGGESTIONS = "suggestions"  # load suggestions wait for a decision
    TEST_DUE = "test_due"  # a functional test is worth doing now
    TRAINING_TODAY = "training_today"  # a training day, the session still to do


# In this order the needs are told; the first five are urgent.
ORDER = tuple(Need)
URGENT = frozenset(
    {Need.HOSPITAL_CLEARANCE, Need.GP_TALK, Need.STOP_SIGNAL, Need.PAIN, Need.NEXT_DAY}
)


@dataclass(frozen=True, slots=True)
class PersonFacts:
    """What is read about one person, for everyone at once, to see what needs attention."""

    trainee: Trainee
    weekdays: tuple[int, ...]  # the training days of the plan in force; () without exercises
    done_this_week: int
    trained_today: bool
    gp_talk_waits: bool  # the newest health check advises the GP and was not confirmed
    awaiting_clearance: bool  # a hospital stay without the word that training may start
    waiting_suggestions: int
    last_training: datetime | None  # when the last training (with a kept set) began
    last_highest_pain: int | None  # the highest pain told in that training
    last_stop_signal: bool  # a stop signal in that training
    trained_ever: bool
    last_test: datetime | None
    break_since_test: bool  # a hospital stay or a long gap in training since the last test
    last_checkin: CheckinAnswer | None = None  # the newest next-day answer
    last_checkin_at: datetime | None = None  # when it was given

    @property
    def next_day(self) -> CheckinAnswer | None:
        """Return the newest next-day answer when it lowers the dose and no training came since."""
        answer, answered = self.last_checkin, self.last_checkin_at
        if answer is None or answered is None or not answer.lowers:
            return None
        if self.last_training is not None and self.last_training > answered:
            return None  # trained again since, at the lowered dose: that training tells now
        return answer

    def day(self) -> DayFacts:
        """Return what the name tile tells from."""
        return DayFacts(
            weekdays=self.weekdays,
            done_this_week=self.done_this_week,
            trained_today=self.trained_today,
            waiting_for_gp=self.gp_talk_waits or self.awaiting_clearance,
            last_training=self.last_training,
        )


@dataclass(frozen=True, slots=True)
class Attention:
    """What needs attention for one person, most urgent first, with what the carer reads."""

    trainee: Trainee
    needs: tuple[Need, ...]
    waiting_suggestions: int
    last_highest_pain: int | None
    next_day: CheckinAnswer | None  # the next-day answer that asks for attention, or None
    last_training: date | None
    trained_today: bool
    retest: Retest | None  # why a test is worth doing now, or None
    next_test: date | None  # without a test due now: from which day one will be
    today: date  # the day this was worked out for, to name the other days against

    @property
    def urgent(self) -> bool:
        """Return True when something urgent is among the needs."""
        return any(need in URGENT for need in self.needs)


def attention(facts: PersonFacts, today: date) -> Attention:
    """Return what needs attention for one person today."""
    needs: set[Need] = set()
    if facts.awaiting_clearance:
        needs.add(Need.HOSPITAL_CLEARANCE)
    if facts.gp_talk_waits:
        needs.add(Need.GP_TALK)
    if facts.last_stop_signal:
        needs.add(Need.STOP_SIGNAL)
    pain = facts.last_highest_pain
    if pain is not None and pain > PAIN_ACCEPTABLE_MAX:
        needs.add(Need.PAIN)
    elif pain is not None and pain > PAIN_LOW_MAX:
        needs.add(Need.PAIN_HELD)
    next_day = facts.next_day
    if next_day is not None:
        needs.add(Need.NEXT_DAY)
    if facts.waiting_suggestions:
        needs.add(Need.SUGGESTIONS)
    allowed = not (facts.awaiting_clearance or facts.gp_talk_waits)
    if facts.weekdays and allowed:
        due = week_due(facts.weekdays, facts.done_this_week, facts.trained_today, today)
        if due.remind_today:
            needs.add(Need.TRAINING_TODAY)
    retest = _retest(facts, today)
    if retest is not None and allowed:
        needs.add(Need.TEST_DUE)
    next_test = None
    if retest is None and facts.last_test is not None:
        next_test = facts.last_test.date() + timedelta(days=RETEST_AFTER_DAYS)
    last = facts.last_training
    return Attention(
        trainee=facts.trainee,
        needs=tuple(need for need in ORDER if need in needs),
        waiting_suggestions=facts.waiting_suggestions,
        last_highest_pain=pain,
        next_day=next_day,
        last_training=None if last is None else last.date(),
        trained_today=facts.trained_today,
        retest=retest,
        next_test=next_test,
        today=today,
    )


def _retest(facts: PersonFacts, today: date) -> Retest | None:
    """Return the test advice as home gives it: it waits a day after pain above 5 or a stop."""
    last = facts.last_training
    if last is not None and last.date() == today:
        pain = facts.last_highest_pain
        if facts.last_stop_signal or (pain is not None and pain > MAX_PAIN_BEFORE_TEST):
            return None
    tested = None if facts.last_test is None else facts.last_test.date()
    return retest_advice(
        tested,
        today,
        sessions_done=1 if facts.trained_ever else 0,
        break_since_test=facts.break_since_test,
    )


def overview(people: Iterable[PersonFacts], today: date) -> tuple[Attention, ...]:
    """Return everyone's attention: the urgent first, otherwise in the order given."""
    found = [attention(facts, today) for facts in people]
    return tuple(sorted(found, key=lambda item: not item.urgent))


def matching(items: Iterable[Attention], typed: str) -> tuple[Attention, ...]:
    """Return the people whose name holds the typed text, ignoring case, accents and outer spaces.

    "Zoe" finds "Zoë" and "zoë" finds "Zoe": on a keyboard without accents a name is still found.
    """
    wanted = folded(" ".join(typed.split()))
    return tuple(item for item in items if wanted in folded(item.trainee.name))


def folded(text: str) -> str:
    """Return text without case and accents, for comparing names as people type them."""
    parts = unicodedata.normalize("NFKD", text.casefold())
    return unicodedata.normalize("NFC", "".join(c for c in parts if not unicodedata.combining(c)))


class TileLine(enum.StrEnum):
    """The short line under a name tile: the one thing the trainee most needs to know."""

    WAITING_FOR_GP = "waiting_for_gp"
    TRAINING_TODAY = "training_today"
    TRAINED_TODAY = "trained_today"
    LAST_TRAINED = "last_trained"
    NOT_TRAINED_YET = "not_trained_yet"


@dataclass(frozen=True, slots=True)
class TileStatus:
    """The line under one name tile, with the day it names (for LAST_TRAINED)."""

    line: TileLine
    day: date | None = None
    today: date | None = None  # with a day: the day this was worked out for


@dataclass(frozen=True, slots=True)
class DayFacts:
    """What the name tile tells from: the plan's days, the week so far and the last training."""

    weekdays: tuple[int, ...]  # the training days of the plan in force; () without exercises
    done_this_week: int
    trained_today: bool
    waiting_for_gp: bool  # a health-check answer or a hospital stay waits for the GP
    last_training: datetime | None


def tile_status(facts: DayFacts, today: date) -> TileStatus:
    """Return the line under a person's name tile: what home tells them first about today."""
    if facts.waiting_for_gp:
        return TileStatus(TileLine.WAITING_FOR_GP)
    if facts.weekdays:
        due = week_due(facts.weekdays, facts.done_this_week, facts.trained_today, today)
        if due.remind_today:
            return TileStatus(TileLine.TRAINING_TODAY)
    if facts.trained_today:
        return TileStatus(TileLine.TRAINED_TODAY, today, today)
    last = facts.last_training
    if last is None:
        return TileStatus(TileLine.NOT_TRAINED_YET)
    day = last.date()
    if day == today:
        return TileStatus(TileLine.TRAINED_TODAY, day, today)
    return TileStatus(TileLine.LAST_TRAINED, day, today)
