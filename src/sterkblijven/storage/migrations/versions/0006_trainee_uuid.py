"""Trainees: a stable id (UUID) that export and import match people by.

Every trainee already here gets a new random UUID; the column is then required and unique.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24 10:00:00
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("trainees", schema=None) as batch_op:
        batch_op.add_column(sa.Column("uuid", sa.String(length=36), nullable=True))
    trainees = sa.table("trainees", sa.column("id", sa.Integer()), sa.column("uuid", sa.String()))
    connection = op.get_bind()
    ids = connection.execute(sa.select(trainees.c.id)).scalars().all()
    for trainee_id in ids:
        connection.execute(
            trainees.update().where(trainees.c.id == trainee_id).values(uuid=str(uuid.uuid4()))
        )
    with op.batch_alter_table("trainees", schema=None) as batch_op:
        batch_op.alter_column("uuid", existing_type=sa.String(length=36), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_trainees_uuid"), ["uuid"])


def downgrade() -> None:
    with op.batch_alter_table("trainees", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_trainees_uuid"), type_="unique")
        batch_op.drop_column("uuid")
