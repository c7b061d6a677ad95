"""Carer mode: the set-up that stays out of the trainee's way, and the PIN card among it."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from sterkblijven.domain.model import Trainee
from sterkblijven.services.carer import CarerAccess
from sterkblijven.services.health import HealthOverview
from sterkblijven.services.overview import CarerOverview
from sterkblijven.services.setup import Setup
from sterkblijven.services.suggestions import LoadSuggestions
from sterkblijven.services.trainees import Trainees
from sterkblijven.ui.carer.health_panel import HealthPanel
from sterkblijven.ui.carer.overview import OverviewPanel
from sterkblijven.ui.carer.pin_card import PinCard
from sterkblijven.ui.carer.server_card import ServerCard
from sterkblijven.ui.common.birth_month import BirthMonthChooser
from sterkblijven.ui.common.editing import fit_to_content
from sterkblijven.ui.common.messages import MessageSlot
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
    clear_layout,
    page_with_footer,
)
from sterkblijven.words.basics import current_language
from sterkblijven.words.health import precaution_name


class CarerPage(Retranslating, QWidget):
    """Set the PIN; add, rename and remove the people who train; open each one's set-up."""

    add_requested = Signal()
    back_requested = Signal()
    trainees_changed = Signal()
    routine_requested = Signal(int, str)  # trainee id, name
    equipment_requested = Signal(int, str)
    suggestions_requested = Signal(int, str)
    progress_requested = Signal(int)
    papers_requested = Signal(int, str)
    data_requested = Signal()
    example_requested = Signal()  # the example, opened beside the real data
    health_changed = Signal()  # a stay, a clearance or movement advice was recorded
    disconnect_requested = Signal()  # from the practice's server, back to this computer's data

    def __init__(
        self,
        access: CarerAccess,
        trainees: Trainees,
        setup: Setup,
        suggestions: LoadSuggestions,
        overview: CarerOverview,
    ) -> None:
        super().__init__()
        self._access = access
        self._trainees = trainees
        self._setup = setup
        self._suggestions = suggestions
        self._people: list[Trainee] = []
        self._waiting: dict[int, int] = {}  # trainee id: suggestions waiting
        self._own_decisions: dict[int, bool] = {}
        self._health: dict[int, HealthOverview] = {}
        self._health_open: int | None = None  # trainee whose stays and advice are open
        self.health = HealthPanel(setup.health)
        self.health.hide()
        self._row_messages: dict[int, str] = {}  # what was just done, said in the card
        self.person_cards: dict[int, Card] = {}
        self.row_slots: dict[int, MessageSlot] = {}  # each card's refusal, beside what it is about
        self.done_slots: dict[int, MessageSlot] = {}  # what was just done, atop the card
        # A card that changed by what was pressed in it keeps at least its height, so that
        # no other person's buttons slide up under the pointer.
        self._held: dict[int, int] = {}
        self._gone: tuple[int, str, int] | None = None  # where a removed person was, what is said
        self.gone_card: Card | None = None
        self._editing: int | None = None  # the trainee whose name and month are being changed
        self._removing: tuple[int, int] | None = None  # trainee id, confirmation step 1 or 2
        self._on_server = False
        self.page = fit_to_content(ScrollPage())  # no empty stretch below the open panel
        self.title = TextLabel("title")
        self.pin_card = PinCard(access, self.page.bring_into_view)
        # The card's parts, as the page has always offered them.
        card = self.pin_card
        self.pin_status, self.pin_error, self.pin_question = (
            card.pin_status,
            card.pin_error,
            card.pin_question,
        )
        self.new_pin_label, self.new_pin = card.new_pin_label, card.new_pin
        self.repeat_pin_label, self.repeat_pin = card.repeat_pin_label, card.repeat_pin
        self.save_pin, self.remove_pin = card.save_pin, card.remove_pin
        self.keep_pin, self.confirm_remove_pin = card.keep_pin, card.confirm_remove_pin
        self.pin_fields, self.pin_asking = card.pin_fields, card.pin_asking
        self.people_card = Card()
        self.people_title = TextLabel("heading")
        self.rows = QVBoxLayout()
        self.rows.setSpacing(12)
        self.people_error = ErrorLabel()
        self.add = BigButton()
        self.people_card.content.addWidget(self.people_title)
        # What needs attention, per person, above everyone's own card.
        self.overview = OverviewPanel(overview)
        self.overview.person_chosen.connect(self._show_person)
        self.overview.shown_changed.connect(self._show_only)
        self.people_card.content.addWidget(self.overview)
        self.people_card.content.addLayout(self.rows)
        self.people_card.content.addWidget(self.people_error)
        self.people_card.content.addLayout(button_row(self.add))
        self.data_card = Card()
        self.data_title = TextLabel("heading")
        self.data_text = TextLabel()
        self.data_button = BigButton()
        self.data_card.content.addWidget(self.data_title)
        self.data_card.content.addWidget(self.data_text)
        self.example = BigButton()
        self.data_card.content.addLayout(button_row(self.data_button))
        self.data_card.content.addLayout(button_row(self.example))
        # On a practice's server the carer's login replaces the PIN; its card takes the place.
        self.server_card = ServerCard()
        self.server_card.hide()
        self.server_card.disconnect_requested.connect(self.disconnect_requested)
        sections = (self.title, self.people_card, self.data_card, self.pin_card, self.server_card)
        for section in sections:
            self.page.body.addWidget(section)
        self.page.body.addStretch(1)
        self.back = BigButton()
        page_with_footer(self, self.page, button_row(self.back))
        self.add.clicked.connect(self.add_requested)
        self.back.clicked.connect(self.back_requested)
        self.data_button.clicked.connect(self.data_requested)
        self.example.clicked.connect(self.example_requested)
        self.health.closed.connect(self._close_health)
        self.health.moved.connect(self._on_health_moved)
        self.health.reshaped.connect(self._hold_health_card)
        self.health.told.connect(self._show_message_of_health)
        self.health.changed.connect(self._on_health_changed)
        self.retranslate_ui()

    def refresh(self) -> None:
        """Read the PIN state and the people again."""
        self._editing = None
        self._removing = None
        self._health_open = None
        self._row_messages.clear()
        self._held.clear()
        self._gone = None
        self.pin_card.reset()
        if attempt(self._read, self.people_error.show_message)[0]:
            self._fill()
        self.overview.refresh()

    def _read(self) -> None:
        self._people = self._trainees.all()
        has_pin = self._access.has_pin()
        ids = [person.id for person in self._people if person.id is not None]
        self._waiting = {i: len(self._suggestions.pending(i)) for i in ids}
        self._own_decisions = {i: self._setup.decides_own_loads(i) for i in ids}
        self._health = {i: self._setup.health.overview(i) for i in ids}
        self.pin_card.has_pin = has_pin
        self._on_server = self._access.on_server()

    def row_buttons(self, trainee_id: int) -> list[BigButton]:
        """Return the buttons on a person's row, in order."""
        card = self.person_cards.get(trainee_id)
        return list(card.findChildren(BigButton)) if card is not None else []

    def _fill_pin(self) -> None:
        self.pin_card.setVisible(not self._on_server)
        self.server_card.setVisible(self._on_server)
        self.pin_card.fill()

    def _fill(self) -> None:
        self._fill_pin()
        # The open panel keeps what was typed in it: it is lifted out before the rows go.
        self.health.hide()
        self.health.setParent(None)
        clear_layout(self.rows)
        self.person_cards.clear()
        self.row_slots.clear()
        self.done_slots.clear()
        self.gone_card = None
        gone = self._gone
        for index, person in enumerate(self._people):
            if gone is not None and gone[0] == index:
                self.rows.addWidget(self._gone_row(gone))
            card = self._row(person)
            self.person_cards[person.id or 0] = card
            self.rows.addWidget(card)
        if gone is not None and gone[0] >= len(self._people):
            self.rows.addWidget(self._gone_row(gone))
        self._show_only(self.overview.shown())

    def _gone_row(self, gone: tuple[int, str, int]) -> Card:
        """Say where a removed person's card was, in its room: nothing slides under the pointer."""
        card = Card()
        said = MessageSlot(1)
        said.show_message(gone[1], done=True, tell=False)
        card.content.addWidget(said)
        card.content.addStretch(1)
        card.setMinimumHeight(gone[2])
        self.gone_card = card
        self.row_slots[-1] = said
        return card

    def _show_person(self, trainee_id: int) -> None:
        """Scroll to a person's card, chosen in the overview, and put the focus on it."""
        card = self.person_cards.get(trainee_id)
        if card is None:
            return
        buttons = card.findChildren(BigButton)
        if buttons:
            buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)
        # Once laid out: the card's top comes to the top of the page, its name in view.
        QTimer.singleShot(0, lambda: self._scroll_to(card))

    def _scroll_to(self, card: Card) -> None:
        inner = self.page.widget()
        if inner is not None:
            self.page.verticalScrollBar().setValue(card.mapTo(inner, QPoint(0, 0)).y() - 12)

    def _show_only(self, shown: object) -> None:
        """Show the cards of the people the overview's search leaves (everyone for None)."""
        for trainee_id, card in self.person_cards.items():
            card.setVisible(not isinstance(shown, set) or trainee_id in shown)

    def _row(self, person: Trainee) -> Card:
        card = Card()
        card.setProperty("trainee_id", person.id)
        name = TextLabel("heading")
        name.setText(person.name)
        card.content.addWidget(name)
        person_id = person.id or 0
        card.setMinimumHeight(self._held.get(person_id, 0))
        if self._editing == person_id:
            field = QLineEdit(person.name)
            field.setMaxLength(60)
            field.setAccessibleName(self.tr("New name for {name}").format(name=person.name))
            # The message sits between the field and the buttons, in room kept for it.
            slot = MessageSlot(1)
            self.row_slots[person_id] = slot
            # The birth month makes the test norms use the real age; the year alone is fine too.
            month = BirthMonthChooser(columns=4)
            month.set_month(person.birth_month)
            save = BigButton("primary")
            save.setObjectName("save_person")
            save.setText(self.tr("Save"))
            cancel = BigButton()
            cancel.setText(self.tr("Cancel"))
            card.content.addWidget(field)
            card.content.addWidget(slot)
            card.content.addWidget(month)
            card.content.addLayout(button_row(save, cancel))
            save.clicked.connect(lambda _c=False: self._edit(person_id, field, month))
            field.returnPressed.connect(lambda: self._edit(person_id, field, month))
            cancel.clicked.connect(lambda _c=False: self._cancel(person_id))
            field.setFocus()
        elif self._removing is not None and self._removing[0] == person_id:
            question = TextLabel()
            if self._removing[1] == 1:
                question.setText(
                    self.tr(
                        "Remove {name}? All of {name}'s sessions and tests go too. A backup of "
                        "everything is made first."
                    ).format(name=person.name)
                )
                confirm_text = self.tr("Yes, remove {name}").format(name=person.name)
            else:
                question.setText(self.tr("Are you really sure? This cannot be undone in the app."))
                confirm_text = self.tr("Remove {name} for good").format(name=person.name)
            confirm = BigButton("primary")
            confirm.setText(confirm_text)
            cancel = BigButton()
            cancel.setText(self.tr("No, keep {name}").format(name=person.name))
            slot = MessageSlot(1)
            self.row_slots[person_id] = slot
            card.content.addWidget(question)
            card.content.addWidget(slot)
            card.content.addLayout(button_row(confirm, cancel))
            confirm.clicked.connect(lambda _c=False: self._confirm_remove(person_id))
            cancel.clicked.connect(lambda _c=False: self._cancel(person_id))
            cancel.setFocus()  # the safe answer first
        elif self._health_open == person_id:
            card.content.addWidget(self.health)
            self.health.show()
        else:
            # What was just done for this person, at the top of the card built around it.
            done = self._row_messages.get(person_id, "")
            if done:
                said = MessageSlot(0)
                said.show_message(done, done=True, tell=False)
                self.done_slots[person_id] = said
                card.content.addWidget(said)
            self._add_setup_buttons(card, person, person_id)
            rename = BigButton()
            rename.setObjectName("rename")
            rename.setText(self.tr("Name and birth month"))
            rename.setAccessibleName(
                self.tr("Change the name or birth month of {name}").format(name=person.name)
            )
            remove = BigButton()
            remove.setObjectName("remove")
            remove.setText(self.tr("Remove"))
            remove.setAccessibleName(self.tr("Remove {name}").format(name=person.name))
            card.content.addLayout(button_row(rename, remove))
            rename.clicked.connect(lambda _c=False: self._start_rename(person_id))
            remove.clicked.connect(lambda _c=False: self._start_remove(person_id))
            # A refusal comes below the buttons, where it moves none of this card's.
            slot = MessageSlot(0)
            self.row_slots[person_id] = slot
            card.content.addWidget(slot)
        card.content.addStretch(1)  # a card kept taller than its content has the room below
        return card

    def _add_setup_buttons(self, card: Card, person: Trainee, person_id: int) -> None:
        waiting = self._waiting.get(person_id, 0)
        summary = TextLabel("muted")
        summary.setText(
            self.tr("Suggestions waiting: {count}.").format(count=waiting)
            if waiting
            else self.tr("No suggestions waiting.")
        )
        card.content.addWidget(summary)
        plan, equipment, suggestions = BigButton(), BigButton(), BigButton()
        plan.setText(self.tr("Plan"))
        plan.setAccessibleName(self.tr("The exercise plan of {name}").format(name=person.name))
        equipment.setText(self.tr("Equipment"))
        equipment.setAccessibleName(self.tr("The equipment of {name}").format(name=person.name))
        suggestions.setText(self.tr("Suggestions ({count})").format(count=waiting))
        suggestions.setAccessibleName(
            self.tr("Suggestions for {name}: {count} waiting").format(
                name=person.name, count=waiting
            )
        )
        progress = BigButton()
        progress.setText(self.tr("Progress"))
        progress.setAccessibleName(self.tr("The progress of {name}").format(name=person.name))
        papers = BigButton()
        papers.setText(self.tr("Report, card and calendar"))
        papers.setAccessibleName(
            self.tr("The report, exercise card and calendar of {name}").format(name=person.name)
        )
        # Two to a row, so that long Dutch words still fit on the buttons at 200 %.
        card.content.addLayout(button_row(plan, equipment))
        card.content.addLayout(button_row(suggestions, progress))
        card.content.addLayout(button_row(papers))
        self._add_health_summary(card, person_id)
        decides = ChoiceButton()
        decides.setChecked(self._own_decisions.get(person_id, False))
        decides.set_label(self.tr("{name} may decide about suggestions").format(name=person.name))
        hospital = BigButton()
        hospital.setObjectName("health")
        hospital.setText(self.tr("Hospital and movement advice"))
        hospital.setAccessibleName(
            self.tr("Hospital stays and movement advice of {name}").format(name=person.name)
        )
        card.content.addLayout(button_row(decides))
        card.content.addLayout(button_row(hospital))
        name = person.name
        plan.clicked.connect(lambda _c=False: self.routine_requested.emit(person_id, name))
        equipment.clicked.connect(lambda _c=False: self.equipment_requested.emit(person_id, name))
        suggestions.clicked.connect(
            lambda _c=False: self.suggestions_requested.emit(person_id, name)
        )
        progress.clicked.connect(lambda _c=False: self.progress_requested.emit(person_id))
        papers.clicked.connect(lambda _c=False: self.papers_requested.emit(person_id, name))
        decides.toggled.connect(lambda on: self._allow(person_id, on))
        hospital.clicked.connect(lambda _c=False: self._open_health(person_id, name))

    def _allow(self, person_id: int, allowed: bool) -> None:
        allow = partial(self._setup.allow_own_decisions, person_id, allowed)
        if attempt(allow, self._row_say(person_id))[0]:
            self._own_decisions[person_id] = allowed

    def _row_say(self, person_id: int) -> Callable[[str], None]:
        """Return how to say a refusal in a person's card, beside what it is about."""

        def say(text: str) -> None:
            slot = self.row_slots.get(person_id)
            if slot is not None:
                slot.show_message(text)
            elif text:
                self.people_error.show_message(text)

        return say

    def _add_health_summary(self, card: Card, person_id: int) -> None:
        """Say on the person's row that training waits for clearance, and the advice in force."""
        health = self._health.get(person_id)
        if health is None:
            return
        if health.waiting is not None:
            waiting = TextLabel("notice")
            waiting.setText(
                self.tr("After the hospital stay, training waits until it may start again.")
            )
            card.content.addWidget(waiting)
        if health.precautions:
            language = current_language()
            names = "; ".join(precaution_name(item, language) for item in health.precautions)
            advice = TextLabel("muted")
            advice.setText(self.tr("Movement advice: {advice}.").format(advice=names))
            card.content.addWidget(advice)

    def _open_health(self, person_id: int, name: str) -> None:
        self.health.open(person_id, name)
        self._acting(person_id, lambda: self._switch(person_id, health=True))
        self._show_health_step()

    def _viewport_y(self, widget: QWidget | None) -> int | None:
        """Return where a widget's top is on the screen's part of the page, if it is there."""
        if widget is None or widget.isHidden():
            return None
        return widget.mapTo(self.page.viewport(), QPoint(0, 0)).y()

    def _settle(self) -> None:
        # Rows added or taken away are laid out by events Qt has posted but not yet handled.
        for _ in range(3):
            QCoreApplication.sendPostedEvents()

    def _acting(self, person_id: int, change: Callable[[], None]) -> None:
        """Make a change to a person's card that keeps the card where it is on the screen.

        Rebuilding the cards lets the page jump; the card that was pressed is put back in the
        same place, and keeps at least its height, so that the pointer stays on it.
        """
        card = self.person_cards.get(person_id)
        before = self._viewport_y(card)
        if card is not None:
            self._held[person_id] = max(self._held.get(person_id, 0), card.height())
        change()
        self._settle()
        after = self.person_cards.get(person_id) or self.gone_card
        now = self._viewport_y(after)
        if before is not None and now is not None:
            bar = self.page.verticalScrollBar()
            bar.setValue(bar.value() + now - before)

    def _switch(
        self, person_id: int, *, editing: bool = False, removing: int = 0, health: bool = False
    ) -> None:
        self._editing = person_id if editing else None
        self._removing = (person_id, removing) if removing else None
        self._health_open = person_id if health else None
        self._row_messages.clear()  # what was done before is said no more once something starts
        self.people_error.show_message("")
        self._fill()

    def _show_health_step(self) -> None:
        """Bring the top of the panel's step into view, moving the page only if it is not."""
        self._settle()
        card = self.person_cards.get(self._health_open or 0)
        top = self._viewport_y(self.health)
        if top is not None and top < 0 and card is not None:
            bar = self.page.verticalScrollBar()
            bar.setValue(bar.value() + top)

    def _hold_health_card(self) -> None:
        """Keep the panel's card at least as tall as it was: no one's buttons slide up."""
        person_id = self._health_open
        card = self.person_cards.get(person_id) if person_id is not None else None
        if card is not None and person_id is not None and card.isVisible():
            # The layout has not yet followed the new view: this is the height it had.
            height = max(self._held.get(person_id, 0), card.height())
            self._held[person_id] = height
            card.setMinimumHeight(height)

    def _on_health_moved(self) -> None:
        """Show the top of the step the panel went to."""
        self._show_health_step()

    def _show_message_of_health(self, message: QWidget) -> None:
        # Once the layout has made room for it: a refusal below the fold would go unseen.
        QTimer.singleShot(0, lambda: self.page.ensureWidgetVisible(message))

    def _close_health(self) -> None:
        person_id = self._health_open
        if person_id is None:
            self.refresh()
            return
        self._acting(person_id, lambda: self._switch(person_id))

    def _on_health_changed(self) -> None:
        """Keep the rows' summaries and the rest of the app in step with what was recorded."""
        person_id = self._health_open
        if person_id is not None:
            overview = attempt(
                lambda: self._setup.health.overview(person_id), self.people_error.show_message
            )[1]
            if overview is not None:
                self._health[person_id] = overview
        self.health_changed.emit()

    def _name_of(self, person_id: int) -> str:
        return next((p.name for p in self._people if p.id == person_id), "")

    def _tell_done(self, person_id: int) -> None:
        """Tell screen readers what the person's card, just built, says was done."""
        said = self.done_slots.get(person_id)
        if said is not None:
            said.show_message(said.text(), done=True)

    def _start_rename(self, person_id: int) -> None:
        self._acting(person_id, lambda: self._switch(person_id, editing=True))

    def _start_remove(self, person_id: int) -> None:
        self._acting(person_id, lambda: self._switch(person_id, removing=1))

    def _cancel(self, person_id: int) -> None:
        was_removing = self._removing is not None
        self._acting(person_id, lambda: self._switch(person_id))
        self._focus(person_id, "remove" if was_removing else "rename")

    def _focus(self, person_id: int, name: str) -> None:
        """Give the keyboard back to the button in the card that started what just ended."""
        card = self.person_cards.get(person_id)
        button = card.findChild(BigButton, name) if card is not None else None
        if button is not None:
            button.setFocus()

    def _edit(self, person_id: int, field: QLineEdit, month: BirthMonthChooser) -> None:
        # The version on screen: details changed meanwhile elsewhere are not overwritten.
        before = next((p for p in self._people if p.id == person_id), None)
        seen = before.version if before is not None else None
        edit = partial(self._trainees.edit, person_id, field.text(), month.month(), seen=seen)
        say = self._row_say(person_id)
        done, edited = attempt(edit, say, changed=lambda: self._reread(person_id))
        if not done or edited is None:
            if self._editing == person_id:
                field.setFocus()
            return
        self.trainees_changed.emit()
        if before is not None and before.name != edited.name:
            text = self.tr("Name changed to {name}.").format(name=edited.name)
        else:
            text = self.tr("The details of {name} are saved.").format(name=edited.name)
        self._row_messages[person_id] = text
        self._after_change(person_id)
        self._tell_done(person_id)
        self._focus(person_id, "rename")

    def _after_change(self, person_id: int) -> None:
        """Read the people again and show them, the card that acted in its place."""

        def again() -> None:
            self._editing = self._removing = self._health_open = None
            if attempt(self._read, self.people_error.show_message)[0]:
                self._fill()

        self._acting(person_id, again)

    def _reread(self, person_id: int) -> None:
        self.trainees_changed.emit()  # the name may have changed elsewhere in the window too
        self._after_change(person_id)

    def _confirm_remove(self, person_id: int) -> None:
        if self._removing == (person_id, 1):
            self._acting(person_id, lambda: self._switch(person_id, removing=2))
            return
        remove = partial(self._trainees.remove, person_id)
        if not attempt(remove, self._row_say(person_id))[0]:
            return
        index = next((i for i, p in enumerate(self._people) if p.id == person_id), 0)
        name = self._name_of(person_id)
        card = self.person_cards.get(person_id)
        height = max(self._held.get(person_id, 0), card.height() if card is not None else 0)
        self._gone = (index, self.tr("{name} is removed.").format(name=name), height)
        self.trainees_changed.emit()
        self._after_change(person_id)
        if self.gone_card is not None:
            self.row_slots[-1].show_message(self._gone[1], done=True)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Carer part"))
        self.people_title.setText(self.tr("Who trains on this computer"))
        self.add.setText(self.tr("Add someone"))
        self.data_title.setText(self.tr("Data and backups"))
        self.data_text.setText(
            self.tr(
                "Put back a backup, or save all data in a file to take to another computer "
                "and read it in there."
            )
        )
        self.data_button.setText(self.tr("Backups and files"))
        self.example.setText(self.tr("See an example"))
        self.back.setText(self.tr("Back"))
        self._fill()
