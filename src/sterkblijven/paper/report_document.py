"""Paper in large print: the progress report for the GP or physiotherapist, and the weekly card.

Each document is simple HTML in a QTextDocument, laid out in CSS pixels (96 to the inch) with
every size given in pixels, so it looks the same on any printer and at any screen resolution.
Pages are cut from the document here and drawn scaled to the device, each with a footer in
large print. A PDF writer and a printer are both paged paint devices: one paint function
serves saving and printing.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtSvg import QSvgRenderer

from sterkblijven import resources
from sterkblijven.charts.export import ChartPrinter
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.model import EquipmentKind, Measure, RoutineExercise, Sex
from sterkblijven.domain.session import JointFeeling, StopSignal
from sterkblijven.i18n import LOCALES
from sterkblijven.paths import write_private_files
from sterkblijven.services.reports import (
    CardExercise,
    ExerciseInPeriod,
    ProgressReport,
    SessionBest,
    SessionCard,
    TestInPeriod,
)
from sterkblijven.words.basics import (
    count_text,
    date_text,
    load_text,
    short_date,
    target_text,
    weekday_name,
)
from sterkblijven.words.fitness import rated_text, test_name
from sterkblijven.words.progress import band_step_name, exercise_name_load, pain_summary
from sterkblijven.words.refusals import refusal
from sterkblijven.words.session import stop_signal_text

# Calls read translate("Report", "...") literally, so pyside6-lupdate can find the texts.
translate = QCoreApplication.translate

CREATOR = "sterkblijven"
CSS_DPI = 96
PAGE_MARGINS_MM = QMarginsF(18, 15, 18, 12)  # left, top, right, bottom
# Text sizes in CSS pixels: 19 px is about 14 pt, 27 px about 20 pt.
BODY_PX = 19
TITLE_PX = 34
HEADING_PX = 27
SUBHEADING_PX = 23
FOOTER_PX = 19
LINE_SPACING = 1.35
FOOTER_GAP_PX = 10  # between the last line of a page and the footer's rule
PAGE_EDGE_PX = 14  # room at the top and foot of each page's body (see _new_document)
# Charts and pictures are drawn at print resolution and placed at their size on paper.
IMAGE_DPI = 300
CHART_TEXT_PT = 13
CHART_WIDTH_CM = 16.0
CHART_HEIGHT_CM = 7.0
EXERCISE_CHART_HEIGHT_CM = 9.5
PICTURE_CM = 2.6
HEADER_BACKGROUND = "#E6E6E6"
BOX_PX = 30  # an empty box's line: room to write a number by hand
BOX_WIDTH_PX = 74  # the words beside the boxes take the rest of the width
# A heading stays with what follows it up to its chart, or with this many blocks at most.
KEEP_WITH_HEADING = 3


# --- Units ----------------------------------------------------------------------------------


def css_px(cm: float) -> float:
    """Return a length on paper in CSS pixels."""
    return cm / 2.54 * CSS_DPI


def image_px(cm: float) -> int:
    """Return a length on paper in the pixels of an image drawn at print resolution."""
    return round(cm / 2.54 * IMAGE_DPI)


# --- The public functions -----------------------------------------------------------------


def write_report_pdf(
    report: ProgressReport, path: Path, *, catalogue: Catalogue, language: str
) -> int:
    """Write the progress report as a PDF file; return its number of pages.

    Raises OSError when the file cannot be written.
    """
    title = _report_title(report, language)
    return _write_pdf(
        path,
        title,
        lambda device: print_report(report, device, catalogue=catalogue, language=language),
    )


def print_report(
    report: ProgressReport,
    printer: QPagedPaintDevice,
    *,
    catalogue: Catalogue,
    language: str,
) -> int:
    """Draw the progress report on a printer (or PDF writer); return the pages, 0 on failure."""
    with _speaking(language) as locale:
        _name_the_job(printer, _report_title(report, language))
        charts = ChartPrinter(locale, round(CHART_TEXT_PT / 72 * IMAGE_DPI))
        try:
            document = _ReportWriter(report, catalogue, language, charts).document()
        finally:
            charts.close()
        footer = _Footer(report.trainee.name, report.made_on)
        return _paint(document, printer, footer)


def write_card_pdf(card: SessionCard, path: Path, *, catalogue: Catalogue, language: str) -> int:
    """Write this week's session card as a PDF file; return its number of pages.

    Raises OSError when the file cannot be written.
    """
    title = _card_title(card, language)
    return _write_pdf(
        path, title, lambda device: print_card(card, device, catalogue=catalogue, language=language)
    )


def print_card(
    card: SessionCard, printer: QPagedPaintDevice, *, catalogue: Catalogue, language: str
) -> int:
    """Draw the session card on a printer (or PDF writer); return the pages, 0 on failure."""
    with _speaking(language):
        _name_the_job(printer, _card_title(card, language))
        document = _card_document(card, catalogue, language)
        return _paint(document, printer, _Footer(card.trainee.name, card.made_on))


# --- Language -------------------------------------------------------------------------------


@contextmanager
def _speaking(language: str) -> Iterator[QLocale]:
    """Write dates and numbers as the language does while a document is made.

    The sentences come from the translator the app has installed for the same language.
    """
    before = QLocale()
    locale = LOCALES.get(language, LOCALES["nl"])
    QLocale.setDefault(locale)
    try:
        yield QLocale(locale)
    finally:
        QLocale.setDefault(before)


def _report_title(report: ProgressReport, language: str) -> str:
    with _speaking(language):
        return translate("Report", "Progress report of {name}").format(name=report.trainee.name)


def _card_title(card: SessionCard, language: str) -> str:
    with _speaking(language):
        return translate("Report", "Exercises of {name} this week").format(name=card.trainee.name)


def _exercise_name(catalogue: Catalogue, exercise_id: str, language: str) -> str:
    exercise = catalogue.get(exercise_id)
    return exercise.text(language).name if exercise is not None else exercise_id


def _measure(catalogue: Catalogue, exercise_id: str) -> Measure:
    exercise = catalogue.get(exercise_id)
    return exercise.measure if exercise is not None else Measure.REPS


def _target(measure: Measure, low: int, high: int, slow: bool = False) -> str:
    if measure is Measure.REPS:
        text = translate("Report", "{low} to {high} times").format(low=low, high=high)
    else:
        text = target_text(measure, low, high)
    if slow:
        return translate("Report", "{target}, slowly: count to three on the way down").format(
            target=text
        )
    return text


def _rest(seconds: int) -> str:
    if seconds >= 60 and seconds % 60 == 0:
        if seconds == 60:
            return translate("Report", "Rest 1 minute")
        return translate("Report", "Rest {minutes} minutes").format(minutes=seconds // 60)
    return translate("Report", "Rest {seconds} seconds").format(seconds=seconds)


def _short_rest(seconds: int) -> str:
    if seconds >= 60 and seconds % 60 == 0:
        return translate("Report", "{minutes} min").format(minutes=seconds // 60)
    return translate("Report", "{seconds} s").format(seconds=seconds)


def _days(weekdays: Sequence[int]) -> str:
    """Return weekdays (Monday is 0) as a list of names."""
    return ", ".join(weekday_name(day) for day in weekdays)


# --- HTML -----------------------------------------------------------------------------------


def _text(text: str) -> str:
    """Return plain text as HTML: names and notes are typed by people, so escape everything."""
    return html.escape(text).replace("\n", "<br>")


def _unbroken(text: str) -> str:
    """Return plain text as HTML that stays on one line."""
    return _text(text).replace(" ", "&nbsp;")


class _Html:
    """Builds simple HTML from plain texts, escaping each one."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._after_table = False

    def _add(self, markup: str, table: bool = False) -> None:
        self._parts.append(markup)
        self._after_table = table

    def _paragraph_tag(self, css: str = "") -> str:
        # A table keeps no margin below it (Qt would draw its border again on the next page
        # when the margin reaches there), so the paragraph after it keeps the distance instead.
        classes = " ".join(
            name for name in (css, "after-table" if self._after_table else "") if name
        )
        return f'<p class="{classes}">' if classes else "<p>"

    def heading(self, level: int, text: str) -> None:
        spaced = ' class="after-table"' if self._after_table else ""
        self._add(f"<h{level}{spaced}>{_text(text)}</h{level}>")

    def paragraph(self, *sentences: str, css: str = "") -> None:
        shown = " ".join(sentence for sentence in sentences if sentence)
        if shown:
            self._add(f"{self._paragraph_tag(css)}{_text(shown)}</p>")

    def lines(self, lines: Sequence[str]) -> None:
        """Add lines of text as one paragraph, each on a line of its own."""
        shown = [_text(line) for line in lines if line]
        if shown:
            self._add(f"{self._paragraph_tag()}{'<br>'.join(shown)}</p>")

    def image(self, name: str, width_cm: float, height_cm: float) -> None:
        width, height = round(css_px(width_cm)), round(css_px(height_cm))
        self._add(
            f"{self._paragraph_tag('image')}"
            f'<img src="{name}" width="{width}" height="{height}"></p>'
        )

    def table(
        self,
        rows: Sequence[Sequence[str]],
        header: Sequence[str] = (),
        widths: Sequence[int] = (),
        label_column: bool = False,
    ) -> None:
        """Add a table with borders; widths are percentages, a label column is bold."""
        self._add(_table(rows, header, widths, label_column), table=True)

    def raw(self, markup: str, table: bool = False) -> None:
        self._add(markup, table)

    def html(self) -> str:
        return "<html><body>" + "\n".join(self._parts) + "</body></html>"


