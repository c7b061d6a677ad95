"""Moments kept in UTC with their zone; a UUID on every record that may leave the computer.

Earlier versions kept the computer's local wall-clock time without a zone. On SQLite each such
value is turned into UTC here using the zone of the computer the upgrade runs on (the one that
wrote it, for a file in the user's own data folder); in the hour that comes twice when summer
time ends, the first of the two is taken (fold=0). On PostgreSQL each column becomes
``timestamp with time zone``, its values read in the session's time zone.

Records that leave the computer (in an export, or on a shared server) get a UUID, made from the
row and its person, so the same data upgraded twice (the live upgrade, and later its
before-migration backup put back) gives every record the same one.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 10:00:00
"""

import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Every column that holds a moment, written here once: a migration must do the same for ever.
_MOMENTS = {
    "trainees": ("created_at", "archived_at", "changed_at", "equipment_changed_at"),
    "readiness_checks": ("answered_at", "confirmed_at"),
    "routines": ("created_at",),
    "sessions": ("started_at", "finished_at", "warmup_done_at", "cooldown_done_at"),
    "sets": ("recorded_at", "undone_at"),
    "skips": ("recorded_at",),
    "checkins": ("answered_at",),
    "suggestions": ("created_at", "decided_at", "changed_at"),
    "trainee_events": ("happened_at",),
    "hospital_stays": ("recorded_at",),
    "precautions": ("started_at", "lifted_at"),
    "test_results": ("taken_at",),
}

# The records with a UUID of their own, each with the way from it to its person's row.
_OWNED_DIRECTLY = (
    "readiness_checks",
    "routines",
    "sessions",
    "checkins",
    "suggestions",
    "trainee_events",
    "hospital_stays",
    "precautions",
    "test_results",
)
_OWNED_THROUGH_SESSIONS = ("sets", "skips")

_NAMESPACE = uuid.UUID("6f4c7c1e-5d0b-4a53-9a2e-0c8d3b7e91a4")
_SQLITE_TEXT = "%Y-%m-%d %H:%M:%S.%f+00:00"  # the fixed-width UTC text of storage/types.py


def _utc_text(stored: object) -> object:
    """Return a stored local time as the UTC text; anything unreadable is kept as it is."""
    if not isinstance(stored, str):
        return stored
    try:
        moment = datetime.fromisoformat(stored)
    except ValueError:
        return stored
    # A naive value is read as this computer's local time (fold=0: the first of a double hour).
    return moment.astimezone(UTC).strftime(_SQLITE_TEXT)


def _rewrite_moments_on_sqlite(
    connection: sa.Connection, convert: Callable[[object], object]
) -> None:
    """Rewrite every stored moment with ``convert``, read and written as the text stored."""
    for table_name, columns in _MOMENTS.items():
        for column in columns:
            # As text, so that no type of this version reinterprets what earlier ones wrote.
            table = sa.table(
                table_name, sa.column("id", sa.Integer()), sa.column(column, sa.String())
            )
            rows = connection.execute(
                sa.select(table.c.id, table.c[column]).where(table.c[column].is_not(None))
            ).all()
            changes = [
                {"row_id": row_id, "moment": new}
                for row_id, old in rows
                if (new := convert(old)) != old
            ]
            if changes:
                connection.execute(
                    sa.update(table)
                    .where(table.c.id == sa.bindparam("row_id"))
                    .values({column: sa.bindparam("moment")}),
                    changes,
                )


def _moments_to_utc_on_server() -> None:
    """Make every moment column zoned, its values read in the session's time zone.

    That zone is the server's setting unless the one who upgrades sets another (PGTZ); no app
    wrote to a server before this revision, so there is no computer's zone to prefer.
    """
    for table_name, columns in _MOMENTS.items():
        with op.batch_alter_table(table_name, schema=None) as batch_op:
            for column in columns:
                batch_op.alter_column(
                    column,
                    existing_type=sa.DateTime(),
                    type_=sa.DateTime(timezone=True),
                    postgresql_using=f"{column} AT TIME ZONE current_setting('TimeZone')",
                )


def _record_uuid(table: str, row_id: object, person_uuid: object) -> str:
    """Return the UUID of a record: from its table, its id and its person's UUID.

    The person's UUID makes it differ between two computers whose rows share an id.
    """
    return str(uuid.uuid5(_NAMESPACE, f"{table}|{row_id}|{person_uuid}"))


