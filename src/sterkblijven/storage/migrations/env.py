"""Alembic environment: migrations run on the connection the app hands over."""

from alembic import context
from sqlalchemy import create_engine

from sterkblijven.storage.models import Base

config = context.config


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is None:
    # Started from the alembic command line while writing a migration.
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.begin() as new_connection:
        _run(new_connection)
else:
    _run(connection)
