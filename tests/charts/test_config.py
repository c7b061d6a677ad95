"""pyqtgraph is configured once from the theme, and never loaded at start-up."""

from __future__ import annotations

import subprocess
import sys

from sterkblijven.ui.common.theme import HIGH_CONTRAST, STANDARD

STARTUP_PROBE = """
import os, sys, tempfile
from pathlib import Path
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from sterkblijven.app import build, make_qt_app
app = make_qt_app([])
context = build(app, Path(tempfile.mkdtemp()), language="nl", report=print)
context.window.start()
context.window.show()
app.processEvents()
print("pyqtgraph" in sys.modules, "numpy" in sys.modules)
"""


def test_configure_sets_colours_once() -> None:
    """The first call sets the theme's colours; repeating the same theme changes nothing."""
    import pyqtgraph

    from sterkblijven.charts.config import configure

    configure(STANDARD.surface, STANDARD.text)
    assert pyqtgraph.getConfigOption("background") == STANDARD.surface
    assert pyqtgraph.getConfigOption("antialias") is True
    assert configure(STANDARD.surface, STANDARD.text) is False
    assert configure(HIGH_CONTRAST.surface, HIGH_CONTRAST.text) is True
    assert pyqtgraph.getConfigOption("foreground") == HIGH_CONTRAST.text


def test_starting_the_app_does_not_load_pyqtgraph() -> None:
    """Opening the first screen imports neither pyqtgraph nor numpy (they cost start-up time)."""
    result = subprocess.run(
        [sys.executable, "-c", STARTUP_PROBE], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == "False False"
