"""Shared fixtures: a clock, the shipped catalogue and a fresh database per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

# Before anything imports Qt: tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.services.catalogue import load_catalogue
from sterkblijven.storage import Database, open_database
from sterkblijven.storage.database import sqlite_url

NOW = datetime(2026, 11, 18, 10, 30)  # a Wednesday


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    """Return the catalogue shipped with the app."""
    return load_catalogue()


@pytest.fixture
def clock() -> datetime:
    """Return the fixed moment tests treat as now."""
    return NOW


@pytest.fixture
def database_path(tmp_path: Path) -> Path:
    """Return where a test's database file lives."""
    return tmp_path / "data" / "sterkblijven.sqlite3"


@pytest.fixture
def database(database_path: Path) -> Iterator[Database]:
    """Return a freshly migrated database in a temporary folder."""
    database_path.parent.mkdir(parents=True)
    db = open_database(sqlite_url(database_path), database_path.parent / "backups")
    yield db
    db.close()
