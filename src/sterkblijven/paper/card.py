"""The exercise card of the week on one sheet: each exercise, and boxes for each training day.

A4 lying down: a row per exercise, with a small picture, its name, its load and target,
and for each training day of the week three boxes: how many times, how hard, how much pain.
The carer's note and the stop signals stand on the sheet too. A plan longer than a sheet
holds at this size goes on to a second sheet with the same header.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QDate,
    QLocale,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QTextDocument,
)
from PySide6.QtSvg import QSvgRenderer

from sterkblijven import resources
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.session import PAIN_ACCEPTABLE_MAX, Effort, StopSignal
from sterkblijven.paper.layout import (
    CSS_DPI,
    Html,
    as_html,
    css_px,
    dose_short_rest,
    dose_target,
    exercise_name,
    image_px,
    new_document,
    speaking,
    unbroken_html,
)
from sterkblijven.paper.pages import (
    FOOTER_GAP_PX,
    FOOTER_PX,
    Footer,
    name_the_job,
    paint_pages,
    write_pdf,
)
from sterkblijven.services.reports import CardExercise, SessionCard
from sterkblijven.words.basics import load_text, short_date
from sterkblijven.words.refusals import refusal
from sterkblijven.words.session import effort_name, stop_signal_text

# Calls read translate("Report", "...") literally, so pyside6-lupdate can find the texts.
translate = QCoreApplication.translate

# Exercises on one sheet: eight rows, each a name in 18 px bold and its dose in 16 px
# (about 13.5 and 12 pt) beside a picture of 1 cm, fit under the header with the boxes of
# up to three training days. A long note takes room: then fewer rows go on a sheet.
CARD_ROWS_PER_PAGE = 8
CARD_PICTURE_CM = 1.0
CARD_TEXT_PX = 16
CARD_NAME_PX = 18
CARD_MARGINS_MM = QMarginsF(12, 10, 12, 8)  # left, top, right, bottom: narrower than a report's
PICTURE_COLUMN_PERCENT = 5
EXERCISE_COLUMN_PERCENT = 40  # the name and dose; the boxes share what the two leave


@dataclass(frozen=True, slots=True)
class CardSheet:
    """What the card is drawn from: a box column per training day, and the rows of each sheet."""

    days: tuple[date, ...]  # the training days of the week, one column of boxes each
    pages: tuple[tuple[CardExercise, ...], ...]  # the exercises on each sheet, in order


def card_sheet(card: SessionCard, rows_per_page: int = CARD_ROWS_PER_PAGE) -> CardSheet:
    """Return the card cut into sheets of at most ``rows_per_page`` exercises."""
    rows = card.exercises
    pages = tuple(
        rows[first : first + rows_per_page] for first in range(0, len(rows), rows_per_page)
    )
    return CardSheet(card.training_days, pages or ((),))


def write_card_pdf(card: SessionCard, path: Path, *, catalogue: Catalogue, language: str) -> int:
    """Write this week's exercise card as a PDF file; return its number of pages.

    Raises OSError when the file cannot be written.
    """
    title = _card_title(card, language)
    return write_pdf(
        path, title, lambda device: print_card(card, device, catalogue=catalogue, language=language)
    )


def print_card(
    card: SessionCard, printer: QPagedPaintDevice, *, catalogue: Catalogue, language: str
) -> int:
    """Draw the exercise card on a printer (or PDF writer), A4 lying down; return the pages.

    Returns 0 on failure.
    """
    with speaking(language):
        name_the_job(printer, _card_title(card, language))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        printer.setPageMargins(CARD_MARGINS_MM, QPageLayout.Unit.Millimeter)
        document = _fitted_document(card, catalogue, language, _body_size(printer))
        return paint_pages(document, printer, Footer(card.trainee.name, card.made_on))


def _body_size(device: QPagedPaintDevice) -> QSizeF:
    """Return the room on a page for the card, in CSS pixels, above the footer."""
    dpi = device.logicalDpiX()
    paint = device.pageLayout().paintRectPixels(dpi)
    scale = dpi / CSS_DPI
    footer = QFontMetricsF(_font(FOOTER_PX)).lineSpacing() * 2 + 10 + FOOTER_GAP_PX
    return QSizeF(paint.width() / scale, paint.height() / scale - footer)


def _font(px: int) -> QFont:
    font = QFont()
    font.setPixelSize(px)
    font.setBold(True)
    return font


def _fitted_document(
    card: SessionCard, catalogue: Catalogue, language: str, size: QSizeF
) -> QTextDocument:
    """Return the card with as many rows on a sheet as fit, eight at most.

    Each sheet then fills one page: a long note leaves room for fewer rows.
    """
    document = QTextDocument()
    for rows in range(CARD_ROWS_PER_PAGE, 0, -1):
        sheet = card_sheet(card, rows)
        document = _card_document(card, sheet, catalogue, language)
        document.setPageSize(size)
        if document.pageCount() <= len(sheet.pages):
            break
    return document


def _card_title(card: SessionCard, language: str) -> str:
    with speaking(language):
        return translate("Report", "Exercises of {name} this week").format(name=card.trainee.name)


def day_label(day: date) -> str:
    """Return a training day as a box column's heading: a short weekday and the date."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d/M")


