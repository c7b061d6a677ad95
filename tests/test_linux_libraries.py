"""`make run` names a missing system library for Qt's window, with the command that installs it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import check_linux_libraries as check_tool

ROOT = Path(__file__).resolve().parent.parent

# What `ldd` says about PySide6's libqxcb.so on a desktop without two of the xcb utilities.
LDD_TWO_MISSING = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f1)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f2)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-shape.so.0 => /lib/x86_64-linux-gnu/libxcb-shape.so.0 (0x00007f3)
"""


def test_a_missing_library_is_named_with_the_command_that_installs_it() -> None:
    """Two missing xcb libraries: both named once, and one apt-get line that installs them."""
    told: list[str] = []
    status = check_tool.check(
        "linux", "", Path("libqxcb.so"), lambda _plugin: LDD_TWO_MISSING, told.append
    )
    assert status == 1
    (text,) = told
    assert "libxcb-icccm.so.4" in text and "libxcb-keysyms.so.1" in text
    assert text.count("libxcb-icccm.so.4") == 1
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in text


def test_a_library_without_a_known_package_is_still_named() -> None:
    """A library the table does not know is named, with how to find its package."""
    text = check_tool.advice(["libsomething-new.so.2"])
    assert "libsomething-new.so.2" in text and "apt-file search" in text
    assert "apt-get install" not in text


@pytest.mark.parametrize(
    ("platform", "qt_platform"), [("darwin", ""), ("win32", ""), ("linux", "offscreen")]
)
def test_other_systems_and_other_qt_platforms_are_not_checked(
    platform: str, qt_platform: str
) -> None:
    """On macOS, Windows, or with another Qt platform chosen, nothing is said and all is well."""
    told: list[str] = []
    status = check_tool.check(
        platform, qt_platform, Path("libqxcb.so"), lambda _plugin: LDD_TWO_MISSING, told.append
    )
    assert (status, told) == (0, [])


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("ldd") is None, reason="Linux with ldd"
)
def test_on_this_machine_the_check_runs_and_agrees_with_ldd() -> None:
    """The script finds PySide6's real xcb plugin; it fails exactly when ldd misses a library."""
    plugin = check_tool.xcb_plugin()
    assert plugin is not None and plugin.name == "libqxcb.so"
    missing = check_tool.missing_libraries(check_tool.run_ldd(plugin))
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "check_linux_libraries.py")],
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin"},
        timeout=60,
    )
    assert result.returncode == (1 if missing else 0)
    assert all(name in result.stderr for name in missing)