def _table(
    rows: Sequence[Sequence[str]],
    header: Sequence[str] = (),
    widths: Sequence[int] = (),
    label_column: bool = False,
) -> str:
    """Return a bordered table of plain texts; widths are percentages, a label column is bold."""

    def cell(text: str, column: int, tag: str = "td") -> str:
        width = f' width="{widths[column]}%"' if column < len(widths) else ""
        content = _text(text)
        if tag == "td" and label_column and column == 0:
            content = f"<b>{content}</b>"
        return f"<{tag}{width}>{content}</{tag}>"

    parts = ['<table class="grid" width="100%" cellspacing="0" cellpadding="7">']
    if header:
        heads = "".join(cell(text, column, "th") for column, text in enumerate(header))
        parts.append(f"<thead><tr>{heads}</tr></thead>")
    for row in rows:
        parts.append(
            "<tr>" + "".join(cell(text, column) for column, text in enumerate(row)) + "</tr>"
        )
    parts.append("</table>")
    return "".join(parts)


def _style_sheet() -> str:
    return f"""
        body {{ font-size: {BODY_PX}px; color: #000000; }}
        p {{ line-height: {round(LINE_SPACING * 100)}%; margin-top: 0px; margin-bottom: 10px; }}
        p.lead {{ font-size: {SUBHEADING_PX}px; font-weight: bold; }}
        p.after-table {{ margin-top: 16px; }}
        h2.after-table {{ margin-top: 34px; }}
        h3.after-table {{ margin-top: 28px; }}
        p.image {{ line-height: 100%; margin-top: 4px; margin-bottom: 8px; }}
        h1 {{ font-size: {TITLE_PX}px; font-weight: bold; margin-top: 0px; margin-bottom: 8px; }}
        h2 {{ font-size: {HEADING_PX}px; font-weight: bold; margin-top: 22px; margin-bottom: 8px; }}
        h3 {{ font-size: {SUBHEADING_PX}px; font-weight: bold; margin-top: 16px;
              margin-bottom: 6px; }}
        table.grid {{ border-collapse: collapse; border-style: solid; border-color: #000000;
                      margin-top: 4px; margin-bottom: 0px; }}
        table.grid td, table.grid th {{ border-width: 2px; border-style: solid;
                                        border-color: #000000; }}
        td, th {{ line-height: 120%; }}
        th {{ background-color: {HEADER_BACKGROUND}; font-weight: bold; text-align: left; }}
        p.name {{ font-size: {SUBHEADING_PX}px; font-weight: bold; line-height: 110%;
                  margin-bottom: 0px; }}
        p.dose {{ line-height: 120%; margin-bottom: 0px; }}
        table.exercise {{ margin-top: 6px; }}
        table.stop {{ margin-top: 10px; }}
        p.tight {{ margin-top: 4px; margin-bottom: 4px; }}
        ul {{ margin-top: 0px; margin-bottom: 0px; }}
        td.box {{ font-size: {BOX_PX}px; }}
    """


