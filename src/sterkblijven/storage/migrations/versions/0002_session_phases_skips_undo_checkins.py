"""Sessions: warm-up and cool-down phases, skipped exercises, undone sets, next-day check-ins.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 14:47:39.747187
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "checkins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trainee_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("answered_at", sa.DateTime(), nullable=False),
        sa.Column("joints", sa.String(length=8), nullable=False),
        sa.Column("long_morning_stiffness", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_checkins_session_id_sessions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["trainee_id"],
            ["trainees.id"],
            name=op.f("fk_checkins_trainee_id_trainees"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkins")),
    )
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checkins_session_id"), ["session_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_checkins_trainee_id"), ["trainee_id"], unique=False)

    op.create_table(
        "skips",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("exercise_id", sa.String(length=40), nullable=False),
        sa.Column("reason", sa.String(length=16), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_skips_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skips")),
    )
    with op.batch_alter_table("skips", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_skips_session_id"), ["session_id"], unique=False)

    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("warmup_done_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("cooldown_done_at", sa.DateTime(), nullable=True))

    with op.batch_alter_table("sets", schema=None) as batch_op:
        batch_op.add_column(sa.Column("position", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("stop_signals", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("undone_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sets", schema=None) as batch_op:
        batch_op.drop_column("undone_at")
        batch_op.drop_column("stop_signals")
        batch_op.drop_column("position")

    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.drop_column("cooldown_done_at")
        batch_op.drop_column("warmup_done_at")

    with op.batch_alter_table("skips", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_skips_session_id"))

    op.drop_table("skips")
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checkins_trainee_id"))
        batch_op.drop_index(batch_op.f("ix_checkins_session_id"))

    op.drop_table("checkins")
