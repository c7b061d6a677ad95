"""Repository functions: each takes a Session and speaks in domain objects."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import exists, func, select, update
from sqlalchemy.orm import Session, joinedload

from sterkblijven.domain.model import (
    Band,
    BandColour,
    Equipment,
    EquipmentKind,
    Load,
    ReadinessCheck,
    Routine,
    RoutineExercise,
    SessionSummary,
    Sex,
    Trainee,
    new_person_uuid,
)
from sterkblijven.domain.versions import ChangedMeanwhile, Edited, check_seen
from sterkblijven.storage.counting import counts_as_training
from sterkblijven.storage.models import (
    BandRow,
    DumbbellRow,
    ReadinessRow,
    RoutineExerciseRow,
    RoutineRow,
    SessionRow,
    SetRow,
    SettingRow,
    TraineeEventRow,
    TraineeRow,
)
from sterkblijven.storage.versions import (
    actor,
    equipment_step,
    plan_change,
    profile_step,
    rowcount,
)


class NotFound(LookupError):
    """The record asked for does not exist (any more)."""


# Trainees


def add_trainee(
    session: Session, trainee: Trainee, now: datetime, person_uuid: str | None = None
) -> Trainee:
    """Store a new trainee and return it with its id; a new UUID is made unless one is given."""
    row = TraineeRow(
        name=trainee.name,
        birth_year=trainee.birth_year,
        birth_month=trainee.birth_month,
        sex=trainee.sex.value,
        created_at=now,
    )
    if person_uuid is not None:
        row.uuid = person_uuid
    session.add(row)
    session.flush()
    return _trainee(row)


def list_trainees(session: Session) -> list[Trainee]:
    """Return every trainee, oldest profile first; archived people are left out."""
    rows = session.scalars(
        select(TraineeRow)
        .where(TraineeRow.archived_at.is_(None))
        .order_by(TraineeRow.created_at, TraineeRow.id)
    )
    return [_trainee(row) for row in rows]


def trainees_by_uuid(session: Session) -> dict[str, Trainee]:
    """Return every trainee here (not archived) by their stable id (UUID), oldest first."""
    rows = session.scalars(
        select(TraineeRow)
        .where(TraineeRow.archived_at.is_(None))
        .order_by(TraineeRow.created_at, TraineeRow.id)
    )
    return {row.uuid: _trainee(row) for row in rows}


def find_trainee_by_uuid(session: Session, person_uuid: str) -> Trainee | None:
    """Return the trainee with this stable id, or None when nobody here has it."""
    row = session.scalar(
        select(TraineeRow).where(TraineeRow.uuid == person_uuid, TraineeRow.archived_at.is_(None))
    )
    return None if row is None else _trainee(row)


def get_trainee(session: Session, trainee_id: int) -> Trainee:
    """Return one trainee, or raise NotFound."""
    row = session.get(TraineeRow, trainee_id)
    if row is None:
        raise NotFound(f"trainee {trainee_id}")
    return _trainee(row)


def rename_trainee(
    session: Session,
    trainee_id: int,
    name: str,
    *,
    now: datetime | None = None,
    seen: int | None = None,
) -> Trainee:
    """Give a trainee another name; refused if the profile changed since version ``seen``."""
    row = profile_step(session, _trainee_row(session, trainee_id), now, seen)
    row.name = name
    return _trainee(row)


def set_birth_month(
    session: Session,
    trainee_id: int,
    month: int | None,
    *,
    now: datetime | None = None,
    seen: int | None = None,
) -> Trainee:
    """Give a trainee a birth month (1-12), or none for someone who gives only the year."""
    row = profile_step(session, _trainee_row(session, trainee_id), now, seen)
    row.birth_month = month
    return _trainee(row)


def edit_trainee(
    session: Session,
    trainee_id: int,
    name: str,
    month: int | None,
    *,
    now: datetime,
    seen: int | None = None,
) -> Trainee:
    """Change name and birth month as one edit: one version up, refused if outdated."""
    row = profile_step(session, _trainee_row(session, trainee_id), now, seen)
    row.name = name
    row.birth_month = month
    return _trainee(row)


def trainee_uuid(session: Session, trainee_id: int) -> str:
    """Return the stable id (UUID) of a trainee, or raise NotFound."""
    row = session.get(TraineeRow, trainee_id)
    if row is None:
        raise NotFound(f"trainee {trainee_id}")
    return row.uuid


def remove_trainee(session: Session, trainee_id: int) -> None:
    """Remove a trainee; the database removes their equipment, routines and history with them."""
    row = session.get(TraineeRow, trainee_id)
    if row is None:
        raise NotFound(f"trainee {trainee_id}")
    session.delete(row)


def archive_trainee(session: Session, trainee_id: int, now: datetime) -> None:
    """Leave a trainee out of every list from now on, keeping their records (a server's way).

    The archived records give up the person's UUID: it names the person wherever their data
    goes, so the same person read in again (or replaced by an import) is them once more.
    """
    row = session.get(TraineeRow, trainee_id)
    if row is None:
        raise NotFound(f"trainee {trainee_id}")
    row.archived_at = now
    row.uuid = new_person_uuid()


def decides_own_loads(session: Session, trainee_id: int) -> bool:
    """Return whether the trainee may decide on load suggestions without the carer."""
    row = session.get(TraineeRow, trainee_id)
    if row is None:
        raise NotFound(f"trainee {trainee_id}")
    return row.decides_own_loads


def set_decides_own_loads(session: Session, trainee_id: int, allowed: bool) -> None:
    """Allow or stop the trainee deciding on load suggestions."""
    row = session.get(TraineeRow, trainee_id)
    if row is None:
        raise NotFound(f"trainee {trainee_id}")
    row.decides_own_loads = allowed


def _trainee_row(session: Session, trainee_id: int) -> TraineeRow:
    row = session.get(TraineeRow, trainee_id)
    if row is None:
        raise NotFound(f"trainee {trainee_id}")
    return row


def _trainee(row: TraineeRow) -> Trainee:
    return Trainee(
        name=row.name,
        birth_year=row.birth_year,
        sex=Sex(row.sex),
        id=row.id,
        birth_month=row.birth_month,
        version=row.version,
    )


# Readiness


def add_readiness(session: Session, trainee_id: int, check: ReadinessCheck) -> None:
    """Store the answers to a readiness check."""
    session.add(
        ReadinessRow(
            trainee_id=trainee_id,
            answered_at=check.answered_at,
            yes_answers=",".join(sorted(check.yes_answers)),
            confirmed_at=check.confirmed_at,
        )
    )


def latest_readiness(session: Session, trainee_id: int) -> ReadinessCheck | None:
    """Return the newest readiness check of a trainee, if any."""
    row = _latest_readiness_row(session, trainee_id)
    return None if row is None else readiness_of(row)


def readiness_of(row: ReadinessRow) -> ReadinessCheck:
    """Return a stored health-check answer as the domain's ReadinessCheck."""
    return ReadinessCheck(
        yes_answers=frozenset(code for code in row.yes_answers.split(",") if code),
        answered_at=row.answered_at,
        confirmed_at=row.confirmed_at,
    )


def confirm_readiness(session: Session, trainee_id: int, when: datetime) -> ReadinessCheck:
    """Record that training is wanted despite the advice to see the GP first."""
    row = _latest_readiness_row(session, trainee_id)
    if row is None:
        raise NotFound(f"readiness check of trainee {trainee_id}")
    if row.confirmed_at is None:
        row.confirmed_at = when
    return readiness_of(row)


def _latest_readiness_row(session: Session, trainee_id: int) -> ReadinessRow | None:
    return session.scalars(
        select(ReadinessRow)
        .where(ReadinessRow.trainee_id == trainee_id)
        .order_by(ReadinessRow.answered_at.desc(), ReadinessRow.id.desc())
        .limit(1)
    ).first()


# Equipment


def save_equipment(
    session: Session,
    trainee_id: int,
    equipment: Equipment,
    *,
    now: datetime | None = None,
    seen: int | None = None,
) -> Equipment:
    """Replace a trainee's dumbbells and band ladder; bands keep their ids where given.

    Refused (ChangedMeanwhile) when the equipment changed since version ``seen``.
    """
    equipment_step(session, _trainee_row(session, trainee_id), now, seen)
    wanted_kg = set(equipment.dumbbells_kg)
    for dumbbell in session.scalars(
        select(DumbbellRow).where(DumbbellRow.trainee_id == trainee_id)
    ):
        if dumbbell.kg in wanted_kg:
            wanted_kg.discard(dumbbell.kg)
        else:
            session.delete(dumbbell)
    session.add_all(DumbbellRow(trainee_id=trainee_id, kg=kg) for kg in sorted(wanted_kg))

    existing = {
        row.id: row
        for row in session.scalars(select(BandRow).where(BandRow.trainee_id == trainee_id))
    }
    for band in equipment.bands:
        row = existing.pop(band.id, None) if band.id is not None else None
        if row is None:
            row = BandRow(trainee_id=trainee_id)
            session.add(row)
        row.position = band.position
        row.colour = band.colour.value
        row.label = band.label
        row.force_kgf = band.force_kgf
        row.can_double = band.can_double
    for removed in existing.values():
        session.delete(removed)
    session.flush()
    return load_equipment(session, trainee_id)


def load_equipment(session: Session, trainee_id: int) -> Equipment:
    """Return the dumbbells (lightest first) and band ladder of a trainee."""
    kgs = session.scalars(
        select(DumbbellRow.kg).where(DumbbellRow.trainee_id == trainee_id).order_by(DumbbellRow.kg)
    )
    bands = session.scalars(
        select(BandRow).where(BandRow.trainee_id == trainee_id).order_by(BandRow.position)
    )
    version = session.scalar(
        select(TraineeRow.equipment_version).where(TraineeRow.id == trainee_id)
    )
    return Equipment(
        dumbbells_kg=tuple(kgs), bands=tuple(_band(row) for row in bands), version=version or 0
    )


def _band(row: BandRow) -> Band:
    return Band(
        colour=BandColour(row.colour),
        position=row.position,
        label=row.label,
        force_kgf=row.force_kgf,
        can_double=row.can_double,
        id=row.id,
    )


# Routines


def save_routine(
    session: Session,
    trainee_id: int,
    routine: Routine,
    now: datetime,
    *,
    seen: int | None = None,
) -> Routine:
    """Store a routine as the trainee's active one; earlier routines stay for history.

    The new one is a version up from the active one. Refused (ChangedMeanwhile) when the plan
    changed since version ``seen`` (0: there was no plan); None checks nothing.
    """
    current = session.scalars(
        select(RoutineRow)
        .where(RoutineRow.trainee_id == trainee_id, RoutineRow.active)
        .order_by(RoutineRow.created_at.desc(), RoutineRow.id.desc())
        .limit(1)
    ).first()
    stored = 0 if current is None else current.version
    by, at = (None, None) if current is None else (current.changed_by, current.created_at)
    check_seen(Edited.PLAN, stored, seen, by, at)
    if current is not None:
        # Retired in the database only if it is still the active one read: on a server, a
        # second carer's save waits for the first's row lock, then finds it retired.
        retired = session.execute(
            update(RoutineRow)
            .where(
                RoutineRow.trainee_id == trainee_id,
                RoutineRow.active,
                RoutineRow.version == stored,
            )
            .values(active=False)
            .execution_options(synchronize_session="fetch")
        )
        if rowcount(retired) < 1:
            session.expire_all()
            raise ChangedMeanwhile(Edited.PLAN, *plan_change(session, trainee_id))
    row = RoutineRow(
        trainee_id=trainee_id,
        created_at=now,
        active=True,
        weekdays=",".join(str(day) for day in routine.weekdays),
        note=routine.note,
        version=stored + 1,
        changed_by=actor(session),
    )
    for position, item in enumerate(routine.exercises):
        band = item.load.band
        if band is not None and band.id is None:
            raise ValueError("a band in a routine must be saved with the equipment first")
        row.exercises.append(
            RoutineExerciseRow(
                position=position,
                exercise_id=item.exercise_id,
                equipment=item.load.kind.value,
                sets=item.sets,
                rep_min=item.rep_min,
                rep_max=item.rep_max,
                rest_seconds=item.rest_seconds,
                load_kg=item.load.kg,
                band_id=None if band is None else band.id,
                band_doubled=item.load.band_doubled,
                slow_tempo=item.slow_tempo,
                extra_set=item.extra_set,
                paused=item.paused,
                balance_level=item.balance_level,
                supported=item.supported,
            )
        )
    session.add(row)
    session.flush()
    return load_routine(row)


def check_plan_version(session: Session, trainee_id: int, seen: int | None) -> None:
    """Refuse (ChangedMeanwhile) when the active plan is no longer version ``seen``."""
    if seen is not None and plan_version(session, trainee_id) != seen:
        raise ChangedMeanwhile(Edited.PLAN, *plan_change(session, trainee_id))


def plan_version(session: Session, trainee_id: int) -> int:
    """Return the version of the trainee's active plan; 0 when there is none."""
    version = session.scalar(
        select(func.max(RoutineRow.version)).where(
            RoutineRow.trainee_id == trainee_id, RoutineRow.active
        )
    )
    return version or 0


def active_routine(session: Session, trainee_id: int) -> Routine | None:
    """Return the routine the trainee follows now, if any."""
    row = (
        session.scalars(
            select(RoutineRow)
            .where(RoutineRow.trainee_id == trainee_id, RoutineRow.active)
            # One statement for the plan, its exercises and their bands: home reads it at start.
            .options(joinedload(RoutineRow.exercises).joinedload(RoutineExerciseRow.band))
            .order_by(RoutineRow.created_at.desc(), RoutineRow.id.desc())
            .limit(1)
        )
        .unique()
        .first()
    )
    return None if row is None else load_routine(row)


def load_routine(row: RoutineRow) -> Routine:
    """Return the domain routine of a stored routine row."""
    return Routine(
        exercises=tuple(
            RoutineExercise(
                exercise_id=item.exercise_id,
                load=Load(
                    kind=EquipmentKind(item.equipment),
                    kg=item.load_kg,
                    band=None if item.band is None else _band(item.band),
                    band_doubled=item.band_doubled,
                ),
                sets=item.sets,
                rep_min=item.rep_min,
                rep_max=item.rep_max,
                rest_seconds=item.rest_seconds,
                slow_tempo=item.slow_tempo,
                extra_set=item.extra_set,
                paused=item.paused,
                balance_level=item.balance_level,
                supported=item.supported,
            )
            for item in row.exercises
        ),
        weekdays=tuple(int(day) for day in row.weekdays.split(",") if day),
        note=row.note,
        id=row.id,
        version=row.version,
    )


# Sessions


def count_sessions_since(session: Session, trainee_id: int, since: datetime) -> int:
    """Return how many trainings a trainee started at or after ``since`` (see counting)."""
    return (
        session.scalar(
            select(func.count(SessionRow.id)).where(
                SessionRow.trainee_id == trainee_id,
                SessionRow.started_at >= since,
                counts_as_training(),
            )
        )
        or 0
    )


def last_session(session: Session, trainee_id: int) -> SessionSummary | None:
    """Return the most recent session of a trainee in which a set was kept, with its sets."""
    kept = SetRow.undone_at.is_(None)
    # The newest such session, found from the end of the person's sessions, with its count.
    set_count = (
        select(func.count(SetRow.id))
        .where(SetRow.session_id == SessionRow.id, kept)
        .correlate(SessionRow)
        .scalar_subquery()
    )
    found = session.execute(
        select(SessionRow.started_at, SessionRow.finished_at, SessionRow.id, set_count)
        .where(
            SessionRow.trainee_id == trainee_id,
            exists().where(SetRow.session_id == SessionRow.id, kept),
        )
        .order_by(SessionRow.started_at.desc(), SessionRow.id.desc())
        .limit(1)
    ).first()
    if found is None:
        return None
    started_at, finished_at, session_id, count = found
    return SessionSummary(
        started_at=started_at, finished_at=finished_at, set_count=count or 0, id=session_id
    )


def last_done_session_start(session: Session, trainee_id: int, before: datetime) -> datetime | None:
    """Return when the trainee's latest training before ``before`` started (see counting)."""
    # Newest first with a limit, not max(): the search stops at the first training it meets
    # instead of reading every earlier session of the person.
    return session.scalar(
        select(SessionRow.started_at)
        .where(
            SessionRow.trainee_id == trainee_id,
            counts_as_training(),
            SessionRow.started_at < before,
        )
        .order_by(SessionRow.started_at.desc())
        .limit(1)
    )


# Trainee events


def add_event(session: Session, trainee_id: int, kind: str, when: datetime) -> None:
    """Record an event in a trainee's life, such as a hospital stay."""
    session.add(TraineeEventRow(trainee_id=trainee_id, kind=kind, happened_at=when))


def event_since(session: Session, trainee_id: int, kind: str, since: datetime) -> bool:
    """Return True when an event of this kind was recorded at or after ``since``."""
    found = session.scalar(
        select(TraineeEventRow.id)
        .where(
            TraineeEventRow.trainee_id == trainee_id,
            TraineeEventRow.kind == kind,
            TraineeEventRow.happened_at >= since,
        )
        .limit(1)
    )
    return found is not None


# Settings


def load_settings(session: Session) -> dict[str, str]:
    """Return every stored setting as text."""
    return {row.key: row.value for row in session.scalars(select(SettingRow))}


def save_settings(session: Session, values: dict[str, str]) -> None:
    """Store settings, replacing earlier values of the same keys."""
    for key, value in values.items():
        row = session.get(SettingRow, key)
        if row is None:
            session.add(SettingRow(key=key, value=value))
        else:
            row.value = value


def remove_setting(session: Session, key: str) -> None:
    """Remove a setting, if it is stored."""
    row = session.get(SettingRow, key)
    if row is not None:
        session.delete(row)


def band_from_row(row: BandRow) -> Band:
    """Return a stored band as the domain's Band (for reads of several people at once)."""
    return _band(row)