def _new_document(markup: str, images: dict[str, QImage]) -> QTextDocument:
    document = QTextDocument()
    # Design metrics: the layout made at 96 pixels to the inch is drawn scaled to the printer,
    # and only unhinted glyph widths stay in place when scaled.
    document.setUseDesignMetrics(True)
    # Qt moves a line that does not fit to the next page, but lets a table cell's padding and
    # border run past the page's end: a margin at the top and bottom of each page takes them.
    document.setDocumentMargin(0)
    root = document.rootFrame().frameFormat()
    root.setTopMargin(PAGE_EDGE_PX)
    root.setBottomMargin(PAGE_EDGE_PX)
    document.rootFrame().setFrameFormat(root)
    font = QFont()
    font.setPixelSize(BODY_PX)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(_style_sheet())
    for name, image in images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(markup)
    return document


# --- The progress report ----------------------------------------------------------------


class _ReportWriter:
    """Writes the sections of a progress report, with its charts as images."""

    def __init__(
        self, report: ProgressReport, catalogue: Catalogue, language: str, charts: ChartPrinter
    ) -> None:
        self._report = report
        self._catalogue = catalogue
        self._language = language
        self._charts = charts
        self._html = _Html()
        self._images: dict[str, QImage] = {}

    def document(self) -> QTextDocument:
        self._header()
        self._sessions()
        self._exercises()
        self._tests()
        self._pain()
        self._stop_signals()
        self._notes()
        self._plan()
        return _new_document(self._html.html(), self._images)

    def _chart(self, name: str, image: QImage, height_cm: float) -> None:
        self._images[name] = image
        self._html.image(name, CHART_WIDTH_CM, height_cm)

    def _header(self) -> None:
        report, out = self._report, self._html
        trainee = report.trainee
        out.heading(1, translate("Report", "Progress report"))
        out.paragraph(
            translate(
                "Report",
                "A summary of the strength training at home, to show to a GP or physiotherapist.",
            )
        )
        sex = (
            translate("Report", "Female")
            if trainee.sex is Sex.FEMALE
            else translate("Report", "Male")
        )
        shown = report.covered
        out.table(
            [
                [translate("Report", "Name"), trainee.name],
                [
                    translate("Report", "Age"),
                    translate("Report", "{age} years (born in {year})").format(
                        age=report.age, year=trainee.birth_year
                    ),
                ],
                [translate("Report", "Sex"), sex],
                [
                    translate("Report", "Period"),
                    translate("Report", "{first} to {last}").format(
                        first=short_date(shown.first), last=short_date(shown.last)
                    ),
                ],
                [translate("Report", "Made on"), short_date(report.made_on)],
            ],
            widths=(30, 70),
            label_column=True,
        )
        if not report.has_history:
            out.paragraph(
                translate(
                    "Report", "Nothing was recorded in this period: no sessions and no tests."
                )
            )

    def _sessions(self) -> None:
        attendance, out = self._report.attendance, self._html
        out.heading(2, translate("Report", "Sessions per week"))
        if not attendance.sessions:
            out.paragraph(translate("Report", "No sessions were done in this period."))
            return
        rows = [
            [translate("Report", "Sessions done"), str(attendance.sessions)],
            [
                translate("Report", "Weeks with at least one session"),
                translate("Report", "{weeks} of {total}").format(
                    weeks=attendance.weeks_trained, total=len(attendance.weeks.weeks)
                ),
            ],
            [
                translate("Report", "Longest run of weeks in a row with a session"),
                str(attendance.weeks.best_streak),
            ],
        ]
        if attendance.goal_per_week is not None:
            rows.append(
                [translate("Report", "Sessions a week in the plan"), str(attendance.goal_per_week)]
            )
        out.table(rows, widths=(70, 30), label_column=True)
        width, height = image_px(CHART_WIDTH_CM), image_px(CHART_HEIGHT_CM)
        image = self._charts.adherence(
            attendance.weeks, translate("Report", "Sessions"), width, height
        )
        self._chart("chart-weeks", image, CHART_HEIGHT_CM)
        out.paragraph(
            translate(
                "Report",
                "Each bar is one week. The line marks one session a week: the least that counts.",
            )
        )

    def _exercises(self) -> None:
        out = self._html
        out.heading(2, translate("Report", "Exercises: load and best set"))
        if not self._report.exercises:
            out.paragraph(translate("Report", "No exercises were recorded in this period."))
            return
        out.paragraph(
            translate(
                "Report",
                "For each exercise: the load used (top) and the best set of each session (bottom).",
            )
        )
        for index, exercise in enumerate(self._report.exercises):
            self._exercise(index, exercise)

    def _exercise(self, index: int, exercise: ExerciseInPeriod) -> None:
        out, series = self._html, exercise.series
        exercise_id = series.exercise_id
        measure = _measure(self._catalogue, exercise_id)
        out.heading(3, _exercise_name(self._catalogue, exercise_id, self._language))
        names = {step.value: band_step_name(step) for step in series.band_steps}
        load_label = (
            translate("Report", "Band")
            if series.kind is EquipmentKind.BAND
            else translate("Report", "Weight (kg)")
        )
        height = EXERCISE_CHART_HEIGHT_CM if series.load else CHART_HEIGHT_CM
        image = self._charts.exercise(
            series,
            _best_set_label(measure),
            load_label,
            names or None,
            image_px(CHART_WIDTH_CM),
            image_px(height),
        )
        self._chart(f"chart-exercise-{index}", image, height)
        monthly = (
            translate("Report", "The best set is shown as the typical one of each month.")
            if len(series.reps) < exercise.sessions
            else ""
        )
        out.lines([*_first_to_last(exercise, measure), monthly])

    def _tests(self) -> None:
        out = self._html
        out.heading(2, translate("Report", "Functional tests"))
        if not self._report.tests:
            out.paragraph(translate("Report", "No functional tests were done in this period."))
            return
        out.paragraph(
            translate(
                "Report",
                "Each chart shows the results over time. The shaded band is the normal range "
                "for the age and sex; a dashed line marks a higher chance of falling.",
            )
        )
        for index, test in enumerate(self._report.tests):
            self._test(index, test)

    def _test(self, index: int, test: TestInPeriod) -> None:
        out, series = self._html, test.series
        out.heading(3, test_name(series.test_id))
        if series.lower_is_better:
            label = translate("Report", "Seconds")
        elif series.test_id == "step_test_2min":
            label = translate("Report", "Steps")
        else:
            label = translate("Report", "Times")
        image = self._charts.test(
            series, label, image_px(CHART_WIDTH_CM), image_px(CHART_HEIGHT_CM)
        )
        self._chart(f"chart-test-{index}", image, CHART_HEIGHT_CM)
        told = [line for line in rated_text(test.latest) if line]
        if test.latest.previous is None:
            # rated_text ends with the change since the previous result; in a period with one
            # result there is none, and "your first result" would not be true.
            told = told[:-1]
        count = translate("Report", "Results in this period: {count}.").format(count=test.results)
        out.paragraph(*told, count)

    def _pain(self) -> None:
        report, out = self._report, self._html
        out.heading(2, translate("Report", "Pain during training"))
        if report.pain:
            image = self._charts.pain(
                report.pain,
                translate("Report", "Pain (0 to 10)"),
                image_px(CHART_WIDTH_CM),
                image_px(CHART_HEIGHT_CM),
            )
            self._chart("chart-pain", image, CHART_HEIGHT_CM)
            out.paragraph(pain_summary(report.pain))
            highest = max(int(point.value) for point in report.pain)
            out.table(
                [
                    [translate("Report", "Sessions with a pain answer"), str(len(report.pain))],
                    [
                        translate("Report", "Highest pain in a session"),
                        translate("Report", "{pain} out of 10").format(pain=highest),
                    ],
                    [
                        translate("Report", "Sessions with pain above 5"),
                        str(sum(1 for point in report.pain if point.value > 5)),
                    ],
                ],
                widths=(70, 30),
                label_column=True,
            )
        else:
            out.paragraph(translate("Report", "No pain was recorded in this period."))
        self._checkins()

    def _checkins(self) -> None:
        checkins, out = self._report.checkins, self._html
        out.heading(3, translate("Report", "The day after a session"))
        if not checkins:
            out.paragraph(translate("Report", "No answers about the next day in this period."))
            return
        feeling = _joint_words()
        counts = {joints: sum(1 for c in checkins if c.joints is joints) for joints in feeling}
        stiff = sum(1 for checkin in checkins if checkin.long_morning_stiffness)
        out.table(
            [
                *([feeling[joints], str(counts[joints])] for joints in feeling),
                [
                    translate("Report", "Stiff for more than half an hour in the morning"),
                    str(stiff),
                ],
            ],
            header=(translate("Report", "Joints the next day"), translate("Report", "Answers")),
            widths=(70, 30),
            label_column=True,
        )
        notable = [
            c for c in checkins if c.joints is JointFeeling.WORSE or c.long_morning_stiffness
        ]
        if not notable:
            out.paragraph(
                translate("Report", "No answer told of worse joints or long morning stiffness.")
            )
            return
        out.paragraph(translate("Report", "Answers that told of worse joints or long stiffness:"))
        yes, no = translate("Report", "Yes"), translate("Report", "No")
        out.table(
            [
                [
                    short_date(checkin.day),
                    feeling[checkin.joints],
                    yes if checkin.long_morning_stiffness else no,
                ]
                for checkin in notable
            ],
            header=(
                translate("Report", "Date"),
                translate("Report", "Joints"),
                translate("Report", "Long morning stiffness"),
            ),
            widths=(36, 28, 36),
        )

    def _stop_signals(self) -> None:
        signals, out = self._report.stop_signals, self._html
        out.heading(2, translate("Report", "Stop signals"))
        if not signals:
            out.paragraph(translate("Report", "No stop signals were reported in this period."))
            return
        out.paragraph(
            translate(
                "Report",
                "Signs noticed during an exercise that mean: stop this exercise and seek advice.",
            )
        )
        out.table(
            [
                [
                    short_date(found.day),
                    _exercise_name(self._catalogue, found.exercise_id, self._language),
                    stop_signal_text(signal),
                    translate("Report", "{pain} out of 10").format(pain=found.pain)
                    if found.pain is not None
                    else "",
                ]
                for found in signals
                for signal in found.signals
            ],
            header=(
                translate("Report", "Date"),
                translate("Report", "Exercise"),
                translate("Report", "Stop signal"),
                translate("Report", "Pain"),
            ),
            widths=(24, 24, 34, 18),
        )

    def _notes(self) -> None:
        report, out = self._report, self._html
        out.heading(2, translate("Report", "Notes"))
        if not report.plan_note and not report.session_notes:
            out.paragraph(translate("Report", "There are no notes."))
            return
        if report.plan_note:
            out.heading(3, translate("Report", "Note with the plan"))
            out.paragraph(report.plan_note)
        if report.session_notes:
            out.heading(3, translate("Report", "Notes with sessions"))
            out.table(
                [[short_date(note.day), note.text] for note in report.session_notes],
                header=(translate("Report", "Date"), translate("Report", "Note")),
                widths=(30, 70),
            )

    def _plan(self) -> None:
        routine, out = self._report.routine, self._html
        out.heading(2, translate("Report", "The current plan"))
        if routine is None or not routine.exercises:
            out.paragraph(translate("Report", "There is no training plan yet."))
            return
        days = _days(sorted(routine.weekdays))
        out.paragraph(translate("Report", "Training days: {days}.").format(days=days))
        out.table(
            [self._plan_row(item) for item in routine.exercises],
            header=(
                translate("Report", "Exercise"),
                translate("Report", "Load"),
                translate("Report", "Sets"),
                translate("Report", "Target"),
                translate("Report", "Rest"),
            ),
            widths=(28, 22, 10, 27, 13),
        )

    def _plan_row(self, item: RoutineExercise) -> list[str]:
        name = _exercise_name(self._catalogue, item.exercise_id, self._language)
        measure = _measure(self._catalogue, item.exercise_id)
        target = _target(measure, item.rep_min, item.rep_max, item.slow_tempo)
        if item.paused:
            target = translate("Report", "Resting for now.")
        return [
            name,
            load_text(item.load),
            str(item.sets),
            target,
            _short_rest(item.rest_seconds),
        ]


