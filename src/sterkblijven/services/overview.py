"""The carer's overview: what needs attention for each person, and equipment to copy."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sterkblijven.domain.attention import Attention, TileStatus, overview, tile_status
from sterkblijven.domain.model import Equipment, Trainee
from sterkblijven.storage import Database
from sterkblijven.storage import overview as store


class CarerOverview:
    """Reads for everyone at once what the carer looks at first."""

    def __init__(self, database: Database, clock: Callable[[], datetime]) -> None:
        self._database = database
        self._clock = clock

    def attention(self) -> tuple[Attention, ...]:
        """Return what needs attention per person: the urgent first, otherwise oldest first."""
        now = self._clock()
        with self._database.transaction() as tx:
            facts = store.person_facts(tx, now)
        return overview(facts, now.date())

    def tiles(self) -> dict[int, TileStatus]:
        """Return the line under each person's name tile, by trainee id, read for everyone."""
        now = self._clock()
        with self._database.transaction() as tx:
            facts = store.person_facts(tx, now)
        return {
            person.trainee.id: tile_status(person.day(), now.date())
            for person in facts
            if person.trainee.id is not None
        }

    def equipment(self) -> list[tuple[Trainee, Equipment]]:
        """Return everyone with their dumbbells and bands, to copy for someone new."""
        with self._database.transaction() as tx:
            return store.equipment_of_everyone(tx)
