"""How a countdown reads on screen, shared by the warm-up, cool-down and rest timers."""

from __future__ import annotations


def clock_text(seconds: int) -> str:
    """Return seconds as m:ss."""
    return f"{seconds // 60}:{seconds % 60:02d}"
