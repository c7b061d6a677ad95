"""The data page puts saving and reading files where a carer sees them first."""

from __future__ import annotations

import shutil
from datetime import timedelta

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sterkblijven.app import AppContext
from sterkblijven.domain.backups import BackupKind, backup_name
from tests.conftest import NOW
from tests.ui.flows import complete_wizard


def test_files_come_before_a_long_backup_list(context: AppContext, qtbot: QtBot) -> None:
    """With a long list of backups, saving everything and reading a file in stay in view."""
    window = context.window
    complete_wizard(window)
    window.resize(1366, 768)
    window.show_data()
    page = window.pages.data
    page.backup_now.click()
    made = context.database_backups()[-1]
    for week in range(1, 15):
        copy = backup_name(BackupKind.WEEKLY, NOW - timedelta(weeks=week))
        shutil.copyfile(made, made.with_name(copy))
    window.show_data()
    QApplication.processEvents()
    QApplication.processEvents()
    assert len(page.listed()) >= 12  # a long list, as a few months of use leave
    assert page.files_card.geometry().top() < page.backups_card.geometry().top()
    viewport = page.page.viewport()
    for button in (page.export_json, page.import_file):
        bottom = button.mapTo(viewport, button.rect().bottomLeft())
        assert viewport.rect().contains(bottom), f"{button.text()} is out of view"
