"""The exercise card: up to eight exercises on one sheet, with a box column per training day."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.model import EquipmentKind, Load, Measure, Sex, Trainee
from sterkblijven.i18n import Translations
from sterkblijven.paper.card import CARD_ROWS_PER_PAGE, card_sheet, write_card_pdf
from sterkblijven.services.reports import CardExercise, SessionCard

MONDAY = date(2026, 12, 7)
EXERCISES = (
    "sit_to_stand",
    "wall_push_up",
    "biceps_curl",
    "calf_raise",
    "seated_row",
    "step_up",
    "side_leg_raise",
    "shoulder_press",
    "chair_squat",
    "lateral_raise",
)


def a_card(catalogue: Catalogue, count: int, weekdays: tuple[int, ...]) -> SessionCard:
    """Return a card of this week with the first `count` exercises, on the given weekdays."""
    week = tuple(MONDAY + timedelta(days=offset) for offset in range(7))
    exercises = []
    for exercise_id in EXERCISES[:count]:
        entry = catalogue.get(exercise_id)
        assert entry is not None
        exercises.append(
            CardExercise(
                exercise_id=exercise_id,
                start_picture=entry.start_picture,
                end_picture=entry.end_picture,
                measure=Measure.REPS,
                load=Load(EquipmentKind.DUMBBELL, kg=2.0),
                sets=2,
                rep_min=10,
                rep_max=15,
                rest_seconds=90,
                slow_tempo=False,
            )
        )
    return SessionCard(
        trainee=Trainee("Riet", 1945, Sex.FEMALE, id=1),
        made_on=MONDAY,
        week=week,
        training_days=tuple(week[day] for day in weekdays),
        warm_up=(),
        cool_down=(),
        warm_up_minutes=5,
        cool_down_minutes=5,
        exercises=tuple(exercises),
        resting=(),
        has_plan=True,
        note="Neem je stok mee.",
    )


def page_texts(path: Path) -> list[str]:
    """Return the text of each page of a PDF, its white space made single spaces."""
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    texts = [
        " ".join(document.getAllText(page).text().split()) for page in range(document.pageCount())
    ]
    document.close()
    return texts


def test_six_exercises_on_two_days_make_one_page_with_a_column_per_day(
    qapp: QApplication, tmp_path: Path, catalogue: Catalogue
) -> None:
    """A plan of 6 exercises trained on 2 days is one page, with one box column per day."""
    card = a_card(catalogue, 6, (0, 3))
    sheet = card_sheet(card)
    assert sheet.days == (MONDAY, MONDAY + timedelta(days=3))
    assert len(sheet.pages) == 1 and len(sheet.pages[0]) == 6
    path = tmp_path / "card.pdf"
    assert write_card_pdf(card, path, catalogue=catalogue, language="en") == 1
    texts = page_texts(path)
    assert len(texts) == 1
    text = texts[0]
    assert "Mon 7/12" in text and "Thu 10/12" in text
    assert text.count("Times") == 2 and text.count("Effort") >= 2 and text.count("Pain") >= 2
    assert "A note from your carer: Neem je stok mee." in text
    assert "dumbbells of 2 kg" in text and "10 to 15 times" in text
    for exercise_id in EXERCISES[:6]:
        entry = catalogue.get(exercise_id)
        assert entry is not None and entry.text("en").name in text


@pytest.mark.parametrize("weekdays", [(0, 3), (0, 2, 4)])
def test_the_most_a_page_holds_fits_on_one_page(
    qapp: QApplication, tmp_path: Path, catalogue: Catalogue, weekdays: tuple[int, ...]
) -> None:
    """As many exercises as a page holds, on two or three days, still print on one page."""
    card = a_card(catalogue, CARD_ROWS_PER_PAGE, weekdays)
    assert CARD_ROWS_PER_PAGE >= 8
    path = tmp_path / "full.pdf"
    assert write_card_pdf(card, path, catalogue=catalogue, language="en") == 1


def test_a_longer_plan_goes_on_to_a_second_page_with_the_same_header(
    qapp: QApplication, tmp_path: Path, catalogue: Catalogue
) -> None:
    """One exercise more than a page holds starts a second page that repeats the header."""
    card = a_card(catalogue, CARD_ROWS_PER_PAGE + 1, (1, 4))
    sheet = card_sheet(card)
    assert [len(page) for page in sheet.pages] == [CARD_ROWS_PER_PAGE, 1]
    path = tmp_path / "long.pdf"
    assert write_card_pdf(card, path, catalogue=catalogue, language="en") == 2
    first, second = page_texts(path)
    for page in (first, second):
        assert "My exercises this week" in page and "Tue 8/12" in page and "Fri 11/12" in page
        assert "Stop at once" in page
    last = catalogue.get(EXERCISES[CARD_ROWS_PER_PAGE])
    assert last is not None and last.text("en").name in second
    assert last.text("en").name not in first


def test_a_long_note_leaves_room_for_fewer_rows_and_each_sheet_stays_one_page(
    qapp: QApplication, tmp_path: Path, catalogue: Catalogue
) -> None:
    """A note of several lines moves the last rows on to a second sheet, never half a table."""
    card = dataclasses.replace(
        a_card(catalogue, CARD_ROWS_PER_PAGE, (0, 2, 4)),
        note=" ".join(["Zet de stoel tegen de muur en neem je stok mee."] * 14),
    )
    path = tmp_path / "note.pdf"
    assert write_card_pdf(card, path, catalogue=catalogue, language="en") == 2
    first, second = page_texts(path)
    for page in (first, second):
        assert "Stop at once" in page and "Mon 7/12" in page
    names = [catalogue.get(exercise_id) for exercise_id in EXERCISES[:CARD_ROWS_PER_PAGE]]
    assert all(entry is not None for entry in names)
    shown = [
        (entry.text("en").name in first, entry.text("en").name in second)
        for entry in names
        if entry
    ]
    assert all(on_first != on_second for on_first, on_second in shown)
    assert shown[0] == (True, False) and shown[-1] == (False, True)


def test_a_full_dutch_card_with_a_two_line_note_is_one_page(
    qapp: QApplication, tmp_path: Path, catalogue: Catalogue
) -> None:
    """Eight exercises on three days, one held for seconds, with a two-line note: one page."""
    note = "Neem je stok mee naar de stoel. Bij de armbuiging de ellebogen tegen je lichaam."
    card = a_card(catalogue, CARD_ROWS_PER_PAGE, (0, 2, 4))
    # A balance hold's dose takes two lines: "zonder gewicht, 2 x 10 tot 30 seconden volhouden".
    held = dataclasses.replace(
        card.exercises[-1],
        measure=Measure.SECONDS,
        load=Load(EquipmentKind.BODYWEIGHT),
        rep_min=10,
        rep_max=30,
    )
    card = dataclasses.replace(card, exercises=(*card.exercises[:-1], held), note=note * 2)
    translations = Translations(qapp)
    translations.switch("nl")
    try:
        path = tmp_path / "kaart.pdf"
        pages = write_card_pdf(card, path, catalogue=catalogue, language="nl")
    finally:
        translations.remove()
    assert pages == 1
    text = page_texts(path)[0]
    assert text.count("Keer") == 3 and text.count("Pijn") >= 3
    for exercise_id in EXERCISES[:CARD_ROWS_PER_PAGE]:
        entry = catalogue.get(exercise_id)
        assert entry is not None and entry.text("nl").name in text
