"""What a use case costs in the database: statements, their plans, and SQLite's work."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event

from sterkblijven.storage import Database

# SQLite calls the progress handler every this many virtual-machine steps.
STEP_GRAIN = 10
HISTORY_TABLES = ("sets", "sessions", "test_results")


@dataclass
class Cost:
    """The statements a call ran (text and parameters) and the SQLite steps they took."""

    statements: list[tuple[str, Any]] = field(default_factory=list)
    steps: int = 0
    # The steps counted up to the start of each statement (its own are up to the next one's).
    marks: list[int] = field(default_factory=list)

    def steps_of(self) -> list[tuple[int, str]]:
        """Return each statement's share of the steps with its text, the costliest first."""
        ends = [*self.marks[1:], self.steps]
        shares = [
            (end - start, s)
            for (s, _p), start, end in zip(self.statements, self.marks, ends, strict=True)
        ]
        return sorted(shares, key=lambda share: -share[0])

    def selects(self) -> list[tuple[str, Any]]:
        """Return the statements that read."""
        return [(s, p) for s, p in self.statements if s.lstrip().upper().startswith("SELECT")]


@contextmanager
def measured(database: Database) -> Iterator[Cost]:
    """Count the statements run on the database, and on SQLite the work they took."""
    cost = Cost()
    sqlite = database.engine.dialect.name == "sqlite"

    def step() -> int:
        cost.steps += STEP_GRAIN
        return 0

    def before(conn: Any, cursor: Any, statement: str, params: Any, *_: Any) -> None:
        cost.statements.append((statement, params))
        cost.marks.append(cost.steps)
        if sqlite:
            conn.connection.driver_connection.set_progress_handler(step, STEP_GRAIN)

    event.listen(database.engine, "before_cursor_execute", before)
    try:
        yield cost
    finally:
        event.remove(database.engine, "before_cursor_execute", before)
        if sqlite:
            with database.engine.connect() as conn:
                driver = conn.connection.driver_connection
                assert driver is not None
                driver.set_progress_handler(None, STEP_GRAIN)


def cost_of(database: Database, call: Callable[[], object]) -> Cost:
    """Return what one call costs."""
    with measured(database) as cost:
        call()
    return cost


def full_scans(database: Database, cost: Cost) -> list[str]:
    """Return the SQLite plan lines that read a history table from end to end."""
    found = []
    with database.engine.connect() as conn:
        for statement, params in cost.selects():
            plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params).all()
            for row in plan:
                words = str(row[-1]).split()
                # "SCAN sets" or "SCAN sets USING COVERING INDEX ...": every row or entry read.
                if words[0] == "SCAN" and words[1].rstrip("_0123456789") in HISTORY_TABLES:
                    found.append(str(row[-1]))
    return found
