"""Hard kills (SIGKILL) at random moments lose nothing confirmed and leave usable data.

A zygote process (tests/services/killer_child.py) imports the services once and forks a
fresh child per kill; each child plays a scripted stretch of work on its own copy of a
prepared data folder, and dies at an event drawn from a seeded random generator. One script
is training (200 kills while recording sets, finishing or ending sessions, backing up); the
other is upkeep (60 kills while an updated app migrates data an earlier version left, while
a backup is put back, and while a backup is put back over damaged data). Replay one failure
with the seed and run it names: ``STERKBLIJVEN_KILL_SEED=<seed> STERKBLIJVEN_KILL_ONLY=<run>
pytest <this file>`` (add ``-k upkeep`` for the upkeep script).
"""

from __future__ import annotations

import bisect
import contextlib
import itertools
import math
import os
import platform
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import pytest

from sterkblijven.domain.backups import (
    KEEP,
    BackupKind,
    parse_backup_name,
    parse_partial_name,
)
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.session import SessionStatus
from sterkblijven.paths import DATABASE_NAME, DataPaths
from sterkblijven.services import training as training_service
from sterkblijven.services.backups import (
    ABANDONED_AFTER,
    RECOVERABLE,
    Backups,
    data_gone,
    list_backups,
    restore_folder,
    usable_backups,
)
from sterkblijven.services.training import StepKind, open_training
from sterkblijven.storage import DatabaseProblem, open_database, open_folder
from sterkblijven.storage.database import RESTORING, SCHEMA_HEAD, check_backup, sqlite_url
from sterkblijven.storage.recognition import inspect_file
from tests.clocks import ManualClock
from tests.services import killer_child
from tests.services.killer_child import (
    GARBAGE,
    OLD_REVISION,
    PHASES,
    SCRIPT_DAYS,
    START,
    UPKEEP_PHASES,
)

pytestmark = [
    pytest.mark.subprocess,
    pytest.mark.skipif(
        not hasattr(os, "fork") or not hasattr(signal, "SIGKILL"),
        reason="needs fork() and SIGKILL (POSIX); Windows has neither",
    ),
]

SEED = int(os.environ.get("STERKBLIJVEN_KILL_SEED", "20261118"))
KILLS = int(os.environ.get("STERKBLIJVEN_KILLS", "200"))
ONLY = {int(n) for n in os.environ.get("STERKBLIJVEN_KILL_ONLY", "").split(",") if n}
# Where the kills go: the phases differ a lot in how many events they hold (a backup copy is
# few Python calls but long C ones), so each phase gets its share of the kill points.
SHARES = {"open": 0.1, "record": 0.3, "finish": 0.3, "backup": 0.3}
UPKEEP_KILLS = int(os.environ.get("STERKBLIJVEN_UPKEEP_KILLS", "60"))
UPKEEP_SHARES = {"migrate": 0.4, "restore": 0.35, "rescue": 0.25}
# Besides the random kills, the upkeep test dies once just before each of these calls: every
# file copy, rename and sync of an update and a restore, where a half-done step shows.
TARGETED = frozenset({"sendfile", "replace", "fsync"})
# A kill inside a C call comes this many microseconds after the call began (or at its end).
DELAY_US = (5, 1500)
# The checks run on the script's last day, in the evening.
CHECKED_AT = START + timedelta(days=SCRIPT_DAYS[-1], hours=10)
RUNNING = (StepKind.WARMUP, StepKind.EXERCISE, StepKind.COOLDOWN)


@dataclass(frozen=True, slots=True)
class Run:
    """One kill: its number, its event, the delay inside a C call, and where counting starts."""

    index: int
    point: int
    delay_us: int = 0
    wake_line: int = 0
    wake_count: int = 0

    def order(self) -> str:
        """Return the line that asks the zygote for this run."""
        fields = (self.point, self.delay_us, self.wake_line, self.wake_count)
        return f"{self.index:04d} {' '.join(str(number) for number in fields)}\n"

    def replay(self) -> str:
        """Return how to run this kill again, alone."""
        inside = f" (+{self.delay_us} us into the C call)" if self.delay_us else ""
        return (
            f"seed {SEED}, run {self.index}, kill point {self.point}{inside}; replay with"
            f" STERKBLIJVEN_KILL_SEED={SEED} STERKBLIJVEN_KILL_ONLY={self.index}"
        )


