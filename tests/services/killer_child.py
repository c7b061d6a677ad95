"""Scripted work on a data folder that kills itself hard (SIGKILL) at a chosen moment.

Run as a program (``killer_child.py <template> <work> <jobs> [training|upkeep]``), this is a
"zygote": it imports the services once (never Qt), makes the template data folder
(``prepare``) and says ``ready <trainee>``. Its script is ``training`` (recording sets,
finishing or ending sessions, backing up) or ``upkeep``: the template is first taken back to
``OLD_REVISION``, as an earlier version left it, and the script starts the updated app on it
(a backup, then the upgrade), puts a backup back, then damages the data as a failing disk
would and puts the newest good backup back over it. Then it reads runs from
stdin, one a line: ``<index> <point> <delay_us> <line> <count>``. For each run it forks a
fresh child, which works in ``<work>/<index>``: it copies the template to ``data`` there and
plays the script on it, counting events. At event ``<point>`` the child dies by SIGKILL.
When that event is the call of a C function that writes (a commit, a backup copy, a file
move; for upkeep also each statement of a migration), the child dies inside that call
instead: a killer process kills it ``<delay_us>`` microseconds after the call began, or the
child kills itself when the call returns first.
Point 0 plays the whole script and is waited for before the next line is read: the
calibration. After each run the zygote prints ``done <index> <returncode>``.

Events are everything ``sys.setprofile`` sees: calls and returns of Python and C functions,
also of a progress handler that SQLite calls every few virtual-machine instructions, so that
moments inside statements (an integrity check, an insert) count too. Counting costs time, so
a child counts only from its ``<line>``-th output line on, where the calibration counted
``<count>`` events. With the garbage collector off, every child of one zygote makes the
same calls. With the same relative paths, a fixed hash seed and (where Linux allows turning
address randomization off) the same memory addresses, so does every zygote: a seed and a
point name one moment, from one test session to the next.

The child writes to its stdout (``<work>/<index>/out``), each line ending in ``@<event>``
(``@-`` where it does not count): ``phase <name>`` before each phase; only after the call
that commits has returned, ``set <session> <position> <set> <reps>``, ``finished
<session>``, ``ended <session>``, ``backup <path>``, and for upkeep ``migrated``,
``restored``, ``damaged`` and ``rescued``; and just before it dies, ``kill <how> <event>
<function>``. The calibration also writes ``io <function>`` at each call of IO_CALLS (or
UPKEEP_IO_CALLS), the moments worth dying inside.
"""

from __future__ import annotations

import contextlib
import gc
import os
import shutil
import signal
import sqlite3
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from types import FrameType
from typing import Any

from alembic import command
from alembic.config import Config

from sterkblijven.domain.backups import BackupKind
from sterkblijven.domain.bands import theraband_ladder
from sterkblijven.domain.model import Sex
from sterkblijven.paths import DataPaths
from sterkblijven.services.backups import Backups, restore_folder, usable_backups
from sterkblijven.services.catalogue import load_catalogue
from sterkblijven.services.onboarding import FirstRunAnswers, Onboarding
from sterkblijven.services.training import SetInput, StepKind, Training
from sterkblijven.storage import open_database
from sterkblijven.storage.database import MIGRATIONS_DIR, make_engine, sqlite_url
from sterkblijven.storage.recognition import revision_schemas

