"""The progress page keeps its list of trained exercises until new sets are recorded."""

from __future__ import annotations

from datetime import timedelta

from sterkblijven.app import AppContext
from sterkblijven.services.catalogue import load_catalogue
from sterkblijven.services.fitness import FitnessTests
from sterkblijven.services.training import Effort, SetInput, Training
from sterkblijven.ui.common.events import Change
from sterkblijven.ui.progress.page import EXERCISE
from tests.conftest import NOW
from tests.services.costs import measured
from tests.ui.flows import complete_wizard

LISTING = "GROUP BY sets.exercise_id"  # the statement that lists the trained exercises


def train(context: AppContext, skip_first: bool, days_later: int) -> str:
    """Record a session with one set, of the first exercise or the second; return its id."""
    training = Training(context.database, load_catalogue(), lambda: NOW + timedelta(days_later))
    state = training.finish_warmup(training.start(1).id)
    step = state.next_step()
    assert step.position is not None
    if skip_first:
        state = training.skip(state.id, step.position)
        step = state.next_step()
        assert step.position is not None
    state = training.record_set(state.id, step.position, SetInput(18, True, Effort.HARD, 2))
    training.end_early(state.id)
    return state.progress_at(step.position).item.exercise_id


def listed(context: AppContext) -> list[str]:
    """Return the exercises the open progress page offers."""
    buttons = context.window.pages.progress.topic_buttons
    return [topic.key for topic in buttons if topic.kind == EXERCISE]


def test_the_exercise_list_is_kept_after_a_new_result_and_read_again_after_a_session(
    context: AppContext,
) -> None:
    """A new test result redraws progress without listing the exercises again; a session does."""
    window = context.window
    complete_wizard(window)
    first = train(context, skip_first=False, days_later=0)
    FitnessTests(context.database, lambda: NOW).record(1, "chair_stand_30s", 13)
    window.show_progress()
    assert listed(context) == [first]
    with measured(context.database) as cost:
        FitnessTests(context.database, lambda: NOW).record(1, "chair_stand_30s", 9)
        context.events.announce(Change.TESTS)
    assert not [statement for statement, _ in cost.statements if LISTING in statement]
    assert listed(context) == [first]
    second = train(context, skip_first=True, days_later=2)
    with measured(context.database) as cost:
        context.events.announce(Change.SESSIONS)
    assert [statement for statement, _ in cost.statements if LISTING in statement]
    assert listed(context) == [second, first]
