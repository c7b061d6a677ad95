"""Trainees: the birth month, for the norms' age; test results: the arm curl's dumbbell.

Both are optional: people may give only their birth year, and results from before this revision
do not say which dumbbell was used, so both start empty.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-25 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("trainees", schema=None) as batch_op:
        batch_op.add_column(sa.Column("birth_month", sa.Integer(), nullable=True))
    with op.batch_alter_table("test_results", schema=None) as batch_op:
        batch_op.add_column(sa.Column("dumbbell_kg", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("test_results", schema=None) as batch_op:
        batch_op.drop_column("dumbbell_kg")
    with op.batch_alter_table("trainees", schema=None) as batch_op:
        batch_op.drop_column("birth_month")
