"""Typed SQLAlchemy models. They never leave the storage package."""

from __future__ import annotations

import uuid as uuid_module
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    FetchedValue,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.sql import expression

from sterkblijven.domain.model import new_person_uuid
from sterkblijven.storage.types import UtcDateTime

# PostgreSQL cuts role names (a carer's login) at 63 characters.
ACTOR_LENGTH = 63

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_record_uuid() -> str:
    """Return a new record's stable id: a random UUID in the usual lower-case form."""
    return str(uuid_module.uuid4())


class Base(DeclarativeBase):
    """Base of every model, with constraint names that migrations can refer to."""

    metadata = MetaData(naming_convention=NAMING)


class TraineeRow(Base):
    """A person who trains."""

    __tablename__ = "trainees"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Who the person is wherever their data goes: an export keeps it and an import matches by
    # it. The id above is this database's own, and SQLite gives a freed one to the next row.
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_person_uuid)
    name: Mapped[str] = mapped_column(String(40))
    birth_year: Mapped[int] = mapped_column(Integer)
    # 1-12, for the age the test norms use; empty for people who give only the year.
    birth_month: Mapped[int | None] = mapped_column(Integer, nullable=True)
    sex: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # Whether the trainee may accept or reject load suggestions without the carer.
    decides_own_loads: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=expression.false()
    )
    # On a practice's server, the login of the carer whose client this is (the server fills it
    # in for whoever adds the person, so the app never sends it); empty at home.
    carer: Mapped[str | None] = mapped_column(
        String(63), nullable=True, server_default=FetchedValue()
    )
    # On a practice's server a removed person is archived, not deleted: health records are kept
    # for the retention period. Archived people are left out of every list.
    archived_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # The profile (name, birth month) and the equipment each have a version that every save
    # raises, so that a save based on an outdated copy is refused (see domain/versions), and
    # who changed it last (the carer's login on a practice's server, empty at home) and when.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    changed_by: Mapped[str | None] = mapped_column(String(ACTOR_LENGTH), nullable=True)
    changed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    equipment_version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    equipment_changed_by: Mapped[str | None] = mapped_column(String(ACTOR_LENGTH), nullable=True)
    equipment_changed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class ReadinessRow(Base):
    """Answers to the readiness check; the newest one counts."""

    __tablename__ = "readiness_checks"
    # The newest answer, without reading the older ones.
    __table_args__ = (Index("ix_readiness_trainee_answered", "trainee_id", "answered_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Who this record is wherever it goes (an export, a shared server), unlike the id above,
    # which is this database's own.
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_record_uuid)
    trainee_id: Mapped[int] = mapped_column(
        ForeignKey("trainees.id", ondelete="CASCADE"), index=True
    )
    answered_at: Mapped[datetime] = mapped_column(UtcDateTime)
    yes_answers: Mapped[str] = mapped_column(Text, default="")
    confirmed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class DumbbellRow(Base):
    """A dumbbell weight the trainee owns (kg per dumbbell)."""

    __tablename__ = "dumbbells"
    __table_args__ = (UniqueConstraint("trainee_id", "kg"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    trainee_id: Mapped[int] = mapped_column(
        ForeignKey("trainees.id", ondelete="CASCADE"), index=True
    )
    kg: Mapped[float] = mapped_column(Float)


class BandRow(Base):
    """One band on the trainee's ladder."""

    __tablename__ = "bands"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    trainee_id: Mapped[int] = mapped_column(
        ForeignKey("trainees.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    colour: Mapped[str] = mapped_column(String(12))
    label: Mapped[str] = mapped_column(String(30), default="")
    force_kgf: Mapped[float | None] = mapped_column(Float, nullable=True)
    can_double: Mapped[bool] = mapped_column(Boolean, default=True)


class RoutineRow(Base):
    """A weekly routine; editing makes a new one, so history keeps what it had."""

    __tablename__ = "routines"
    # The active plan without reading every earlier version of it (each edit adds one).
    __table_args__ = (Index("ix_routines_trainee_active", "trainee_id", "active", "created_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_record_uuid)
    trainee_id: Mapped[int] = mapped_column(
        ForeignKey("trainees.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    weekdays: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    # Each edit is a new row one version up from the active one it replaced; who made it (the
    # carer's login on a practice's server, empty at home). created_at says when.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    changed_by: Mapped[str | None] = mapped_column(String(ACTOR_LENGTH), nullable=True)

    exercises: Mapped[list[RoutineExerciseRow]] = relationship(
        order_by="RoutineExerciseRow.position", cascade="all, delete-orphan"
    )


class RoutineExerciseRow(Base):
    """One exercise of a routine with its dose and load."""

    __tablename__ = "routine_exercises"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    routine_id: Mapped[int] = mapped_column(
        ForeignKey("routines.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    exercise_id: Mapped[str] = mapped_column(String(40))
    equipment: Mapped[str] = mapped_column(String(12))
    sets: Mapped[int] = mapped_column(Integer)
    rep_min: Mapped[int] = mapped_column(Integer)
    rep_max: Mapped[int] = mapped_column(Integer)
    rest_seconds: Mapped[int] = mapped_column(Integer)
    load_kg: Mapped[float | None] = mapped_column(Float, nullable=True)
    band_id: Mapped[int | None] = mapped_column(
        ForeignKey("bands.id", ondelete="SET NULL"), nullable=True
    )
    band_doubled: Mapped[bool] = mapped_column(Boolean, default=False)
    slow_tempo: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=expression.false()
    )
    extra_set: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=expression.false()
    )
    paused: Mapped[bool] = mapped_column(Boolean, default=False, server_default=expression.false())
    balance_level: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    # Done the easier, supported way the catalogue describes (a first plan for sore knees).
    supported: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=expression.false()
    )

    band: Mapped[BandRow | None] = relationship()


class SessionRow(Base):
    """A training session, running or finished."""

    __tablename__ = "sessions"
    # What home, the reminders and the progress screen ask of a person's sessions (this week,
    # the latest, the running one) is found by these without reading the years before.
    __table_args__ = (
        Index("ix_sessions_trainee_started", "trainee_id", "started_at"),
        Index("ix_sessions_trainee_status", "trainee_id", "status", "started_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_record_uuid)
    trainee_id: Mapped[int] = mapped_column(
        ForeignKey("trainees.id", ondelete="CASCADE"), index=True
    )
    routine_id: Mapped[int | None] = mapped_column(
        ForeignKey("routines.id", ondelete="SET NULL"), nullable=True
    )
    started_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    status: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    warmup_done_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    cooldown_done_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # Done on the printed card and entered afterwards in the carer part.
    from_paper: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=expression.false()
    )


class SetRow(Base):
    """One recorded set; the load is copied so later routine edits never rewrite it."""

    __tablename__ = "sets"
    # Which exercises a session holds, and whether a set counts, read from the index alone.
    # It also serves what the one on session_id alone did (0015 replaced that one with it).
    __table_args__ = (Index("ix_sets_session_exercise", "session_id", "exercise_id", "undone_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_record_uuid)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    exercise_id: Mapped[str] = mapped_column(String(40))
    set_number: Mapped[int] = mapped_column(Integer)
    equipment: Mapped[str] = mapped_column(String(12))
    load_kg: Mapped[float | None] = mapped_column(Float, nullable=True)
    band_colour: Mapped[str | None] = mapped_column(String(12), nullable=True)
    band_label: Mapped[str | None] = mapped_column(String(30), nullable=True)
    band_doubled: Mapped[bool] = mapped_column(Boolean, default=False)
    reps: Mapped[int] = mapped_column(Integer)
    reached_failure: Mapped[bool] = mapped_column(Boolean)
    effort: Mapped[int | None] = mapped_column(Integer, nullable=True)
    pain: Mapped[int | None] = mapped_column(Integer, nullable=True)
    pain_location: Mapped[str | None] = mapped_column(String(40), nullable=True)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # Where the exercise stood in the session's routine; None for sets from before it was kept.
    position: Mapped[int | None] = mapped_column(Integer, nullable=True)
    stop_signals: Mapped[str] = mapped_column(Text, default="", server_default="")
    # An undone set is kept, marked, so the record shows what happened.
    undone_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class SkipRow(Base):
    """An exercise skipped in a session, and why."""

    __tablename__ = "skips"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_record_uuid)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    exercise_id: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(String(16))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)


class CheckinRow(Base):
    """The next-day answer about joints, morning stiffness and night pain after a session."""

    __tablename__ = "checkins"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_record_uuid)
    trainee_id: Mapped[int] = mapped_column(
        ForeignKey("trainees.id", ondelete="CASCADE"), index=True
    )
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="SET NULL"), nullable=True, index=True
    )
    answered_at: Mapped[datetime] = mapped_column(UtcDateTime)
    joints: Mapped[str] = mapped_column(String(8))
    long_morning_stiffness: Mapped[bool] = mapped_column(Boolean)
    # Where it is felt, as comma-separated place codes; empty when not known or not asked.
    places: Mapped[str] = mapped_column(Text, default="", server_default="")
    night_pain: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=expression.false()
    )


class SuggestionRow(Base):
    """A suggested dose for one exercise, and what the carer or trainee decided.

    The doses are kept as JSON text (current, proposed and, when changed, chosen), so the record
    shows what was suggested even after the routine or the equipment changed.
    """

    __tablename__ = "suggestions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_record_uuid)
    trainee_id: Mapped[int] = mapped_column(
        ForeignKey("trainees.id", ondelete="CASCADE"), index=True
    )
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="SET NULL"), nullable=True
    )
    position: Mapped[int] = mapped_column(Integer)
    exercise_id: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    advice: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(String(24))
    see_gp: Mapped[bool] = mapped_column(Boolean)
    retest: Mapped[bool] = mapped_column(Boolean)
    current: Mapped[str] = mapped_column(Text)
    proposed: Mapped[str] = mapped_column(Text)
    # Safety suggestions (lighter for pain, after a break) are in force before anyone decides.
    applied: Mapped[bool] = mapped_column(Boolean)
    status: Mapped[str] = mapped_column(String(12), index=True)
    chosen: Mapped[str | None] = mapped_column(Text, nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    decided_by: Mapped[str | None] = mapped_column(String(8), nullable=True)
    # Raised by every decision, so a suggestion decided from two screens is decided once; and
    # who decided by name (the carer's login on a practice's server, empty at home) and when.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    changed_by: Mapped[str | None] = mapped_column(String(ACTOR_LENGTH), nullable=True)
    changed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class TraineeEventRow(Base):
    """Something in a trainee's life that changes the training, such as a hospital stay."""

    __tablename__ = "trainee_events"
    __table_args__ = (Index("ix_trainee_events_trainee_kind", "trainee_id", "kind", "happened_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_record_uuid)
    trainee_id: Mapped[int] = mapped_column(
        ForeignKey("trainees.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    happened_at: Mapped[datetime] = mapped_column(UtcDateTime)


class HospitalStayRow(Base):
    """A hospital stay: when, why, and when training was cleared to start again."""

    __tablename__ = "hospital_stays"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_record_uuid)
    trainee_id: Mapped[int] = mapped_column(
        ForeignKey("trainees.id", ondelete="CASCADE"), index=True
    )
    # Both unknown for stays reported before the app asked for dates; discharged also while
    # the person is still in hospital.
    admitted: Mapped[date | None] = mapped_column(Date, nullable=True)
    discharged: Mapped[date | None] = mapped_column(Date, nullable=True)
    reason: Mapped[str] = mapped_column(String(16))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # The day the GP, specialist or physiotherapist said training may start again, and who.
    cleared_at: Mapped[date | None] = mapped_column(Date, nullable=True)
    cleared_by: Mapped[str | None] = mapped_column(String(16), nullable=True)


class PrecautionRow(Base):
    """Movement advice (such as "new hip: no deep bending") from its start until it is lifted."""

    __tablename__ = "precautions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_record_uuid)
    trainee_id: Mapped[int] = mapped_column(
        ForeignKey("trainees.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str] = mapped_column(String(24))
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    lifted_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class TestResultRow(Base):
    """A functional test result."""

    __tablename__ = "test_results"
    # One test's results, and the latest of any, without reading every result of the person.
    __table_args__ = (
        Index("ix_test_results_trainee_test", "trainee_id", "test_id", "taken_at"),
        Index("ix_test_results_trainee_taken", "trainee_id", "taken_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_record_uuid)
    trainee_id: Mapped[int] = mapped_column(
        ForeignKey("trainees.id", ondelete="CASCADE"), index=True
    )
    test_id: Mapped[str] = mapped_column(String(40))
    value: Mapped[float] = mapped_column(Float)
    taken_at: Mapped[datetime] = mapped_column(UtcDateTime)
    note: Mapped[str] = mapped_column(Text, default="")
    # The chair stand stops when the arms are needed; the protocol scores it 0, and we keep why.
    used_arms: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=expression.false()
    )
    # The arm curl's dumbbell (kg): its norms hold for the protocol's weight only. Empty for
    # other tests, and for curls from before the app asked.
    dumbbell_kg: Mapped[float | None] = mapped_column(Float, nullable=True)


class SettingRow(Base):
    """An application setting, stored as text."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AccessLogRow(Base):
    """Who changed or opened which client's records, and when (as NEN 7513 asks).

    On a practice's server database triggers write it, and carers cannot read it.
    """

    __tablename__ = "access_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(63))
    action: Mapped[str] = mapped_column(String(24))
    table_name: Mapped[str] = mapped_column(String(40))
    # No foreign key: the log outlives the person it is about.
    trainee_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    detail: Mapped[str] = mapped_column(Text, default="", server_default="")
