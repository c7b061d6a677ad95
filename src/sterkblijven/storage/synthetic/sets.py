"""One exercise in a generated session, set by set: repetitions, effort and pain, and their rows."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sterkblijven.domain.model import Measure
from sterkblijven.domain.session import PAIN_ACCEPTABLE_MAX, PAIN_LOW_MAX, Effort
from sterkblijven.storage.synthetic.plan import TARGETS, Track

# A row for a bulk insert: column name to value.
Row = dict[str, object]


@dataclass(slots=True)
class Outcome:
    """What happened to one exercise in a session, set by set."""

    reps: list[int] = field(default_factory=list)
    failures: list[bool] = field(default_factory=list)
    efforts: list[Effort] = field(default_factory=list)
    pains: list[int] = field(default_factory=list)
    places: list[str | None] = field(default_factory=list)
    times: list[datetime] = field(default_factory=list)


def perform(
    rng: random.Random, track: Track, moment: datetime, short: bool, base_pain: int
) -> Outcome:
    """Return how the trainee does the exercise's sets, the first started at ``moment``.

    In a short session (a beginner's, or the first after a break) each set stops a few short.
    """
    high = TARGETS[track.plan.measure][1]
    # A hold ends at the target time; repetitions stop a little above the range.
    limit = high if track.plan.measure is Measure.SECONDS else high + 2
    drop = 4 if track.plan.measure is Measure.SECONDS else 2
    today = track.capacity() * (1 + rng.gauss(0, 0.06))
    hurting = rng.random() < 0.012
    outcome = Outcome()
    for number in range(1, track.plan.sets + 1):
        if number > 1:
            moment += timedelta(seconds=rng.randint(150, 240))
            today -= rng.randint(0, drop)
        reps, failure, effort = _effort(rng, today, limit, short, number == track.plan.sets)
        pain = _pain(rng, base_pain, hurting and number == track.plan.sets)
        place = None
        if pain >= 4 or (pain >= 2 and rng.random() < 0.4):
            place = rng.choice(track.plan.places).value
        outcome.reps.append(max(1, reps))
        outcome.failures.append(failure)
        outcome.efforts.append(effort)
        outcome.pains.append(pain)
        outcome.places.append(place)
        outcome.times.append(moment)
        if pain > PAIN_ACCEPTABLE_MAX:
            break  # pain above 5 stops the exercise, as the session rules say
    return outcome


def _effort(
    rng: random.Random, today: float, limit: int, short: bool, last: bool
) -> tuple[int, bool, Effort]:
    possible = round(today)
    if short:
        return possible - rng.randint(2, 3), False, Effort.MODERATE
    if possible > limit:
        return limit - rng.randint(0, 2), False, rng.choice((Effort.MODERATE, Effort.HARD))
    if rng.random() < 0.12:
        return possible - rng.randint(1, 3), False, rng.choice((Effort.MODERATE, Effort.HARD))
    maximal = rng.random() < (0.45 if last else 0.15)
    return possible, True, Effort.MAXIMAL if maximal else Effort.HARD


def _pain(rng: random.Random, base: int, hurting: bool) -> int:
    if hurting:
        return rng.randint(4, 6)
    return max(0, min(PAIN_LOW_MAX, base + rng.choice((-1, 0, 0, 0, 0, 1))))


def set_rows(track: Track, position: int, outcome: Outcome) -> list[Row]:
    """Return the rows of one exercise's sets, with the load copied as the training service does."""
    load = track.load
    band = load.band
    return [
        {
            "position": position,
            "exercise_id": track.plan.exercise_id,
            "set_number": number,
            "equipment": load.kind.value,
            "load_kg": load.kg,
            "band_colour": None if band is None else band.colour.value,
            "band_label": None if band is None else band.label,
            "band_doubled": load.band_doubled,
            "reps": reps,
            "reached_failure": failure,
            "effort": int(effort),
            "pain": pain,
            "pain_location": place,
            "stop_signals": "",
            "recorded_at": recorded,
            "undone_at": None,
        }
        for number, (reps, failure, effort, pain, place, recorded) in enumerate(
            zip(
                outcome.reps,
                outcome.failures,
                outcome.efforts,
                outcome.pains,
                outcome.places,
                outcome.times,
                strict=True,
            ),
            start=1,
        )
    ]
