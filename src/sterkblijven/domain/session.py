"""A training session: what was recorded, what comes next, and the safety rules on pain.

Sources: effort on the OMNI-RES 0-10 scale behind the five
RISE words (Colado et al. 2018, 2020); pain monitoring 0-2 safe, 3-5 acceptable, above 5 too
much (Silbernagel et al. 2007); stop signals from physiotherapy guidance on joints.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sterkblijven.domain.model import Load, RoutineExercise

PAIN_SAFE_MAX = 2  # up to this, pain is safe while training
PAIN_ACCEPTABLE_MAX = 5  # above this the exercise stops
PAIN_LOW_MAX = 3  # up to this, progression may go on
BEGINNER_SESSIONS = 4  # the first weeks at one session a week: stop 2-3 short of failure


class Effort(enum.IntEnum):
    """The five effort words, valued on OMNI-RES 0-10 (RISE scale, rounded)."""

    EASY = 1
    LIGHT = 4
    MODERATE = 6
    HARD = 8
    MAXIMAL = 10


class StopSignal(enum.StrEnum):
    """Signs during exercise that mean: stop this exercise and seek advice."""

    SHARP_PAIN = "sharp_pain"
    SWELLING_OR_WARMTH = "swelling_or_warmth"
    LOCKING_OR_GIVING_WAY = "locking_or_giving_way"


class PainPlace(enum.StrEnum):
    """Where it hurts, in the words people use."""

    KNEE = "knee"
    HIP = "hip"
    BACK = "back"
    SHOULDER = "shoulder"
    HAND_OR_WRIST = "hand_or_wrist"
    NECK = "neck"
    ELSEWHERE = "elsewhere"


class SessionStatus(enum.StrEnum):
    """Where a session stands."""

    IN_PROGRESS = "in_progress"
    FINISHED = "finished"
    ENDED_EARLY = "ended_early"
    CLOSED = "closed"  # left unfinished and closed as it was on a later start


class SkipReason(enum.StrEnum):
    """Why an exercise was skipped."""

    CHOSEN = "chosen"
    PAIN = "pain"
    UNAVAILABLE = "unavailable"  # the exercise is no longer in the catalogue
    # Rest for the day after a pain event in another exercise (kept, so a resumed session
    # keeps it): a stop signal at a knee or hip ends the standing leg and balance work ...
    LEGS_REST = "legs_rest"
    # ... and pain above 5 or a stop signal at a joint ends what loads that joint.
    JOINT_REST = "joint_rest"


class JointFeeling(enum.StrEnum):
    """The next-day answer: joints compared with usual."""

    BETTER = "better"
    SAME = "same"
    WORSE = "worse"


@dataclass(frozen=True, slots=True)
class SetRecord:
    """One confirmed set, with the load as it was used."""

    exercise_id: str
    set_number: int
    load: Load
    reps: int
    reached_failure: bool
    effort: Effort | None
    pain: int | None
    pain_place: PainPlace | None
    stop_signals: frozenset[StopSignal]
    recorded_at: datetime
    id: int | None = None

    @property
    def must_stop(self) -> bool:
        """Return True when pain or a stop signal means this exercise stops now."""
        return must_stop(self.pain, self.stop_signals)


def must_stop(pain: int | None, signals: frozenset[StopSignal]) -> bool:
    """Return True for pain above 5 or any stop signal: pain rules win over everything."""
    return bool(signals) or (pain is not None and pain > PAIN_ACCEPTABLE_MAX)


@dataclass(frozen=True, slots=True)
class ExerciseProgress:
    """One exercise of the routine within a session: its sets so far and whether it ended."""

    position: int
    item: RoutineExercise
    sets: tuple[SetRecord, ...] = ()
    skipped: SkipReason | None = None

    @property
    def done(self) -> bool:
        """Return True when all sets are recorded, or the exercise was skipped or stopped."""
        stopped = any(record.must_stop for record in self.sets)
        finished = len(self.sets) >= self.item.sets
        return self.skipped is not None or stopped or finished or self.item.paused


class StepKind(enum.StrEnum):
    """The kinds of step a session moves through."""

    WARMUP = "warmup"
    EXERCISE = "exercise"
    COOLDOWN = "cooldown"
    DONE = "done"


@dataclass(frozen=True, slots=True)
class NextStep:
    """What the person does next: a phase, or a set of one exercise."""

    kind: StepKind
    position: int | None = None  # the exercise's place in the routine
    set_number: int | None = None


@dataclass(frozen=True, slots=True)
class SessionState:
    """A running or finished session, complete enough to resume it anywhere."""

    id: int
    trainee_id: int
    started_at: datetime
    status: SessionStatus
    warmup_done: bool
    cooldown_done: bool
    exercises: tuple[ExerciseProgress, ...]
    beginner: bool = False
    finished_at: datetime | None = None
    undone: tuple[SetRecord, ...] = field(default=())
    back_after_break: bool = False  # the first session after two weeks or more away

    @property
    def stop_short(self) -> bool:
        """Return True when sets stop 2-3 repetitions short of failure: new, or back."""
        return self.beginner or self.back_after_break

    def next_step(self) -> NextStep:
        """Return what comes next: warm-up, the first unfinished exercise, cool-down, or done."""
        if self.status is not SessionStatus.IN_PROGRESS:
            return NextStep(StepKind.DONE)
        if not self.warmup_done:
            return NextStep(StepKind.WARMUP)
        for progress in self.exercises:
            if not progress.done:
                return NextStep(StepKind.EXERCISE, progress.position, len(progress.sets) + 1)
        if not self.cooldown_done:
            return NextStep(StepKind.COOLDOWN)
        return NextStep(StepKind.DONE)

    def progress_at(self, position: int) -> ExerciseProgress:
        """Return the exercise at a place in the routine."""
        for progress in self.exercises:
            if progress.position == position:
                return progress
        raise KeyError(position)

    def all_sets(self) -> list[SetRecord]:
        """Return every confirmed set in the order recorded."""
        return sorted(
            (record for p in self.exercises for record in p.sets), key=lambda r: r.recorded_at
        )

    def last_set(self) -> SetRecord | None:
        """Return the most recently confirmed set, if any."""
        records = self.all_sets()
        return records[-1] if records else None


def is_beginner(finished_sessions: int) -> bool:
    """Return True in the first weeks, when sets stop 2-3 repetitions short of failure."""
    return finished_sessions < BEGINNER_SESSIONS


def best_reps(records: Sequence[SetRecord]) -> int | None:
    """Return the most repetitions in one set, or None without sets."""
    return max((record.reps for record in records), default=None)


# Warm-up and cool-down: gentle guided movements, about five and three minutes (Fragala et al.
# 2019 recommend both around a session). The UI holds the words for each code.
WARMUP = (
    ("march_on_the_spot", 60),
    ("shoulder_rolls", 45),
    ("arm_swings", 45),
    ("heel_raises_holding_chair", 45),
    ("knee_lifts_seated", 45),
    ("easy_sit_to_stand", 60),
)
COOLDOWN = (
    ("slow_walk", 60),
    ("calf_stretch", 40),
    ("chest_opener", 40),
    ("deep_breathing", 60),
)
# After a knee or hip gave a stop signal the leg rests for the day: no walking or standing.
SEATED_COOLDOWN = (
    ("shoulder_rolls", 45),
    ("chest_opener", 40),
    ("deep_breathing", 60),
)
