"""Reading and storing the comfort and language preferences, on this computer.

Text size, contrast, language, speech, its rate and motion belong to the computer the person
sits at, not to the data: on a practice's shared server every PC would otherwise share one text
size. They are kept per person (by the person's UUID, which stays the same across export and
import), with the computer's own values for the time before anyone is chosen: the first run and
the name tiles. Earlier versions kept them in the database's settings table; ``move_from_database``
moves them here once. The carer PIN stays in the database: it protects the data.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol

from sterkblijven.domain.preferences import COMFORT_KEYS, OLD_TRAINEE_KEY, Preferences

if TYPE_CHECKING:
    from sterkblijven.storage import Database

# The groups in the computer's settings.
COMPUTER_GROUP = "display"  # before anyone is chosen
PEOPLE_GROUP = "people"  # one group per person inside it, named by their UUID
LAST_GROUP = "last"
LAST_PERSON_KEY = "person"


class ComputerSettings(Protocol):
    """Settings kept on this computer, as groups of text values."""

    def read(self, group: str) -> dict[str, str]:
        """Return the values stored in a group; an empty dict when there are none."""
        ...

    def write(self, group: str, values: Mapping[str, str]) -> None:
        """Store values in a group, replacing earlier values of the same keys."""
        ...


class PersonValues(Protocol):
    """What this computer keeps for each person besides the comfort settings."""

    def person_values(self, trainee_id: int, group: str) -> dict[str, str]:
        """Return what is kept for a person under a name; an empty dict when nothing."""
        ...

    def save_person_values(self, trainee_id: int, group: str, values: Mapping[str, str]) -> None:
        """Keep values for a person under a name."""
        ...


class PeopleIds(Protocol):
    """Who is who: a person's number in the data and their UUID, which stays with them."""

    def trainee_id(self, person_uuid: str) -> int | None:
        """Return the number of the person with this UUID here, or None."""
        ...

    def trainee_uuid(self, trainee_id: int) -> str | None:
        """Return a person's UUID, or None when they are no longer here."""
        ...


class DatabasePeople:
    """Who is who, read from the database."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def trainee_id(self, person_uuid: str) -> int | None:
        """Return the number of the person with this UUID here, or None."""
        from sterkblijven.storage import repositories as repo

        with self._database.transaction() as tx:
            trainee = repo.find_trainee_by_uuid(tx, person_uuid)
        return None if trainee is None else trainee.id

    def trainee_uuid(self, trainee_id: int) -> str | None:
        """Return a person's UUID, or None when they are no longer here."""
        from sterkblijven.storage import repositories as repo

        # None for someone removed or replaced by an import in the meantime.
        with self._database.transaction() as tx:
            try:
                return repo.trainee_uuid(tx, trainee_id)
            except repo.NotFound:
                return None


def person_group(person_uuid: str) -> str:
    """Return the group that holds one person's own choices."""
    return f"{PEOPLE_GROUP}/{person_uuid}"


