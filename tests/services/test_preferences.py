"""Comfort settings live on each computer, per person; earlier ones move there from the data."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.model import Sex
from sterkblijven.domain.preferences import Preferences
from sterkblijven.services.carer import PIN_KEY
from sterkblijven.services.exchange import Conflict, Exchange
from sterkblijven.services.onboarding import FirstRunAnswers, Onboarding
from sterkblijven.services.preferences import PreferencesStore
from sterkblijven.storage import Database
from sterkblijven.storage import repositories as repo
from sterkblijven.ui.common.computer_settings import QtComputerSettings
from tests.clocks import ManualClock
from tests.services.conftest import RED, TAN

Clock = ManualClock[datetime]

# What an earlier version kept in the settings table, besides the PIN.
OLD_VALUES = {
    "language": "en",
    "text_scale": "200",
    "high_contrast": "1",
    "speech": "0",
    "speech_rate": "slow",
    "motion": "0",
}


def _settings(database: Database) -> dict[str, str]:
    with database.transaction() as tx:
        return repo.load_settings(tx)


def _store_old(database: Database, values: dict[str, str]) -> None:
    with database.transaction() as tx:
        repo.save_settings(tx, values)


def _add(database: Database, catalogue: Catalogue, clock: Clock, name: str) -> int:
    answers = FirstRunAnswers(
        name, "1948", Sex.FEMALE, frozenset(), False, (1.0, 2.0), (TAN, RED), "nl"
    )
    result = Onboarding(database, catalogue, clock).complete(answers)
    assert result.trainee.id is not None
    return result.trainee.id


def test_the_move_takes_the_old_values_to_the_person_and_empties_the_table(
    database: Database,
    catalogue: Catalogue,
    moment: Clock,
    computer_settings: QtComputerSettings,
) -> None:
    """Values found in the database go to this computer for the person they applied to, once."""
    riet = _add(database, catalogue, moment, "Riet")
    jan = _add(database, catalogue, moment, "Jan")
    _store_old(database, {**OLD_VALUES, "current_trainee_id": str(riet), PIN_KEY: "kept"})
    store = PreferencesStore(database, computer_settings)

    assert store.move_from_database()

    expected = Preferences("en", 200, True, riet, speech=False, speech_rate="slow", motion=False)
    assert store.load() == expected  # the person shown last, with her choices
    assert store.for_person(riet) == expected
    # Before this version they applied to everyone on the computer: Jan and the name tiles too.
    assert store.for_person(jan).text_scale == 200
    assert store.for_person(None).text_scale == 200
    assert _settings(database) == {PIN_KEY: "kept"}  # the PIN protects the data: it stays
    # A second start finds nothing to move and changes nothing.
    before = Path(computer_settings.settings.fileName()).read_bytes()
    assert not store.move_from_database()
    assert Path(computer_settings.settings.fileName()).read_bytes() == before
    assert store.load() == expected


def test_a_restored_backup_does_not_undo_what_this_computer_holds(
    database: Database,
    catalogue: Catalogue,
    moment: Clock,
    computer_settings: QtComputerSettings,
) -> None:
    """Old values that turn up again (a restored backup) leave newer choices here alone."""
    riet = _add(database, catalogue, moment, "Riet")
    store = PreferencesStore(database, computer_settings)
    store.save(Preferences("nl", 150, False, riet))
    _store_old(database, {**OLD_VALUES, "current_trainee_id": str(riet)})

    assert store.move_from_database()

    kept = store.load()
    assert kept == Preferences("nl", 150, False, riet)
    assert _settings(database) == {}


def test_values_of_a_removed_person_stay_the_computers(
    database: Database, computer_settings: QtComputerSettings
) -> None:
    """Old values for someone no longer there are kept as the computer's own."""
    _store_old(database, {"text_scale": "125", "current_trainee_id": "41"})
    store = PreferencesStore(database, computer_settings)
    assert store.move_from_database()
    assert store.load() == Preferences(text_scale=125)
    assert _settings(database) == {}


def test_a_persons_text_size_is_their_own(
    database: Database,
    catalogue: Catalogue,
    moment: Clock,
    computer_settings: QtComputerSettings,
) -> None:
    """Changing Jan's text size leaves Riet's as she chose it, and the last one shown is kept."""
    riet = _add(database, catalogue, moment, "Riet")
    jan = _add(database, catalogue, moment, "Jan")
    store = PreferencesStore(database, computer_settings)
    store.save(Preferences(text_scale=100))  # the computer's own, before anyone is chosen
    store.save(Preferences("en", 200, True, riet))
    store.save(Preferences("nl", 125, False, jan))
    assert store.for_person(riet) == Preferences("en", 200, True, riet)
    assert store.for_person(jan) == Preferences("nl", 125, False, jan)
    assert store.for_person(None).text_scale == 100
    assert store.load() == Preferences("nl", 125, False, jan)


def test_two_computers_on_one_database_keep_their_own_text_size(
    database: Database, catalogue: Catalogue, moment: Clock, tmp_path: Path
) -> None:
    """Two computers sharing the data each keep their own text size for the same person."""
    riet = _add(database, catalogue, moment, "Riet")
    at_home = PreferencesStore(database, QtComputerSettings.in_file(tmp_path / "home.ini"))
    at_practice = PreferencesStore(database, QtComputerSettings.in_file(tmp_path / "desk.ini"))
    at_home.save(Preferences(text_scale=200, current_trainee_id=riet))
    at_practice.save(Preferences(text_scale=125, current_trainee_id=riet))
    assert at_home.load().text_scale == 200
    assert at_practice.load().text_scale == 125
    assert _settings(database) == {}  # nothing of it in the shared data


def test_preferences_of_someone_removed_fall_back_to_the_computers(
    database: Database,
    catalogue: Catalogue,
    moment: Clock,
    computer_settings: QtComputerSettings,
) -> None:
    """Saving or reading for a person who is gone uses the computer's own, without an error."""
    riet = _add(database, catalogue, moment, "Riet")
    store = PreferencesStore(database, computer_settings)
    with database.transaction() as tx:
        repo.remove_trainee(tx, riet)
    store.save(Preferences(text_scale=150, current_trainee_id=riet))
    assert store.for_person(riet) == Preferences(text_scale=150)
    assert store.load() == Preferences(text_scale=150)


def test_a_person_read_in_again_finds_their_own_settings(
    database: Database,
    catalogue: Catalogue,
    moment: Clock,
    computer_settings: QtComputerSettings,
    tmp_path: Path,
) -> None:
    """An export holds no settings; the same person read back in (a new id) keeps theirs here."""
    riet = _add(database, catalogue, moment, "Riet")
    store = PreferencesStore(database, computer_settings)
    store.save(Preferences("en", 200, True, riet))
    exchange = Exchange(database, tmp_path / "backups", moment)
    exchange.write_json(tmp_path / "riet.json", riet)
    assert "text_scale" not in (tmp_path / "riet.json").read_text(encoding="utf-8")
    plan = exchange.read(tmp_path / "riet.json")
    exchange.apply(plan, {0: Conflict.REPLACE})
    with database.transaction() as tx:
        (again,) = repo.trainees_by_uuid(tx).values()
    assert again.id is not None  # SQLite may give the freed id again, PostgreSQL does not
    assert store.for_person(again.id) == Preferences("en", 200, True, again.id)