@dataclass
class Outcome:
    """What a child wrote on its stdout before it died."""

    sets: set[tuple[int, int, int, int]] = field(default_factory=set)
    finished: set[int] = field(default_factory=set)
    ended: set[int] = field(default_factory=set)
    backups: list[Path] = field(default_factory=list)
    said: list[tuple[str, int | None]] = field(default_factory=list)  # what, at which event
    marks: list[tuple[str, int | None]] = field(default_factory=list)  # phase, first event
    io: list[int] = field(default_factory=list)  # events that call IO_CALLS (calibration)
    io_names: dict[int, str] = field(default_factory=dict)  # and the function each calls
    kill: list[str] = field(default_factory=list)
    leftovers: int = 0  # half-written backups found after the kill
    resumed: str = ""  # where the session went on after the kill

    @property
    def phase(self) -> str:
        """Return the phase the child was in when it died."""
        return self.marks[-1][0] if self.marks else "start"

    @property
    def where(self) -> str:
        """Return how the kill fell: at an event, inside a C call, or at that call's return."""
        how = [line.split()[1] for line in self.kill]
        return "after" if "after" in how else how[0] if how else "unknown"


def read_outcome(out: Path) -> Outcome:
    """Read the lines a child wrote; a last line cut off by the kill confirms nothing."""
    outcome = Outcome()
    for line in out.read_text().splitlines(keepends=True):
        if not line.endswith("\n"):
            continue
        word, *rest, at = line.split()
        event = None if at == "@-" else int(at.removeprefix("@"))
        if word == "io":
            assert event is not None
            outcome.io.append(event)
            outcome.io_names[event] = rest[0]
            continue
        if word == "kill":
            outcome.kill.append(line.strip())
            continue
        outcome.said.append((word, event))
        if word == "set":
            a, b, c, d = (int(part) for part in rest)
            outcome.sets.add((a, b, c, d))
        elif word == "finished":
            outcome.finished.add(int(rest[0]))
        elif word == "ended":
            outcome.ended.add(int(rest[0]))
        elif word == "backup":
            outcome.backups.append(out.parent / rest[0])  # the child ran in that folder
        elif word == "phase":
            outcome.marks.append((rest[0], event))
    return outcome


def draw_runs(
    calibration: Outcome,
    count: int,
    seed: int,
    shares: dict[str, float] = SHARES,
) -> list[Run]:
    """Draw kill points in each phase: half at any event, half at a C call that does I/O."""
    phases = tuple(shares)
    spans: dict[str, list[range]] = {phase: [] for phase in phases}
    marks = [(phase, event or 0) for phase, event in calibration.marks]
    for (phase, first), (_, after) in itertools.pairwise(marks):
        if phase in spans:
            spans[phase].append(range(first + 1, after + 1))
    generator = random.Random(seed)
    drawn: list[tuple[int, int]] = []
    low, high = (math.log(limit) for limit in DELAY_US)
    for number, phase in enumerate(phases):
        share = count - len(drawn) if number == len(phases) - 1 else round(count * shares[phase])
        events = [event for span in spans[phase] for event in span]
        io = [event for event in calibration.io if any(event in span for span in spans[phase])]
        assert events and io, f"the script never reached the {phase} phase"
        for turn in range(share):
            if turn % 2:
                drawn.append((generator.choice(io), round(math.exp(generator.uniform(low, high)))))
            else:
                drawn.append((generator.choice(events), 0))
    said = [event for _, event in calibration.said if event is not None]
    runs = []
    for index, (point, delay_us) in enumerate(drawn, start=1):
        # Counting starts at the last line the calibration wrote before the kill point.
        wake = bisect.bisect_left(said, point)
        runs.append(Run(index, point, delay_us, wake, said[wake - 1] if wake else 0))
    return runs


@dataclass
class Template:
    """The data folder every child starts from, and the backups in it already checked."""

    folder: Path
    trainee: int
    checked: dict[str, tuple[int, int]]  # backup name: size and modification time


def fixed_addresses() -> list[str]:
    """Return the command prefix that turns address randomization off, where Linux allows it."""
    setarch = shutil.which("setarch")
    if setarch is None:
        return []
    prefix = [setarch, platform.machine(), "-R"]
    trial = subprocess.run([*prefix, "true"], capture_output=True, check=False)
    return prefix if trial.returncode == 0 else []  # not in some containers: replays may drift


