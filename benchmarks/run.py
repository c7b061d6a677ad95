"""Benchmarks: each figure beside a baseline measured in the same run (these machines are noisy).

Run with ``make bench``; ``--json FILE`` also writes every figure as JSON. Measurements only:
nothing here fails on a time.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sterkblijven.services.training import Training

RUNS = 5
IDLE_SECONDS = 10.0
GOALS = {
    "startup_ratio": 3.0,  # home with a year of history / bare PySide6 window
    "home_peak_mib": 120.0,
    "record_set_median_ms": 15.0,
    "idle_timer_events": 0,
    "progress_open_ms": 150.0,
    "progress_redraw_ms": 50.0,
}
HISTORY_YEARS = 10
HISTORY_END = "2026-11-16T10:00:00"

BARE_WINDOW = """
import resource, sys, time
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
window = QWidget()
window.resize(1100, 820)
window.show()
app.processEvents()
print("shown", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
"""

APP_HOME = """
import resource, sys
from pathlib import Path
from sterkblijven.app import build, make_qt_app
app = make_qt_app(sys.argv[:1])
context = build(app, Path(sys.argv[1]), report=print)
context.window.start()
context.window.show()
app.processEvents()
print("shown", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
"""

IDLE = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

class Counter(QObject):
    timers = 0
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Timer:
            Counter.timers += 1
        return False

if sys.argv[1] == "bare":
    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.show()
else:
    from sterkblijven.app import build, make_qt_app
    app = make_qt_app(sys.argv[:1])
    context = build(app, Path(sys.argv[1]), report=print)
    context.window.start()
    context.window.show()
app.processEvents()
counter = Counter()
app.installEventFilter(counter)
cpu = time.process_time()
QTimer.singleShot(int(float(sys.argv[2]) * 1000), app.quit)
app.exec()
# The single-shot timer that ends the measurement is one timer event of its own.
print("idle", Counter.timers - 1, round((time.process_time() - cpu) * 1000, 1), flush=True)
"""


PROGRESS = """
import statistics, sys, time
from datetime import datetime
from pathlib import Path
from sterkblijven.app import build, make_qt_app
from sterkblijven.services.fitness import FitnessTests

end = datetime.fromisoformat(sys.argv[2])
trainee = int(sys.argv[3])
app = make_qt_app(sys.argv[:1])
context = build(app, Path(sys.argv[1]), report=print, clock=lambda: end, speech_engine="mock")
window = context.window
window.resize(1100, 820)
window.start()
window.show()
app.processEvents()
# The day's backups start after the first paint, beside the window; with ten years of history
# they take a while. They are timed on their own and waited for, so that what follows times
# the progress screen and not the disk.
backup_start = time.perf_counter()
while window.background.thread is None and time.perf_counter() - backup_start < 10:
    app.processEvents()
window.background.wait()
backups_ms = (time.perf_counter() - backup_start) * 1000

def painted():
    app.processEvents()
    window.repaint()  # paints everything visible now, before the clock is read

def timed(action):
    start = time.perf_counter()
    action()
    painted()
    return (time.perf_counter() - start) * 1000

cold = timed(window.show_progress)
warm = []
for _ in range(7):
    window.show_home()
    painted()
    warm.append(timed(window.show_progress))
fitness = FitnessTests(context.database, lambda: end)
redraw = []
for index in range(7):
    fitness.record(trainee, "chair_stand_30s", 11 + index % 3)
    redraw.append(timed(window.pages.progress.refresh))
points = len(fitness.results(trainee, "chair_stand_30s"))

# The baseline: a bare pyqtgraph plot of as many points, opened and redrawn the same way.
import numpy as np
import pyqtgraph as pg
x = np.arange(points, dtype=float)
holder = {}

def bare_open():
    plot = pg.PlotWidget()
    plot.resize(window.size())
    holder["curve"] = plot.plot(x, x % 7, pen=pg.mkPen(width=4), symbol="o", symbolSize=14)
    holder["plot"] = plot
    plot.show()
    app.processEvents()
    plot.repaint()

def bare_redraw():
    holder["curve"].setData(x, (x + 1) % 7)
    app.processEvents()
    holder["plot"].repaint()

bare_open_ms = []
for _ in range(7):
    start = time.perf_counter()
    bare_open()
    bare_open_ms.append((time.perf_counter() - start) * 1000)
    holder["plot"].close()
bare_open()
bare_redraw_ms = []
for _ in range(7):
    start = time.perf_counter()
    bare_redraw()
    bare_redraw_ms.append((time.perf_counter() - start) * 1000)
print(
    "progress", round(cold, 1), round(statistics.median(warm), 1),
    round(statistics.median(redraw), 1), round(statistics.median(bare_open_ms), 1),
    round(statistics.median(bare_redraw_ms), 1), points, round(backups_ms, 1), flush=True,
)
context.close()
"""


def make_long_history(folder: Path) -> tuple[int, dict[str, int]]:
    """Fill a data folder with ten years of synthetic history; return trainee id and counts."""
    from datetime import datetime

    from sterkblijven.paths import DataPaths
    from sterkblijven.storage import open_folder
    from sterkblijven.storage.synthetic.history import generate_history

    paths = DataPaths(folder)
    paths.ensure()
    database = open_folder(paths)
    trainee, size = generate_history(
        database, years=HISTORY_YEARS, end=datetime.fromisoformat(HISTORY_END)
    )
    database.close()
    return trainee, {
        "sets": size.sets,
        "sessions": size.sessions,
        "test_results": size.test_results,
    }


def measure_progress(folder: Path, trainee: int) -> list[float]:
    """Return the progress screen's figures (ms) and the baseline's, from a child process."""
    result = subprocess.run(
        [sys.executable, "-c", PROGRESS, str(folder), HISTORY_END, str(trainee)],
        capture_output=True,
        text=True,
        env=child_env(),
        check=True,
        timeout=300,
    )
    line = next(line for line in result.stdout.splitlines() if line.startswith("progress"))
    return [float(value) for value in line.split()[1:]]


def child_env() -> dict[str, str]:
    """Return the environment for measured child processes: offscreen Qt."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def time_to_shown(script: str, *args: str) -> tuple[float, int]:
    """Start a child and return seconds until it reports its window shown, and its peak KiB.

    The clock stops when the "shown" line arrives, not when the child has exited: closing the
    program is not part of starting it.
    """
    with tempfile.TemporaryFile(mode="w+") as errors:
        start = time.perf_counter()
        with subprocess.Popen(
            [sys.executable, "-c", script, *args],
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
            env=child_env(),
        ) as child:
            watchdog = threading.Timer(120, child.kill)  # a child that hangs ends the wait
            watchdog.start()
            try:
                assert child.stdout is not None
                shown = None
                for line in child.stdout:
                    if line.startswith("shown"):
                        shown = time.perf_counter() - start, int(line.split()[1])
                        break
                child.stdout.read()
                code = child.wait()
            finally:
                watchdog.cancel()
        if shown is None or code != 0:
            errors.seek(0)
            raise RuntimeError(f"the measured program failed ({code}):\n{errors.read()[-2000:]}")
    return shown


def make_history(folder: Path) -> int:
    """Fill a data folder with one trainee and a year of weekly sessions; return set count."""
    from datetime import datetime, timedelta

    from sterkblijven.domain.bands import theraband_ladder
    from sterkblijven.domain.model import Sex
    from sterkblijven.domain.session import Effort, JointFeeling, StepKind
    from sterkblijven.paths import DataPaths
    from sterkblijven.services.catalogue import load_catalogue
    from sterkblijven.services.onboarding import FirstRunAnswers, Onboarding
    from sterkblijven.services.training import SetInput, open_training
    from sterkblijven.storage import open_folder

    moment = [datetime(2025, 11, 3, 10, 0)]

    def clock() -> datetime:
        return moment[0]

    paths = DataPaths(folder)
    paths.ensure()
    database = open_folder(paths)
    answers = FirstRunAnswers(
        "Riet",
        "1948",
        Sex.FEMALE,
        frozenset(),
        False,
        (1.0, 2.0, 3.0),
        theraband_ladder()[1:5],
        "nl",
    )
    trainee = Onboarding(database, load_catalogue(), clock).complete(answers).trainee.id
    database.close()
    assert trainee is not None
    training = open_training(folder, clock)
    sets = 0
    for week in range(52):
        moment[0] = datetime(2025, 11, 3, 10, 0) + timedelta(weeks=week)
        state = training.finish_warmup(training.start(trainee).id)
        while (step := state.next_step()).kind is StepKind.EXERCISE:
            assert step.position is not None
            moment[0] += timedelta(minutes=3)
            entry = SetInput(18 + week % 8, True, Effort.HARD, 1)
            state = training.record_set(state.id, step.position, entry)
            sets += 1
        training.finish(state.id)
        moment[0] += timedelta(days=1)
        prompt = training.checkin_due(trainee)
        if prompt is not None:
            training.record_checkin(trainee, prompt.session_id, JointFeeling.SAME, False)
    training.close()
    return sets


def time_set_recording(training: Training, trainee: int, count: int = 60) -> list[float]:
    """Return the ms of each of ``count`` sets recorded, going on from session to session."""
    from sterkblijven.domain.session import StepKind
    from sterkblijven.services.training import SetInput

    times: list[float] = []
    while len(times) < count:
        state = training.resume(trainee) or training.start(trainee)
        if not state.warmup_done:
            state = training.finish_warmup(state.id)
        step = state.next_step()
        if step.kind is not StepKind.EXERCISE or step.position is None:
            training.finish(state.id)
            continue
        start = time.perf_counter()
        training.record_set(state.id, step.position, SetInput(22, True, pain=1))
        times.append((time.perf_counter() - start) * 1000)
    return times


def measure_record_set(folder: Path) -> tuple[float, float]:
    """Return the median ms of a durable set commit, and of a bare SQLite commit beside it."""
    import sqlite3
    from datetime import datetime

    from sterkblijven.paths import DataPaths
    from sterkblijven.services.health import readiness_due
    from sterkblijven.services.home import Home
    from sterkblijven.services.training import open_training
    from sterkblijven.storage import open_folder

    trainee = 1
    # A year after the history's last health check the app asks it again before a session;
    # answered here as the person would at home.
    database = open_folder(DataPaths(folder))
    with database.transaction() as tx:
        due = readiness_due(tx, trainee, datetime.now())
    if due is not None:
        Home(database, datetime.now).record_readiness(trainee, frozenset(), confirmed=False)
    database.close()
    training = open_training(folder)
    times = time_set_recording(training, trainee)
    training.close()
    connection = sqlite3.connect(folder / "baseline.sqlite3")
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE t (a INTEGER)")
    baseline = []
    for index in range(60):
        start = time.perf_counter()
        connection.execute("INSERT INTO t VALUES (?)", (index,))
        connection.commit()
        baseline.append((time.perf_counter() - start) * 1000)
    connection.close()
    return statistics.median(times), statistics.median(baseline)


def measure_record_set_server() -> tuple[float, float] | str:
    """Return median ms of a set and of a bare commit on a local PostgreSQL server, or why not.

    The server is a throwaway cluster on a Unix socket that flushes to disk as a real one does.
    """
    from datetime import datetime

    from sterkblijven.domain.model import Sex
    from sterkblijven.services.catalogue import load_catalogue
    from sterkblijven.services.onboarding import FirstRunAnswers, Onboarding
    from sterkblijven.services.training import Training
    from sterkblijven.storage import open_database
    from sterkblijven.storage.server import add_carer, init_server

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.postgres import ThrowawayServer, find_server

    programs = find_server()
    if isinstance(programs, str):
        return programs
    server = ThrowawayServer(programs, durable=True)
    try:
        server.start()
        name = server.create_database("bench")
        init_server(server.url(name))  # as the practice's administrator sets it up
        # A carer's own login, so that row security is at work as in a practice.
        password = add_carer(server.url(name), "Bench")
        database = open_database(server.url(name, "Bench", password))
        catalogue = load_catalogue()
        answers = FirstRunAnswers(
            "Riet", "1948", Sex.FEMALE, frozenset(), False, (1.0, 2.0, 3.0), (), "nl"
        )
        trainee = Onboarding(database, catalogue, datetime.now).complete(answers).trainee.id
        assert trainee is not None
        training = Training(database, catalogue, datetime.now)
        times = time_set_recording(training, trainee)
        database.close()
        import psycopg

        baseline = []
        with psycopg.connect(server.conninfo(name)) as connection:
            connection.execute("CREATE TABLE t (a integer)")
            connection.commit()
            for index in range(60):
                start = time.perf_counter()
                connection.execute("INSERT INTO t VALUES (%s)", (index,))
                connection.commit()
                baseline.append((time.perf_counter() - start) * 1000)
        return statistics.median(times), statistics.median(baseline)
    finally:
        server.stop()


def idle(target: str) -> tuple[int, float]:
    """Return timer events and CPU ms over the idle period on the first screen."""
    result = subprocess.run(
        [sys.executable, "-c", IDLE, target, str(IDLE_SECONDS)],
        capture_output=True,
        text=True,
        env=child_env(),
        check=True,
        timeout=120,
    )
    line = next(line for line in result.stdout.splitlines() if line.startswith("idle"))
    _word, timers, cpu = line.split()
    return int(timers), float(cpu)


def verdict(met: bool) -> str:
    """Return the word for a goal met or missed."""
    return "meets" if met else "MISSES"


def main() -> int:
    """Measure, print each figure with its baseline and goal, and optionally write JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    options = parser.parse_args()
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="sterkblijven-bench-") as folder:
        data = Path(folder) / "data"
        sets = make_history(data)
        results["history"] = {"weeks": 52, "sets": sets}
        bare = [time_to_shown(BARE_WINDOW) for _ in range(RUNS)]
        home = [time_to_shown(APP_HOME, str(data)) for _ in range(RUNS)]
        bare_s = statistics.median(t for t, _ in bare)
        home_s = statistics.median(t for t, _ in home)
        ratio = home_s / bare_s
        home_mib = max(kib for _, kib in home) / 1024
        bare_mib = max(kib for _, kib in bare) / 1024
        results["startup"] = {"home_s": home_s, "bare_window_s": bare_s, "ratio": ratio}
        results["home_peak_mib"] = {"home": home_mib, "bare_window": bare_mib}
        print(f"history: 52 weekly sessions, {sets} sets")
        print(
            f"start to home: {home_s * 1000:.0f} ms, bare PySide6 window {bare_s * 1000:.0f} ms,"
            f" ratio {ratio:.2f} (goal <= {GOALS['startup_ratio']}:"
            f" {verdict(ratio <= GOALS['startup_ratio'])})"
        )
        print(
            f"peak memory on home: {home_mib:.0f} MiB, bare window {bare_mib:.0f} MiB"
            f" (goal <= {GOALS['home_peak_mib']:.0f} MiB:"
            f" {verdict(home_mib <= GOALS['home_peak_mib'])})"
        )
        record_ms, commit_ms = measure_record_set(data)
        results["record_set_ms"] = {"median": record_ms, "bare_sqlite_commit": commit_ms}
        print(
            f"recording a set: median {record_ms:.2f} ms, bare SQLite commit {commit_ms:.2f} ms,"
            f" ratio {record_ms / commit_ms:.1f} (goal <= {GOALS['record_set_median_ms']:.0f} ms:"
            f" {verdict(record_ms <= GOALS['record_set_median_ms'])})"
        )
        on_server = measure_record_set_server()
        if isinstance(on_server, str):
            results["record_set_server_ms"] = {"skipped": on_server}
            print(f"recording a set on a local PostgreSQL server: not measured ({on_server})")
        else:
            server_ms, server_commit_ms = on_server
            results["record_set_server_ms"] = {
                "median": server_ms,
                "bare_postgresql_commit": server_commit_ms,
                "sqlite_median": record_ms,
            }
            print(
                f"recording a set on a local PostgreSQL server (Unix socket, fsync on): median"
                f" {server_ms:.2f} ms, bare PostgreSQL commit {server_commit_ms:.2f} ms, ratio"
                f" {server_ms / server_commit_ms:.1f}; beside SQLite's {record_ms:.2f} ms"
                f" (goal <= {GOALS['record_set_median_ms']:.0f} ms:"
                f" {verdict(server_ms <= GOALS['record_set_median_ms'])})"
            )
        app_timers, app_cpu = idle(str(data))
        bare_timers, bare_cpu = idle("bare")
        results["idle"] = {
            "seconds": IDLE_SECONDS,
            "home_timer_events": app_timers,
            "home_cpu_ms": app_cpu,
            "bare_timer_events": bare_timers,
            "bare_cpu_ms": bare_cpu,
        }
        print(
            f"idle {IDLE_SECONDS:.0f} s on home: {app_timers} timer events, {app_cpu:.0f} ms CPU;"
            f" bare window {bare_timers} events, {bare_cpu:.0f} ms CPU"
            f" (goal: no timer events: {verdict(app_timers <= GOALS['idle_timer_events'])})"
        )
        trainee, size = make_long_history(Path(folder) / "ten-years")
        cold, warm, redraw, bare_open, bare_redraw, points, backups_ms = measure_progress(
            Path(folder) / "ten-years", trainee
        )
        results["progress_screen"] = {
            "history": size,
            "first_open_ms": cold,
            "open_ms": warm,
            "redraw_after_result_ms": redraw,
            "bare_plot_open_ms": bare_open,
            "bare_plot_redraw_ms": bare_redraw,
            "points": points,
            "days_backups_after_first_paint_ms": backups_ms,
        }
        print(
            f"history for the progress screen: {HISTORY_YEARS} years, {size['sets']} sets,"
            f" {size['sessions']} sessions, {size['test_results']} test results"
        )
        print(
            f"progress screen to first paint, first opening (loads pyqtgraph): {cold:.0f} ms"
            f" (goal <= {GOALS['progress_open_ms']:.0f} ms:"
            f" {verdict(cold <= GOALS['progress_open_ms'])}); later openings {warm:.0f} ms"
            f" ({verdict(warm <= GOALS['progress_open_ms'])}); bare pyqtgraph plot of"
            f" {points:.0f} points {bare_open:.0f} ms, ratio {warm / bare_open:.1f}"
        )
        print(
            f"the day's two backups of that history, beside the window after its first paint:"
            f" done {backups_ms:.0f} ms after it (no goal; measured so that it is seen)"
        )
        print(
            f"progress redraw after a new result: {redraw:.0f} ms, bare plot setData"
            f" {bare_redraw:.1f} ms, ratio {redraw / max(bare_redraw, 0.1):.1f}"
            f" (goal <= {GOALS['progress_redraw_ms']:.0f} ms:"
            f" {verdict(redraw <= GOALS['progress_redraw_ms'])})"
        )
    if options.json is not None:
        options.json.parent.mkdir(parents=True, exist_ok=True)
        options.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        print(f"figures written to {options.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
