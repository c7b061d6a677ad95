"""Benchmarks: each figure beside a baseline measured in the same run (these machines are noisy).

Run with ``make bench``; ``--json FILE`` also writes every figure as JSON. Measurements only:
nothing here fails on a time.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sterkblijven.services.training import Training

sys.path.insert(0, str(Path(__file__).resolve().parent))
from export_bench import PEAK, measure_export, measure_import

PAIRS = 7  # interleaved starts: bare window, app, bare window, app, ...
IDLE_SECONDS = 10.0
GOALS = {
    "startup_ratio": 3.0,  # home painted with a year of history / bare PySide6 window, per pair
    "first_paint_mib": 100.0,
    "settled_mib": 150.0,  # after the day's backups and the charts made ready
    "record_set_median_ms": 15.0,
    "idle_timer_events": 0,
    "progress_open_ms": 150.0,  # first opening in a fresh process, ten years of history
    "progress_redraw_ms": 50.0,  # after a new result, thirty years of history
    "export_seconds": 5.0,  # twenty people with ten years each
    "export_peak_mib": 200.0,
    "bundle_mb": 180.0,
}
HISTORY_YEARS = 10
LONGEST_HISTORY_YEARS = 30
HISTORY_END = "2026-11-16T10:00:00"

# The baseline: a bare PySide6 main window with a label, shown, and closed after its first paint.
BARE_WINDOW = (
    PEAK
    + """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

class Window(QMainWindow):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not Window.painted:
            Window.painted = True
            QApplication.instance().exit(0)

app = QApplication(sys.argv[:1])
window = Window()
window.setCentralWidget(QLabel("sterkblijven"))
window.resize(1100, 820)
window.show()
code = app.exec()
print("peak", peak_kib(), flush=True)
sys.exit(code)
"""
)

# The installed program's own entry point, as `sterkblijven ...` runs it, then its peak memory.
APP = (
    PEAK
    + """
import sys
from sterkblijven.cli import main
code = main(sys.argv[1:])
print("peak", peak_kib(), flush=True)
sys.exit(code)
"""
)

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
    context = build(app, Path(sys.argv[1]), report=print, quick=True)
    context.window.start()
    context.window.settled.connect(app.quit)
    context.window.show()
    app.exec()  # until the work after the first paint is done
    context.window.background.wait()
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
context = build(
    app, Path(sys.argv[1]), report=print, clock=lambda: end, speech_engine="mock", quick=True
)
window = context.window
window.resize(1100, 820)
window.start()
window.settled.connect(app.quit)
window.show()
app.exec()  # home painted, then the use cases, the day's backups and the charts made ready
window.background.wait()  # the backups run beside the window; the disk is not timed here

def painted():
    app.processEvents()
    window.repaint()  # paints everything visible now, before the clock is read

def timed(action):
    start = time.perf_counter()
    action()
    painted()
    return (time.perf_counter() - start) * 1000

first = timed(window.show_progress)
fitness = FitnessTests(context.database, lambda: end)
redraw = []
for index in range(7):
    fitness.record(trainee, "chair_stand_30s", 11 + index % 3)
    redraw.append(timed(window.pages.progress.refresh))
points = len(fitness.results(trainee, "chair_stand_30s"))
print("progress", round(first, 1), round(statistics.median(redraw), 1), points, flush=True)
context.close()
"""


def make_long_history(folder: Path, years: int) -> tuple[int, dict[str, int]]:
    """Fill a data folder with ``years`` of synthetic history; return trainee id and counts."""
    from datetime import datetime

    from sterkblijven.paths import DataPaths
    from sterkblijven.storage import open_folder
    from sterkblijven.storage.synthetic.history import generate_history

    paths = DataPaths(folder)
    paths.ensure()
    database = open_folder(paths)
    trainee, size = generate_history(database, years=years, end=datetime.fromisoformat(HISTORY_END))
    database.close()
    return trainee, {
        "sets": size.sets,
        "sessions": size.sessions,
        "test_results": size.test_results,
    }


