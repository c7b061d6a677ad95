"""Finish and check a frozen bundle: strip it (Linux), check what is inside, weigh it, run it.

Usage, from the repository root after PyInstaller:
    python packaging/check_bundle.py dist/sterkblijven

Exits non-zero when something the app needs is missing, the frozen program's own --self-test
fails, or (on Linux, where CI measures it) the bundle is over its size budget. Prints what
takes the room either way.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src" / "sterkblijven"
BUDGET_BYTES = 180_000_000  # the unpacked bundle, in MB of 10^6 bytes
SELF_TEST_SECONDS = 600
# numpy's libraries break when stripped (see the platform notes): they are left as built.
NOT_STRIPPED = ("numpy", "numpy.libs")


def program(bundle: Path) -> Path:
    """Return the frozen program (the console one on Windows, which reports to CI)."""
    for name in ("sterkblijven-cli.exe", "sterkblijven.exe", "sterkblijven"):
        if (bundle / name).is_file():
            return bundle / name
    raise SystemExit(f"check_bundle: no program in {bundle}")


def internal(bundle: Path) -> Path:
    """Return the folder that holds the libraries and data."""
    inside = bundle / "_internal"
    return inside if inside.is_dir() else bundle


def strip_libraries(bundle: Path) -> None:
    """Strip symbols from Linux shared libraries (libpython shrinks from 23 to 6 MB)."""
    if not sys.platform.startswith("linux"):
        return
    strip = shutil.which("strip")
    if strip is None:
        raise SystemExit("check_bundle: 'strip' is missing; install binutils")
    libraries = [
        path
        for path in internal(bundle).rglob("*.so*")
        if path.is_file()
        and not path.is_symlink()
        and path.relative_to(internal(bundle)).parts[0] not in NOT_STRIPPED
    ]
    for library in libraries:
        subprocess.run([strip, "--strip-unneeded", str(library)], check=True)


def missing_parts(bundle: Path) -> list[str]:
    """Return what the app needs that is not in the bundle."""
    inside = internal(bundle)
    package = inside / "sterkblijven"
    wanted = [
        package / "i18n" / "sterkblijven_nl.qm",
        package / "assets" / "icon" / "sterkblijven.svg",
    ]
    for folder in ("catalogue", "protocols", "precautions", "pictures", "styles"):
        for item in (SOURCE / "assets" / folder).iterdir():
            if item.is_file():
                wanted.append(package / "assets" / folder / item.name)
    for script in (SOURCE / "storage" / "migrations" / "versions").glob("*.py"):
        wanted.append(package / "storage" / "migrations" / "versions" / script.name)
    missing = [str(path.relative_to(bundle)) for path in wanted if not path.is_file()]
    found = {path.name for path in inside.rglob("*") if path.is_file()}
    if "qtbase_nl.qm" not in found:
        missing.append("Qt's Dutch translation (qtbase_nl.qm)")
    platform_plugins = {
        "linux": ("libqxcb.so", "libqoffscreen.so"),
        "win32": ("qwindows.dll", "qoffscreen.dll"),
        "darwin": ("libqcocoa.dylib", "libqoffscreen.dylib"),
    }
    system = "linux" if sys.platform.startswith("linux") else sys.platform
    for plugin in platform_plugins.get(system, ()):
        if plugin not in found:
            missing.append(f"Qt platform plugin {plugin}")
    return missing


def weigh(bundle: Path) -> tuple[int, list[tuple[int, str]]]:
    """Return the bundle's size in bytes and what takes the most room."""
    total = 0
    groups: Counter[str] = Counter()
    inside = internal(bundle)
    for path in bundle.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        size = path.stat().st_size
        total += size
        relative = path.relative_to(inside) if inside in path.parents else path.name
        parts = Path(relative).parts
        if parts[0] == "PySide6" and len(parts) > 2:
            group = "/".join(parts[:3]) if parts[1] == "Qt" else f"PySide6/{parts[-1]}"
        elif len(parts) > 1:
            group = parts[0] + "/"
        else:
            group = parts[0]
        groups[group] += size
    largest = [(size, name) for name, size in groups.most_common(15)]
    return total, largest


def self_test(bundle: Path) -> bool:
    """Run the frozen program's --self-test offscreen; return whether it passed."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as home:
        # The frozen program must not read or write the real user's files.
        environment.update(HOME=home, XDG_DATA_HOME=home, XDG_CONFIG_HOME=home)
        result = subprocess.run(
            [str(program(bundle)), "--self-test"],
            env=environment,
            capture_output=True,
            text=True,
            timeout=SELF_TEST_SECONDS,
            check=False,
        )
    print(
        (result.stdout + result.stderr).strip().splitlines()[-1]
        if result.stdout or result.stderr
        else ""
    )
    if result.returncode != 0:
        print(result.stdout, result.stderr, sep="\n", file=sys.stderr)
    return result.returncode == 0


def reaches_server_driver(bundle: Path) -> bool:
    """Return whether the frozen program loads the PostgreSQL driver and its libpq.

    It is asked to export from a server in a folder where none runs: with the driver it says
    that no server answers there; without it, that the database cannot be used.
    """
    with tempfile.TemporaryDirectory() as home:
        environment = {**os.environ, "HOME": home, "XDG_DATA_HOME": home, "XDG_CONFIG_HOME": home}
        url = f"postgresql+psycopg://nobody:none@/sterkblijven?host={home}"
        result = subprocess.run(
            [str(program(bundle)), "export", "--out", f"{home}/out.json", "--database-url", url],
            env=environment,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    said = (result.stdout + result.stderr).strip()
    print(f"practice server driver: {said}")
    return "no server answers" in said


def main(argv: list[str]) -> int:
    """Check the bundle named on the command line; return the exit code."""
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    bundle = Path(argv[0])
    strip_libraries(bundle)
    problems = [f"missing: {part}" for part in missing_parts(bundle)]
    total, largest = weigh(bundle)
    verdict = "within" if total <= BUDGET_BYTES else "OVER"
    budget = f"{BUDGET_BYTES / 1e6:.0f} MB"
    print(f"bundle: {total / 1e6:.1f} MB unpacked, {verdict} the budget of {budget}")
    for size, name in largest:
        print(f"  {size / 1e6:6.1f} MB  {name}")
    # The budget is set for the Linux bundle CI builds; Windows and macOS ship Qt differently
    # (no ICU data, frameworks), and their installers are checked by the workflow instead.
    if total > BUDGET_BYTES and sys.platform.startswith("linux"):
        problems.append(f"{total / 1e6:.1f} MB is over the budget of {budget}")
    if not reaches_server_driver(bundle):
        problems.append("the frozen program cannot load the practice server's driver (libpq)")
    if not self_test(bundle):
        problems.append("the frozen program's --self-test failed")
    for problem in problems:
        print(f"check_bundle: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
