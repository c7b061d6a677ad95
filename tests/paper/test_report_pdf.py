"""The report and the session card on paper: read back from the PDF as a reader would see them."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from sqlalchemy import select, update

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.model import EquipmentKind, Load, Routine, RoutineExercise
from sterkblijven.domain.session import JointFeeling, PainPlace, StopSignal
from sterkblijven.i18n import LOCALES, Translations
from sterkblijven.paper.card import print_card, write_card_pdf
from sterkblijven.paper.report import print_report, write_report_pdf
from sterkblijven.services.reports import (
    CheckIn,
    ProgressReport,
    ReportPeriod,
    Reports,
    SessionCard,
)
from sterkblijven.services.setup import Setup
from sterkblijven.storage import Database, open_database
from sterkblijven.storage.database import sqlite_url
from sterkblijven.storage.models import RoutineRow, SessionRow, SetRow
from sterkblijven.storage.synthetic.history import generate_history
from sterkblijven.words.basics import short_date
from sterkblijven.words.fitness import test_name as name_of_test
from sterkblijven.words.session import stop_signal_text
from tests.conftest import NOW

NAME = 'Riet <b>&"'
NOTE = 'Knee <i>swollen</i> & warm; "rest" it'
YEAR = ReportPeriod(NOW.date() - timedelta(days=364), NOW.date())
SECTIONS = (
    "Progress report",
    "Events",
    "Sessions against the plan",
    "Test results",
    "Pain during training",
    "Stop signals",
    "The day after a session",
    "Dose per exercise",
    "Decisions on the load",
    "Exercises: load and best set",
    "Notes",
)


@dataclass(frozen=True)
class Paper:
    """A document written as PDF, and what a reader finds on its pages."""

    pages: int
    texts: list[str]

    @property
    def text(self) -> str:
        """Return the text of every page, with line breaks and spaces made single spaces."""
        return " ".join(self.texts)


def read_pdf(path: Path) -> list[str]:
    """Return the text of each page of a PDF, with its white space made single spaces."""
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    texts = [
        " ".join(document.getAllText(page).text().split()) for page in range(document.pageCount())
    ]
    document.close()
    return texts


def write(make: Callable[[Path], int], path: Path) -> Paper:
    """Write a document with `make` and read it back; the pages said are the pages found."""
    pages = make(path)
    texts = read_pdf(path)
    assert pages == len(texts) > 0
    return Paper(pages, texts)


def open_history(folder: Path, name: str = NAME, years: float = 2.0) -> tuple[Database, int]:
    """Return a database with years of history for one person, with stop signals and notes."""
    folder.mkdir(parents=True, exist_ok=True)
    database = open_database(sqlite_url(folder / "data.sqlite3"))
    trainee, _size = generate_history(database, years=years, end=NOW, name=name)
    with database.transaction() as tx:
        sets = tx.scalars(
            select(SetRow.id)
            .join(SessionRow, SessionRow.id == SetRow.session_id)
            .where(
                SessionRow.started_at >= datetime(2026, 6, 1), SetRow.exercise_id == "biceps_curl"
            )
            .order_by(SetRow.id)
        ).all()
        tx.execute(
            update(SetRow)
            .where(SetRow.id == sets[0])
            .values(stop_signals="sharp_pain,swelling_or_warmth", pain=6)
        )
        session = tx.scalars(
            select(SessionRow.id).where(SessionRow.started_at >= datetime(2026, 7, 1)).limit(1)
        ).one()
        tx.execute(update(SessionRow).where(SessionRow.id == session).values(note=NOTE))
        tx.execute(update(RoutineRow).where(RoutineRow.active).values(note="Call me, <Jan>."))
    return database, trainee


@dataclass(frozen=True)
class History:
    """The report use cases over one person's history."""

    reports: Reports
    trainee: int


@pytest.fixture(scope="module")
def history(
    qapp: QApplication, tmp_path_factory: pytest.TempPathFactory, catalogue: Catalogue
) -> Iterator[History]:
    """Return two years of Riet's history (her name has HTML characters in it)."""
    database, trainee = open_history(tmp_path_factory.mktemp("history"))
    yield History(Reports(database, catalogue, lambda: NOW), trainee)
    database.close()


@pytest.fixture(scope="module")
def report(history: History) -> ProgressReport:
    """Return Riet's report of the last year."""
    return history.reports.progress_report(history.trainee, YEAR)


@pytest.fixture(scope="module")
def report_paper(
    report: ProgressReport, tmp_path_factory: pytest.TempPathFactory, catalogue: Catalogue
) -> Paper:
    """Return Riet's report of the last year as a PDF, in English."""
    path = tmp_path_factory.mktemp("report") / "report.pdf"
    started = time.perf_counter()
    paper = write(lambda to: write_report_pdf(report, to, catalogue=catalogue, language="en"), path)
    print(f"report: {paper.pages} pages in {time.perf_counter() - started:.2f} s")
    return paper


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """Write dates in English while a test runs, whatever an earlier test left behind."""
    before = QLocale()
    QLocale.setDefault(LOCALES["en"])
    yield
    QLocale.setDefault(before)


