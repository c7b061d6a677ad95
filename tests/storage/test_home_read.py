"""Home read with sqlite3 before SQLAlchemy loads: the same home as the services show, read-only."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from sterkblijven.domain.attention import tile_status
from sterkblijven.domain.bands import theraband_ladder
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.hospital import ClearedBy
from sterkblijven.domain.model import EquipmentKind, Load, RoutineExercise, Sex, Trainee
from sterkblijven.domain.readiness import Recheck
from sterkblijven.domain.session import Effort, StopSignal
from sterkblijven.services.carer import CarerAccess
from sterkblijven.services.fitness import MAX_PAIN_BEFORE_TEST, FitnessTests
from sterkblijven.services.home import Home
from sterkblijven.services.onboarding import FirstRunAnswers, Onboarding
from sterkblijven.services.overview import CarerOverview
from sterkblijven.services.preferences import OLD_TRAINEE_KEY
from sterkblijven.services.progress import Progress
from sterkblijven.services.setup import Setup
from sterkblijven.services.training import SetInput, Training
from sterkblijven.storage import Database, home_read, open_database
from sterkblijven.storage import repositories as repo
from sterkblijven.storage.database import (
    SCHEMA_HEAD,
    head_revision,
    make_engine,
    sqlite_url,
    upgrade,
)
from sterkblijven.storage.home_read import HomeReader
from sterkblijven.storage.synthetic.history import generate_history
from tests.clocks import ManualClock

END = datetime(2026, 3, 4, 18, 0)  # a Wednesday evening, the end of each generated history
TAN, RED, BLACK = (theraband_ladder()[i] for i in (0, 2, 5))
TOP = SetInput(reps=25, reached_failure=True, effort=Effort.MAXIMAL, pain=0)


@dataclasses.dataclass(frozen=True)
class Histories:
    """One SQLite file with a person of 1, of 10 and of 30 years of history."""

    database: Database
    path: Path
    people: dict[int, int]  # years: trainee id


@pytest.fixture(scope="module")
def histories(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Histories]:
    """Return the generated histories, made once for the module (30 years take seconds)."""
    path = tmp_path_factory.mktemp("histories") / "sterkblijven.sqlite3"
    database = open_database(sqlite_url(path), path.parent / "backups")
    people = {}
    for years, name in ((1, "Riet"), (10, "Kees"), (30, "Ans")):
        sex = Sex.MALE if name == "Kees" else Sex.FEMALE
        people[years], _ = generate_history(
            database, years=years, end=END, seed=years, name=name, sex=sex
        )
    yield Histories(database, path, people)
    database.close()


def assert_same_home(
    database: Database, path: Path, catalogue: Catalogue, nows: Sequence[datetime]
) -> None:
    """Require the reader and the services to give the same home for everyone at each moment."""
    clock = ManualClock(nows[0])
    home = Home(database, clock)
    progress = Progress(database, catalogue, clock)
    fitness = FitnessTests(database, clock)
    overview = CarerOverview(database, clock)
    reader = HomeReader.open(path)
    assert reader is not None
    with reader:
        for now in nows:
            clock.now = now
            people = home.trainees()
            assert reader.trainees() == people
            tiles = {i: tile_status(day, now.date()) for i, day in reader.days(now).items()}
            assert tiles == overview.tiles(), now
            for person in people:
                assert person.id is not None
                assert reader.overview(person.id, now) == home.overview(person.id), now
                assert reader.everyday(person.id, now, catalogue) == progress.everyday(person.id)
                assert reader.retest(person.id, now) == fitness.retest(person.id), now
                with database.transaction() as tx:
                    person_uuid = repo.trainee_uuid(tx, person.id)
                    found = repo.find_trainee_by_uuid(tx, person_uuid)
                assert reader.trainee_uuid(person.id) == person_uuid
                assert reader.trainee_id(person_uuid) == (None if found is None else found.id)


def around(now: datetime) -> list[datetime]:
    """Return the moments home is looked at: now, tomorrow, next week, after a break, a year on."""
    return [now + timedelta(days=days) for days in (0, 1, 9, 40, 400)]


def test_generated_histories_read_the_same(
    histories: Histories, catalogue: Catalogue, amsterdam: None
) -> None:
    """For 1, 10 and 30 years of history, the reader shows the home the services show."""
    nows = [END - timedelta(days=200), END, *around(END + timedelta(hours=3))[1:]]
    assert_same_home(histories.database, histories.path, catalogue, nows)


def home_statements(path: Path, trainee_id: int, catalogue: Catalogue) -> int:
    """Return how many statements one home read of a person runs, opening included."""
    reader = HomeReader.open(path)
    assert reader is not None
    with reader:
        reader.trainees()
        reader.overview(trainee_id, END)
        reader.everyday(trainee_id, END, catalogue)
        reader.retest(trainee_id, END)
        return reader.statements()


def test_a_home_read_runs_as_many_statements_for_ten_years_as_for_one(
    histories: Histories, catalogue: Catalogue
) -> None:
    """The statements of a home read do not grow with the years of history."""
    one = home_statements(histories.path, histories.people[1], catalogue)
    ten = home_statements(histories.path, histories.people[10], catalogue)
    thirty = home_statements(histories.path, histories.people[30], catalogue)
    assert one == ten == thirty <= 14


def written(path: Path) -> list[tuple[str, int]]:
    """Return the content and modification time of a database file and its journal."""
    files = [path, path.with_name(path.name + "-wal")]
    return [(hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in files]


def test_reading_leaves_the_file_as_it_was(histories: Histories, catalogue: Catalogue) -> None:
    """Reading home writes nothing: the file and its journal keep their bytes and their time."""
    before = written(histories.path)
    home_statements(histories.path, histories.people[10], catalogue)
    assert written(histories.path) == before
    connection = sqlite3.connect(home_read.read_only_uri(histories.path), uri=True)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        connection.execute("DELETE FROM settings")
    connection.close()


def person(
    database: Database,
    catalogue: Catalogue,
    clock: ManualClock[datetime],
    name: str,
    *exercises: RoutineExercise,
) -> int:
    """Return a new trainee with 1-3 kg and three bands, on a plan of these exercises if given."""
    answers = FirstRunAnswers(
        name, "1946", Sex.FEMALE, frozenset(), False, (1.0, 2.0, 3.0), (TAN, RED, BLACK), "nl"
    )
    trainee = Onboarding(database, catalogue, clock).complete(answers).trainee.id
    assert trainee is not None
    if exercises:
        setup = Setup(database, catalogue, clock)
        routine = setup.routine(trainee)
        assert routine is not None
        setup.save_routine(trainee, dataclasses.replace(routine, exercises=exercises))
    return trainee


def test_every_edge_of_home_reads_the_same(
    sqlite_database: Database, database_path: Path, catalogue: Catalogue, amsterdam: None
) -> None:
    """Sessions open and awaiting a check-in, pauses, stays, GP waits, suggestions, all agree."""
    database = sqlite_database
    clock = ManualClock(datetime(2026, 3, 23, 9, 0))  # a Monday morning
    training = Training(database, catalogue, clock)
    setup = Setup(database, catalogue, clock)
    home = Home(database, clock)

    def same() -> None:
        assert_same_home(database, database_path, catalogue, around(clock.now))

    ann = person(database, catalogue, clock, "Ann")  # the first plan: bands, dumbbells, body
    same()  # nothing done, no test ever done
    with database.transaction() as tx:  # a person read in without a plan
        bob = repo.add_trainee(tx, Trainee("Bob", 1950, Sex.MALE), clock())
    assert bob.id is not None
    assert home.overview(bob.id).routine is None
    same()

    body = RoutineExercise("sit_to_stand", Load(EquipmentKind.BODYWEIGHT))
    curl = RoutineExercise("biceps_curl", Load(EquipmentKind.DUMBBELL, kg=1.0))
    cor = person(database, catalogue, clock, "Cor", body, curl)
    state = training.finish_warmup(training.start(cor).id)
    assert home.overview(cor).running_session_id == state.id
    same()  # a session open now
    state = training.record_set(state.id, 0, TOP)
    state = training.record_set(state.id, 1, SetInput(10, False, Effort.HARD, 2))
    training.finish(state.id)
    clock.now += timedelta(days=1)
    overview = home.overview(cor)
    assert overview.checkin_session_id == state.id and overview.waiting_suggestions > 0
    same()  # awaiting the next-day check-in, suggestions waiting, no carer PIN
    CarerAccess(database, clock).set_pin("2468")
    assert not home.overview(cor).trainee_decides
    same()  # with a carer PIN
    setup.allow_own_decisions(cor, True)
    same()  # the trainee decides on their own loads

    press = RoutineExercise("chest_press", Load(EquipmentKind.DUMBBELL, kg=1.0))
    dirk = person(database, catalogue, clock, "Dirk", curl, press)
    for position in (0, 1):  # the curl first, the press two days later: the press tells
        state = training.finish_warmup(training.start(dirk).id)
        state = training.record_set(state.id, position, SetInput(10, False, Effort.HARD, 0))
        training.end_early(state.id)
        clock.now += timedelta(days=2)
    (told,) = Progress(database, catalogue, clock).everyday(dirk)
    assert told.exercise is not None and told.exercise.series.exercise_id == "chest_press"
    same()  # of two exercises for one task, the one trained last

    routine = setup.routine(ann)
    assert routine is not None
    paused = dataclasses.replace(routine.exercises[-1], paused=True)
    setup.save_routine(
        ann, dataclasses.replace(routine, exercises=(*routine.exercises[:-1], paused))
    )
    state = training.finish_warmup(training.start(ann).id)
    for position, item in enumerate(state.exercises[:3]):
        hurt = SetInput(8, False, Effort.HARD, MAX_PAIN_BEFORE_TEST + 2)
        entry = hurt if position == 0 else SetInput(9, False, Effort.HARD, 1)
        state = training.record_set(state.id, item.position, entry)
    training.end_early(state.id)
    FitnessTests(database, clock).record(ann, "chair_stand_30s", 11)
    assert FitnessTests(database, clock).retest(ann) is None
    same()  # pain above 5 today: no advice to test; a test done; a paused exercise

    clock.now += timedelta(days=2)
    state = training.finish_warmup(training.start(ann).id)
    signal = SetInput(6, False, Effort.HARD, 2, stop_signals=frozenset({StopSignal.SHARP_PAIN}))
    open_item = next(item for item in state.exercises if not item.done)
    state = training.record_set(state.id, open_item.position, signal)
    training.finish(state.id)
    assert FitnessTests(database, clock).retest(ann) is None
    same()  # a stop signal today

    clock.now += timedelta(days=3)
    setup.report_hospital_stay(ann)
    overview = home.overview(ann)
    assert overview.awaiting_clearance and overview.readiness_due is Recheck.HOSPITAL
    same()  # a hospital stay awaiting clearance, the health check due again
    home.record_clearance(ann, ClearedBy.GP)
    assert not home.overview(ann).awaiting_clearance
    clock.now += timedelta(days=40)
    assert home.overview(ann).beginner
    same()  # clearance given; after a break, a beginner again
    home.record_readiness(ann, frozenset({"chest", "chest.new_or_changed"}), confirmed=False)
    assert not home.overview(ann).training_allowed
    same()  # a health-check answer waiting for the GP

    reader = HomeReader.open(database_path)
    assert reader is not None
    with reader:
        assert not reader.old_preferences_left()
    for key in ("language", OLD_TRAINEE_KEY):
        with database.transaction() as tx:
            repo.save_settings(tx, {key: "1"})
        reader = HomeReader.open(database_path)
        assert reader is not None
        with reader:
            assert reader.old_preferences_left()
        with database.transaction() as tx:
            repo.remove_setting(tx, key)

    with database.transaction() as tx:
        repo.archive_trainee(tx, bob.id, clock())
    assert [item.name for item in home.trainees()] == ["Ann", "Cor", "Dirk"]
    same()  # an archived person is left out
    with database.transaction() as tx:
        archived_uuid = repo.trainee_uuid(tx, bob.id)
    reader = HomeReader.open(database_path)
    assert reader is not None
    with reader:
        assert reader.trainee_uuid(bob.id) == archived_uuid
        assert reader.trainee_id(archived_uuid) is None
        assert reader.trainee_uuid(bob.id + 100) is None


def test_a_file_the_reader_cannot_use_is_left_to_the_usual_path(tmp_path: Path) -> None:
    """Missing, empty, older, not SQLite or unreadable: open returns None and creates nothing."""
    missing = tmp_path / "missing.sqlite3"
    assert HomeReader.open(missing) is None
    assert not missing.exists()
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    assert HomeReader.open(empty) is None
    text = tmp_path / "text.sqlite3"
    text.write_text("not a database, only some words of a letter\n" * 100)
    assert HomeReader.open(text) is None
    blank = tmp_path / "blank.sqlite3"
    sqlite3.connect(blank).execute("CREATE TABLE other (x)").connection.commit()
    assert HomeReader.open(blank) is None  # SQLite, but not the app's
    older = tmp_path / "older.sqlite3"
    engine = make_engine(sqlite_url(older))
    upgrade(engine, "0013")
    engine.dispose()
    assert HomeReader.open(older) is None
    assert HomeReader.open(tmp_path) is None  # a folder
    assert head_revision() == SCHEMA_HEAD


def test_importing_the_reader_loads_no_sqlalchemy_nor_alembic() -> None:
    """A fresh interpreter that imports the reader has loaded neither SQLAlchemy nor Alembic."""
    code = (
        "import sys, sterkblijven.storage.home_read\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic'}))"
    )
    src = Path(home_read.__file__).parents[2]
    env = {**os.environ, "PYTHONPATH": str(src)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.strip() == "[]"


def test_a_folder_name_with_signs_a_uri_reserves_is_read(tmp_path: Path) -> None:
    """A data folder named with a space, "#" or "%" is opened as itself, read-only."""
    path = tmp_path / "Mijn data #1 100%" / "sterkblijven.sqlite3"
    path.parent.mkdir()
    database = open_database(sqlite_url(path), path.parent / "backups")
    with database.transaction() as tx:
        repo.add_trainee(tx, Trainee("Els", 1944, Sex.FEMALE), datetime(2026, 1, 5, 9, 0))
    database.close()
    reader = HomeReader.open(path)
    assert reader is not None
    with reader:
        assert [person.name for person in reader.trainees()] == ["Els"]
    assert sorted(item.name for item in tmp_path.iterdir()) == ["Mijn data #1 100%"]
