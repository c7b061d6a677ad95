"""Storage: the only package that uses SQLAlchemy. Repositories return domain objects."""

from sterkblijven.storage.database import Database, DatabaseProblem, Transaction, open_database

__all__ = ["Database", "DatabaseProblem", "Transaction", "open_database"]
