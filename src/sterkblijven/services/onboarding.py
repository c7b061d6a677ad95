"""First run: who trains, the readiness check, equipment and language, then a routine."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sterkblijven.domain import readiness
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.model import Band, Routine, Sex, Trainee
from sterkblijven.domain.pin import clean_pin, hash_pin
from sterkblijven.domain.planning import PlanNeeds, build_default_routine
from sterkblijven.domain.preferences import LANGUAGES
from sterkblijven.domain.validation import (
    InputRefused,
    check_birth_month,
    check_equipment,
    clean_name,
    parse_birth_year,
)
from sterkblijven.services.carer import PIN_KEY
from sterkblijven.storage import Database
from sterkblijven.storage import repositories as repo


@dataclass(frozen=True, slots=True)
class FirstRunAnswers:
    """Everything the first-run wizard asks."""

    name: str
    birth_year: str
    sex: Sex
    readiness_yes: frozenset[str]
    readiness_confirmed: bool
    dumbbells_kg: tuple[float, ...]
    bands: tuple[Band, ...]
    language: str
    carer_pin: str = ""  # optional: set on the first run by a carer who helps
    birth_month: int | None = None  # optional: "I'd rather give only the year" leaves it out


@dataclass(frozen=True, slots=True)
class FirstRunResult:
    """The trainee made on the first run and the routine built for them."""

    trainee: Trainee
    routine: Routine


class Onboarding:
    """Turns the wizard's answers into a trainee with equipment and a weekly routine."""

    def __init__(
        self, database: Database, catalogue: Catalogue, clock: Callable[[], datetime]
    ) -> None:
        self._database = database
        self._catalogue = catalogue
        self._clock = clock

    def check_person(self, name: str, birth_year: str) -> tuple[str, int]:
        """Return the cleaned name and birth year, or raise InputRefused."""
        return clean_name(name), parse_birth_year(birth_year, self._clock().year)

    def complete(self, answers: FirstRunAnswers) -> FirstRunResult:
        """Store the answers in one transaction and build the default routine."""
        name, birth_year = self.check_person(answers.name, answers.birth_year)
        birth_month = check_birth_month(answers.birth_month)
        if answers.language not in LANGUAGES:
            raise InputRefused("language_unknown")
        # The same check as the carer's equipment page: what one refuses, the other does too.
        owned = check_equipment(answers.dumbbells_kg, answers.bands)
        pin_setting = {PIN_KEY: hash_pin(clean_pin(answers.carer_pin))} if answers.carer_pin else {}
        now = self._clock()
        check = readiness.answer(answers.readiness_yes, now)
        if check.advises_doctor and answers.readiness_confirmed:
            check = dataclasses.replace(check, confirmed_at=now)
        with self._database.transaction() as tx:
            who = Trainee(name, birth_year, answers.sex, birth_month=birth_month)
            trainee = repo.add_trainee(tx, who, now)
            assert trainee.id is not None
            repo.add_readiness(tx, trainee.id, check)
            equipment = repo.save_equipment(tx, trainee.id, owned)
            # Sore knees or hips and a fall risk shape the first plan; later ones are the carer's.
            needs = PlanNeeds(
                sore_joints=readiness.sore_joints(check.yes_answers),
                fall_risk=readiness.fall_risk(check.yes_answers),
            )
            routine = repo.save_routine(
                tx,
                trainee.id,
                build_default_routine(self._catalogue, equipment, needs=needs),
                now,
            )
            # The language and who is shown belong to the computer, kept by the window.
            repo.save_settings(tx, pin_setting)
        return FirstRunResult(trainee=trainee, routine=routine)