def measure_progress(folder: Path, trainee: int, home: Path) -> tuple[float, float, int]:
    """Return the progress screen's first opening and redraw (ms) and the points, in a child."""
    result = subprocess.run(
        [sys.executable, "-c", PROGRESS, str(folder), HISTORY_END, str(trainee)],
        capture_output=True,
        text=True,
        env=child_env(home),
        check=False,
        timeout=600,
    )
    line = next((line for line in result.stdout.splitlines() if line.startswith("progress")), "")
    if result.returncode != 0 or not line:
        raise RuntimeError(f"the progress child failed:\n{result.stderr[-2000:]}")
    first, redraw, points = line.split()[1:]
    return float(first), float(redraw), int(points)


def child_env(home: Path) -> dict[str, str]:
    """Return the environment for measured children: offscreen Qt, settings of their own."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["HOME"] = str(home)  # this computer's settings: a folder of the benchmark's own
    env["XDG_CONFIG_HOME"] = str(home / ".config")
    return env


def run_child(arguments: list[str], home: Path) -> tuple[float, float]:
    """Run a child to its end; return its wall seconds and the peak memory it printed, in MiB."""
    start = time.perf_counter()
    result = subprocess.run(
        arguments, capture_output=True, text=True, env=child_env(home), timeout=120, check=False
    )
    seconds = time.perf_counter() - start
    peak = next((line for line in result.stdout.splitlines() if line.startswith("peak")), "")
    if result.returncode != 0 or not peak:
        raise RuntimeError(
            f"{arguments[1:]} failed ({result.returncode}):\n{result.stderr[-2000:]}"
        )
    return seconds, int(peak.split()[1]) / 1024


def app_command(folder: Path, until: str) -> list[str]:
    """Return the program's command on a data folder, stopping at ``until``."""
    return [sys.executable, "-c", APP, "--data-dir", str(folder), until]


def measure_start(folder: Path, home: Path) -> dict[str, float]:
    """Time start to home painted against a bare window in interleaved pairs, and memory."""
    bare_s: list[float] = []
    app_s: list[float] = []
    ratios: list[float] = []
    first_mib: list[float] = []
    bare_mib: list[float] = []
    command = app_command(folder, "--exit-after-first-paint")
    run_child(command, home)  # once unmeasured: the disk cache warm for both
    for _ in range(PAIRS):
        bare, bare_peak = run_child([sys.executable, "-c", BARE_WINDOW], home)
        app, app_peak = run_child(command, home)
        bare_s.append(bare)
        app_s.append(app)
        ratios.append(app / bare)
        first_mib.append(app_peak)
        bare_mib.append(bare_peak)
    settled = [run_child(app_command(folder, "--exit-when-settled"), home)[1] for _ in range(3)]
    return {
        "app_ms": statistics.median(app_s) * 1000,
        "bare_ms": statistics.median(bare_s) * 1000,
        "ratio": statistics.median(ratios),
        "ratio_min": min(ratios),
        "ratio_max": max(ratios),
        "first_paint_mib": statistics.median(first_mib),
        "bare_mib": statistics.median(bare_mib),
        "settled_mib": statistics.median(settled),
    }


def bundle_mb() -> float | None:
    """Return the unpacked bundle's size in MB (10^6 bytes), or None when it is not built."""
    root = Path(__file__).resolve().parents[1]
    folder = root / "dist" / "sterkblijven"
    if not folder.is_dir():
        return None
    sys.path.insert(0, str(root / "packaging"))
    from check_bundle import weigh  # type: ignore[import-not-found]  # beside the spec

    total: int = weigh(folder)[0]  # the same count as the check after `make package`
    return total / 1e6


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


def idle(target: str, home: Path) -> tuple[int, float]:
    """Return timer events and CPU ms over the idle period on the first screen."""
    result = subprocess.run(
        [sys.executable, "-c", IDLE, target, str(IDLE_SECONDS)],
        capture_output=True,
        text=True,
        env=child_env(home),
        check=True,
        timeout=120,
    )
    line = next(line for line in result.stdout.splitlines() if line.startswith("idle"))
    _word, timers, cpu = line.split()
    return int(timers), float(cpu)


