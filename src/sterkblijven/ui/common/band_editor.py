"""Someone's bands from light to heavy: the first run and the carer's equipment page edit them."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sterkblijven.domain.bands import (
    THERABAND_ORDER,
    forces_in_order,
    renumber,
    theraband_force,
    theraband_ladder,
    without_contradicted_defaults,
)
from sterkblijven.domain.model import Band, BandColour
from sterkblijven.domain.validation import InputRefused, clean_band_label
from sterkblijven.services.setup import FORCE_RANGE
from sterkblijven.ui.common.band_rows import BandChoiceRow, BandRow
from sterkblijven.ui.common.dumbbell_editor import BODY_SPACING
from sterkblijven.ui.common.editing import capitalised, text_field
from sterkblijven.ui.common.operations import attempt
from sterkblijven.ui.common.widgets import (
    BigButton,
    Card,
    ChoiceButton,
    Retranslating,
    TextLabel,
    button_row,
    chain_tab_order,
    clear_layout,
)
from sterkblijven.words.basics import band_name
from sterkblijven.words.refusals import refusal

_THERABAND_RANK = {colour: rank for rank, (colour, _force) in enumerate(THERABAND_ORDER)}
_THERABAND_FORCE = dict(THERABAND_ORDER)
# Typed instead of a number when a band's force is not known (besides an empty field).
_UNKNOWN_WORDS = frozenset({"?", "-", "onbekend", "unknown", "weet niet"})


class BandLadderEditor(Retranslating, QWidget):
    """A band ladder, lightest first, put in order by clicks; Thera-Band's order is offered.

    The full form, the carer's, lists the bands there are, each with its force and whether it
    can be doubled; a band can be removed (and put back), a Thera-Band colour added at its
    place, and a band of another brand added with its force. The ``simple`` form, the first
    run's, lists every Thera-Band colour to tap when the person has it. In both, each band's
    force can be typed in kg or left empty when not known; the order of the list is what
    counts, and Thera-Band's usual forces that contradict it are dropped (see
    ``bands.without_contradicted_defaults``). A refusal goes beside the field in the full
    form, to ``show_problem`` in the simple one; an empty text clears it. With a
    ``scroll_area``, a band keeping the keyboard after a move is scrolled into view.
    """

    edited = Signal()
    controls_changed = Signal()

    # Only the full form has these.
    no_bands: TextLabel
    removed_card: Card
    removed_text: TextLabel
    put_back: BigButton
    add_colour: ChoiceButton
    colour_panel: Card
    colour_hint: TextLabel
    colour_grid: QGridLayout
    add_other: ChoiceButton
    other_panel: Card
    other_force_label: TextLabel
    other_force: QLineEdit

    def __init__(
        self,
        show_problem: Callable[[str], None],
        *,
        simple: bool = False,
        scroll_area: QScrollArea | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._show_problem = show_problem
        self._simple = simple
        self._scroll_area = scroll_area
        self._bands: list[Band] = list(theraband_ladder()) if simple else []
        # The bands tapped as owned, in the simple form, by colour and name: a colour is listed
        # once, a band with its own name has its own place.
        self._owned: set[tuple[BandColour, str]] = set()
        self._removed: tuple[int, Band] | None = None  # for Put it back
        self._colour_buttons: dict[BandColour, BigButton] = {}
        self.rows: list[BandRow | BandChoiceRow] = []
        self.row_layout = QVBoxLayout()
        self.row_layout.setSpacing(10 if simple else 12)
        self.theraband_order = BigButton()
        self.other_name_label = TextLabel("heading" if simple else "")
        self.other_name = text_field(40)
        self.other_name_label.setBuddy(self.other_name)
        self.add_other_band = BigButton()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(BODY_SPACING)
        if simple:
            self._lay_out_simple(layout)
        else:
            self._lay_out_full(layout)
        self.theraband_order.clicked.connect(self.on_theraband_order_clicked)
        self.add_other_band.clicked.connect(self.on_add_other_band_clicked)
        self.other_name.returnPressed.connect(self.on_add_other_band_clicked)
        self.retranslate_ui()

    def _lay_out_simple(self, layout: QVBoxLayout) -> None:
        layout.addLayout(self.row_layout)
        layout.addLayout(button_row(self.theraband_order))
        layout.addWidget(self.other_name_label)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.other_name, 1)
        row.addWidget(self.add_other_band)
        layout.addLayout(row)

    def _lay_out_full(self, layout: QVBoxLayout) -> None:
        self.no_bands = TextLabel()
        self.removed_card = Card("notice")
        self.removed_text = TextLabel()
        self.put_back = BigButton()
        self.removed_card.content.addWidget(self.removed_text)
        self.removed_card.content.addLayout(button_row(self.put_back))
        self.removed_card.hide()
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
        self.other_force_label = TextLabel()
        self.other_force = text_field(8)
        self.other_force_label.setBuddy(self.other_force)
        for widget in (
            self.other_name_label,
            self.other_name,
            self.other_force_label,
            self.other_force,
        ):
            self.other_panel.content.addWidget(widget)
        self.other_panel.content.addLayout(button_row(self.add_other_band))
        self.other_panel.hide()
        layout.addWidget(self.no_bands)
        layout.addLayout(self.row_layout)
        layout.addWidget(self.removed_card)
        layout.addLayout(button_row(self.theraband_order))
        layout.addLayout(button_row(self.add_colour))
        layout.addWidget(self.colour_panel)
        layout.addLayout(button_row(self.add_other))
        layout.addWidget(self.other_panel)
        self.put_back.clicked.connect(self.on_put_back_clicked)
        self.add_colour.toggled.connect(self.on_add_colour_toggled)
        self.add_other.toggled.connect(self.on_add_other_toggled)
        self.other_force.returnPressed.connect(self.on_add_other_band_clicked)

    # What the editor shows

    def show_bands(self, bands: tuple[Band, ...]) -> None:
        """Show a ladder as stored (the full form), with nothing removed and no panel open."""
        self._bands = list(without_contradicted_defaults(bands))
        self._removed = None
        self.add_colour.setChecked(False)
        self.add_other.setChecked(False)
        self.other_name.clear()
        self.other_force.clear()
        self._rebuild()

    def bands(self) -> tuple[Band, ...]:
        """Return the bands there are, lightest first, numbered from 0."""
        if self._simple:
            return renumber([band for band in self._bands if _key(band) in self._owned])
        return renumber(self._bands)

    def band_buttons(self) -> list[ChoiceButton]:
        """Return the simple form's band choices on screen, in ladder order."""
        return [row.choice for row in self.rows if isinstance(row, BandChoiceRow)]

    def colour_buttons(self) -> dict[BandColour, BigButton]:
        """Return the Thera-Band colours offered to add, by colour."""
        return dict(self._colour_buttons)

    def controls(self) -> list[QWidget]:
        """Return the controls in screen order."""
        controls: list[QWidget] = []
        for row in self.rows:
            controls += row.controls()
        if self._simple:
            return [*controls, self.theraband_order, self.other_name, self.add_other_band]
        if self._removed is not None:
            controls.append(self.put_back)
        controls += [self.theraband_order, self.add_colour]
        if self.colour_panel.isVisibleTo(self):
            controls += list(self._colour_buttons.values())
        controls.append(self.add_other)
        if self.other_panel.isVisibleTo(self):
            controls += [self.other_name, self.other_force, self.add_other_band]
        return controls

    # Changing the ladder

    def on_theraband_order_clicked(self) -> None:
        """Put the Thera-Band colours in Thera-Band's order.

        Bands of other brands keep their places; in the simple form, which lists every colour,
        they go last.
        """
        # Back in Thera-Band's order, a colour of unknown force has Thera-Band's usual one again.
        self._bands = [
            dataclasses.replace(band, force_kgf=theraband_force(band.colour))
            if band.force_kgf is None and not band.label
            else band
            for band in self._bands
        ]
        if self._simple:
            self._bands.sort(key=lambda b: _THERABAND_RANK.get(b.colour, len(_THERABAND_RANK)))
        else:
            places = [i for i, band in enumerate(self._bands) if band.colour in _THERABAND_RANK]
            known = sorted(
                (self._bands[i] for i in places), key=lambda b: _THERABAND_RANK[b.colour]
            )
            for place, band in zip(places, known, strict=True):
                self._bands[place] = band
        self._settle_forces()
        self._removed = None
        self._rebuild()
        self.edited.emit()
        self.theraband_order.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_add_colour_toggled(self, checked: bool) -> None:
        """Show or hide the Thera-Band colours that can be added."""
        self.colour_panel.setVisible(checked)
        self._chain_tabs()

    def on_add_other_toggled(self, checked: bool) -> None:
        """Show or hide the fields for a band of another brand."""
        self.other_panel.setVisible(checked)
        self._show_problem("")
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
        self._settle_forces()
        self._removed = None
        self._show_problem("")
        self._rebuild()
        self.edited.emit()
        self.add_colour.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_add_other_band_clicked(self) -> None:
        """Add the band typed at the heavy end; it can be moved from there."""
        added, band = attempt(self._typed_band, self._show_problem)
        if not added or band is None:
            return
        self._bands.append(band)
        self._settle_forces()
        if self._simple:
            self._owned.add(_key(band))  # a band typed in is one the person has
        else:
            self.other_force.clear()
        self._removed = None
        self.other_name.clear()
        self._rebuild()
        self.edited.emit()
        if not self._simple:
            self.other_name.setFocus(Qt.FocusReason.OtherFocusReason)  # ready for the next one

    def _typed_band(self) -> Band:
        label = clean_band_label(self.other_name.text())
        force = None
        if not self._simple:  # the simple form asks no force, and takes a name as typed
            if any(
                b.colour is BandColour.OTHER and b.label.casefold() == label.casefold()
                for b in self._bands
            ):
                raise InputRefused("band_twice")
            force = parse_force(self.other_force.text())
        return Band(
            colour=BandColour.OTHER, position=len(self._bands), label=label, force_kgf=force
        )

    def on_put_back_clicked(self) -> None:
        """Put the band removed last back where it was."""
        if self._removed is None:
            return
        place, band = self._removed
        self._bands.insert(min(place, len(self._bands)), band)
        self._settle_forces()
        self._removed = None
        self._rebuild(focus=(min(place, len(self._bands) - 1), "remove"))
        self.edited.emit()

    def _move(self, index: int, step: int) -> None:
        target = index + step
        if not 0 <= target < len(self._bands):
            return
        self._bands[index], self._bands[target] = self._bands[target], self._bands[index]
        self._settle_forces()
        self._removed = None
        # Keep the keyboard on the moved band, so it can be moved again.
        self._rebuild(focus=(target, "lighter" if step < 0 else "heavier"))
        self.edited.emit()

    def _remove(self, index: int) -> None:
        self._removed = (index, self._bands.pop(index))
        self._rebuild()
        self.edited.emit()
        self.put_back.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_double(self, index: int, can_double: bool) -> None:
        self._bands[index] = dataclasses.replace(self._bands[index], can_double=can_double)
        self.rows[index].band = self._bands[index]
        self.edited.emit()

    def _set_owned(self, band: Band, owned: bool) -> None:
        if owned:
            self._owned.add(_key(band))
        else:
            self._owned.discard(_key(band))
        self.edited.emit()

    def _settle_forces(self) -> None:
        """Drop Thera-Band's usual forces where the order of the list now says otherwise."""
        self._bands = list(without_contradicted_defaults(self._bands))

    def set_force(self, index: int, text: str) -> bool:
        """Take the force typed for a band; return False, with a message, when it is refused."""
        row = self.rows[index]
        try:
            force = parse_force(text)
        except InputRefused as refused:
            message = self._force_refusal(row, refusal(refused.code, refused.limits))
            if isinstance(row, BandRow):
                row.show_problem(message)
            else:
                self._show_problem(message)
            return False
        if isinstance(row, BandRow):
            row.show_problem("")
        else:
            self._show_problem("")
        if force == self._bands[index].force_kgf:
            return True
        self._bands[index] = dataclasses.replace(self._bands[index], force_kgf=force)
        self._settle_forces()
        self._removed = None
        self._show_forces()
        self.edited.emit()
        return True

    def force_problem(self) -> str:
        """Return why a force still typed cannot be taken, shown where it belongs, or ""."""
        for index, row in enumerate(self.rows):
            text = row.force.text()
            if not self.set_force(index, text):
                row.force.setFocus(Qt.FocusReason.OtherFocusReason)
                if self._scroll_area is not None:
                    self._scroll_area.ensureWidgetVisible(row.force)
                return self._force_refusal(row, _refused_text(text))
        return ""

    def _force_refusal(self, row: BandRow | BandChoiceRow, refused: str) -> str:
        """Return the message for a refused force: beside the field, or naming the band."""
        if isinstance(row, BandRow):
            return refused
        message = " ".join((refused, self.tr("Leave the field empty when the force is not known.")))
        name = capitalised(band_name(row.band.colour, row.band.label))
        return self.tr("{band}: {problem}").format(band=name, problem=message)

    def _force_edited(self, field: QLineEdit) -> None:
        # Also when the field loses the keyboard as the list is built anew: only a field that
        # is still on the list counts.
        for index, row in enumerate(self.rows):
            if row.force is field:
                if self._simple and not field.hasFocus() and _refused_text(field.text()):
                    # Left with a number that cannot be read: Next says so, at the step's
                    # foot, when the person wants to go on.
                    return
                self.set_force(index, field.text())
                return

    def _show_forces(self) -> None:
        """Show every row's force again, without building the rows anew (the keyboard stays)."""
        agreed = forces_in_order(self._bands)
        for row, band, force in zip(self.rows, self._bands, agreed, strict=True):
            row.show_force(band, force)

    # Building the list

    def _rebuild(self, focus: tuple[int, str] | None = None) -> None:
        for row in self.rows:
            # A field losing the keyboard as it goes is not the carer finishing a number.
            row.force.blockSignals(True)
        clear_layout(self.row_layout)
        agreed = forces_in_order(self._bands)
        self.rows = [
            self._row(index, band, force)
            for index, (band, force) in enumerate(zip(self._bands, agreed, strict=True))
        ]
        if not self._simple:
            self.no_bands.setVisible(not self._bands)
            self._fill_removed()
            self._fill_colours()
        self._chain_tabs()
        if focus is not None and focus[0] < len(self.rows):
            row = self.rows[focus[0]]
            if focus[1] == "remove" and isinstance(row, BandRow):
                button = row.remove
            else:
                button = row.lighter if focus[1] == "lighter" else row.heavier
                if not button.isEnabled():
                    button = row.heavier if button is row.lighter else row.lighter
            button.setFocus(Qt.FocusReason.OtherFocusReason)
            if self._scroll_area is not None:
                self._scroll_area.ensureWidgetVisible(button)

    def _row(self, index: int, band: Band, agreed: float | None) -> BandRow | BandChoiceRow:
        row: BandRow | BandChoiceRow
        if self._simple:
            row = BandChoiceRow(band, index, len(self._bands), _key(band) in self._owned, agreed)
            row.choice.toggled.connect(lambda checked, b=band: self._set_owned(b, checked))
            self.row_layout.addLayout(row)
        else:
            row = BandRow(band, index, len(self._bands), agreed)
            row.remove.clicked.connect(lambda _c=False, i=index: self._remove(i))
            row.double.toggled.connect(lambda checked, i=index: self._set_double(i, checked))
            self.row_layout.addWidget(row)
        field = row.force
        field.editingFinished.connect(lambda f=field: self._force_edited(f))
        row.lighter.clicked.connect(lambda _c=False, i=index: self._move(i, -1))
        row.heavier.clicked.connect(lambda _c=False, i=index: self._move(i, 1))
        return row

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
        chain_tab_order(self.controls())
        self.controls_changed.emit()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.add_other_band.setText(self.tr("Add band"))
        if self._simple:
            self.theraband_order.setText(self.tr("Back to the Thera-Band order"))
            self.other_name_label.setText(self.tr("A band with another name"))
            self.other_name.setAccessibleName(self.tr("A band with another name"))
        else:
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
            self.add_other_band.setAccessibleName(self.tr("Add the band typed"))
        self._rebuild()


def _refused_text(text: str) -> str:
    try:
        parse_force(text)
    except InputRefused as refused:
        return refusal(refused.code, refused.limits)
    return ""


def _key(band: Band) -> tuple[BandColour, str]:
    return band.colour, band.label


def parse_force(text: str) -> float | None:
    """Return a band's force typed in kg (comma or point), or None when empty or not known."""
    stripped = text.strip().lower().removesuffix("kg").strip().replace(",", ".")
    if not stripped or stripped in _UNKNOWN_WORDS:
        return None
    try:
        value = float(stripped)
    except ValueError:
        raise InputRefused("force_out_of_range", FORCE_RANGE) from None
    if not FORCE_RANGE[0] <= value <= FORCE_RANGE[1]:  # also refuses nan and inf
        raise InputRefused("force_out_of_range", FORCE_RANGE)
    return value
