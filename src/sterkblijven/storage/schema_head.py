"""The schema revision this version of the app works with, in a module that loads nothing.

The first screen of a start checks it before SQLAlchemy and Alembic are loaded.
"""

from __future__ import annotations

# The newest migration's revision. tests/storage checks it against the migration scripts, so
# a normal start can tell "up to date" without importing Alembic (which costs start-up time).
SCHEMA_HEAD = "0016"
