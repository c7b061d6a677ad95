"""The first run's steps about equipment: which dumbbells, and which bands from light to heavy."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from sterkblijven.domain.bands import COMMON_DUMBBELLS_KG, theraband_ladder
from sterkblijven.domain.model import Band, BandColour
from sterkblijven.domain.validation import InputRefused, clean_band_label, parse_kg
from sterkblijven.ui.common.widgets import (
    BigButton,
    ChoiceButton,
    TextLabel,
    button_row,
    chain_tab_order,
    clear_layout,
    widgets_in,
)
from sterkblijven.ui.first_run.steps import WizardStep
from sterkblijven.words.basics import band_name, number
from sterkblijven.words.refusals import refusal


class DumbbellStep(WizardStep):
    """Which dumbbells the person owns; other weights can be added."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buttons: dict[float, ChoiceButton] = {}
        self._grid = QGridLayout()
        self._grid.setSpacing(12)
        self.body.addLayout(self._grid)
        self.other_label = TextLabel("heading")
        self.other = QLineEdit()
        self.other.setMaxLength(8)
        self.other_label.setBuddy(self.other)
        self.add = BigButton()
        self.body.addWidget(self.other_label)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.other, 1)
        row.addWidget(self.add)
        self.body.addLayout(row)
        self.finish_layout()
        for kg in COMMON_DUMBBELLS_KG:
            self._add_button(kg)
        self.add.clicked.connect(self.on_add_clicked)
        self.other.returnPressed.connect(self.on_add_clicked)
        self.retranslate_ui()

    def _add_button(self, kg: float) -> ChoiceButton:
        button = ChoiceButton()
        self._buttons[kg] = button
        ordered = [self._buttons[weight] for weight in sorted(self._buttons)]
        for index, weight_button in enumerate(ordered):
            self._grid.addWidget(weight_button, index // 4, index % 4)
        chain_tab_order([*ordered, self.other, self.add])
        button.set_label(self.tr("{kg} kg").format(kg=number(kg)))
        return button

    def on_add_clicked(self) -> None:
        """Add the typed weight as a chosen dumbbell."""
        try:
            kg = parse_kg(self.other.text())
        except InputRefused as refused:
            self.error.show_message(refusal(refused.code, refused.limits))
            return
        button = self._buttons.get(kg) or self._add_button(kg)
        button.setChecked(True)
        self.other.clear()
        self.error.show_message("")

    def button_for(self, kg: float) -> ChoiceButton | None:
        """Return the button of a weight, if it is offered."""
        return self._buttons.get(kg)

    def chosen(self) -> tuple[float, ...]:
        """Return the chosen weights, lightest first."""
        return tuple(kg for kg, button in sorted(self._buttons.items()) if button.isChecked())

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Which dumbbells do you have?"))
        self.intro.setText(
            self.tr(
                "Tap every weight you have (the weight of one dumbbell). No dumbbells? "
                "Then tap nothing: many exercises work without."
            )
        )
        for kg, button in self._buttons.items():
            button.set_label(self.tr("{kg} kg").format(kg=number(kg)))
        self.other_label.setText(self.tr("Another weight, in kg"))
        self.other.setAccessibleName(self.tr("Another weight, in kg"))
        self.add.setText(self.tr("Add weight"))


class BandStep(WizardStep):
    """Which resistance bands the person owns, lightest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bands: list[tuple[Band, bool]] = [(band, False) for band in theraband_ladder()]
        self.rows = QVBoxLayout()
        self.rows.setSpacing(10)
        self.body.addLayout(self.rows)
        self.reset = BigButton()
        self.body.addLayout(button_row(self.reset))
        self.own_label = TextLabel("heading")
        self.own = QLineEdit()
        self.own.setMaxLength(40)
        self.own_label.setBuddy(self.own)
        self.add = BigButton()
        self.body.addWidget(self.own_label)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.own, 1)
        row.addWidget(self.add)
        self.body.addLayout(row)
        self.finish_layout()
        self.reset.clicked.connect(self.on_reset_clicked)
        self.add.clicked.connect(self.on_add_clicked)
        self.own.returnPressed.connect(self.on_add_clicked)
        self.retranslate_ui()

    def band_buttons(self) -> list[ChoiceButton]:
        """Return the band choices on screen, in ladder order."""
        return [w for w in widgets_in(self.rows) if isinstance(w, ChoiceButton)]

    def chosen(self) -> tuple[Band, ...]:
        """Return the owned bands in ladder order."""
        return tuple(band for band, owned in self._bands if owned)

    def on_reset_clicked(self) -> None:
        """Put the colours back in Thera-Band's order; own bands go last, choices stay."""
        owned = {band.colour for band, is_owned in self._bands if is_owned}
        own = [
            (band, is_owned) for band, is_owned in self._bands if band.colour is BandColour.OTHER
        ]
        self._bands = [(band, band.colour in owned) for band in theraband_ladder()] + own
        self._rebuild()

    def on_add_clicked(self) -> None:
        """Add a band with the person's own name at the heavy end of the ladder."""
        try:
            label = clean_band_label(self.own.text())
        except InputRefused as refused:
            self.error.show_message(refusal(refused.code, refused.limits))
            return
        self._bands.append(
            (Band(colour=BandColour.OTHER, position=len(self._bands), label=label), True)
        )
        self.own.clear()
        self.error.show_message("")
        self._rebuild()

    def _toggle(self, index: int, owned: bool) -> None:
        band, _was = self._bands[index]
        self._bands[index] = (band, owned)

    def _move(self, index: int, step: int) -> None:
        target = index + step
        if 0 <= target < len(self._bands):
            self._bands[index], self._bands[target] = self._bands[target], self._bands[index]
            self._rebuild(focus=(target, step))

    def _rebuild(self, focus: tuple[int, int] | None = None) -> None:
        clear_layout(self.rows)
        in_order: list[QWidget] = []
        for index, (band, owned) in enumerate(self._bands):
            name = band_name(band.colour, band.label)
            choice = ChoiceButton()
            choice.set_label(name[:1].upper() + name[1:])  # a label on its own: capital first
            choice.setChecked(owned)
            choice.toggled.connect(lambda checked, i=index: self._toggle(i, checked))
            up, down = BigButton(), BigButton()
            up.setText(self.tr("Up"))
            up.setAccessibleName(self.tr("Move {band} up").format(band=name))
            down.setText(self.tr("Down"))
            down.setAccessibleName(self.tr("Move {band} down").format(band=name))
            up.setEnabled(index > 0)
            down.setEnabled(index < len(self._bands) - 1)
            up.clicked.connect(lambda _c=False, i=index: self._move(i, -1))
            down.clicked.connect(lambda _c=False, i=index: self._move(i, 1))
            row = QHBoxLayout()
            row.setSpacing(12)
            row.addWidget(choice, 1)
            row.addWidget(up)
            row.addWidget(down)
            self.rows.addLayout(row)
            in_order += [choice, up, down]
            if focus is not None and focus[0] == index:
                # Keep the keyboard on the moved band, so it can be moved again.
                moving_up = focus[1] < 0
                keep = up if (moving_up and up.isEnabled()) or not down.isEnabled() else down
                keep.setFocus()
        chain_tab_order([*in_order, self.reset, self.own, self.add])

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Which bands do you have?"))
        self.intro.setText(
            self.tr(
                "Tap every band you have. The list goes from light to heavy, in the order of "
                "Thera-Band. Another brand? Move the bands with Up and Down until the lightest "
                "is at the top. No bands? Then tap nothing."
            )
        )
        self.reset.setText(self.tr("Back to the Thera-Band order"))
        self.own_label.setText(self.tr("A band with another name"))
        self.own.setAccessibleName(self.tr("A band with another name"))
        self.add.setText(self.tr("Add band"))
        self._rebuild()