# The script's calendar: its rounds fall on these days after START, the template's before it.
START = datetime(2026, 11, 18, 10, 0)
HISTORY_DAYS = (-6, -4, -2)
SCRIPT_DAYS = (0, 2)
PHASES = ("open", "record", "finish", "backup")
# The phases of the upkeep script, and the revision its data starts at.
UPKEEP_PHASES = ("migrate", "restore", "rescue")
OLD_REVISION = "0001"
# What the upkeep script writes over the start of the database: a disk's damage, not the app's.
GARBAGE = b"this page was lost to a failing disk\n" * 111
# SQLite calls the progress handler every this many virtual-machine instructions.
PROGRESS_EVERY = 50
# A child that neither dies nor ends within this many seconds is stopped by SIGALRM.
RUN_LIMIT_S = 60
# C functions that write the data or a backup: SQLite's commits, backup copies, connections
# (which may recover a journal) and statements on a connection (the pragmas and integrity
# check of a backup copy), and the file moves and removals of the backup code.
IO_CALLS = frozenset(
    {
        "Connection.backup",
        "Connection.close",
        "Connection.commit",
        "Connection.execute",
        "chmod",
        "connect",
        "replace",
        "unlink",
    }
)
# The upkeep script also dies inside the statements of a migration (which SQLAlchemy runs on
# a cursor), in a raw copy of damaged data, and in the syncs of a restore.
UPKEEP_IO_CALLS = IO_CALLS | {"Cursor.execute", "fsync", "sendfile"}


class StepClock:
    """A clock that moves one second at each reading, so that every run sees the same times."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        """Return the next moment."""
        self.now += timedelta(seconds=1)
        return self.now


def play(
    training: Training,
    backups: Backups,
    clock: StepClock,
    trainee: int,
    days: Sequence[int],
    say: Callable[..., None],
    mark: Callable[[str], None],
) -> None:
    """Train on each day: record sets, finish (or end early), then back up by hand."""
    for number, day in enumerate(days):
        clock.now = START + timedelta(days=day)
        mark("record")
        state = training.resume(trainee) or training.start(trainee)
        if not state.warmup_done:
            state = training.finish_warmup(state.id)
        early = number % 2 == 1  # every other session stops after a few sets
        recorded = 0
        while (step := state.next_step()).kind is StepKind.EXERCISE:
            if early and recorded == 3:
                break
            assert step.position is not None
            entry = SetInput(reps=14 + (step.position + day) % 9, reached_failure=True, pain=1)
            state = training.record_set(state.id, step.position, entry)
            say("set", state.id, step.position, step.set_number, entry.reps)
            recorded += 1
        mark("finish")
        if early:
            training.end_early(state.id)
            say("ended", state.id)
        else:
            training.finish(state.id)  # also the after-session backup and the rolling set
            say("finished", state.id)
        mark("backup")
        for path in backups.keep_rolling():
            say("backup", path)
        say("backup", backups.make())


def prepare(folder: Path) -> int:
    """Make the template: one trainee with a few sessions and their backups; return the id."""
    clock = StepClock(START + timedelta(days=HISTORY_DAYS[0] - 1))
    paths = DataPaths(folder)
    paths.ensure()
    database = open_database(sqlite_url(paths.database), paths.backups)
    answers = FirstRunAnswers(
        "Riet", "1948", Sex.FEMALE, frozenset(), False, (1.0, 2.0), theraband_ladder()[1:3], "nl"
    )
    trainee = Onboarding(database, load_catalogue(), clock).complete(answers).trainee.id
    database.close()
    assert trainee is not None
    training, backups = open_services(folder, clock)
    try:
        play(training, backups, clock, trainee, HISTORY_DAYS, lambda *_: None, lambda _: None)
    finally:
        training.close()
    return trainee


def make_old(folder: Path) -> None:
    """Take the template's database back to OLD_REVISION, as an earlier version left it."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    engine = make_engine(sqlite_url(DataPaths(folder).database))
    with engine.connect() as connection:
        driver = connection.connection.driver_connection
        assert driver is not None
        driver.execute("PRAGMA foreign_keys=OFF")
        with connection.begin():
            config.attributes["connection"] = connection
            command.downgrade(config, OLD_REVISION)
    engine.dispose()


