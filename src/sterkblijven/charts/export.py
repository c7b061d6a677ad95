"""The progress charts drawn off-screen as images for paper: white, dark and bold, at print size.

The same chart classes as on screen draw the images, so paper and screen show the same thing.
pyqtgraph (with numpy) is imported when the first image is drawn, never when this module is:
the app imports this module with the report, and starting the app must not pay for pyqtgraph.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QEvent, QIODevice, QLocale, QRectF
from PySide6.QtGui import QImage, QImageWriter

from sterkblijven.charts.events import ChartMark
from sterkblijven.charts.style import ChartStyle
from sterkblijven.domain.progress import Adherence, ExerciseSeries, Point, TestSeries

if TYPE_CHECKING:
    from pyqtgraph.exporters import ImageExporter

    from sterkblijven.charts.base import Chart
    from sterkblijven.charts.marks import Marks

# Black on white for paper; the series lines in colours that stay dark when printed in grey.
PAPER = "#FFFFFF"
INK = "#000000"
LINE = "#0B4A82"
SECOND_LINE = "#B33C00"
NORMAL_FILL = "#2E7D32"
RISK = "#8A0F0F"

TEST = "test"
EXERCISE = "exercise"
WEEKS = "weeks"
PAIN = "pain"

_ChartKind = TypeVar("_ChartKind", bound="Chart")


class ChartPrinter:
    """Draws charts as images of a given size in pixels, one reused chart of each kind.

    ``font_px`` is the size of the charts' text in the image's pixels; lines and markers grow
    with it, so an image meant for 300 dpi paper wants a font of about 50 px (12 pt).
    Call ``close()`` when done, to free the charts.
    """

    def __init__(self, locale: QLocale, font_px: int) -> None:
        self._locale = QLocale(locale)
        self._font_px = font_px
        self._charts: dict[str, Chart] = {}

    def test(
        self,
        series: TestSeries,
        value_label: str,
        width: int,
        height: int,
        marks: Sequence[ChartMark] = (),
    ) -> QImage:
        """Return a test's results against the normal range and the fall-risk line."""
        from sterkblijven.charts.norm_chart import TestChart

        chart = self._chart(TEST, TestChart)
        return self._draw(
            chart, width, height, lambda: chart.show_series(series, value_label), marks
        )

    def exercise(
        self,
        series: ExerciseSeries,
        reps_label: str,
        load_label: str,
        band_names: Mapping[float, str] | None,
        width: int,
        height: int,
        marks: Sequence[ChartMark] = (),
    ) -> QImage:
        """Return an exercise's load (above) and best set (below) over time."""
        from sterkblijven.charts.exercise_chart import ExerciseChart

        chart = self._chart(EXERCISE, ExerciseChart)
        return self._draw(
            chart,
            width,
            height,
            lambda: chart.show_series(series, reps_label, load_label, band_names),
            marks,
        )

    def adherence(
        self,
        weeks: Adherence,
        label: str,
        width: int,
        height: int,
        marks: Sequence[ChartMark] = (),
    ) -> QImage:
        """Return the sessions of each week as bars."""
        from sterkblijven.charts.adherence_chart import AdherenceChart

        chart = self._chart(WEEKS, AdherenceChart)
        return self._draw(chart, width, height, lambda: chart.show_series(weeks, label), marks)

    def pain(
        self,
        points: Sequence[Point],
        label: str,
        width: int,
        height: int,
        marks: Sequence[ChartMark] = (),
    ) -> QImage:
        """Return the pain of each session over the acceptable zone."""
        from sterkblijven.charts.pain_chart import PainChart

        chart = self._chart(PAIN, PainChart)
        return self._draw(chart, width, height, lambda: chart.show_series(points, label), marks)

    def close(self) -> None:
        """Free the charts made so far."""
        for chart in self._charts.values():
            chart.deleteLater()
        self._charts.clear()

    def _style(self) -> ChartStyle:
        return ChartStyle(
            background=PAPER,
            text=INK,
            line=LINE,
            second=SECOND_LINE,
            normal_fill=NORMAL_FILL,
            risk=RISK,
            font_px=self._font_px,
        )

    def _chart(self, kind: str, maker: type[_ChartKind]) -> _ChartKind:
        chart = self._charts.get(kind)
        if not isinstance(chart, maker):
            chart = maker(self._style(), self._locale)
            self._charts[kind] = chart
        return chart

    def _draw(
        self,
        chart: Chart,
        width: int,
        height: int,
        show: Callable[[], None],
        marks: Sequence[ChartMark] = (),
    ) -> QImage:
        if width <= 0 or height <= 0:
            raise ValueError(f"an image needs a size, not {width} x {height}")
        from pyqtgraph.exporters import ImageExporter

        drawn: list[Marks] = []
        try:
            return self._export(chart, width, height, show, marks, drawn, ImageExporter)
        finally:
            for item in drawn:
                item.clear()

    def _export(
        self,
        chart: Chart,
        width: int,
        height: int,
        show: Callable[[], None],
        marks: Sequence[ChartMark],
        drawn: list[Marks],
        exporter_kind: type[ImageExporter],
    ) -> QImage:

        # The chart's widget is never shown: its plots are laid out at the image's size directly.
        chart.layout_item.setGeometry(QRectF(0, 0, width, height))
        show()
        # Plots inside the chart lay themselves out on posted LayoutRequest events, which only
        # reach them through an event loop; deliver those (and only those) now.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        if marks:
            from sterkblijven.charts.marks import Marks

            # The labels on the top plot shown only; the plots below it show bands and lines.
            drawn.extend(Marks(panel.plot) for panel in chart.panels if panel.plot.isVisible())
            for index, item in enumerate(drawn):
                shown = marks if index == 0 else [ChartMark(m.first, m.last, "") for m in marks]
                item.show(shown, self._style())
        exporter = exporter_kind(chart.layout_item)
        exporter.parameters()["width"] = width
        exporter.parameters()["height"] = height
        image = exporter.export(toBytes=True)
        if not isinstance(image, QImage) or image.size().toTuple() != (width, height):
            raise RuntimeError("the chart could not be drawn as an image")
        # Opaque, so a PDF keeps no transparency mask beside the picture.
        return image.convertToFormat(QImage.Format.Format_RGB32)


def png_bytes(image: QImage) -> bytes:
    """Return an image as the bytes of a PNG file."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        raise RuntimeError(f"the image could not be written as PNG: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())
