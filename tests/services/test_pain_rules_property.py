"""Over random use of the app, a pain event always holds the next planned dose below its cause."""

from __future__ import annotations

import dataclasses
import functools
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.decisions import Decider
from sterkblijven.domain.model import EquipmentKind, Load, RoutineExercise, Sex
from sterkblijven.domain.session import JointFeeling, PainPlace, StopSignal
from sterkblijven.services.catalogue import load_catalogue
from sterkblijven.services.errors import InputRefused
from sterkblijven.services.onboarding import FirstRunAnswers, Onboarding
from sterkblijven.services.setup import Setup
from sterkblijven.services.suggestions import LoadSuggestions
from sterkblijven.services.training import Effort, SetInput, Training
from sterkblijven.storage import open_database
from sterkblijven.storage.database import sqlite_url
from tests.clocks import ManualClock
from tests.conftest import NOW, copy_sqlite_template

DUMBBELLS = (1.0, 1.5, 2.0, 3.0)
EXERCISES = ("shoulder_press", "biceps_curl")


@dataclass(frozen=True)
class Session:
    """A session: the sets of each exercise (too few means it is skipped), and its timing."""

    days_later: int
    sets: tuple[tuple[SetInput, ...], ...]
    decide_during: bool  # a waiting suggestion is accepted on another screen meanwhile
    early: bool


@dataclass(frozen=True)
class Checkin:
    """The next-day answer."""

    hours_later: int
    worse: bool
    stiffness: bool
    night_pain: bool
    places: frozenset[PainPlace]


@dataclass(frozen=True)
class Decision:
    """A decision on one waiting suggestion."""

    pick: int
    verb: str
    who: Decider
    kg: float


@dataclass(frozen=True)
class Edit:
    """The carer sets the load of one exercise in the plan."""

    position: int
    kg: float


Action = Session | Checkin | Decision | Edit

set_inputs = st.builds(
    SetInput,
    reps=st.integers(0, 30),
    reached_failure=st.booleans(),
    effort=st.sampled_from([None, *Effort]),
    pain=st.one_of(st.none(), st.integers(0, 10)),
    stop_signals=st.frozensets(st.sampled_from(StopSignal), max_size=1),
)
# Most sets are painless and many reach the top of the range, so that step ups are suggested
# and decided about before the pain comes.
calm_sets = st.builds(
    SetInput,
    reps=st.integers(22, 30),
    reached_failure=st.just(True),
    effort=st.just(Effort.MAXIMAL),
    pain=st.integers(0, 3),
)
any_set = st.one_of(calm_sets, calm_sets, set_inputs)
actions = st.one_of(
    st.builds(
        Session,
        days_later=st.integers(0, 20),
        sets=st.tuples(*(st.lists(any_set, min_size=1, max_size=3).map(tuple) for _ in EXERCISES)),
        decide_during=st.booleans(),
        early=st.booleans(),
    ),
    # Mostly the next morning, so that the check-in is due.
    st.builds(
        Checkin,
        st.integers(14, 40),
        st.booleans(),
        st.booleans(),
        st.booleans(),
        st.frozensets(st.sampled_from(PainPlace), max_size=2),
    ),
    st.builds(
        Decision,
        st.integers(0, 3),
        st.sampled_from(["accept", "accept", "reject", "change"]),
        st.sampled_from(Decider),
        st.sampled_from(DUMBBELLS),
    ),
    st.builds(Edit, st.integers(0, len(EXERCISES) - 1), st.sampled_from(DUMBBELLS)),
)


@functools.cache
def shipped_catalogue() -> Catalogue:
    """Return the shipped catalogue, read once (not a fixture, so failures print short)."""
    return load_catalogue()


@contextmanager
def app(
    template: Path,
) -> Iterator[tuple[int, Training, LoadSuggestions, Setup, ManualClock[datetime]]]:
    """Open a fresh copy of the migrated ``template``; Riet trains two exercises at 2 kg in it."""
    catalogue = shipped_catalogue()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sterkblijven.sqlite3"
        copy_sqlite_template(template, path)
        database = open_database(sqlite_url(path), Path(folder) / "backups")
        try:
            moment = ManualClock(NOW)
            answers = FirstRunAnswers(
                "Riet", "1948", Sex.FEMALE, frozenset(), False, DUMBBELLS, (), "nl"
            )
            trainee = Onboarding(database, catalogue, moment).complete(answers).trainee.id
            assert trainee is not None
            setup = Setup(database, catalogue, moment)
            routine = setup.routine(trainee)
            assert routine is not None
            items = tuple(
                RoutineExercise(name, Load(EquipmentKind.DUMBBELL, kg=2.0), sets=2, slow_tempo=True)
                for name in EXERCISES
            )
            setup.save_routine(trainee, dataclasses.replace(routine, exercises=items))
            training = Training(database, catalogue, moment)
            yield trainee, training, LoadSuggestions(database, moment), setup, moment
        finally:
            database.close()


