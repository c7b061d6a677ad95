"""The synthetic history generator makes realistic, repeatable, valid data quickly."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from sterkblijven.domain.bands import THERABAND_ORDER
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.fitness import BY_ID, TESTS
from sterkblijven.domain.model import EquipmentKind, Measure
from sterkblijven.domain.planning import BALANCE_HOLD_SECONDS, CARRY_STEPS
from sterkblijven.domain.session import Effort, JointFeeling, SessionStatus
from sterkblijven.services.health import readiness_due
from sterkblijven.services.suggestions import HOSPITAL_STAY
from sterkblijven.storage import Database, open_database
from sterkblijven.storage import repositories as repo
from sterkblijven.storage import sessions as store
from sterkblijven.storage.database import sqlite_url
from sterkblijven.storage.models import (
    CheckinRow,
    RoutineRow,
    SessionRow,
    SetRow,
    TraineeEventRow,
    TraineeRow,
)
from sterkblijven.storage.models import TestResultRow as ResultRow
from sterkblijven.storage.synthetic.history import HOSPITAL_STAY as GENERATED_HOSPITAL_STAY
from sterkblijven.storage.synthetic.history import HistorySize, generate_history

END = datetime(2026, 11, 18, 10, 30)
WEEKS_A_YEAR = 365.25 / 7
BAND_FORCE = {colour.value: kgf for colour, kgf in THERABAND_ORDER}


@dataclass(frozen=True)
class Generated:
    """A database with one generated history in it."""

    database: Database
    trainee_id: int
    size: HistorySize


def force(kind: str, kg: float | None, colour: str | None, doubled: bool) -> float | None:
    """Return a set's resistance: kg, or the band's force (twice when doubled)."""
    if kind == EquipmentKind.DUMBBELL.value:
        return kg
    if colour is None:
        return None
    return BAND_FORCE[colour] * (2 if doubled else 1)


def make_database(folder: Path) -> Database:
    """Open a freshly migrated database in a folder of its own."""
    folder.mkdir(parents=True)
    return open_database(sqlite_url(folder / "sterkblijven.sqlite3"))


def generate(folder: Path, years: float, seed: int = 1) -> Generated:
    """Generate a history into a new database."""
    database = make_database(folder)
    trainee_id, size = generate_history(database, years=years, end=END, seed=seed)
    return Generated(database, trainee_id, size)


@pytest.fixture(scope="module")
def one_year(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    """Return a database with a year of history."""
    generated = generate(tmp_path_factory.mktemp("synthetic") / "one", 1.0)
    yield generated
    generated.database.close()


@pytest.fixture(scope="module")
def ten_years(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    """Return a database with ten years of history."""
    generated = generate(tmp_path_factory.mktemp("synthetic") / "ten", 10.0)
    yield generated
    generated.database.close()


def table_rows(database: Database) -> dict[str, list[tuple[object, ...]]]:
    """Return every row of the history tables, in id order."""
    tables = ("trainees", "routines", "routine_exercises", "sessions", "sets", "checkins")
    tables += ("test_results", "trainee_events", "dumbbells", "bands", "readiness_checks")
    with database.engine.connect() as connection:
        return {
            name: [tuple(row) for row in connection.execute(text(f"SELECT * FROM {name}"))]
            for name in tables
        }


def test_one_year_has_realistic_counts(one_year: Generated) -> None:
    """A year gives 1-2 sessions a week, about two thousand sets and 45-60 results of six tests."""
    size = one_year.size
    assert 1.0 <= size.sessions / WEEKS_A_YEAR <= 2.0
    assert 1_500 <= size.sets <= 2_600
    assert 45 <= size.test_results <= 60
    with one_year.database.transaction() as tx:
        assert tx.scalar(select(func.count(SessionRow.id))) == size.sessions
        assert tx.scalar(select(func.count(SetRow.id))) == size.sets
        assert tx.scalar(select(func.count(ResultRow.id))) == size.test_results
        test_ids = set(tx.scalars(select(ResultRow.test_id)))
    assert test_ids == {test.id for test in TESTS}


def test_same_seed_gives_identical_data_and_another_seed_different_data(
    tmp_path: Path,
) -> None:
    """Generation is repeatable for a seed and differs between seeds."""
    first = generate(tmp_path / "a", 1.0, seed=7)
    again = generate(tmp_path / "b", 1.0, seed=7)
    other = generate(tmp_path / "c", 1.0, seed=8)
    try:
        assert first.size == again.size
        assert table_rows(first.database) == table_rows(again.database)
        assert table_rows(first.database)["sets"] != table_rows(other.database)["sets"]
        assert (
            table_rows(first.database)["test_results"] != table_rows(other.database)["test_results"]
        )
    finally:
        for generated in (first, again, other):
            generated.database.close()


def test_every_set_belongs_to_a_finished_session_of_the_trainee(one_year: Generated) -> None:
    """Sets sit in finished sessions, numbered per exercise and recorded in order."""
    with one_year.database.transaction() as tx:
        sessions = tx.scalars(select(SessionRow).order_by(SessionRow.started_at)).all()
        sets = tx.scalars(select(SetRow).order_by(SetRow.id)).all()
        trainee = tx.scalars(select(TraineeRow)).one()
    assert {row.trainee_id for row in sessions} == {one_year.trainee_id}
    assert {row.status for row in sessions} == {SessionStatus.FINISHED.value}
    by_id = {row.id: row for row in sessions}
    assert {row.session_id for row in sets} == set(by_id)
    numbers: dict[tuple[int, int | None], list[int]] = {}
    for row in sets:
        session = by_id[row.session_id]
        assert session.warmup_done_at is not None and session.finished_at is not None
        assert session.started_at < session.warmup_done_at < row.recorded_at
        assert row.recorded_at < session.finished_at == session.cooldown_done_at
        assert row.undone_at is None and row.stop_signals == ""
        numbers.setdefault((row.session_id, row.position), []).append(row.set_number)
    assert all(found == list(range(1, len(found) + 1)) for found in numbers.values())
    assert {len(found) for found in numbers.values()} <= {1, 2, 3}
    assert trainee.created_at < sessions[0].started_at
    assert sessions[-1].finished_at is not None and sessions[-1].finished_at < END


def test_loads_are_present_for_dumbbell_and_band_sets_and_absent_for_bodyweight(
    one_year: Generated,
) -> None:
    """Each set carries the load its equipment has, as the training service copies it."""
    with one_year.database.transaction() as tx:
        sets = tx.scalars(select(SetRow)).all()
        owned_kg = set(repo.load_equipment(tx, one_year.trainee_id).dumbbells_kg)
    kinds = Counter(row.equipment for row in sets)
    assert set(kinds) == {kind.value for kind in EquipmentKind}
    for row in sets:
        if row.equipment == EquipmentKind.DUMBBELL.value:
            assert row.load_kg in owned_kg and row.band_colour is None
        elif row.equipment == EquipmentKind.BAND.value:
            assert row.load_kg is None and row.band_colour is not None
            assert row.band_label == ""
        else:
            assert row.load_kg is None and row.band_colour is None
            assert row.band_label is None and not row.band_doubled


def test_set_answers_look_like_real_ones(ten_years: Generated) -> None:
    """Mostly to failure, efforts from the five words, pain mostly 0-2 and sometimes 4-6."""
    with ten_years.database.transaction() as tx:
        sets = tx.scalars(select(SetRow)).all()
    assert {row.effort for row in sets} <= {int(effort) for effort in Effort}
    assert sum(row.reached_failure for row in sets) / len(sets) > 0.7
    pains = Counter(row.pain for row in sets)
    assert (pains[0] + pains[1] + pains[2]) / len(sets) > 0.9
    assert 0 < pains[4] + pains[5] + pains[6] < 0.02 * len(sets)
    assert all(row.pain_location is None for row in sets if row.pain == 0)
    assert any(row.pain_location is not None for row in sets)


def test_routine_uses_catalogue_exercises_with_their_equipment_and_targets(
    one_year: Generated, catalogue: Catalogue
) -> None:
    """The routine has about 8 exercises, each with equipment and a target the catalogue allows."""
    targets = {Measure.SECONDS: BALANCE_HOLD_SECONDS, Measure.STEPS: CARRY_STEPS}
    with one_year.database.transaction() as tx:
        routine = repo.active_routine(tx, one_year.trainee_id)
    assert routine is not None and 7 <= len(routine.exercises) <= 8
    assert {item.load.kind for item in routine.exercises} == set(EquipmentKind)
    by_id = {exercise.id: exercise for exercise in catalogue.exercises}
    for item in routine.exercises:
        exercise = by_id[item.exercise_id]
        assert item.load.kind in exercise.equipment
        assert 2 <= item.sets <= 3
        low, high = targets.get(exercise.measure, (15, 25))
        assert (item.rep_min, item.rep_max) == (low, high)


def test_test_results_are_whole_counts_or_tenths_within_each_tests_highest(
    ten_years: Generated,
) -> None:
    """Counts are whole, times have one decimal, and a zero means the arms were needed."""
    with ten_years.database.transaction() as tx:
        results = tx.scalars(select(ResultRow)).all()
    for row in results:
        test = BY_ID[row.test_id]
        assert 0 <= row.value <= test.highest
        if test.counted:
            assert row.value == int(row.value)
        else:
            assert row.value == round(row.value, 1) and row.value > 0
        assert (row.value == 0) == row.used_arms
        assert not row.used_arms or row.test_id == "chair_stand_30s"
    chair = [row for row in results if row.test_id == "chair_stand_30s"]
    assert sum(row.used_arms for row in chair) <= 0.06 * len(chair)


def test_ten_years_give_about_twenty_thousand_sets_and_five_hundred_results(
    ten_years: Generated,
) -> None:
    """Ten years hold 17,000-24,000 sets and 400-600 test results."""
    assert 17_000 <= ten_years.size.sets <= 24_000
    assert 400 <= ten_years.size.test_results <= 600
    assert 1.0 <= ten_years.size.sessions / (10 * WEEKS_A_YEAR) <= 2.0


def test_database_passes_integrity_and_foreign_key_checks(ten_years: Generated) -> None:
    """The generated database is sound and every reference points at a row."""
    with ten_years.database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        assert connection.execute(text("PRAGMA foreign_key_check")).all() == []


def test_repository_reads_work_on_the_generated_history(ten_years: Generated) -> None:
    """The app's usual reads see a trainee with equipment, a routine and finished sessions."""
    trainee_id = ten_years.trainee_id
    with ten_years.database.transaction() as tx:
        last = repo.last_session(tx, trainee_id)
        routine = repo.active_routine(tx, trainee_id)
        equipment = repo.load_equipment(tx, trainee_id)
        assert last is not None and last.id is not None
        state = store.load_session(tx, last.id)
        previous = store.previous_sets(tx, trainee_id, "chest_press", last.id)
        done = store.count_done_sessions(tx, trainee_id)
        latest = repo.last_done_session_start(tx, trainee_id, END)
        readiness = repo.latest_readiness(tx, trainee_id)
        routines = tx.scalar(select(func.count(RoutineRow.id)))
    assert last.set_count >= 15 and last.finished_at is not None and last.finished_at < END
    assert latest == last.started_at
    assert done == ten_years.size.sessions
    assert equipment.dumbbells_kg == (1.0, 2.0, 3.0, 4.0, 5.0) and len(equipment.bands) == 6
    assert routine is not None and routine.weekdays == (0, 3)
    assert readiness is not None and readiness.training_allowed
    assert state.status is SessionStatus.FINISHED and state.next_step().kind.value == "done"
    assert sum(len(progress.sets) for progress in state.exercises) == last.set_count
    assert [record.set_number for record in previous] == list(range(1, len(previous) + 1))
    # Accepted load changes make new routines, as the app does, so history keeps old doses.
    assert routines is not None and routines > 5
    for progress in state.exercises:
        item = progress.item
        for record in progress.sets:
            assert (record.load.kind, record.load.kg) == (item.load.kind, item.load.kg)
            assert record.load.band_doubled == item.load.band_doubled
            assert (record.load.band is None) == (item.load.band is None)


