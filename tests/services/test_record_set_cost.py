"""A set is recorded with one read of its session and one write, however long the history."""

from __future__ import annotations

from datetime import datetime, timedelta

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.session import PainPlace, StopSignal
from sterkblijven.services.training import SetInput, Training
from sterkblijven.storage import Database
from sterkblijven.storage.synthetic.history import generate_history
from tests.clocks import ManualClock
from tests.services.costs import cost_of

END = datetime(2026, 11, 18, 10, 30)
# The session, its routine with its bands, its sets, its skips, the beginner and break
# questions, and the insert: it took 23 statements, reading the session twice.
MOST_STATEMENTS = 10


def running(database: Database, catalogue: Catalogue) -> tuple[Training, int]:
    """Return the training use cases and a started session of a person with some history."""
    trainee_id, _size = generate_history(database, years=0.3, end=END, seed=5)
    moment = ManualClock(END + timedelta(days=2))
    training = Training(database, catalogue, moment)
    state = training.finish_warmup(training.start(trainee_id).id)
    return training, state.id


def test_recording_a_set_takes_few_statements(database: Database, catalogue: Catalogue) -> None:
    """Recording a set runs at most 10 statements and returns the session as then stored."""
    training, session_id = running(database, catalogue)
    step = training.state(session_id).next_step()
    assert step.position is not None
    returned = []
    cost = cost_of(
        database,
        lambda: returned.append(
            training.record_set(session_id, step.position, SetInput(18, False, pain=2))
        ),
    )
    assert len(cost.statements) <= MOST_STATEMENTS, len(cost.statements)
    assert returned == [training.state(session_id)]


def test_a_set_with_a_stop_signal_returns_the_rests_it_caused(
    database: Database, catalogue: Catalogue
) -> None:
    """A set with a stop signal returns the session with that day's rests, as stored."""
    training, session_id = running(database, catalogue)
    step = training.state(session_id).next_step()
    assert step.position is not None
    signals = frozenset({StopSignal.SHARP_PAIN})
    entry = SetInput(10, False, pain=3, pain_place=PainPlace.KNEE, stop_signals=signals)
    returned = training.record_set(session_id, step.position, entry)
    assert returned == training.state(session_id)
    assert returned.progress_at(step.position).done