# --- The card -------------------------------------------------------------------------------


def _card_document(
    card: SessionCard, sheet: CardSheet, catalogue: Catalogue, language: str
) -> QTextDocument:
    out = Html()
    images: dict[str, QImage] = {}
    if not card.has_plan or not (card.exercises or card.resting):
        _header(out, card, catalogue, language, first=True)
        out.paragraph(refusal("no_routine"))
        return new_document(_styled(out.html()), images)
    for number, rows in enumerate(sheet.pages):
        _header(out, card, catalogue, language, first=number == 0)
        if rows:
            out.raw(_table(rows, sheet.days, catalogue, language, images), table=True)
        out.raw(_stop_line(), table=False)
    return new_document(_styled(out.html()), images)


def _header(
    out: Html, card: SessionCard, catalogue: Catalogue, language: str, *, first: bool
) -> None:
    """Add the header each sheet starts with; after the first sheet it starts a new page."""
    brake = "" if first else ' style="page-break-before: always;"'
    title = translate("Report", "My exercises this week")
    # The week stands on the title's line: the box columns already name the training days,
    # and every line saved keeps a row of eight exercises on the sheet.
    week = translate("Report", "Week: {first} to {last}.").format(
        first=short_date(card.week[0]), last=short_date(card.week[-1])
    )
    out.raw(
        f'<p class="card-title"{brake}>{as_html(title)}'
        f'&nbsp;&nbsp;&nbsp;<span class="card-name">{as_html(card.trainee.name)}</span>'
        f'&nbsp;&nbsp;&nbsp;<span class="card-week">{as_html(week)}</span></p>'
    )
    if card.note:
        out.paragraph(
            translate("Report", "A note from your carer: {note}").format(note=card.note),
            css="card-note",
        )
    if card.resting:
        resting = ", ".join(exercise_name(catalogue, item, language) for item in card.resting)
        out.paragraph(
            translate("Report", "Resting for now, not this week: {exercises}.").format(
                exercises=resting
            ),
            css="card-line",
        )
    if card.exercises:
        # The same five words as the session and the form the card is entered with.
        efforts = ", ".join(f"{n} {effort_name(e)}" for n, e in enumerate(Effort, start=1))
        out.paragraph(
            translate(
                "Report",
                "Warm up first (about {warm_up} min.), cool down after (about {cool_down} min.). "
                "After each training write in the boxes: times, pain 0 (none) to 10 (worst), "
                "effort {efforts}.",
            ).format(
                warm_up=card.warm_up_minutes, cool_down=card.cool_down_minutes, efforts=efforts
            ),
            css="card-line",
        )


