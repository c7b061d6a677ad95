"""Value objects shared by every layer: trainees, equipment, loads, routines and records."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field
from datetime import datetime

from sterkblijven.domain.health_check import advises_doctor


class Sex(enum.StrEnum):
    """Sex as used by the published norm tables."""

    FEMALE = "female"
    MALE = "male"


class Task(enum.StrEnum):
    """The everyday task an exercise serves; progress is reported in these words."""

    CHAIR_RISE = "chair_rise"
    STAIRS = "stairs"
    CARRYING = "carrying"
    BALANCE = "balance"


class BodyRegion(enum.StrEnum):
    """The parts of the body a weekly routine should cover together."""

    LEGS = "legs"
    HIPS = "hips"
    BACK = "back"
    CHEST = "chest"
    SHOULDERS = "shoulders"
    ARMS = "arms"
    BALANCE = "balance"


class EquipmentKind(enum.StrEnum):
    """What provides the resistance in an exercise variant."""

    BODYWEIGHT = "bodyweight"
    DUMBBELL = "dumbbell"
    BAND = "band"


class Measure(enum.StrEnum):
    """What a set counts: repetitions, seconds held, or steps walked."""

    REPS = "reps"
    SECONDS = "seconds"
    STEPS = "steps"


class BandColour(enum.StrEnum):
    """Band colours with a known name; OTHER carries the user's own label."""

    TAN = "tan"
    YELLOW = "yellow"
    RED = "red"
    GREEN = "green"
    BLUE = "blue"
    BLACK = "black"
    SILVER = "silver"
    GOLD = "gold"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Band:
    """One resistance band on a person's ladder, lightest first."""

    colour: BandColour
    position: int
    label: str = ""
    force_kgf: float | None = None
    can_double: bool = True
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Equipment:
    """The dumbbells (kg per dumbbell) and the band ladder a trainee owns."""

    dumbbells_kg: tuple[float, ...] = ()
    bands: tuple[Band, ...] = ()
    # The stored version this was read at (0: never saved); not part of what is owned.
    version: int = field(default=0, compare=False)

    def owns(self, kind: EquipmentKind) -> bool:
        """Tell whether this equipment allows exercises of the given kind."""
        if kind is EquipmentKind.DUMBBELL:
            return bool(self.dumbbells_kg)
        if kind is EquipmentKind.BAND:
            return bool(self.bands)
        return True


@dataclass(frozen=True, slots=True)
class Load:
    """The resistance of one exercise: a dumbbell weight, a band, or the body alone."""

    kind: EquipmentKind
    kg: float | None = None
    band: Band | None = None
    band_doubled: bool = False


def new_person_uuid() -> str:
    """Return a new person's stable id: a random UUID, as text in the usual lower-case form.

    Every new person gets theirs from here, whether made in the app or read in without one.
    (Migration 0006 makes its own, from each row, for people made before UUIDs.)
    """
    return str(uuid.uuid4())


@dataclass(frozen=True, slots=True)
class Trainee:
    """A person who trains; birth year (and month, if given) and sex choose the norm band."""

    name: str
    birth_year: int
    sex: Sex
    id: int | None = None
    birth_month: int | None = None  # 1-12; None for people who give only the year
    # The stored version of the profile this was read at (0: not stored yet); not compared.
    version: int = field(default=0, compare=False)

    def age_in(self, year: int) -> int:
        """Return the age in whole years reached during the given calendar year."""
        return year - self.birth_year


@dataclass(frozen=True, slots=True)
class RoutineExercise:
    """One exercise in a routine with its dose.

    ``slow_tempo`` and ``extra_set`` mark in-between steps taken before a large load step;
    ``sets`` already counts the extra set.
    """

    exercise_id: str
    load: Load
    sets: int = 1
    rep_min: int = 20
    rep_max: int = 25
    rest_seconds: int = 120
    slow_tempo: bool = False
    extra_set: bool = False
    paused: bool = False  # resting for now after pain: sessions leave it out until resumed
    # A balance exercise's step in its catalogue list (0 = the easiest); 0 for every other one.
    balance_level: int = 0
    supported: bool = False  # done the easier, supported way the catalogue describes


@dataclass(frozen=True, slots=True)
class Routine:
    """A weekly routine: exercises in order, on one to three days of the week."""

    exercises: tuple[RoutineExercise, ...]
    weekdays: tuple[int, ...] = (0,)
    note: str = ""
    id: int | None = None
    # The stored version of the plan this was read at (0: none yet); not compared.
    version: int = field(default=0, compare=False)

    @property
    def sessions_per_week(self) -> int:
        """Return how many sessions a week the routine asks for."""
        return len(self.weekdays)


@dataclass(frozen=True, slots=True)
class ReadinessCheck:
    """The answers to the readiness questions and whether training was confirmed anyway."""

    yes_answers: frozenset[str]
    answered_at: datetime
    confirmed_at: datetime | None = None

    @property
    def advises_doctor(self) -> bool:
        """Return True when an answer stays open after its follow-ups: the GP first."""
        return advises_doctor(self.yes_answers)

    @property
    def training_allowed(self) -> bool:
        """Return True when nothing stays open, or the person confirmed after advice."""
        return not self.advises_doctor or self.confirmed_at is not None


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """The outline of one past or running session."""

    started_at: datetime
    finished_at: datetime | None
    set_count: int
    id: int | None = None