def _joint_words() -> dict[JointFeeling, str]:
    return {
        JointFeeling.BETTER: translate("Report", "Better"),
        JointFeeling.SAME: translate("Report", "As usual"),
        JointFeeling.WORSE: translate("Report", "Worse"),
    }


def _best_set_label(measure: Measure) -> str:
    if measure is Measure.SECONDS:
        return translate("Report", "Seconds in the best set")
    if measure is Measure.STEPS:
        return translate("Report", "Steps in the best set")
    return translate("Report", "Times in the best set")


def _first_to_last(exercise: ExerciseInPeriod, measure: Measure) -> list[str]:
    """Return the first and the last session of the period in words."""
    series = exercise.series

    def told(best: SessionBest, with_load: str, without_load: str) -> str:
        count = count_text(best.count, measure)
        day = short_date(best.day)
        if best.load is None:
            return without_load.format(date=day, count=count)
        load = exercise_name_load(series.kind, best.load, series.band_steps)
        return with_load.format(date=day, load=load, count=count)

    if exercise.sessions == 1:
        return [
            told(
                exercise.last,
                translate(
                    "Report", "One session in this period, {date}: {load}, best set {count}."
                ),
                translate("Report", "One session in this period, {date}: best set {count}."),
            )
        ]
    return [
        told(
            exercise.first,
            translate("Report", "First session, {date}: {load}, best set {count}."),
            translate("Report", "First session, {date}: best set {count}."),
        ),
        told(
            exercise.last,
            translate("Report", "Last session, {date}: {load}, best set {count}."),
            translate("Report", "Last session, {date}: best set {count}."),
        ),
    ]


