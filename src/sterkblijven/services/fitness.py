"""Functional tests as use cases: prepare, save the confirmed result, rate it, say when next."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sterkblijven.domain.balance import more_balance
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.everyday import BalanceNews, RatedResult, rate, series_of
from sterkblijven.domain.fitness import (
    ARM_CURL_KG,
    MAX_PAIN_BEFORE_TEST,
    TESTS,
    FunctionalTest,
    Retest,
    TestResult,
    checked_value,
    dumbbell_for,
    functional_test,
    long_gap_between,
    retest_advice,
)
from sterkblijven.domain.fitness import Equipment as TestEquipment
from sterkblijven.domain.model import Trainee
from sterkblijven.domain.progression import Advice
from sterkblijven.domain.validation import InputRefused, check_kg, clean_note
from sterkblijven.services.catalogue import load_catalogue
from sterkblijven.services.health import refusal_before_exertion
from sterkblijven.services.setup import MAX_ROUTINE_EXERCISES
from sterkblijven.services.suggestions import (
    HOSPITAL_STAY,
    add_to_plan,
    apply_doses,
    trainee_may_decide,
)
from sterkblijven.storage import Database, Transaction, sessions
from sterkblijven.storage import progress as store
from sterkblijven.storage import reports as report_store
from sterkblijven.storage import repositories as repo
from sterkblijven.storage import suggestions as suggestion_store

MORE_BALANCE = "more_balance"
# One fall-risk episode changes the plan once: results within this time of the last change
# (the usual time between tests) give the advice but no second change (a design choice).
MORE_BALANCE_PAUSE = timedelta(weeks=6)


@dataclass(frozen=True, slots=True)
class TestPlan:
    """What the preparation screen of a test shows for this person."""

    test: FunctionalTest
    trainee: Trainee
    dumbbell_kg: float | None  # the owned dumbbell nearest the protocol weight (arm curl)
    protocol_kg: float | None
    last: TestResult | None
    owned_kg: tuple[float, ...] = ()  # the dumbbells owned, lightest first (arm curl)


class FitnessTests:
    """Guided functional tests for one household's trainees."""

    def __init__(
        self,
        database: Database,
        clock: Callable[[], datetime],
        catalogue: Catalogue | None = None,
    ) -> None:
        self._database = database
        self._clock = clock
        self._catalogue = catalogue

    def tests(self) -> tuple[FunctionalTest, ...]:
        """Return the six tests in the order they are offered."""
        return TESTS

    def plan(self, trainee_id: int, test_id: str) -> TestPlan:
        """Return what the person needs to prepare for a test."""
        test = functional_test(test_id)
        with self._database.transaction() as tx:
            _refuse_before_readiness(tx, trainee_id, self._clock())
            trainee = repo.get_trainee(tx, trainee_id)
            owned = repo.load_equipment(tx, trainee_id).dumbbells_kg
            results = store.test_results(tx, trainee_id, test_id)
        protocol = norms_kg(test, trainee)
        kg = dumbbell_for(trainee.sex, tuple(owned)) if protocol is not None else None
        owned_kg = tuple(sorted(owned)) if protocol is not None else ()
        return TestPlan(test, trainee, kg, protocol, results[-1] if results else None, owned_kg)

    def record(
        self,
        trainee_id: int,
        test_id: str,
        value: float,
        note: str = "",
        used_arms: bool = False,
        dumbbell_kg: float | None = None,
    ) -> RatedResult:
        """Store a confirmed result and return it rated; refuse what cannot be true.

        ``dumbbell_kg`` is the arm curl's dumbbell; None when it is not known, and for the
        other tests, which use none.
        """
        test = functional_test(test_id)
        if used_arms and test.id != "chair_stand_30s":
            raise InputRefused("test_arms_only_chair_stand")
        if dumbbell_kg is not None and TestEquipment.DUMBBELL not in test.needs:
            raise InputRefused("test_weight_only_arm_curl")
        weight = None if dumbbell_kg is None else check_kg(dumbbell_kg)
        # A result's note is one line of words: its line breaks become spaces.
        tidied = clean_note(note, single_line=True)
        # The protocol scores a chair stand that needed the arms as 0.
        stored = 0.0 if used_arms else checked_value(test.id, value)
        result = TestResult(test.id, stored, self._clock(), tidied, used_arms, dumbbell_kg=weight)
        with self._database.transaction() as tx:
            _refuse_before_gp_talk(tx, trainee_id)
            trainee = repo.get_trainee(tx, trainee_id)
            earlier = store.test_results(tx, trainee_id, test.id)
            saved = store.add_test_result(tx, trainee_id, result)
            rated = rate(saved, trainee, earlier[-1] if earlier else None)
            if rated.assessment.fall_risk:
                news = more_balance_after(tx, self._exercises(), trainee_id, self._clock())
                rated = dataclasses.replace(rated, balance=news)
        return rated

    def results(self, trainee_id: int, test_id: str) -> list[RatedResult]:
        """Return every result of a test, oldest first, each rated at the age it was taken."""
        with self._database.transaction() as tx:
            trainee = repo.get_trainee(tx, trainee_id)
            found = store.test_results(tx, trainee_id, test_id)
        return [
            rate(result, trainee, found[index - 1] if index else None)
            for index, result in enumerate(found)
        ]

    def latest(self, trainee_id: int) -> dict[str, RatedResult]:
        """Return the latest rated result of each test done."""
        with self._database.transaction() as tx:
            trainee = repo.get_trainee(tx, trainee_id)
            grouped = store.latest_results(tx, trainee_id)
        return {
            test_id: rate(found[-1], trainee, found[-2] if len(found) > 1 else None)
            for test_id, found in grouped.items()
        }

    def _exercises(self) -> Catalogue:
        if self._catalogue is None:
            self._catalogue = load_catalogue()
        return self._catalogue

    def retest(self, trainee_id: int) -> Retest | None:
        """Return why a functional test is worth doing now, or None."""
        with self._database.transaction() as tx:
            return retest_due(tx, trainee_id, self._clock())


