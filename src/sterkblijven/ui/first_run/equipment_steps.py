"""The first run's steps about equipment: which dumbbells, and which bands from light to heavy."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from sterkblijven.domain.model import Band
from sterkblijven.ui.common.band_editor import BandLadderEditor
from sterkblijven.ui.common.dumbbell_editor import DumbbellEditor
from sterkblijven.ui.common.widgets import ChoiceButton
from sterkblijven.ui.first_run.steps import WizardStep


class DumbbellStep(WizardStep):
    """Which dumbbells the person owns; other weights can be added."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = DumbbellEditor(self.error.show_message, simple=True)
        self.other, self.add = self.editor.other, self.editor.add  # where another weight is typed
        self.body.addWidget(self.editor)
        self.finish_layout()
        self.retranslate_ui()

    def button_for(self, kg: float) -> ChoiceButton | None:
        """Return the button of a weight, if it is offered."""
        return self.editor.button_for(kg)

    def chosen(self) -> tuple[float, ...]:
        """Return the chosen weights, lightest first."""
        return self.editor.chosen()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Which dumbbells do you have?"))
        self.intro.setText(
            self.tr(
                "Tap every weight you have (the weight of one dumbbell). No dumbbells? "
                "Then tap nothing: many exercises work without."
            )
        )


class BandStep(WizardStep):
    """Which resistance bands the person owns, lightest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = BandLadderEditor(self.error.show_message, simple=True)
        self.body.addWidget(self.editor)
        self.finish_layout()
        self.retranslate_ui()

    def band_buttons(self) -> list[ChoiceButton]:
        """Return the band choices on screen, in ladder order."""
        return self.editor.band_buttons()

    def chosen(self) -> tuple[Band, ...]:
        """Return the owned bands in ladder order."""
        return self.editor.bands()

    def problem(self) -> str:
        """Return why a force typed cannot be taken, or an empty text."""
        return self.editor.force_problem()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Which bands do you have?"))
        self.intro.setText(
            self.tr(
                "Tap every band you have. The list goes from light to heavy, in the order of "
                "Thera-Band, with its forces in kg (approximate). Another brand? Move the bands "
                "with Up and Down until the lightest is at the top, and type a force if you know "
                "it, or leave it empty. No bands? Then tap nothing."
            )
        )
