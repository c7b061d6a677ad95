"""Routines: in-between steps; load suggestions with their decisions; trainee events.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21 16:28:13.745203
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "trainee_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trainee_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("happened_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["trainee_id"],
            ["trainees.id"],
            name=op.f("fk_trainee_events_trainee_id_trainees"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trainee_events")),
    )
    with op.batch_alter_table("trainee_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_trainee_events_trainee_id"), ["trainee_id"], unique=False
        )

    op.create_table(
        "suggestions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trainee_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("exercise_id", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("advice", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=24), nullable=False),
        sa.Column("see_gp", sa.Boolean(), nullable=False),
        sa.Column("retest", sa.Boolean(), nullable=False),
        sa.Column("current", sa.Text(), nullable=False),
        sa.Column("proposed", sa.Text(), nullable=False),
        sa.Column("applied", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("chosen", sa.Text(), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("decided_by", sa.String(length=8), nullable=True),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_suggestions_session_id_sessions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["trainee_id"],
            ["trainees.id"],
            name=op.f("fk_suggestions_trainee_id_trainees"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_suggestions")),
    )
    with op.batch_alter_table("suggestions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_suggestions_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_suggestions_trainee_id"), ["trainee_id"], unique=False)

    with op.batch_alter_table("routine_exercises", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("slow_tempo", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(
            sa.Column("extra_set", sa.Boolean(), server_default=sa.false(), nullable=False)
        )

    with op.batch_alter_table("trainees", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("decides_own_loads", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("trainees", schema=None) as batch_op:
        batch_op.drop_column("decides_own_loads")

    with op.batch_alter_table("routine_exercises", schema=None) as batch_op:
        batch_op.drop_column("extra_set")
        batch_op.drop_column("slow_tempo")

    with op.batch_alter_table("suggestions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_suggestions_trainee_id"))
        batch_op.drop_index(batch_op.f("ix_suggestions_status"))

    op.drop_table("suggestions")
    with op.batch_alter_table("trainee_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trainee_events_trainee_id"))

    op.drop_table("trainee_events")
