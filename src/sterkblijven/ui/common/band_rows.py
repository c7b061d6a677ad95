"""One band on a ladder being edited: as the carer sees it, and as the first run lists it."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from sterkblijven.domain.model import Band
from sterkblijven.ui.common.editing import SpokenChoice, capitalised
from sterkblijven.ui.common.widgets import BigButton, Card, ChoiceButton, TextLabel, button_row
from sterkblijven.words.basics import band_name, number


class BandRow(Card):
    """One band on the ladder: its name and force, and what can be done with it."""

    def __init__(self, band: Band, index: int, count: int) -> None:
        super().__init__()
        self.band = band
        name = band_name(band.colour, band.label)
        self.name_label = TextLabel("heading")
        self.name_label.setText(
            self.tr("{place}. {band}").format(place=index + 1, band=capitalised(name))
        )
        self.force_label = TextLabel("muted")
        if band.force_kgf is not None:
            self.force_label.setText(
                self.tr("About {kg} kg at full stretch").format(kg=number(band.force_kgf))
            )
        else:
            self.force_label.setText(self.tr("Force not known"))
        self.double = SpokenChoice()
        self.double.set_label(self.tr("Can be doubled"))
        self.double.set_spoken_name(self.tr("The {band} can be doubled").format(band=name))
        self.double.setChecked(band.can_double)
        self.lighter = BigButton()
        self.lighter.setText(self.tr("Lighter"))
        self.lighter.setAccessibleName(self.tr("Move the {band} lighter").format(band=name))
        self.lighter.setEnabled(index > 0)
        self.heavier = BigButton()
        self.heavier.setText(self.tr("Heavier"))
        self.heavier.setAccessibleName(self.tr("Move the {band} heavier").format(band=name))
        self.heavier.setEnabled(index < count - 1)
        self.remove = BigButton()
        self.remove.setText(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove the {band}").format(band=name))
        self.content.addWidget(self.name_label)
        self.content.addWidget(self.force_label)
        self.content.addLayout(button_row(self.lighter, self.heavier))
        self.content.addLayout(button_row(self.double, self.remove))

    def controls(self) -> list[QWidget]:
        """Return the controls in screen order."""
        return [self.lighter, self.heavier, self.double, self.remove]


class BandChoiceRow(QHBoxLayout):
    """One band in the first run's list: tapped when the person has it, moved up or down."""

    def __init__(self, band: Band, index: int, count: int, owned: bool) -> None:
        super().__init__()
        self.setSpacing(12)
        self.band = band
        name = band_name(band.colour, band.label)
        self.choice = ChoiceButton()
        self.choice.set_label(capitalised(name))
        self.choice.setChecked(owned)
        self.lighter = BigButton()
        self.lighter.setText(self.tr("Up"))
        self.lighter.setAccessibleName(self.tr("Move {band} up").format(band=name))
        self.lighter.setEnabled(index > 0)
        self.heavier = BigButton()
        self.heavier.setText(self.tr("Down"))
        self.heavier.setAccessibleName(self.tr("Move {band} down").format(band=name))
        self.heavier.setEnabled(index < count - 1)
        self.addWidget(self.choice, 1)
        self.addWidget(self.lighter)
        self.addWidget(self.heavier)

    def controls(self) -> list[QWidget]:
        """Return the controls in screen order."""
        return [self.choice, self.lighter, self.heavier]