# --- The session card -----------------------------------------------------------------------


def _card_document(card: SessionCard, catalogue: Catalogue, language: str) -> QTextDocument:
    out = _Html()
    images: dict[str, QImage] = {}
    out.heading(1, translate("Report", "My exercises this week"))
    out.paragraph(card.trainee.name, css="lead")
    out.paragraph(
        translate("Report", "Week: {first} to {last}.").format(
            first=date_text(card.week[0]), last=date_text(card.week[-1])
        )
    )
    if not card.has_plan or not (card.exercises or card.resting):
        out.paragraph(refusal("no_routine"))
        return _new_document(out.html(), images)
    if card.training_days:
        days = _days([day.weekday() for day in card.training_days])
        out.paragraph(translate("Report", "Training days: {days}.").format(days=days), css="lead")
    out.paragraph(
        translate(
            "Report",
            "Start with the warm-up (about {warm_up} minutes) and end with the cool-down "
            "(about {cool_down} minutes).",
        ).format(warm_up=card.warm_up_minutes, cool_down=card.cool_down_minutes)
    )
    if card.resting:
        resting = ", ".join(_exercise_name(catalogue, item, language) for item in card.resting)
        out.paragraph(
            translate("Report", "Resting for now, not this week: {exercises}.").format(
                exercises=resting
            )
        )
    if card.exercises:
        out.paragraph(translate("Report", "Write in each box how many times you did it."))
    for index, exercise in enumerate(card.exercises):
        # One table per exercise: a table that fits on a page is kept whole (_keep_together).
        out.raw(_card_exercise(index, exercise, catalogue, language, images), table=True)
    out.raw(_stop_box(), table=True)
    return _new_document(out.html(), images)


