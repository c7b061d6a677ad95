"""The carer's overview: what needs attention per person, read for everyone in a few statements."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from sterkblijven.domain.attention import Need, TileLine, tile_status
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.fitness import Retest
from sterkblijven.domain.hospital import StayReason
from sterkblijven.domain.model import Sex, Trainee
from sterkblijven.domain.session import JointFeeling, PainPlace
from sterkblijven.services.fitness import FitnessTests
from sterkblijven.services.onboarding import FirstRunAnswers, Onboarding
from sterkblijven.services.overview import CarerOverview
from sterkblijven.services.setup import Setup
from sterkblijven.services.training import Effort, SetInput, Training
from sterkblijven.storage import Database
from sterkblijven.storage import overview as store
from sterkblijven.storage.home_read import HomeReader
from tests.clocks import ManualClock
from tests.services.conftest import RED, TAN
from tests.services.costs import cost_of, full_scans

# However many people train here, the overview reads them in this many statements at most.
MOST_STATEMENTS = 8


def add(database: Database, catalogue: Catalogue, clock: ManualClock[datetime], name: str) -> int:
    """Add someone with 1 and 2 kg and the tan and red bands; return their id."""
    answers = FirstRunAnswers(
        name, "1948", Sex.FEMALE, frozenset(), False, (1.0, 2.0), (TAN, RED), "nl"
    )
    trainee = Onboarding(database, catalogue, clock).complete(answers).trainee
    assert trainee.id is not None
    return trainee.id


def train(training: Training, trainee_id: int, pain: int = 0) -> None:
    """Do one set of the first exercise with the pain given, and finish the session."""
    state = training.finish_warmup(training.start(trainee_id).id)
    entry = SetInput(
        reps=10,
        reached_failure=False,
        effort=Effort.MODERATE,
        pain=pain,
        pain_place=PainPlace.KNEE if pain else None,
    )
    training.record_set(state.id, 0, entry)
    training.finish(state.id)


def test_each_person_shows_what_needs_attention(
    database: Database, catalogue: Catalogue, moment: ManualClock[datetime]
) -> None:
    """Pain last time, waiting for clearance, and a plain person are each told as they are."""
    anna = add(database, catalogue, moment, "Anna")
    bep = add(database, catalogue, moment, "Bep")
    cor = add(database, catalogue, moment, "Cor")
    training = Training(database, catalogue, moment)
    train(training, anna, pain=6)
    train(training, cor)
    setup = Setup(database, catalogue, moment)
    setup.health.report_stay(bep, date(2026, 11, 10), date(2026, 11, 14), StayReason.FALL)
    found = {item.trainee.name: item for item in CarerOverview(database, moment).attention()}
    assert Need.PAIN in found["Anna"].needs and found["Anna"].last_highest_pain == 6
    assert found["Anna"].last_training == moment.now.date()
    assert found["Bep"].needs[0] is Need.HOSPITAL_CLEARANCE
    assert found["Bep"].last_training is None
    assert found["Cor"].trained_today and not found["Cor"].urgent
    order = [item.trainee.name for item in CarerOverview(database, moment).attention()]
    assert order == ["Anna", "Bep", "Cor"]  # the urgent first, else oldest profile first


def test_the_overview_costs_the_same_few_statements_for_seven_people_as_for_one(
    database: Database, catalogue: Catalogue, moment: ManualClock[datetime]
) -> None:
    """One person or seven with trainings and tests: the same handful of statements."""
    training = Training(database, catalogue, moment)
    overview = CarerOverview(database, moment)
    first = add(database, catalogue, moment, "Anna")
    train(training, first)
    alone = len(cost_of(database, overview.attention).statements)
    for number in range(6):
        person = add(database, catalogue, moment, f"Persoon {number}")
        train(training, person, pain=number)
    moment.now += timedelta(days=60)  # every test is due: the long-gap check reads days too
    seven = cost_of(database, overview.attention)
    assert len(overview.attention()) == 7
    assert len(seven.statements) <= MOST_STATEMENTS, len(seven.statements)
    if database.engine.dialect.name == "sqlite":
        assert full_scans(database, seven) == []  # no history read from end to end
    assert len(seven.statements) <= alone + 1


def test_everyones_equipment_comes_with_the_bands_in_order_and_their_forces(
    database: Database, catalogue: Catalogue, moment: ManualClock[datetime]
) -> None:
    """The equipment to copy lists each person's dumbbells and bands, lightest first."""
    add(database, catalogue, moment, "Anna")
    ((person, equipment),) = CarerOverview(database, moment).equipment()
    assert person.name == "Anna"
    assert equipment.dumbbells_kg == (1.0, 2.0)
    assert [(b.colour, b.force_kgf) for b in equipment.bands] == [
        (TAN.colour, TAN.force_kgf),
        (RED.colour, RED.force_kgf),
    ]


