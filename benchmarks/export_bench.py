"""Export and import of a practice's data: seconds and peak memory of the JSON of everyone.

``measure_export(people, years)`` fills a fresh data folder with ``people`` persons of ``years``
of synthetic history each in one child process, then times the export in a second child that
does nothing else, so that its peak memory (ru_maxrss) is the export's own: the figure a
carer's computer needs. ``measure_import(people, years)`` reads such an export into a fresh
data folder in a child of its own. Run on its own with ``python benchmarks/export_bench.py 20 10``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

GOAL_SECONDS = 5.0  # 20 people x 10 years
GOAL_PEAK_MIB = 200.0
HISTORY_END = "2026-11-16T10:00:00"
SOURCE = Path(__file__).resolve().parents[1] / "src"

FILL = """
import json, sys, time
from datetime import datetime
from pathlib import Path
from sterkblijven.paths import DataPaths
from sterkblijven.storage import open_folder
from sterkblijven.storage.synthetic.people import generate_people

paths = DataPaths(Path(sys.argv[1]))
paths.ensure()
database = open_folder(paths)
started = time.perf_counter()
made = generate_people(
    database, int(sys.argv[2]), years=float(sys.argv[3]), end=datetime.fromisoformat(sys.argv[4])
)
seconds = time.perf_counter() - started
database.close()
print(json.dumps({"seconds": seconds, "sets": sum(size.sets for _, size in made)}))
"""

# The peak memory of the process that runs it, for measured children to print. Linux keeps it
# per program (VmHWM); ru_maxrss would also count the parent's memory, which a child started
# from a large process inherits across exec.
PEAK = """
def peak_kib():
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""

EXPORT = (
    PEAK
    + """
import json, resource, sys, time
from datetime import datetime
from pathlib import Path
from sterkblijven.paths import DataPaths
from sterkblijven.services.exchange import Exchange
from sterkblijven.storage import open_folder

paths = DataPaths(Path(sys.argv[1]))
database = open_folder(paths)
exchange = Exchange(database, paths.backups, datetime.now)
usage = resource.getrusage(resource.RUSAGE_SELF)
before = peak_kib()
started = time.perf_counter()
summary = exchange.write_json(Path(sys.argv[2]))
seconds = time.perf_counter() - started
after = resource.getrusage(resource.RUSAGE_SELF)
cpu = after.ru_utime + after.ru_stime - usage.ru_utime - usage.ru_stime
database.close()
print(json.dumps({"seconds": seconds, "cpu_seconds": cpu, "before_kib": before,
                  "peak_kib": peak_kib(), "people": summary.people, "sets": summary.sets}))
"""
)


IMPORT = (
    PEAK
    + """
import json, sys, time
from datetime import datetime
from pathlib import Path
from sterkblijven.paths import DataPaths
from sterkblijven.services.exchange import Conflict, Exchange
from sterkblijven.storage import open_folder

paths = DataPaths(Path(sys.argv[1]))
paths.ensure()
database = open_folder(paths)
exchange = Exchange(database, paths.backups, datetime.now)
before = peak_kib()
started = time.perf_counter()
plan = exchange.read(Path(sys.argv[2]))
read_seconds = time.perf_counter() - started
read_peak = peak_kib()
summary = exchange.apply(plan, {person.index: Conflict.KEEP_BOTH for person in plan.people})
seconds = time.perf_counter() - started
database.close()
print(json.dumps({"read_seconds": read_seconds, "seconds": seconds, "before_kib": before,
                  "read_peak_kib": read_peak, "peak_kib": peak_kib(), "people": summary.added,
                  "sets": summary.sets}))
"""
)


