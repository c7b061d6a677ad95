"""The report as a physiotherapist reads it: the person in the third person, tests, dose, events."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from sqlalchemy import delete, select, update

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.decisions import Decider, Status
from sterkblijven.domain.model import Sex
from sterkblijven.domain.progression import Advice, Reason, Suggestion
from sterkblijven.i18n import LOCALES, Translations
from sterkblijven.paper.report import KEEP_SHARE, report_document, write_report_pdf
from sterkblijven.services.reports import (
    AbsenceKind,
    MarkKind,
    ProgressReport,
    ReportPeriod,
    Reports,
)
from sterkblijven.storage import Database, models, open_database
from sterkblijven.storage import suggestions as suggestion_store
from sterkblijven.storage.database import sqlite_url
from sterkblijven.storage.models import HospitalStayRow, SessionRow, SetRow, SuggestionRow
from sterkblijven.storage.repositories import active_routine
from sterkblijven.storage.synthetic.history import generate_history
from tests.conftest import NOW
from tests.paper.test_report_pdf import Paper, read_pdf

YEAR = ReportPeriod(NOW.date() - timedelta(days=364), NOW.date())
NAME = "Gerrit"
ADMITTED = date(2026, 3, 2)
DISCHARGED = date(2026, 3, 12)
CLEARED = date(2026, 3, 20)
PAIN_STOP_DAY = date(2026, 6, 4)
CARER_LOGIN = "fysio.jansen"
SECOND_PERSON = re.compile(r"\b(you|your|yours|je|jij|jouw|u|uw)\b", re.IGNORECASE)


def build_history(folder: Path) -> tuple[Database, int]:
    """Return a year of Gerrit's training, with a hospital stay, a stop for pain 6 and decisions."""
    folder.mkdir(parents=True, exist_ok=True)
    database = open_database(sqlite_url(folder / "data.sqlite3"))
    trainee, _size = generate_history(
        database, years=1.0, end=NOW, name=NAME, birth_year=1948, sex=Sex.MALE
    )
    with database.transaction() as tx:
        # In hospital from 2 to 12 March, cleared by the GP on the 20th: no training meanwhile.
        tx.execute(
            delete(SessionRow).where(
                SessionRow.trainee_id == trainee,
                SessionRow.started_at >= datetime(2026, 3, 2),
                SessionRow.started_at < datetime(2026, 3, 21),
            )
        )
        tx.add(
            HospitalStayRow(
                trainee_id=trainee,
                admitted=ADMITTED,
                discharged=DISCHARGED,
                reason="knee",
                recorded_at=datetime(2026, 3, 13, 9, 0),
                cleared_at=CLEARED,
                cleared_by="gp",
            )
        )
        # Pain 6 in the shoulder during a biceps curl: the exercise stopped.
        stopped = tx.scalars(
            select(SetRow.id)
            .join(SessionRow, SessionRow.id == SetRow.session_id)
            .where(
                SessionRow.started_at >= datetime.combine(PAIN_STOP_DAY, datetime.min.time()),
                SetRow.exercise_id == "biceps_curl",
            )
            .order_by(SetRow.id)
            .limit(1)
        ).one()
        tx.execute(
            update(SetRow)
            .where(SetRow.id == stopped)
            .values(pain=6, pain_location="shoulder", stop_signals="")
        )
        # The tests: an arm curl with a 2 kg dumbbell (the norm for men is 3.6 kg), and a
        # chair stand that needed the arms.
        tx.add(
            models.TestResultRow(
                trainee_id=trainee,
                test_id="arm_curl_30s",
                value=14,
                taken_at=datetime(2026, 10, 5, 10, 0),
                dumbbell_kg=2.0,
            )
        )
        tx.add(
            models.TestResultRow(
                trainee_id=trainee,
                test_id="chair_stand_30s",
                value=0,
                taken_at=datetime(2026, 10, 5, 10, 10),
                used_arms=True,
            )
        )
        # The carer accepted a heavier load and turned down another.
        routine = active_routine(tx, trainee)
        assert routine is not None
        first, second = routine.exercises[0], routine.exercises[1]
        for index, (item, status) in enumerate(
            ((first, Status.ACCEPTED), (second, Status.REJECTED))
        ):
            made = datetime(2026, 9, 7 + index, 12, 0)
            suggestion = Suggestion(Advice.SLOWER, Reason.BIG_STEP, item, item)
            found = suggestion_store.add(tx, trainee, None, index, suggestion, False, made)
            suggestion_store.decide(tx, found, status, Decider.CARER, made + timedelta(hours=3))
            tx.execute(
                update(SuggestionRow)
                .where(SuggestionRow.id == found)
                .values(changed_by=CARER_LOGIN)
            )
    return database, trainee


