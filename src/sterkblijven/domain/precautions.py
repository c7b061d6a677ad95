"""Movement precautions: advice such as "new hip: no deep bending", kept as data.

Each precaution ships as a file in assets/precautions, validated on load like the catalogue: its
code, its name and a one-line explanation in every language, its published source, and the
movements (domain.movements) it rules out. The catalogue says which movements each exercise
involves. While a precaution is active, the exercises of the plan that involve a movement it rules
out give way to an allowed exercise for the same everyday task, or are left out.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sterkblijven.domain.catalogue import LANGUAGES, Catalogue, CatalogueError, Exercise
from sterkblijven.domain.hospital import StayReason
from sterkblijven.domain.model import Equipment, EquipmentKind, Routine, RoutineExercise
from sterkblijven.domain.movements import Movement
from sterkblijven.domain.planning import starting_dose, starting_load

MAX_CODE_LENGTH = 24  # the column that keeps a precaution's code
_KEYS = {"code", "rules_out", "proposed_after", "usual_weeks", "source", *LANGUAGES}
_TEXT_KEYS = {"name", "explanation"}
MAX_NAME_LENGTH = 60


@dataclass(frozen=True, slots=True)
class PrecautionText:
    """A precaution's name and one-line explanation in one language."""

    name: str
    explanation: str


@dataclass(frozen=True, slots=True)
class Precaution:
    """Advice that rules out some movements until a carer lifts it."""

    code: str
    rules_out: frozenset[Movement]
    source: str  # the published source, named as a reader can find it
    # The stay reasons after which the app proposes this precaution (the carer confirms).
    proposed_after: frozenset[StayReason]
    # How long surgeons' advice of this kind usually lasts, in weeks; None when it lasts.
    usual_weeks: tuple[int, int] | None
    texts: Mapping[str, PrecautionText]

    def text(self, language: str) -> PrecautionText:
        """Return the texts in the given language, falling back to Dutch."""
        return self.texts.get(language) or self.texts["nl"]


@dataclass(frozen=True, slots=True)
class Precautions:
    """Every precaution the app knows, in the order shipped (by file name)."""

    items: tuple[Precaution, ...]

    def get(self, code: str) -> Precaution | None:
        """Return the precaution with this code, or None when the app does not know it."""
        return next((item for item in self.items if item.code == code), None)

    def proposed_for(self, reason: StayReason) -> tuple[Precaution, ...]:
        """Return the precautions to propose after a hospital stay for this reason."""
        return tuple(item for item in self.items if reason in item.proposed_after)

    def ruled_out(self, codes: Iterable[str]) -> frozenset[Movement]:
        """Return every movement the given precautions rule out; unknown codes rule out none."""
        found = (self.get(code) for code in codes)
        return frozenset(m for item in found if item is not None for m in item.rules_out)


@dataclass(frozen=True, slots=True)
class ActivePrecaution:
    """A precaution set for a trainee, from when it started until a carer lifted it."""

    code: str
    started_at: datetime
    lifted_at: datetime | None = None
    # The shipped precaution of this code; None when a later version of the app dropped it.
    definition: Precaution | None = None

    @property
    def active(self) -> bool:
        """Return True until the precaution is lifted."""
        return self.lifted_at is None


@dataclass(frozen=True, slots=True)
class Replacement:
    """One exercise of the plan that a precaution rules out, and what took its place."""

    old: RoutineExercise
    new: RoutineExercise | None  # None: no allowed exercise serves the same task, so left out


def build_precautions(entries: Iterable[tuple[str, Mapping[str, Any]]]) -> Precautions:
    """Validate raw entries (source name, parsed data) and return the precautions."""
    items = [parse_precaution(source, data) for source, data in entries]
    codes = [item.code for item in items]
    for code in codes:
        if codes.count(code) > 1:
            raise CatalogueError(code, "code", "appears more than once")
    return Precautions(tuple(items))