def test_loads_step_up_with_training_and_include_doubled_bands(ten_years: Generated) -> None:
    """Heavier dumbbells and bands follow the top of the range, with doubled bands among them."""
    with ten_years.database.transaction() as tx:
        rows = tx.execute(
            select(SessionRow.started_at, SetRow.exercise_id, SetRow.load_kg)
            .join(SessionRow, SessionRow.id == SetRow.session_id)
            .where(SetRow.equipment == EquipmentKind.DUMBBELL.value)
            .order_by(SessionRow.started_at)
        ).all()
        doubled = tx.scalar(select(func.count(SetRow.id)).where(SetRow.band_doubled))
    start = rows[0].started_at
    first_year = [kg for started, _id, kg in rows if started < start + timedelta(days=365)]
    assert max(kg for kg in first_year if kg is not None) > min(
        kg for kg in first_year if kg is not None
    )
    assert doubled is not None and doubled > 0


def test_long_break_begins_with_a_hospital_stay_and_loads_drop_after_it(
    ten_years: Generated,
) -> None:
    """One break of 8-10 weeks follows a hospital stay; the first session back is lighter."""
    with ten_years.database.transaction() as tx:
        events = tx.scalars(select(TraineeEventRow)).all()
        starts = list(tx.scalars(select(SessionRow.started_at).order_by(SessionRow.started_at)))
        assert len(events) == 1 and events[0].kind == HOSPITAL_STAY
        admitted = events[0].happened_at
        before = max(start for start in starts if start < admitted)
        after = min(start for start in starts if start > admitted)
        loads = {
            started: {
                exercise_id: force(kind, kg, colour, double)
                for exercise_id, kind, kg, colour, double in tx.execute(
                    select(
                        SetRow.exercise_id,
                        SetRow.equipment,
                        SetRow.load_kg,
                        SetRow.band_colour,
                        SetRow.band_doubled,
                    )
                    .join(SessionRow, SessionRow.id == SetRow.session_id)
                    .where(SessionRow.started_at == started)
                )
            }
            for started in (before, after)
        }
    assert 56 <= (after - before).days <= 90
    heavier_before = [
        exercise_id
        for exercise_id, load in loads[before].items()
        if load is not None and load > (loads[after].get(exercise_id) or 0)
    ]
    assert len(heavier_before) >= 4


