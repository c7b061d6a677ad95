"""A practice's server for each test: a database of its own, set up by `server init`."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from sterkblijven.storage import Database, open_database
from sterkblijven.storage.server import add_carer, init_server
from tests.postgres import ThrowawayServer

# Roles belong to the whole cluster, which every test shares: each carer gets a name of its own.
_NUMBERS = itertools.count(1)


@dataclass
class Practice:
    """A set-up practice database on the throwaway server, and the carers made for it."""

    server: ThrowawayServer
    name: str
    carers: dict[str, str] = field(default_factory=dict)
    opened: list[Database] = field(default_factory=list)

    @property
    def admin_url(self) -> str:
        """Return the superuser's URL of this practice's database."""
        return self.server.url(self.name)

    def new_carer(self, first_name: str) -> str:
        """Make a carer's login with a unique name; return the name."""
        name = f"{first_name} {next(_NUMBERS)}"
        self.carers[name] = add_carer(self.admin_url, name)
        return name

    def url_of(self, carer: str) -> str:
        """Return the carer's own URL of this practice's database."""
        return self.server.url(self.name, carer, self.carers[carer])

    def open_as(self, carer: str) -> Database:
        """Open the practice's database as the app does, logged in as the carer."""
        database = open_database(self.url_of(carer))
        self.opened.append(database)
        return database


@pytest.fixture
def practice(postgres_server: ThrowawayServer) -> Iterator[Practice]:
    """Return a freshly initialised practice database; its carers are dropped afterwards."""
    name = postgres_server.create_database()
    init_server(postgres_server.url(name))
    made = Practice(postgres_server, name)
    yield made
    for database in made.opened:
        database.close()
    postgres_server.drop_database(name)
    for carer in made.carers:
        postgres_server.execute(f'DROP ROLE IF EXISTS "{carer}"')