def upkeep(
    folder: Path, clock: StepClock, say: Callable[..., None], mark: Callable[[str], None]
) -> None:
    """Start on old data (a backup, then the upgrade), put a backup back, rescue damaged data."""
    paths = DataPaths(folder)
    mark("migrate")
    database = open_database(sqlite_url(paths.database), paths.backups)
    say("migrated")
    backups = Backups(database, paths.backups, clock)
    before = [b for b in backups.available() if b.kind is BackupKind.BEFORE_MIGRATION]
    mark("restore")
    done = backups.restore(before[0].path)  # at the old revision: migrated as it goes back
    say("backup", done.kept_copy)
    say("restored")
    database.close()
    mark("rescue")
    damage = os.open(paths.database, os.O_WRONLY)
    os.write(damage, GARBAGE[:4096])
    os.close(damage)
    say("damaged")
    newest = usable_backups(paths.backups, 1)[0]
    done = restore_folder(newest.path, paths.database, paths.backups, clock())
    say("backup", done.kept_copy)
    say("rescued")


def open_services(folder: Path, clock: StepClock) -> tuple[Training, Backups]:
    """Open a data folder as ``open_training`` does, keeping hold of its backups."""
    paths = DataPaths(folder)
    paths.ensure()
    database = open_database(sqlite_url(paths.database), paths.backups)
    backups = Backups(database, paths.backups, clock)
    return Training(database, load_catalogue(), clock, backups), backups


# The event counter. Module globals, not an object: the hook runs for every call.
_count = 0
_counting = False
_point = 0
_lines = 0
_wake_line = 0
_wake_count = 0
_NOTHING = object()
_armed: object = _NOTHING  # the C function inside which the killer process is to kill
_killer = -1  # the pipe that starts the killer process
_io_calls = IO_CALLS  # the calls worth dying inside, for the script played


def _say(*parts: object) -> None:
    global _lines, _count, _counting
    _lines += 1
    if _lines == _wake_line:  # the calibration counted this many events up to here
        _count, _counting = _wake_count, True
        sys.setprofile(_hook)
    _write(*parts, f"@{_count}" if _counting else "@-")


def _write(*parts: object) -> None:
    # One write per line, straight to the file: a line is whole or absent after a kill.
    os.write(1, (" ".join(str(part) for part in parts) + "\n").encode())


def _mark(phase: str) -> None:
    _say("phase", phase)


def _hook(_frame: FrameType, event: str, arg: Any) -> None:
    global _count
    _count += 1
    if _count == _point:
        _trip(event, arg)
    elif arg is _armed and (event == "c_return" or event == "c_exception"):
        _die("after", event, arg)


def _calibrating_hook(_frame: FrameType, event: str, arg: Any) -> None:
    global _count
    _count += 1
    if event == "c_call" and (name := _name(arg)) in _io_calls:
        _write("io", name, f"@{_count}")


def _trip(event: str, arg: Any) -> None:
    global _armed
    if event != "c_call" or _killer < 0:
        _die("at", event, arg)
        return
    # Die inside the C call about to run: the killer process kills this one after the delay;
    # if the call returns first, the hook kills at its return.
    os.write(_killer, _name(arg).encode())
    _armed = arg


def _start_killer(delay: float) -> int:
    """Fork a process that, once told, kills this one ``delay`` seconds later; return its pipe."""
    pidfd = os.pidfd_open(os.getpid())  # names this process only, never a reused pid
    told, tell = os.pipe()
    if os.fork() != 0:
        os.close(told)
        os.close(pidfd)
        return tell
    os.close(tell)
    if name := os.read(told, 200).decode():  # nothing: the child ended without a kill
        # Counted out rather than slept: the delay is the random moment itself.
        until = time.perf_counter() + delay
        while time.perf_counter() < until:
            pass
        with contextlib.suppress(ProcessLookupError):  # it died at the call's return
            signal.pidfd_send_signal(pidfd, signal.SIGKILL)
            _write("kill", "inside", "c_call", name, "@-")
    os._exit(0)


def _die(how: str, event: str, arg: Any) -> None:
    _write("kill", how, event, _name(arg) if event.startswith("c_") else "-", f"@{_count}")
    os.kill(os.getpid(), signal.SIGKILL)


def _name(function: Any) -> str:
    return str(getattr(function, "__qualname__", None) or getattr(function, "__name__", "?"))


