"""A session done on the printed card, entered afterwards: stored, marked, and counted."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.model import EquipmentKind
from sterkblijven.domain.progression import Advice
from sterkblijven.services.errors import InputRefused
from sterkblijven.services.reports import ReportPeriod, Reports
from sterkblijven.services.suggestions import LoadSuggestions
from sterkblijven.services.training import Effort, PaperEntry, Training
from sterkblijven.storage import Database
from sterkblijven.storage.models import SessionRow
from tests.clocks import ManualClock

# Saved on a Dutch computer: the clock is east of UTC, as on every computer it is used on.
pytestmark = pytest.mark.usefixtures("amsterdam")


@pytest.fixture
def later(moment: ManualClock[datetime]) -> ManualClock[datetime]:
    """Return the clock ten days after Riet was added, so that earlier days can be entered."""
    moment.now += timedelta(days=10)
    return moment


def all_done(training: Training, trainee: int, reps: int, pain: int = 0) -> list[PaperEntry]:
    """Return an entry for every exercise of the plan with the same count, effort and pain."""
    form = training.paper_form(trainee)
    return [
        PaperEntry(e.position, e.item.exercise_id, reps, Effort.HARD, pain) for e in form.exercises
    ]


def test_an_entered_session_is_stored_on_its_day_with_its_sets_and_marked(
    training: Training, trainee: int, later: ManualClock[datetime], database: Database
) -> None:
    """The session is stored finished on the chosen day, a set per planned set, from paper."""
    day = later.now.date() - timedelta(days=3)
    form = training.paper_form(trainee)
    assert form.today == later.now.date() and form.first_day < day
    first, second, *rest = form.exercises
    entries = [
        PaperEntry(first.position, first.item.exercise_id, 12, Effort.MODERATE, 1),
        PaperEntry(second.position, second.item.exercise_id, None),  # not done
        *(PaperEntry(e.position, e.item.exercise_id, 10, Effort.LIGHT, 0) for e in rest),
    ]
    report = training.record_from_paper(trainee, day, entries)
    state = report.state
    assert state.started_at.date() == day and state.finished_at is not None
    done = state.progress_at(first.position)
    assert [s.reps for s in done.sets] == [12] * first.item.sets
    assert {(s.effort, s.pain) for s in done.sets} == {(Effort.MODERATE, 1)}
    assert not state.progress_at(second.position).sets
    assert state.progress_at(second.position).skipped is not None
    assert training.is_from_paper(state.id)
    with database.transaction() as tx:
        flag = tx.scalar(select(SessionRow.from_paper).where(SessionRow.id == state.id))
    assert flag is True
    assert training.trainings_on(trainee, day) == 1


def test_the_next_load_follows_what_was_written_on_paper(
    training: Training,
    trainee: int,
    later: ManualClock[datetime],
    database: Database,
    catalogue: Catalogue,
) -> None:
    """The top of the range at a hard effort on paper suggests a step up, as in a session."""
    form = training.paper_form(trainee)
    dumbbell = next(e for e in form.exercises if e.item.load.kind is EquipmentKind.DUMBBELL)
    top = dumbbell.item.rep_max
    entries = [
        PaperEntry(
            e.position,
            e.item.exercise_id,
            top if e is dumbbell else e.item.rep_min,
            Effort.MAXIMAL,
            0,
        )
        for e in form.exercises
    ]
    report = training.record_from_paper(trainee, later.now.date() - timedelta(days=1), entries)
    outcome = report.outcomes[dumbbell.position]
    assert outcome.suggestion.advice is not Advice.SAME
    pending = LoadSuggestions(database, later).pending(trainee)
    assert any(r.position == dumbbell.position for r in pending)


def test_pain_above_the_limit_on_paper_counts_as_a_stop(
    training: Training, trainee: int, later: ManualClock[datetime]
) -> None:
    """A pain of 7 written on the card stops that exercise and asks for a lighter load."""
    form = training.paper_form(trainee)
    first = form.exercises[0]
    entries = [PaperEntry(first.position, first.item.exercise_id, 8, Effort.HARD, 7)]
    report = training.record_from_paper(trainee, later.now.date(), entries)
    outcome = report.outcomes[first.position]
    assert outcome.stopped_for_pain
    assert len(report.state.progress_at(first.position).sets) == 1
    assert outcome.suggestion.advice in (Advice.LIGHTER, Advice.PAUSE)


def test_a_day_in_the_future_is_refused(
    training: Training, trainee: int, later: ManualClock[datetime]
) -> None:
    """Tomorrow cannot be entered, and nothing is stored."""
    tomorrow = later.now.date() + timedelta(days=1)
    with pytest.raises(InputRefused) as refused:
        training.record_from_paper(trainee, tomorrow, all_done(training, trainee, 10))
    assert refused.value.code == "paper_day_in_future"
    assert training.trainings_on(trainee, tomorrow) == 0


def test_a_day_before_the_start_is_refused(
    training: Training, trainee: int, later: ManualClock[datetime]
) -> None:
    """A day before the person was added is refused."""
    form = training.paper_form(trainee)
    with pytest.raises(InputRefused) as refused:
        training.record_from_paper(
            trainee, form.first_day - timedelta(days=1), all_done(training, trainee, 10)
        )
    assert refused.value.code == "paper_day_before_start"


def test_a_day_with_a_session_is_refused_unless_asked_to_add_anyway(
    training: Training, trainee: int, later: ManualClock[datetime]
) -> None:
    """A second session on the same day needs a plain yes; then it is stored too."""
    day: date = later.now.date() - timedelta(days=2)
    training.record_from_paper(trainee, day, all_done(training, trainee, 10))
    with pytest.raises(InputRefused) as refused:
        training.record_from_paper(trainee, day, all_done(training, trainee, 11))
    assert refused.value.code == "paper_day_has_session"
    training.record_from_paper(trainee, day, all_done(training, trainee, 11), same_day=True)
    assert training.trainings_on(trainee, day) == 2


def test_nothing_done_is_refused(
    training: Training, trainee: int, later: ManualClock[datetime]
) -> None:
    """A card with every exercise marked as not done is no training and is not stored."""
    form = training.paper_form(trainee)
    with pytest.raises(InputRefused) as refused:
        training.record_from_paper(
            trainee,
            later.now.date(),
            [PaperEntry(e.position, e.item.exercise_id, None) for e in form.exercises],
        )
    assert refused.value.code == "paper_nothing_done"


def test_the_report_counts_the_sessions_entered_from_paper(
    training: Training,
    trainee: int,
    later: ManualClock[datetime],
    database: Database,
    catalogue: Catalogue,
) -> None:
    """The report's sessions include the one from paper and say how many came from paper."""
    training.record_from_paper(
        trainee, later.now.date() - timedelta(days=2), all_done(training, trainee, 12)
    )
    period = ReportPeriod(later.now.date() - timedelta(days=30), later.now.date())
    attendance = Reports(database, catalogue, later).progress_report(trainee, period).attendance
    assert attendance.sessions == 1
    assert attendance.from_paper == 1
