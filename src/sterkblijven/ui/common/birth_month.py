"""The birth month as large choices, or "only the year": asked in the first run and by the carer.

With the month, the test norms use the person's age on the test day, so the normal range no
longer moves on 1 January. It is optional: people who prefer not to say keep the year alone.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QVBoxLayout, QWidget

from sterkblijven.ui.common.widgets import (
    ChoiceButton,
    Retranslating,
    TextLabel,
    button_row,
    choice_grid,
    make_exclusive,
)

MONTHS = tuple(range(1, 13))


class BirthMonthChooser(Retranslating, QWidget):
    """Twelve month buttons and "I'd rather give only the year", which is chosen at first."""

    def __init__(self, columns: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = TextLabel("heading")
        self.hint = TextLabel("muted")
        self.buttons = {month: ChoiceButton() for month in MONTHS}
        self.year_only = ChoiceButton()
        make_exclusive((*self.buttons.values(), self.year_only))
        self.year_only.setChecked(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.label)
        layout.addWidget(self.hint)
        layout.addLayout(choice_grid(list(self.buttons.values()), columns))
        layout.addLayout(button_row(self.year_only))
        self.retranslate_ui()

    def month(self) -> int | None:
        """Return the chosen month (1-12), or None for only the year."""
        return next((month for month, button in self.buttons.items() if button.isChecked()), None)

    def set_month(self, month: int | None) -> None:
        """Show a month as chosen, or "only the year" for None."""
        button = self.buttons.get(month) if month is not None else None
        (button or self.year_only).setChecked(True)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.label.setText(self.tr("Month of birth (you may skip this)"))
        self.hint.setText(
            self.tr(
                "With the month, your test results are compared with people of exactly your "
                "age. The year alone is fine too."
            )
        )
        locale = QLocale()
        for month, button in self.buttons.items():
            name = locale.standaloneMonthName(month, QLocale.FormatType.LongFormat)
            shown = name[:1].upper() + name[1:]
            button.set_label(shown, self.tr("Born in {month}").format(month=shown))
        self.year_only.set_label(self.tr("I'd rather give only the year"))