def _child(script: str, *args: str) -> dict[str, float]:
    env = dict(os.environ)
    # The code beside this file, also when another copy of the app is installed.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(SOURCE), env.get("PYTHONPATH"))))
    result = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=1800,
    )
    figures: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def measure_export(people: int, years: int) -> dict[str, float]:
    """Return the export's seconds and peak memory (KiB) for ``people`` x ``years`` of history.

    Keys: export_seconds, export_cpu_seconds (the processor time it took: on a busy machine
    the wall-clock seconds include waiting for a turn), export_peak_kib (the export child's
    ru_maxrss: the program, its data opened and the export), before_export_kib (the same
    child just before the export), fill_seconds (making the history), sets, file_mib.
    """
    with tempfile.TemporaryDirectory(prefix="sterkblijven-export-bench-") as folder:
        data = Path(folder) / "data"
        fill = _child(FILL, str(data), str(people), str(years), HISTORY_END)
        target = Path(folder) / "everyone.json"
        export = _child(EXPORT, str(data), str(target))
        size = target.stat().st_size
    return {
        "export_seconds": export["seconds"],
        "export_cpu_seconds": export["cpu_seconds"],
        "export_peak_kib": export["peak_kib"],
        "before_export_kib": export["before_kib"],
        "fill_seconds": fill["seconds"],
        "sets": fill["sets"],
        "file_mib": size / 2**20,
    }


def measure_import(people: int, years: int) -> dict[str, float]:
    """Return the seconds and peak memory (KiB) of importing ``people`` x ``years`` of history.

    The history is made and exported as for measure_export, then read into a fresh data folder
    in a child that does nothing else. Keys: read_seconds and read_peak_kib (checking the file,
    the plan), import_seconds and import_peak_kib (reading and then writing everyone in, the
    backup before it included), before_import_kib (the child just before), sets, file_mib.
    """
    with tempfile.TemporaryDirectory(prefix="sterkblijven-import-bench-") as folder:
        data = Path(folder) / "data"
        fill = _child(FILL, str(data), str(people), str(years), HISTORY_END)
        source = Path(folder) / "everyone.json"
        _child(EXPORT, str(data), str(source))
        read_in = _child(IMPORT, str(Path(folder) / "other"), str(source))
        size = source.stat().st_size
    return {
        "read_seconds": read_in["read_seconds"],
        "read_peak_kib": read_in["read_peak_kib"],
        "import_seconds": read_in["seconds"],
        "import_peak_kib": read_in["peak_kib"],
        "before_import_kib": read_in["before_kib"],
        "sets": fill["sets"],
        "file_mib": size / 2**20,
    }


def main(argv: list[str]) -> int:
    """Print the figures for the people and years given (default: 1 and 20 people, 10 years)."""
    sizes = [(int(argv[0]), int(argv[1]))] if len(argv) == 2 else [(1, 10), (20, 10)]
    for people, years in sizes:
        figures = measure_export(people, years)
        peak_mib = figures["export_peak_kib"] / 1024
        verdict = ""
        if (people, years) == (20, 10):
            meets = figures["export_seconds"] <= GOAL_SECONDS and peak_mib <= GOAL_PEAK_MIB
            verdict = f" (goal {GOAL_SECONDS:.0f} s, {GOAL_PEAK_MIB:.0f} MiB: "
            verdict += "meets)" if meets else "misses)"
        print(
            f"export {people} x {years} years: {figures['export_seconds']:.2f} s "
            f"({figures['export_cpu_seconds']:.2f} s of processor time), "
            f"peak {peak_mib:.0f} MiB (before the export {figures['before_export_kib'] / 1024:.0f}"
            f" MiB), {figures['sets']:.0f} sets, file {figures['file_mib']:.0f} MiB, "
            f"filled in {figures['fill_seconds']:.1f} s{verdict}"
        )
        read_in = measure_import(people, years)
        print(
            f"import {people} x {years} years: reading {read_in['read_seconds']:.2f} s, "
            f"peak {read_in['read_peak_kib'] / 1024:.0f} MiB; reading and writing "
            f"{read_in['import_seconds']:.2f} s, peak {read_in['import_peak_kib'] / 1024:.0f} MiB"
            f" (before the import {read_in['before_import_kib'] / 1024:.0f} MiB), "
            f"file {read_in['file_mib']:.0f} MiB"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
