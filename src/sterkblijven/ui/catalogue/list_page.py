"""Browsing the exercise catalogue, filtered by the everyday task an exercise serves."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from sterkblijven.domain.catalogue import Catalogue, Exercise
from sterkblijven.domain.model import Task
from sterkblijven.ui.common.widgets import (
    BigButton,
    ChoiceButton,
    Retranslating,
    ScrollPage,
    TextLabel,
    button_row,
    clear_layout,
    make_exclusive,
    page_with_footer,
    widgets_in,
)
from sterkblijven.words.basics import current_language, task_name


class CataloguePage(Retranslating, QWidget):
    """Every exercise as a large tile; a tile opens the exercise."""

    exercise_chosen = Signal(object)
    back_requested = Signal()

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._task: Task | None = None
        self.page = ScrollPage()
        self.title = TextLabel("title")
        self.intro = TextLabel()
        self.filters: dict[Task | None, ChoiceButton] = {}
        filter_grid = QGridLayout()
        filter_grid.setSpacing(12)
        for index, task in enumerate((None, *Task)):
            button = ChoiceButton()
            self.filters[task] = button
            # Two columns: at 200 % three do not leave room for a word like "Traplopen".
            filter_grid.addWidget(button, index // 2, index % 2)
            button.clicked.connect(lambda _c=False, t=task: self.on_filter_chosen(t))
        make_exclusive(tuple(self.filters.values()))
        self.filters[None].setChecked(True)
        self.tiles = QVBoxLayout()
        self.tiles.setSpacing(12)
        self.page.body.addWidget(self.title)
        self.page.body.addWidget(self.intro)
        self.page.body.addLayout(filter_grid)
        self.page.body.addLayout(self.tiles)
        self.page.body.addStretch(1)
        self.back = BigButton()
        page_with_footer(self, self.page, button_row(self.back))
        self.back.clicked.connect(self.back_requested)
        self.retranslate_ui()

    def on_filter_chosen(self, task: Task | None) -> None:
        """Show only the exercises for one task, or all."""
        self._task = task
        self._fill()

    def tile_buttons(self) -> list[BigButton]:
        """Return the exercise tiles on screen, in order."""
        return [w for w in widgets_in(self.tiles) if isinstance(w, BigButton)]

    def _fill(self) -> None:
        clear_layout(self.tiles)
        language = current_language()
        for exercise in self._catalogue.for_task(self._task):
            self.tiles.addWidget(self._tile(exercise, language))

    def _tile(self, exercise: Exercise, language: str) -> BigButton:
        text = exercise.text(language)
        tile = BigButton("tile")
        tile.setText(f"{text.name}\n{task_name(exercise.task)}")
        tile.setAccessibleName(text.name)
        tile.setAccessibleDescription(
            self.tr("Helps with: {task}").format(task=task_name(exercise.task))
        )
        tile.clicked.connect(lambda _c=False, e=exercise: self.exercise_chosen.emit(e))
        return tile

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("All exercises"))
        self.intro.setText(self.tr("Tap an exercise to see how it is done."))
        for task, button in self.filters.items():
            button.set_label(self.tr("All") if task is None else task_name(task))
        self.back.setText(self.tr("Back"))
        self._fill()