def _card_exercise(
    index: int,
    exercise: CardExercise,
    catalogue: Catalogue,
    language: str,
    images: dict[str, QImage],
) -> str:
    """Return one exercise of the card: its two pictures, its dose and a box for each set.

    The name runs above the dose and the boxes, which stand side by side beside the
    pictures: an exercise takes little more height than its pictures, so a plan of eight
    fits on two pages.
    """
    size = round(css_px(PICTURE_CM))
    pictures = []
    for place, name in (("start", exercise.start_picture), ("end", exercise.end_picture)):
        image = _picture(name) if name else None
        if image is None:
            continue
        key = f"picture-{index}-{place}"
        images[key] = image
        pictures.append(
            f'<td rowspan="3" width="{size}"><img src="{key}" width="{size}" height="{size}"></td>'
        )
    name = _exercise_name(catalogue, exercise.exercise_id, language)
    lines = [
        load_text(exercise.load),
        _target(exercise.measure, exercise.rep_min, exercise.rep_max, exercise.slow_tempo),
        _rest(exercise.rest_seconds),
    ]
    labels = [
        translate("Report", "Set {number}").format(number=number)
        for number in range(1, exercise.sets + 1)
    ]
    dose = "<br>".join(_text(line) for line in lines)
    return (
        '<table class="grid exercise" width="100%" cellspacing="0" cellpadding="5">'
        f'<tr>{"".join(pictures)}<td colspan="{len(labels) + 1}">'
        f'<p class="name">{_text(name)}</p></td></tr>'
        f'<tr><td rowspan="2"><p class="dose">{dose}</p></td>'
        + "".join(f'<th width="{BOX_WIDTH_PX}">{_unbroken(label)}</th>' for label in labels)
        + "</tr><tr>"
        + "".join('<td class="box">&nbsp;</td>' for _ in labels)
        + "</tr></table>"
    )


