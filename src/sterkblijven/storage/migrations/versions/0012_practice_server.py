"""A practice's server: whose client each person is, archiving, and a log of who did what.

``trainees.carer`` names the carer's login on a practice's server (empty at home, where there is
one carer); ``trainees.archived_at`` marks a person removed in practice mode, whose health records
are kept for the retention period. ``access_log`` holds who changed or opened which client's
records and when; on a server only database triggers and one function write it.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 14:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("trainees", schema=None) as batch_op:
        batch_op.add_column(sa.Column("carer", sa.String(length=63), nullable=True))
        batch_op.add_column(sa.Column("archived_at", sa.DateTime(), nullable=True))
    op.create_table(
        "access_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=63), nullable=False),
        sa.Column("action", sa.String(length=24), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        # No foreign key: the log outlives the person it is about.
        sa.Column("trainee_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.Text(), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_access_log")),
    )
    with op.batch_alter_table("access_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_access_log_trainee_id"), ["trainee_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("access_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_access_log_trainee_id"))
    op.drop_table("access_log")
    with op.batch_alter_table("trainees", schema=None) as batch_op:
        batch_op.drop_column("archived_at")
        batch_op.drop_column("carer")
