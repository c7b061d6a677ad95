"""Check-ins: where the joints feel worse, and whether pain woke the person at night.

Answers given before have no place ("not known") and no night pain, as nothing asked.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.add_column(sa.Column("places", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(
            sa.Column("night_pain", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.drop_column("night_pain")
        batch_op.drop_column("places")
