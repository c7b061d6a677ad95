"""Two screens on one database: a save based on an outdated copy is refused, nothing lost."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.decisions import Decider, Status
from sterkblijven.domain.model import EquipmentKind, Load
from sterkblijven.domain.session import SessionStatus
from sterkblijven.services.errors import ChangedMeanwhile, Edited
from sterkblijven.services.setup import Setup
from sterkblijven.services.suggestions import LoadSuggestions
from sterkblijven.services.trainees import Trainees
from sterkblijven.services.training import Effort, SetInput, Training
from sterkblijven.storage import Database
from tests.clocks import ManualClock

TOP = SetInput(reps=25, reached_failure=True, effort=Effort.MAXIMAL, pain=0)


def who(database: Database) -> str | None:
    """Return the login the tests' database records: the server's superuser, or no one at home."""
    return "postgres" if database.is_server else None


def test_a_stale_plan_edit_is_refused_and_the_first_edit_stays(
    database: Database, catalogue: Catalogue, moment: ManualClock[datetime], trainee: int
) -> None:
    """Two screens load the plan; the first saves; the second's save is refused, naming who."""
    first, second = Setup(database, catalogue, moment), Setup(database, catalogue, moment)
    mine, theirs = first.routine(trainee), second.routine(trainee)
    assert mine is not None and theirs is not None and mine.version == theirs.version
    moment.now += timedelta(minutes=5)
    saved = first.save_routine(
        trainee, dataclasses.replace(mine, exercises=mine.exercises[:3]), seen=mine.version
    )
    assert saved.version == mine.version + 1
    saved_at = moment.now
    moment.now += timedelta(minutes=2)
    with pytest.raises(ChangedMeanwhile) as refused:
        second.save_routine(
            trainee, dataclasses.replace(theirs, note="Rustig aan"), seen=theirs.version
        )
    assert (refused.value.what, refused.value.by, refused.value.when) == (
        Edited.PLAN,
        who(database),
        saved_at,
    )
    now = second.routine(trainee)
    assert now is not None
    assert (now.exercises, now.note, now.version) == (saved.exercises, "", saved.version)


def test_a_plan_made_meanwhile_refuses_a_screen_that_saw_none(
    database: Database, catalogue: Catalogue, moment: ManualClock[datetime], trainee: int
) -> None:
    """A screen that read version 0 (no plan) cannot replace a plan someone made since."""
    setup = Setup(database, catalogue, moment)
    routine = setup.routine(trainee)
    assert routine is not None
    with pytest.raises(ChangedMeanwhile):
        setup.save_routine(trainee, routine, seen=0)
    assert setup.routine(trainee) == routine


def test_a_stale_equipment_edit_is_refused_and_the_first_edit_stays(
    database: Database, catalogue: Catalogue, moment: ManualClock[datetime], trainee: int
) -> None:
    """Two screens load the equipment; the second's save is refused; the first's is kept."""
    first, second = Setup(database, catalogue, moment), Setup(database, catalogue, moment)
    mine, theirs = first.equipment(trainee), second.equipment(trainee)
    moment.now += timedelta(minutes=5)
    saved = first.save_equipment(trainee, (1.0, 2.0, 3.0, 4.0), mine.bands, seen=mine.version)
    assert saved.version == mine.version + 1
    with pytest.raises(ChangedMeanwhile) as refused:
        second.save_equipment(trainee, (1.0,), theirs.bands[:1], seen=theirs.version)
    assert (refused.value.what, refused.value.by, refused.value.when) == (
        Edited.EQUIPMENT,
        who(database),
        moment.now,
    )
    assert second.equipment(trainee) == saved


def test_a_stale_profile_edit_is_refused_and_the_first_edit_stays(
    database: Database, tmp_path: Path, moment: ManualClock[datetime], trainee: int
) -> None:
    """Two screens edit the name; the second's save is refused; name and month are the first's."""
    people = Trainees(database, tmp_path, moment)
    mine, theirs = people.get(trainee), people.get(trainee)
    edited = people.edit(trainee, "Riet Jansen", 4, seen=mine.version)
    assert edited.version == mine.version + 1
    stale_saves: tuple[Callable[[], object], ...] = (
        lambda: people.edit(trainee, "Marie", None, seen=theirs.version),
        lambda: people.rename(trainee, "Marie", seen=theirs.version),
    )
    for stale in stale_saves:
        with pytest.raises(ChangedMeanwhile) as refused:
            stale()
        assert (refused.value.what, refused.value.by) == (Edited.PROFILE, who(database))
    now = people.get(trainee)
    assert (now.name, now.birth_month, now.version) == ("Riet Jansen", 4, edited.version)


