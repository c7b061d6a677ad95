"""Routines: an exercise can be done the supported way, for sore knees or hips.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-25 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("routine_exercises", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("supported", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("routine_exercises", schema=None) as batch_op:
        batch_op.drop_column("supported")