@dataclass(frozen=True)
class Gerrit:
    """Gerrit's report of the last year, its text, and the PDF written from it."""

    report: ProgressReport
    html: str
    paper: Paper
    path: Path


@pytest.fixture(scope="module")
def gerrit(
    qapp: QApplication, tmp_path_factory: pytest.TempPathFactory, catalogue: Catalogue
) -> Iterator[Gerrit]:
    """Return Gerrit's report of the last year, in English."""
    before = QLocale()
    QLocale.setDefault(LOCALES["en"])
    folder = tmp_path_factory.mktemp("gerrit")
    database, trainee = build_history(folder / "data")
    report = Reports(database, catalogue, lambda: NOW).progress_report(trainee, YEAR)
    path = folder / "report.pdf"
    pages = write_report_pdf(report, path, catalogue=catalogue, language="en")
    texts = read_pdf(path)
    assert pages == len(texts)
    document = report_document(report, catalogue=catalogue, language="en")
    yield Gerrit(report, document.toPlainText(), Paper(pages, texts), path)
    database.close()
    QLocale.setDefault(before)


def test_the_report_speaks_of_the_person_never_to_them(gerrit: Gerrit) -> None:
    """No second-person word appears in the report's text or on its pages."""
    for text in (gerrit.html, gerrit.paper.text):
        assert SECOND_PERSON.findall(text) == []
    assert NAME in gerrit.paper.text


def test_the_dutch_report_speaks_of_the_person_too(
    gerrit: Gerrit, qapp: QApplication, catalogue: Catalogue, tmp_path: Path
) -> None:
    """In Dutch, too, nothing on paper says je, jij, jouw, u or uw."""
    translations = Translations(qapp)
    translations.switch("nl")
    try:
        path = tmp_path / "verslag.pdf"
        write_report_pdf(gerrit.report, path, catalogue=catalogue, language="nl")
        text = " ".join(read_pdf(path))
    finally:
        translations.remove()
    assert "Pagina 1 van" in text
    assert SECOND_PERSON.findall(text) == []
    # Column headings narrower than their words were broken in two ("Resulta at").
    for heading in ("Resultaat", "Omstandigheden", "Gewrichten", "Beoordeling"):
        assert heading in text


def test_the_tests_are_a_table_with_norm_source_and_conditions(gerrit: Gerrit) -> None:
    """Each test result is a row with its conditions, the norm it meets and its source."""
    rows = {(row.test_id, row.day): row for row in gerrit.report.test_rows}
    curl = rows[("arm_curl_30s", date(2026, 10, 5))]
    assert curl.value == 14
    assert curl.dumbbell_kg == 2.0
    assert curl.norm_kg == pytest.approx(3.63)
    assert not curl.comparable
    assert curl.age_band == (75, 79)
    assert curl.normal_range == (13, 19)
    stand = rows[("chair_stand_30s", date(2026, 10, 5))]
    assert stand.used_arms
    assert stand.comparable
    assert stand.fall_risk
    text = gerrit.paper.text
    assert "Test results" in text
    assert "Not comparable with the norm: dumbbell of 2 kg, the norm is for 3.6 kg" in text
    assert "Not comparable with the norm: the arms were used" not in text
    assert "The arms were needed: counts as 0, as the protocol prescribes" in text
    assert "a chair stand that needed the arms counts as 0" in text
    assert "Rikli & Jones 1999" in text
    assert "men 75-79" in text


