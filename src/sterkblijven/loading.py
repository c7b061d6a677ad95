"""What a start loads after its first paint: the database, the use cases, and home's reads.

A start on a computer's own data shows home from the read model (``storage.home_read``); the
use cases, and SQLAlchemy under them, are made by ``ServicesLoader`` once home is painted, or
at once when the data had to be opened before the first screen anyway.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sterkblijven.domain.attention import TileStatus, tile_status
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.everyday import TaskProgress
from sterkblijven.domain.fitness import Retest
from sterkblijven.domain.home import WeekOverview
from sterkblijven.domain.model import Trainee
from sterkblijven.domain.precautions import Precautions
from sterkblijven.services.preferences import DatabasePeople
from sterkblijven.storage.home_read import HomeReader, HomeReadError
from sterkblijven.ui.shell.pages import Services, ServicesNotLoaded

if TYPE_CHECKING:
    from sterkblijven.services.exchange import Exchange
    from sterkblijven.services.reports import Reports
    from sterkblijven.storage import Database


class ServicesLoader:
    """Opens the data and makes the use cases once, when first asked for.

    A quick start asks after its first paint; any other start has opened the data already.
    """

    def __init__(
        self,
        open_database: Callable[[], Database | None],
        make: Callable[[Database], Services],
        database: Database | None = None,
        reader: HomeReader | None = None,
    ) -> None:
        """``database`` when it is open already; ``reader``, the read model, is closed with it."""
        self._open = open_database
        self._make = make
        self.database = database
        self._reader = reader
        self._services: Services | None = None
        self._failed = False

    def __call__(self) -> Services | None:
        """Return the use cases, opening the data first if need be; None when it cannot be."""
        if self._services is None and not self._failed:
            if self.database is None:
                self.database = self._open()  # tells the problem itself when it cannot
            if self.database is None:
                self._failed = True
                return None
            self._services = self._make(self.database)
        return self._services

    def services(self) -> Services:
        """Return the use cases; raise ServicesNotLoaded when the data cannot be opened."""
        services = self()
        if services is None:
            raise ServicesNotLoaded
        return services

    def loaded(self) -> bool:
        """Return whether the use cases are loaded."""
        return self._services is not None

    def close(self) -> None:
        """Close the database, if it was opened, and the read model, if it is open still."""
        if self._reader is not None:
            self._reader.close()
        if self.database is not None:
            self.database.close()


class HomeFront:
    """What home reads: from the read model until the use cases are loaded, then from them.

    The read model answers the first screen without SQLAlchemy; should it fail for any reason,
    the use cases answer instead (loading them on the spot).
    """

    def __init__(
        self,
        reader: HomeReader | None,
        loader: ServicesLoader,
        catalogue: Catalogue,
        clock: Callable[[], datetime],
    ) -> None:
        self._reader = reader
        self._loader = loader
        self._catalogue = catalogue
        self._clock = clock

    def _quick(self) -> HomeReader | None:
        if self._reader is not None and self._loader.loaded():
            self._reader.close()  # from now on the use cases answer
            self._reader = None
        return self._reader

    def trainees(self) -> list[Trainee]:
        """Return everyone who trains here, oldest profile first."""
        reader = self._quick()
        if reader is not None:
            with contextlib.suppress(HomeReadError):
                return reader.trainees()
        return self._loader.services().home.trainees()

    def overview(self, trainee_id: int) -> WeekOverview:
        """Return this week of a person."""
        reader = self._quick()
        if reader is not None:
            with contextlib.suppress(HomeReadError):
                return reader.overview(trainee_id, self._clock())
        return self._loader.services().home.overview(trainee_id)

    def tiles(self) -> dict[int, TileStatus]:
        """Return the line under each person's name tile, by trainee id, for everyone at once."""
        reader = self._quick()
        if reader is not None:
            with contextlib.suppress(HomeReadError):
                now = self._clock()
                days = reader.days(now)
                return {person: tile_status(day, now.date()) for person, day in days.items()}
        return self._loader.services().overview.tiles()

    def everyday(self, trainee_id: int) -> tuple[TaskProgress, ...]:
        """Return progress per everyday task that has something to tell."""
        reader = self._quick()
        if reader is not None:
            with contextlib.suppress(HomeReadError):
                return reader.everyday(trainee_id, self._clock(), self._catalogue)
        return self._loader.services().progress.everyday(trainee_id)

    def retest(self, trainee_id: int) -> Retest | None:
        """Return why a functional test is worth doing now, or None."""
        reader = self._quick()
        if reader is not None:
            with contextlib.suppress(HomeReadError):
                return reader.retest(trainee_id, self._clock())
        return self._loader.services().fitness.retest(trainee_id)