def _fill_uuids(connection: sa.Connection) -> None:
    trainees = sa.table("trainees", sa.column("id", sa.Integer()), sa.column("uuid", sa.String()))
    sessions = sa.table(
        "sessions", sa.column("id", sa.Integer()), sa.column("trainee_id", sa.Integer())
    )
    for table_name in (*_OWNED_DIRECTLY, *_OWNED_THROUGH_SESSIONS):
        table = sa.table(
            table_name,
            sa.column("id", sa.Integer()),
            sa.column("uuid", sa.String()),
            sa.column("trainee_id", sa.Integer()),
            sa.column("session_id", sa.Integer()),
        )
        if table_name in _OWNED_DIRECTLY:
            query = sa.select(table.c.id, trainees.c.uuid).select_from(
                table.outerjoin(trainees, trainees.c.id == table.c.trainee_id)
            )
        else:
            query = sa.select(table.c.id, trainees.c.uuid).select_from(
                table.outerjoin(sessions, sessions.c.id == table.c.session_id).outerjoin(
                    trainees, trainees.c.id == sessions.c.trainee_id
                )
            )
        values = [
            {"row_id": row_id, "new_uuid": _record_uuid(table_name, row_id, person)}
            for row_id, person in connection.execute(query)
        ]
        if values:
            connection.execute(
                sa.update(table)
                .where(table.c.id == sa.bindparam("row_id"))
                .values(uuid=sa.bindparam("new_uuid")),
                values,
            )


def _access_log_zoned(zoned: bool) -> None:
    """Give the access log's moments their zone (or take it away): they were UTC already.

    A practice server's triggers wrote them in UTC; at home the log stays empty.
    """
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        log = sa.table("access_log", sa.column("id", sa.Integer()), sa.column("at", sa.String()))
        for row_id, stored in connection.execute(sa.select(log.c.id, log.c.at)).all():
            moment = datetime.fromisoformat(stored)
            new = (
                moment.replace(tzinfo=UTC).strftime(_SQLITE_TEXT)
                if zoned
                else moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ")
            )
            connection.execute(sa.update(log).where(log.c.id == row_id).values(at=new))
        return
    with op.batch_alter_table("access_log", schema=None) as batch_op:
        batch_op.alter_column(
            "at",
            existing_type=sa.DateTime(timezone=not zoned),
            type_=sa.DateTime(timezone=zoned),
            postgresql_using="at AT TIME ZONE 'UTC'",
        )


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        _rewrite_moments_on_sqlite(connection, _utc_text)
    else:
        _moments_to_utc_on_server()
    _access_log_zoned(True)
    for table_name in (*_OWNED_DIRECTLY, *_OWNED_THROUGH_SESSIONS):
        with op.batch_alter_table(table_name, schema=None) as batch_op:
            batch_op.add_column(sa.Column("uuid", sa.String(length=36), nullable=True))
    _fill_uuids(connection)
    for table_name in (*_OWNED_DIRECTLY, *_OWNED_THROUGH_SESSIONS):
        with op.batch_alter_table(table_name, schema=None) as batch_op:
            batch_op.alter_column("uuid", existing_type=sa.String(length=36), nullable=False)
            batch_op.create_unique_constraint(batch_op.f(f"uq_{table_name}_uuid"), ["uuid"])


def downgrade() -> None:
    _access_log_zoned(False)
    for table_name in (*_OWNED_DIRECTLY, *_OWNED_THROUGH_SESSIONS):
        with op.batch_alter_table(table_name, schema=None) as batch_op:
            batch_op.drop_constraint(batch_op.f(f"uq_{table_name}_uuid"), type_="unique")
            batch_op.drop_column("uuid")
    connection = op.get_bind()
    if connection.dialect.name != "sqlite":
        for table_name, columns in _MOMENTS.items():
            with op.batch_alter_table(table_name, schema=None) as batch_op:
                for column in columns:
                    batch_op.alter_column(
                        column,
                        existing_type=sa.DateTime(timezone=True),
                        type_=sa.DateTime(),
                        postgresql_using=f"{column} AT TIME ZONE current_setting('TimeZone')",
                    )
        return
    _rewrite_moments_on_sqlite(connection, _local_text)


def _local_text(stored: object) -> object:
    """Return a stored UTC time as the local text earlier versions wrote."""
    if not isinstance(stored, str):
        return stored
    try:
        moment = datetime.fromisoformat(stored)
    except ValueError:
        return stored
    if moment.tzinfo is None:
        return stored
    return moment.astimezone().replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
