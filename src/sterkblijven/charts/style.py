"""The style charts draw with: the theme's colours and text size, and strokes that grow with it.

This module does not import pyqtgraph, so the style can be made before any chart is.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont

# Sizes at 100 % text (19 px), scaled with the text: older eyes need bold strokes.
BASE_FONT_PX = 19
_LINE_PX = 4
MARKER_PX = 15
_AXIS_PX = 2
# How see-through the normal range and the acceptable pain zone are.
NORMAL_ALPHA = 0.22


@dataclass(frozen=True, slots=True)
class ChartStyle:
    """The colours and text size a chart draws with, from the app's theme."""

    background: str
    text: str
    line: str
    second: str
    normal_fill: str
    risk: str
    font_px: int

    def scaled(self, base: float, least: int) -> int:
        """Return a stroke or marker size that grows with the text, never below `least`."""
        return max(least, round(base * self.font_px / BASE_FONT_PX))

    @property
    def line_px(self) -> int:
        """Return the width of a series line."""
        return self.scaled(_LINE_PX, _LINE_PX)

    @property
    def marker_px(self) -> int:
        """Return the diameter of a marker."""
        return self.scaled(MARKER_PX, 14)

    @property
    def axis_px(self) -> int:
        """Return the width of axis lines and tick marks."""
        return self.scaled(_AXIS_PX, _AXIS_PX)

    @property
    def tick_px(self) -> int:
        """Return the length of a tick mark."""
        return max(6, round(self.font_px * 0.4))


def font(px: int) -> QFont:
    """Return the default font at a size in pixels."""
    result = QFont()
    result.setPixelSize(px)
    return result


def see_through(colour: str, alpha: float) -> QColor:
    """Return a colour with an opacity from 0 (invisible) to 1 (solid)."""
    result = QColor(colour)
    result.setAlphaF(alpha)
    return result
