"""Which dumbbells someone has: the first run and the carer's equipment page both ask it here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from sterkblijven.domain.bands import COMMON_DUMBBELLS_KG
from sterkblijven.domain.model import EquipmentKind, Load
from sterkblijven.domain.validation import parse_kg
from sterkblijven.ui.common.editing import capitalised, text_field
from sterkblijven.ui.common.operations import attempt
from sterkblijven.ui.common.widgets import (
    BigButton,
    ChoiceButton,
    Retranslating,
    TextLabel,
    chain_tab_order,
)
from sterkblijven.words.basics import load_text, number

DUMBBELL_COLUMNS = 4
BODY_SPACING = 18  # as in a ScrollPage's body, so an editor there looks like rows of the page


class DumbbellEditor(Retranslating, QWidget):
    """A choice for each common weight and for each weight typed in; several may be chosen.

    ``simple`` is the first run's form: the field's label stands as a heading of its own, and a
    screen reader hears each weight by its label alone, as the step's title says what it is.
    A refusal of a typed weight goes to ``show_problem``, an empty text clears it.
    """

    edited = Signal()
    controls_changed = Signal()

    def __init__(
        self,
        show_problem: Callable[[str], None],
        *,
        simple: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._show_problem = show_problem
        self._simple = simple
        self._buttons: dict[float, ChoiceButton] = {}
        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        self.other_label = TextLabel("heading" if simple else "")
        self.other = text_field(8)
        self.other_label.setBuddy(self.other)
        self.add = BigButton()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(BODY_SPACING)
        layout.addLayout(self.grid)
        layout.addWidget(self.other_label)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.other, 1)
        row.addWidget(self.add)
        layout.addLayout(row)
        self.add.clicked.connect(self.on_add_clicked)
        self.other.returnPressed.connect(self.on_add_clicked)
        for kg in COMMON_DUMBBELLS_KG:
            self._offer(kg)
        self.retranslate_ui()

    def show_chosen(self, kgs: tuple[float, ...]) -> None:
        """Offer the common weights and the given ones, only the given ones chosen."""
        for kg in list(self._buttons):
            if kg not in COMMON_DUMBBELLS_KG:
                self._drop(kg)
        for kg in kgs:
            self._offer(kg)
        for kg, button in self._buttons.items():
            button.setChecked(kg in kgs)
        self.other.clear()

    def chosen(self) -> tuple[float, ...]:
        """Return the weights chosen, lightest first."""
        return tuple(kg for kg, button in sorted(self._buttons.items()) if button.isChecked())

    def button_for(self, kg: float) -> ChoiceButton | None:
        """Return the choice of a weight, if it is offered."""
        return self._buttons.get(kg)

    def controls(self) -> list[QWidget]:
        """Return the controls in screen order."""
        return [*(self._buttons[kg] for kg in sorted(self._buttons)), self.other, self.add]

    def on_add_clicked(self) -> None:
        """Add the typed weight as a chosen dumbbell; a mistake is explained, nothing lost."""
        added, kg = attempt(lambda: parse_kg(self.other.text()), self._show_problem)
        if not added or kg is None:
            return
        self._offer(kg).setChecked(True)
        self.other.clear()
        self.edited.emit()

    def _offer(self, kg: float) -> ChoiceButton:
        button = self._buttons.get(kg)
        if button is None:
            button = ChoiceButton()
            button.toggled.connect(lambda _checked: self.edited.emit())
            self._buttons[kg] = button
            self._label(kg, button)
            self._place()
        return button

    def _drop(self, kg: float) -> None:
        button = self._buttons.pop(kg)
        self.grid.removeWidget(button)
        button.hide()
        button.deleteLater()
        self._place()

    def _place(self) -> None:
        for index, kg in enumerate(sorted(self._buttons)):
            self.grid.addWidget(
                self._buttons[kg], index // DUMBBELL_COLUMNS, index % DUMBBELL_COLUMNS
            )
        chain_tab_order(self.controls())
        self.controls_changed.emit()

    def _label(self, kg: float, button: ChoiceButton) -> None:
        label = self.tr("{kg} kg").format(kg=number(kg))
        if self._simple:
            button.set_label(label)
        else:
            button.set_label(label, capitalised(load_text(Load(EquipmentKind.DUMBBELL, kg=kg))))

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        for kg, button in self._buttons.items():
            self._label(kg, button)
        self.other_label.setText(self.tr("Another weight, in kg"))
        self.other.setAccessibleName(self.tr("Another weight, in kg"))
        self.add.setText(self.tr("Add weight"))
        if not self._simple:
            self.add.setAccessibleName(self.tr("Add the weight typed"))