@pytest.fixture
def dutch(english: None, qapp: QApplication) -> Iterator[None]:
    """Speak Dutch, as the app does after choosing it, and stop afterwards."""
    translations = Translations(qapp)
    translations.switch("nl")
    yield
    translations.remove()


# The report


def test_every_page_of_the_report_says_which_page_it_is(report_paper: Paper) -> None:
    """Each page's footer says "Page N of M" with the name and the day the report was made."""
    total = report_paper.pages
    for number, text in enumerate(report_paper.texts, start=1):
        assert f"Page {number} of {total}" in text
        assert NAME in text
        assert "Made on 18 November 2026" in text


def test_the_report_tells_the_person_the_sections_a_rating_and_a_stop_signal(
    report: ProgressReport, report_paper: Paper
) -> None:
    """Name, age, every section, a test's norm and the stop signals are on paper."""
    text = report_paper.text
    assert f"Name {NAME} Age 85 years (born in 1941) Sex Female" in text
    assert f"A summary of the strength training {NAME} did at home with sterkblijven" in text
    positions = [text.index(heading) for heading in SECTIONS]
    assert positions == sorted(positions)
    assert name_of_test("chair_stand_30s") in text
    # She turned 85 in the period: each result is held to the norm of her age on its day.
    assert "Source of the norm: Rikli & Jones 1999, CDC STEADI." in text
    assert "women 80-84: 9-14 times" in text and "women 85-89: 8-13 times" in text
    assert (
        "Pain above 5 (6 out of 10), Sharp or stabbing pain in a joint, "
        "Swelling or warmth around a joint" in text
    )


def test_the_day_after_tells_where_it_was_worse_and_night_pain(
    report: ProgressReport, catalogue: Catalogue, tmp_path: Path
) -> None:
    """A worse answer is listed with its places; night pain is counted and listed too."""
    day = NOW.date() - timedelta(days=3)
    checkins = (
        CheckIn(day, JointFeeling.WORSE, False, frozenset({PainPlace.KNEE, PainPlace.HIP}), False),
        CheckIn(day + timedelta(days=1), JointFeeling.SAME, False, frozenset(), True),
    )
    changed = dataclasses.replace(report, checkins=checkins)
    text = write(
        lambda to: write_report_pdf(changed, to, catalogue=catalogue, language="en"),
        tmp_path / "report.pdf",
    ).text
    section = text[text.index("The day after a session") : text.index("Dose per exercise")]
    assert "Woken by pain at night 1" in section
    assert "Worse Knee, hip No" in section
    assert "As usual Not known Night pain" in section


def test_names_and_notes_typed_with_html_characters_appear_as_typed(report_paper: Paper) -> None:
    """Angle brackets, ampersands and quotes in a name or a note are text, never markup."""
    text = report_paper.text
    assert NAME in report_paper.texts[0]
    assert " ".join(NOTE.split()) in text
    assert "Call me, <Jan>." in text


def test_the_report_tells_each_exercise_from_its_first_to_its_last_session(
    report: ProgressReport, report_paper: Paper, catalogue: Catalogue
) -> None:
    """Each exercise trained is named, with its first and last session in words."""
    text = report_paper.text
    for exercise in report.exercises:
        entry = catalogue.get(exercise.series.exercise_id)
        assert entry is not None and entry.text("en").name in text
        assert f"First session, {short_date(exercise.first.day)}:" in text
        assert f"Last session, {short_date(exercise.last.day)}:" in text


def test_a_report_without_history_says_so_in_each_section(
    qapp: QApplication, tmp_path: Path, catalogue: Catalogue, database: Database
) -> None:
    """A person with nothing done in the period gets one sentence per section instead."""
    trainee, _size = generate_history(database, years=0.01, end=NOW - timedelta(days=400))
    report = Reports(database, catalogue, lambda: NOW).progress_report(trainee, YEAR)
    paper = write(
        lambda to: write_report_pdf(report, to, catalogue=catalogue, language="en"),
        tmp_path / "empty.pdf",
    )
    for sentence in (
        "Riet did no sessions in this period.",
        "No exercises were recorded in this period.",
        "No functional tests were done in this period.",
        "No pain was recorded in this period.",
        "No answers about the next day in this period.",
        "No stop signals in this period",
        "There are no notes.",
    ):
        assert sentence in paper.text


def test_the_report_speaks_dutch(
    dutch: None, report: ProgressReport, tmp_path: Path, catalogue: Catalogue
) -> None:
    """In Dutch, test names, exercise names and dates are Dutch."""
    paper = write(
        lambda to: write_report_pdf(report, to, catalogue=catalogue, language="nl"),
        tmp_path / "rapport.pdf",
    )
    name = name_of_test("chair_stand_30s")
    assert name != "Standing up from a chair (30 seconds)"
    assert name in paper.text
    row = catalogue.get("seated_row")
    assert row is not None and row.text("nl").name in paper.text
    assert "18 november 2026" in paper.texts[-1]


