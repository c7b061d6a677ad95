"""First run: the answers become a trainee with equipment, readiness and a routine."""

from __future__ import annotations

import dataclasses
import math
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sterkblijven.domain.bands import theraband_ladder
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.model import Band, BandColour, EquipmentKind, Sex
from sterkblijven.domain.preferences import Preferences
from sterkblijven.services.errors import InputRefused
from sterkblijven.services.home import Home
from sterkblijven.services.onboarding import FirstRunAnswers, Onboarding
from sterkblijven.services.preferences import PreferencesStore
from sterkblijven.services.setup import Setup
from sterkblijven.storage import Database, open_database
from sterkblijven.storage.database import sqlite_url
from sterkblijven.storage.models import TraineeRow
from sterkblijven.storage.repositories import load_settings
from sterkblijven.ui.common.computer_settings import QtComputerSettings
from tests.storage.conftest import sqlite_only

ANSWERS = FirstRunAnswers(
    name=" Riet ",
    birth_year="1948",
    sex=Sex.FEMALE,
    readiness_yes=frozenset(),
    readiness_confirmed=False,
    dumbbells_kg=(2.0, 1.0),
    bands=theraband_ladder()[1:4],
    language="nl",
)


def services(database: Database, catalogue: Catalogue, now: datetime) -> tuple[Onboarding, Home]:
    """Return the onboarding and home services on one database."""
    return Onboarding(database, catalogue, lambda: now), Home(database, lambda: now)


def test_first_run_builds_a_routine_that_fits(
    database: Database, catalogue: Catalogue, clock: datetime
) -> None:
    """Completing the wizard stores the person and a routine using only their equipment."""
    onboarding, home = services(database, catalogue, clock)
    result = onboarding.complete(ANSWERS)
    assert result.trainee.name == "Riet"
    overview = home.overview(result.trainee.id or 0)
    assert overview.routine == result.routine
    assert overview.training_allowed
    assert overview.sessions_this_week == 0 and overview.last_session is None
    for item in result.routine.exercises:
        if item.load.kind is EquipmentKind.DUMBBELL:
            assert item.load.kg == 1.0
        if item.load.kind is EquipmentKind.BAND:
            assert item.load.band is not None and item.load.band.colour.value == "yellow"
    with database.transaction() as tx:
        stored = load_settings(tx)
    assert "language" not in stored and "current_trainee_id" not in stored  # the computer's


def test_refused_answers_write_nothing(
    database: Database, catalogue: Catalogue, clock: datetime
) -> None:
    """An empty name is refused before anything is stored."""
    onboarding, _home = services(database, catalogue, clock)
    with pytest.raises(InputRefused) as caught:
        onboarding.complete(_replace(ANSWERS, name="   "))
    assert caught.value.code == "name_empty"
    with pytest.raises(InputRefused):
        onboarding.complete(_replace(ANSWERS, birth_year="1820"))
    with database.transaction() as tx:
        assert tx.scalar(select(func.count(TraineeRow.id))) == 0


@pytest.mark.parametrize(
    ("dumbbells", "bands", "code"),
    [
        ((-5.0,), (), "kg_out_of_range"),
        ((0.0,), (), "kg_out_of_range"),
        ((math.inf,), (), "kg_out_of_range"),
        ((math.nan,), (), "kg_out_of_range"),
        ((1.0, 1.0), (), "dumbbell_twice"),
        ((), (Band(BandColour.OTHER, 0, label=""),), "band_label_empty"),
        ((), (Band(BandColour.OTHER, 0, label="x" * 31),), "band_label_too_long"),
        ((), (Band(BandColour.OTHER, 0, label="paars\x07"),), "band_label_bad_characters"),
        ((), (Band(BandColour.RED, 0), Band(BandColour.RED, 1)), "band_twice"),
        ((), (Band(BandColour.RED, 0, force_kgf=math.inf),), "force_out_of_range"),
        ((), (Band(BandColour.RED, 0, force_kgf=0.0),), "force_out_of_range"),
    ],
)
def test_equipment_is_checked_as_the_equipment_page_checks_it(
    database: Database,
    catalogue: Catalogue,
    clock: datetime,
    dumbbells: tuple[float, ...],
    bands: tuple[Band, ...],
    code: str,
) -> None:
    """Dumbbells and bands the carer's equipment page would refuse are refused, nothing stored."""
    onboarding, _home = services(database, catalogue, clock)
    with pytest.raises(InputRefused) as caught:
        onboarding.complete(_replace(ANSWERS, dumbbells_kg=dumbbells, bands=bands))
    assert caught.value.code == code
    with database.transaction() as tx:
        assert tx.scalar(select(func.count(TraineeRow.id))) == 0


