"""Storage: the only package that uses SQLAlchemy. Repositories return domain objects.

The package itself loads nothing: the first screen of a start reads its data with the standard
``sqlite3`` module (``storage.home_read``), and SQLAlchemy is loaded only when one of these
names is first used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sterkblijven.storage.database import (
        Database,
        Transaction,
        open_database,
        open_folder,
    )
    from sterkblijven.storage.problems import DatabaseProblem

__all__ = ["Database", "DatabaseProblem", "Transaction", "open_database", "open_folder"]

_HOMES = {
    "Database": "sterkblijven.storage.database",
    "Transaction": "sterkblijven.storage.database",
    "open_database": "sterkblijven.storage.database",
    "open_folder": "sterkblijven.storage.database",
    "DatabaseProblem": "sterkblijven.storage.problems",
}


def __getattr__(name: str) -> Any:
    """Load the module that holds a name the first time it is asked for."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
