"""The exercise card of the week: each exercise with its pictures, its dose and a box per set."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPagedPaintDevice, QPainter, QTextDocument
from PySide6.QtSvg import QSvgRenderer

from sterkblijven import resources
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.session import StopSignal
from sterkblijven.paper.layout import (
    BOX_WIDTH_PX,
    PICTURE_CM,
    Html,
    as_html,
    css_px,
    dose_rest,
    dose_target,
    exercise_name,
    image_px,
    new_document,
    speaking,
    unbroken_html,
    weekday_names,
)
from sterkblijven.paper.pages import Footer, name_the_job, paint_pages, write_pdf
from sterkblijven.services.reports import CardExercise, SessionCard
from sterkblijven.words.basics import date_text, load_text
from sterkblijven.words.refusals import refusal
from sterkblijven.words.session import stop_signal_text

# Calls read translate("Report", "...") literally, so pyside6-lupdate can find the texts.
translate = QCoreApplication.translate


def write_card_pdf(card: SessionCard, path: Path, *, catalogue: Catalogue, language: str) -> int:
    """Write this week's session card as a PDF file; return its number of pages.

    Raises OSError when the file cannot be written.
    """
    title = _card_title(card, language)
    return write_pdf(
        path, title, lambda device: print_card(card, device, catalogue=catalogue, language=language)
    )


def print_card(
    card: SessionCard, printer: QPagedPaintDevice, *, catalogue: Catalogue, language: str
) -> int:
    """Draw the session card on a printer (or PDF writer); return the pages, 0 on failure."""
    with speaking(language):
        name_the_job(printer, _card_title(card, language))
        document = _card_document(card, catalogue, language)
        return paint_pages(document, printer, Footer(card.trainee.name, card.made_on))


def _card_title(card: SessionCard, language: str) -> str:
    with speaking(language):
        return translate("Report", "Exercises of {name} this week").format(name=card.trainee.name)


# --- The session card -----------------------------------------------------------------------


def _card_document(card: SessionCard, catalogue: Catalogue, language: str) -> QTextDocument:
    out = Html()
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
        return new_document(out.html(), images)
    if card.training_days:
        days = weekday_names([day.weekday() for day in card.training_days])
        out.paragraph(translate("Report", "Training days: {days}.").format(days=days), css="lead")
    if card.note:  # one paragraph, so the card keeps its pages
        out.paragraph(translate("Report", "A note from your carer: {note}").format(note=card.note))
    out.paragraph(
        translate(
            "Report",
            "Start with the warm-up (about {warm_up} minutes) and end with the cool-down "
            "(about {cool_down} minutes).",
        ).format(warm_up=card.warm_up_minutes, cool_down=card.cool_down_minutes)
    )
    if card.resting:
        resting = ", ".join(exercise_name(catalogue, item, language) for item in card.resting)
        out.paragraph(
            translate("Report", "Resting for now, not this week: {exercises}.").format(
                exercises=resting
            )
        )
    if card.exercises:
        out.paragraph(translate("Report", "Write in each box how many times you did it."))
    for index, exercise in enumerate(card.exercises):
        # One table per exercise: a table that fits on a page is kept whole (pages._keep_together).
        out.raw(_card_exercise(index, exercise, catalogue, language, images), table=True)
    out.raw(_stop_box(), table=True)
    return new_document(out.html(), images)


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
    name = exercise_name(catalogue, exercise.exercise_id, language)
    lines = [
        load_text(exercise.load),
        dose_target(exercise.measure, exercise.rep_min, exercise.rep_max, exercise.slow_tempo),
        dose_rest(exercise.rest_seconds),
    ]
    labels = [
        translate("Report", "Set {number}").format(number=number)
        for number in range(1, exercise.sets + 1)
    ]
    dose = "<br>".join(as_html(line) for line in lines)
    return (
        '<table class="grid exercise" width="100%" cellspacing="0" cellpadding="5">'
        f'<tr>{"".join(pictures)}<td colspan="{len(labels) + 1}">'
        f'<p class="name">{as_html(name)}</p></td></tr>'
        f'<tr><td rowspan="2"><p class="dose">{dose}</p></td>'
        + "".join(f'<th width="{BOX_WIDTH_PX}">{unbroken_html(label)}</th>' for label in labels)
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
    signals = "".join(f"<li>{as_html(stop_signal_text(signal))}</li>" for signal in StopSignal)
    title = translate("Report", "When to stop")
    signs = translate(
        "Report", "Stop this exercise if it hurts more than 5 out of 10, or if you notice:"
    )
    # The safety words shown before every functional test (words/fitness.py, safety_text).
    chest = translate(
        "Fitness",
        "Stop at once if you feel pain in your chest, get dizzy or very short of breath.",
    )
    return (
        '<table class="grid stop" width="100%" cellspacing="0" cellpadding="8"><tr><td>'
        f'<p class="name">{as_html(title)}</p>'
        f'<p class="tight"><b>{as_html(chest)}</b></p>'
        f'<p class="tight">{as_html(signs)}</p>'
        f"<ul>{signals}</ul>"
        "</td></tr></table>"
    )
