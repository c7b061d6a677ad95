"""Which exercises a next-day answer lowers, and when it counts as coming back."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sterkblijven.domain.checkin import CheckinAnswer, Fallback, Trained, choose, repeated
from sterkblijven.domain.session import JointFeeling, PainPlace

KNEE, HIP, SHOULDER = PainPlace.KNEE, PainPlace.HIP, PainPlace.SHOULDER
SQUAT = Trained(0, frozenset({KNEE, HIP}), 0)
PRESS = Trained(1, frozenset({SHOULDER}), 3)
CALF = Trained(2, frozenset(), 1)
SESSION = (SQUAT, PRESS, CALF)


def worse(*places: PainPlace, night: bool = False) -> CheckinAnswer:
    """Return a worse answer felt at the places given."""
    return CheckinAnswer(JointFeeling.WORSE, night_pain=night, places=frozenset(places))


def test_a_named_place_lowers_the_exercises_that_load_it() -> None:
    """Worse at the hip lowers the squat only, for the hip."""
    choice = choose(worse(HIP), SESSION)
    assert (choice.lowered, choice.places, choice.fallback) == ({0: frozenset({HIP})}, {HIP}, None)


def test_somewhere_else_adds_the_most_painful_exercise() -> None:
    """Knee and somewhere else: the squat for the knee, and the press, which hurt most."""
    choice = choose(worse(KNEE, PainPlace.ELSEWHERE), SESSION)
    assert choice.positions == {0, 1}
    assert (choice.places, choice.fallback) == ({KNEE}, Fallback.MOST_PAIN)


def test_no_answer_worth_lowering_lowers_nothing() -> None:
    """As usual, or better, without night pain or long stiffness, lowers nothing."""
    for feeling in (JointFeeling.SAME, JointFeeling.BETTER):
        assert choose(CheckinAnswer(feeling, places=frozenset({KNEE})), SESSION).lowered == {}


def test_places_are_kept_only_where_they_were_asked() -> None:
    """A place with joints as usual and no night pain is dropped; with night pain it stays."""
    assert CheckinAnswer(JointFeeling.SAME, places=frozenset({KNEE})).kept().places == frozenset()
    night = CheckinAnswer(JointFeeling.SAME, night_pain=True, places=frozenset({KNEE}))
    assert night.kept() == night


def test_worse_comes_back_at_a_region_named_before() -> None:
    """The knee again is a repeat; a first shoulder is not; "not known" twice is one region."""
    earlier = [worse(KNEE), CheckinAnswer(JointFeeling.SAME, long_stiffness=True)]
    assert repeated(worse(KNEE, SHOULDER), earlier) == {KNEE}
    assert repeated(worse(SHOULDER), earlier) == frozenset()
    assert repeated(worse(), [worse(PainPlace.ELSEWHERE)]) == {PainPlace.ELSEWHERE}
    assert repeated(CheckinAnswer(JointFeeling.SAME), [worse(KNEE)]) == frozenset()


trained_sessions = st.lists(
    st.builds(
        Trained,
        st.integers(0, 7),
        st.frozensets(st.sampled_from(PainPlace)),
        st.integers(0, 10),
    ),
    max_size=8,
    unique_by=lambda t: t.position,
)
answers = st.builds(
    CheckinAnswer,
    st.sampled_from(JointFeeling),
    st.booleans(),
    st.booleans(),
    st.frozensets(st.sampled_from(PainPlace)),
)


@given(answers, trained_sessions)
def test_an_answer_that_lowers_always_lowers_something_and_only_what_was_done(
    answer: CheckinAnswer, trained: list[Trained]
) -> None:
    """Worse, night pain or stiffness lower at least one exercise done, never one not done."""
    choice = choose(answer, trained)
    done = {t.position for t in trained}
    assert choice.positions <= done
    assert bool(choice.lowered) == (answer.lowers and bool(trained))
    named = answer.places - {PainPlace.ELSEWHERE}
    if answer.asks_where and choice.fallback is None:
        assert all(t.joints & named for t in trained if t.position in choice.positions)
