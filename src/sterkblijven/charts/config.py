"""pyqtgraph's global options, set once before the first plot, from the app's theme colours."""

from __future__ import annotations

# PySide6 first, so pyqtgraph binds to it rather than searching for another Qt binding.
import PySide6.QtCore  # noqa: F401

# isort: split
import pyqtgraph

_configured: list[tuple[str, str]] = []


def configure(background: str, foreground: str) -> bool:
    """Set pyqtgraph's options for these colours; return False if they were already set."""
    if _configured and _configured[-1] == (background, foreground):
        return False
    pyqtgraph.setConfigOptions(
        antialias=True,  # thick lines for older eyes need smoothing to stay legible
        background=background,
        foreground=foreground,
        useOpenGL=False,
        exitCleanup=False,
    )
    _configured.append((background, foreground))
    return True
