"""Storage: the only package that uses SQLAlchemy. Repositories return domain objects."""

from sterkblijven.storage.database import (
    Database,
    DatabaseProblem,
    Transaction,
    open_database,
    open_folder,
)

__all__ = ["Database", "DatabaseProblem", "Transaction", "open_database", "open_folder"]
