"""What needs attention per person, for the carer's overview and the name tiles."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

from sterkblijven.domain.attention import (
    DayFacts,
    Need,
    PersonFacts,
    TileLine,
    attention,
    matching,
    overview,
    tile_status,
    without_year,
)
from sterkblijven.domain.checkin import CheckinAnswer
from sterkblijven.domain.fitness import Retest
from sterkblijven.domain.model import Sex, Trainee
from sterkblijven.domain.session import JointFeeling

WEDNESDAY = date(2026, 11, 18)
NOW = datetime(2026, 11, 18, 10, 30)


def facts(name: str = "Riet", **changes: object) -> PersonFacts:
    """Return the facts of someone with nothing to tell, changed as given."""
    quiet = PersonFacts(
        trainee=Trainee(name, 1948, Sex.FEMALE, id=hash(name) % 1000),
        weekdays=(0,),
        done_this_week=1,
        trained_today=False,
        gp_talk_waits=False,
        awaiting_clearance=False,
        waiting_suggestions=0,
        last_training=datetime(2026, 11, 16, 10),
        last_highest_pain=1,
        last_stop_signal=False,
        trained_ever=True,
        last_test=datetime(2026, 11, 2, 10),
        break_since_test=False,
    )
    return dataclasses.replace(quiet, **changes)  # type: ignore[arg-type]


def test_someone_with_nothing_to_tell_has_no_needs_and_a_next_test_day() -> None:
    """A week done, no pain, a recent test: nothing needed, the next test six weeks on."""
    found = attention(facts(), WEDNESDAY)
    assert found.needs == () and not found.urgent
    assert found.last_training == date(2026, 11, 16)
    assert found.retest is None and found.next_test == date(2026, 12, 14)


def test_a_training_day_with_the_session_to_do_is_told() -> None:
    """Wednesday planned and not yet trained: training today."""
    found = attention(facts(weekdays=(2,), done_this_week=0), WEDNESDAY)
    assert found.needs == (Need.TRAINING_TODAY,)
    trained = attention(facts(weekdays=(2,), done_this_week=1, trained_today=True), WEDNESDAY)
    assert Need.TRAINING_TODAY not in trained.needs and trained.trained_today


def test_waiting_for_the_gp_is_urgent_and_holds_back_training_and_tests() -> None:
    """A stay without clearance is urgent; no training day or test is pressed meanwhile."""
    found = attention(
        facts(weekdays=(2,), done_this_week=0, awaiting_clearance=True, last_test=None),
        WEDNESDAY,
    )
    assert found.needs == (Need.HOSPITAL_CLEARANCE,) and found.urgent
    talk = attention(facts(gp_talk_waits=True), WEDNESDAY)
    assert talk.needs == (Need.GP_TALK,) and talk.urgent


def test_pain_above_the_acceptable_maximum_or_a_stop_signal_last_time_is_urgent() -> None:
    """Pain 6 or a stop signal in the last training is urgent; pain 3 is not told."""
    too_much = attention(facts(last_highest_pain=6), WEDNESDAY)
    assert too_much.needs == (Need.PAIN,) and too_much.urgent
    assert attention(facts(last_highest_pain=3), WEDNESDAY).needs == ()
    stopped = attention(facts(last_stop_signal=True), WEDNESDAY)
    assert stopped.needs == (Need.STOP_SIGNAL,) and stopped.urgent


def test_pain_four_or_five_is_acceptable_and_told_calmly() -> None:
    """Pain 4 or 5 is acceptable while training: told as holding the load, never urgent."""
    for pain in (4, 5):
        found = attention(facts(last_highest_pain=pain), WEDNESDAY)
        assert found.needs == (Need.PAIN_HELD,) and not found.urgent


def test_a_worse_next_day_after_the_last_training_is_urgent() -> None:
    """Worse joints, long stiffness or night pain the day after the last training is urgent."""
    answered = datetime(2026, 11, 17, 9)
    for answer in (
        CheckinAnswer(JointFeeling.WORSE),
        CheckinAnswer(JointFeeling.SAME, long_stiffness=True),
        CheckinAnswer(JointFeeling.SAME, night_pain=True),
    ):
        found = attention(facts(last_checkin=answer, last_checkin_at=answered), WEDNESDAY)
        assert found.needs == (Need.NEXT_DAY,) and found.urgent and found.next_day == answer
    fine = facts(last_checkin=CheckinAnswer(JointFeeling.SAME), last_checkin_at=answered)
    assert attention(fine, WEDNESDAY).needs == ()


def test_a_worse_next_day_is_no_longer_told_once_trained_again() -> None:
    """A training after the worse answer, at the lowered dose, tells now instead."""
    worse = CheckinAnswer(JointFeeling.WORSE)
    before = facts(last_checkin=worse, last_checkin_at=datetime(2026, 11, 15, 9))
    assert attention(before, WEDNESDAY).needs == ()


def test_waiting_suggestions_are_told_with_their_count_but_not_urgent() -> None:
    """Two suggestions wait: told, counted, not urgent."""
    found = attention(facts(waiting_suggestions=2), WEDNESDAY)
    assert found.needs == (Need.SUGGESTIONS,) and found.waiting_suggestions == 2
    assert not found.urgent


def test_the_test_advice_is_homes() -> None:
    """Six weeks after a test it is due; never tested after training, a first one; not before."""
    due = attention(facts(last_test=datetime(2026, 10, 1)), WEDNESDAY)
    assert due.retest is Retest.DUE and Need.TEST_DUE in due.needs and due.next_test is None
    first = attention(facts(last_test=None), WEDNESDAY)
    assert first.retest is Retest.FIRST
    new = attention(facts(last_test=None, trained_ever=False, last_training=None), WEDNESDAY)
    assert new.retest is None and new.next_test is None and new.last_training is None
    after_break = attention(facts(break_since_test=True), WEDNESDAY)
    assert after_break.retest is Retest.AFTER_BREAK


def test_the_test_advice_waits_a_day_after_pain_above_five_today() -> None:
    """Pain 6 in a training begun today: no test suggested today."""
    found = attention(facts(last_test=None, last_training=NOW, last_highest_pain=6), WEDNESDAY)
    assert found.retest is None and Need.TEST_DUE not in found.needs


def test_the_needs_come_most_urgent_first() -> None:
    """Several needs at once are told in a fixed order, the urgent ones first."""
    found = attention(
        facts(
            weekdays=(2,),
            done_this_week=0,
            waiting_suggestions=1,
            last_highest_pain=6,
            last_stop_signal=True,
            last_test=None,
            last_checkin=CheckinAnswer(JointFeeling.WORSE),
            last_checkin_at=datetime(2026, 11, 17, 9),
        ),
        WEDNESDAY,
    )
    assert found.needs == (Need.STOP_SIGNAL, Need.PAIN, Need.NEXT_DAY, Need.SUGGESTIONS,
                           Need.TEST_DUE, Need.TRAINING_TODAY)  # fmt: skip


def test_the_overview_puts_the_urgent_first_and_keeps_the_order_otherwise() -> None:
    """Urgent people first, then the rest, each group in the order given."""
    people = [
        facts("Anna"),
        facts("Bep", last_stop_signal=True),
        facts("Cor", waiting_suggestions=1),
        facts("Dirk", awaiting_clearance=True),
    ]
    names = [item.trainee.name for item in overview(people, WEDNESDAY)]
    assert names == ["Bep", "Dirk", "Anna", "Cor"]


def test_searching_matches_part_of_a_name_in_any_case() -> None:
    """Typing 'an' finds Anna and Jan; spaces around the text are ignored; nothing, nobody."""
    items = overview([facts("Anna"), facts("Jan"), facts("Kees")], WEDNESDAY)
    assert [i.trainee.name for i in matching(items, " AN ")] == ["Anna", "Jan"]
    assert matching(items, "xyz") == ()
    assert len(matching(items, "")) == 3


def test_searching_ignores_accents_on_both_sides() -> None:
    """'Zoe' finds Zoë, 'zoë' finds Zoe, 'andre' finds André: accents are folded away."""
    items = overview([facts("Zoë"), facts("Zoe de Wit"), facts("André"), facts("Kees")], WEDNESDAY)
    assert [i.trainee.name for i in matching(items, "Zoe")] == ["Zoë", "Zoe de Wit"]
    assert [i.trainee.name for i in matching(items, "zoë")] == ["Zoë", "Zoe de Wit"]
    assert [i.trainee.name for i in matching(items, "ANDRE")] == ["André"]


def day(**changes: object) -> DayFacts:
    """Return Riet's day: trained Monday, plan on Monday, nothing waiting."""
    plain = facts(weekdays=(0,), done_this_week=1).day()
    return dataclasses.replace(plain, **changes)  # type: ignore[arg-type]