def test_hospital_stay_is_recorded_as_the_kind_the_services_read() -> None:
    """The generator's hospital event is the one the suggestions and retest advice look for."""
    assert GENERATED_HOSPITAL_STAY == HOSPITAL_STAY


def test_fitness_improves_in_the_first_year_then_declines_with_age(
    ten_years: Generated,
) -> None:
    """The chair stand rises over the first year and is lower again ten years on."""
    with ten_years.database.transaction() as tx:
        chair = tx.execute(
            select(ResultRow.taken_at, ResultRow.value)
            .where(ResultRow.test_id == "chair_stand_30s", ResultRow.used_arms.is_(False))
            .order_by(ResultRow.taken_at)
        ).all()
        timed = tx.execute(
            select(ResultRow.taken_at, ResultRow.value)
            .where(ResultRow.test_id == "five_times_sit_to_stand")
            .order_by(ResultRow.taken_at)
        ).all()
    start = chair[0].taken_at
    first = [value for taken, value in chair if taken < start + timedelta(days=60)]
    year_on = [
        value
        for taken, value in chair
        if start + timedelta(days=300) <= taken < start + timedelta(days=600)
    ]
    last_year = [value for taken, value in chair if taken > END - timedelta(days=365)]
    assert statistics.mean(first) < statistics.mean(year_on)
    assert statistics.mean(last_year) < statistics.mean(year_on)
    assert statistics.mean(v for t, v in timed if t > END - timedelta(days=365)) > statistics.mean(
        v for t, v in timed if start + timedelta(days=300) <= t < start + timedelta(days=600)
    )


