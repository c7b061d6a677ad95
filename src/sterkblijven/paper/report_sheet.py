"""The progress report being written: its facts, its text so far and its charts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QImage

from sterkblijven.charts.events import ChartMark
from sterkblijven.charts.export import ChartPrinter
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.paper.layout import CHART_WIDTH_CM, Html, exercise_name
from sterkblijven.services.reports import EventMark, MarkKind, ProgressReport

# Calls read translate("Report", "...") literally, so pyside6-lupdate can find the texts.
translate = QCoreApplication.translate

# The report's charts are lower than the card's pictures: two fit on a page with their words,
# so no chart leaves much of a page empty when it moves to the next one.
REPORT_CHART_CM = 5.0
REPORT_EXERCISE_CHART_CM = 6.2


class ReportSheet:
    """The sections of a progress report as they are written, with its charts as images."""

    def __init__(
        self, report: ProgressReport, catalogue: Catalogue, language: str, charts: ChartPrinter
    ) -> None:
        self.report = report
        self.catalogue = catalogue
        self.language = language
        self.charts = charts
        self.html = Html()
        self.images: dict[str, QImage] = {}
        self.name = report.trainee.name
        self.marks = tuple(_chart_mark(mark) for mark in report.marks)

    def chart(self, name: str, image: QImage, height_cm: float) -> None:
        """Add a chart, the width of the text, at this height."""
        self.images[name] = image
        self.html.image(name, CHART_WIDTH_CM, height_cm)

    def name_text(self, exercise_id: str) -> str:
        """Return an exercise's name in the report's language."""
        return exercise_name(self.catalogue, exercise_id, self.language)


def table_day(day: date) -> str:
    """Return a date in a few letters, for a table: '22 Nov 2025'."""
    text = QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")
    return text.replace(" ", "\N{NO-BREAK SPACE}")


def _chart_mark(mark: EventMark) -> ChartMark:
    labels = {
        MarkKind.HOSPITAL: translate("Report", "Hospital"),
        MarkKind.CLEARED: translate("Report", "Cleared"),
        MarkKind.BREAK: translate("Report", "Break"),
    }
    return ChartMark(mark.first, mark.last, labels[mark.kind])
