"""The carer's overview: one row per person with what needs attention, and a search by name."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from sterkblijven.domain.attention import (
    SEARCH_FROM,
    URGENT,
    Attention,
    Need,
    matching,
    without_year,
)
from sterkblijven.domain.fitness import Retest
from sterkblijven.services.overview import CarerOverview
from sterkblijven.ui.common.operations import attempt
from sterkblijven.ui.common.widgets import (
    BigButton,
    Card,
    ErrorLabel,
    Retranslating,
    TextLabel,
    clear_layout,
    widgets_in,
)
from sterkblijven.words.basics import day_and_month_text, short_date

# Not colour alone: an urgent line starts with a warning triangle, any other with a dot.
URGENT_MARK = "⚠"
OTHER_MARK = "•"


class OverviewPanel(Retranslating, QWidget):
    """Who needs attention, urgent first; a row's button goes to that person's set-up."""

    person_chosen = Signal(int)  # trainee id
    # The ids of the people the search leaves in view; None when everyone is shown.
    shown_changed = Signal(object)

    def __init__(self, overview: CarerOverview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._overview = overview
        self._items: tuple[Attention, ...] = ()
        self.heading = TextLabel("heading")
        self.search_label = TextLabel()
        self.search = QLineEdit()
        self.search.setMaxLength(60)
        self.search.setMinimumHeight(48)
        self.search_label.setBuddy(self.search)
        self.clear_search = BigButton()
        self.search_row = QWidget()
        search_line = QHBoxLayout()
        search_line.setSpacing(16)
        search_line.addWidget(self.search, 1)
        search_line.addWidget(self.clear_search)
        search_layout = QVBoxLayout(self.search_row)
        search_layout.setContentsMargins(0, 0, 0, 0)
        search_layout.addWidget(self.search_label)
        search_layout.addLayout(search_line)
        self.nothing_found = TextLabel("notice")
        self.nothing_found.hide()
        self.error = ErrorLabel()
        # Where the overview ends and each person's own set-up begins.
        self.per_person = TextLabel("heading")
        self.rows = QVBoxLayout()
        self.rows.setSpacing(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.search_row)
        layout.addWidget(self.nothing_found)
        layout.addLayout(self.rows)
        layout.addWidget(self.error)
        layout.addSpacing(12)
        layout.addWidget(self.per_person)
        self.search_row.hide()
        self.search.textChanged.connect(self._on_search)
        self.clear_search.clicked.connect(self.search.clear)
        self.retranslate_ui()

    def refresh(self) -> None:
        """Read everyone's attention again and show the rows the search leaves."""
        self.error.show_message("")
        found = attempt(self._overview.attention, self.error.show_message)[1]
        self._items = found if found is not None else ()
        many = len(self._items) >= SEARCH_FROM
        self.search_row.setVisible(many)
        if not many and self.search.text():
            self.search.clear()  # fills the rows itself
            return
        self._fill()

    def items(self) -> tuple[Attention, ...]:
        """Return every person's attention, as read."""
        return self._items

    def shown(self) -> set[int] | None:
        """Return the ids the search leaves in view, or None when it leaves everyone."""
        if not self.search.text().strip():
            return None
        return {item.trainee.id for item in self._matching() if item.trainee.id is not None}

    def row_buttons(self) -> list[BigButton]:
        """Return the rows' buttons, in order."""
        return [
            button
            for card in widgets_in(self.rows)
            for button in card.findChildren(BigButton)
            if button.property("trainee_id") is not None
        ]

    def _matching(self) -> tuple[Attention, ...]:
        return matching(self._items, self.search.text())

    def _on_search(self, _text: str) -> None:
        self._fill()
        self.shown_changed.emit(self.shown())

    def _fill(self) -> None:
        clear_layout(self.rows)
        typed = " ".join(self.search.text().split())
        shown = self._matching()
        self.nothing_found.setVisible(bool(typed) and not shown and bool(self._items))
        self.nothing_found.setText(self.tr('No name found with "{text}".').format(text=typed))
        self.clear_search.setEnabled(bool(typed))
        for item in shown:
            self.rows.addWidget(self._row(item))

    def _row(self, item: Attention) -> Card:
        card = Card("notice" if item.urgent else "card")
        card.setProperty("trainee_id", item.trainee.id)
        line = QHBoxLayout()
        line.setSpacing(16)
        words = QVBoxLayout()
        words.setSpacing(6)
        name = TextLabel("heading")
        name.setText(item.trainee.name)
        words.addWidget(name)
        told = [self._need_text(item, need) for need in item.needs]
        for need, text in zip(item.needs, told, strict=True):
            label = TextLabel()
            label.setText(f"{URGENT_MARK if need in URGENT else OTHER_MARK}  {text}")
            label.setAccessibleName(
                self.tr("Urgent: {text}").format(text=text) if need in URGENT else text
            )
            words.addWidget(label)
        if not item.needs:
            quiet = TextLabel()
            quiet.setText(f"{OTHER_MARK}  {self.tr('Nothing to do now')}")
            words.addWidget(quiet)
        facts = TextLabel("muted")
        facts.setText(self._facts_text(item))
        words.addWidget(facts)
        line.addLayout(words, 1)
        go = BigButton("primary" if item.urgent else "")
        go.setProperty("trainee_id", item.trainee.id)
        go.setText(self.tr("Go to {name}").format(name=item.trainee.name))
        summary = "; ".join(told) if told else self.tr("Nothing to do now")
        go.setAccessibleName(
            self.tr("Go to {name}: {summary}").format(name=item.trainee.name, summary=summary)
        )
        person_id = item.trainee.id or 0
        go.clicked.connect(lambda _c=False: self.person_chosen.emit(person_id))
        line.addWidget(go, 0, Qt.AlignmentFlag.AlignTop)
        card.content.addLayout(line)
        return card

    def _need_text(self, item: Attention, need: Need) -> str:
        if need is Need.HOSPITAL_CLEARANCE:
            return self.tr("Waiting for the GP after the hospital stay")
        if need is Need.GP_TALK:
            return self.tr("Waiting for a talk with the GP")
        if need is Need.STOP_SIGNAL:
            return self.tr("A stop signal last time")
        if need is Need.PAIN:
            return self.tr("Pain {pain} out of 10 last time: too much").format(
                pain=item.last_highest_pain
            )
        if need is Need.NEXT_DAY:
            return self._next_day_text(item)
        if need is Need.PAIN_HELD:
            return self.tr("Pain {pain} out of 10 last time: the load does not go up").format(
                pain=item.last_highest_pain
            )
        if need is Need.SUGGESTIONS:
            if item.waiting_suggestions == 1:
                return self.tr("1 load suggestion to decide")
            return self.tr("{count} load suggestions to decide").format(
                count=item.waiting_suggestions
            )
        if need is Need.TEST_DUE:
            if item.retest is Retest.FIRST:
                return self.tr("A first test to do")
            if item.retest is Retest.AFTER_BREAK:
                return self.tr("A test to do after the break")
            return self.tr("A test to do")
        return self.tr("Training day today")

    def _next_day_text(self, item: Attention) -> str:
        answer = item.next_day
        if answer is not None and answer.night_pain:
            return self.tr("Pain at night after the last training")
        if answer is not None and answer.worse:
            return self.tr("Joints worse the day after the last training")
        return self.tr("Stiff for over half an hour the morning after the last training")

    def _facts_text(self, item: Attention) -> str:
        if item.trained_today:
            trained = self.tr("Trained today")
        elif item.last_training is None:
            trained = self.tr("Not trained yet")
        else:
            trained = self.tr("Last trained: {day}").format(
                day=_day_text(item.last_training, item.today)
            )
        if item.next_test is None:
            return trained
        test = self.tr("Next test from {day}").format(day=_day_text(item.next_test, item.today))
        return f"{trained}. {test}"

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.heading.setText(self.tr("Overview: who needs attention"))
        self.per_person.setText(self.tr("Set-up per person"))
        self.search_label.setText(self.tr("Find a name"))
        self.search.setAccessibleName(self.tr("Find a name"))
        self.clear_search.setText(self.tr("Clear"))
        self.clear_search.setAccessibleName(self.tr("Clear the search"))
        self._fill()


def _day_text(day: date, today: date) -> str:
    """Return a day in words, with its year only when it is not near today."""
    return day_and_month_text(day) if without_year(day, today) else short_date(day)
