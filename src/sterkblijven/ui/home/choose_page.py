"""A large name tile for everyone who trains on this computer."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from sterkblijven.domain.model import Trainee
from sterkblijven.ui.common.widgets import (
    BigButton,
    Retranslating,
    ScrollPage,
    TextLabel,
    clear_layout,
    widgets_in,
)


class ChoosePage(Retranslating, QWidget):
    """Large name tiles: who trains now."""

    chosen = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self._people: list[Trainee] = []
        self.page = ScrollPage()
        self.title = TextLabel("title")
        self.tiles = QVBoxLayout()
        self.tiles.setSpacing(16)
        self.page.body.addWidget(self.title)
        self.page.body.addLayout(self.tiles)
        self.page.body.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)
        self.retranslate_ui()

    def show_people(self, people: list[Trainee]) -> None:
        """Show a tile for each person."""
        self._people = people
        clear_layout(self.tiles)
        for person in people:
            tile = BigButton("primary")
            tile.setText(person.name)
            tile.clicked.connect(lambda _c=False, p=person.id: self.chosen.emit(p or 0))
            self.tiles.addWidget(tile)

    def tile_buttons(self) -> list[BigButton]:
        """Return the name tiles, in order."""
        return [w for w in widgets_in(self.tiles) if isinstance(w, BigButton)]

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Who is going to train?"))
