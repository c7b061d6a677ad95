"""What home reads, and the use cases it carries out, as the window hands them to it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from sterkblijven.domain.attention import TileStatus
from sterkblijven.domain.everyday import TaskProgress
from sterkblijven.domain.fitness import Retest
from sterkblijven.domain.home import WeekOverview
from sterkblijven.domain.model import Trainee

if TYPE_CHECKING:
    from sterkblijven.services.home import Home
    from sterkblijven.services.training import Training


class HomeReads(Protocol):
    """What the first screen shows: who trains here, their week, progress and test advice."""

    def trainees(self) -> list[Trainee]:
        """Return everyone who trains here, oldest profile first."""
        ...

    def overview(self, trainee_id: int) -> WeekOverview:
        """Return this week of a person."""
        ...

    def tiles(self) -> dict[int, TileStatus]:
        """Return the line under each person's name tile, by trainee id, for everyone at once."""
        ...

    def everyday(self, trainee_id: int) -> tuple[TaskProgress, ...]:
        """Return progress per everyday task that has something to tell."""
        ...

    def retest(self, trainee_id: int) -> Retest | None:
        """Return why a functional test is worth doing now, or None."""
        ...


class HomeActions(Protocol):
    """The use cases home carries out: loaded when first used."""

    @property
    def home(self) -> Home:
        """The readiness answers and the clearance after a hospital stay."""
        ...

    @property
    def training(self) -> Training:
        """Starting and closing sessions, and the next-day answers."""
        ...