def test_equipment_is_stored_as_the_equipment_page_stores_it(
    database: Database, catalogue: Catalogue, clock: datetime
) -> None:
    """A band of another brand keeps its tidied name; a colour band needs none."""
    onboarding, _home = services(database, catalogue, clock)
    bands = (Band(BandColour.RED, 3, label="oud"), Band(BandColour.OTHER, 7, label="  paars  "))
    result = onboarding.complete(_replace(ANSWERS, bands=bands))
    equipment = Setup(database, catalogue, lambda: clock).equipment(result.trainee.id or 0)
    assert [(band.position, band.label) for band in equipment.bands] == [(0, ""), (1, "paars")]


def test_any_yes_waits_for_confirmation(
    database: Database, catalogue: Catalogue, clock: datetime
) -> None:
    """A yes in the readiness check blocks training until the person confirms."""
    onboarding, home = services(database, catalogue, clock)
    result = onboarding.complete(_replace(ANSWERS, readiness_yes=frozenset({"chest_pain"})))
    trainee_id = result.trainee.id or 0
    assert not home.overview(trainee_id).training_allowed
    home.confirm_readiness(trainee_id)
    assert home.overview(trainee_id).training_allowed
    confirmed_at_once = onboarding.complete(
        _replace(
            ANSWERS, name="Kees", readiness_yes=frozenset({"dizziness"}), readiness_confirmed=True
        )
    )
    assert home.overview(confirmed_at_once.trainee.id or 0).training_allowed


def _first_plan(
    database: Database, catalogue: Catalogue, clock: datetime, yes: set[str], name: str = "Riet"
) -> list[tuple[str, bool]]:
    """Complete the first run with these health answers; return the plan's exercises."""
    onboarding, _home = services(database, catalogue, clock)
    result = onboarding.complete(_replace(ANSWERS, name=name, readiness_yes=frozenset(yes)))
    return [(item.exercise_id, item.supported) for item in result.routine.exercises]


def test_a_sore_knee_gets_a_joint_friendly_first_plan(
    database: Database, catalogue: Catalogue, clock: datetime
) -> None:
    """Knee OA: no step-ups, supported sit-to-stand, seated knee extension and hip abduction."""
    plan = dict(_first_plan(database, catalogue, clock, {"bones_joints", "joint.knee"}))
    assert "step_up" not in plan
    assert plan["sit_to_stand"] is True
    assert "seated_knee_extension" in plan and "side_leg_raise" in plan
    usual = dict(_first_plan(database, catalogue, clock, set(), name="Kees"))
    assert "step_up" in usual and usual["sit_to_stand"] is False


def test_a_fall_risk_adds_balance_work_to_the_first_plan(
    database: Database, catalogue: Catalogue, clock: datetime
) -> None:
    """A yes to a STEADI falls question adds a balance exercise to the first plan."""
    usual = {name for name, _ in _first_plan(database, catalogue, clock, set())}
    at_risk = {
        name for name, _ in _first_plan(database, catalogue, clock, {"falls.unsteady"}, "Kees")
    }
    added = at_risk - usual
    assert len(added) == 1
    exercise = catalogue.get(added.pop())
    assert exercise is not None and exercise.task.value == "balance"


def test_only_a_follow_up_that_stays_yes_waits_for_the_gp(
    database: Database, catalogue: Catalogue, clock: datetime
) -> None:
    """High blood pressure under control allows training; hard to control waits for the GP."""
    onboarding, home = services(database, catalogue, clock)
    controlled = onboarding.complete(_replace(ANSWERS, readiness_yes=frozenset({"heart"})))
    assert home.overview(controlled.trainee.id or 0).training_allowed
    hard = onboarding.complete(
        _replace(ANSWERS, name="Kees", readiness_yes=frozenset({"heart", "heart.hard_to_control"}))
    )
    assert not home.overview(hard.trainee.id or 0).training_allowed


@sqlite_only
def test_a_restart_keeps_everything(
    database_path: Path,
    database: Database,
    catalogue: Catalogue,
    clock: datetime,
    computer_settings: QtComputerSettings,
) -> None:
    """After closing and reopening the database, the trainee, routine and settings remain."""
    onboarding, home = services(database, catalogue, clock)
    result = onboarding.complete(ANSWERS)
    chosen = Preferences("en", 200, True, result.trainee.id)
    PreferencesStore(database, computer_settings).save(chosen)
    before = home.overview(result.trainee.id or 0)
    database.close()
    reopened = open_database(sqlite_url(database_path), database_path.parent / "backups")
    try:
        _onboarding, home_again = services(reopened, catalogue, clock)
        assert home_again.trainees() == [result.trainee]
        assert home_again.overview(result.trainee.id or 0) == before
        assert PreferencesStore(reopened, computer_settings).load() == chosen
    finally:
        reopened.close()


def _replace(answers: FirstRunAnswers, **changes: object) -> FirstRunAnswers:
    """Return the answers with some changed."""
    return dataclasses.replace(answers, **changes)  # type: ignore[arg-type]
