"""Several people with years of history each: a practice's group, for benchmarks and tests."""

from __future__ import annotations

from datetime import datetime

from sterkblijven.domain.model import Sex
from sterkblijven.storage.database import Database
from sterkblijven.storage.synthetic.history import HistorySize, generate_history

# Dutch first names of people now in their seventies and eighties, women and men in turn.
NAMES = (
    ("Riet", Sex.FEMALE),
    ("Kees", Sex.MALE),
    ("Annie", Sex.FEMALE),
    ("Henk", Sex.MALE),
    ("Truus", Sex.FEMALE),
    ("Gerrit", Sex.MALE),
    ("Mien", Sex.FEMALE),
    ("Jan", Sex.MALE),
    ("Corrie", Sex.FEMALE),
    ("Piet", Sex.MALE),
)


def generate_people(
    database: Database, people: int, *, years: float, end: datetime, seed: int = 1
) -> list[tuple[int, HistorySize]]:
    """Create ``people`` trainees, each with their own ``years`` of history ending at ``end``.

    Each has a seed of their own (``seed`` plus their number), so their histories differ; a
    name comes again with a number after it ("Riet 2") once the list is used up.
    """
    made = []
    for number in range(people):
        name, sex = NAMES[number % len(NAMES)]
        round_ = number // len(NAMES)
        made.append(
            generate_history(
                database,
                years=years,
                end=end,
                seed=seed + number,
                name=name if round_ == 0 else f"{name} {round_ + 1}",
                birth_year=1936 + number % 17,
                sex=sex,
            )
        )
    return made