class Zygote:
    """The child process that makes the template, then forks one grandchild per kill."""

    def __init__(self, work: Path, jobs: int, script: str) -> None:
        self.work = work
        work.mkdir()
        self._errors = (work / "zygote.err").open("w")
        # The same arguments, hash seed and memory addresses in every session: dictionaries and
        # sets of objects iterate in address order, and that order decides some calls.
        program = [sys.executable, killer_child.__file__, "template", ".", str(jobs), script]
        self.process = subprocess.Popen(
            fixed_addresses() + program,
            cwd=work,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._errors,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": "0"},
            start_new_session=True,  # its process group: every grandchild ends with it
        )
        folder = work / "template"
        ready, _, trainee = self.readline().partition(" ")
        assert ready == "ready", self.problem()
        checked = {}
        for info in list_backups(folder / "backups"):
            check_backup(info.path)
            status = info.path.stat()
            checked[info.path.name] = (status.st_size, status.st_mtime_ns)
        self.template = Template(folder, int(trainee), checked)

    def send(self, runs: list[Run], *, last: bool = False) -> None:
        """Ask for these runs (a point of 0 plays the script to its end); ``last`` says no more."""
        assert self.process.stdin is not None
        for run in runs:
            self.process.stdin.write(run.order())
        self.process.stdin.flush()
        if last:  # the zygote waits for its last children only once it knows
            self.process.stdin.close()

    def done(self) -> tuple[Path, int]:
        """Wait for the next run to end; return its folder and exit code."""
        line = self.readline().split()
        assert len(line) == 3 and line[0] == "done", self.problem()
        return self.work / line[1], int(line[2])

    def readline(self) -> str:
        """Return the zygote's next line."""
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def problem(self) -> str:
        """Return what the zygote wrote on stderr."""
        self._errors.flush()
        return (self.work / "zygote.err").read_text() or "the zygote ended"

    def finish(self) -> None:
        """Let the zygote end once its runs are done."""
        assert self.process.wait(timeout=60) == 0, self.problem()

    def stop(self) -> None:
        """End the zygote and its grandchildren, if they still run."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        self._errors.close()


@contextlib.contextmanager
def zygote(work: Path, script: str = "training") -> Iterator[Zygote]:
    """Start the zygote for a script; stop it, whatever happens."""
    started = Zygote(work, jobs=max(1, min(3, os.cpu_count() or 1)), script=script)
    try:
        yield started
    finally:
        started.stop()


def check_backups(folder: Path, outcome: Outcome, template: Template) -> list[Path]:
    """Check every listed and every confirmed backup; return the half-written leftovers."""
    listed = list_backups(folder)
    for info in listed:
        assert parse_partial_name(info.path.name) is None, f"listed: {info.path.name}"
        status = info.path.stat()
        if template.checked.get(info.path.name) != (status.st_size, status.st_mtime_ns):
            _sound_backup(info.path)
    names = {info.path.name for info in listed}
    for path in outcome.backups:
        name = parse_backup_name(path.name)
        assert name is not None, f"confirmed backup with a foreign name: {path}"
        if path.exists():
            assert path.name in names, f"confirmed backup not listed: {path}"
            continue
        # Only pruning may take a confirmed backup away: enough newer ones of its kind.
        newer = [b for b in listed if b.kind is name.kind and b.made_at > name.made_at]
        assert len(newer) >= KEEP.get(name.kind.value, math.inf), f"confirmed backup lost: {path}"
    others = [item for item in folder.iterdir() if item.name not in names]
    strays = [item.name for item in others if parse_partial_name(item.name) is None]
    assert not strays, f"files in the backups folder that are no backup: {strays}"
    return others


def _sound_backup(path: Path) -> None:
    try:
        check_backup(path)
    except DatabaseProblem as problem:
        pytest.fail(f"listed backup {path.name} fails its check: {problem}")


def check_data(folder: Path, trainee: int, outcome: Outcome, number: int) -> str:
    """Check the database and the confirmations; resume and close the session; say where."""
    with contextlib.closing(sqlite3.connect(folder / DATABASE_NAME)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        stored = set(
            connection.execute(
                "SELECT session_id, position, set_number, reps FROM sets WHERE undone_at IS NULL"
            )
        )
        status = dict(connection.execute("SELECT id, status FROM sessions"))
    assert not outcome.sets - stored, f"confirmed sets lost: {sorted(outcome.sets - stored)}"
    for session in outcome.finished:
        assert status.get(session) == SessionStatus.FINISHED, f"session {session} not finished"
    for session in outcome.ended:
        assert status.get(session) == SessionStatus.ENDED_EARLY, f"session {session} not ended"
    training = open_training(folder, ManualClock(CHECKED_AT))
    try:
        state = training.resume(trainee)
        if state is None:
            return "nothing to resume"
        resumed = state.next_step().kind
        # Killed before the warm-up was confirmed, a session rightly resumes at the warm-up.
        assert resumed in RUNNING, f"resumed at {state.next_step()}"
        assert len(state.all_sets()) == len([s for s in stored if s[0] == state.id])
        # Each way out, in turn: finished, ended early, or closed as it is.
        if number % 3 == 0:
            assert training.finish(state.id).state.status is SessionStatus.FINISHED
        elif number % 3 == 1:
            assert training.end_early(state.id).state.status is SessionStatus.ENDED_EARLY
        else:
            training.close_as_is(state.id)
        assert training.resume(trainee) is None
    finally:
        training.close()
    return f"resumed at the {resumed}"


def open_as_the_app(folder: Path, leftovers: list[Path]) -> None:
    """Open the data as the app starts, long after the kill: the leftovers are cleared."""
    aged = (CHECKED_AT - ABANDONED_AFTER - timedelta(minutes=1)).timestamp()
    for leftover in leftovers:
        if leftover.exists():
            os.utime(leftover, (aged, aged))
    paths = DataPaths(folder)
    database = open_database(sqlite_url(paths.database), paths.backups)
    try:
        Backups(database, paths.backups, ManualClock(CHECKED_AT)).keep_rolling()
    finally:
        database.close()
    left = sorted(item.name for item in leftovers if item.exists())
    assert not left, f"half-written backups never cleared: {left}"


def check_run(
    run: Run, run_dir: Path, code: int, calibration: Outcome, template: Template
) -> Outcome:
    """Check one killed child's data folder against what it confirmed; fail with the replay."""
    outcome = read_outcome(run_dir / "out")
    try:
        ended = f"exit code {code}" + (" (the script ended before its kill point)" * (code == 0))
        assert code == -signal.SIGKILL, (run_dir / "err").read_text() or ended
        # The same events in every child, so that the seed names what ran.
        for (what, event), (expected, at) in zip(outcome.said, calibration.said, strict=False):
            assert what == expected and event in (None, at), f"{what} at event {event}, not {at}"
        folder = run_dir / "data"
        leftovers = check_backups(folder / "backups", outcome, template)
        outcome.resumed = check_data(folder, template.trainee, outcome, run.index)
        open_as_the_app(folder, leftovers)
    except (AssertionError, DatabaseProblem, pytest.fail.Exception) as error:
        where = f"died in the {outcome.phase} phase: {' / '.join(outcome.kill) or 'no kill line'}"
        pytest.fail(f"{run.replay()}\n{where}\n{error}", pytrace=False)
    outcome.leftovers = len(leftovers)
    return outcome


