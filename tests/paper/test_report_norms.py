"""On paper, the tests name their norms, the arm curl its dumbbell, and the age its birth month."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from sterkblijven.domain.bands import theraband_ladder
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.model import Sex
from sterkblijven.i18n import LOCALES
from sterkblijven.paper.report import write_report_pdf
from sterkblijven.services.fitness import FitnessTests
from sterkblijven.services.onboarding import FirstRunAnswers, Onboarding
from sterkblijven.services.reports import ReportPeriod, Reports
from sterkblijven.storage import Database
from tests.clocks import ManualClock
from tests.conftest import NOW
from tests.paper.test_report_pdf import Paper, write


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """Write dates in English while a test runs, whatever an earlier test left behind."""
    before = QLocale()
    QLocale.setDefault(LOCALES["en"])
    yield
    QLocale.setDefault(before)


def jan_s_report(
    database: Database, catalogue: Catalogue, tmp_path: Path, birth_month: int | None
) -> Paper:
    """Return the report of Jan (born 1951) with curls of 3.5 and 3 kg and a chair stand."""
    moment = ManualClock(NOW - timedelta(days=30))
    answers = FirstRunAnswers(
        "Jan",
        "1951",
        Sex.MALE,
        frozenset(),
        False,
        (3.0, 3.5),
        theraband_ladder()[1:3],
        "en",
        birth_month=birth_month,
    )
    jan = Onboarding(database, catalogue, moment).complete(answers).trainee.id
    assert jan is not None
    fitness = FitnessTests(database, moment)
    fitness.record(jan, "arm_curl_30s", 15, dumbbell_kg=3.5)
    fitness.record(jan, "chair_stand_30s", 13)
    moment.now = NOW
    fitness.record(jan, "arm_curl_30s", 18, dumbbell_kg=3.0)
    period = ReportPeriod(NOW.date() - timedelta(days=90), NOW.date())
    report = Reports(database, catalogue, moment).progress_report(jan, period)
    path = tmp_path / "report.pdf"
    return write(lambda to: write_report_pdf(report, to, catalogue=catalogue, language="en"), path)


def test_the_report_names_the_norms_and_the_curl_s_dumbbell(
    database: Database, catalogue: Catalogue, tmp_path: Path
) -> None:
    """Each test names its norms; the curl with 3.5 kg is rated, the one with 3 kg is not."""
    text = jan_s_report(database, catalogue, tmp_path, None).text
    assert "Norm: men 75-79: 13-19 times, with 3.6 kg (Rikli & Jones 1999)." in text
    assert "Norm: men 75-79: 11-17 times (Rikli & Jones 1999, CDC STEADI)." in text
    assert "15 times 3.5 kg Within the range" in text
    not_rated = "Not comparable with the norm: dumbbell of 3 kg, the norm is for 3.6 kg"
    assert f"18 times 3 kg {not_rated}" in text
    assert "second line" in text


def test_the_report_gives_the_age_from_the_birth_month(
    database: Database, catalogue: Catalogue, tmp_path: Path
) -> None:
    """Born in December 1951, Jan is 74 on 18 November 2026, and the report says when."""
    text = jan_s_report(database, catalogue, tmp_path, 12).text
    assert "Age 74 years (born in December 1951)" in text


def test_the_report_of_someone_who_gave_only_the_year(
    database: Database, catalogue: Catalogue, tmp_path: Path
) -> None:
    """Without a month the age and the year of birth are told as before."""
    text = jan_s_report(database, catalogue, tmp_path, None).text
    assert "Age 75 years (born in 1951)" in text
