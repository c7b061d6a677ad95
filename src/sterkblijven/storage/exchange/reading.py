"""Reading everything out: every row of a trainee as plain export records, ids made indexes."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar, cast

from sqlalchemy import Executable, Select, String, select, type_coerce
from sqlalchemy.orm import Session

from sterkblijven.domain.exchange.schema import (
    BandData,
    CheckinData,
    EventData,
    HospitalStayData,
    PersonData,
    PrecautionData,
    ReadinessData,
    ResultData,
    RoutineData,
    RoutineItemData,
    SessionData,
    SetData,
    SuggestionData,
)
from sterkblijven.domain.exchange.writer import StreamedPerson
from sterkblijven.storage.exchange.doses import portable_dose
from sterkblijven.storage.models import (
    BandRow,
    CheckinRow,
    DumbbellRow,
    HospitalStayRow,
    PrecautionRow,
    ReadinessRow,
    RoutineExerciseRow,
    RoutineRow,
    SessionRow,
    SetRow,
    SkipRow,
    SuggestionRow,
    TestResultRow,
    TraineeEventRow,
    TraineeRow,
)
from sterkblijven.storage.repositories import NotFound

# Rows fetched from the database at a time: memory stays that of a page, however long the
# history. On PostgreSQL this reads through a server-side cursor.
PAGE_ROWS = 500
# The lists of a person that grow with the years; the others stay a few records long.
_Query = TypeVar("_Query", bound=Executable)
GROWING = ("routines", "sessions", "checkins", "suggestions", "events", "tests")


def count_people(session: Session, trainee_id: int | None = None) -> int:
    """Return how many people an export of one trainee, or of everyone, holds."""
    return len(_trainees(session, trainee_id))


def stream_people(session: Session, trainee_id: int | None = None) -> Iterator[StreamedPerson]:
    """Yield one trainee (or everyone, oldest profile first) with all their data.

    The growing lists (see GROWING) are iterables that read their rows page by page while they
    are iterated: use each person within ``session``, before the next.
    """
    for row in _trainees(session, trainee_id):
        yield _person(session, row)


def read_people(session: Session, trainee_id: int | None = None) -> list[PersonData]:
    """Return one trainee (or everyone, oldest profile first) with all their data, in memory."""
    people: list[PersonData] = []
    for streamed in stream_people(session, trainee_id):
        person = {key: list(value) if key in GROWING else value for key, value in streamed.items()}
        people.append(cast(PersonData, person))
    return people


def _trainees(session: Session, trainee_id: int | None) -> list[TraineeRow]:
    if trainee_id is None:
        # An archived person was removed: kept on the server for the retention period only.
        return list(
            session.scalars(
                select(TraineeRow)
                .where(TraineeRow.archived_at.is_(None))
                .order_by(TraineeRow.created_at, TraineeRow.id)
            )
        )
    row = session.get(TraineeRow, trainee_id)
    if row is None:
        raise NotFound(f"trainee {trainee_id}")
    return [row]


def _paged(statement: _Query) -> _Query:
    return statement.execution_options(yield_per=PAGE_ROWS)


class _Children:
    """A child table's rows, in the order of their parents, handed out parent by parent.

    Both queries sort the same way, so one pass over each reads them together without
    holding more than a page of either.
    """

    def __init__(self, rows: Iterable[Sequence[Any]]) -> None:
        # The parent's id is each row's first column.
        self._rows = iter(rows)
        self._next = next(self._rows, None)

    def of(self, parent_id: int) -> list[Sequence[Any]]:
        taken = []
        while self._next is not None and self._next[0] == parent_id:
            taken.append(self._next)
            self._next = next(self._rows, None)
        return taken


def _person(session: Session, trainee: TraineeRow) -> StreamedPerson:
    band_rows = session.scalars(
        select(BandRow)
        .where(BandRow.trainee_id == trainee.id)
        .order_by(BandRow.position, BandRow.id)
    ).all()
    band_index = {row.id: index for index, row in enumerate(band_rows)}
    # Ids to indexes, as records name each other by index: a few integers per session.
    routine_index = _index(
        session,
        select(RoutineRow.id)
        .where(RoutineRow.trainee_id == trainee.id)
        .order_by(RoutineRow.created_at, RoutineRow.id),
    )
    session_index = _index(
        session,
        select(SessionRow.id)
        .where(SessionRow.trainee_id == trainee.id)
        .order_by(SessionRow.started_at, SessionRow.id),
    )
    return {
        "uuid": trainee.uuid,
        "name": trainee.name,
        "birth_year": trainee.birth_year,
        "birth_month": trainee.birth_month,
        "sex": trainee.sex,
        "created_at": trainee.created_at,
        "decides_own_loads": trainee.decides_own_loads,
        "readiness_checks": _readiness(session, trainee.id),
        "dumbbells_kg": list(
            session.scalars(
                select(DumbbellRow.kg)
                .where(DumbbellRow.trainee_id == trainee.id)
                .order_by(DumbbellRow.kg)
            )
        ),
        "bands": [_band(row) for row in band_rows],
        "routines": _Lazy(lambda: _routines(session, trainee.id, band_index)),
        "sessions": _Lazy(lambda: _sessions(session, trainee.id, routine_index)),
        "checkins": _Lazy(lambda: _checkins(session, trainee.id, session_index)),
        "suggestions": _Lazy(lambda: _suggestions(session, trainee.id, session_index, band_index)),
        "events": _Lazy(lambda: _events(session, trainee.id)),
        "tests": _Lazy(lambda: _tests(session, trainee.id)),
        "hospital_stays": _stays(session, trainee.id),
        "precautions": _precautions(session, trainee.id),
    }


class _Lazy(Iterable[Any]):
    """Records read only when iterated, from a fresh query each time."""

    def __init__(self, records: Callable[[], Iterator[Any]]) -> None:
        self._records = records

    def __iter__(self) -> Iterator[Any]:
        return self._records()


def _index(session: Session, ids: Select[int]) -> dict[int, int]:
    return {row_id: index for index, row_id in enumerate(session.scalars(ids))}


def _events(session: Session, trainee_id: int) -> Iterator[EventData]:
    for row in session.scalars(
        _paged(
            select(TraineeEventRow)
            .where(TraineeEventRow.trainee_id == trainee_id)
            .order_by(TraineeEventRow.happened_at, TraineeEventRow.id)
        )
    ):
        yield {"uuid": row.uuid, "kind": row.kind, "happened_at": row.happened_at}


def _tests(session: Session, trainee_id: int) -> Iterator[ResultData]:
    for row in session.scalars(
        _paged(
            select(TestResultRow)
            .where(TestResultRow.trainee_id == trainee_id)
            .order_by(TestResultRow.taken_at, TestResultRow.id)
        )
    ):
        yield {
            "uuid": row.uuid,
            "test_id": row.test_id,
            "value": row.value,
            "taken_at": row.taken_at,
            "note": row.note,
            "used_arms": row.used_arms,
            "dumbbell_kg": row.dumbbell_kg,
        }


def _stays(session: Session, trainee_id: int) -> list[HospitalStayData]:
    rows = session.scalars(
        select(HospitalStayRow)
        .where(HospitalStayRow.trainee_id == trainee_id)
        .order_by(HospitalStayRow.recorded_at, HospitalStayRow.id)
    )
    return [
        {
            "uuid": row.uuid,
            "admitted": row.admitted,
            "discharged": row.discharged,
            "reason": row.reason,
            "recorded_at": row.recorded_at,
            "cleared_on": row.cleared_at,
            "cleared_by": row.cleared_by,
        }
        for row in rows
    ]


def _precautions(session: Session, trainee_id: int) -> list[PrecautionData]:
    rows = session.scalars(
        select(PrecautionRow)
        .where(PrecautionRow.trainee_id == trainee_id)
        .order_by(PrecautionRow.started_at, PrecautionRow.id)
    )
    return [
        {
            "uuid": row.uuid,
            "code": row.code,
            "started_at": row.started_at,
            "lifted_at": row.lifted_at,
        }
        for row in rows
    ]


def _readiness(session: Session, trainee_id: int) -> list[ReadinessData]:
    rows = session.scalars(
        select(ReadinessRow)
        .where(ReadinessRow.trainee_id == trainee_id)
        .order_by(ReadinessRow.answered_at, ReadinessRow.id)
    )
    return [
        {
            "uuid": row.uuid,
            "answered_at": row.answered_at,
            "yes_answers": _split(row.yes_answers),
            "confirmed_at": row.confirmed_at,
        }
        for row in rows
    ]


def _band(row: BandRow) -> BandData:
    return {
        "position": row.position,
        "colour": row.colour,
        "label": row.label,
        "force_kgf": row.force_kgf,
        "can_double": row.can_double,
    }


def _routines(
    session: Session, trainee_id: int, band_index: Mapping[int, int]
) -> Iterator[RoutineData]:
    rows = session.scalars(
        _paged(
            select(RoutineRow)
            .where(RoutineRow.trainee_id == trainee_id)
            .order_by(RoutineRow.created_at, RoutineRow.id)
        )
    )
    items = _Children(
        session.execute(
            _paged(
                select(RoutineExerciseRow.routine_id.label("parent"), RoutineExerciseRow)
                .join(RoutineRow, RoutineRow.id == RoutineExerciseRow.routine_id)
                .where(RoutineRow.trainee_id == trainee_id)
                .order_by(
                    RoutineRow.created_at,
                    RoutineRow.id,
                    RoutineExerciseRow.position,
                    RoutineExerciseRow.id,
                )
            )
        )
    )
    for row in rows:
        exercises: list[RoutineItemData] = [
            _routine_item(child[1], band_index) for child in items.of(row.id)
        ]
        yield {
            "uuid": row.uuid,
            "created_at": row.created_at,
            "active": row.active,
            "weekdays": [int(day) for day in _split(row.weekdays)],
            "note": row.note,
            "exercises": exercises,
            "changed_by": row.changed_by,
        }


def _routine_item(item: RoutineExerciseRow, band_index: Mapping[int, int]) -> RoutineItemData:
    return {
        "exercise_id": item.exercise_id,
        "equipment": item.equipment,
        "sets": item.sets,
        "rep_min": item.rep_min,
        "rep_max": item.rep_max,
        "rest_seconds": item.rest_seconds,
        "load_kg": item.load_kg,
        "band": None if item.band_id is None else band_index.get(item.band_id),
        "band_doubled": item.band_doubled,
        "slow_tempo": item.slow_tempo,
        "extra_set": item.extra_set,
        "paused": item.paused,
        "balance_level": item.balance_level,
        "supported": item.supported,
    }


def _sessions(
    session: Session, trainee_id: int, routine_index: Mapping[int, int]
) -> Iterator[SessionData]:
    """Yield the sessions in their order, each with its sets and skips in the order recorded."""
    # Plain column queries on the connection: the ORM's layer costs more than the rows here.
    core = session.connection()
    rows = core.execute(
        _paged(
            select(
                SessionRow.id,
                SessionRow.uuid,
                SessionRow.routine_id,
                SessionRow.started_at,
                SessionRow.finished_at,
                SessionRow.status,
                SessionRow.note,
                SessionRow.warmup_done_at,
                SessionRow.cooldown_done_at,
                SessionRow.from_paper,
            )
            .where(SessionRow.trainee_id == trainee_id)
            .order_by(SessionRow.started_at, SessionRow.id)
        )
    )
    order = (SessionRow.started_at, SessionRow.id)
    local = _LocalTime()
    # Sets are most of a history: their moments come as the database gives them, turned into
    # local time here in one step, which is a third of the time of the column type's way.
    sets = _Children(
        core.execute(
            _paged(
                select(
                    SetRow.session_id.label("parent"),
                    SetRow.uuid,
                    SetRow.position,
                    SetRow.exercise_id,
                    SetRow.set_number,
                    SetRow.equipment,
                    SetRow.load_kg,
                    SetRow.band_colour,
                    SetRow.band_label,
                    SetRow.band_doubled,
                    SetRow.reps,
                    SetRow.reached_failure,
                    SetRow.effort,
                    SetRow.pain,
                    SetRow.pain_location,
                    SetRow.stop_signals,
                    type_coerce(SetRow.recorded_at, _AS_STORED),
                    type_coerce(SetRow.undone_at, _AS_STORED),
                )
                .join(SessionRow, SessionRow.id == SetRow.session_id)
                .where(SessionRow.trainee_id == trainee_id)
                .order_by(*order, SetRow.id)
            )
        )
    )
    skips = _Children(
        core.execute(
            _paged(
                select(
                    SkipRow.session_id.label("parent"),
                    SkipRow.uuid,
                    SkipRow.position,
                    SkipRow.exercise_id,
                    SkipRow.reason,
                    SkipRow.recorded_at,
                )
                .join(SessionRow, SessionRow.id == SkipRow.session_id)
                .where(SessionRow.trainee_id == trainee_id)
                .order_by(*order, SkipRow.id)
            )
        )
    )
    for row in rows:
        yield {
            "uuid": row.uuid,
            "routine": None if row.routine_id is None else routine_index.get(row.routine_id),
            "started_at": row.started_at,
            "finished_at": row.finished_at,
            "status": row.status,
            "note": row.note,
            "warmup_done_at": row.warmup_done_at,
            "cooldown_done_at": row.cooldown_done_at,
            "from_paper": bool(row.from_paper),
            "sets": [_set(entry, local) for entry in sets.of(row.id)],
            "skips": [
                {
                    "uuid": skip_uuid,
                    "position": position,
                    "exercise_id": exercise_id,
                    "reason": reason,
                    "recorded_at": recorded_at,
                }
                for _, skip_uuid, position, exercise_id, reason, recorded_at in skips.of(row.id)
            ],
        }


def _set(row: Sequence[Any], local: _LocalTime) -> SetData:
    (_, uuid, position, exercise_id, number, equipment, load_kg, colour, label, doubled, reps,
     failure, effort, pain, location, signals, recorded, undone) = row  # fmt: skip
    return {
        "uuid": uuid,
        "position": position,
        "exercise_id": exercise_id,
        "set_number": number,
        "equipment": equipment,
        "load_kg": load_kg,
        "band_colour": colour,
        "band_label": label,
        "band_doubled": doubled,
        "reps": reps,
        "reached_failure": failure,
        "effort": effort,
        "pain": pain,
        "pain_location": location,
        "stop_signals": [part for part in signals.split(",") if part] if signals else [],
        "recorded_at": local(recorded),
        "undone_at": None if undone is None else local(undone),
    }


# A moment's column read without the column type's conversion: SQLite gives its UTC text,
# PostgreSQL a zoned datetime.
_AS_STORED = String()


_STORED_LENGTH = len("2026-03-02 09:15:00.000000+00:00")


class _LocalTime:
    """Stored moments as naive local time, as storage/types.UtcDateTime reads them, faster.

    SQLite gives its fixed-width UTC text, "2026-03-02 09:15:00.000000+00:00". The local time
    is the UTC time plus the offset of that instant, which stays the same for a whole hour of
    UTC (zones change their offset on the hour), so it is worked out once per hour met. One is
    made per export, so a change of the computer's zone counts from the next export on.
    """

    def __init__(self) -> None:
        self._offsets: dict[str, timedelta] = {}

    def __call__(self, value: str | datetime) -> datetime:
        if not isinstance(value, str) or len(value) != _STORED_LENGTH:
            # PostgreSQL's zoned datetime, or SQLite text of another width (a hand-made row)
            zoned = datetime.fromisoformat(value) if isinstance(value, str) else value
            if zoned.tzinfo is None:
                zoned = zoned.replace(tzinfo=UTC)
            return zoned.astimezone().replace(tzinfo=None)
        moment = datetime.fromisoformat(value[:26])
        offset = self._offsets.get(value[:13])
        if offset is None:
            local = moment.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
            offset = self._offsets[value[:13]] = local - moment
        return moment + offset


def _checkins(
    session: Session, trainee_id: int, session_index: Mapping[int, int]
) -> Iterator[CheckinData]:
    rows = session.scalars(
        _paged(
            select(CheckinRow)
            .where(CheckinRow.trainee_id == trainee_id)
            .order_by(CheckinRow.answered_at, CheckinRow.id)
        )
    )
    return (
        {
            "uuid": row.uuid,
            "session": None if row.session_id is None else session_index.get(row.session_id),
            "answered_at": row.answered_at,
            "joints": row.joints,
            "long_morning_stiffness": row.long_morning_stiffness,
            "places": _split(row.places),
            "night_pain": row.night_pain,
        }
        for row in rows
    )


def _suggestions(
    session: Session,
    trainee_id: int,
    session_index: Mapping[int, int],
    band_index: Mapping[int, int],
) -> Iterator[SuggestionData]:
    rows = session.scalars(
        _paged(
            select(SuggestionRow)
            .where(SuggestionRow.trainee_id == trainee_id)
            .order_by(SuggestionRow.created_at, SuggestionRow.id)
        )
    )
    for row in rows:
        current, current_band = portable_dose(row.current, band_index)
        proposed, proposed_band = portable_dose(row.proposed, band_index)
        chosen, chosen_band = (
            (None, None) if row.chosen is None else portable_dose(row.chosen, band_index)
        )
        yield (
            {
                "uuid": row.uuid,
                "session": None if row.session_id is None else session_index.get(row.session_id),
                "position": row.position,
                "exercise_id": row.exercise_id,
                "created_at": row.created_at,
                "advice": row.advice,
                "reason": row.reason,
                "see_gp": row.see_gp,
                "retest": row.retest,
                "current": current,
                "current_band": current_band,
                "proposed": proposed,
                "proposed_band": proposed_band,
                "applied": row.applied,
                "status": row.status,
                "chosen": chosen,
                "chosen_band": chosen_band,
                "decided_at": row.decided_at,
                "decided_by": row.decided_by,
                "changed_by": row.changed_by,
            }
        )


def _split(text: str) -> list[str]:
    return [part for part in text.split(",") if part]