def _vm_tick() -> None:
    """Let SQLite's virtual machine produce events: each call here is a moment to die."""


def _with_progress(connect: Callable[..., sqlite3.Connection]) -> Callable[..., sqlite3.Connection]:
    def connected(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        connection = connect(*args, **kwargs)
        connection.set_progress_handler(_vm_tick, PROGRESS_EVERY)
        return connection

    return connected


def _child(template: Path, run_dir: Path, trainee: int, run: Sequence[int], script: str) -> None:
    """Play the script in a copy of the template; never return."""
    global _point, _killer, _wake_line, _wake_count, _counting
    point, delay_us, _wake_line, _wake_count = run
    try:
        run_dir.mkdir()
        os.dup2(os.open(run_dir / "out", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600), 1)
        os.dup2(os.open(run_dir / "err", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600), 2)
        os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
        signal.alarm(RUN_LIMIT_S)
        shutil.copytree(template, run_dir / "data")
        # The same paths in every run, wherever the work folder is: path lengths change counts.
        os.chdir(run_dir)
        folder = Path("data")
        # SQLAlchemy's driver and the backup code both connect through these.
        connect = _with_progress(sqlite3.dbapi2.connect)
        sqlite3.connect = sqlite3.dbapi2.connect = connect  # type: ignore[assignment]
        _point = point
        if delay_us and hasattr(os, "pidfd_open"):
            _killer = _start_killer(delay_us / 1e6)
        if point == 0:
            _counting = True
            sys.setprofile(_calibrating_hook)
        elif _wake_line == 0:
            _counting = True
            sys.setprofile(_hook)
        clock = StepClock(START)
        if script == "upkeep":
            upkeep(folder, clock, _say, _mark)
        else:
            _mark("open")
            training, backups = open_services(folder, clock)
            play(training, backups, clock, trainee, SCRIPT_DAYS, _say, _mark)
            training.close()
        _mark("end")
        os._exit(0)
    except BaseException as error:  # anything at all: report it and end this child only
        sys.setprofile(None)
        os.write(2, f"{type(error).__name__}: {error}\n{traceback.format_exc()}".encode())
        os._exit(1)


def serve(template: Path, work: Path, trainee: int, jobs: int, script: str) -> None:
    """Read runs from stdin and fork a child for each, ``jobs`` at a time."""
    running: dict[int, str] = {}

    def reap() -> None:
        pid, status = os.wait()
        index = running.pop(pid)
        print("done", index, os.waitstatus_to_exitcode(status), flush=True)

    # No collections in the children: they would run finalizers at moments that differ with
    # what the counting itself allocates, and so shift the events from one child to another.
    gc.collect()
    gc.freeze()
    gc.disable()
    for line in sys.stdin:
        index, *numbers = line.split()
        run = [int(number) for number in numbers]
        while len(running) >= jobs:
            reap()
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            _child(template, work / index, trainee, run, script)
        running[pid] = index
        if run[0] == 0:  # the calibration: its count decides the rest
            while running:
                reap()
    while running:
        reap()


def main(argv: Sequence[str]) -> int:
    """Make the template, say so with its trainee, and serve runs until stdin ends."""
    global _io_calls
    template, work, jobs = Path(argv[0]), Path(argv[1]), int(argv[2])
    script = argv[3] if len(argv) > 3 else "training"
    # Made here, under the fixed hash seed: even the order of constraints in the schema
    # follows it, and with that the work SQLite does, so the template must not vary.
    trainee = prepare(template)
    if script == "upkeep":
        make_old(template)
        _io_calls = UPKEEP_IO_CALLS
        # Read once here rather than in every child: what each revision's tables are.
        revision_schemas()
    qt = sorted(name for name in sys.modules if name.startswith("PySide6"))
    if qt:
        print("qt-loaded", *qt, flush=True)
        return 1
    print("ready", trainee, flush=True)
    serve(template, work, trainee, jobs, script)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
