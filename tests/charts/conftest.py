"""Fixtures the chart tests share: the application, and a chart shown at a realistic size."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sterkblijven.charts.base import Chart


@pytest.fixture(autouse=True)
def application(qapp: QApplication) -> QApplication:
    """Axes measure text and are graphics items: every test needs the application."""
    return qapp


@pytest.fixture
def shown(qtbot: QtBot):
    """Return a function that shows a chart at a realistic size and waits until it is drawn."""

    def show(chart: Chart, width: int = 900) -> Chart:
        qtbot.addWidget(chart)
        chart.resize(width, chart.sizeHint().height())
        chart.show()
        qtbot.waitExposed(chart)
        QApplication.processEvents()
        return chart

    return show
