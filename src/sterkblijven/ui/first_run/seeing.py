"""How she sees best: text size and contrast, chosen on the first step and shown at once."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from sterkblijven.domain.preferences import TEXT_SCALES
from sterkblijven.ui.common.widgets import (
    ChoiceButton,
    Retranslating,
    TextLabel,
    button_row,
    choice_grid,
    make_exclusive,
)


class SeeingChoices(Retranslating, QWidget):
    """Text size and contrast buttons; each choice is announced so the whole app follows it."""

    # The text size in percent and whether high contrast is on.
    chosen = Signal(int, bool)

    def __init__(self, text_scale: int, high_contrast: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = TextLabel("heading")
        self.hint = TextLabel("muted")
        self.size_label = TextLabel("heading")
        self.scale_buttons = {scale: ChoiceButton() for scale in TEXT_SCALES}
        self.contrast_label = TextLabel("heading")
        self.standard = ChoiceButton()
        self.high = ChoiceButton()
        make_exclusive(tuple(self.scale_buttons.values()))
        make_exclusive((self.standard, self.high))
        self.scale_buttons.get(text_scale, self.scale_buttons[100]).setChecked(True)
        (self.high if high_contrast else self.standard).setChecked(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(18)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.size_label)
        # One row: the whole step fits a laptop screen at 100 %; at 200 % the labels wrap.
        layout.addLayout(choice_grid(list(self.scale_buttons.values()), len(self.scale_buttons)))
        layout.addWidget(self.contrast_label)
        layout.addLayout(button_row(self.standard, self.high))
        self.last_pressed: ChoiceButton = self.scale_buttons[self.text_scale()]
        for button in (*self.scale_buttons.values(), self.standard, self.high):
            button.clicked.connect(lambda _checked=False, b=button: self._announce(b))
        self.retranslate_ui()

    def text_scale(self) -> int:
        """Return the chosen text size in percent."""
        return next(scale for scale, button in self.scale_buttons.items() if button.isChecked())

    def high_contrast(self) -> bool:
        """Return whether high contrast is chosen."""
        return self.high.isChecked()

    def _announce(self, pressed: ChoiceButton) -> None:
        self.last_pressed = pressed
        self.chosen.emit(self.text_scale(), self.high_contrast())

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.heading.setText(self.tr("How do you see best?"))
        self.hint.setText(
            self.tr(
                "Choose the text size and the colours that are easiest for you. You see the "
                "change at once. You can change it later in Settings."
            )
        )
        self.size_label.setText(self.tr("Text size"))
        names = {
            100: self.tr("Normal"),
            125: self.tr("Larger"),
            150: self.tr("Large"),
            200: self.tr("Very large"),
        }
        for scale, button in self.scale_buttons.items():
            # A no-break space keeps "200 %" on one line when the label wraps.
            percent = f"{scale}\u00a0%"
            shown = self.tr("{name} ({percent})").format(name=names[scale], percent=percent)
            button.set_label(shown, self.tr("Text size: {size}").format(size=shown))
        self.contrast_label.setText(self.tr("Colours"))
        self.standard.set_label(self.tr("Standard: dark text on light"))
        self.high.set_label(self.tr("High contrast: light text on black"))
