"""The questions after each set: how hard it was, and whether it hurt."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout

from sterkblijven.domain.model import Measure
from sterkblijven.domain.session import Effort, PainPlace, StopSignal, must_stop
from sterkblijven.ui.common.view import View
from sterkblijven.ui.common.widgets import (
    BigButton,
    ChoiceButton,
    ErrorLabel,
    TextLabel,
    button_row,
    make_exclusive,
)
from sterkblijven.words.basics import count_text
from sterkblijven.words.session import effort_name, pain_place_name, stop_signal_text

_BUTTON_PADDING = 28  # a button's padding (12 px) and border (2 px), on both sides


class EffortView(View):
    """The count to confirm, and how hard it was: five words."""

    chosen = Signal(object)
    back_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._count = 0
        self._measure = Measure.REPS
        # The count comes filled in; -1 and +1 correct it, so confirming it costs no tap.
        self.count_label = TextLabel("heading")
        self.minus = BigButton()
        self.plus = BigButton()
        count_row = QHBoxLayout()
        count_row.setSpacing(16)
        count_row.addWidget(self.count_label, 1)
        count_row.addWidget(self.minus)
        count_row.addWidget(self.plus)
        self.body.addLayout(count_row)
        self.minus.clicked.connect(lambda: self.set_count(max(0, self._count - 1), self._measure))
        self.plus.clicked.connect(lambda: self.set_count(self._count + 1, self._measure))
        self.question = TextLabel()
        self.body.addWidget(self.question)
        self.choices = {effort: ChoiceButton() for effort in Effort}
        # The five words side by side, easy to hardest, read as a scale: in one row they stay
        # in view with the count above them at 200 % text on a laptop screen. Where a row
        # would squeeze a word, they stand one under the other (see _arrange).
        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        self.body.addLayout(self.grid)
        self._columns = 0
        self.page.viewport().installEventFilter(self)
        self._arrange()
        for effort, button in self.choices.items():
            button.clicked.connect(lambda _c=False, e=effort: self.chosen.emit(e))
        make_exclusive(tuple(self.choices.values()))
        self.body.addStretch(1)
        self.back = BigButton()
        self.footer.addWidget(self.back)
        self.footer.addStretch(1)
        self.back.clicked.connect(self.back_requested)
        self.retranslate_ui()

    def reset(self) -> None:
        """Show no choice yet."""
        for button in self.choices.values():
            button.setChecked(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Put the words in one row where they fit, else one under the other.

        The page's viewport is watched, not the view: it has its new width only after the view's
        own resize has been laid out.
        """
        if watched is self.page.viewport() and event.type() == QEvent.Type.Resize:
            self._arrange()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        """Measure the words again when the text size or the style changes."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._columns = 0
            self._arrange()

    def _arrange(self) -> None:
        buttons = tuple(self.choices.values())
        margins = self.body.contentsMargins()
        room = self.page.viewport().width() - margins.left() - margins.right()
        # A long answer may wrap over lines, a word may not: the widest word and the button's
        # padding is what a column needs. (A chosen answer's check mark shows only for the
        # moment before the pain question.) Before the words are set: one column.
        widest = (
            max(
                button.fontMetrics().horizontalAdvance(word) + _BUTTON_PADDING
                for button in buttons
                for word in button.label().split()
            )
            if any(button.label() for button in buttons)
            else room
        )
        spacing = self.grid.spacing() * (len(buttons) - 1)
        columns = len(buttons) if widest * len(buttons) + spacing <= room else 1
        if columns == self._columns:
            return
        self._columns = columns
        for index, button in enumerate(buttons):
            self.grid.removeWidget(button)
            self.grid.addWidget(button, index // columns, index % columns)
        for column in range(len(buttons)):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def set_count(self, value: int, measure: Measure) -> None:
        """Show the count of the set just done, to correct if needed."""
        self._count = value
        self._measure = measure
        self.count_label.setText(
            self.tr("You did: {count}").format(count=count_text(value, measure))
        )

    def count_value(self) -> int:
        """Return the count as confirmed."""
        return self._count

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("How hard was it?"))
        self.question.setText(self.tr("Tap the word that fits best."))
        self.minus.setText(self.tr("− 1"))
        self.minus.setAccessibleName(self.tr("One less"))
        self.plus.setText(self.tr("+ 1"))
        self.plus.setAccessibleName(self.tr("One more"))
        self.set_count(self._count, self._measure)
        for effort, button in self.choices.items():
            button.set_label(effort_name(effort))
        self.back.setText(self.tr("Back"))
        self._columns = 0  # new words, or a new text size: measure again
        self._arrange()


class PainView(View):
    """Pain 0-10, where it hurts, and the stop signals; then the set is saved."""

    confirmed = Signal(int, object, object)  # pain, place or None, frozenset of signals
    back_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._retry = False  # a save failed: Save offers to save the same answers again
        self.question = TextLabel()
        self.body.addWidget(self.question)
        # No pain is the usual answer: one large button that saves at once.
        self.none = BigButton("primary")
        self.body.addLayout(button_row(self.none))
        self.none.clicked.connect(self.on_no_pain)
        grid = QGridLayout()
        grid.setSpacing(10)
        self.levels = [ChoiceButton() for _ in range(11)]
        for level, button in enumerate(self.levels):
            grid.addWidget(button, level // 6, level % 6)
            button.clicked.connect(self._update_places)
        make_exclusive(self.levels)
        self.body.addLayout(grid)
        self.place_label = TextLabel("heading")
        self.body.addWidget(self.place_label)
        places = QGridLayout()
        places.setSpacing(10)
        self.places = {place: ChoiceButton() for place in PainPlace}
        for index, button in enumerate(self.places.values()):
            places.addWidget(button, index // 4, index % 4)
        make_exclusive(tuple(self.places.values()))
        self.body.addLayout(places)
        self.place_error = ErrorLabel()  # beside the places, which may be far above Save
        self.body.addWidget(self.place_error)
        self.signal_label = TextLabel("heading")
        self.body.addWidget(self.signal_label)
        self.signals = {signal: ChoiceButton() for signal in StopSignal}
        for button in self.signals.values():
            self.body.addWidget(button)
            button.clicked.connect(self._update_places)
        self.error = ErrorLabel()
        self.body.addWidget(self.error)
        self.body.addStretch(1)
        self.back = BigButton()
        self.save = BigButton("primary")
        self.footer.addWidget(self.back)
        self.footer.addStretch(1)
        self.footer.addWidget(self.save)
        self.back.clicked.connect(self.back_requested)
        self.save.clicked.connect(self.on_save)
        self.retranslate_ui()

    def reset(self) -> None:
        """Clear every answer."""
        for button in (*self.levels, *self.places.values(), *self.signals.values()):
            button.setChecked(False)
        self.error.show_message("")
        self.place_error.show_message("")
        self._update_places()
        self._retry = False
        self.save.setText(self.tr("Save this set"))

    def offer_retry(self) -> None:
        """Offer to save the same answers again, after the set could not be saved."""
        self._retry = True
        self.save.setText(self.tr("Save again"))

    def pain(self) -> int | None:
        """Return the chosen pain level."""
        return next((level for level, b in enumerate(self.levels) if b.isChecked()), None)

    def _chosen_signals(self) -> frozenset[StopSignal]:
        return frozenset(s for s, b in self.signals.items() if b.isChecked())

    def _update_places(self) -> None:
        # A joint that locks or gives way need not hurt: a stop signal also asks where.
        hurts = (self.pain() or 0) > 0
        asked = hurts or bool(self._chosen_signals())
        self.place_label.setVisible(asked)
        for button in self.places.values():
            button.setVisible(asked)
        self._name_place_question()

    def _name_place_question(self) -> None:
        if (self.pain() or 0) > 0:
            self.place_label.setText(self.tr("Where did it hurt?"))
        else:
            self.place_label.setText(self.tr("Where did you feel it?"))

    def on_no_pain(self) -> None:
        """Save the set as done without pain; a stop signal ticked still asks where."""
        self.levels[0].setChecked(True)
        self._update_places()
        self.on_save()

    def on_save(self) -> None:
        """Save the set with the pain answers, or ask for what is still missing first."""
        pain = self.pain()
        if pain is None:
            self.error.show_message(self.tr("Please tap a number from 0 (no pain) to 10."))
            return
        signals = self._chosen_signals()
        asked = bool(pain or signals)
        place = next((p for p, b in self.places.items() if b.isChecked()), None) if asked else None
        if place is None and must_stop(pain, signals):
            # The place decides which other exercises rest today (a knee or hip: the legs).
            self.error.show_message("")
            self.place_error.show_message(self.tr("Please tap where you felt it."))
            self.page.ensureWidgetVisible(self.place_error)
            return
        self.place_error.show_message("")
        self.confirmed.emit(pain, place, signals)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Did it hurt?"))
        self.none.setText(self.tr("No pain: save"))
        self.question.setText(
            self.tr(
                "How much pain did you have during this exercise? No pain: tap the blue button. "
                "Pain: tap a number, 1 is a little, 10 is the worst, then Save."
            )
        )
        for level, button in enumerate(self.levels):
            if level == 0:
                button.set_label(self.tr("0 none"))
            elif level == 10:
                button.set_label(self.tr("10 worst"))
            else:
                button.set_label(str(level))
            button.setAccessibleDescription(self.tr("Pain"))
        self._name_place_question()
        for place, button in self.places.items():
            button.set_label(pain_place_name(place))
        self.signal_label.setText(self.tr("Did you notice any of these? Tap what fits."))
        for signal, button in self.signals.items():
            button.set_label(stop_signal_text(signal))
        self.back.setText(self.tr("Back"))
        self.save.setText(self.tr("Save again") if self._retry else self.tr("Save this set"))


class ConfirmUndoView(View):
    """Asks before a saved set is undone: Undo may stand where another button stood."""

    confirmed = Signal()
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.question = TextLabel()
        self.body.addWidget(self.question)
        self.body.addStretch(1)
        self.keep = BigButton("primary")
        self.undo = BigButton()
        # Keeping the set is the safe answer: it stands where the main button always stands.
        self.footer.addWidget(self.undo)
        self.footer.addStretch(1)
        self.footer.addWidget(self.keep)
        self.keep.clicked.connect(self.cancelled)
        self.undo.clicked.connect(self.confirmed)
        self._what = ("", 0, "")
        self.retranslate_ui()

    def show_for(self, exercise: str, set_number: int, count: str) -> None:
        """Ask about one saved set: which exercise, which set, and its count."""
        self._what = (exercise, set_number, count)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        exercise, number, count = self._what
        self.title.setText(self.tr("Undo this set?"))
        self.question.setText(
            self.tr("{exercise}, set {number}: {count}. Undo it, and do this set again?").format(
                exercise=exercise, number=number, count=count
            )
        )
        self.keep.setText(self.tr("No, keep the set"))
        self.undo.setText(self.tr("Yes, undo the set"))