def verdict(met: bool) -> str:
    """Return the word for a goal met or missed."""
    return "meets" if met else "MISSES"


def line(name: str, figure: str, met: bool, goal: str) -> None:
    """Print one figure with its goal and verdict."""
    print(f"{name}: {figure} (goal {goal}: {verdict(met)})")


def main() -> int:
    """Measure, print each figure with its baseline, goal and verdict; optionally write JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    options = parser.parse_args()
    results: dict[str, object] = {}
    # An installed program has its modules compiled already, so the measured one has too.
    compileall.compile_dir(str(Path(__file__).resolve().parents[1] / "src"), quiet=1)
    with tempfile.TemporaryDirectory(prefix="sterkblijven-bench-") as folder:
        root = Path(folder)
        home = root / "home"
        data = root / "data"
        sets = make_history(data)
        results["history"] = {"weeks": 52, "sets": sets}
        print(f"history for the start: 52 weekly sessions, {sets} sets")
        start = measure_start(data, home)
        results["start"] = start
        ratio = start["ratio"]
        line(
            "start to home painted (sterkblijven --exit-after-first-paint)",
            f"{start['app_ms']:.0f} ms, bare PySide6 window {start['bare_ms']:.0f} ms; ratio per"
            f" pair median {ratio:.2f} (from {start['ratio_min']:.2f} to"
            f" {start['ratio_max']:.2f}, {PAIRS} interleaved pairs)",
            ratio <= GOALS["startup_ratio"],
            f"<= {GOALS['startup_ratio']}",
        )
        line(
            "memory at home's first paint",
            f"{start['first_paint_mib']:.0f} MiB, bare window {start['bare_mib']:.0f} MiB",
            start["first_paint_mib"] <= GOALS["first_paint_mib"],
            f"<= {GOALS['first_paint_mib']:.0f} MiB",
        )
        line(
            "memory settled (use cases loaded, the day's backups made, charts made ready)",
            f"{start['settled_mib']:.0f} MiB",
            start["settled_mib"] <= GOALS["settled_mib"],
            f"<= {GOALS['settled_mib']:.0f} MiB",
        )
        app_timers, app_cpu = idle(str(data), home)
        bare_timers, bare_cpu = idle("bare", home)
        results["idle"] = {
            "seconds": IDLE_SECONDS,
            "home_timer_events": app_timers,
            "home_cpu_ms": app_cpu,
            "bare_timer_events": bare_timers,
            "bare_cpu_ms": bare_cpu,
        }
        line(
            f"idle {IDLE_SECONDS:.0f} s on home, once settled",
            f"{app_timers} timer events, {app_cpu:.0f} ms CPU; bare window {bare_timers} events,"
            f" {bare_cpu:.0f} ms CPU",
            app_timers <= GOALS["idle_timer_events"],
            "no wake-ups",
        )
        record_ms, commit_ms = measure_record_set(data)
        results["record_set_ms"] = {"median": record_ms, "bare_sqlite_commit": commit_ms}
        line(
            "a durable set on SQLite (WAL, full sync)",
            f"median {record_ms:.2f} ms, bare SQLite commit {commit_ms:.2f} ms, ratio"
            f" {record_ms / commit_ms:.1f}",
            record_ms <= GOALS["record_set_median_ms"],
            f"<= {GOALS['record_set_median_ms']:.0f} ms",
        )
        on_server = measure_record_set_server()
        if isinstance(on_server, str):
            results["record_set_server_ms"] = {"skipped": on_server}
            print(f"a durable set on a local PostgreSQL server: not measured ({on_server})")
        else:
            server_ms, server_commit_ms = on_server
            results["record_set_server_ms"] = {
                "median": server_ms,
                "bare_postgresql_commit": server_commit_ms,
                "sqlite_median": record_ms,
            }
            line(
                "a durable set on a local PostgreSQL server (Unix socket, fsync on, a carer's"
                " login with row security)",
                f"median {server_ms:.2f} ms, bare PostgreSQL commit {server_commit_ms:.2f} ms,"
                f" ratio {server_ms / server_commit_ms:.1f}; SQLite {record_ms:.2f} ms",
                server_ms <= GOALS["record_set_median_ms"],
                f"<= {GOALS['record_set_median_ms']:.0f} ms",
            )
        progress: dict[str, object] = {}
        for years, goal_key in ((HISTORY_YEARS, "first"), (LONGEST_HISTORY_YEARS, "redraw")):
            history = root / f"{years}-years"
            trainee, size = make_long_history(history, years)
            first, redraw, points = measure_progress(history, trainee, home)
            progress[f"{years}_years"] = {
                "history": size,
                "first_open_ms": first,
                "redraw_after_result_ms": redraw,
                "points": points,
            }
            print(
                f"history for the progress screen: {years} years, {size['sets']} sets,"
                f" {size['sessions']} sessions, {size['test_results']} test results"
            )
            if goal_key == "first":
                line(
                    f"progress screen, first opening in a fresh process ({years} years)",
                    f"{first:.0f} ms",
                    first <= GOALS["progress_open_ms"],
                    f"<= {GOALS['progress_open_ms']:.0f} ms",
                )
            else:
                line(
                    f"progress redraw after a new result ({years} years, {points} points)",
                    f"{redraw:.0f} ms",
                    redraw <= GOALS["progress_redraw_ms"],
                    f"<= {GOALS['progress_redraw_ms']:.0f} ms",
                )
        results["progress_screen"] = progress
        exports: dict[str, object] = {}
        for people in (1, 20):
            figures = measure_export(people, HISTORY_YEARS)
            exports[f"{people}_people"] = figures
            seconds = figures["export_seconds"]
            peak = figures["export_peak_kib"] / 1024
            before = figures["before_export_kib"] / 1024
            held = (
                f"{figures['sets']:.0f} sets, file {figures['file_mib']:.0f} MiB,"
                f" memory before the export {before:.0f} MiB"
            )
            if people == 1:
                print(
                    f"export of 1 person x {HISTORY_YEARS} years: {seconds:.2f} s, peak"
                    f" {peak:.0f} MiB ({held}; no goal of its own: the baseline of the next line)"
                )
                continue
            line(
                f"export of {people} people x {HISTORY_YEARS} years",
                f"{seconds:.2f} s, peak {peak:.0f} MiB ({held})",
                seconds <= GOALS["export_seconds"] and peak <= GOALS["export_peak_mib"],
                f"<= {GOALS['export_seconds']:.0f} s and <= {GOALS['export_peak_mib']:.0f} MiB",
            )
        results["export"] = exports
        imports: dict[str, object] = {}
        for people in (1, 20):
            figures = measure_import(people, HISTORY_YEARS)
            imports[f"{people}_people"] = figures
            print(
                f"import of {people} x {HISTORY_YEARS} years (no goal of its own;"
                f" memory should not grow with the file): checking the file"
                f" {figures['read_seconds']:.1f} s, peak {figures['read_peak_kib'] / 1024:.0f} MiB;"
                f" checking and writing {figures['import_seconds']:.1f} s, peak"
                f" {figures['import_peak_kib'] / 1024:.0f} MiB (file {figures['file_mib']:.0f} MiB,"
                f" memory before {figures['before_import_kib'] / 1024:.0f} MiB)"
            )
        results["import"] = imports
    size_mb = bundle_mb()
    results["bundle_mb"] = size_mb
    if size_mb is None:
        print("unpacked bundle: not built here (make package builds and checks it)")
    else:
        line(
            "unpacked bundle",
            f"{size_mb:.1f} MB",
            size_mb <= GOALS["bundle_mb"],
            f"<= {GOALS['bundle_mb']:.0f} MB",
        )
    if options.json is not None:
        options.json.parent.mkdir(parents=True, exist_ok=True)
        options.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        print(f"figures written to {options.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