def test_the_tile_line_names_the_last_training_day() -> None:
    """With the week done the tile names the day of the last training."""
    status = tile_status(day(), WEDNESDAY)
    assert status.line is TileLine.LAST_TRAINED and status.day == date(2026, 11, 16)


def test_the_tile_line_tells_a_training_day_and_waiting_for_the_gp_first() -> None:
    """A training day to do is told; waiting for the GP (a stay or a check) goes before it."""
    today = day(weekdays=(2,), done_this_week=0)
    assert tile_status(today, WEDNESDAY).line is TileLine.TRAINING_TODAY
    waiting = dataclasses.replace(today, waiting_for_gp=True)
    assert tile_status(waiting, WEDNESDAY).line is TileLine.WAITING_FOR_GP
    for reason in ({"awaiting_clearance": True}, {"gp_talk_waits": True}):
        person = facts(weekdays=(2,), done_this_week=0, **reason)
        assert tile_status(person.day(), WEDNESDAY).line is TileLine.WAITING_FOR_GP


def test_the_tile_line_for_today_and_for_someone_new() -> None:
    """Trained today says so; someone who never trained says not yet."""
    today = day(last_training=NOW, trained_today=True, done_this_week=2)
    assert tile_status(today, WEDNESDAY).line is TileLine.TRAINED_TODAY
    assert tile_status(day(last_training=None), WEDNESDAY).line is TileLine.NOT_TRAINED_YET


def test_a_day_long_ago_is_named_with_its_year() -> None:
    """Days within some months are named without their year; a day a year ago with it."""
    assert without_year(date(2026, 11, 2), WEDNESDAY)
    assert without_year(date(2027, 1, 2), WEDNESDAY)
    assert not without_year(date(2025, 11, 18), WEDNESDAY)