def test_the_test_advice_is_the_one_home_gives(
    database: Database, catalogue: Catalogue, moment: ManualClock[datetime]
) -> None:
    """Due after six weeks, after a long gap, or not yet: as the tests page says, per person."""
    training = Training(database, catalogue, moment)
    fitness = FitnessTests(database, moment)
    anna, bep, cor = (add(database, catalogue, moment, name) for name in ("Anna", "Bep", "Cor"))
    for person in (anna, bep):
        train(training, person)
        fitness.record(person, "chair_stand_30s", 10)
    train(training, cor)
    for week in range(7):  # Anna trains every week; Bep stops; Cor is tested in week six
        moment.now += timedelta(days=7)
        train(training, anna)
        if week == 5:
            fitness.record(cor, "chair_stand_30s", 11)
    overview = CarerOverview(database, moment)
    cost = cost_of(database, overview.attention)
    found = {item.trainee.id: item for item in overview.attention()}
    assert found[anna].retest is Retest.DUE
    assert found[bep].retest is Retest.AFTER_BREAK
    assert found[cor].retest is None
    assert found[cor].next_test == (moment.now - timedelta(days=7)).date() + timedelta(days=42)
    for person in (anna, bep, cor):
        assert found[person].retest == fitness.retest(person)
    assert len(cost.statements) <= MOST_STATEMENTS


def test_pain_five_is_calm_and_a_worse_next_day_is_urgent(
    database: Database, catalogue: Catalogue, moment: ManualClock[datetime]
) -> None:
    """Pain 5 is told calmly, pain 7 is urgent, and so is a worse day after the last training."""
    training = Training(database, catalogue, moment)
    five, seven, worse, fine = (
        add(database, catalogue, moment, name) for name in ("Anna", "Bep", "Cor", "Dirk")
    )
    train(training, five, pain=5)
    train(training, seven, pain=7)
    train(training, worse)
    train(training, fine)
    asked = {person: training.checkin_due(person) for person in (worse, fine)}
    moment.now += timedelta(days=1)
    for person, joints in ((worse, JointFeeling.WORSE), (fine, JointFeeling.SAME)):
        prompt = training.checkin_due(person)
        assert asked[person] is None and prompt is not None
        training.record_checkin(person, prompt.session_id, joints, False)
    found = {item.trainee.id: item for item in CarerOverview(database, moment).attention()}
    assert Need.PAIN_HELD in found[five].needs and not found[five].urgent
    assert Need.PAIN in found[seven].needs and found[seven].urgent
    assert Need.NEXT_DAY in found[worse].needs and found[worse].urgent
    next_day = found[worse].next_day
    assert next_day is not None and next_day.worse
    assert not found[fine].urgent and found[fine].next_day is None


def test_someone_removed_while_the_overview_reads_is_left_out(
    database: Database,
    catalogue: Catalogue,
    moment: ManualClock[datetime],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A person removed between reading the people and their facts is skipped, not a crash."""
    add(database, catalogue, moment, "Anna")
    listed = store.list_trainees

    def with_one_gone(session: Session) -> list[Trainee]:
        return [*listed(session), Trainee("Weg", 1940, Sex.MALE, id=987_654)]

    monkeypatch.setattr(store, "list_trainees", with_one_gone)
    names = [item.trainee.name for item in CarerOverview(database, moment).attention()]
    assert names == ["Anna"]


def test_the_name_tiles_read_seven_people_in_a_handful_of_statements(
    sqlite_database: Database,
    database_path: Path,
    catalogue: Catalogue,
    moment: ManualClock[datetime],
) -> None:
    """The tiles of seven people cost the overview's few statements, or one before SQLAlchemy."""
    database = sqlite_database
    training = Training(database, catalogue, moment)
    overview = CarerOverview(database, moment)
    people = [add(database, catalogue, moment, f"Persoon {number}") for number in range(7)]
    for person in people[:4]:
        train(training, person)
    cost = cost_of(database, overview.tiles)
    tiles = overview.tiles()
    assert sorted(tiles) == sorted(people)
    assert tiles[people[0]].line is TileLine.TRAINED_TODAY
    assert len(cost.statements) <= MOST_STATEMENTS, len(cost.statements)
    reader = HomeReader.open(database_path)
    assert reader is not None
    with reader:
        days = reader.days(moment.now)
        assert reader.statements() == 2  # the schema revision, then everyone at once
    assert {i: tile_status(day, moment.now.date()) for i, day in days.items()} == tiles
