"""One exercise in full: pictures of the start and end position and every instruction."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from sterkblijven.domain.catalogue import Exercise
from sterkblijven.ui.common.events import AppEvents, Change
from sterkblijven.ui.common.view import PictureLoader
from sterkblijven.ui.common.widgets import (
    BigButton,
    Card,
    PictureView,
    Retranslating,
    ScrollPage,
    TextLabel,
    button_row,
    clear_layout,
    page_with_footer,
)
from sterkblijven.words.basics import current_language, equipment_name, task_name


class ExercisePage(Retranslating, QWidget):
    """Shows one exercise; Back returns to where the person came from."""

    back_requested = Signal()

    def __init__(
        self,
        load_picture: PictureLoader,
        picture_width: Callable[[], int],
        events: AppEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        events.changed.connect(self.on_data_changed)
        self._load_picture = load_picture
        self._picture_width = picture_width
        self._exercise: Exercise | None = None
        self.back = BigButton()
        self.page = ScrollPage(reading=True)
        page_with_footer(self, self.page, button_row(self.back))
        self.back.clicked.connect(self.back_requested)
        self.retranslate_ui()

    def show_exercise(self, exercise: Exercise) -> None:
        """Fill the page with an exercise in the current language."""
        self._exercise = exercise
        self._fill()

    def on_data_changed(self, change: str) -> None:
        """Redraw the pictures at a new text size."""
        if change == Change.PREFERENCES and self._exercise is not None:
            self.retranslate_ui()

    def exercise(self) -> Exercise | None:
        """Return the exercise on screen."""
        return self._exercise

    def _fill(self) -> None:
        body = self.page.body
        clear_layout(body)
        exercise = self._exercise
        if exercise is None:
            return
        text = exercise.text(current_language())
        title = TextLabel("title")
        title.setText(text.name)
        body.addWidget(title)
        task = TextLabel("muted")
        task.setText(self.tr("Helps with: {task}").format(task=task_name(exercise.task)))
        body.addWidget(task)
        summary = TextLabel()
        summary.setText(text.summary)
        body.addWidget(summary)

        pictures = QHBoxLayout()
        pictures.setSpacing(24)
        for file_name, caption_text in (
            (exercise.start_picture, self.tr("Start position")),
            (exercise.end_picture, self.tr("End position")),
        ):
            column = QVBoxLayout()
            picture = PictureView()
            picture.set_svg(self._load_picture(file_name))
            picture.set_display_width(self._picture_width())
            picture.setAccessibleName(f"{caption_text}: {text.name}")
            caption = TextLabel("heading")
            caption.setText(caption_text)
            caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(picture, 0, Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(caption)
            pictures.addLayout(column)
        pictures.addStretch(1)
        body.addLayout(pictures)

        self._section(self.tr("Getting ready"), text.setup)
        steps = "\n".join(f"{number}.  {step}" for number, step in enumerate(text.steps, start=1))
        self._section(self.tr("How to do it"), steps)
        self._section(self.tr("Breathing"), text.breathing)
        self._section(self.tr("Watch out for"), "\n".join(f"•  {m}" for m in text.mistakes))
        self._section(self.tr("Kind to your joints"), text.joint_tip)
        for kind in exercise.equipment:
            self._section(equipment_name(kind), text.variants[kind])
        if text.supported is not None:
            heading = (
                self.tr("Sitting or with support") if not exercise.seated else self.tr("Easier")
            )
            self._section(heading, text.supported)
        body.addStretch(1)

    def _section(self, heading_text: str, content: str) -> None:
        card = Card()
        heading = TextLabel("heading")
        heading.setText(heading_text)
        label = TextLabel()
        label.setText(content)
        card.content.addWidget(heading)
        card.content.addWidget(label)
        self.page.body.addWidget(card)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.back.setText(self.tr("Back"))
        self._fill()