def test_a_suggestion_decided_from_two_screens_is_decided_once(
    database: Database, catalogue: Catalogue, moment: ManualClock[datetime], trainee: int
) -> None:
    """Both screens show the step up; one accepts; the other's rejection is refused."""
    training = Training(database, catalogue, moment)
    state = training.finish_warmup(training.start(trainee).id)
    while not state.exercises[0].done:
        state = training.record_set(state.id, 0, TOP)
    training.finish(state.id)
    first, second = LoadSuggestions(database, moment), LoadSuggestions(database, moment)
    (mine,) = [s for s in first.pending(trainee) if s.position == 0]
    (theirs,) = [s for s in second.pending(trainee) if s.position == 0]
    moment.now += timedelta(hours=1)
    accepted = first.accept(mine.id, Decider.CARER, seen=mine.version)
    assert (accepted.status, accepted.changed_by) == (Status.ACCEPTED, who(database))
    stale_saves: tuple[Callable[[], object], ...] = (
        lambda: second.reject(theirs.id, Decider.CARER, seen=theirs.version),
        lambda: second.change(
            theirs.id, theirs.suggestion.current.load, Decider.CARER, seen=theirs.version
        ),
    )
    for stale in stale_saves:
        with pytest.raises(ChangedMeanwhile) as refused:
            stale()
        assert (refused.value.what, refused.value.by, refused.value.when) == (
            Edited.SUGGESTION,
            who(database),
            moment.now,
        )
    (kept,) = [s for s in second.history(trainee) if s.id == mine.id]
    assert (kept.status, kept.decided_at, kept.chosen) == (Status.ACCEPTED, moment.now, None)
    plan = Setup(database, catalogue, moment).routine(trainee)
    assert plan is not None and plan.exercises[0].load == accepted.suggestion.proposed.load


def test_every_plan_change_records_who_made_it(
    database: Database, catalogue: Catalogue, moment: ManualClock[datetime], trainee: int
) -> None:
    """A plan changed by following the equipment is also recorded with who made it."""
    setup = Setup(database, catalogue, moment)
    plan = setup.routine(trainee)
    assert plan is not None
    # Without the 3 kg dumbbell, a plan at 3 kg moves to 2 kg: a plan change of its own.
    heavy = dataclasses.replace(
        plan.exercises[0], load=Load(EquipmentKind.DUMBBELL, kg=3.0), exercise_id="biceps_curl"
    )
    rest = tuple(e for e in plan.exercises[1:] if e.exercise_id != "biceps_curl")
    setup.save_routine(trainee, dataclasses.replace(plan, exercises=(heavy, *rest)))
    seen = setup.routine(trainee)
    assert seen is not None
    moment.now += timedelta(minutes=3)
    setup.save_equipment(trainee, (1.0, 2.0), setup.equipment(trainee).bands)
    with pytest.raises(ChangedMeanwhile) as refused:
        setup.save_routine(trainee, seen, seen=seen.version)
    assert (refused.value.by, refused.value.when) == (who(database), moment.now)


def test_a_session_finished_elsewhere_is_not_closed_over(
    database: Database, catalogue: Catalogue, moment: ManualClock[datetime], trainee: int
) -> None:
    """A stale "close it as it is" on a finished session keeps it finished, with its end time."""
    here, there = Training(database, catalogue, moment), Training(database, catalogue, moment)
    state = here.finish_warmup(here.start(trainee).id)
    state = here.record_set(state.id, 0, TOP)
    here.finish(state.id)
    finished_at = here.state(state.id).finished_at
    moment.now += timedelta(minutes=10)
    there.close_as_is(state.id)
    kept = there.state(state.id)
    assert (kept.status, kept.finished_at) == (SessionStatus.FINISHED, finished_at)
