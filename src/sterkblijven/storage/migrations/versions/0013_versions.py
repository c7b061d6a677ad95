"""Versions and who changed it: plans, equipment, profiles and suggestion decisions.

Each carries a version number that every save raises, so that a save based on an outdated copy
is refused instead of overwriting what someone else did meanwhile, and the login of who made
the change (empty at home, and for everything from before this revision). Existing rows start
at version 1.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 14:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ACTOR_LENGTH = 63


def _version() -> sa.Column[int]:
    return sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1"))


def _changed_by(name: str = "changed_by") -> sa.Column[str]:
    return sa.Column(name, sa.String(length=ACTOR_LENGTH), nullable=True)


def upgrade() -> None:
    with op.batch_alter_table("trainees", schema=None) as batch_op:
        batch_op.add_column(_version())
        batch_op.add_column(_changed_by())
        batch_op.add_column(sa.Column("changed_at", sa.DateTime(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "equipment_version", sa.Integer(), nullable=False, server_default=sa.text("1")
            )
        )
        batch_op.add_column(_changed_by("equipment_changed_by"))
        batch_op.add_column(sa.Column("equipment_changed_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("routines", schema=None) as batch_op:
        batch_op.add_column(_version())
        batch_op.add_column(_changed_by())
    with op.batch_alter_table("suggestions", schema=None) as batch_op:
        batch_op.add_column(_version())
        batch_op.add_column(_changed_by())
        batch_op.add_column(sa.Column("changed_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("suggestions", schema=None) as batch_op:
        batch_op.drop_column("changed_at")
        batch_op.drop_column("changed_by")
        batch_op.drop_column("version")
    with op.batch_alter_table("routines", schema=None) as batch_op:
        batch_op.drop_column("changed_by")
        batch_op.drop_column("version")
    with op.batch_alter_table("trainees", schema=None) as batch_op:
        batch_op.drop_column("equipment_changed_at")
        batch_op.drop_column("equipment_changed_by")
        batch_op.drop_column("equipment_version")
        batch_op.drop_column("changed_at")
        batch_op.drop_column("changed_by")
        batch_op.drop_column("version")
