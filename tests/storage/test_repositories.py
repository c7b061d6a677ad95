"""Repositories store and return domain objects; routines keep their history."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from sterkblijven.domain.bands import theraband_ladder
from sterkblijven.domain.model import (
    Equipment,
    EquipmentKind,
    Load,
    ReadinessCheck,
    Routine,
    RoutineExercise,
    Sex,
    Trainee,
)
from sterkblijven.storage import Database
from sterkblijven.storage import repositories as repo
from sterkblijven.storage.models import RoutineRow, SessionRow, SetRow


def add_person(database: Database, now: datetime) -> int:
    """Store a trainee and return the id."""
    with database.transaction() as tx:
        trainee = repo.add_trainee(tx, Trainee("Riet", 1948, Sex.FEMALE), now)
    assert trainee.id is not None
    return trainee.id


def test_trainees_round_trip(database: Database, clock: datetime) -> None:
    """A stored trainee comes back equal, with an id."""
    trainee_id = add_person(database, clock)
    with database.transaction() as tx:
        assert repo.get_trainee(tx, trainee_id) == Trainee("Riet", 1948, Sex.FEMALE, trainee_id)
        assert [t.name for t in repo.list_trainees(tx)] == ["Riet"]
        with pytest.raises(repo.NotFound):
            repo.get_trainee(tx, trainee_id + 1)


def test_equipment_is_replaced_and_bands_keep_their_ids(
    database: Database, clock: datetime
) -> None:
    """Saving equipment again updates bands in place and removes what is gone."""
    trainee_id = add_person(database, clock)
    with database.transaction() as tx:
        first = repo.save_equipment(tx, trainee_id, Equipment((1.0, 2.0), theraband_ladder()[:3]))
    assert first.dumbbells_kg == (1.0, 2.0)
    assert all(band.id is not None for band in first.bands)
    kept = first.bands[1:]
    with database.transaction() as tx:
        second = repo.save_equipment(tx, trainee_id, Equipment((2.0, 4.0), kept))
    assert second.dumbbells_kg == (2.0, 4.0)
    assert [b.id for b in second.bands] == [b.id for b in kept]


def test_saving_a_routine_keeps_the_old_one_for_history(
    database: Database, clock: datetime
) -> None:
    """A new routine becomes active; the earlier one and its sessions stay untouched."""
    trainee_id = add_person(database, clock)
    with database.transaction() as tx:
        equipment = repo.save_equipment(tx, trainee_id, Equipment((2.0,), theraband_ladder()[:2]))
        band = equipment.bands[1]
        old = repo.save_routine(
            tx,
            trainee_id,
            Routine((RoutineExercise("biceps_curl", Load(EquipmentKind.DUMBBELL, kg=2.0)),)),
            clock,
        )
        tx.add(
            SessionRow(
                trainee_id=trainee_id, routine_id=old.id, started_at=clock, status="finished"
            )
        )
    new_routine = Routine(
        (
            RoutineExercise("seated_row", Load(EquipmentKind.BAND, band=band), sets=2, rep_min=15),
            RoutineExercise("sit_to_stand", Load(EquipmentKind.BODYWEIGHT)),
        ),
        weekdays=(0, 3),
        note="Rustig beginnen",
    )
    with database.transaction() as tx:
        saved = repo.save_routine(tx, trainee_id, new_routine, clock + timedelta(days=1))
    with database.transaction() as tx:
        active = repo.active_routine(tx, trainee_id)
        assert active == saved
        assert active is not None and active.exercises[0].load.band == band
        assert active.sessions_per_week == 2
        assert tx.scalar(select(func.count(RoutineRow.id))) == 2
        session_row = tx.scalars(select(SessionRow)).one()
        assert session_row.routine_id == old.id


def test_a_supported_way_round_trips(database: Database, clock: datetime) -> None:
    """An exercise done the supported way comes back so; others come back without it."""
    trainee_id = add_person(database, clock)
    bodyweight = Load(kind=EquipmentKind.BODYWEIGHT)
    routine = Routine(
        exercises=(
            RoutineExercise("sit_to_stand", bodyweight, supported=True),
            RoutineExercise("wall_push_up", bodyweight),
        )
    )
    with database.transaction() as tx:
        repo.save_routine(tx, trainee_id, routine, clock)
    with database.transaction() as tx:
        stored = repo.active_routine(tx, trainee_id)
    assert stored is not None
    assert [item.supported for item in stored.exercises] == [True, False]


def test_readiness_latest_answer_counts(database: Database, clock: datetime) -> None:
    """The newest check is the one returned, and confirming it allows training."""
    trainee_id = add_person(database, clock)
    with database.transaction() as tx:
        assert repo.latest_readiness(tx, trainee_id) is None
        repo.add_readiness(tx, trainee_id, ReadinessCheck(frozenset({"dizziness"}), clock))
    with database.transaction() as tx:
        confirmed = repo.confirm_readiness(tx, trainee_id, clock + timedelta(hours=1))
    assert confirmed.training_allowed
    with database.transaction() as tx:
        assert repo.latest_readiness(tx, trainee_id) == confirmed


def test_session_counts_and_last_session(database: Database, clock: datetime) -> None:
    """Sessions since a moment are counted, and the last one reports its sets."""
    trainee_id = add_person(database, clock)
    with database.transaction() as tx:
        assert repo.last_session(tx, trainee_id) is None
        for days_ago in (10, 1):
            tx.add(
                SessionRow(
                    trainee_id=trainee_id,
                    started_at=clock - timedelta(days=days_ago),
                    status="finished",
                )
            )
        tx.flush()
        latest = tx.scalars(select(SessionRow).order_by(SessionRow.started_at.desc())).first()
        assert latest is not None
        tx.add(
            SetRow(
                session_id=latest.id,
                exercise_id="sit_to_stand",
                set_number=1,
                equipment="bodyweight",
                reps=22,
                reached_failure=True,
                recorded_at=clock,
            )
        )
    with database.transaction() as tx:
        assert repo.count_sessions_since(tx, trainee_id, clock - timedelta(days=7)) == 1
        last = repo.last_session(tx, trainee_id)
    assert last is not None and last.set_count == 1


def test_settings_are_replaced_by_key(database: Database) -> None:
    """Saving a setting twice keeps the last value."""
    with database.transaction() as tx:
        repo.save_settings(tx, {"language": "nl", "text_scale": "150"})
    with database.transaction() as tx:
        repo.save_settings(tx, {"language": "en"})
    with database.transaction() as tx:
        assert repo.load_settings(tx) == {"language": "en", "text_scale": "150"}
