"""The layout of paper in large print: sizes, simple HTML, tables, and the words for a dose.

Each document is simple HTML in a QTextDocument, laid out in CSS pixels (96 to the inch) with
every size given in pixels, so it looks the same on any printer and at any screen resolution.
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale, QUrl
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QTextDocument

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.model import Measure
from sterkblijven.i18n import LOCALES
from sterkblijven.words.basics import target_text, weekday_name

# Calls read translate("Report", "...") literally, so pyside6-lupdate can find the texts.
translate = QCoreApplication.translate

CSS_DPI = 96
# Text sizes in CSS pixels: 19 px is about 14 pt, 27 px about 20 pt.
BODY_PX = 19
TITLE_PX = 34
HEADING_PX = 27
SUBHEADING_PX = 23
LINE_SPACING = 1.35
PAGE_EDGE_PX = 14  # room at the top and foot of each page's body (see new_document)
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
# The width a report's text and tables have: A4 standing, less the side margins.
PAGE_SIDE_MARGIN_MM = 18
REPORT_TEXT_WIDTH_PX = (210 - 2 * PAGE_SIDE_MARGIN_MM) / 25.4 * CSS_DPI
CELL_PADDING_PX = 7  # a table cell's padding (the HTML's cellpadding)
CELL_BORDER_PX = 2


# --- Units ----------------------------------------------------------------------------------


def css_px(cm: float) -> float:
    """Return a length on paper in CSS pixels."""
    return cm / 2.54 * CSS_DPI


def image_px(cm: float) -> int:
    """Return a length on paper in the pixels of an image drawn at print resolution."""
    return round(cm / 2.54 * IMAGE_DPI)


# --- Language -------------------------------------------------------------------------------


@contextmanager
def speaking(language: str) -> Iterator[QLocale]:
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


# --- Words for an exercise and its dose -----------------------------------------------------


def exercise_name(catalogue: Catalogue, exercise_id: str, language: str) -> str:
    """Return an exercise's name in the language, or its id when the catalogue lacks it."""
    exercise = catalogue.get(exercise_id)
    return exercise.text(language).name if exercise is not None else exercise_id


def exercise_measure(catalogue: Catalogue, exercise_id: str) -> Measure:
    """Return what an exercise counts: times, unless the catalogue says otherwise."""
    exercise = catalogue.get(exercise_id)
    return exercise.measure if exercise is not None else Measure.REPS


def dose_target(measure: Measure, low: int, high: int, slow: bool = False) -> str:
    """Return the target of a set in words, with the slow tempo when it applies."""
    if measure is Measure.REPS:
        text = translate("Report", "{low} to {high} times").format(low=low, high=high)
    else:
        text = target_text(measure, low, high)
    if slow:
        return translate("Report", "{target}, slowly: count to three on the way down").format(
            target=text
        )
    return text


