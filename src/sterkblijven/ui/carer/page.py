"""Carer mode: the PIN in front of it, and the set-up that stays out of the trainee's way."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
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
from sterkblijven.ui.carer.server_card import ServerCard
from sterkblijven.ui.common.birth_month import BirthMonthChooser
from sterkblijven.ui.common.editing import fit_to_content, pin_field
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
        self._row_messages: dict[int, str] = {}
        self._editing: int | None = None  # the trainee whose name and month are being changed
        self._removing: tuple[int, int] | None = None  # trainee id, confirmation step 1 or 2
        self._has_pin = False
        self._on_server = False
        self.page = fit_to_content(ScrollPage())  # no empty stretch below the open panel
        self.title = TextLabel("title")
        self.pin_card = Card()
        self.pin_title = TextLabel("heading")
        self.pin_status = TextLabel()
        self.new_pin_label = TextLabel()
        self.new_pin = pin_field()
        self.new_pin_label.setBuddy(self.new_pin)
        self.save_pin = BigButton()
        self.pin_error = ErrorLabel()
        for widget in (self.pin_title, self.pin_status, self.new_pin_label, self.new_pin):
            self.pin_card.content.addWidget(widget)
        self.pin_card.content.addLayout(button_row(self.save_pin))
        self.pin_card.content.addWidget(self.pin_error)
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
        self.person_cards: dict[int, Card] = {}
        self.people_card.content.addLayout(self.rows)
        self.people_card.content.addWidget(self.people_error)
        self.people_card.content.addLayout(button_row(self.add))
        self.data_card = Card()
        self.data_title = TextLabel("heading")
        self.data_text = TextLabel()
        self.data_button = BigButton()
        self.data_card.content.addWidget(self.data_title)
        self.data_card.content.addWidget(self.data_text)
        self.data_card.content.addLayout(button_row(self.data_button))
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
        self.save_pin.clicked.connect(self.on_save_pin)
        self.new_pin.returnPressed.connect(self.on_save_pin)
        self.add.clicked.connect(self.add_requested)
        self.back.clicked.connect(self.back_requested)
        self.data_button.clicked.connect(self.data_requested)
        self.health.closed.connect(self._close_health)
        self.health.moved.connect(self._show_health_top)
        self.health.told.connect(self._show_message_of_health)
        self.health.changed.connect(self._on_health_changed)
        self.retranslate_ui()

    def refresh(self) -> None:
        """Read the PIN state and the people again."""
        self._editing = None
        self._removing = None
        self._health_open = None
        self._row_messages.clear()
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
        self._has_pin = has_pin
        self._on_server = self._access.on_server()

    def row_buttons(self, trainee_id: int) -> list[BigButton]:
        """Return the buttons on a person's row, in order."""
        for index in range(self.rows.count()):
            item = self.rows.itemAt(index)
            card = item.widget() if item is not None else None
            if card is not None and card.property("trainee_id") == trainee_id:
                return [w for w in card.findChildren(BigButton)]
        return []

    def on_save_pin(self) -> None:
        """Store the new PIN, or say why it cannot be used."""
        pin = self.new_pin.text()
        ok, _ = attempt(lambda: self._access.set_pin(pin), self.pin_error.show_message)
        if not ok:
            return
        self.new_pin.clear()
        self._has_pin = True
        self._fill()

    def _fill(self) -> None:
        self.pin_card.setVisible(not self._on_server)
        self.server_card.setVisible(self._on_server)
        self.pin_status.setText(
            self.tr("The carer part is protected by a PIN.")
            if self._has_pin
            else self.tr("There is no PIN yet: anyone can open this part.")
        )
        self.save_pin.setText(
            self.tr("Change the PIN") if self._has_pin else self.tr("Set the PIN")
        )
        # The open panel keeps what was typed in it: it is lifted out before the rows go.
        self.health.hide()
        self.health.setParent(None)
        clear_layout(self.rows)
        self.person_cards = {}
        for person in self._people:
            self.rows.addWidget(card := self._row(person))
            self.person_cards[person.id or 0] = card
        self._show_only(self.overview.shown())

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
        if self._editing == person_id:
            field = QLineEdit(person.name)
            field.setMaxLength(60)
            field.setAccessibleName(self.tr("New name for {name}").format(name=person.name))
            # The birth month makes the test norms use the real age; the year alone is fine too.
            month = BirthMonthChooser(columns=4)
            month.set_month(person.birth_month)
            save = BigButton("primary")
            save.setObjectName("save_person")
            save.setText(self.tr("Save"))
            cancel = BigButton()
            cancel.setText(self.tr("Cancel"))
            card.content.addWidget(field)
            card.content.addWidget(month)
            card.content.addLayout(button_row(save, cancel))
            save.clicked.connect(lambda _c=False: self._edit(person_id, field.text(), month))
            field.returnPressed.connect(lambda: self._edit(person_id, field.text(), month))
            cancel.clicked.connect(self._cancel)
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
            card.content.addWidget(question)
            card.content.addLayout(button_row(confirm, cancel))
            confirm.clicked.connect(lambda _c=False: self._confirm_remove(person_id))
            cancel.clicked.connect(self._cancel)
        elif self._health_open == person_id:
            card.content.addWidget(self.health)
            self.health.show()
        else:
            self._add_setup_buttons(card, person, person_id)
            rename = BigButton()
            rename.setText(self.tr("Name and birth month"))
            rename.setAccessibleName(
                self.tr("Change the name or birth month of {name}").format(name=person.name)
            )
            remove = BigButton()
            remove.setText(self.tr("Remove"))
            remove.setAccessibleName(self.tr("Remove {name}").format(name=person.name))
            card.content.addLayout(button_row(rename, remove))
            rename.clicked.connect(lambda _c=False: self._start_rename(person_id))
            remove.clicked.connect(lambda _c=False: self._start_remove(person_id))
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
        if self._row_messages.get(person_id):
            done = TextLabel()
            done.setText(self._row_messages[person_id])
            card.content.addWidget(done)
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
        if attempt(allow, self.people_error.show_message)[0]:
            self._own_decisions[person_id] = allowed

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
        self._editing = self._removing = None
        self._health_open = person_id
        self.health.open(person_id, name)
        self._fill()
        self._show_health_top()

    def _show_health_top(self) -> None:
        # After the layout has placed the panel: a step begins at its top.
        QTimer.singleShot(0, lambda: self.page.ensureWidgetVisible(self.health))

    def _show_message_of_health(self, message: QWidget) -> None:
        # Once the layout has made room for it: a refusal below the fold would go unseen.
        QTimer.singleShot(0, lambda: self.page.ensureWidgetVisible(message))

    def _close_health(self) -> None:
        self._health_open = None
        self.refresh()

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

    def _start_rename(self, person_id: int) -> None:
        self._editing, self._removing, self._health_open = person_id, None, None
        self.people_error.show_message("")
        self._fill()

    def _start_remove(self, person_id: int) -> None:
        self._editing, self._removing, self._health_open = None, (person_id, 1), None
        self.people_error.show_message("")
        self._fill()

    def _cancel(self) -> None:
        self._editing = self._removing = self._health_open = None
        self._fill()

    def _edit(self, person_id: int, name: str, month: BirthMonthChooser) -> None:
        # The version on screen: details changed meanwhile elsewhere are not overwritten.
        seen = next((p.version for p in self._people if p.id == person_id), None)
        edit = partial(self._trainees.edit, person_id, name, month.month(), seen=seen)
        if not attempt(edit, self.people_error.show_message, changed=self._reread)[0]:
            return
        self.trainees_changed.emit()
        self.refresh()

    def _reread(self) -> None:
        self.trainees_changed.emit()  # the name may have changed elsewhere in the window too
        self.refresh()

    def _confirm_remove(self, person_id: int) -> None:
        if self._removing == (person_id, 1):
            self._removing = (person_id, 2)
            self._fill()
            return
        remove = partial(self._trainees.remove, person_id)
        if not attempt(remove, self.people_error.show_message)[0]:
            return
        self.trainees_changed.emit()
        self.refresh()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Carer part"))
        self.pin_title.setText(self.tr("Carer PIN"))
        self.new_pin_label.setText(self.tr("New PIN (4 to 8 digits)"))
        self.new_pin.setAccessibleName(self.tr("New PIN (4 to 8 digits)"))
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
        self.back.setText(self.tr("Back"))
        self._fill()