def test_printing_the_report_gives_the_pages_the_pdf_has(
    report: ProgressReport, report_paper: Paper, tmp_path: Path, catalogue: Catalogue
) -> None:
    """A printer set to write a PDF file prints the same pages with the same footers."""
    path = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    pages = print_report(report, printer, catalogue=catalogue, language="en")
    texts = read_pdf(path)
    assert pages == len(texts) == report_paper.pages
    assert f"Page {pages} of {pages}" in texts[-1]
    assert printer.docName() == f"Progress report of {NAME}"


def test_a_file_that_cannot_be_written_raises_an_os_error(
    history: History, tmp_path: Path, catalogue: Catalogue
) -> None:
    """Saving into a folder that does not exist fails with OSError and leaves no file."""
    path = tmp_path / "missing" / "card.pdf"
    card = history.reports.session_card(history.trainee)
    with pytest.raises(OSError):
        write_card_pdf(card, path, catalogue=catalogue, language="en")
    assert not path.exists()


# The session card


def test_the_card_names_every_exercise_with_boxes_for_each_training_day(
    history: History, tmp_path: Path, catalogue: Catalogue
) -> None:
    """Every exercise of the plan is named, with boxes under each training day, on one page."""
    card = history.reports.session_card(history.trainee)
    paper = write(
        lambda to: write_card_pdf(card, to, catalogue=catalogue, language="en"),
        tmp_path / "card.pdf",
    )
    text = paper.text
    assert "My exercises this week" in text
    assert "Week: 16 November 2026 to 22 November 2026." in text
    for exercise in card.exercises:
        entry = catalogue.get(exercise.exercise_id)
        assert entry is not None and entry.text("en").name in text
    assert "Mon 16/11" in text and "Thu 19/11" in text
    assert text.count("Times") == 2
    assert len(card.exercises) == 8 and paper.pages == 1
    assert "Page 1 of 1" in text and NAME in text
    assert "Stop at once if you feel pain in your chest, get dizzy or very short of breath." in text
    for signal in StopSignal:
        assert stop_signal_text(signal).lower() in text.lower()


def test_a_short_plan_fits_on_one_card_with_the_resting_exercise_named(
    qapp: QApplication, tmp_path: Path, catalogue: Catalogue, database: Database
) -> None:
    """Two exercises and one resting fit on one printed page; the resting one has no boxes."""
    trainee, _size = generate_history(database, years=0.1, end=NOW, name="Jan")
    curl = RoutineExercise(
        "biceps_curl", Load(EquipmentKind.DUMBBELL, kg=2.0), 2, 15, 20, 90, slow_tempo=True
    )
    resting = RoutineExercise("calf_raise", Load(EquipmentKind.BODYWEIGHT), 2, paused=True)
    stand = RoutineExercise("sit_to_stand", Load(EquipmentKind.BODYWEIGHT), 3)
    Setup(database, catalogue, lambda: NOW).save_routine(
        trainee, Routine((stand, resting, curl), (1, 4))
    )
    card = Reports(database, catalogue, lambda: NOW).session_card(trainee)
    paper = write(lambda to: print_card_to_pdf(card, to, catalogue), tmp_path / "short.pdf")
    assert paper.pages == 1
    text = paper.text
    calf = catalogue.get("calf_raise")
    assert calf is not None
    assert f"Resting for now, not this week: {calf.text('en').name}." in text
    assert "Tue 17/11" in text and "Fri 20/11" in text
    assert "dumbbells of 2 kg, 2 x 15 to 20 times, slowly, rest 90 s" in text
    assert "rest 2 min" in text
    assert "Page 1 of 1" in text


def print_card_to_pdf(card: SessionCard, path: Path, catalogue: Catalogue) -> int:
    """Print a card with a printer that writes a PDF file."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return print_card(card, printer, catalogue=catalogue, language="en")


def test_the_card_carries_the_carers_note(
    qapp: QApplication, tmp_path: Path, catalogue: Catalogue, database: Database
) -> None:
    """The note the carer wrote on the plan is printed on the exercise card, as typed."""
    trainee, _size = generate_history(database, years=0.1, end=NOW, name="Gerrit")
    stand = RoutineExercise("sit_to_stand", Load(EquipmentKind.BODYWEIGHT), 1)
    note = "Doe de stoel tegen de muur & neem je stok mee."
    Setup(database, catalogue, lambda: NOW).save_routine(
        trainee, Routine((stand,), (1,), note=note)
    )
    card = Reports(database, catalogue, lambda: NOW).session_card(trainee)
    paper = write(lambda to: print_card_to_pdf(card, to, catalogue), tmp_path / "note.pdf")
    assert f"A note from your carer: {note}" in paper.text