def dose_rest(seconds: int) -> str:
    """Return the rest between sets in a sentence."""
    if seconds >= 60 and seconds % 60 == 0:
        if seconds == 60:
            return translate("Report", "Rest 1 minute")
        return translate("Report", "Rest {minutes} minutes").format(minutes=seconds // 60)
    return translate("Report", "Rest {seconds} seconds").format(seconds=seconds)


def dose_short_rest(seconds: int) -> str:
    """Return the rest between sets in a few letters, for a table."""
    if seconds >= 60 and seconds % 60 == 0:
        return translate("Report", "{minutes} min").format(minutes=seconds // 60)
    return translate("Report", "{seconds} s").format(seconds=seconds)


def weekday_names(weekdays: Sequence[int]) -> str:
    """Return weekdays (Monday is 0) as a list of names."""
    return ", ".join(weekday_name(day) for day in weekdays)


# --- HTML -----------------------------------------------------------------------------------


def as_html(text: str) -> str:
    """Return plain text as HTML: names and notes are typed by people, so escape everything."""
    return html.escape(text).replace("\n", "<br>")


def unbroken_html(text: str) -> str:
    """Return plain text as HTML that stays on one line."""
    return as_html(text).replace(" ", "&nbsp;")


class Html:
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
        """Add a heading of a level: 1 is the title."""
        spaced = ' class="after-table"' if self._after_table else ""
        self._add(f"<h{level}{spaced}>{as_html(text)}</h{level}>")

    def paragraph(self, *sentences: str, css: str = "") -> None:
        """Add the sentences that are not empty as one paragraph, in a CSS class if given."""
        shown = " ".join(sentence for sentence in sentences if sentence)
        if shown:
            self._add(f"{self._paragraph_tag(css)}{as_html(shown)}</p>")

    def lines(self, lines: Sequence[str]) -> None:
        """Add lines of text as one paragraph, each on a line of its own."""
        shown = [as_html(line) for line in lines if line]
        if shown:
            self._add(f"{self._paragraph_tag()}{'<br>'.join(shown)}</p>")

    def image(self, name: str, width_cm: float, height_cm: float) -> None:
        """Add a named image resource at its size on paper."""
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
        """Add markup made elsewhere; say whether it is a table."""
        self._add(markup, table)

    def html(self) -> str:
        """Return the whole document's HTML."""
        return "<html><body>" + "\n".join(self._parts) + "</body></html>"


def _table(
    rows: Sequence[Sequence[str]],
    header: Sequence[str] = (),
    widths: Sequence[int] = (),
    label_column: bool = False,
) -> str:
    """Return a bordered table of plain texts; widths are percentages, a label column is bold."""
    fitted = fitted_widths(widths, header, rows, label_column)

    def cell(text: str, column: int, tag: str = "td") -> str:
        width = f' width="{fitted[column]:g}%"' if column < len(fitted) else ""
        content = as_html(text)
        if tag == "td" and label_column and column == 0:
            content = f"<b>{content}</b>"
        return f"<{tag}{width}>{content}</{tag}>"

    parts = [f'<table class="grid" width="100%" cellspacing="0" cellpadding="{CELL_PADDING_PX}">']
    if header:
        heads = "".join(cell(text, column, "th") for column, text in enumerate(header))
        parts.append(f"<thead><tr>{heads}</tr></thead>")
    for row in rows:
        parts.append(
            "<tr>" + "".join(cell(text, column) for column, text in enumerate(row)) + "</tr>"
        )
    parts.append("</table>")
    return "".join(parts)


def fitted_widths(
    widths: Sequence[float],
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    label_column: bool = False,
    table_px: float = REPORT_TEXT_WIDTH_PX,
) -> list[float]:
    """Return the column widths (percentages), none narrower than its column's longest word.

    The room comes from the columns that have the most to spare. A word wider than its column
    is broken in two on paper ("Resulta-at"), and a translation can make a heading longer
    than the width chosen for the English one.
    """
    if not widths:
        return []
    plain, bold = QFont(), QFont()
    plain.setPixelSize(BODY_PX)
    bold.setPixelSize(BODY_PX)
    bold.setBold(True)
    spare_px = 2 * CELL_PADDING_PX + 2 * CELL_BORDER_PX + 2

    def word_px(text: str, font: QFont) -> float:
        metrics = QFontMetricsF(font)
        return max((metrics.horizontalAdvance(word) for word in text.split()), default=0.0)

    needed = []
    for column in range(len(widths)):
        longest = word_px(header[column], bold) if column < len(header) else 0.0
        for row in rows:
            if column < len(row):
                font = bold if label_column and column == 0 else plain
                longest = max(longest, word_px(row[column], font))
        needed.append((longest + spare_px) / table_px * 100)
    fitted = [float(width) for width in widths]
    for column, need in enumerate(needed):
        while fitted[column] < need:
            slack = [
                (fitted[other] - needed[other], other)
                for other in range(len(fitted))
                if other != column and fitted[other] > needed[other]
            ]
            if not slack:
                break
            room, giver = max(slack)
            moved = min(room, need - fitted[column])
            fitted[giver] -= moved
            fitted[column] += moved
    return [round(width, 1) for width in fitted]


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


def new_document(markup: str, images: dict[str, QImage]) -> QTextDocument:
    """Return a document of the HTML in large print, with the images it names."""
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
