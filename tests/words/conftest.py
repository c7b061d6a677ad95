"""The words are read in English, the language the texts are written in."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """Write numbers and dates in English while a test runs, whatever came before."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)
