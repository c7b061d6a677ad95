"""What every progress chart shares: its panels of plots, its style, language and size.

Charts are given series and every word they show; they query nothing and translate nothing.
Each chart builds its plot items once and updates them in place, so redrawing after a new
result costs little.
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable
from datetime import date
from typing import Any

# PySide6 first, so pyqtgraph binds to it (see config).
from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QGraphicsScene, QSizePolicy, QVBoxLayout, QWidget

# isort: split
import pyqtgraph as pg

from sterkblijven.charts.axes import DateAxis, ValueAxis, day_value
from sterkblijven.charts.config import configure
from sterkblijven.charts.style import ChartStyle, font

# A range of only a few days would give date ticks a day apart: show at least four weeks.
_MIN_SPAN_DAYS = 28
_EMPTY_SPAN_DAYS = 90


def padded_range(low: float, high: float, share: float, least: float) -> tuple[float, float]:
    """Return a range widened on both sides by a share of it, at least by `least`."""
    pad = max((high - low) * share, least)
    return low - pad, high + pad


def date_range(days: Iterable[float]) -> tuple[float, float]:
    """Return the x range that shows these days, with room around them and never too short."""
    shown = list(days)
    if not shown:
        end = day_value(date.today())
        return end - _EMPTY_SPAN_DAYS, end
    low, high = min(shown), max(shown)
    # A short history widens into the past: no chart shows days still to come.
    low = min(low, high - _MIN_SPAN_DAYS)
    return padded_range(low, high, 0.04, 2.0)


def _right_margin(style: ChartStyle) -> int:
    return 2 * style.font_px


class _Panel:
    """One plot: a date axis below, a value axis on the left, its label above."""

    def __init__(self, layout: pg.GraphicsLayout, row: int, locale: QLocale, whole: bool) -> None:
        self.dates = DateAxis(locale)
        self.values = ValueAxis(locale, whole)
        self.plot = pg.PlotItem(axisItems={"bottom": self.dates, "left": self.values})
        layout.addItem(self.plot, row=row, col=0)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.vb.disableAutoRange()
        # The label reads across, above the axis, rather than turned on its side beside it.
        self.title = self.plot.titleLabel
        self.plot.layout.removeItem(self.title)
        self.plot.layout.addItem(self.title, 0, 0, 1, 2)
        self.title.setAttr("justify", "left")
        self.title_text = ""
        self.x_range = (0.0, 1.0)
        self.y_range = (0.0, 1.0)
        self.show_dates = True

    def restyle(self, style: ChartStyle) -> None:
        tick_font = font(style.font_px)
        for axis in (self.dates, self.values):
            axis.setPen(pg.mkPen(style.text, width=style.axis_px))
            axis.setTickPen(pg.mkPen(style.text, width=style.axis_px))
            axis.setTextPen(pg.mkPen(style.text))
            axis.setTickFont(tick_font)
            axis.set_font_px(style.font_px)
            axis.setStyle(tickLength=style.tick_px, tickAlpha=255, autoExpandTextSpace=False)
        self.values.setStyle(tickTextOffset=max(4, style.font_px // 3))
        self.dates.setStyle(
            tickTextOffset=max(3, style.font_px // 4),
            # A label at an end may reach into the margin; one that would be cut off is left out.
            hideOverlappingLabels=_right_margin(style) - 2,
            showValues=self.show_dates,
        )
        metrics = QFontMetricsF(tick_font)
        height = style.tick_px + style.axis_px
        if self.show_dates:
            height += max(3, style.font_px // 4) + math.ceil(metrics.height())
        self.dates.setHeight(height)
        self.set_title(self.title_text, style)

    def set_title(self, text: str, style: ChartStyle) -> None:
        self.title_text = text
        self.title.setText(
            html.escape(text), color=style.text, size=f"{style.font_px}px", bold=True
        )
        # Room below the label keeps it clear of the top tick's number.
        text_height = self.title.item.boundingRect().height()
        height = math.ceil(text_height) + style.font_px // 2 if text else 0
        self.title.setVisible(bool(text))
        self.title.setMaximumHeight(height)
        self.plot.layout.setRowFixedHeight(0, height)

    def value_width(self, style: ChartStyle) -> float:
        return self.values.width_for(*self.y_range) + style.tick_px + max(4, style.font_px // 3)

    def set_ranges(self, x_range: tuple[float, float], y_range: tuple[float, float]) -> None:
        self.x_range, self.y_range = x_range, y_range
        self.plot.setRange(xRange=x_range, yRange=y_range, padding=0)


class Chart(QWidget):
    """A chart of one kind: plots for older eyes, not interactive, named for screen readers."""

    _HEIGHT_IN_LINES = 18
    # At the largest text the chart must still fit below its summary in a window about 820 px
    # high, so its height stops growing with the text here.
    _TALLEST_PX = 440

    def __init__(self, style: ChartStyle, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        configure(style.background, style.text)
        self._style = style
        self._locale = QLocale(locale)
        self.setLocale(self._locale)
        self.view = pg.GraphicsLayoutWidget()
        # Nothing to point at or zoom: clicks and the wheel go to the page around the chart.
        self.view.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # A few items that nobody points at need no search index; keeping one would also wake
        # the app once, two seconds after each chart is made, to sort it.
        self.view.scene().setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.layout_item = self.view.ci
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.panels: list[_Panel] = []
        self._build()
        self.set_style(style)

    def _add_panel(self, whole: bool) -> _Panel:
        panel = _Panel(self.layout_item, len(self.panels), self._locale, whole)
        self.panels.append(panel)
        return panel

    def _build(self) -> None:
        raise NotImplementedError

    def _restyle_items(self) -> None:
        raise NotImplementedError

    def set_style(self, style: ChartStyle) -> None:
        """Restyle in place for another theme or text size."""
        configure(style.background, style.text)
        self._style = style
        self.view.setBackground(style.background)
        margin = style.font_px // 2
        self.layout_item.setContentsMargins(margin, margin, _right_margin(style), margin)
        self.layout_item.setSpacing(margin)
        for panel in self.panels:
            panel.restyle(style)
        self._restyle_items()
        self._align_value_axes()
        self.setMinimumHeight(min(self._HEIGHT_IN_LINES * style.font_px, self._TALLEST_PX))
        self.updateGeometry()

    def set_locale(self, locale: QLocale) -> None:
        """Write dates and numbers in another language."""
        self._locale = QLocale(locale)
        self.setLocale(self._locale)
        for panel in self.panels:
            panel.dates.set_locale(locale)
            panel.values.set_locale(locale)
        self._align_value_axes()

    def show_series(self, *args: Any, **kwargs: Any) -> None:
        """Draw a series; each kind of chart takes its own (see the subclasses)."""
        raise NotImplementedError

    def set_summary(self, name: str, description: str) -> None:
        """Give the chart the name and the summary in words a screen reader reads out."""
        for widget in (self, self.view):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)

    def sizeHint(self) -> QSize:
        """Return a comfortable size for the text size."""
        height = self.minimumHeight()
        return QSize(max(480, 36 * self._style.font_px), min(round(height * 1.25), 560))

    def minimumSizeHint(self) -> QSize:
        """Return the least size at which the axes and their text still fit."""
        return QSize(max(320, 20 * self._style.font_px), self.minimumHeight())

    def _align_value_axes(self) -> None:
        # Stacked plots share their dates only when their value axes are equally wide.
        shown = [panel for panel in self.panels if panel.plot.isVisible()] or self.panels
        width = max(panel.value_width(self._style) for panel in shown)
        for panel in self.panels:
            panel.values.setWidth(math.ceil(width))