def test_hard_kills_lose_nothing_confirmed_and_leave_usable_data(
    tmp_path: Path, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed at 200 moments in recording, finishing and backing up, nothing confirmed is lost."""
    assert tuple(SHARES) == PHASES
    # The checks open the data 200 times; the catalogue they read each time is the same.
    monkeypatch.setattr(training_service, "load_catalogue", lambda: catalogue)
    phases: Counter[str] = Counter()
    ways: Counter[str] = Counter()
    calls: Counter[str] = Counter()
    resumed: Counter[str] = Counter()
    leftovers = confirmed_sets = confirmed_ends = 0
    with zygote(tmp_path / "work") as children:
        template = children.template
        children.send([Run(0, 0)])
        run_dir, code = children.done()
        assert code == 0, (run_dir / "err").read_text()
        calibration = read_outcome(run_dir / "out")
        assert calibration.marks[-1][0] == "end"
        shutil.rmtree(run_dir)
        runs = [run for run in draw_runs(calibration, KILLS, SEED) if not ONLY or run.index in ONLY]
        by_dir = {f"{run.index:04d}": run for run in runs}
        children.send(runs, last=True)
        for _ in runs:
            run_dir, code = children.done()
            outcome = check_run(by_dir[run_dir.name], run_dir, code, calibration, template)
            shutil.rmtree(run_dir)  # 200 data folders would crowd the temporary folder
            phases[outcome.phase] += 1
            ways[outcome.where] += 1
            if outcome.where in ("inside", "after"):
                calls[f"{outcome.where} {outcome.kill[0].split()[3]}"] += 1
            resumed[outcome.resumed] += 1
            leftovers += outcome.leftovers > 0
            confirmed_sets += len(outcome.sets)
            confirmed_ends += len(outcome.finished | outcome.ended)
        children.finish()
    total = calibration.marks[-1][1]
    print(f"\nseed {SEED}, {total} events: {len(runs)} kills by phase {dict(phases)}; {dict(ways)}")
    print(f"inside a C call or at its return: {dict(calls.most_common())}")
    print(f"kills that left a half-written backup (cleared at the next start): {leftovers}")
    print(
        f"after the kill: {dict(resumed)}; {confirmed_sets} confirmed sets, {confirmed_ends} ends"
    )
    if len(runs) >= 100:  # not when a few kills are replayed
        assert all(phases[phase] for phase in ("record", "finish", "backup")), phases
        if hasattr(os, "pidfd_open"):  # Linux: the killer process can aim inside a call
            assert ways["inside"], "no kill fell inside a C call"
        assert confirmed_sets >= KILLS and confirmed_ends, "the kills fell too early to matter"


Sets = tuple[int, int, str, int]  # a set's session, number, exercise and repetitions


def kept_sets(database: Path) -> set[Sets]:
    """Return every set in a database: its session, number, exercise and repetitions."""
    with contextlib.closing(sqlite3.connect(database)) as connection:
        rows = connection.execute("SELECT session_id, set_number, exercise_id, reps FROM sets")
        return set(rows)


def sound(database: Path) -> None:
    """Check a database file as SQLite sees it: whole, and every reference kept."""
    with contextlib.closing(sqlite3.connect(database)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []


@dataclass
class Upkept:
    """What one kill in the upkeep script left, and what the start after it did."""

    phase: str
    left_at: str  # the revision found, or the problem the start met
    interrupted: bool  # killed before the phase's work was confirmed
    inside_upgrade: bool = False  # the backup before the migration was whole: the upgrade ran
    staged: bool = False  # a half-built restore was left beside the data
    start: str = ""  # how the next start went


def what_the_kill_left(folder: Path, outcome: Outcome) -> tuple[str, bool]:
    """Read the data as the kill left it, changing nothing; return its state and if it is old."""
    database = DataPaths(folder).database
    said = {what for what, _ in outcome.said}
    try:
        revision = inspect_file(database)  # an update cut half-way raises half_migrated here
    except DatabaseProblem as problem:
        # The only damage is the script's own, before the backup was put back over it.
        assert problem.code == "damaged", problem
        assert outcome.phase == "rescue" and "rescued" not in said, f"{problem}, {sorted(said)}"
        return "damaged", False
    assert revision in (OLD_REVISION, SCHEMA_HEAD), revision
    if "migrated" in said:
        assert revision == SCHEMA_HEAD, "a confirmed update went back"
    sound(database)
    return str(revision), revision == OLD_REVISION


def start_as_the_app(folder: Path) -> str:
    """Open the data as a start does, putting back the newest good backup if one is offered."""
    paths = DataPaths(folder)
    code = "missing" if data_gone(paths.database, paths.backups) else None
    if code is None:
        try:
            open_folder(paths).close()
            return "opened"
        except DatabaseProblem as problem:
            assert problem.code in RECOVERABLE, f"a start that cannot go on: {problem}"
            code = problem.code
    offered = usable_backups(paths.backups, 5)
    assert offered, f"{code}, and no backup to offer"
    restore_folder(offered[0].path, paths.database, paths.backups, CHECKED_AT)
    open_folder(paths).close()
    return f"{code}: a backup put back"


def check_upkeep_run(
    run: Run, run_dir: Path, code: int, calibration: Outcome, expected: set[Sets]
) -> Upkept:
    """Check one kill of the upkeep script: the data opens, or a recovery that works is offered."""
    outcome = read_outcome(run_dir / "out")
    folder = run_dir / "data"
    paths = DataPaths(folder)
    try:
        ended = f"exit code {code}" + (" (the script ended before its kill point)" * (code == 0))
        assert code == -signal.SIGKILL, (run_dir / "err").read_text() or ended
        for (what, event), (expected_what, at) in zip(outcome.said, calibration.said, strict=False):
            assert what == expected_what and event in (None, at), f"{what} at {event}, not {at}"
        confirmed = {"migrate": "migrated", "restore": "restored", "rescue": "rescued"}
        said = {what for what, _ in outcome.said}
        left_at, old = what_the_kill_left(folder, outcome)
        staged = paths.database.with_name(paths.database.name + RESTORING)
        upkept = Upkept(
            outcome.phase,
            left_at,
            interrupted=confirmed.get(outcome.phase, "") not in said,
            inside_upgrade=old
            and any(b.kind is BackupKind.BEFORE_MIGRATION for b in list_backups(paths.backups)),
            staged=staged.exists(),
        )
        upkept.start = start_as_the_app(folder)
        sound(paths.database)
        assert inspect_file(paths.database) == SCHEMA_HEAD
        assert kept_sets(paths.database) == expected, "sets lost or changed"
        assert not staged.exists(), "a half-built restore left after the start"
        for path in outcome.backups:  # every backup confirmed is there
            assert path.exists(), f"confirmed backup lost: {path}"
        for info in list_backups(paths.backups):
            if info.path.read_bytes().startswith(GARBAGE[:64]):
                continue  # the damaged data itself, kept byte for byte before the rescue
            check_backup(info.path)
        leftovers = [i for i in paths.backups.iterdir() if parse_partial_name(i.name)]
        open_as_the_app(folder, leftovers)
    except (AssertionError, DatabaseProblem, pytest.fail.Exception) as error:
        where = f"died in the {outcome.phase} phase: {' / '.join(outcome.kill) or 'no kill line'}"
        pytest.fail(f"{run.replay()}\n{where}\n{error}", pytrace=False)
    return upkept


def test_hard_kills_in_upkeep_updates_and_restores_leave_data_that_opens_whole(
    tmp_path: Path,
) -> None:
    """Killed while updating old data, restoring or rescuing, the data opens whole every time."""
    assert tuple(UPKEEP_SHARES) == UPKEEP_PHASES
    phases: Counter[str] = Counter()
    ways: Counter[str] = Counter()
    left: Counter[str] = Counter()
    starts: Counter[str] = Counter()
    migrations = inside_upgrade = restores = staged = 0
    with zygote(tmp_path / "work", "upkeep") as children:
        expected = kept_sets(DataPaths(children.template.folder).database)
        assert expected, "the template holds no sets"
        children.send([Run(0, 0)])
        run_dir, code = children.done()
        assert code == 0, (run_dir / "err").read_text()
        calibration = read_outcome(run_dir / "out")
        assert calibration.marks[-1][0] == "end"
        shutil.rmtree(run_dir)
        drawn = draw_runs(calibration, UPKEEP_KILLS, SEED, UPKEEP_SHARES)
        said = [event for _, event in calibration.said if event is not None]
        targets = sorted(e for e, name in calibration.io_names.items() if name in TARGETED)
        for index, point in enumerate(targets, start=len(drawn) + 1):
            wake = bisect.bisect_left(said, point)
            drawn.append(Run(index, point, 0, wake, said[wake - 1] if wake else 0))
        runs = [run for run in drawn if not ONLY or run.index in ONLY]
        by_dir = {f"{run.index:04d}": run for run in runs}
        children.send(runs, last=True)
        for _ in runs:
            run_dir, code = children.done()
            outcome = read_outcome(run_dir / "out")
            upkept = check_upkeep_run(by_dir[run_dir.name], run_dir, code, calibration, expected)
            shutil.rmtree(run_dir)
            phases[upkept.phase] += 1
            ways[outcome.where] += 1
            left[upkept.left_at] += 1
            starts[upkept.start] += 1
            if upkept.phase == "migrate" and upkept.interrupted:
                migrations += 1
                inside_upgrade += upkept.inside_upgrade
            if upkept.phase in ("restore", "rescue") and upkept.interrupted:
                restores += 1
            staged += upkept.staged
        children.finish()
    summary = (
        f"upkeep kills: {len(runs)} ({len(targets)} just before a copy, rename or sync) "
        f"by phase {dict(phases)}, {dict(ways)}; "
        f"migrations interrupted: {migrations} ({inside_upgrade} inside the upgrade's "
        f"transaction, each left at revision {OLD_REVISION} with its own tables); "
        f"restores interrupted: {restores} ({staged} left a half-built copy, cleared at the "
        f"next start); data left at {dict(left)}; next start: {dict(starts)}; "
        f"{len(expected)} sets in every one, none lost"
    )
    print(f"\nseed {SEED}: {summary}")
    if len(runs) >= 50:  # not when a few kills are replayed
        assert migrations and inside_upgrade and restores and staged and targets, summary
        if hasattr(os, "pidfd_open"):
            assert ways["inside"], f"no kill fell inside a C call: {summary}"
