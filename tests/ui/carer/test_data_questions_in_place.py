"""The data page asks its questions in the card whose button was pressed, without a jump."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from sterkblijven.app import AppContext
from sterkblijven.ui.common.files import PresetFiles
from sterkblijven.ui.common.widgets import BigButton, Card
from tests.ui.carer.test_data_pages import open_data_page, wait_for_work
from tests.ui.flows import complete_wizard


def on_screen_y(widget: QWidget) -> int:
    """Return where a widget stands in the window, after the layout has settled."""
    QApplication.processEvents()
    return widget.mapTo(widget.window(), widget.rect().topLeft()).y()


def card_of(widget: QWidget) -> QWidget | None:
    """Return the innermost card a widget stands in."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, Card):
        parent = parent.parentWidget()
    return parent


def answers_in_view(page: QScrollArea, question: QWidget) -> bool:
    """Return True when every answer button of a question is wholly in the page's view."""
    viewport = page.viewport()
    for answer in question.findChildren(BigButton):
        top = answer.mapTo(viewport, answer.rect().topLeft()).y()
        if top < 0 or top + answer.height() > viewport.height():
            return False
    return True


def test_putting_a_backup_back_is_asked_in_its_own_row(context: AppContext, qtbot: QtBot) -> None:
    """The question stands in the chosen backup's row, its answers in view, with no jump."""
    window = context.window
    window.resize(1366, 768)
    complete_wizard(window)
    open_data_page(window)
    page = window.pages.data
    for _ in range(4):
        page.backup_now.click()
    page.open()
    QApplication.processEvents()
    rows = [b for b in page.findChildren(BigButton) if b.property("backup") and b.isVisibleTo(page)]
    rows.sort(key=on_screen_y)
    assert len(rows) >= 3
    pressed = rows[2]
    inner = page.page.widget()
    # The row near the foot of the page: the question under it needs the page to move a little.
    at = pressed.mapTo(inner, pressed.rect().topLeft()).y()
    page.page.verticalScrollBar().setValue(at - page.page.viewport().height() + 120)
    before = on_screen_y(pressed)
    path = pressed.property("backup")
    pressed.click()
    question = page.question
    again = page.restore_button_of(path)  # the rows are made anew, in the same places
    assert question is not None and question.isVisibleTo(page) and again is not None
    assert card_of(question) is card_of(again)
    assert answers_in_view(page.page, question)
    assert on_screen_y(again) <= before  # moved up only as far as the answers needed
    assert on_screen_y(again) >= 0
    assert question.findChildren(BigButton)[-1].hasFocus()  # "No", the safe answer


def test_reading_a_file_in_is_asked_in_the_files_card(
    context: AppContext, files: PresetFiles, qtbot: QtBot
) -> None:
    """The question to read a file in stands under its button, its answers in view."""
    window = context.window
    window.resize(1366, 768)
    complete_wizard(window)
    open_data_page(window)
    page = window.pages.data
    page.export_json.click()
    wait_for_work(qtbot, window)
    files.open_path = sorted(files.folder.glob("*.json"))[0]
    before = on_screen_y(page.import_file)
    page.import_file.click()
    wait_for_work(qtbot, window)
    question = page.question
    assert question is not None and question.isVisibleTo(page)
    assert card_of(question) is page.files_card
    assert 0 <= on_screen_y(page.import_file) <= before  # up only as far as the answers need
    assert on_screen_y(question) > on_screen_y(page.import_file)
    assert answers_in_view(page.page, question)
