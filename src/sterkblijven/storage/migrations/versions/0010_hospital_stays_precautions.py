"""Hospital stays with their dates, reason and clearance; movement precautions.

Every hospital stay reported before (a "hospital_stay" event, without dates) becomes a stay whose
dates and reason were not recorded. If the person trained again after it, training went on, so
the stay counts as cleared on the day of that session; otherwise training waits for clearance,
as it does after any stay. The events stay: the restart after a stay still reads them.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-26 10:00:00
"""

from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Written here once: a migration does the same thing for ever, whatever the app calls them later.
_HOSPITAL_STAY = "hospital_stay"
_NOT_RECORDED = "not_recorded"
_DONE = ("finished", "ended_early")


def upgrade() -> None:
    stays = op.create_table(
        "hospital_stays",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trainee_id", sa.Integer(), nullable=False),
        sa.Column("admitted", sa.Date(), nullable=True),
        sa.Column("discharged", sa.Date(), nullable=True),
        sa.Column("reason", sa.String(length=16), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("cleared_at", sa.Date(), nullable=True),
        sa.Column("cleared_by", sa.String(length=16), nullable=True),
        sa.ForeignKeyConstraint(
            ["trainee_id"],
            ["trainees.id"],
            name=op.f("fk_hospital_stays_trainee_id_trainees"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hospital_stays")),
    )
    with op.batch_alter_table("hospital_stays", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_hospital_stays_trainee_id"), ["trainee_id"], unique=False
        )
    op.create_table(
        "precautions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trainee_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=24), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("lifted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["trainee_id"],
            ["trainees.id"],
            name=op.f("fk_precautions_trainee_id_trainees"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_precautions")),
    )
    with op.batch_alter_table("precautions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_precautions_trainee_id"), ["trainee_id"], unique=False)
    _stays_from_events(stays)


def _stays_from_events(stays: sa.Table) -> None:
    events = sa.table(
        "trainee_events",
        sa.column("trainee_id", sa.Integer()),
        sa.column("kind", sa.String()),
        sa.column("happened_at", sa.DateTime()),
    )
    sessions = sa.table(
        "sessions",
        sa.column("trainee_id", sa.Integer()),
        sa.column("started_at", sa.DateTime()),
        sa.column("status", sa.String()),
    )
    connection = op.get_bind()
    reported = connection.execute(
        sa.select(events.c.trainee_id, events.c.happened_at)
        .where(events.c.kind == _HOSPITAL_STAY)
        .order_by(events.c.trainee_id, events.c.happened_at)
    ).all()
    for trainee_id, happened_at in reported:
        trained_again: datetime | None = connection.execute(
            sa.select(sa.func.min(sessions.c.started_at)).where(
                sessions.c.trainee_id == trainee_id,
                sessions.c.status.in_(_DONE),
                sessions.c.started_at >= happened_at,
            )
        ).scalar()
        connection.execute(
            stays.insert().values(
                trainee_id=trainee_id,
                admitted=None,
                discharged=None,
                reason=_NOT_RECORDED,
                recorded_at=happened_at,
                cleared_at=None if trained_again is None else trained_again.date(),
                cleared_by=None if trained_again is None else _NOT_RECORDED,
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("precautions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_precautions_trainee_id"))
    op.drop_table("precautions")
    with op.batch_alter_table("hospital_stays", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hospital_stays_trainee_id"))
    op.drop_table("hospital_stays")
