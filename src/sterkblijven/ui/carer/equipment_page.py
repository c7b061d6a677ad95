"""Carer mode: which dumbbells a trainee has, and their bands from light to heavy."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from sterkblijven.domain.bands import COMMON_DUMBBELLS_KG, THERABAND_ORDER, renumber
from sterkblijven.domain.model import Band, BandColour, EquipmentKind, Load
from sterkblijven.domain.validation import InputRefused, clean_band_label, parse_kg
from sterkblijven.services.setup import FORCE_RANGE, Setup
from sterkblijven.ui.common.editing import (
    LeavingGuard,
    SaveFooter,
    SpokenChoice,
    capitalised,
    fit_to_content,
    text_field,
)
from sterkblijven.ui.common.operations import attempt
from sterkblijven.ui.common.widgets import (
    BigButton,
    Card,
    ChoiceButton,
    ErrorLabel,
    Retranslating,
    ScrollPage,
    TextLabel,
    button_row,
    chain_tab_order,
    clear_layout,
    page_with_footer,
)
from sterkblijven.words.basics import band_name, load_text, number
from sterkblijven.words.refusals import refusal

DUMBBELL_COLUMNS = 4
_THERABAND_RANK = {colour: rank for rank, (colour, _force) in enumerate(THERABAND_ORDER)}
_THERABAND_FORCE = dict(THERABAND_ORDER)


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


class EquipmentPage(LeavingGuard, Retranslating, QWidget):
    """The dumbbells a trainee has, and the band ladder: lightest first, reordered by clicks."""

    back_requested = Signal()
    saved = Signal()

    def __init__(self, setup: Setup) -> None:
        super().__init__()
        self._setup = setup
        self._trainee_id: int | None = None
        self._name = ""
        self._loaded_kg: tuple[float, ...] = ()
        self._loaded_bands: tuple[Band, ...] = ()
        self._kg_buttons: dict[float, SpokenChoice] = {}
        self._bands: list[Band] = []
        self._removed: tuple[int, Band] | None = None  # for Put it back
        self._colour_buttons: dict[BandColour, BigButton] = {}
        self.rows: list[BandRow] = []

        self.page = fit_to_content(ScrollPage())
        self.title = TextLabel("title")
        self.intro = TextLabel()

        self.dumbbell_title = TextLabel("heading")
        self.dumbbell_hint = TextLabel("muted")
        self.dumbbell_grid = QGridLayout()
        self.dumbbell_grid.setSpacing(12)
        self.other_kg_label = TextLabel()
        self.other_kg = text_field(8)
        self.other_kg_label.setBuddy(self.other_kg)
        self.add_kg = BigButton()
        self.kg_error = ErrorLabel()

        self.band_title = TextLabel("heading")
        self.band_hint = TextLabel("muted")
        self.no_bands = TextLabel()
        self.band_rows = QVBoxLayout()
        self.band_rows.setSpacing(12)
        self.removed_card = Card("notice")
        self.removed_text = TextLabel()
        self.put_back = BigButton()
        self.removed_card.content.addWidget(self.removed_text)
        self.removed_card.content.addLayout(button_row(self.put_back))
        self.removed_card.hide()
        self.theraband_order = BigButton()
        self.add_colour = ChoiceButton()
        self.colour_panel = Card()
        self.colour_hint = TextLabel()
        self.colour_grid = QGridLayout()
        self.colour_grid.setSpacing(12)
        self.colour_panel.content.addWidget(self.colour_hint)
        self.colour_panel.content.addLayout(self.colour_grid)
        self.colour_panel.hide()
        self.add_other = ChoiceButton()
        self.other_panel = Card()
        self.other_name_label = TextLabel()
        self.other_name = text_field(40)
        self.other_name_label.setBuddy(self.other_name)
        self.other_force_label = TextLabel()
        self.other_force = text_field(8)
        self.other_force_label.setBuddy(self.other_force)
        self.add_other_band = BigButton()
        for widget in (
            self.other_name_label,
            self.other_name,
            self.other_force_label,
            self.other_force,
        ):
            self.other_panel.content.addWidget(widget)
        self.other_panel.content.addLayout(button_row(self.add_other_band))
        self.other_panel.hide()
        self.band_error = ErrorLabel()

        body = self.page.body
        for widget in (
            self.title,
            self.intro,
            self.dumbbell_title,
            self.dumbbell_hint,
        ):
            body.addWidget(widget)
        body.addLayout(self.dumbbell_grid)
        body.addWidget(self.other_kg_label)
        kg_row = QHBoxLayout()
        kg_row.setSpacing(16)
        kg_row.addWidget(self.other_kg, 1)
        kg_row.addWidget(self.add_kg)
        body.addLayout(kg_row)
        body.addWidget(self.kg_error)
        body.addSpacing(12)
        for widget in (self.band_title, self.band_hint, self.no_bands):
            body.addWidget(widget)
        body.addLayout(self.band_rows)
        body.addWidget(self.removed_card)
        body.addLayout(button_row(self.theraband_order))
        body.addLayout(button_row(self.add_colour))
        body.addWidget(self.colour_panel)
        body.addLayout(button_row(self.add_other))
        body.addWidget(self.other_panel)
        body.addWidget(self.band_error)
        body.addStretch(1)

        self.back = BigButton()
        self.save = BigButton("primary")
        self.footer = SaveFooter(self.back, self.save)
        page_with_footer(self, self.page, self.footer.as_footer())
        self._connect_signals()
        for kg in COMMON_DUMBBELLS_KG:
            self._offer_kg(kg)
        self.retranslate_ui()

    def _connect_signals(self) -> None:
        self.add_kg.clicked.connect(self.on_add_kg_clicked)
        self.other_kg.returnPressed.connect(self.on_add_kg_clicked)
        self.put_back.clicked.connect(self.on_put_back_clicked)
        self.theraband_order.clicked.connect(self.on_theraband_order_clicked)
        self.add_colour.toggled.connect(self.on_add_colour_toggled)
        self.add_other.toggled.connect(self.on_add_other_toggled)
        self.add_other_band.clicked.connect(self.on_add_other_band_clicked)
        self.other_name.returnPressed.connect(self.on_add_other_band_clicked)
        self.other_force.returnPressed.connect(self.on_add_other_band_clicked)
        self.save.clicked.connect(self.on_save_clicked)
        self.back.clicked.connect(self.on_back_clicked)
        self.footer.question.leave_chosen.connect(self.on_leave_chosen)
        self.footer.question.stay_chosen.connect(self.on_stay_chosen)

    # What the page shows

    def show_trainee(self, trainee_id: int, name: str) -> None:
        """Show the equipment of one trainee, as stored."""
        self._trainee_id = trainee_id
        self._name = name
        problems: list[str] = []
        equipment = attempt(lambda: self._setup.equipment(trainee_id), problems.append)[1]
        if equipment is None:
            self._loaded_kg, self._loaded_bands = (), ()
        else:
            self._loaded_kg, self._loaded_bands = equipment.dumbbells_kg, equipment.bands
        self._restore()
        self._on_edited()
        self.page.verticalScrollBar().setValue(0)
        self.footer.status.show_message(next((text for text in problems if text), ""))

    def _restore(self) -> None:
        for kg in list(self._kg_buttons):
            if kg not in COMMON_DUMBBELLS_KG:
                self._drop_kg(kg)
        for kg in self._loaded_kg:
            self._offer_kg(kg)
        for kg, button in self._kg_buttons.items():
            button.setChecked(kg in self._loaded_kg)
        self._bands = list(self._loaded_bands)
        self._removed = None
        self.add_colour.setChecked(False)
        self.add_other.setChecked(False)
        self.other_kg.clear()
        self.other_name.clear()
        self.other_force.clear()
        self.kg_error.show_message("")
        self.band_error.show_message("")
        self._set_texts()

    def chosen_dumbbells(self) -> tuple[float, ...]:
        """Return the dumbbell weights chosen on screen, lightest first."""
        return tuple(kg for kg, button in sorted(self._kg_buttons.items()) if button.isChecked())

    def bands(self) -> tuple[Band, ...]:
        """Return the band ladder on screen, lightest first, numbered from 0."""
        return renumber(self._bands)

    def dumbbell_button(self, kg: float) -> SpokenChoice | None:
        """Return the choice of a dumbbell weight, if it is offered."""
        return self._kg_buttons.get(kg)

    def colour_buttons(self) -> dict[BandColour, BigButton]:
        """Return the Thera-Band colours offered to add, by colour."""
        return dict(self._colour_buttons)

    def has_unsaved_changes(self) -> bool:
        """Return whether the screen differs from what is stored."""
        if self._trainee_id is None:
            return False
        same_kg = self.chosen_dumbbells() == tuple(sorted(self._loaded_kg))
        same_bands = _ladder_key(self._bands) == _ladder_key(self._loaded_bands)
        return not (same_kg and same_bands)

    # Dumbbells

    def _offer_kg(self, kg: float) -> SpokenChoice:
        button = self._kg_buttons.get(kg)
        if button is None:
            button = SpokenChoice()
            button.toggled.connect(self._on_edited)
            self._kg_buttons[kg] = button
            self._label_kg(kg, button)
            self._place_kg_buttons()
        return button

    def _drop_kg(self, kg: float) -> None:
        button = self._kg_buttons.pop(kg)
        self.dumbbell_grid.removeWidget(button)
        button.hide()
        button.deleteLater()
        self._place_kg_buttons()

    def _place_kg_buttons(self) -> None:
        for index, kg in enumerate(sorted(self._kg_buttons)):
            self.dumbbell_grid.addWidget(
                self._kg_buttons[kg], index // DUMBBELL_COLUMNS, index % DUMBBELL_COLUMNS
            )
        self._chain_tabs()

    def _label_kg(self, kg: float, button: SpokenChoice) -> None:
        button.set_label(self.tr("{kg} kg").format(kg=number(kg)))
        button.set_spoken_name(capitalised(load_text(Load(EquipmentKind.DUMBBELL, kg=kg))))

    def on_add_kg_clicked(self) -> None:
        """Add the typed weight as a chosen dumbbell; a mistake is explained, nothing lost."""
        try:
            kg = parse_kg(self.other_kg.text())
        except InputRefused as refused:
            self.kg_error.show_message(refusal(refused.code, refused.limits))
            return
        self.kg_error.show_message("")
        self._offer_kg(kg).setChecked(True)
        self.other_kg.clear()
        self._on_edited()

    # Bands

    def on_theraband_order_clicked(self) -> None:
        """Put the Thera-Band colours in Thera-Band's order; other brands keep their places."""
        places = [i for i, band in enumerate(self._bands) if band.colour in _THERABAND_RANK]
        known = sorted((self._bands[i] for i in places), key=lambda b: _THERABAND_RANK[b.colour])
        for place, band in zip(places, known, strict=True):
            self._bands[place] = band
        self._removed = None
        self._rebuild_bands()
        self._on_edited()
        self.theraband_order.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_add_colour_toggled(self, checked: bool) -> None:
        """Show or hide the Thera-Band colours that can be added."""
        self.colour_panel.setVisible(checked)
        self._chain_tabs()

    def on_add_other_toggled(self, checked: bool) -> None:
        """Show or hide the fields for a band of another brand."""
        self.other_panel.setVisible(checked)
        self.band_error.show_message("")
        if checked:
            self.other_name.setFocus(Qt.FocusReason.OtherFocusReason)
        self._chain_tabs()

    def add_colour_band(self, colour: BandColour) -> None:
        """Add a Thera-Band colour at its place among the colours already on the ladder."""
        rank = _THERABAND_RANK[colour]
        lighter = [
            i for i, b in enumerate(self._bands) if _THERABAND_RANK.get(b.colour, rank) < rank
        ]
        heavier = [
            i for i, b in enumerate(self._bands) if _THERABAND_RANK.get(b.colour, rank) > rank
        ]
        if lighter:
            place = lighter[-1] + 1
        elif heavier:
            place = heavier[0]
        else:
            place = len(self._bands)
        band = Band(colour=colour, position=place, force_kgf=_THERABAND_FORCE[colour])
        self._bands.insert(place, band)
        self._removed = None
        self.band_error.show_message("")
        self._rebuild_bands()
        self._on_edited()
        self.add_colour.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_add_other_band_clicked(self) -> None:
        """Add a band of another brand at the heavy end; it can be moved from there."""
        try:
            label = clean_band_label(self.other_name.text())
        except InputRefused as refused:
            self.band_error.show_message(refusal(refused.code, refused.limits))
            return
        if any(
            b.colour is BandColour.OTHER and b.label.casefold() == label.casefold()
            for b in self._bands
        ):
            self.band_error.show_message(refusal("band_twice"))
            return
        try:
            force = parse_force(self.other_force.text())
        except InputRefused as refused:
            self.band_error.show_message(refusal(refused.code, refused.limits))
            return
        self._bands.append(
            Band(colour=BandColour.OTHER, position=len(self._bands), label=label, force_kgf=force)
        )
        self._removed = None
        self.other_name.clear()
        self.other_force.clear()
        self.band_error.show_message("")
        self._rebuild_bands()
        self._on_edited()
        self.other_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_put_back_clicked(self) -> None:
        """Put the band removed last back where it was."""
        if self._removed is None:
            return
        place, band = self._removed
        self._bands.insert(min(place, len(self._bands)), band)
        self._removed = None
        self._rebuild_bands(focus=(min(place, len(self._bands) - 1), "remove"))
        self._on_edited()

    def _move(self, index: int, step: int) -> None:
        target = index + step
        if not 0 <= target < len(self._bands):
            return
        self._bands[index], self._bands[target] = self._bands[target], self._bands[index]
        self._removed = None
        # Keep the keyboard on the moved band, so it can be moved again.
        self._rebuild_bands(focus=(target, "lighter" if step < 0 else "heavier"))
        self._on_edited()

    def _remove(self, index: int) -> None:
        self._removed = (index, self._bands.pop(index))
        self._rebuild_bands()
        self._on_edited()
        self.put_back.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_double(self, index: int, can_double: bool) -> None:
        self._bands[index] = dataclasses.replace(self._bands[index], can_double=can_double)
        self.rows[index].band = self._bands[index]
        self._on_edited()

    def _rebuild_bands(self, focus: tuple[int, str] | None = None) -> None:
        clear_layout(self.band_rows)
        self.rows = []
        for index, band in enumerate(self._bands):
            row = BandRow(band, index, len(self._bands))
            row.lighter.clicked.connect(lambda _c=False, i=index: self._move(i, -1))
            row.heavier.clicked.connect(lambda _c=False, i=index: self._move(i, 1))
            row.remove.clicked.connect(lambda _c=False, i=index: self._remove(i))
            row.double.toggled.connect(lambda checked, i=index: self._set_double(i, checked))
            self.band_rows.addWidget(row)
            self.rows.append(row)
        self.no_bands.setVisible(not self._bands)
        self._fill_removed()
        self._fill_colours()
        self._chain_tabs()
        if focus is not None and focus[0] < len(self.rows):
            row = self.rows[focus[0]]
            wanted = {"lighter": row.lighter, "heavier": row.heavier, "remove": row.remove}
            button = wanted[focus[1]]
            if not button.isEnabled():
                button = row.heavier if button is row.lighter else row.lighter
            button.setFocus(Qt.FocusReason.OtherFocusReason)
            self.page.ensureWidgetVisible(button)

    def _fill_removed(self) -> None:
        if self._removed is None:
            self.removed_card.hide()
            return
        _place, band = self._removed
        name = band_name(band.colour, band.label)
        text = self.tr("The {band} is off the list. It is stored when you tap Save.")
        self.removed_text.setText(capitalised(text.format(band=name)))
        self.put_back.setText(self.tr("Put it back"))
        self.put_back.setAccessibleName(self.tr("Put the {band} back").format(band=name))
        self.removed_card.show()

    def _fill_colours(self) -> None:
        clear_layout(self.colour_grid)
        self._colour_buttons = {}
        on_ladder = {band.colour for band in self._bands}
        missing = [colour for colour, _force in THERABAND_ORDER if colour not in on_ladder]
        for index, colour in enumerate(missing):
            name = band_name(colour, "")
            button = BigButton()
            button.setText(capitalised(name))
            button.setAccessibleName(self.tr("Add the {band}").format(band=name))
            button.clicked.connect(lambda _c=False, c=colour: self.add_colour_band(c))
            self.colour_grid.addWidget(button, index // 2, index % 2)
            self._colour_buttons[colour] = button
        self.colour_hint.setText(
            self.tr("Tap a colour to add it at its place on the list.")
            if missing
            else self.tr("Every Thera-Band colour is on the list already.")
        )

    def _chain_tabs(self) -> None:
        controls: list[QWidget] = [self._kg_buttons[kg] for kg in sorted(self._kg_buttons)]
        controls += [self.other_kg, self.add_kg]
        for row in self.rows:
            controls += row.controls()
        if self._removed is not None:
            controls.append(self.put_back)
        controls += [self.theraband_order, self.add_colour]
        if self.colour_panel.isVisibleTo(self):
            controls += list(self._colour_buttons.values())
        controls.append(self.add_other)
        if self.other_panel.isVisibleTo(self):
            controls += [self.other_name, self.other_force, self.add_other_band]
        controls += [self.footer.question.stay, self.footer.question.leave]
        controls += [self.back, self.save]
        chain_tab_order(controls)

    # Saving and leaving

    def _on_edited(self, _checked: bool = False) -> None:
        self.footer.clear()
        self.footer.status.show_message("")
        self.footer.question.hide()
        self.back.show()
        self.save.show()

    def on_save_clicked(self) -> None:
        """Store the equipment; a refusal is explained and the screen keeps every choice."""
        trainee_id = self._trainee_id
        if trainee_id is None:
            return
        kgs, bands = self.chosen_dumbbells(), self.bands()
        ok, equipment = attempt(
            lambda: self._setup.save_equipment(trainee_id, kgs, bands),
            self.footer.status.show_message,
        )
        if not ok or equipment is None:
            self.footer.clear()
            return
        self._loaded_kg, self._loaded_bands = equipment.dumbbells_kg, equipment.bands
        self._restore()
        self.footer.show_saved(self.tr("Saved."))
        self.saved.emit()

    # Words

    def _set_texts(self) -> None:
        name = self._name
        self.title.setText(self.tr("Equipment of {name}").format(name=name))
        self._rebuild_bands()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.intro.setText(
            self.tr(
                "Tap what there is at home. Exercises in the plan follow: a weight or band that "
                "is taken off moves to the nearest lighter one."
            )
        )
        self.dumbbell_title.setText(self.tr("Dumbbells"))
        self.dumbbell_hint.setText(
            self.tr("Tap every weight there is (the weight of one dumbbell).")
        )
        for kg, button in self._kg_buttons.items():
            self._label_kg(kg, button)
        self.other_kg_label.setText(self.tr("Another weight, in kg"))
        self.other_kg.setAccessibleName(self.tr("Another weight, in kg"))
        self.add_kg.setText(self.tr("Add weight"))
        self.add_kg.setAccessibleName(self.tr("Add the weight typed"))
        self.band_title.setText(self.tr("Bands, from light to heavy"))
        self.band_hint.setText(
            self.tr(
                "The lightest band is at the top. Move a band with Lighter and Heavier until the "
                "order is right."
            )
        )
        self.no_bands.setText(self.tr("No bands on the list."))
        self.theraband_order.setText(self.tr("Use Thera-Band's order"))
        self.theraband_order.setAccessibleName(
            self.tr("Put the Thera-Band colours in Thera-Band's order")
        )
        self.add_colour.set_label(self.tr("Add a Thera-Band colour"))
        self.add_other.set_label(self.tr("Add a band of another brand"))
        self.other_name_label.setText(self.tr("Name of the band, for example its colour"))
        self.other_name.setAccessibleName(self.tr("Name of the band"))
        self.other_force_label.setText(
            self.tr("Force in kg at full stretch, if you know it (may stay empty)")
        )
        self.other_force.setAccessibleName(self.tr("Force of the band in kg"))
        self.add_other_band.setText(self.tr("Add band"))
        self.add_other_band.setAccessibleName(self.tr("Add the band typed"))
        self.back.setText(self.tr("Back"))
        self.save.setText(self.tr("Save"))
        self.save.setAccessibleName(self.tr("Save the equipment"))
        if self.footer.saved_note.isVisibleTo(self):
            self.footer.show_saved(self.tr("Saved."))
        self._set_texts()


def _ladder_key(bands: list[Band] | tuple[Band, ...]) -> list[tuple[object, ...]]:
    # Positions are renumbered on save, so the order itself is what counts.
    return [(b.colour, b.label, b.force_kgf, b.can_double, b.id) for b in bands]


def parse_force(text: str) -> float | None:
    """Return a band's force typed in kg (comma or point), or None when left empty."""
    stripped = text.strip().lower().removesuffix("kg").strip().replace(",", ".")
    if not stripped:
        return None
    try:
        value = float(stripped)
    except ValueError:
        raise InputRefused("force_out_of_range", FORCE_RANGE) from None
    if not FORCE_RANGE[0] <= value <= FORCE_RANGE[1]:  # also refuses nan and inf
        raise InputRefused("force_out_of_range", FORCE_RANGE)
    return value