def parse_precaution(source: str, data: Mapping[str, Any]) -> Precaution:
    """Turn one parsed precaution file into a Precaution, or raise CatalogueError."""
    for key in sorted(_KEYS - set(data)):
        raise CatalogueError(source, key, "is missing")
    for key in sorted(set(data) - _KEYS):
        raise CatalogueError(source, key, "is not a known field")
    code = data["code"]
    if not isinstance(code, str) or not code.isidentifier() or not code.islower():
        raise CatalogueError(source, "code", "must be lower-case letters, digits and underscores")
    if len(code) > MAX_CODE_LENGTH:
        raise CatalogueError(source, "code", f"longer than {MAX_CODE_LENGTH} characters")
    rules_out = _members(source, "rules_out", Movement, data["rules_out"])
    if not rules_out:
        raise CatalogueError(source, "rules_out", "must name at least one movement")
    proposed = _members(source, "proposed_after", StayReason, data["proposed_after"])
    return Precaution(
        code=code,
        rules_out=rules_out,
        source=_text(source, "source", data["source"]),
        proposed_after=proposed,
        usual_weeks=_weeks(source, data["usual_weeks"]),
        texts={language: _texts(source, language, data[language]) for language in LANGUAGES},
    )


def _members(
    source: str, field: str, kind: type[Movement] | type[StayReason], value: object
) -> frozenset[Any]:
    if not isinstance(value, list):
        raise CatalogueError(source, field, "must be a list")
    members = []
    for item in value:
        try:
            if not isinstance(item, str):
                raise ValueError(item)
            members.append(kind(item))
        except ValueError:
            allowed = ", ".join(member.value for member in kind)
            raise CatalogueError(source, field, f"{item!r} is not one of: {allowed}") from None
    if len(set(members)) != len(members):
        raise CatalogueError(source, field, "lists an item twice")
    return frozenset(members)


def _weeks(source: str, value: object) -> tuple[int, int] | None:
    # An empty list: advice that lasts (osteoporosis), not advice for the weeks after surgery.
    if value == []:
        return None
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not all(isinstance(weeks, int) and not isinstance(weeks, bool) for weeks in value)
        or not 0 < value[0] <= value[1] <= 104
    ):
        raise CatalogueError(source, "usual_weeks", "must be [] or [fewest, most] weeks")
    return value[0], value[1]


def _texts(source: str, language: str, value: object) -> PrecautionText:
    if not isinstance(value, Mapping):
        raise CatalogueError(source, language, "must be a table of texts")
    for key in sorted(_TEXT_KEYS - set(value)):
        raise CatalogueError(source, f"{language}.{key}", "is missing")
    for key in sorted(set(value) - _TEXT_KEYS):
        raise CatalogueError(source, f"{language}.{key}", "is not a known field")
    name = _text(source, f"{language}.name", value["name"])
    if len(name) > MAX_NAME_LENGTH:
        raise CatalogueError(
            source, f"{language}.name", f"longer than {MAX_NAME_LENGTH} characters"
        )
    return PrecautionText(name, _text(source, f"{language}.explanation", value["explanation"]))


