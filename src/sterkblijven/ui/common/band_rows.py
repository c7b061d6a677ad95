"""One band on a ladder being edited: as the carer sees it, and as the first run lists it.

Each band's force can be typed in kg, or left empty when it is not known. What is shown beside
the field says where the number comes from: Thera-Band's usual force (approximate), the number
as typed, or that it is not known; a typed force that contradicts the order of the list is
shown as typed, with the note that sterkblijven goes by the order.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from sterkblijven.domain.bands import keeps_theraband_force
from sterkblijven.domain.model import Band
from sterkblijven.ui.common.editing import SpokenChoice, capitalised, text_field
from sterkblijven.ui.common.widgets import (
    BigButton,
    Card,
    ChoiceButton,
    TextLabel,
    button_row,
    whole_words,
)
from sterkblijven.words.basics import band_name, number


def force_field(band: Band, placeholder: str) -> QLineEdit:
    """Return a field for a band's force in kg, as wide as a few digits or its placeholder."""
    field = text_field(12)
    field.setPlaceholderText(placeholder)
    field.ensurePolished()
    metrics = field.fontMetrics()
    widest = max(metrics.horizontalAdvance("00,00"), metrics.horizontalAdvance(placeholder))
    field.setFixedWidth(widest + 48)
    field.setText("" if band.force_kgf is None else number(band.force_kgf))
    return field


class BandRow(Card):
    """One band on the ladder: its name and force, and what can be done with it."""

    def __init__(self, band: Band, index: int, count: int, agreed: float | None) -> None:
        super().__init__()
        self.band = band
        name = band_name(band.colour, band.label)
        self.name_label = TextLabel("heading")
        self.name_label.setText(
            self.tr("{place}. {band}").format(place=index + 1, band=capitalised(name))
        )
        self.force = force_field(band, self.tr("not known"))
        self.force.setAccessibleName(self.tr("Force of the {band} in kg").format(band=name))
        self.force_note = TextLabel("muted")
        self.problem = TextLabel("error")
        self.problem.hide()
        # The note and a message share a place with room for both, so nothing below moves.
        beside = QWidget()
        notes = QVBoxLayout(beside)
        notes.setContentsMargins(0, 6, 0, 0)
        notes.addWidget(self.force_note)
        notes.addWidget(self.problem)
        notes.addStretch(1)
        self.problem.ensurePolished()
        beside.setMinimumHeight(3 * self.problem.fontMetrics().lineSpacing() + 28)
        force_row = QHBoxLayout()
        force_row.setSpacing(16)
        force_row.addWidget(self.force, 0, Qt.AlignmentFlag.AlignTop)
        force_row.addWidget(beside, 1)
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
        self.content.addLayout(force_row)
        self.content.addLayout(button_row(self.lighter, self.heavier))
        self.content.addLayout(button_row(self.double, self.remove))
        self.show_force(band, agreed)

    def show_force(self, band: Band, agreed: float | None) -> None:
        """Show a band's force and where it comes from; ``agreed`` is None where not used."""
        self.band = band
        if not self.force.hasFocus():
            self.force.setText("" if band.force_kgf is None else number(band.force_kgf))
        self.force_note.setText(self._note(band, agreed))
        self.show_problem("")

    def _note(self, band: Band, agreed: float | None) -> str:
        if band.force_kgf is None:
            return self.tr("Force not known: sterkblijven goes by the order of the list.")
        kg = number(band.force_kgf)
        if agreed is None:
            return self.tr(
                "{kg} kg as typed does not fit the order: sterkblijven goes by the order."
            ).format(kg=kg)
        if keeps_theraband_force(band):
            return self.tr("About {kg} kg at full stretch, according to Thera-Band.").format(kg=kg)
        return self.tr("{kg} kg at full stretch, as typed.").format(kg=kg)

    def show_problem(self, text: str) -> None:
        """Show why a typed force was not taken (an empty text shows the note again)."""
        self.problem.setText(text)
        self.problem.setAccessibleName(text)
        self.problem.setVisible(bool(text))
        self.force_note.setVisible(not text)

    def controls(self) -> list[QWidget]:
        """Return the controls in screen order."""
        return [self.force, self.lighter, self.heavier, self.double, self.remove]


class BandChoiceRow(QGridLayout):
    """One band in the first run's list: tapped when the person has it, its force, moved.

    The few words on where the force comes from sit under the field and the buttons, as wide
    as they are together, so at large text they never squeeze into a narrow column.
    """

    def __init__(
        self, band: Band, index: int, count: int, owned: bool, agreed: float | None
    ) -> None:
        super().__init__()
        self.setHorizontalSpacing(12)
        self.setVerticalSpacing(4)
        self.band = band
        name = band_name(band.colour, band.label)
        self.choice = ChoiceButton()
        self.choice.set_label(capitalised(name))
        self.choice.setChecked(owned)
        self.force = force_field(band, "?")
        self.force.setAccessibleName(self.tr("Force of the {band} in kg").format(band=name))
        self.force_note = TextLabel("muted")
        self.lighter = BigButton()
        self.lighter.setText(self.tr("Up"))
        self.lighter.setAccessibleName(self.tr("Move {band} up").format(band=name))
        self.lighter.setEnabled(index > 0)
        self.heavier = BigButton()
        self.heavier.setText(self.tr("Down"))
        self.heavier.setAccessibleName(self.tr("Move {band} down").format(band=name))
        self.heavier.setEnabled(index < count - 1)
        self.addWidget(self.choice, 0, 0, 2, 1)
        self.addWidget(self.force, 0, 1)
        self.addWidget(self.lighter, 0, 2)
        self.addWidget(self.heavier, 0, 3)
        self.addWidget(self.force_note, 1, 1, 1, 3)
        self.setColumnStretch(0, 1)
        # Up and Down are as wide as each other, the wider of the two.
        for button in (self.lighter, self.heavier):
            button.ensurePolished()
        wide = max(self.lighter.sizeHint().width(), self.heavier.sizeHint().width())
        self.setColumnMinimumWidth(2, wide)
        self.setColumnMinimumWidth(3, wide)
        self.show_force(band, agreed)

    def show_force(self, band: Band, agreed: float | None) -> None:
        """Show a band's force and, in a few words, where it comes from."""
        self.band = band
        if not self.force.hasFocus():
            self.force.setText("" if band.force_kgf is None else number(band.force_kgf))
        if band.force_kgf is None:
            note = self.tr("kg, not known")
        elif agreed is None:
            note = self.tr("kg, does not fit the order")
        elif keeps_theraband_force(band):
            note = self.tr("kg, about (Thera-Band)")
        else:
            note = self.tr("kg")
        self.force_note.setText(whole_words(note))
        self.force_note.setAccessibleName(note)

    def controls(self) -> list[QWidget]:
        """Return the controls in screen order."""
        return [self.choice, self.force, self.lighter, self.heavier]
