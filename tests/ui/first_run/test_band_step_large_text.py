"""The first run's band step at 200 % text: every text is shown whole."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from sterkblijven.app import AppContext
from sterkblijven.ui.common import audit
from sterkblijven.ui.first_run.wizard import FirstRunWizard


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("size", [(1366, 768), (1100, 820)])
def test_no_band_note_is_clipped_at_200_percent(
    context: AppContext, qtbot: QtBot, language: str, size: tuple[int, int]
) -> None:
    """At 200 % text the notes beside the forces ('kg, about (Thera-Band)') fit their place."""
    window = context.window
    preferences = dataclasses.replace(window.preferences(), text_scale=200, language=language)
    window.on_preferences_changed(preferences)
    QApplication.processEvents()
    wizard = FirstRunWizard(lambda name, year: (name, year), language)
    qtbot.addWidget(wizard)
    wizard.resize(*size)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.show_step(wizard.visible_steps().index(wizard.band_step))
    QApplication.processEvents()
    QApplication.processEvents()
    QApplication.processEvents()
    assert all(row.force_note.text() for row in wizard.band_step.editor.rows)
    assert audit.clipped(wizard) == []


def broken_words(label: QLabel) -> list[str]:
    """Return each line of a wrapping label that ends inside a word, as laid out at its width."""
    layout = QTextLayout(label.text(), label.font())
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(label.contentsRect().width())
        lines.append(label.text()[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return [text for text in lines[:-1] if not text[-1:].isspace()]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_brand_name_in_a_band_note_is_not_broken_at_its_hyphen(
    context: AppContext, qtbot: QtBot, language: str
) -> None:
    """At 200 % text on a laptop 'Thera-Band' stays on one line, never 'Thera-' and 'Band)'."""
    window = context.window
    preferences = dataclasses.replace(window.preferences(), text_scale=200, language=language)
    window.on_preferences_changed(preferences)
    QApplication.processEvents()
    wizard = FirstRunWizard(lambda name, year: (name, year), language)
    qtbot.addWidget(wizard)
    wizard.resize(1366, 768)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.show_step(wizard.visible_steps().index(wizard.band_step))
    QApplication.processEvents()
    QApplication.processEvents()
    for row in wizard.band_step.editor.rows:
        assert "Thera" not in row.force_note.text() or "Band" in row.force_note.accessibleName()
        assert broken_words(row.force_note) == []
