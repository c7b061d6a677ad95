"""Functional tests as use cases: prepare, record and rate, list, and when to test again."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

import pytest

from sterkblijven.domain.bands import theraband_ladder
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.fitness import TESTS, Retest
from sterkblijven.domain.model import Sex
from sterkblijven.domain.norms import AVERAGE, BELOW_AVERAGE
from sterkblijven.domain.session import PainPlace, StopSignal
from sterkblijven.domain.validation import MAX_NOTE_LENGTH
from sterkblijven.services.errors import InputRefused
from sterkblijven.services.fitness import FitnessTests
from sterkblijven.services.onboarding import FirstRunAnswers, Onboarding
from sterkblijven.services.setup import Setup
from sterkblijven.services.training import SetInput, Training
from sterkblijven.storage import Database
from tests.clocks import ManualClock

GOOD = SetInput(reps=20, reached_failure=True, pain=0)


def make_trainee(
    database: Database,
    catalogue: Catalogue,
    moment: ManualClock[datetime],
    *,
    name: str = "Riet",
    birth_year: str = "1948",
    sex: Sex = Sex.FEMALE,
    kgs: tuple[float, ...] = (1.0, 2.0, 3.0),
) -> int:
    """Return a new trainee with the given dumbbells and yellow, red and green bands."""
    answers = FirstRunAnswers(
        name, birth_year, sex, frozenset(), False, kgs, theraband_ladder()[1:4], "nl"
    )
    trainee = Onboarding(database, catalogue, moment).complete(answers).trainee
    assert trainee.id is not None
    return trainee.id


@pytest.fixture
def trainee(database: Database, catalogue: Catalogue, moment: ManualClock[datetime]) -> int:
    """Return Riet, a woman born in 1948 (78 at the tests' now), with 1, 2 and 3 kg."""
    return make_trainee(database, catalogue, moment)


def train(training: Training, trainee: int) -> None:
    """Do one short session: one set of the first exercise, then stop."""
    state = training.finish_warmup(training.start(trainee).id)
    training.record_set(state.id, 0, GOOD)
    training.end_early(state.id)


def test_the_six_tests_are_offered_in_order(fitness: FitnessTests) -> None:
    """The use cases offer the six domain tests, in the domain's order."""
    assert fitness.tests() == TESTS
    assert len(fitness.tests()) == 6


def test_the_arm_curl_plan_picks_the_owned_dumbbell_nearest_the_protocol(
    fitness: FitnessTests, trainee: int
) -> None:
    """A woman with 1, 2 and 3 kg curls 2 kg, the nearest to the protocol's 2.27 kg."""
    plan = fitness.plan(trainee, "arm_curl_30s")
    assert (plan.dumbbell_kg, plan.protocol_kg, plan.last) == (2.0, 2.27, None)
    assert plan.trainee.id == trainee and plan.test.id == "arm_curl_30s"


def test_a_man_curls_nearest_to_3_63_kg(
    fitness: FitnessTests, database: Database, catalogue: Catalogue, moment: ManualClock[datetime]
) -> None:
    """A man with 2, 3.5 and 5 kg curls 3.5 kg, the nearest to the protocol's 3.63 kg."""
    jan = make_trainee(database, catalogue, moment, name="Jan", sex=Sex.MALE, kgs=(2.0, 3.5, 5.0))
    plan = fitness.plan(jan, "arm_curl_30s")
    assert (plan.dumbbell_kg, plan.protocol_kg) == (3.5, 3.63)


def test_tests_without_a_dumbbell_plan_none_and_show_the_last_result(
    fitness: FitnessTests, trainee: int, moment: ManualClock[datetime]
) -> None:
    """The chair stand needs no dumbbell; its plan shows the last result once there is one."""
    plan = fitness.plan(trainee, "chair_stand_30s")
    assert (plan.dumbbell_kg, plan.protocol_kg, plan.last) == (None, None, None)
    fitness.record(trainee, "chair_stand_30s", 10)
    moment.now += timedelta(days=1)
    fitness.record(trainee, "chair_stand_30s", 12)
    last = fitness.plan(trainee, "chair_stand_30s").last
    assert last is not None and last.value == 12.0


def test_a_result_is_stored_and_rated_against_the_norms(
    fitness: FitnessTests, trainee: int, clock: datetime
) -> None:
    """Riet at 78 with 9 chair stands is below the 75-79 range of 10-15: a fall-risk signal."""
    rated = fitness.record(trainee, "chair_stand_30s", 9)
    assert (rated.age, rated.assessment.age_band, rated.assessment.normal_range) == (
        78,
        (75, 79),
        (10, 15),
    )
    assert (rated.assessment.rating, rated.assessment.fall_risk) == (BELOW_AVERAGE, True)
    assert rated.previous is None
    assert rated.result.id is not None and rated.result.taken_at == clock
    (stored,) = fitness.results(trainee, "chair_stand_30s")
    assert stored.result == rated.result
    assert (stored.assessment.rating, stored.assessment.fall_risk) == (BELOW_AVERAGE, True)


def test_timed_results_are_stored_to_a_tenth_and_rated(fitness: FitnessTests, trainee: int) -> None:
    """A Timed Up and Go of 12.04 s is kept as 12.0 s, which is the fall-risk cut-off."""
    rated = fitness.record(trainee, "timed_up_and_go", 12.04)
    assert rated.result.value == 12.0
    assert (rated.assessment.rating, rated.assessment.fall_risk) == (BELOW_AVERAGE, True)
    faster = fitness.record(trainee, "timed_up_and_go", 9.5)
    assert (faster.assessment.rating, faster.assessment.fall_risk) == (AVERAGE, False)
    assert faster.previous == rated.result


def test_results_are_rated_at_the_age_on_the_test_day(
    database: Database, catalogue: Catalogue, moment: ManualClock[datetime]
) -> None:
    """Jan (born 1951) scores 11 at 74, below 12-17; at 75 the same 11 is within 11-17."""
    moment.now = datetime(2025, 12, 31, 10, 0)
    jan = make_trainee(database, catalogue, moment, name="Jan", birth_year="1951", sex=Sex.MALE)
    fitness = FitnessTests(database, moment)
    at_74 = fitness.record(jan, "chair_stand_30s", 11)
    assert (at_74.age, at_74.assessment.age_band, at_74.assessment.rating) == (
        74,
        (70, 74),
        BELOW_AVERAGE,
    )
    moment.now = datetime(2026, 1, 2, 10, 0)
    at_75 = fitness.record(jan, "chair_stand_30s", 11)
    assert (at_75.age, at_75.assessment.age_band, at_75.assessment.rating) == (
        75,
        (75, 79),
        AVERAGE,
    )
    assert not at_75.assessment.fall_risk
    first, second = fitness.results(jan, "chair_stand_30s")
    assert (first.age, first.assessment.rating, first.assessment.fall_risk) == (
        74,
        BELOW_AVERAGE,
        True,
    )
    assert (second.age, second.assessment.rating) == (75, AVERAGE)


@pytest.mark.parametrize(
    ("test_id", "value", "code"),
    [
        ("chair_stand_30s", -1, "test_out_of_range"),
        ("chair_stand_30s", 61, "test_out_of_range"),
        ("chair_stand_30s", 8.5, "test_not_whole"),
        ("step_test_2min", 300, "test_out_of_range"),
        ("timed_up_and_go", 0, "test_time_zero"),
        ("timed_up_and_go", float("nan"), "test_not_a_number"),
        ("five_times_sit_to_stand", float("inf"), "test_out_of_range"),
    ],
)
def test_impossible_results_are_refused_and_nothing_is_stored(
    fitness: FitnessTests, trainee: int, test_id: str, value: float, code: str
) -> None:
    """A value that cannot be true is refused with its code; no result is written."""
    with pytest.raises(InputRefused) as caught:
        fitness.record(trainee, test_id, value)
    assert caught.value.code == code
    assert fitness.results(trainee, test_id) == []
    assert fitness.latest(trainee) == {}


def test_a_chair_stand_that_needed_the_arms_is_stored_as_0(
    fitness: FitnessTests, trainee: int
) -> None:
    """Needing the arms scores 0 whatever was counted, and reads as a fall-risk signal."""
    rated = fitness.record(trainee, "chair_stand_30s", 7, used_arms=True)
    assert (rated.result.value, rated.result.used_arms) == (0.0, True)
    assert (rated.assessment.rating, rated.assessment.fall_risk) == (BELOW_AVERAGE, True)
    (stored,) = fitness.results(trainee, "chair_stand_30s")
    assert (stored.result.value, stored.result.used_arms) == (0.0, True)


@pytest.mark.parametrize("test_id", [t.id for t in TESTS if t.id != "chair_stand_30s"])
def test_used_arms_is_refused_for_other_tests(
    fitness: FitnessTests, trainee: int, test_id: str
) -> None:
    """Only the chair stand knows 'used the arms'; elsewhere it is refused and nothing stored."""
    with pytest.raises(InputRefused) as caught:
        fitness.record(trainee, test_id, 10, used_arms=True)
    assert caught.value.code == "test_arms_only_chair_stand"
    assert fitness.results(trainee, test_id) == []


def test_a_note_is_tidied_and_kept(fitness: FitnessTests, trainee: int) -> None:
    """Surrounding and repeated spaces and line breaks go; the words stay."""
    rated = fitness.record(trainee, "arm_curl_30s", 14, note="  slecht   geslapen\n vandaag ")
    assert rated.result.note == "slecht geslapen vandaag"
    (stored,) = fitness.results(trainee, "arm_curl_30s")
    assert stored.result.note == "slecht geslapen vandaag"


def test_a_note_may_be_300_characters_after_tidying(fitness: FitnessTests, trainee: int) -> None:
    """The limit applies to the tidied note: 300 characters with spaces around are fine."""
    note = "x" * MAX_NOTE_LENGTH
    assert MAX_NOTE_LENGTH == 300
    rated = fitness.record(trainee, "arm_curl_30s", 14, note=f"   {note}   ")
    assert rated.result.note == note


def test_a_note_too_long_is_refused_and_nothing_stored(fitness: FitnessTests, trainee: int) -> None:
    """A note over 300 characters is refused with the limit; the result is not stored."""
    with pytest.raises(InputRefused) as caught:
        fitness.record(trainee, "arm_curl_30s", 14, note="x" * 301)
    assert (caught.value.code, caught.value.limits) == ("note_too_long", (300,))
    assert fitness.results(trainee, "arm_curl_30s") == []


def test_results_come_oldest_first_each_with_the_one_before(
    fitness: FitnessTests, trainee: int, moment: ManualClock[datetime]
) -> None:
    """Each result is rated with its predecessor; other tests do not mix in."""
    for value in (9, 11, 13):
        fitness.record(trainee, "chair_stand_30s", value)
        fitness.record(trainee, "step_test_2min", value * 6)
        moment.now += timedelta(days=43)
    found = fitness.results(trainee, "chair_stand_30s")
    assert [r.result.value for r in found] == [9.0, 11.0, 13.0]
    assert [r.previous.value if r.previous else None for r in found] == [None, 9.0, 11.0]
    assert [r.assessment.rating for r in found] == [BELOW_AVERAGE, AVERAGE, AVERAGE]
    assert found[0].result.taken_at < found[1].result.taken_at < found[2].result.taken_at


def test_latest_gives_each_test_done_with_its_previous(
    fitness: FitnessTests, trainee: int, moment: ManualClock[datetime]
) -> None:
    """The latest result of every test done, with the one before it where there is one."""
    fitness.record(trainee, "chair_stand_30s", 9)
    fitness.record(trainee, "timed_up_and_go", 13.2)
    moment.now += timedelta(days=50)
    fitness.record(trainee, "chair_stand_30s", 12)
    latest = fitness.latest(trainee)
    assert set(latest) == {"chair_stand_30s", "timed_up_and_go"}
    chair = latest["chair_stand_30s"]
    assert chair.result.value == 12.0 and chair.previous is not None
    assert chair.previous.value == 9.0
    assert latest["timed_up_and_go"].previous is None


def test_results_belong_to_one_trainee(
    fitness: FitnessTests,
    trainee: int,
    database: Database,
    catalogue: Catalogue,
    moment: ManualClock[datetime],
) -> None:
    """Another person's results are not listed."""
    jan = make_trainee(database, catalogue, moment, name="Jan", sex=Sex.MALE)
    fitness.record(jan, "chair_stand_30s", 15)
    assert fitness.results(trainee, "chair_stand_30s") == []
    assert fitness.latest(trainee) == {}
    assert len(fitness.results(jan, "chair_stand_30s")) == 1


# When to test again


def test_no_test_is_suggested_before_any_session(fitness: FitnessTests, trainee: int) -> None:
    """Right after set-up the first screen is about training, not about a test."""
    assert fitness.retest(trainee) is None


def test_a_session_left_unfinished_does_not_count(
    fitness: FitnessTests, trainee: int, training: Training
) -> None:
    """A session closed as it was is not a session done."""
    state = training.finish_warmup(training.start(trainee).id)
    training.record_set(state.id, 0, GOOD)
    training.close_as_is(state.id)
    assert fitness.retest(trainee) is None


def test_a_first_test_is_suggested_after_one_session(
    fitness: FitnessTests, trainee: int, training: Training
) -> None:
    """Once training has begun a first test shows where someone starts; after it, nothing."""
    train(training, trainee)
    assert fitness.retest(trainee) is Retest.FIRST
    fitness.record(trainee, "chair_stand_30s", 10)
    assert fitness.retest(trainee) is None


def test_a_retest_is_due_six_weeks_after_the_last(
    fitness: FitnessTests, trainee: int, training: Training, moment: ManualClock[datetime]
) -> None:
    """Training every fortnight, a test is due on day 42 after the last one, not on day 41."""
    train(training, trainee)
    fitness.record(trainee, "chair_stand_30s", 10)
    tested = moment.now
    for day in (14, 28, 40):
        moment.now = tested + timedelta(days=day)
        train(training, trainee)
    moment.now = tested + timedelta(days=41)
    assert fitness.retest(trainee) is None
    moment.now = tested + timedelta(days=42)
    assert fitness.retest(trainee) is Retest.DUE
    fitness.record(trainee, "timed_up_and_go", 9.0)  # any test counts as the last test
    assert fitness.retest(trainee) is None


def test_a_hospital_stay_since_the_test_suggests_one_after_the_break(
    fitness: FitnessTests,
    trainee: int,
    training: Training,
    database: Database,
    catalogue: Catalogue,
    moment: ManualClock[datetime],
) -> None:
    """A hospital stay reported after the last test makes a retest worthwhile at once."""
    train(training, trainee)
    fitness.record(trainee, "chair_stand_30s", 10)
    moment.now += timedelta(days=5)
    assert fitness.retest(trainee) is None
    Setup(database, catalogue, moment).report_hospital_stay(trainee)
    moment.now += timedelta(days=2)
    assert fitness.retest(trainee) is Retest.AFTER_BREAK


def test_a_hospital_stay_before_the_test_does_not_count(
    fitness: FitnessTests,
    trainee: int,
    training: Training,
    database: Database,
    catalogue: Catalogue,
    moment: ManualClock[datetime],
) -> None:
    """A stay already behind the person when they tested is no reason to test again."""
    train(training, trainee)
    Setup(database, catalogue, moment).report_hospital_stay(trainee)
    moment.now += timedelta(days=3)
    fitness.record(trainee, "chair_stand_30s", 10)
    moment.now += timedelta(days=1)
    assert fitness.retest(trainee) is None


def test_six_weeks_without_training_since_the_test_suggests_one_after_the_break(
    fitness: FitnessTests, trainee: int, training: Training, moment: ManualClock[datetime]
) -> None:
    """A 6-week gap between sessions after the last test is a break, even once training resumed."""
    train(training, trainee)
    fitness.record(trainee, "chair_stand_30s", 10)
    tested = moment.now
    moment.now = tested + timedelta(days=2)
    train(training, trainee)
    moment.now = tested + timedelta(days=2 + 42)
    train(training, trainee)
    moment.now += timedelta(days=1)
    assert fitness.retest(trainee) is Retest.AFTER_BREAK


def test_six_weeks_without_any_session_since_the_test_is_a_break(
    fitness: FitnessTests, trainee: int, training: Training, moment: ManualClock[datetime]
) -> None:
    """No session at all in the 42 days since the test counts as a break, not a due retest."""
    train(training, trainee)
    fitness.record(trainee, "chair_stand_30s", 10)
    moment.now += timedelta(days=41)
    assert fitness.retest(trainee) is None
    moment.now += timedelta(days=1)
    assert fitness.retest(trainee) is Retest.AFTER_BREAK


def test_tests_wait_like_training_until_a_health_check_yes_is_confirmed(
    database: Database, catalogue: Catalogue, moment: ManualClock[datetime], fitness: FitnessTests
) -> None:
    """With a readiness 'yes' not yet confirmed, a test is refused and nothing is stored."""
    answers = FirstRunAnswers(
        "Henk", "1944", Sex.MALE, frozenset({"dizziness"}), False, (2.0,), (), "nl"
    )
    henk = Onboarding(database, catalogue, moment).complete(answers).trainee.id
    assert henk is not None
    for attempt in (
        lambda: fitness.plan(henk, "step_test_2min"),
        lambda: fitness.record(henk, "step_test_2min", 70),
    ):
        with pytest.raises(InputRefused) as caught:
            attempt()
        assert caught.value.code == "readiness_pending"
    assert fitness.results(henk, "step_test_2min") == []


def painful_day(training: Training, trainee: int, entry: SetInput) -> None:
    """Do one session whose only set reports ``entry``'s pain or stop signal, then stop."""
    state = training.finish_warmup(training.start(trainee).id)
    training.record_set(state.id, 0, entry)
    training.end_early(state.id)


@pytest.mark.parametrize(
    "entry",
    [
        dataclasses.replace(GOOD, pain=6, pain_place=PainPlace.KNEE),
        dataclasses.replace(
            GOOD,
            pain=3,
            pain_place=PainPlace.KNEE,
            stop_signals=frozenset({StopSignal.SWELLING_OR_WARMTH}),
        ),
    ],
    ids=["pain above 5", "stop signal"],
)
def test_no_test_is_offered_on_a_day_with_pain_above_5_or_a_stop_signal(
    fitness: FitnessTests,
    trainee: int,
    training: Training,
    moment: ManualClock[datetime],
    entry: SetInput,
) -> None:
    """A test is not offered on the day of pain above 5 or a stop signal, but again the next day."""
    painful_day(training, trainee, entry)
    assert fitness.retest(trainee) is None
    moment.now = moment.now + timedelta(days=1)
    assert fitness.retest(trainee) is Retest.FIRST


def test_pain_of_5_on_the_day_still_offers_a_test(
    fitness: FitnessTests, trainee: int, training: Training
) -> None:
    """Pain up to 5 is acceptable, so the test is still offered that day."""
    painful_day(training, trainee, dataclasses.replace(GOOD, pain=5, pain_place=PainPlace.KNEE))
    assert fitness.retest(trainee) is Retest.FIRST