class FrontPeople:
    """Who is who, for the preferences: from the read model until the use cases are loaded."""

    def __init__(self, reader: HomeReader | None, loader: ServicesLoader) -> None:
        self._reader = reader
        self._loader = loader

    def _database_people(self) -> DatabasePeople:
        self._loader.services()
        assert self._loader.database is not None  # loaded: the database is open
        return DatabasePeople(self._loader.database)

    def trainee_id(self, person_uuid: str) -> int | None:
        """Return the number of the person with this UUID here, or None."""
        if self._reader is not None and not self._loader.loaded():
            with contextlib.suppress(HomeReadError):
                return self._reader.trainee_id(person_uuid)
        return self._database_people().trainee_id(person_uuid)

    def trainee_uuid(self, trainee_id: int) -> str | None:
        """Return a person's UUID, or None when they are no longer here."""
        if self._reader is not None and not self._loader.loaded():
            with contextlib.suppress(HomeReadError):
                return self._reader.trainee_uuid(trainee_id)
        return self._database_people().trainee_uuid(trainee_id)


def make_services(
    database: Database,
    catalogue: Catalogue,
    precautions: Precautions,
    backups_folder: Path,
    clock: Callable[[], datetime],
) -> Services:
    """Make the use cases on an open database (this loads them, and SQLAlchemy)."""
    from sterkblijven.services.backups import Backups
    from sterkblijven.services.carer import CarerAccess
    from sterkblijven.services.fitness import FitnessTests
    from sterkblijven.services.home import Home
    from sterkblijven.services.onboarding import Onboarding
    from sterkblijven.services.overview import CarerOverview
    from sterkblijven.services.progress import Progress
    from sterkblijven.services.setup import Setup
    from sterkblijven.services.suggestions import LoadSuggestions
    from sterkblijven.services.trainees import Trainees
    from sterkblijven.services.training import Training

    backups = Backups(database, backups_folder, clock)
    return Services(
        onboarding=Onboarding(database, catalogue, clock),
        home=Home(database, clock),
        training=Training(database, catalogue, clock, backups),
        carer=CarerAccess(database, clock),
        trainees=Trainees(database, backups_folder, clock),
        setup=Setup(database, catalogue, clock, precautions),
        suggestions=LoadSuggestions(database, clock),
        fitness=FitnessTests(database, clock, catalogue),
        progress=Progress(database, catalogue, clock),
        backups=backups,
        overview=CarerOverview(database, clock),
        exchange=lambda: _exchange(database, backups_folder, clock),
        reports=lambda: _reports(database, catalogue, clock),
    )


def _exchange(database: Database, backups: Path, clock: Callable[[], datetime]) -> Exchange:
    # Loaded when the carer first opens the data page, not at every start.
    from sterkblijven.services.exchange import Exchange

    return Exchange(database, backups, clock)


def _reports(database: Database, catalogue: Catalogue, clock: Callable[[], datetime]) -> Reports:
    # Loaded when the carer first opens the papers page, not at every start.
    from sterkblijven.services.reports import Reports

    return Reports(database, catalogue, clock)