def _refuse_before_gp_talk(tx: Transaction, trainee_id: int) -> None:
    # A test already done is kept unless the GP talk never took place: what waits only for the
    # health check to be asked again, or for clearance, must not cost a result just measured.
    readiness = repo.latest_readiness(tx, trainee_id)
    if readiness is not None and not readiness.training_allowed:
        raise InputRefused("readiness_pending")


def _refuse_before_readiness(tx: Transaction, trainee_id: int, now: datetime) -> None:
    # The tests are exertion too: like training, they wait for the health check and, after a
    # hospital stay, for the word that training may start again.
    refusal = refusal_before_exertion(tx, trainee_id, now)
    if refusal is not None:
        raise InputRefused(refusal)


def more_balance_after(
    tx: Transaction, catalogue: Catalogue, trainee_id: int, now: datetime
) -> BalanceNews:
    """Add or raise balance work after a fall-risk result, as who decides allows; say what.

    When the trainee decides (no carer PIN, or the carer allows it), the change is put in the
    plan; otherwise it waits as a suggestion the carer sees. A change made within the last six
    weeks is not made again.
    """
    # Counted in calendar days, so that a retest on the day six weeks are over may change again.
    recent = datetime.combine(now.date() - MORE_BALANCE_PAUSE + timedelta(days=1), time.min)
    if repo.event_since(tx, trainee_id, MORE_BALANCE, recent):
        return BalanceNews()
    routine = repo.active_routine(tx, trainee_id)
    if routine is None:
        return BalanceNews()
    equipment = repo.load_equipment(tx, trainee_id)
    found = more_balance(routine, catalogue, equipment, MAX_ROUTINE_EXERCISES)
    if found is None:
        return BalanceNews()
    suggestion = found.suggestion
    in_plan = trainee_may_decide(tx, trainee_id)
    if not in_plan:
        suggestion_store.add(tx, trainee_id, None, found.position, suggestion, False, now)
    elif suggestion.advice is Advice.ADD:
        add_to_plan(tx, trainee_id, found.position, suggestion.proposed, now)
    else:
        change = {found.position: (suggestion.current, suggestion.proposed)}
        apply_doses(tx, trainee_id, change, now)
    repo.add_event(tx, trainee_id, MORE_BALANCE, now)
    return BalanceNews(suggestion.advice, found.exercise, in_plan)


def norms_kg(test: FunctionalTest, trainee: Trainee) -> float | None:
    """Return the protocol's dumbbell weight for this person, for tests that use one."""
    return ARM_CURL_KG[trainee.sex] if TestEquipment.DUMBBELL in test.needs else None


def hurt_today(tx: Transaction, trainee_id: int, now: datetime) -> bool:
    """Return True when a session begun today reported pain above 5 or a stop signal."""
    start = datetime.combine(now.date(), time.min)
    end = start + timedelta(days=1)
    pains = store.pain_per_session(tx, trainee_id, start, end)
    if any(pain > MAX_PAIN_BEFORE_TEST for _, pain in pains):
        return True
    return bool(report_store.stop_signals_between(tx, trainee_id, start, end))


def retest_due(tx: Transaction, trainee_id: int, now: datetime) -> Retest | None:
    """Return why a test is worth doing now: never done, six weeks on, or after a break.

    Never on a day with pain above 5 or a stop signal: the advice waits until the next day.
    """
    if hurt_today(tx, trainee_id, now):
        return None
    last = store.last_test_taken(tx, trainee_id)
    if last is None:
        # Whether training has begun: one training is enough to know, however many there are.
        done = sessions.count_done_sessions(tx, trainee_id, at_most=1)
        return retest_advice(None, now.date(), sessions_done=done, break_since_test=False)
    days = store.session_days(tx, trainee_id, since=last)
    hospital = repo.event_since(tx, trainee_id, HOSPITAL_STAY, last)
    gap = hospital or long_gap_between(days, last.date(), now.date())
    # The count of trainings only matters before the first test.
    return retest_advice(last.date(), now.date(), sessions_done=1, break_since_test=gap)


__all__ = [
    "MAX_PAIN_BEFORE_TEST",
    "BalanceNews",
    "FitnessTests",
    "RatedResult",
    "TestPlan",
    "hurt_today",
    "norms_kg",
    "rate",
    "retest_due",
    "series_of",
]
