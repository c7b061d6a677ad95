"""What needs attention, per person: for the carer's overview and under the name tiles.

A carer with several people on one computer sees in one list who waits for the GP, who had pain
or a stop signal last time, whose load suggestions wait for a decision, who trains today and
whose functional test is due. The rules are the ones home and the tests use; this module only
gathers them per person, from facts read for everyone at once.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sterkblijven.domain.fitness import (
    MAX_PAIN_BEFORE_TEST,
    RETEST_AFTER_DAYS,
    Retest,
    retest_advice,
)
from sterkblijven.domain.home import WeekOverview
from sterkblijven.domain.model import Trainee
from sterkblijven.domain.reminders import week_due
from sterkblijven.domain.session import PAIN_LOW_MAX

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
    PAIN = "pain"  # pain above the level at which loads may still go up, last training
    SUGGESTIONS = "suggestions"  # load suggestions wait for a decision
    TEST_DUE = "test_due"  # a functional test is worth doing now
    TRAINING_TODAY = "training_today"  # a training day, the session still to do


# In this order the needs are told; the first four are urgent.
ORDER = tuple(Need)
URGENT = frozenset({Need.HOSPITAL_CLEARANCE, Need.GP_TALK, Need.STOP_SIGNAL, Need.PAIN})


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


@dataclass(frozen=True, slots=True)
class Attention:
    """What needs attention for one person, most urgent first, with what the carer reads."""

    trainee: Trainee
    needs: tuple[Need, ...]
    waiting_suggestions: int
    last_highest_pain: int | None
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
    if pain is not None and pain > PAIN_LOW_MAX:
        needs.add(Need.PAIN)
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
    """Return the people whose name holds the typed text, ignoring case and outer spaces."""
    wanted = " ".join(typed.split()).casefold()
    return tuple(item for item in items if wanted in item.trainee.name.casefold())


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


def tile_status(week: WeekOverview, today: date) -> TileStatus:
    """Return the line under a person's name tile, from the week home shows them."""
    if not week.training_allowed:
        return TileStatus(TileLine.WAITING_FOR_GP)
    due = week.due
    if due is not None and due.remind_today:
        return TileStatus(TileLine.TRAINING_TODAY)
    last = week.last_session
    if last is None:
        return TileStatus(TileLine.NOT_TRAINED_YET)
    day = last.started_at.date()
    if day == today:
        return TileStatus(TileLine.TRAINED_TODAY, day, today)
    return TileStatus(TileLine.LAST_TRAINED, day, today)