def _picture(name: str) -> QImage | None:
    """Return an exercise picture drawn at print resolution, or None when it cannot be read."""
    try:
        data = resources.picture(name)
    except FileNotFoundError:
        return None
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        return None
    side = image_px(PICTURE_CM)
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    renderer.render(painter, QRectF(0, 0, side, side))
    painter.end()
    return image


def _stop_box() -> str:
    signals = "".join(f"<li>{_text(stop_signal_text(signal))}</li>" for signal in StopSignal)
    title = translate("Report", "When to stop")
    signs = translate(
        "Report", "Stop this exercise if it hurts more than 5 out of 10, or if you notice:"
    )
    # The safety words shown before every functional test (fitness_wording.safety_text).
    chest = translate(
        "Fitness",
        "Stop at once if you feel pain in your chest, get dizzy or very short of breath.",
    )
    return (
        '<table class="grid stop" width="100%" cellspacing="0" cellpadding="8"><tr><td>'
        f'<p class="name">{_text(title)}</p>'
        f'<p class="tight"><b>{_text(chest)}</b></p>'
        f'<p class="tight">{_text(signs)}</p>'
        f"<ul>{signals}</ul>"
        "</td></tr></table>"
    )


# --- Pages ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Footer:
    """What every page says at its foot: whose paper it is and when it was made."""

    name: str
    made_on: date


@dataclass(frozen=True, slots=True)
class _Sheet:
    """The printable part of a page, in CSS pixels, and the scale to the device."""

    scale: float  # device pixels per CSS pixel
    width: float
    body_height: float  # the document's part of a page, above the footer
    footer_top: float
    footer_height: float


def _sheet(device: QPagedPaintDevice) -> _Sheet:
    dpi = device.logicalDpiX()
    paint = device.pageLayout().paintRectPixels(dpi)
    scale = dpi / CSS_DPI
    width, height = paint.width() / scale, paint.height() / scale
    line = QFontMetricsF(_font(FOOTER_PX, bold=True)).lineSpacing()
    footer_height = 2 * line + 10
    return _Sheet(
        scale, width, height - footer_height - FOOTER_GAP_PX, height - footer_height, footer_height
    )


