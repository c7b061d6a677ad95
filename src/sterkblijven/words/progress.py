"""Progress in words: tests, exercises, weeks trained, pain and everyday tasks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sterkblijven.domain.everyday import ExerciseProgress, TaskProgress, TestProgress
from sterkblijven.domain.model import BandColour, EquipmentKind, Measure
from sterkblijven.domain.progress import Adherence, BandStep, Point
from sterkblijven.domain.session import PAIN_ACCEPTABLE_MAX, PAIN_SAFE_MAX
from sterkblijven.words.basics import (
    band_name,
    count_text,
    month_text,
    number,
    short_date,
    task_name,
)
from sterkblijven.words.fitness import rated_text, short_result

# Calls read translate(CONTEXT, "...") literally, so pyside6-lupdate can find the texts.
translate = QCoreApplication.translate


def test_summary(progress: TestProgress) -> str:
    """Return the summary beside a test's chart, which is also its accessible description."""
    if progress.latest is None:
        return translate("Fitness", "No results yet.")
    told = [line for line in rated_text(progress.latest) if line]
    series = progress.series
    if series.normal and series.fall_risk_at is not None:
        told.append(
            translate(
                "Fitness",
                "In the chart the shaded band is the normal range for your age, and the dashed "
                "line the limit for a higher chance of falling.",
            )
        )
    elif series.normal:
        told.append(
            translate("Fitness", "In the chart the shaded band is the normal range for your age.")
        )
    elif series.fall_risk_at is not None:
        told.append(
            translate(
                "Fitness",
                "In the chart the dashed line is the limit for a higher chance of falling.",
            )
        )
    if series.other:
        told.append(
            translate(
                "Fitness",
                "The second line, in another colour, shows results with another dumbbell than "
                "the test asks. They are not compared with the normal range.",
            )
        )
    return " ".join(told)


def exercise_name_load(
    series_kind: EquipmentKind, value: float, steps: tuple[BandStep, ...]
) -> str:
    """Return a load value of a series in words: '3 kg' or 'red band, doubled'."""
    if series_kind is EquipmentKind.DUMBBELL:
        return translate("Fitness", "{kg} kg").format(kg=number(value))
    step = next((step for step in steps if step.value == value), None)
    if step is None:
        return ""
    return band_step_name(step)


def band_step_name(step: BandStep) -> str:
    """Return a band on the load axis in words."""
    colour = BandColour(step.colour) if step.colour in _COLOURS else BandColour.OTHER
    name = band_name(colour, step.label)
    return translate("Wording", "{band}, doubled").format(band=name) if step.doubled else name


_COLOURS = frozenset(colour.value for colour in BandColour)


def exercise_summary(progress: ExerciseProgress, measure: Measure = Measure.REPS) -> str:
    """Return the summary beside an exercise's chart."""
    series = progress.series
    latest = progress.last
    if latest is None:
        return translate("Fitness", "No sets recorded yet.")
    parts = [
        translate("Fitness", "Last time, on {when}, your best set was {count}.").format(
            count=count_text(int(latest.value), measure), when=short_date(latest.day)
        )
    ]
    change = progress.load_change
    if change is not None and change.earlier is not None and change.better is not None:
        now = exercise_name_load(series.kind, change.latest.value, series.band_steps)
        then = exercise_name_load(series.kind, change.earlier.value, series.band_steps)
        text = (
            translate("Fitness", "Heavier than in {when}: now {now}, then {then}.")
            if change.better
            else translate("Fitness", "Lighter than in {when}: now {now}, then {then}.")
        )
        parts.append(text.format(when=month_text(change.earlier.day), now=now, then=then))
    elif series.load:
        parts.append(
            translate("Fitness", "Load now: {now}.").format(
                now=exercise_name_load(series.kind, series.load[-1].value, series.band_steps)
            )
        )
    return " ".join(parts)


def adherence_summary(adherence: Adherence) -> str:
    """Return the summary beside the weekly chart."""
    parts = [translate("Fitness", "Sessions this week: {count}.").format(count=adherence.this_week)]
    if adherence.streak == 1:
        parts.append(translate("Fitness", "You trained in the last week."))
    elif adherence.streak > 1:
        parts.append(
            translate("Fitness", "You trained {weeks} weeks in a row.").format(
                weeks=adherence.streak
            )
        )
    parts.append(translate("Fitness", "Once a week is what counts."))
    if adherence.best_streak > adherence.streak and adherence.best_streak > 1:
        parts.append(
            translate("Fitness", "Your longest run: {weeks} weeks in a row.").format(
                weeks=adherence.best_streak
            )
        )
    return " ".join(parts)


def pain_summary(points: tuple[Point, ...]) -> str:
    """Return the summary beside the pain chart, which also says what its shaded zones mean."""
    if not points:
        return translate("Fitness", "No pain recorded yet.")
    recent = points[-6:]
    highest = int(max(point.value for point in recent))
    text = translate("Fitness", "Highest pain in your recent sessions: {pain} out of 10.").format(
        pain=highest
    )
    if highest <= PAIN_SAFE_MAX:
        verdict = translate("Fitness", "Pain up to 2 is safe while training.")
    elif highest <= PAIN_ACCEPTABLE_MAX:
        verdict = translate(
            "Fitness",
            "Pain up to 5 is acceptable if it is back to its usual level the next morning "
            "(Silbernagel et al., 2007).",
        )
    else:
        verdict = translate(
            "Fitness",
            "That is more than the training should cause. Talk about it with your GP or "
            "physiotherapist.",
        )
    zones = translate(
        "Fitness",
        "In the chart, the shaded zone from 0 to 5 is acceptable pain; "
        "the darker part from 0 to 2 is safe.",
    )
    return " ".join((text, verdict, zones))


def everyday_sentence(item: TaskProgress, exercise_name: str) -> str:
    """Return progress in one everyday task, for the home screen."""
    task = task_name(item.task)
    if item.test is not None and item.test.latest is not None:
        latest = item.test.latest
        result = latest.result
        sentence = translate("Fitness", "{task}: {result} in your latest test.").format(
            task=task, result=short_result(result.test_id, result.value, result.used_arms)
        )
        change = item.test.change
        if change is not None and change.earlier is not None and change.better is not None:
            text = (
                translate("Fitness", "Better than in {when}.")
                if change.better
                else translate("Fitness", "Not quite as good as in {when}.")
            )
            sentence += " " + text.format(when=month_text(change.earlier.day))
        return sentence
    assert item.exercise is not None
    change = item.exercise.load_change
    series = item.exercise.series
    if change is not None and change.earlier is not None and change.better:
        return translate(
            "Fitness", "{task}: {exercise} went from {then} to {now} since {when}."
        ).format(
            task=task,
            exercise=exercise_name,
            then=exercise_name_load(series.kind, change.earlier.value, series.band_steps),
            now=exercise_name_load(series.kind, change.latest.value, series.band_steps),
            when=month_text(change.earlier.day),
        )
    now = (
        exercise_name_load(series.kind, series.load[-1].value, series.band_steps)
        if series.load
        else ""
    )
    return translate("Fitness", "{task}: {exercise} with {now}. Keep it up.").format(
        task=task, exercise=exercise_name, now=now
    )
