"""The data page's other ways to save: tables for a Dutch spreadsheet, and FHIR test results."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sterkblijven.app import AppContext
from sterkblijven.domain.model import Sex
from sterkblijven.storage.synthetic.history import generate_history
from sterkblijven.ui.common.files import PresetFiles
from sterkblijven.ui.common.theme import MIN_TARGET_PX
from tests.conftest import NOW
from tests.ui.carer.test_data_pages import open_data_page, wait_for_work
from tests.ui.flows import complete_wizard

fhir_resources = pytest.importorskip("fhir.resources")
from fhir.resources.bundle import Bundle  # noqa: E402


def test_the_fhir_button_saves_the_test_results_as_a_bundle(
    context: AppContext, files: PresetFiles, qtbot: QtBot
) -> None:
    """Click it: a FHIR R4 Bundle with everyone and their results, and where it is told."""
    window = context.window
    complete_wizard(window)
    generate_history(context.database, years=0.5, end=NOW, name="Kees", sex=Sex.MALE)
    open_data_page(window)
    page = window.pages.data
    page.export_fhir.click()
    wait_for_work(qtbot, window)
    saved = list(files.folder.glob("*fhir*.json"))
    assert len(saved) == 1
    document = json.loads(saved[0].read_text(encoding="utf-8"))
    Bundle.parse_obj(document)
    kinds = [entry["resource"]["resourceType"] for entry in document["entry"]]
    assert kinds.count("Patient") == 2
    assert "Observation" in kinds
    assert saved[0].name in page.result.text().replace("\u200b", "")
    assert not page.error.isVisibleTo(page)


def test_the_dutch_tables_button_saves_tables_with_semicolons(
    context: AppContext, files: PresetFiles, qtbot: QtBot
) -> None:
    """Click it: a dated folder of Dutch tables beside the international ones' name."""
    window = context.window
    complete_wizard(window)
    open_data_page(window)
    window.pages.data.export_csv_nl.click()
    wait_for_work(qtbot, window)
    folders = [p for p in files.folder.iterdir() if p.is_dir()]
    assert [p.name for p in folders] == ["sterkblijven-2026-11-18-nl"]
    header = (folders[0] / "trainingen.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("Persoon;Begonnen;")


def test_the_new_buttons_are_named_large_and_explained(context: AppContext) -> None:
    """Both buttons have a name and 48 px; the FHIR one has its line of explanation above."""
    window = context.window
    complete_wizard(window)
    open_data_page(window)
    page = window.pages.data
    QApplication.processEvents()
    for button in (page.export_csv_nl, page.export_csv, page.export_fhir):
        assert button.text() and button.accessibleName() == button.text()
        assert button.height() >= MIN_TARGET_PX and button.width() >= MIN_TARGET_PX
    assert page.fhir_text.text()
    explained = page.fhir_text.mapTo(page, QPoint(0, page.fhir_text.height())).y()
    assert explained <= page.export_fhir.mapTo(page, QPoint(0, 0)).y()
