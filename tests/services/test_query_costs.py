"""Home, the reminders and progress cost the same after one year of history as after ten."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.services.fitness import FitnessTests
from sterkblijven.services.home import Home
from sterkblijven.services.progress import Progress
from sterkblijven.storage import Database, open_database
from sterkblijven.storage.database import sqlite_url
from sterkblijven.storage.synthetic.history import generate_history
from tests.services.costs import cost_of, full_scans

END = datetime(2026, 11, 18, 10, 30)
# SQLite's work may grow a little with deeper indexes, never with the years themselves.
MOST_GROWTH = 1.5
MOST_OVERVIEW_STATEMENTS = 14
MOST_REMINDER_STATEMENTS = 6


@pytest.fixture(scope="module")
def histories(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[dict[int, tuple[Database, int]]]:
    """Return a SQLite database per length of history (1 and 10 years) with its trainee."""
    made: dict[int, tuple[Database, int]] = {}
    for years in (1, 10):
        folder: Path = tmp_path_factory.mktemp(f"years{years}")
        database = open_database(sqlite_url(folder / "data.sqlite3"), folder / "backups")
        trainee_id, _size = generate_history(database, years=years, end=END, seed=7)
        made[years] = (database, trainee_id)
    yield made
    for database, _trainee in made.values():
        database.close()


def calls(
    database: Database, trainee_id: int, catalogue: Catalogue
) -> dict[str, Callable[[], object]]:
    """Return what home and the reminders read, as calls on this database."""

    def clock() -> datetime:
        return END

    home = Home(database, clock)
    progress = Progress(database, catalogue, clock)
    fitness = FitnessTests(database, clock, catalogue)
    return {
        "overview": lambda: home.overview(trainee_id),
        "reminders": home.reminders,
        "everyday": lambda: progress.everyday(trainee_id),
        "retest": lambda: fitness.retest(trainee_id),
    }


@pytest.mark.parametrize("name", ["overview", "reminders", "everyday", "retest"])
def test_what_home_reads_costs_no_more_after_ten_years_than_after_one(
    histories: dict[int, tuple[Database, int]], catalogue: Catalogue, name: str
) -> None:
    """Home's reads do the same work (SQLite steps) at 10 years as at 1, and scan no history."""
    steps = {}
    for years, (database, trainee_id) in histories.items():
        call = calls(database, trainee_id, catalogue)[name]
        cost = cost_of(database, call)
        assert full_scans(database, cost) == [], name
        steps[years] = cost.steps
    assert steps[10] <= steps[1] * MOST_GROWTH, steps


def test_the_progress_topic_list_reads_the_indexes_not_the_sets(
    histories: dict[int, tuple[Database, int]], catalogue: Catalogue
) -> None:
    """Opening progress lists the trained exercises from the indexes, reading no set's row."""
    database, trainee_id = histories[10]
    progress = Progress(database, catalogue, lambda: END)
    cost = cost_of(database, lambda: progress.index(trainee_id))
    assert full_scans(database, cost) == []
    listing = [s for s in cost.selects() if "GROUP BY sets.exercise_id" in s[0]]
    assert listing, "the trained exercises are read"
    with database.engine.connect() as connection:
        plan = [
            str(row[-1])
            for statement, params in listing
            for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params)
        ]
    reads = [line for line in plan if line.startswith(("SEARCH", "SCAN"))]
    assert reads and all("COVERING INDEX" in line for line in reads), plan


def test_the_progress_topic_list_is_not_read_again_when_given(
    histories: dict[int, tuple[Database, int]], catalogue: Catalogue
) -> None:
    """An index given the exercises it listed before reads no sets and lists the same."""
    database, trainee_id = histories[10]
    progress = Progress(database, catalogue, lambda: END)
    first = progress.index(trainee_id)
    cost = cost_of(database, lambda: progress.index(trainee_id, first.exercises))
    again = progress.index(trainee_id, first.exercises)
    assert again == first
    assert not [s for s in cost.selects() if "GROUP BY sets.exercise_id" in s[0]]


def test_home_reads_one_person_in_a_few_statements(
    database: Database, catalogue: Catalogue
) -> None:
    """Home's week overview of one person takes at most 14 statements (it took 20)."""
    trainee_id, _size = generate_history(database, years=0.3, end=END, seed=3)
    cost = cost_of(database, lambda: Home(database, lambda: END).overview(trainee_id))
    assert len(cost.statements) <= MOST_OVERVIEW_STATEMENTS


def test_the_reminders_cost_the_same_statements_for_one_person_as_for_twenty(
    database: Database,
) -> None:
    """The reminders read everyone together: one person and twenty take the same statements."""
    home = Home(database, lambda: END)
    generate_history(database, years=0.1, end=END, seed=1, name="Riet")
    one = len(cost_of(database, home.reminders).statements)
    for seed in range(2, 21):
        generate_history(database, years=0.1, end=END, seed=seed, name=f"P{seed}")
    twenty = len(cost_of(database, home.reminders).statements)
    assert one == twenty <= MOST_REMINDER_STATEMENTS
