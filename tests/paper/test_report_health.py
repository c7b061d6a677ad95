"""The report's events name the hospital stays and the movement advice in force, with sources."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.hospital import ClearedBy, StayReason
from sterkblijven.domain.model import Sex
from sterkblijven.i18n import LOCALES
from sterkblijven.paper.report import write_report_pdf
from sterkblijven.services.onboarding import FirstRunAnswers, Onboarding
from sterkblijven.services.reports import ReportPeriod, Reports
from sterkblijven.services.setup import Setup
from sterkblijven.storage import Database
from tests.clocks import ManualClock
from tests.paper.test_report_pdf import read_pdf

YEAR = ReportPeriod(date(2025, 11, 19), date(2026, 11, 18))


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """Write dates in English while a test runs."""
    before = QLocale()
    QLocale.setDefault(LOCALES["en"])
    yield
    QLocale.setDefault(before)


def report_text(database: Database, catalogue: Catalogue, trainee: int, path: Path) -> str:
    """Return the text of the person's report of the last year, as a reader finds it."""
    report = Reports(database, catalogue, lambda: datetime(2026, 11, 18, 10, 30))
    made = report.progress_report(trainee, YEAR)
    write_report_pdf(made, path, catalogue=catalogue, language="en")
    return " ".join(read_pdf(path))


def test_the_report_lists_stays_and_the_advice_in_force(
    database: Database, catalogue: Catalogue, clock: datetime, tmp_path: Path
) -> None:
    """A cleared hip stay, one still waiting, and the new-hip advice with its source are told."""
    moment = ManualClock(clock)
    answers = FirstRunAnswers("Riet", "1948", Sex.FEMALE, frozenset(), False, (1.0, 2.0), (), "en")
    trainee = Onboarding(database, catalogue, moment).complete(answers).trainee.id
    assert trainee is not None
    setup = Setup(database, catalogue, moment)
    before = report_text(database, catalogue, trainee, tmp_path / "a.pdf")
    assert "In hospital" not in before
    assert "No hospital stays, breaks of two weeks or more, or movement advice" in before
    setup.health.report_stay(trainee, date(2026, 9, 1), date(2026, 9, 8), StayReason.HIP_BACK)
    setup.health.start_precaution(trainee, "hip_back")
    setup.health.record_clearance(trainee, ClearedBy.PHYSIOTHERAPIST, date(2026, 9, 20))
    moment.now += timedelta(days=1)
    setup.health.report_stay(trainee, date(2026, 11, 10), None, StayReason.FALL)
    text = report_text(database, catalogue, trainee, tmp_path / "b.pdf")
    assert "Events" in text
    assert "In hospital from 1 September 2026 to 8 September 2026" in text
    assert "the physiotherapist said so on 20 September 2026" in text
    assert "In hospital since 10 November 2026 (a fall)" in text
    assert "Training waits until the GP" in text
    assert "New hip, operated from the back" in text and "Smith et al. 2016" in text
