"""The name tiles with seven people: a line about each week, and every tile reachable."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from sterkblijven.app import AppContext
from sterkblijven.domain.attention import TileLine, TileStatus
from sterkblijven.domain.hospital import StayReason
from sterkblijven.services.training import Effort, SetInput
from sterkblijven.ui.shell.main_window import MainWindow
from tests.ui.carer.test_overview_ui import OTHERS, add_people
from tests.ui.flows import complete_wizard


def seven_people(window: MainWindow) -> dict[str, int]:
    """Riet and six others; Bep waits for the GP after a stay, Anna trained today."""
    complete_wizard(window)
    ids = add_people(window, OTHERS)
    health = window._parts.setup.health
    health.report_stay(ids["Bep"], date(2026, 11, 10), date(2026, 11, 14), StayReason.FALL)
    training = window._parts.training
    state = training.finish_warmup(training.start(ids["Anna"]).id)
    training.record_set(state.id, 0, SetInput(10, False, Effort.MODERATE, pain=0))
    training.finish(state.id)
    return ids


def test_each_tile_has_a_line_that_matches_the_data(context: AppContext) -> None:
    """Bep's line says she waits for the GP, Anna's that she trained today; the words match."""
    window = context.window
    ids = seven_people(window)
    window.show_choose()
    page = window.pages.choose
    statuses = page.statuses()
    assert statuses[ids["Bep"]] == TileStatus(TileLine.WAITING_FOR_GP)
    assert statuses[ids["Anna"]].line is TileLine.TRAINED_TODAY
    assert statuses[ids["Cor"]].line in (TileLine.TRAINING_TODAY, TileLine.NOT_TRAINED_YET)
    for tile, line in zip(page.tile_buttons(), page.tile_lines(), strict=True):
        person = next(i for name, i in [("Riet", 1), *ids.items()] if name == tile.text())
        assert line.text() == page.status_text(statuses[person])
        assert line.text() in tile.accessibleName()  # a screen reader hears it with the name


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_with_seven_people_every_tile_comes_into_view_with_the_focus(
    context: AppContext, scale: int, size: tuple[int, int]
) -> None:
    """At 100 % and 200 % text every tile, focused in turn, is wholly in view, and large."""
    window = context.window
    seven_people(window)
    window.on_preferences_changed(dataclasses.replace(window.preferences(), text_scale=scale))
    window.resize(*size)
    window.show_choose()
    window.activateWindow()
    page = window.pages.choose
    QApplication.processEvents()
    tiles = page.tile_buttons()
    assert len(tiles) == 7
    view = page.page.viewport()
    for tile, line in zip(tiles, page.tile_lines(), strict=True):
        tile.setFocus()
        QApplication.processEvents()
        assert tile.hasFocus()
        top = tile.mapTo(view, QPoint(0, 0))
        bottom = line.mapTo(view, QPoint(line.width() - 1, line.height() - 1))
        assert view.rect().contains(top) and view.rect().contains(bottom), tile.text()
        assert tile.height() >= 48 and tile.width() >= 48


def test_the_tiles_are_read_for_everyone_at_once_not_a_week_per_person(
    context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Showing the tiles reads no one's whole week: one read for everyone gives every line."""
    window = context.window
    ids = seven_people(window)
    weeks_read: list[int] = []
    monkeypatch.setattr(window._parts.reads, "overview", weeks_read.append)
    window.show_choose()
    statuses = window.pages.choose.statuses()
    assert weeks_read == []
    assert set(statuses) == {1, *ids.values()}
    assert statuses[ids["Anna"]].line is TileLine.TRAINED_TODAY