class PreferencesStore:
    """Preferences kept on this computer, per person, found through the database's people."""

    def __init__(
        self, database: Database | None, computer: ComputerSettings, people: PeopleIds | None = None
    ) -> None:
        """Keep preferences in ``computer``, knowing who is who from ``people``.

        ``people`` is read from ``database`` unless given; ``database`` is also where earlier
        versions kept the preferences (None when nothing is left there).
        """
        self._database = database
        self._computer = computer
        if people is None:
            assert database is not None, "who is who is read from the database"
            people = DatabasePeople(database)
        self._people = people

    def load(self, system_high_contrast: bool = False) -> Preferences:
        """Return the preferences of the person this computer last showed, or the computer's own.

        Until a contrast is chosen, the system's contrast preference is followed.
        """
        last = self._computer.read(LAST_GROUP).get(LAST_PERSON_KEY, "")
        trainee_id = self._people.trainee_id(last) if last else None
        if trainee_id is None:
            return self.for_person(None, system_high_contrast)
        return self._person(last, trainee_id, system_high_contrast)

    def for_person(self, trainee_id: int | None, system_high_contrast: bool = False) -> Preferences:
        """Return a person's own preferences; the computer's own for None.

        Where a person has not chosen something yet, the computer's own value applies.
        """
        if trainee_id is None:
            values = self._computer.read(COMPUTER_GROUP)
            return Preferences.from_settings(values, system_high_contrast)
        person_uuid = self._uuid(trainee_id)
        if person_uuid is None:
            return self.for_person(None, system_high_contrast)
        return self._person(person_uuid, trainee_id, system_high_contrast)

    def _uuid(self, trainee_id: int) -> str | None:
        return self._people.trainee_uuid(trainee_id)

    def _person(self, person_uuid: str, trainee_id: int, system_high_contrast: bool) -> Preferences:
        values = {
            **self._computer.read(COMPUTER_GROUP),
            **self._computer.read(person_group(person_uuid)),
        }
        preferences = Preferences.from_settings(values, system_high_contrast)
        return dataclasses.replace(preferences, current_trainee_id=trainee_id)

    def save(self, preferences: Preferences) -> None:
        """Store the preferences for the person they belong to, or for the computer."""
        values = preferences.comfort_settings()
        trainee_id = preferences.current_trainee_id
        person_uuid = None if trainee_id is None else self._uuid(trainee_id)
        if person_uuid is None:
            # Nobody chosen yet, or the person is gone: the choice stays the computer's.
            self._computer.write(COMPUTER_GROUP, values)
            return
        self._computer.write(person_group(person_uuid), values)
        self._computer.write(LAST_GROUP, {LAST_PERSON_KEY: person_uuid})

    def person_values(self, trainee_id: int, group: str) -> dict[str, str]:
        """Return what this computer keeps for a person under a name, such as "papers"."""
        person_uuid = self._uuid(trainee_id)
        if person_uuid is None:
            return {}
        return self._computer.read(f"{person_group(person_uuid)}/{group}")

    def save_person_values(self, trainee_id: int, group: str, values: Mapping[str, str]) -> None:
        """Keep values for a person on this computer; nothing for someone no longer here."""
        person_uuid = self._uuid(trainee_id)
        if person_uuid is not None:
            self._computer.write(f"{person_group(person_uuid)}/{group}", values)

    def move_from_database(self) -> bool:
        """Move preferences an earlier version kept in the database to this computer, once.

        They go to the computer's own values and to the person they applied to. What this
        computer already holds is kept: a restored older backup must not undo newer choices.
        Returns whether anything was moved.
        """
        if self._database is None:
            return False
        from sterkblijven.storage import repositories as repo

        with self._database.transaction() as tx:
            stored = repo.load_settings(tx)
            found = [key for key in (*COMFORT_KEYS, OLD_TRAINEE_KEY) if key in stored]
            if not found:
                return False
            comfort = {key: stored[key] for key in COMFORT_KEYS if key in stored}
            self._add_missing(COMPUTER_GROUP, comfort)
            trainee_text = stored.get(OLD_TRAINEE_KEY, "")
            person_uuid = None
            if trainee_text.isdecimal():
                # A person removed since leaves the values to the computer alone.
                with contextlib.suppress(repo.NotFound):
                    person_uuid = repo.trainee_uuid(tx, int(trainee_text))
            if person_uuid is not None:
                self._add_missing(person_group(person_uuid), comfort)
                self._add_missing(LAST_GROUP, {LAST_PERSON_KEY: person_uuid})
            # Removed only after the copy is written: a failure leaves them to move next time.
            for key in found:
                repo.remove_setting(tx, key)
        return True

    def _add_missing(self, group: str, values: Mapping[str, str]) -> None:
        held = self._computer.read(group)
        missing = {key: value for key, value in values.items() if key not in held}
        if missing:
            self._computer.write(group, missing)
