"""A large name tile for everyone who trains on this computer, with a line about their week."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from sterkblijven.domain.attention import TileLine, TileStatus, without_year
from sterkblijven.domain.model import Trainee
from sterkblijven.ui.common.editing import fit_to_content
from sterkblijven.ui.common.widgets import (
    BigButton,
    Retranslating,
    ScrollPage,
    TextLabel,
    clear_layout,
)
from sterkblijven.words.basics import day_and_month_text, short_date

# Two columns of tiles once the page is this many average characters wide: a name and its
# line then still fit side by side, also at twice the text size.
TWO_COLUMNS_FROM_CHARS = 64


class ChoosePage(Retranslating, QWidget):
    """Large name tiles: who trains now; under each name, the one thing to know about the week."""

    chosen = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self._people: list[Trainee] = []
        self._statuses: dict[int, TileStatus] = {}
        self._tiles: list[tuple[BigButton, TextLabel, Trainee]] = []
        self._columns = 1
        self.page = fit_to_content(ScrollPage())  # no empty space to scroll into below
        self.title = TextLabel("title")
        self.tiles = QGridLayout()
        self.tiles.setHorizontalSpacing(24)
        self.tiles.setVerticalSpacing(20)
        self.page.body.addWidget(self.title)
        self.page.body.addLayout(self.tiles)
        self.page.body.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)
        self.retranslate_ui()

    def show_people(
        self, people: list[Trainee], statuses: dict[int, TileStatus] | None = None
    ) -> None:
        """Show a tile for each person, with the line about their week where it is known."""
        self._people = people
        self._statuses = dict(statuses or {})
        clear_layout(self.tiles)
        self._tiles = []
        for person in people:
            cell = QWidget(self.page.widget())  # kept by its parent until placed
            inner = QVBoxLayout(cell)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.setSpacing(6)
            tile = BigButton("primary")
            tile.setText(person.name)
            tile.clicked.connect(lambda _c=False, p=person.id: self.chosen.emit(p or 0))
            tile.installEventFilter(self)
            line = TextLabel()
            inner.addWidget(tile)
            inner.addWidget(line)
            inner.addStretch(1)  # a short line stays under its tile beside a longer one
            self._tiles.append((tile, line, person))
        self._columns = self._wanted_columns()
        self._place()
        self._set_lines()

    def statuses(self) -> dict[int, TileStatus]:
        """Return the line shown under each person's tile, by trainee id."""
        return dict(self._statuses)

    def tile_buttons(self) -> list[BigButton]:
        """Return the name tiles, in order."""
        return [tile for tile, _line, _person in self._tiles]

    def tile_lines(self) -> list[TextLabel]:
        """Return the lines under the tiles, in order."""
        return [line for _tile, line, _person in self._tiles]

    def status_text(self, status: TileStatus) -> str:
        """Return the line under a tile in words."""
        if status.line is TileLine.WAITING_FOR_GP:
            return self.tr("Waiting for the GP")
        if status.line is TileLine.TRAINING_TODAY:
            return self.tr("Training day today")
        if status.line is TileLine.TRAINED_TODAY:
            return self.tr("Trained today")
        if status.line is TileLine.LAST_TRAINED and status.day is not None:
            day = status.day
            near = status.today is None or without_year(day, status.today)
            named = day_and_month_text(day) if near else short_date(day)
            return self.tr("Last trained: {day}").format(day=named)
        return self.tr("Not trained yet")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Bring a tile that gets the keyboard focus into view, with its line."""
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, BigButton):
            cell = watched.parentWidget()
            if cell is not None:
                self.page.ensureWidgetVisible(cell, 0, 16)
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Lay the tiles out in two columns where the window is wide enough, else in one."""
        super().resizeEvent(event)
        wanted = self._wanted_columns()
        if wanted != self._columns:
            self._columns = wanted
            self._place()

    def _wanted_columns(self) -> int:
        enough = self.fontMetrics().averageCharWidth() * TWO_COLUMNS_FROM_CHARS
        return 2 if len(self._tiles) > 1 and self.width() >= enough else 1

    def _place(self) -> None:
        for tile, _line, _person in self._tiles:
            cell = tile.parentWidget()
            if cell is not None:
                self.tiles.removeWidget(cell)
        for index, (tile, _line, _person) in enumerate(self._tiles):
            cell = tile.parentWidget()
            if cell is not None:
                self.tiles.addWidget(cell, index // self._columns, index % self._columns)
        for column in range(2):
            self.tiles.setColumnStretch(column, 1 if column < self._columns else 0)

    def _set_lines(self) -> None:
        for tile, line, person in self._tiles:
            status = self._statuses.get(person.id or 0)
            text = "" if status is None else self.status_text(status)
            line.setText(text)
            line.setVisible(bool(text))
            tile.setAccessibleName(f"{person.name}: {text}" if text else person.name)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Who is going to train?"))
        self._set_lines()
