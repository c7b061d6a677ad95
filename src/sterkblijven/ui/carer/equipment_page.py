"""Carer mode: which dumbbells a trainee has, and their bands from light to heavy."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QBoxLayout, QWidget

from sterkblijven.domain.bands import without_contradicted_defaults
from sterkblijven.domain.model import Band
from sterkblijven.services.setup import Setup
from sterkblijven.ui.common.band_editor import BandLadderEditor
from sterkblijven.ui.common.dumbbell_editor import DumbbellEditor
from sterkblijven.ui.common.editing import LeavingGuard, SaveFooter, fit_to_content
from sterkblijven.ui.common.messages import MessageRoom
from sterkblijven.ui.common.operations import attempt
from sterkblijven.ui.common.widgets import (
    BigButton,
    ErrorLabel,
    Retranslating,
    ScrollPage,
    TextLabel,
    chain_tab_order,
    page_with_footer,
)


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
        self._loaded_version: int | None = None  # None: nothing read, so nothing to compare

        self.page = fit_to_content(ScrollPage())
        self.title = TextLabel("title")
        self.intro = TextLabel()
        self.dumbbell_title = TextLabel("heading")
        self.dumbbell_hint = TextLabel("muted")
        self.kg_error = ErrorLabel()
        self.kg_room = MessageRoom(1)  # kept whether a weight is refused or not
        self.kg_room.hold(self.kg_error)
        self.dumbbells = DumbbellEditor(self.kg_error.show_message)
        self.band_title = TextLabel("heading")
        self.band_hint = TextLabel("muted")
        self.band_error = ErrorLabel()
        self.ladder = BandLadderEditor(self.band_error.show_message, scroll_area=self.page)

        body = self.page.body
        above: list[QWidget] = [self.title, self.intro, self.dumbbell_title, self.dumbbell_hint]
        for widget in [*above, self.dumbbells]:
            body.addWidget(widget)
        # The refusal of a typed weight stands just above its field, in room kept for it: below,
        # it would push the field and the Add button out from under the pointer when the page
        # scrolls to show it, and the bands down.
        editor_layout = self.dumbbells.layout()
        if isinstance(editor_layout, QBoxLayout):
            place = editor_layout.indexOf(self.dumbbells.other_label)
            editor_layout.insertWidget(place, self.kg_room)
        else:  # pragma: no cover - the editor is laid out in a column
            body.addWidget(self.kg_room)
        body.addSpacing(12)
        for widget in [self.band_title, self.band_hint, self.ladder, self.band_error]:
            body.addWidget(widget)
        body.addStretch(1)

        self.back = BigButton()
        self.save = BigButton("primary")
        self.footer = SaveFooter(self.back, self.save)
        page_with_footer(self, self.page, self.footer.as_footer())
        self._connect_signals()
        self._chain_tabs()
        self.retranslate_ui()

    def _connect_signals(self) -> None:
        for editor in (self.dumbbells, self.ladder):
            editor.edited.connect(self._on_edited)
            editor.controls_changed.connect(self._chain_tabs)
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
        self._loaded_version = None if equipment is None else equipment.version
        self._restore()
        self._on_edited()
        self.page.verticalScrollBar().setValue(0)
        self.footer.status.show_message(next((text for text in problems if text), ""))

    def _restore(self) -> None:
        self.dumbbells.show_chosen(self._loaded_kg)
        self.ladder.show_bands(self._loaded_bands)
        self.kg_error.show_message("")
        self.band_error.show_message("")
        self._set_title()

    def chosen_dumbbells(self) -> tuple[float, ...]:
        """Return the dumbbell weights chosen on screen, lightest first."""
        return self.dumbbells.chosen()

    def bands(self) -> tuple[Band, ...]:
        """Return the band ladder on screen, lightest first, numbered from 0."""
        return self.ladder.bands()

    def has_unsaved_changes(self) -> bool:
        """Return whether the screen differs from what is stored."""
        if self._trainee_id is None:
            return False
        same_kg = self.chosen_dumbbells() == tuple(sorted(self._loaded_kg))
        # The list drops Thera-Band's usual forces that contradict a stored order; that alone
        # is not a change of the carer's.
        loaded = without_contradicted_defaults(self._loaded_bands)
        same_bands = _ladder_key(self.bands()) == _ladder_key(loaded)
        return not (same_kg and same_bands)

    def _chain_tabs(self) -> None:
        controls: list[QWidget] = [*self.dumbbells.controls(), *self.ladder.controls()]
        controls += [self.footer.question.stay, self.footer.question.leave]
        controls += [self.back, self.save]
        chain_tab_order(controls)

    # Saving and leaving

    def _on_edited(self) -> None:
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
        if self.ladder.force_problem():
            return  # the message stands beside the field, which has the keyboard
        kgs, bands = self.chosen_dumbbells(), self.bands()
        # The version this screen was built from: equipment changed since is not overwritten.
        seen = self._loaded_version
        ok, equipment = attempt(
            lambda: self._setup.save_equipment(trainee_id, kgs, bands, seen=seen),
            self.footer.status.show_message,
            changed=lambda: self.show_trainee(trainee_id, self._name),
        )
        if not ok or equipment is None:
            self.footer.clear()
            return
        self._loaded_kg, self._loaded_bands = equipment.dumbbells_kg, equipment.bands
        self._loaded_version = equipment.version
        self._restore()
        self.footer.show_saved(self.tr("Saved."))
        self.saved.emit()

    # Words

    def _set_title(self) -> None:
        self.title.setText(self.tr("Equipment of {name}").format(name=self._name))

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
        self.band_title.setText(self.tr("Bands, from light to heavy"))
        self.band_hint.setText(
            self.tr(
                "The lightest band is at the top. Move a band with Lighter and Heavier until the "
                "order is right: the order is what counts. Type a band's force in kg if you know "
                "it, from its packaging for example, or leave it empty."
            )
        )
        self.back.setText(self.tr("Back"))
        self.save.setText(self.tr("Save"))
        self.save.setAccessibleName(self.tr("Save the equipment"))
        if self.footer.saved_note.isVisibleTo(self):
            self.footer.show_saved(self.tr("Saved."))
        self._set_title()


def _ladder_key(bands: list[Band] | tuple[Band, ...]) -> list[tuple[object, ...]]:
    # Positions are renumbered on save, so the order itself is what counts.
    return [(b.colour, b.label, b.force_kgf, b.can_double, b.id) for b in bands]
