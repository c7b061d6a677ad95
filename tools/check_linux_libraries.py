"""Before `make run` on Linux: name a missing system library Qt's window needs, and how to get it.

Without one of the X11 libraries Qt's xcb platform plugin links to (libxcb-icccm4, for example),
Qt stops with "Could not load the Qt platform plugin xcb" and a hint that names the plugin, not
the library, which sends people looking in the wrong place. `ldd` on the plugin lists exactly the
libraries that cannot be found; this script names them with the Debian or Ubuntu package that
holds them. It changes nothing and is silent when all is there. Exit status 1 when something is
missing, else 0 (also on other systems, without ldd, or for another Qt platform).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

# The xcb plugin's system libraries (Qt's "Qt for X11 Requirements", and what `ldd` lists for
# PySide6's libqxcb.so), each with the Debian and Ubuntu package that holds it.
PACKAGES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
}


def xcb_plugin() -> Path | None:
    """Return PySide6's xcb platform plugin, found without loading Qt, or None."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def missing_libraries(ldd_output: str) -> list[str]:
    """Return the libraries `ldd` could not find, in its order, each once."""
    found: list[str] = []
    for line in ldd_output.splitlines():
        name, _, rest = line.strip().partition(" => ")
        if rest.strip().startswith("not found") and name not in found:
            found.append(name)
    return found


def advice(missing: list[str]) -> str:
    """Return what to tell the person: the libraries missing and the command that installs them."""
    known = sorted({PACKAGES[name] for name in missing if name in PACKAGES})
    unknown = [name for name in missing if name not in PACKAGES]
    lines = [
        "sterkblijven cannot open its window yet: Qt needs "
        + ("this system library" if len(missing) == 1 else "these system libraries")
        + ", which are not installed:",
        *(f"  {name}" for name in missing),
    ]
    if known:
        lines += [
            "On Debian or Ubuntu, install them with:",
            "  sudo apt-get install " + " ".join(known),
        ]
    if unknown:
        lines.append(
            "To find the package that holds "
            + ", ".join(unknown)
            + " on Debian or Ubuntu: apt-file search <name>; elsewhere, your package manager."
        )
    return "\n".join(lines)


def run_ldd(plugin: Path) -> str:
    """Return what `ldd` says about the plugin."""
    return subprocess.run(
        ["ldd", str(plugin)], capture_output=True, text=True, check=False, timeout=30
    ).stdout


def check(
    platform: str,
    qt_platform: str,
    plugin: Path | None,
    ldd: Callable[[Path], str] | None,
    say: Callable[[str], None],
) -> int:
    """Return 1 and say what to install when the xcb plugin misses a library; else 0, silently."""
    if not platform.startswith("linux") or plugin is None or ldd is None:
        return 0
    # Another platform (offscreen, wayland) was chosen on purpose: the xcb plugin is not used.
    if qt_platform and not qt_platform.startswith("xcb"):
        return 0
    missing = missing_libraries(ldd(plugin))
    if not missing:
        return 0
    say(advice(missing))
    return 1


def main() -> int:
    """Check this machine, as `make run` does before starting the app."""
    ldd = run_ldd if shutil.which("ldd") else None
    qt_platform = os.environ.get("QT_QPA_PLATFORM", "")
    return check(
        sys.platform, qt_platform, xcb_plugin(), ldd, lambda text: print(text, file=sys.stderr)
    )


if __name__ == "__main__":
    sys.exit(main())