def _text(source: str, field: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise CatalogueError(source, field, "must be a non-empty text")
    return value.strip()


# The plan under precautions


def allowed_kinds(exercise: Exercise, ruled_out: frozenset[Movement]) -> tuple[EquipmentKind, ...]:
    """Return the ways (equipment) of doing an exercise that involve no ruled-out movement."""
    return tuple(
        kind for kind in exercise.equipment if not exercise.movements_for(kind) & ruled_out
    )


def is_ruled_out(
    item: RoutineExercise, catalogue: Catalogue, ruled_out: frozenset[Movement]
) -> bool:
    """Return True when a plan's exercise, done with its equipment, involves a ruled-out movement.

    An exercise the catalogue no longer has is left to the rest of the app, which skips it.
    """
    exercise = catalogue.get(item.exercise_id)
    return exercise is not None and bool(exercise.movements_for(item.load.kind) & ruled_out)


def adapt_routine(
    routine: Routine, catalogue: Catalogue, equipment: Equipment, ruled_out: frozenset[Movement]
) -> tuple[Routine, tuple[Replacement, ...]]:
    """Return the routine without the exercises the movements rule out, and what changed.

    Each ruled-out exercise gives way, in its place, to: the same exercise done another owned way
    that is allowed (a row with a band instead of bent over a dumbbell); else an allowed exercise
    for the same everyday task that trains a body part it trained, not yet in the plan; else
    nothing. A stand-in starts at the lightest owned load, like any exercise new to the plan.
    """
    taken = {item.exercise_id for item in routine.exercises}
    kept: list[RoutineExercise] = []
    changes: list[Replacement] = []
    for item in routine.exercises:
        exercise = catalogue.get(item.exercise_id)
        if exercise is None or not exercise.movements_for(item.load.kind) & ruled_out:
            kept.append(item)
            continue
        new = _stand_in(item, exercise, catalogue, equipment, ruled_out, taken)
        changes.append(Replacement(item, new))
        if new is not None:
            taken.add(new.exercise_id)
            kept.append(new)
    if not changes:
        return routine, ()
    return dataclasses.replace(routine, exercises=tuple(kept), id=None), tuple(changes)


def _stand_in(
    item: RoutineExercise,
    exercise: Exercise,
    catalogue: Catalogue,
    equipment: Equipment,
    ruled_out: frozenset[Movement],
    taken: set[str],
) -> RoutineExercise | None:
    sets = item.sets - 1 if item.extra_set else item.sets
    for kind in allowed_kinds(exercise, ruled_out):
        if equipment.owns(kind):
            return dataclasses.replace(
                item,
                load=starting_load(kind, equipment),
                sets=sets,
                slow_tempo=False,
                extra_set=False,
                paused=False,
            )
    candidates = [
        other
        for other in catalogue.for_task(exercise.task)
        if other.id not in taken
        and other.regions & exercise.regions
        and any(equipment.owns(kind) for kind in allowed_kinds(other, ruled_out))
    ]
    # One that mainly trains what the old one mainly trained first, then the catalogue's order.
    candidates.sort(key=lambda other: (other.primary_region is not exercise.primary_region,))
    for other in candidates:
        kind = next(k for k in allowed_kinds(other, ruled_out) if equipment.owns(k))
        dose = starting_dose(other, equipment, kind)
        if dose is not None:
            return dataclasses.replace(dose, sets=sets, rest_seconds=item.rest_seconds)
    return None


def put_back(
    routine: Routine,
    before: Routine,
    catalogue: Catalogue,
    equipment: Equipment,
    lifted: frozenset[Movement],
    still_ruled_out: frozenset[Movement],
    most: int,
) -> tuple[Routine, tuple[RoutineExercise, ...]]:
    """Return the routine with the exercises a lifted precaution took out put back, and those.

    ``before`` is the plan as it was when the precaution started. Each exercise it took out comes
    back in place of the stand-in that replaced it, where that is still in the plan, else at the
    end (while the plan has room for ``most``); never one that another precaution still rules
    out, nor one the plan already has. It comes back at the lightest owned load: it has not been
    trained for weeks.
    """
    _, changes = adapt_routine(before, catalogue, equipment, lifted)
    items = list(routine.exercises)
    returned: list[RoutineExercise] = []
    for change in changes:
        old = change.old
        exercise = catalogue.get(old.exercise_id)
        if exercise is None or exercise.movements_for(old.load.kind) & still_ruled_out:
            continue
        if not equipment.owns(old.load.kind):
            continue
        back = dataclasses.replace(
            old, load=starting_load(old.load.kind, equipment), slow_tempo=False, extra_set=False
        )
        if old.extra_set:
            back = dataclasses.replace(back, sets=old.sets - 1)
        ids = [item.exercise_id for item in items]
        same_way = any(
            item.exercise_id == old.exercise_id and item.load.kind is old.load.kind
            for item in items
        )
        if same_way:
            continue
        stand_in = change.new.exercise_id if change.new is not None else None
        before_ids = {item.exercise_id for item in before.exercises}
        if (
            stand_in is not None
            and stand_in in ids
            and (stand_in == old.exercise_id or stand_in not in before_ids)
        ):
            items[ids.index(stand_in)] = back
        elif old.exercise_id not in ids and len(items) < most:
            items.append(back)
        else:
            continue
        returned.append(back)
    if not returned:
        return routine, ()
    return dataclasses.replace(routine, exercises=tuple(items), id=None), tuple(returned)
