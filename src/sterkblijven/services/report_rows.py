"""The report's rows: each test result against its norm, the doses, decisions and exercises."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date

from sterkblijven.domain import norms
from sterkblijven.domain.decisions import SuggestionRecord
from sterkblijven.domain.everyday import SetLine
from sterkblijven.domain.fitness import ARM_CURL_KG, TESTS, TestResult, age_on, assess_result
from sterkblijven.domain.model import Equipment, RoutineExercise, Trainee
from sterkblijven.domain.session import PainPlace
from sterkblijven.services.fitness import rate, series_of

# The series are built exactly as the progress screen builds them, so paper and screen agree.
from sterkblijven.services.progress import exercise_progress
from sterkblijven.services.report_facts import (
    Decision,
    DoseStep,
    ExerciseDose,
    ExerciseInPeriod,
    ReportPeriod,
    SessionBest,
    TestInPeriod,
    TestRow,
)
from sterkblijven.storage import reports as store


def doses_in(
    versions: Sequence[store.RoutineVersion], covered: ReportPeriod
) -> tuple[ExerciseDose, ...]:
    """Return each exercise's dose at the start of the period and each change after it."""
    histories: dict[str, list[DoseStep]] = {}
    for version in versions:
        since = max(version.since.date(), covered.first)
        for item in version.routine.exercises:
            steps = histories.setdefault(item.exercise_id, [])
            if not steps or _dose_changed(steps[-1].dose, item):
                steps.append(DoseStep(since, item))
    return tuple(
        ExerciseDose(exercise_id, tuple(steps)) for exercise_id, steps in histories.items()
    )


def _dose_changed(before: RoutineExercise, after: RoutineExercise) -> bool:
    return (
        before.load.kind,
        before.load.kg,
        None if before.load.band is None else before.load.band.position,
        before.load.band_doubled,
        before.sets,
        before.rep_min,
        before.rep_max,
        before.slow_tempo,
        before.extra_set,
        before.paused,
    ) != (
        after.load.kind,
        after.load.kg,
        None if after.load.band is None else after.load.band.position,
        after.load.band_doubled,
        after.sets,
        after.rep_min,
        after.rep_max,
        after.slow_tempo,
        after.extra_set,
        after.paused,
    )


def row_of_result(trainee: Trainee, result: TestResult) -> TestRow:
    """Return a result as a row, rated as everywhere in the app (a chair stand with arms is 0)."""
    day = result.taken_at.date()
    age = age_on(day, trainee.birth_year, trainee.birth_month)
    rated = assess_result(result, age, trainee.sex)
    comparable = rated.rating != norms.NOT_COMPARED
    # The norm the row is held to is told even when the result is not compared with it.
    told = rated if comparable else norms.assess(result.test_id, age, trainee.sex, result.value)
    return TestRow(
        day=day,
        test_id=result.test_id,
        value=result.value,
        used_arms=result.used_arms,
        dumbbell_kg=result.dumbbell_kg,
        norm_kg=ARM_CURL_KG[trainee.sex] if result.test_id == "arm_curl_30s" else None,
        age=age,
        sex=trainee.sex,
        age_band=told.age_band,
        normal_range=told.normal_range,
        comparable=comparable,
        rating=rated.rating if comparable else None,
        fall_risk=rated.fall_risk,
        sources=norms.norm_sources(result.test_id),
    )


def decision_of(record: SuggestionRecord) -> Decision:
    """Return a decided suggestion as the report tells it."""
    assert record.decided_at is not None  # only decided suggestions are read
    return Decision(
        suggested_on=record.created_at.date(),
        decided_at=record.decided_at,
        exercise_id=record.exercise_id,
        advice=record.suggestion.advice,
        reason=record.suggestion.reason,
        status=record.status,
        decided_by=record.decided_by,
        login=record.changed_by,
        current=record.suggestion.current,
        proposed=record.suggestion.proposed,
        chosen=record.chosen,
    )


def places_named(
    in_sets: dict[PainPlace, int], checkins: Sequence[store.CheckinLine]
) -> tuple[tuple[PainPlace, int], ...]:
    """Return how often each place was named, in sets with pain or in next-day answers."""
    counted: Counter[PainPlace] = Counter(in_sets)
    for checkin in checkins:
        counted.update(checkin.places)
    return tuple(sorted(counted.items(), key=lambda item: (-item[1], item[0].value)))


def trained_order(sets: dict[str, list[SetLine]], planned: list[str]) -> list[str]:
    """Return the exercises trained: those of the plan in its order, then the latest first."""
    in_plan = [exercise_id for exercise_id in planned if exercise_id in sets]
    others = sorted(
        (exercise_id for exercise_id in sets if exercise_id not in planned),
        key=lambda exercise_id: (-sets[exercise_id][-1].day.toordinal(), exercise_id),
    )
    return in_plan + others


def exercise_in_period(
    exercise_id: str, lines: list[SetLine], equipment: Equipment
) -> ExerciseInPeriod:
    """Return one exercise's sets of the period as its chart and first and last session."""
    whole = exercise_progress(exercise_id, lines, equipment)
    series = whole.series
    # The chart follows the equipment used last; so do the first and last sessions told.
    kind = lines[-1].equipment
    followed = [line for line in lines if line.equipment == kind]
    opening = [line for line in followed if line.session_id == followed[0].session_id]
    first_best = exercise_progress(exercise_id, opening, equipment).last
    last_best = whole.last
    assert first_best is not None and last_best is not None  # both have sets of that kind
    loads = series.load
    return ExerciseInPeriod(
        series=series,
        sessions=len({line.session_id for line in followed}),
        first=SessionBest(first_best.day, loads[0].value if loads else None, int(first_best.value)),
        last=SessionBest(last_best.day, loads[-1].value if loads else None, int(last_best.value)),
    )


def tests_in_period(
    trainee: Trainee, results: list[TestResult], until: date
) -> tuple[TestInPeriod, ...]:
    """Return each test taken in the period, in the order the tests are offered."""
    grouped: dict[str, list[TestResult]] = {}
    for result in results:
        grouped.setdefault(result.test_id, []).append(result)
    told = []
    for test in TESTS:
        found = grouped.get(test.id)
        if not found:
            continue
        series = series_of(trainee, test.id, found, until)
        earlier = found[0] if len(found) > 1 else None
        told.append(TestInPeriod(series, rate(found[-1], trainee, earlier), len(found)))
    return tuple(told)
