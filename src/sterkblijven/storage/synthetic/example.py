"""The example person: a year of history with a hospital stay in it, as a carer would see it."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sterkblijven.domain.hospital import HOSPITAL_STAY, ClearedBy, HospitalStay, StayReason
from sterkblijven.domain.model import Sex
from sterkblijven.storage.database import Database
from sterkblijven.storage.health import add_stay
from sterkblijven.storage.models import SessionRow, TraineeEventRow
from sterkblijven.storage.synthetic.history import HistorySize, generate_history

# A seed whose year reads well: steady training, a summer holiday, a stay and the way back.
EXAMPLE_SEED = 3
EXAMPLE_AGE = 81
DAYS_IN_HOSPITAL = 9
CLEARED_DAYS_BEFORE_RETURN = 2


def generate_example(database: Database, *, name: str, end: datetime) -> tuple[int, HistorySize]:
    """Create the example person with a year of history ending at ``end``; return id and counts.

    The year has a hospital stay in it, recorded as the carer part records one: admitted,
    home again, and cleared by the physiotherapist before training started again.
    """
    trainee_id, size = generate_history(
        database,
        years=1.0,
        end=end,
        seed=EXAMPLE_SEED,
        name=name,
        birth_year=end.year - EXAMPLE_AGE,
        sex=Sex.MALE,
        hospital_stay=True,
    )
    with database.transaction() as tx:
        _record_stay(tx, trainee_id)
    return trainee_id, size


def _record_stay(tx: Session, trainee_id: int) -> None:
    admitted = tx.scalars(
        select(TraineeEventRow.happened_at).where(
            TraineeEventRow.trainee_id == trainee_id, TraineeEventRow.kind == HOSPITAL_STAY
        )
    ).first()
    if admitted is None:
        return
    back = tx.scalar(
        select(func.min(SessionRow.started_at)).where(
            SessionRow.trainee_id == trainee_id, SessionRow.started_at > admitted
        )
    )
    discharged = admitted.date() + timedelta(days=DAYS_IN_HOSPITAL)
    cleared = discharged if back is None else back.date() - timedelta(CLEARED_DAYS_BEFORE_RETURN)
    stay = HospitalStay(
        admitted=admitted.date(),
        discharged=discharged,
        reason=StayReason.ILLNESS,
        recorded_at=datetime.combine(discharged, time(11)),
        cleared_on=max(cleared, discharged),
        cleared_by=ClearedBy.PHYSIOTHERAPIST,
    )
    add_stay(tx, trainee_id, stay)