def test_adherence_counts_the_planned_days_without_the_hospital_stay(gerrit: Gerrit) -> None:
    """Planned sessions are the plan's training days less the hospital stay; breaks stay in."""
    attendance = gerrit.report.attendance
    covered = gerrit.report.covered
    weekdays = {0, 3}  # the synthetic plan trains on Monday and Thursday
    away = set()
    for stay in gerrit.report.absences:
        if stay.kind is not AbsenceKind.HOSPITAL:
            continue
        day = stay.first
        while day <= stay.last:
            away.add(day)
            day += timedelta(days=1)
    expected = sum(
        1
        for offset in range((covered.last - covered.first).days + 1)
        if (day := covered.first + timedelta(days=offset)).weekday() in weekdays and day not in away
    )
    assert attendance.planned == expected
    hospital = [a for a in gerrit.report.absences if a.kind is AbsenceKind.HOSPITAL]
    assert [(a.first, a.last) for a in hospital] == [(ADMITTED, CLEARED - timedelta(days=1))]
    breaks = [a for a in gerrit.report.absences if a.kind is AbsenceKind.BREAK]
    assert breaks, "the synthetic summer holiday is a break"
    trained = {point.day for point in gerrit.report.pain}
    for away in breaks:
        assert away.days >= 13
        assert (
            away.first - timedelta(days=1) in trained and away.last + timedelta(days=1) in trained
        )
    assert attendance.hospital_days == sum(a.days for a in hospital)
    assert (attendance.breaks, attendance.break_days) == (len(breaks), sum(a.days for a in breaks))
    assert 0 < attendance.on_plan <= min(attendance.sessions, attendance.planned)
    share = round(100 * attendance.on_plan / attendance.planned)
    assert attendance.share == share <= 100
    text = gerrit.paper.text
    assert f"{attendance.on_plan} of {attendance.planned} planned sessions ({share} %)" in text
    breaks_told = f"{attendance.breaks} ({attendance.break_days} days)"
    assert f"Breaks of two weeks or more {breaks_told}" in text


def test_each_exercise_has_its_dose_and_how_it_changed(gerrit: Gerrit) -> None:
    """The dose of each exercise is told: load, sets, range, tempo, and its changes."""
    doses = gerrit.report.doses
    assert doses
    assert all(dose.changes for dose in doses if len(dose.history) > 1)
    text = gerrit.paper.text
    assert "Dose per exercise" in text
    assert "Sets × range Tempo, extra set Rest" in text
    assert "→" in text


def test_a_stop_for_pain_6_is_a_stop_signal_with_its_place(gerrit: Gerrit) -> None:
    """Pain 6 stopped the biceps curl: it is a stop signal, with the session and the place."""
    stops = [stop for stop in gerrit.report.stop_signals if stop.day == PAIN_STOP_DAY]
    assert [(stop.exercise_id, stop.pain, stop.place) for stop in stops] == [
        ("biceps_curl", 6, "shoulder")
    ]
    text = gerrit.paper.text
    assert "No stop signals" not in text
    assert "Pain above 5 (6 out of 10), shoulder" in text


def test_the_events_and_the_carer_s_decisions_are_told(gerrit: Gerrit) -> None:
    """The hospital stay, the GP's clearance and the carer's decisions, with who and when."""
    decisions = gerrit.report.decisions
    assert [(d.status, d.decided_by, d.login) for d in decisions] == [
        (Status.ACCEPTED, Decider.CARER, CARER_LOGIN),
        (Status.REJECTED, Decider.CARER, CARER_LOGIN),
    ]
    text = gerrit.paper.text
    assert "Events" in text
    assert "In hospital from 2 March 2026 to 12 March 2026" in text
    assert "Training may start again: the GP said so on 20 March 2026" in text
    assert "Decisions on the load" in text
    assert f"Accepted by the carer ({CARER_LOGIN})" in text
    assert f"Turned down by the carer ({CARER_LOGIN})" in text


def test_the_report_s_charts_mark_the_events(gerrit: Gerrit) -> None:
    """The events become marks with a short label on the charts of the period."""
    marks = gerrit.report.marks
    assert any(mark.first == ADMITTED and mark.last == DISCHARGED for mark in marks)
    assert {mark.kind for mark in marks} >= {MarkKind.HOSPITAL, MarkKind.CLEARED}


def test_pages_are_filled_and_few(gerrit: Gerrit, catalogue: Catalogue) -> None:
    """Every page but the last is at least 60 % full, and a year fits on a sensible count."""
    from sterkblijven.paper.pages import page_fill

    fill = page_fill(report_document(gerrit.report, catalogue=catalogue, language="en"), KEEP_SHARE)
    assert len(fill) == gerrit.paper.pages
    assert all(share >= 0.6 for share in fill[:-1]), fill
    # A year of 8 exercises and 6 tests taken 8 times: charts and tables, no empty room.
    assert 8 <= gerrit.paper.pages <= 18


def test_the_pdf_is_pdf_a_1b_with_embedded_fonts(gerrit: Gerrit) -> None:
    """The file says it is PDF/A-1b in its XMP metadata, and embeds its fonts."""
    data = gerrit.path.read_bytes()
    assert re.search(rb"pdfaid:part[^0-9]{1,3}1", data)
    assert re.search(rb"pdfaid:conformance[^A-Z]{1,3}B", data)
    assert b"/FontFile2" in data or b"/FontFile3" in data or b"/FontFile " in data
