"""Several people with generated histories: each their own name, seed and history."""

from __future__ import annotations

from sterkblijven.storage import Database
from sterkblijven.storage import repositories as repo
from sterkblijven.storage.synthetic.people import generate_people
from tests.conftest import NOW


def test_each_person_gets_a_name_and_a_history_of_their_own(database: Database) -> None:
    """Twelve people: the names of the list, then again with a number, and different sets."""
    made = generate_people(database, 12, years=0.3, end=NOW)
    with database.transaction() as tx:
        names = [repo.get_trainee(tx, trainee_id).name for trainee_id, _ in made]
    assert names[:3] == ["Riet", "Kees", "Annie"]
    assert names[10:] == ["Riet 2", "Kees 2"]
    assert len({size.sets for _, size in made}) > 1
    assert all(size.sessions > 0 for _, size in made)
