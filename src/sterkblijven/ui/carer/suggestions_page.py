"""Suggestions for the next session: read why, then accept, change or reject each one."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.decisions import Decider, Status, SuggestionRecord
from sterkblijven.domain.model import EquipmentKind, Load
from sterkblijven.domain.progression import Advice, is_pain_rule
from sterkblijven.services.suggestions import LoadSuggestions
from sterkblijven.ui.common.messages import MessageSlot
from sterkblijven.ui.common.operations import attempt
from sterkblijven.ui.common.widgets import (
    BigButton,
    Card,
    ErrorLabel,
    Retranslating,
    ScrollPage,
    TextLabel,
    button_row,
    clear_layout,
    page_with_footer,
)
from sterkblijven.words.basics import current_language, load_text
from sterkblijven.words.education import explained
from sterkblijven.words.progression import suggestion_text
from sterkblijven.words.refusals import refusal


class SuggestionsPage(Retranslating, QWidget):
    """Lists a trainee's waiting suggestions, each with its reason and the three choices."""

    back_requested = Signal()
    decided = Signal()

    def __init__(self, suggestions: LoadSuggestions, catalogue: Catalogue) -> None:
        super().__init__()
        self._suggestions = suggestions
        self._catalogue = catalogue
        self._trainee_id: int | None = None
        self._name = ""
        self._who = Decider.CARER
        self._records: list[SuggestionRecord] = []
        self._open_why: set[int] = set()
        self._changing: int | None = None  # the suggestion whose load is being chosen
        self._choices: list[Load] = []
        # A lowering for pain that the carer is about to lift: the decision waits for a Yes.
        self._lifting: tuple[int, partial[SuggestionRecord]] | None = None
        self._done_message = ""
        # Suggestions in the order first shown, and those decided here, with what was said and
        # the height of their card: a decided card keeps its place, saying what was done, so
        # the next suggestion's buttons never slide up under the pointer.
        self._order: list[int] = []
        self._decided: dict[int, tuple[str, str, int]] = {}
        self.page = ScrollPage()
        self.title = TextLabel("title")
        self.intro = TextLabel()
        self.status = TextLabel("heading")
        self.error = ErrorLabel()
        self.rows = QVBoxLayout()
        self.rows.setSpacing(16)
        for widget in (self.title, self.intro, self.status, self.error):
            self.page.body.addWidget(widget)
        self.page.body.addLayout(self.rows)
        self.page.body.addStretch(1)
        self.back = BigButton()
        page_with_footer(self, self.page, button_row(self.back))
        self.back.clicked.connect(self.back_requested)
        self.retranslate_ui()

    def show_trainee(self, trainee_id: int, name: str, who: Decider) -> None:
        """Show the waiting suggestions of a trainee, decided on by ``who``."""
        self._trainee_id, self._name, self._who = trainee_id, name, who
        self._open_why.clear()
        self._changing = self._lifting = None
        self._done_message = ""
        self._order, self._decided = [], {}
        self.refresh()

    def refresh(self) -> None:
        """Read the waiting suggestions again."""
        if self._trainee_id is None:
            return
        read = partial(self._suggestions.pending, self._trainee_id)
        ok, records = attempt(read, self.error.show_message)
        if not ok or records is None:
            return
        self._records = records
        self._fill()

    def cards(self) -> list[Card]:
        """Return the card of each suggestion on screen, in routine order."""
        found = []
        for index in range(self.rows.count()):
            item = self.rows.itemAt(index)
            widget = item.widget() if item is not None else None
            if isinstance(widget, Card) and widget.property("suggestion_id") is not None:
                found.append(widget)
        return found

    def _fill(self) -> None:
        self.title.setText(self.tr("Suggestions for {name}").format(name=self._name))
        if self._records:
            # What was done is said in the decided card's place, beside the next one.
            self.status.setText(self._done_message)
            self.status.setVisible(False)
        else:
            self.status.setText(
                self._done_message or self.tr("There are no suggestions waiting. All decided.")
            )
            self.status.setVisible(True)
        clear_layout(self.rows)
        waiting = {record.id: record for record in self._records}
        self._order += [key for key in waiting if key not in self._order]
        for key in self._order:
            if key in waiting:
                self.rows.addWidget(self._card(waiting[key]))
            elif key in self._decided and self._records:
                self.rows.addWidget(self._decided_card(*self._decided[key]))

    def _decided_card(self, name: str, said: str, height: int) -> Card:
        """Return the place of a suggestion decided here, as high as its card, saying so."""
        card = Card()
        title = TextLabel("heading")
        title.setText(name)
        card.content.addWidget(title)
        slot = MessageSlot(1)
        slot.show_message(said, done=True, tell=False)
        card.content.addWidget(slot)
        card.content.addStretch(1)
        card.setMinimumHeight(height)
        return card

    def _card(self, record: SuggestionRecord) -> Card:
        suggestion = record.suggestion
        card = Card()
        card.setProperty("suggestion_id", record.id)
        exercise = self._catalogue.get(record.exercise_id)
        name = (
            exercise.text(current_language()).name if exercise is not None else record.exercise_id
        )
        title = TextLabel("heading")
        title.setText(name)
        text = TextLabel()
        text.setText(suggestion_text(suggestion))
        card.content.addWidget(title)
        card.content.addWidget(text)
        if record.applied:
            already = TextLabel("muted")
            already.setText(
                self.tr("This is already in force, to be safe. You can keep it or undo it.")
            )
            card.content.addWidget(already)
        if suggestion.see_gp:
            gp = TextLabel()
            gp.setText(self.tr("Please talk about this with your GP or physiotherapist."))
            card.content.addWidget(gp)
        why = BigButton()
        why.setText(self.tr("Why?"))
        why.setAccessibleName(self.tr("Why this suggestion for {name}?").format(name=name))
        card.content.addLayout(button_row(why))
        why.clicked.connect(partial(self._toggle_why, record.id))
        if record.id in self._open_why:
            reason = TextLabel()
            reason.setText("\n\n".join(explained(suggestion)))
            card.content.addWidget(reason)
        if self._lifting is not None and self._lifting[0] == record.id:
            self._add_lift_question(card, name)
        elif self._changing == record.id:
            self._add_choices(card, record, name)
        else:
            self._add_decisions(card, record, name)
        return card

    def _add_decisions(self, card: Card, record: SuggestionRecord, name: str) -> None:
        accept, change, reject = BigButton("primary"), BigButton(), BigButton()
        if record.applied:
            accept.setText(self.tr("Keep it"))
            reject.setText(self.tr("Undo it"))
        else:
            accept.setText(self.tr("Agree"))
            reject.setText(self.tr("Not now"))
        change.setText(self.tr("Choose another weight"))
        accept.setAccessibleName(f"{accept.text()}: {name}")
        change.setAccessibleName(f"{change.text()}: {name}")
        reject.setAccessibleName(f"{reject.text()}: {name}")
        # A lower dose after pain stays until the carer lifts it: the trainee is not offered
        # an Undo that would only be refused, and is told who can.
        carer_only = is_pain_rule(record.suggestion) and self._who is not Decider.CARER
        if carer_only:
            who = TextLabel("muted")
            who.setText(self.tr("Only your carer can make this heavier again."))
            card.content.addWidget(who)
        # Two rows, so long Dutch words still fit on the buttons at 200 %.
        card.content.addLayout(button_row(accept) if carer_only else button_row(accept, reject))
        if _has_weight_to_choose(record):
            card.content.addLayout(button_row(change))
        else:
            change.deleteLater()
        accept.clicked.connect(partial(self._decide, record.id, "accept"))
        reject.clicked.connect(partial(self._decide, record.id, "reject"))
        change.clicked.connect(partial(self._start_change, record.id))

    def _add_lift_question(self, card: Card, name: str) -> None:
        question = TextLabel()
        question.setText(
            self.tr(
                "This was made lighter because of pain. Are you sure it may be heavier again? "
                "Only do this when the pain is back to its usual level and there is no stop "
                "signal any more, or when the GP or physiotherapist says so."
            )
        )
        card.content.addWidget(question)
        yes, no = BigButton(), BigButton("primary")
        yes.setText(self.tr("Yes, make it heavier again"))
        no.setText(self.tr("No, keep it lighter"))
        yes.setAccessibleName(f"{yes.text()}: {name}")
        no.setAccessibleName(f"{no.text()}: {name}")
        # The safe answer is the prominent one.
        card.content.addLayout(button_row(no))
        card.content.addLayout(button_row(yes))
        yes.clicked.connect(self._lift)
        no.clicked.connect(self._keep_lighter)
        question.setObjectName("lift_question")
        no.setObjectName("lift_no")
        yes.setObjectName("lift_yes")

    def _lifts_pain_rule(self, record: SuggestionRecord, load: Load | None) -> bool:
        """Return True when the decision would make a lowering for pain heavier again."""
        if not is_pain_rule(record.suggestion) or not record.applied:
            return False
        if load is None:  # an undo goes back to the dose before the lowering
            return True
        proposed = record.suggestion.proposed
        if proposed.paused:
            return True
        rungs = self._choices
        if load in rungs and proposed.load in rungs:
            return rungs.index(load) > rungs.index(proposed.load)
        return load != proposed.load  # not comparable on the ladder: ask, to be safe

    def _lift(self) -> None:
        if self._lifting is not None:
            action = self._lifting[1]
            self._lifting = None
            self._finish(action)

    def _keep_lighter(self) -> None:
        self._lifting = None
        self._fill()

    def _add_choices(self, card: Card, record: SuggestionRecord, name: str) -> None:
        question = TextLabel()
        question.setText(self.tr("Which weight or band next time?"))
        card.content.addWidget(question)
        current = record.suggestion.current.load
        for load in self._choices:
            label = load_text(load)
            if load == current:
                label = self.tr("{load} (as now)").format(load=label)
            choice = BigButton()
            choice.setText(label)
            choice.setAccessibleName(f"{label}: {name}")
            choice.clicked.connect(partial(self._change, record.id, load))
            card.content.addWidget(choice)
        cancel = BigButton()
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel choosing for {name}").format(name=name))
        cancel.clicked.connect(self._cancel_change)
        card.content.addLayout(button_row(cancel))

    def _toggle_why(self, suggestion_id: int) -> None:
        self._open_why ^= {suggestion_id}
        self._fill()

    def _start_change(self, suggestion_id: int) -> None:
        ok, choices = attempt(
            partial(self._suggestions.choices, suggestion_id), self.error.show_message
        )
        if ok and choices is not None:
            self._changing, self._choices = suggestion_id, choices
            self._fill()

    def _cancel_change(self) -> None:
        self._changing = None
        self._fill()

    def _decide(self, suggestion_id: int, what: str) -> None:
        seen = self._seen(suggestion_id)
        if what == "accept":
            self._finish(partial(self._suggestions.accept, suggestion_id, self._who, seen=seen))
        else:
            reject = partial(self._suggestions.reject, suggestion_id, self._who, seen=seen)
            self._ask_or_finish(suggestion_id, None, reject)

    def _change(self, suggestion_id: int, load: Load) -> None:
        seen = self._seen(suggestion_id)
        action = partial(self._suggestions.change, suggestion_id, load, self._who, seen=seen)
        self._ask_or_finish(suggestion_id, load, action)

    def _seen(self, suggestion_id: int) -> int | None:
        # The version on screen: a suggestion decided meanwhile elsewhere is not decided again.
        record = next((r for r in self._records if r.id == suggestion_id), None)
        return None if record is None else record.version

    def _ask_or_finish(
        self, suggestion_id: int, load: Load | None, action: partial[SuggestionRecord]
    ) -> None:
        record = next((r for r in self._records if r.id == suggestion_id), None)
        if record is not None and self._lifts_pain_rule(record, load):
            self._changing = None
            self._lifting = (suggestion_id, action)
            self._fill()
            # The question appears where the carer clicked, which may be low on a long page:
            # it comes into view with its answers, and the safe answer has the focus.
            card = next(c for c in self.cards() if c.property("suggestion_id") == suggestion_id)
            names = ("lift_question", "lift_no", "lift_yes")
            asked = [card.findChild(QWidget, name) for name in names]
            shown = [widget for widget in asked if widget is not None]
            self.page.bring_into_view(*shown)
            if len(shown) == len(asked):
                shown[1].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._finish(action)

    def _finish(self, action: partial[SuggestionRecord]) -> None:
        ok, record = attempt(action, self.error.show_message, changed=self._reread)
        if not ok or record is None:
            return
        self._changing = None
        if record.status is Status.SUPERSEDED:
            self._done_message = refusal("suggestion_outdated")
        else:
            self._done_message = self.tr("Saved. Next session uses what was decided.")
        card = next((c for c in self.cards() if c.property("suggestion_id") == record.id), None)
        if card is not None:
            title = card.findChild(TextLabel)
            name = title.text() if title is not None else ""
            self._decided[record.id] = (name, self._done_message, card.height())
        self.decided.emit()
        self.refresh()
        if self._records:
            self._announce(self._done_message)

    def _announce(self, text: str) -> None:
        """Tell a screen reader what was done; it is written in the decided card's place."""
        event = QAccessibleAnnouncementEvent(self, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)

    def _reread(self) -> None:
        self._changing = self._lifting = None
        self._done_message = ""
        self.decided.emit()  # what the carer part counts as waiting changed too
        self.refresh()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.intro.setText(
            self.tr(
                "After each session the program suggests the next step for each exercise. "
                "Decide for each one. Lighter steps for pain are already in force."
            )
        )
        self.back.setText(self.tr("Back"))
        self._fill()


def _has_weight_to_choose(record: SuggestionRecord) -> bool:
    """Return True when another weight or band could stand in for the proposal.

    A balance step or an added exercise is about what to do, not how heavy; body weight has no
    other rung to choose.
    """
    suggestion = record.suggestion
    if suggestion.advice in (Advice.NEXT_LEVEL, Advice.ADD):
        return False
    return suggestion.proposed.load.kind is not EquipmentKind.BODYWEIGHT