def _font(px: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(px)
    font.setBold(bold)
    return font


def _write_pdf(path: Path, title: str, paint: Callable[[QPagedPaintDevice], int]) -> int:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(IMAGE_DPI)
    writer.setTitle(title)
    writer.setCreator(CREATOR)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            PAGE_MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    pages = paint(writer)  # the writer completes the file when its painter ends
    buffer.close()
    if pages <= 0:
        raise OSError(f"the PDF for {path} could not be made")
    # Written only once complete, so a failure never leaves half a file behind; it holds
    # health data, so it is its owner's only, like everything else the app writes.
    write_private_files({path: bytes(data.data())})
    return pages


def _name_the_job(device: QPagedPaintDevice, title: str) -> None:
    if isinstance(device, QPrinter):
        device.setDocName(title)
        device.setCreator(CREATOR)
        device.setPageMargins(PAGE_MARGINS_MM, QPageLayout.Unit.Millimeter)


def _paint(document: QTextDocument, device: QPagedPaintDevice, footer: _Footer) -> int:
    """Draw the document page by page with its footer; return the pages, 0 on failure."""
    sheet = _sheet(device)
    document.setPageSize(QSizeF(sheet.width, sheet.body_height))
    _keep_together(document, sheet.body_height)
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        return 0
    try:
        for index in range(pages):
            if index and not device.newPage():
                return 0
            painter.save()
            painter.scale(sheet.scale, sheet.scale)
            top = index * sheet.body_height
            painter.translate(0, -top)
            document.drawContents(painter, QRectF(0, top, sheet.width, sheet.body_height))
            painter.restore()
            painter.save()
            painter.scale(sheet.scale, sheet.scale)
            _draw_footer(painter, sheet, footer, index + 1, pages)
            painter.restore()
    finally:
        painter.end()
    return pages


def _draw_footer(painter: QPainter, sheet: _Sheet, footer: _Footer, page: int, pages: int) -> None:
    painter.setPen(QPen(QColor("#000000"), 2))
    painter.drawLine(QPointF(0, sheet.footer_top), QPointF(sheet.width, sheet.footer_top))
    bold, plain = _font(FOOTER_PX, bold=True), _font(FOOTER_PX)
    line = QFontMetricsF(bold).lineSpacing()
    first = QRectF(0, sheet.footer_top + 8, sheet.width, line)
    second = first.translated(0, line)
    page_text = translate("Report", "Page {page} of {pages}").format(page=page, pages=pages)
    painter.setFont(bold)
    painter.drawText(first, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, page_text)
    room = sheet.width - QFontMetricsF(bold).horizontalAdvance(page_text) - 2 * BODY_PX
    name = QFontMetricsF(bold).elidedText(footer.name, Qt.TextElideMode.ElideRight, room)
    painter.drawText(first, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
    painter.setFont(plain)
    made = translate("Report", "Made on {date}").format(date=short_date(footer.made_on))
    painter.drawText(second, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, made)


def _keep_together(document: QTextDocument, page_height: float) -> None:
    """Move a heading, an introduced table or a whole table to the next page, not to cut it.

    A heading stays on one page with what it introduces, up to its chart and the words under
    it, or with its whole table when that fits: a heading alone at the foot of a page, or apart
    from its chart, is hard to follow. A sentence ending in a colon keeps the table it
    introduces, and a table that fits on a page is not split.
    """
    block = document.begin()
    while block.isValid():
        anchor, choices = _what_stays_with(document, block)
        if choices:
            # Qt lays a document out lazily; a format changed in a half-done layout leaves later
            # blocks out of place, so each question about positions waits for the whole layout.
            document.pageCount()
            layout = document.documentLayout()
            top = _top(layout, anchor)
            for ends in choices:
                bottom = max(_bottom(layout, end) for end in ends)
                if bottom - top >= page_height:
                    continue  # taller than a page: try keeping less together
                if int(top // page_height) != int((bottom - 1) // page_height):
                    _break_before(anchor)
                break
        block = block.next()


_Part = QTextBlock | QTextTable


def _what_stays_with(document: QTextDocument, block: QTextBlock) -> tuple[_Part, list[list[_Part]]]:
    """Return what a block starts that should stay on one page, and what it ends with.

    The choices run from the most to the least that should stay together. In Qt a page break
    inside a table cell moves that cell alone, so nothing inside a table is moved; Qt splits a
    long table between the lines of its rows.
    """
    table = QTextCursor(block).currentTable()
    if table is not None:
        starts_table = table.cellAt(0, 0).firstCursorPosition().block() == block
        if starts_table and table.parentFrame() == document.rootFrame():
            return table, [[table]]
        return block, []
    if _is_heading(block):
        end = _group_end(block)
        table = _first_table(block, end)
        return block, [[table], [end]] if table is not None else [[end]]
    following = QTextCursor(block.next()).currentTable()
    if following is not None and block.text().rstrip().endswith(":"):
        return block, [[following], [block.next()]]
    return block, []


def _top(layout: QAbstractTextDocumentLayout, part: _Part) -> float:
    if isinstance(part, QTextTable):
        return layout.frameBoundingRect(part).top()
    return layout.blockBoundingRect(part).top()


def _bottom(layout: QAbstractTextDocumentLayout, part: _Part) -> float:
    if isinstance(part, QTextTable):
        return layout.frameBoundingRect(part).bottom() - part.format().bottomMargin()
    return layout.blockBoundingRect(part).bottom()


def _break_before(part: _Part) -> None:
    if isinstance(part, QTextTable):
        table_format = part.format()
        table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        part.setFormat(table_format)
        return
    block_format = part.blockFormat()
    block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(part).setBlockFormat(block_format)


def _first_table(first: QTextBlock, last: QTextBlock) -> QTextTable | None:
    """Return the table that the blocks from first to last run into, if any."""
    block = first
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None:
            return table
        if block == last:
            return None
        block = block.next()
    return None


def _group_end(heading: QTextBlock) -> QTextBlock:
    """Return the last block that belongs with a heading: up to its chart and the words after."""
    last = heading
    while _is_heading(last.next()):
        last = last.next()
    following = last.next()
    for _ in range(KEEP_WITH_HEADING):
        if not following.isValid() or _is_heading(following):
            break
        last = following
        following = following.next()
        if _has_image(last):
            if following.isValid() and not _is_heading(following) and not _in_table(following):
                last = following
            break
    return last


def _in_table(block: QTextBlock) -> bool:
    return QTextCursor(block).currentTable() is not None


def _is_heading(block: QTextBlock) -> bool:
    return block.isValid() and block.blockFormat().headingLevel() > 0


def _has_image(block: QTextBlock) -> bool:
    fragments = block.begin()
    while not fragments.atEnd():
        if fragments.fragment().charFormat().isImageFormat():
            return True
        fragments += 1
    return False
