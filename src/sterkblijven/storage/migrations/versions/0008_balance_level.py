"""Routines: a balance exercise keeps its step (balance_level, 0 = the easiest).

Exercises planned before have no step yet and start at the easiest one: a safe place to
start, from which a mastered step moves on quickly.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("routine_exercises", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("balance_level", sa.Integer(), server_default=sa.text("0"), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("routine_exercises", schema=None) as batch_op:
        batch_op.drop_column("balance_level")