def _table(
    rows: tuple[CardExercise, ...],
    days: tuple[date, ...],
    catalogue: Catalogue,
    language: str,
    images: dict[str, QImage],
) -> str:
    """Return the sheet's table: a row per exercise, three boxes per training day."""
    box = (100 - PICTURE_COLUMN_PERCENT - EXERCISE_COLUMN_PERCENT) / max(1, 3 * len(days))
    picture = round(css_px(CARD_PICTURE_CM))
    what = translate("Report", "Exercise")
    labels = (  # short words: three boxes a day share a narrow column
        translate("Report", "Times", "a box on the exercise card"),
        translate("Report", "Effort"),
        translate("Report", "Pain"),
    )
    head_days = "".join(
        f'<th colspan="3" class="day">{unbroken_html(day_label(day))}</th>' for day in days
    )
    head_boxes = "".join(
        f'<th width="{box:.2f}%" class="box-label">{unbroken_html(label)}</th>'
        for _ in days
        for label in labels
    )
    parts = [
        '<table class="grid card" width="100%" cellspacing="0" cellpadding="2">',
        f'<thead><tr><th rowspan="2" width="{PICTURE_COLUMN_PERCENT}%"></th>'
        f'<th rowspan="2" width="{EXERCISE_COLUMN_PERCENT}%">{as_html(what)}</th>'
        f"{head_days}</tr>",
        f"<tr>{head_boxes}</tr></thead>",
    ]
    for exercise in rows:
        key = f"card-{len(images)}"
        start = exercise.start_picture
        image = _picture(start, CARD_PICTURE_CM) if start else None
        cell = ""
        if image is not None:
            images[key] = image
            cell = (
                f'<p class="card-picture"><img src="{key}" width="{picture}" '
                f'height="{picture}"></p>'
            )
        name = exercise_name(catalogue, exercise.exercise_id, language)
        target = dose_target(exercise.measure, exercise.rep_min, exercise.rep_max)
        if exercise.slow_tempo:
            target = translate("Report", "{target}, slowly").format(target=target)
        dose = translate("Report", "{load}, {sets} x {target}, rest {rest}").format(
            load=load_text(exercise.load),
            sets=exercise.sets,
            target=target,
            rest=dose_short_rest(exercise.rest_seconds).replace(" ", "\u00a0"),
        )
        boxes = "".join('<td class="card-box">&nbsp;</td>' for _ in range(3 * len(days)))
        parts.append(
            f'<tr><td width="{PICTURE_COLUMN_PERCENT}%">{cell}</td>'
            f'<td width="{EXERCISE_COLUMN_PERCENT}%"><p class="card-exercise">{as_html(name)}</p>'
            f'<p class="card-dose">{as_html(dose)}</p></td>{boxes}</tr>'
        )
    parts.append("</table>")
    return "".join(parts)


def _stop_line() -> str:
    """Return the stop signals in one paragraph."""
    chest = translate(
        "Fitness",
        "Stop at once if you feel pain in your chest, get dizzy or very short of breath.",
    )
    signals = "; ".join(stop_signal_text(signal).lower() for signal in StopSignal)
    stop = translate(
        "Report", "Stop an exercise if it hurts more than {most} out of 10, or at: {signals}."
    ).format(most=PAIN_ACCEPTABLE_MAX, signals=signals)
    return f'<p class="card-stop"><b>{as_html(chest)}</b> {as_html(stop)}</p>'


def _styled(markup: str) -> str:
    """Return the card's HTML with its own sizes, smaller than the report's to fit a sheet."""
    style = f"""<style>
        p.card-title {{ font-size: 25px; font-weight: bold; margin-bottom: 0px;
                        line-height: 110%; }}
        span.card-name {{ font-size: 23px; }}
        span.card-week {{ font-size: {CARD_TEXT_PX}px; font-weight: normal; }}
        p.card-line {{ font-size: {CARD_TEXT_PX}px; margin-bottom: 2px; line-height: 120%; }}
        p.card-note {{ font-size: {CARD_NAME_PX}px; font-weight: bold; margin-bottom: 2px;
                     line-height: 120%; }}
        table.card {{ margin-top: 2px; }}
        table.card th {{ font-size: {CARD_TEXT_PX}px; }}
        th.day {{ text-align: center; font-size: {CARD_NAME_PX}px; }}
        th.box-label {{ text-align: center; }}
        td.card-box {{ font-size: {CARD_TEXT_PX}px; }}
        p.card-exercise {{ font-size: {CARD_NAME_PX}px; font-weight: bold; margin-bottom: 0px;
                           line-height: 100%; }}
        p.card-dose {{ font-size: {CARD_TEXT_PX}px; margin-bottom: 0px; line-height: 100%; }}
        p.card-picture {{ line-height: 100%; margin: 0px; }}
        p.card-stop {{ font-size: {CARD_TEXT_PX}px; margin-top: 6px; margin-bottom: 0px;
                       line-height: 115%; }}
    </style>"""
    return markup.replace("<html>", "<html><head>" + style + "</head>", 1)


def _picture(name: str, cm: float) -> QImage | None:
    """Return an exercise picture drawn at print resolution, or None when it cannot be read."""
    try:
        data = resources.picture(name)
    except FileNotFoundError:
        return None
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        return None
    side = image_px(cm)
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    renderer.render(painter, QRectF(0, 0, side, side))
    painter.end()
    return image
