"""Trainees: a stable id (UUID) that export and import match people by.

Every trainee already here gets a UUID made from their row, the same one each time the same data
is upgraded; the column is then required and unique.

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

# Written here once and never changed: a UUID made from it is the same on every upgrade. (The
# app's own maker of new UUIDs is not imported: a migration must do the same thing for ever.)
_NAMESPACE = uuid.UUID("1b2a59da-c184-445f-8492-43562fc8797e")


def _person_uuid(trainee_id: object, created_at: object) -> str:
    """Return the UUID of the trainee row with this id and creation time, as stored.

    The same data upgraded twice (the live upgrade, and later its before-migration backup put
    back, once or more) must give each person the same UUID, or exports made in between no
    longer match them. The id is unique within the database and the creation time is never
    changed; the name is left out, as a copy from before a rename must give the same UUID.
    """
    return str(uuid.uuid5(_NAMESPACE, f"{trainee_id}|{created_at}"))


def upgrade() -> None:
    with op.batch_alter_table("trainees", schema=None) as batch_op:
        batch_op.add_column(sa.Column("uuid", sa.String(length=36), nullable=True))
    # created_at is read as the text stored, so no parsing can change what the UUID is made of.
    trainees = sa.table(
        "trainees",
        sa.column("id", sa.Integer()),
        sa.column("created_at", sa.String()),
        sa.column("uuid", sa.String()),
    )
    connection = op.get_bind()
    rows = connection.execute(sa.select(trainees.c.id, trainees.c.created_at)).all()
    for trainee_id, created_at in rows:
        connection.execute(
            trainees.update()
            .where(trainees.c.id == trainee_id)
            .values(uuid=_person_uuid(trainee_id, created_at))
        )
    with op.batch_alter_table("trainees", schema=None) as batch_op:
        batch_op.alter_column("uuid", existing_type=sa.String(length=36), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_trainees_uuid"), ["uuid"])


def downgrade() -> None:
    with op.batch_alter_table("trainees", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_trainees_uuid"), type_="unique")
        batch_op.drop_column("uuid")