def hurts(entry: SetInput) -> bool:
    """Return True for a pain event in a set: pain above 5 or a stop signal."""
    return bool(entry.stop_signals) or (entry.pain is not None and entry.pain > 5)


@settings(max_examples=40, deadline=None)
@given(history=st.lists(actions, min_size=1, max_size=14))
def test_after_a_pain_event_the_next_planned_dose_is_never_heavier(
    sqlite_template: Path, history: list[Action]
) -> None:
    """Whatever is accepted, changed or edited, pain holds the dose below the one that caused it.

    Only the carer lifts it: by rejecting or changing the lowering, or by editing the plan.
    """
    with app(sqlite_template) as (trainee, training, decisions, setup, moment):
        limits: dict[str, RoutineExercise] = {}  # the dose that caused a pain event
        trained: dict[str, RoutineExercise] = {}  # the doses of the last session
        for action in history:
            if isinstance(action, Session):
                moment.now += timedelta(days=action.days_later, minutes=1)
                try:
                    started = training.start(trainee)
                except InputRefused as refusal:
                    # Pain rested every exercise of the plan: there is nothing to train, and
                    # the app says so instead of starting; the rests still hold.
                    assert refusal.code == "all_paused"
                    continue
                state = training.finish_warmup(started.id)
                trained = {}
                for progress, entries in zip(state.exercises, action.sets, strict=True):
                    for entry in entries:
                        if state.progress_at(progress.position).done:
                            break
                        state = training.record_set(state.id, progress.position, entry)
                    done = state.progress_at(progress.position)
                    if not done.done:
                        state = training.skip(state.id, progress.position)
                    if done.sets:
                        item = done.item
                        trained[item.exercise_id] = item
                        if any(hurts(e) for e in entries[: len(done.sets)]):
                            limits[item.exercise_id] = item
                        else:
                            limits.pop(item.exercise_id, None)
                if action.decide_during and decisions.pending(trainee):
                    waiting = decisions.pending(trainee)[0]
                    decisions.accept(waiting.id, Decider.TRAINEE)
                if action.early:
                    training.end_early(state.id)
                else:
                    training.finish(state.id)
            elif isinstance(action, Checkin):
                moment.now += timedelta(hours=action.hours_later)
                prompt = training.checkin_due(trainee)
                if prompt is not None:
                    joints = JointFeeling.WORSE if action.worse else JointFeeling.SAME
                    outcome = training.record_checkin(
                        trainee,
                        prompt.session_id,
                        joints,
                        action.stiffness,
                        night_pain=action.night_pain,
                        places=action.places,
                    )
                    # Only the exercises the answer concerns (by place) take a pain rule.
                    hit = {suggestion.current.exercise_id for suggestion in outcome.lowered}
                    assert hit <= set(trained)
                    assert bool(hit) <= (action.worse or action.stiffness or action.night_pain)
                    limits.update({name: trained[name] for name in hit})
            elif isinstance(action, Decision):
                waiting = decisions.pending(trainee)
                if not waiting:
                    continue
                record = waiting[action.pick % len(waiting)]
                load = Load(EquipmentKind.DUMBBELL, kg=action.kg)
                try:
                    if action.verb == "accept":
                        decisions.accept(record.id, action.who)
                    elif action.verb == "reject":
                        decisions.reject(record.id, action.who)
                    else:
                        decisions.change(record.id, load, action.who)
                except InputRefused:
                    continue
                if action.who is Decider.CARER and action.verb != "accept":
                    limits.pop(record.exercise_id, None)
            else:
                routine = setup.routine(trainee)
                assert routine is not None
                items = list(routine.exercises)
                edited = items[action.position]
                items[action.position] = dataclasses.replace(
                    edited, load=Load(EquipmentKind.DUMBBELL, kg=action.kg)
                )
                setup.save_routine(trainee, dataclasses.replace(routine, exercises=tuple(items)))
                limits.pop(edited.exercise_id, None)
            routine = setup.routine(trainee)
            assert routine is not None
            for item in routine.exercises:
                cause = limits.get(item.exercise_id)
                if cause is not None:
                    assert item.paused or item.load.kg < cause.load.kg, (action, item, cause)