def test_checkins_follow_most_sessions_the_next_day(one_year: Generated) -> None:
    """Most sessions get a next-day check-in, and joints mostly feel the same."""
    with one_year.database.transaction() as tx:
        pairs = tx.execute(
            select(CheckinRow.answered_at, CheckinRow.joints, SessionRow.finished_at).join(
                SessionRow, SessionRow.id == CheckinRow.session_id
            )
        ).all()
    assert len(pairs) >= 0.75 * one_year.size.sessions
    assert all((answered.date() - finished.date()).days == 1 for answered, _j, finished in pairs)
    joints = Counter(joint for _a, joint, _f in pairs)
    assert joints[JointFeeling.SAME.value] > 0.7 * len(pairs)


def test_years_must_be_more_than_nothing(tmp_path: Path) -> None:
    """Asking for no history at all is refused."""
    database = make_database(tmp_path / "none")
    try:
        with pytest.raises(ValueError, match="years"):
            generate_history(database, years=0, end=END)
    finally:
        database.close()


@pytest.mark.parametrize("history", ["one_year", "ten_years"])
def test_the_health_check_is_answered_as_the_app_asks(
    history: str, request: pytest.FixtureRequest
) -> None:
    """A year on and after the hospital stay a new check is kept: none is due at a session."""
    generated: Generated = request.getfixturevalue(history)
    with generated.database.transaction() as tx:
        last = repo.last_session(tx, generated.trainee_id)
        assert last is not None
        assert readiness_due(tx, generated.trainee_id, last.started_at) is None
