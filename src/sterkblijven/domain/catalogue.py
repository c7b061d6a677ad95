"""The exercise catalogue: exercises with their variants, texts and pictures, validated on load."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any, TypeVar

from sterkblijven.domain.model import BodyRegion, EquipmentKind, Measure, Task
from sterkblijven.domain.movements import Movement
from sterkblijven.domain.session import PainPlace

_E = TypeVar("_E", Task, BodyRegion, EquipmentKind, Measure, PainPlace, Movement)

LANGUAGES = ("nl", "en")
MAX_NAME_LENGTH = 40
_TOP_KEYS = {
    "id",
    "task",
    "regions",
    "joints",
    "movements",
    "equipment",
    "seated",
    "measure",
    "priority",
    "start_picture",
    "end_picture",
    *LANGUAGES,
}
_TEXT_KEYS = {"name", "summary", "setup", "steps", "breathing", "mistakes", "joint_tip", "variants"}
_OPTIONAL_TEXT_KEYS = {"supported"}
# Balance exercises progress by clinical steps, not by load (Otago Exercise Programme): at least
# two steps make a progression, and more than eight would be steps too small to feel.
BALANCE_LEVELS_KEY = "balance_levels"
BALANCE_LEVEL_COUNT = (2, 8)


class CatalogueError(ValueError):
    """A catalogue entry that cannot be used, naming the file and the field at fault."""

    def __init__(self, source: str, field: str, problem: str) -> None:
        super().__init__(f"{source}: {field}: {problem}")
        self.source = source
        self.field = field
        self.problem = problem


@dataclass(frozen=True, slots=True)
class ExerciseText:
    """The instructions of one exercise in one language."""

    name: str
    summary: str
    setup: str
    steps: tuple[str, ...]
    breathing: str
    mistakes: tuple[str, ...]
    joint_tip: str
    variants: Mapping[EquipmentKind, str]
    supported: str | None = None


@dataclass(frozen=True, slots=True)
class BalanceLevel:
    """One step of a balance exercise (how much support, how the feet stand), in each language."""

    texts: Mapping[str, str]

    def text(self, language: str) -> str:
        """Return the step in the given language, falling back to Dutch."""
        return self.texts.get(language) or self.texts["nl"]


@dataclass(frozen=True, slots=True)
class Exercise:
    """An exercise suited to older adults at home."""

    id: str
    task: Task
    regions: frozenset[BodyRegion]
    primary_region: BodyRegion  # the first region listed: what the exercise mainly trains
    equipment: tuple[EquipmentKind, ...]
    seated: bool
    measure: Measure
    priority: int
    start_picture: str
    end_picture: str
    texts: Mapping[str, ExerciseText]
    # The joints the exercise puts weight or effort on, in the places a person can name as
    # painful: pain above 5 or a stop signal at one of them ends the exercises that load it.
    joints: frozenset[PainPlace] = frozenset()
    # Equipment whose way of doing a seated exercise is not seated (a dumbbell chest press lies
    # on the bed): the seated filter must not offer the exercise with that equipment.
    not_seated_with: frozenset[EquipmentKind] = frozenset()
    # The steps a balance exercise progresses by, easiest first; empty for every other exercise.
    balance_levels: tuple[BalanceLevel, ...] = ()
    # The movements the exercise involves that movement advice can rule out (deep hip bending,
    # a loaded forward bend ...), whatever the equipment; and those only one way of doing it
    # involves (bent over a dumbbell, where the band is used sitting up straight).
    movements: frozenset[Movement] = frozenset()
    movements_with: Mapping[EquipmentKind, frozenset[Movement]] = dataclass_field(
        default_factory=dict
    )

    def movements_for(self, kind: EquipmentKind) -> frozenset[Movement]:
        """Return the movements the exercise involves when done with this equipment."""
        return self.movements | self.movements_with.get(kind, frozenset())

    def text(self, language: str) -> ExerciseText:
        """Return the text in the given language, falling back to Dutch."""
        return self.texts.get(language) or self.texts["nl"]

    def level_text(self, level: int, language: str) -> str | None:
        """Return what a balance level asks, or None for an exercise without levels.

        A stored level outside the list (the catalogue changed since) reads as the nearest one.
        """
        if not self.balance_levels:
            return None
        nearest = min(max(level, 0), len(self.balance_levels) - 1)
        return self.balance_levels[nearest].text(language)

    @property
    def seated_kinds(self) -> frozenset[EquipmentKind]:
        """Return the equipment with which the exercise is done seated (none when standing)."""
        if not self.seated:
            return frozenset()
        return frozenset(self.equipment) - self.not_seated_with

    @property
    def has_supported_variant(self) -> bool:
        """Return True when a seated or supported variant is described."""
        return self.texts["nl"].supported is not None


@dataclass(frozen=True, slots=True)
class Catalogue:
    """All exercises, in priority order, looked up by id."""

    exercises: tuple[Exercise, ...]

    def __post_init__(self) -> None:
        seen: set[str] = set()
        for exercise in self.exercises:
            if exercise.id in seen:
                raise CatalogueError(exercise.id, "id", "appears more than once")
            seen.add(exercise.id)

    def get(self, exercise_id: str) -> Exercise | None:
        """Return the exercise with this id, or None when the catalogue lacks it."""
        for exercise in self.exercises:
            if exercise.id == exercise_id:
                return exercise
        return None

    def for_task(self, task: Task | None) -> tuple[Exercise, ...]:
        """Return the exercises serving a task, or all of them for None."""
        if task is None:
            return self.exercises
        return tuple(e for e in self.exercises if e.task is task)

    def matching(
        self,
        *,
        task: Task | None = None,
        region: BodyRegion | None = None,
        kinds: frozenset[EquipmentKind] | None = None,
        seated_only: bool = False,
    ) -> tuple[Exercise, ...]:
        """Return the exercises passing every filter given; None or False means any.

        With ``seated_only`` an exercise passes only when one of the given kinds (or any kind,
        for None) is a seated way to do it.
        """
        return tuple(
            e
            for e in self.exercises
            if (task is None or e.task is task)
            and (region is None or region in e.regions)
            and (kinds is None or any(kind in kinds for kind in e.equipment))
            and (not seated_only or any(kinds is None or kind in kinds for kind in e.seated_kinds))
        )

    def loading(self, place: PainPlace) -> tuple[Exercise, ...]:
        """Return the exercises that load the given joint."""
        return tuple(e for e in self.exercises if place in e.joints)

    def pictures(self) -> set[str]:
        """Return every picture file name the catalogue refers to."""
        return {name for e in self.exercises for name in (e.start_picture, e.end_picture)}


def build_catalogue(entries: Iterable[tuple[str, Mapping[str, Any]]]) -> Catalogue:
    """Validate raw entries (source name, parsed data) and return the catalogue."""
    exercises = [parse_exercise(source, data) for source, data in entries]
    exercises.sort(key=lambda e: (e.priority, e.id))
    return Catalogue(tuple(exercises))


def parse_exercise(source: str, data: Mapping[str, Any]) -> Exercise:
    """Turn one parsed catalogue file into an Exercise, or raise CatalogueError."""
    _check_keys(
        source,
        "",
        data,
        required=_TOP_KEYS,
        optional={"not_seated_with", BALANCE_LEVELS_KEY, "movements_with"},
    )
    exercise_id = _text(source, "id", data["id"])
    if not exercise_id.isidentifier() or not exercise_id.islower():
        raise CatalogueError(source, "id", "must be lower-case letters, digits and underscores")
    equipment = tuple(
        _enum(source, "equipment", EquipmentKind, value)
        for value in _list(source, "equipment", data["equipment"])
    )
    if len(set(equipment)) != len(equipment):
        raise CatalogueError(source, "equipment", "lists a kind twice")
    listed_regions = [
        _enum(source, "regions", BodyRegion, value)
        for value in _list(source, "regions", data["regions"])
    ]
    raw_joints = data["joints"]
    if not isinstance(raw_joints, list):
        raise CatalogueError(source, "joints", "must be a list (empty when no joint is loaded)")
    joints = [_enum(source, "joints", PainPlace, value) for value in raw_joints]
    if len(set(joints)) != len(joints):
        raise CatalogueError(source, "joints", "lists a joint twice")
    seated = data["seated"]
    if not isinstance(seated, bool):
        raise CatalogueError(source, "seated", "must be true or false")
    not_seated_with = frozenset(
        _enum(source, "not_seated_with", EquipmentKind, value)
        for value in (
            _list(source, "not_seated_with", data["not_seated_with"])
            if "not_seated_with" in data
            else []
        )
    )
    if not not_seated_with <= set(equipment):
        raise CatalogueError(source, "not_seated_with", "names equipment the exercise does not use")
    if not_seated_with and not seated:
        raise CatalogueError(source, "not_seated_with", "is only for a seated exercise")
    movements, movements_with = _movements(source, data, equipment)
    priority = data["priority"]
    if not isinstance(priority, int) or isinstance(priority, bool):
        raise CatalogueError(source, "priority", "must be a whole number")
    texts = {
        language: _parse_text(source, language, data[language], equipment) for language in LANGUAGES
    }
    task = _enum(source, "task", Task, data["task"])
    return Exercise(
        id=exercise_id,
        task=task,
        regions=frozenset(listed_regions),
        primary_region=listed_regions[0],
        equipment=equipment,
        seated=seated,
        measure=_enum(source, "measure", Measure, data["measure"]),
        priority=priority,
        start_picture=_picture(source, "start_picture", data["start_picture"]),
        end_picture=_picture(source, "end_picture", data["end_picture"]),
        texts=texts,
        joints=frozenset(joints),
        not_seated_with=not_seated_with,
        balance_levels=_balance_levels(source, task, data),
        movements=movements,
        movements_with=movements_with,
    )


def _balance_levels(source: str, task: Task, data: Mapping[str, Any]) -> tuple[BalanceLevel, ...]:
    if BALANCE_LEVELS_KEY not in data:
        return ()
    if task is not Task.BALANCE:
        raise CatalogueError(source, BALANCE_LEVELS_KEY, "is only for a balance exercise")
    least, most = BALANCE_LEVEL_COUNT
    items = _list(source, BALANCE_LEVELS_KEY, data[BALANCE_LEVELS_KEY])
    if not least <= len(items) <= most:
        raise CatalogueError(source, BALANCE_LEVELS_KEY, f"must have {least} to {most} levels")
    levels = []
    for index, item in enumerate(items):
        field = f"{BALANCE_LEVELS_KEY}[{index}]"
        if not isinstance(item, Mapping):
            raise CatalogueError(source, field, "must be a table with nl and en")
        _check_keys(source, field + ".", item, required=set(LANGUAGES), optional=set())
        texts = {
            language: _text(source, f"{field}.{language}", item[language]) for language in LANGUAGES
        }
        levels.append(BalanceLevel(texts))
    return tuple(levels)


def _movements(
    source: str, data: Mapping[str, Any], equipment: tuple[EquipmentKind, ...]
) -> tuple[frozenset[Movement], dict[EquipmentKind, frozenset[Movement]]]:
    """Return the movements of every way of doing the exercise, and those of some ways only."""
    movements = _movement_list(source, "movements", data["movements"])
    raw = data.get("movements_with", {})
    if not isinstance(raw, Mapping):
        raise CatalogueError(source, "movements_with", "must be a table of equipment")
    only: dict[EquipmentKind, frozenset[Movement]] = {}
    for key, value in raw.items():
        kind = _enum(source, "movements_with", EquipmentKind, key)
        if kind not in equipment:
            raise CatalogueError(
                source, "movements_with", "names equipment the exercise does not use"
            )
        listed = _movement_list(source, f"movements_with.{key}", value)
        if not listed or listed & movements:
            raise CatalogueError(
                source, f"movements_with.{key}", "must add movements not listed for every way"
            )
        only[kind] = listed
    return movements, only


def _movement_list(source: str, field: str, value: object) -> frozenset[Movement]:
    if not isinstance(value, list):
        raise CatalogueError(source, field, "must be a list (empty when it involves none)")
    listed = [_enum(source, field, Movement, item) for item in value]
    if len(set(listed)) != len(listed):
        raise CatalogueError(source, field, "lists a movement twice")
    return frozenset(listed)


def _parse_text(
    source: str, language: str, data: object, equipment: tuple[EquipmentKind, ...]
) -> ExerciseText:
    if not isinstance(data, Mapping):
        raise CatalogueError(source, language, "must be a table of texts")
    _check_keys(source, language + ".", data, required=_TEXT_KEYS, optional=_OPTIONAL_TEXT_KEYS)
    name = _text(source, f"{language}.name", data["name"])
    if len(name) > MAX_NAME_LENGTH:
        raise CatalogueError(
            source, f"{language}.name", f"longer than {MAX_NAME_LENGTH} characters"
        )
    steps = _texts(source, f"{language}.steps", data["steps"], 3, 5)
    mistakes = _texts(source, f"{language}.mistakes", data["mistakes"], 1, 3)
    raw_variants = data["variants"]
    if not isinstance(raw_variants, Mapping):
        raise CatalogueError(source, f"{language}.variants", "must be a table")
    expected = {kind.value for kind in equipment}
    if set(raw_variants) != expected:
        raise CatalogueError(
            source,
            f"{language}.variants",
            f"must describe exactly the equipment listed ({', '.join(sorted(expected))})",
        )
    variants = {
        EquipmentKind(key): _text(source, f"{language}.variants.{key}", value)
        for key, value in raw_variants.items()
    }
    supported = data.get("supported")
    return ExerciseText(
        name=name,
        summary=_text(source, f"{language}.summary", data["summary"]),
        setup=_text(source, f"{language}.setup", data["setup"]),
        steps=steps,
        breathing=_text(source, f"{language}.breathing", data["breathing"]),
        mistakes=mistakes,
        joint_tip=_text(source, f"{language}.joint_tip", data["joint_tip"]),
        variants=variants,
        supported=None if supported is None else _text(source, f"{language}.supported", supported),
    )


def _check_keys(
    source: str, prefix: str, data: Mapping[str, Any], *, required: set[str], optional: set[str]
) -> None:
    for key in sorted(required - set(data)):
        raise CatalogueError(source, prefix + key, "is missing")
    for key in sorted(set(data) - required - optional):
        raise CatalogueError(source, prefix + key, "is not a known field")


def _text(source: str, field: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise CatalogueError(source, field, "must be a non-empty text")
    return value.strip()


def _list(source: str, field: str, value: object) -> list[object]:
    if not isinstance(value, list) or not value:
        raise CatalogueError(source, field, "must be a non-empty list")
    return value


def _texts(source: str, field: str, value: object, least: int, most: int) -> tuple[str, ...]:
    items = _list(source, field, value)
    if not least <= len(items) <= most:
        raise CatalogueError(source, field, f"must have {least} to {most} items")
    return tuple(_text(source, f"{field}[{index}]", item) for index, item in enumerate(items))


def _enum(source: str, field: str, kind: type[_E], value: object) -> _E:
    try:
        if not isinstance(value, str):
            raise ValueError(value)
        return kind(value)
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        raise CatalogueError(source, field, f"{value!r} is not one of: {allowed}") from None


def _picture(source: str, field: str, value: object) -> str:
    name = _text(source, field, value)
    if "/" in name or "\\" in name or not name.endswith(".svg"):
        raise CatalogueError(source, field, "must be the file name of an SVG picture")
    return name
