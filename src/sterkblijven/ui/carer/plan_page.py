"""Carer mode: the trainee's weekly plan: exercises in order with their dose, days and a note."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from sterkblijven.domain.catalogue import Catalogue, Exercise
from sterkblijven.domain.model import (
    BodyRegion,
    Equipment,
    EquipmentKind,
    Load,
    Routine,
    RoutineExercise,
    Task,
)
from sterkblijven.domain.planning import back_to_back, starting_dose
from sterkblijven.domain.validation import MAX_NOTE_LENGTH
from sterkblijven.services.errors import DatabaseProblem, InputRefused
from sterkblijven.services.setup import (
    MAX_ROUTINE_EXERCISES,
    SESSIONS_RANGE,
    Setup,
)
from sterkblijven.ui.carer.plan_card import ExerciseCard
from sterkblijven.ui.carer.plan_picker import ExercisePicker
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
    GuardedStack,
    Retranslating,
    ScrollPage,
    TextLabel,
    button_row,
    chain_tab_order,
    choice_grid,
    clear_layout,
    page_with_footer,
)
from sterkblijven.words.basics import weekday_name
from sterkblijven.words.problems import database_problem
from sterkblijven.words.refusals import refusal


class RestDayQuestion(Retranslating, Card):
    """Asked in the page when Save would store training days that follow each other."""

    save_chosen = Signal()
    change_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("notice", parent)
        self.question = TextLabel("heading")
        self.why = TextLabel()
        self.save_anyway = BigButton()
        self.change = BigButton("primary")
        self.content.addWidget(self.question)
        self.content.addWidget(self.why)
        self.content.addLayout(button_row(self.change, self.save_anyway))
        self.save_anyway.clicked.connect(self.save_chosen)
        self.change.clicked.connect(self.change_chosen)
        self.hide()
        self.retranslate_ui()

    def ask(self) -> None:
        """Show the question with the keyboard on Change the days, which stores nothing."""
        self.show()
        self.change.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.question.setText(self.tr("Training days follow each other. Save anyway?"))
        self.why.setText(
            self.tr(
                "Muscles need a day of rest after training to recover and grow stronger. "
                "That is why we advise a rest day between two training days (ACSM position "
                "stand, Ratamess et al., 2009)."
            )
        )
        self.save_anyway.setText(self.tr("Save anyway"))
        self.change.setText(self.tr("Change the days"))


class RoutinePage(LeavingGuard, Retranslating, QWidget):
    """The weekly plan of one trainee, changed by clicks and saved as a new version."""

    back_requested = Signal()
    saved = Signal()

    def __init__(
        self,
        setup: Setup,
        catalogue: Catalogue,
        language: Callable[[], str],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self._setup = setup
        self._catalogue = catalogue
        self._language = language
        self._trainee_id: int | None = None
        self._name = ""
        self._loaded: Routine | None = None
        self._items: list[RoutineExercise] = []
        self._choices: dict[str, list[Load]] = {}
        self._equipment = Equipment()
        self._open: int | None = None  # the card whose dose is being changed
        self._removed: tuple[int, RoutineExercise] | None = None  # for Put it back
        self.cards: list[ExerciseCard] = []

        # The plan
        self.plan_page = fit_to_content(ScrollPage())
        self.title = TextLabel("title")
        self.intro = TextLabel()
        self.list_title = TextLabel("heading")
        self.empty = TextLabel()
        self.card_list = QVBoxLayout()
        self.card_list.setSpacing(16)
        self.removed_card = Card("notice")
        self.removed_text = TextLabel()
        self.put_back = BigButton()
        self.removed_card.content.addWidget(self.removed_text)
        self.removed_card.content.addLayout(button_row(self.put_back))
        self.removed_card.hide()
        self.add_exercise = BigButton()
        self.full = TextLabel("muted")
        self.days_title = TextLabel("heading")
        self.days_hint = TextLabel("muted")
        self.day_buttons = [ChoiceButton() for _day in range(7)]
        self.day_error = ErrorLabel()
        self.note_label = TextLabel("heading")
        self.note = text_field(MAX_NOTE_LENGTH)
        self.note_label.setBuddy(self.note)
        body = self.plan_page.body
        for widget in (self.title, self.intro, self.list_title, self.empty):
            body.addWidget(widget)
        body.addLayout(self.card_list)
        body.addWidget(self.removed_card)
        body.addLayout(button_row(self.add_exercise))
        body.addWidget(self.full)
        body.addSpacing(12)
        body.addWidget(self.days_title)
        body.addWidget(self.days_hint)
        body.addLayout(choice_grid(self.day_buttons, 3))
        body.addWidget(self.day_error)
        body.addSpacing(12)
        body.addWidget(self.note_label)
        body.addWidget(self.note)
        body.addStretch(1)

        self.picker_page = ExercisePicker(catalogue, language)

        self.stack = GuardedStack(clock)
        self.stack.addWidget(self.plan_page)
        self.stack.addWidget(self.picker_page)
        self.back = BigButton()
        self.back_to_plan = BigButton()
        self.save = BigButton("primary")
        self.stack.guard_also(self.back, self.back_to_plan, self.save)
        self.footer = SaveFooter(self.back, self.back_to_plan, self.save)
        self.rest_question = RestDayQuestion()
        self.footer.insertWidget(self.footer.indexOf(self.footer.question) + 1, self.rest_question)
        page_with_footer(self, self.stack, self.footer.as_footer())
        self.back_to_plan.hide()
        self._connect_signals()
        self.retranslate_ui()

    def _connect_signals(self) -> None:
        self.put_back.clicked.connect(self.on_put_back_clicked)
        self.add_exercise.clicked.connect(self.show_picker)
        self.back_to_plan.clicked.connect(self.show_plan)
        for day, button in enumerate(self.day_buttons):
            button.clicked.connect(lambda checked, d=day: self.on_day_clicked(d, checked))
        self.note.textEdited.connect(self._on_edited)
        self.picker_page.chosen.connect(self.add)
        self.picker_page.offers_changed.connect(self._chain_tabs)
        self.save.clicked.connect(self.on_save_clicked)
        self.back.clicked.connect(self.on_back_clicked)
        self.footer.question.leave_chosen.connect(self.on_leave_chosen)
        self.footer.question.stay_chosen.connect(self.on_stay_chosen)
        self.rest_question.save_chosen.connect(lambda: self._store(allow_consecutive=True))
        self.rest_question.change_chosen.connect(self.on_change_days_chosen)

    # What the page shows

    def show_trainee(self, trainee_id: int, name: str) -> None:
        """Show the plan of one trainee, as stored."""
        self._trainee_id = trainee_id
        self._name = name
        self._choices = {}
        self._on_edited()
        problems: list[str] = []
        self._loaded = attempt(lambda: self._setup.routine(trainee_id), problems.append)[1]
        equipment = attempt(lambda: self._setup.equipment(trainee_id), problems.append)[1]
        self._equipment = equipment or Equipment()
        health = attempt(lambda: self._setup.health.overview(trainee_id), problems.append)[1]
        self.picker_page.start(self._equipment, health.precautions if health else ())
        self._restore()
        self._show_plan_view()
        self.plan_page.verticalScrollBar().setValue(0)
        self.footer.status.show_message(next((text for text in problems if text), ""))

    def _restore(self, keep_open: bool = False) -> None:
        routine = self._loaded
        self._items = list(routine.exercises) if routine is not None else []
        days = set(routine.weekdays) if routine is not None else set()
        for day, button in enumerate(self.day_buttons):
            button.setChecked(day in days)
        self.note.setText(routine.note if routine is not None else "")
        if not keep_open or (self._open is not None and self._open >= len(self._items)):
            self._open = None
        self._removed = None
        self.day_error.show_message("")
        self._set_name_texts()
        self._rebuild_cards()

    def routine(self) -> Routine:
        """Return the plan as it is on screen."""
        days = tuple(day for day, button in enumerate(self.day_buttons) if button.isChecked())
        return Routine(tuple(self._items), days, self.note.text())

    def has_unsaved_changes(self) -> bool:
        """Return whether the screen differs from the stored plan."""
        if self._trainee_id is None:
            return False
        shown = self.routine()
        loaded = self._loaded or Routine((), ())
        return (shown.exercises, shown.weekdays, shown.note.strip()) != (
            loaded.exercises,
            tuple(sorted(loaded.weekdays)),
            loaded.note.strip(),
        )

    def offer_buttons(self) -> dict[str, BigButton]:
        """Return the exercises offered in the picker, by exercise id."""
        return self.picker_page.offer_buttons()

    @property
    def task_buttons(self) -> dict[Task | None, SpokenChoice]:
        """Return the picker's choices of what an exercise helps with."""
        return self.picker_page.task_buttons

    @property
    def region_buttons(self) -> dict[BodyRegion | None, SpokenChoice]:
        """Return the picker's choices of body part."""
        return self.picker_page.region_buttons

    @property
    def kind_buttons(self) -> dict[EquipmentKind | None, SpokenChoice]:
        """Return the picker's choices of equipment."""
        return self.picker_page.kind_buttons

    @property
    def seated_only(self) -> SpokenChoice:
        """Return the picker's choice to offer only exercises that can be done seated."""
        return self.picker_page.seated_only

    def _exercise_name(self, exercise_id: str) -> str:
        exercise = self._catalogue.get(exercise_id)
        return exercise.text(self._language()).name if exercise is not None else exercise_id

    def _load_choices(self, exercise_id: str) -> list[Load]:
        trainee_id = self._trainee_id
        if trainee_id is None:
            return []
        if exercise_id not in self._choices:
            try:
                self._choices[exercise_id] = self._setup.load_choices(trainee_id, exercise_id)
            except InputRefused:
                self._choices[exercise_id] = []  # no longer in the catalogue: nothing fits
            except DatabaseProblem as problem:
                self.footer.status.show_message(database_problem(problem.code))
                return []
        return self._choices[exercise_id]

    # The list of exercises

    def _rebuild_cards(self, focus: tuple[int, str] | None = None) -> None:
        clear_layout(self.card_list)
        self.cards = []
        for index, item in enumerate(self._items):
            card = ExerciseCard(
                item,
                self._catalogue.get(item.exercise_id),
                self._exercise_name(item.exercise_id),
                self._load_choices(item.exercise_id) if index == self._open else [],
                (index, len(self._items)),
                index == self._open,
            )
            card.changed.connect(lambda new, i=index: self._on_item_changed(i, new))
            card.move_requested.connect(lambda step, i=index: self._move(i, step))
            card.remove_requested.connect(lambda i=index: self._remove(i))
            card.open_requested.connect(lambda i=index: self._toggle_open(i))
            self.card_list.addWidget(card)
            self.cards.append(card)
        self.empty.setVisible(not self._items)
        full = len(self._items) >= MAX_ROUTINE_EXERCISES
        self.add_exercise.setEnabled(not full)
        self.full.setVisible(full)
        self._fill_removed()
        self._chain_tabs()
        if focus is not None and focus[0] < len(self.cards):
            card = self.cards[focus[0]]
            wanted = {"up": card.up, "down": card.down, "change": card.change}
            button = wanted[focus[1]]
            if not button.isEnabled():
                button = card.down if button is card.up else card.up
            button.setFocus(Qt.FocusReason.OtherFocusReason)
            self.plan_page.ensureWidgetVisible(card.title)
            self.plan_page.ensureWidgetVisible(button)

    def _on_item_changed(self, index: int, item: RoutineExercise) -> None:
        self._items[index] = item
        self._on_edited()

    def _move(self, index: int, step: int) -> None:
        target = index + step
        if not 0 <= target < len(self._items):
            return
        self._items[index], self._items[target] = self._items[target], self._items[index]
        if self._open in (index, target):
            self._open = target if self._open == index else index
        self._removed = None
        # Keep the keyboard on the moved exercise, so it can be moved again.
        self._rebuild_cards(focus=(target, "up" if step < 0 else "down"))
        self._on_edited()

    def _remove(self, index: int) -> None:
        self._removed = (index, self._items.pop(index))
        if self._open is not None:
            self._open = None if self._open == index else self._open - (self._open > index)
        self._rebuild_cards()
        self._on_edited()
        self.put_back.setFocus(Qt.FocusReason.OtherFocusReason)
        self.plan_page.ensureWidgetVisible(self.put_back)

    def _toggle_open(self, index: int) -> None:
        self._open = None if self._open == index else index
        self._rebuild_cards(focus=(index, "change"))

    def on_put_back_clicked(self) -> None:
        """Put the exercise removed last back where it was, with its dose."""
        if self._removed is None:
            return
        place, item = self._removed
        place = min(place, len(self._items))
        self._items.insert(place, item)
        self._removed = None
        if self._open is not None and self._open >= place:
            self._open += 1
        self._rebuild_cards(focus=(place, "change"))
        self._on_edited()

    def _fill_removed(self) -> None:
        if self._removed is None:
            self.removed_card.hide()
            return
        name = self._exercise_name(self._removed[1].exercise_id)
        text = self.tr("{exercise} is off the plan. It is stored when you tap Save the plan.")
        self.removed_text.setText(capitalised(text.format(exercise=name)))
        self.put_back.setText(self.tr("Put it back"))
        self.put_back.setAccessibleName(self.tr("Put {exercise} back").format(exercise=name))
        self.removed_card.show()

    # Adding an exercise

    def show_picker(self) -> None:
        """Show the exercises that can be added, with filters."""
        self.picker_page.offer(item.exercise_id for item in self._items)
        self.stack.setCurrentWidget(self.picker_page)
        self.picker_page.verticalScrollBar().setValue(0)
        self.back.hide()
        self.save.hide()
        self.back_to_plan.show()
        self.footer.question.hide()
        self.picker_page.focus_first()

    def show_plan(self) -> None:
        """Show the plan again, with the keyboard where the picker was opened."""
        self._show_plan_view()
        if self.add_exercise.isEnabled():
            self.add_exercise.setFocus(Qt.FocusReason.OtherFocusReason)
            self.plan_page.ensureWidgetVisible(self.add_exercise)

    def _show_plan_view(self) -> None:
        self.stack.setCurrentWidget(self.plan_page)
        self.back_to_plan.hide()
        self.back.show()
        self.save.show()

    def add(self, exercise: Exercise) -> None:
        """Add an exercise at the end of the plan with a light start, and open it."""
        item = starting_dose(exercise, self._equipment, self.picker_page.kind_for(exercise))
        if item is None or len(self._items) >= MAX_ROUTINE_EXERCISES:
            return
        self._items.append(item)
        self._removed = None
        self._open = len(self._items) - 1
        self._show_plan_view()
        self._rebuild_cards(focus=(self._open, "change"))
        self._on_edited()

    # Days and note

    def on_day_clicked(self, day: int, checked: bool) -> None:
        """Keep one to three days chosen; a fourth or none is explained instead."""
        chosen = sum(button.isChecked() for button in self.day_buttons)
        if not SESSIONS_RANGE[0] <= chosen <= SESSIONS_RANGE[1]:
            self.day_buttons[day].setChecked(not checked)
            self.day_error.show_message(refusal("weekdays_count", SESSIONS_RANGE))
            return
        self.day_error.show_message("")
        self._on_edited()

    # Saving and leaving

    def _on_edited(self, _text: str = "") -> None:
        self.footer.clear()
        self.footer.status.show_message("")
        for question in (self.footer.question, self.rest_question):
            if question.isVisibleTo(self):
                question.hide()
                self.back.show()
                self.save.show()

    def on_save_clicked(self) -> None:
        """Store the plan as a new version; a refusal is explained and the screen stays.

        Training days in a row are asked about first, once: days already stored that way were
        chosen knowingly before, so they are not asked about again.
        """
        weekdays = self.routine().weekdays
        stored = self._loaded.weekdays if self._loaded is not None else ()
        if back_to_back(weekdays) and tuple(sorted(stored)) != weekdays:
            self.back.hide()
            self.save.hide()
            self.footer.status.show_message("")
            self.rest_question.ask()
            return
        self._store(allow_consecutive=back_to_back(weekdays))

    def on_change_days_chosen(self) -> None:
        """Keep the plan unsaved and put the keyboard on the days."""
        self._on_edited()
        first = next((button for button in self.day_buttons if button.isChecked()), None)
        (first or self.day_buttons[0]).setFocus(Qt.FocusReason.OtherFocusReason)

    def _store(self, *, allow_consecutive: bool) -> None:
        if self.rest_question.isVisibleTo(self):
            self.rest_question.hide()
            self.back.show()
            self.save.show()
            self.save.setFocus(Qt.FocusReason.OtherFocusReason)
        trainee_id = self._trainee_id
        if trainee_id is None:
            return
        routine = self.routine()
        # The version this screen was built from: a plan changed since is not overwritten.
        seen = self._loaded.version if self._loaded is not None else 0
        ok, stored = attempt(
            lambda: self._setup.save_routine(
                trainee_id, routine, allow_consecutive=allow_consecutive, seen=seen
            ),
            self.footer.status.show_message,
            changed=lambda: self.show_trainee(trainee_id, self._name),
        )
        if not ok or stored is None:
            self.footer.clear()
            return
        self._loaded = stored
        self._choices = {}
        self._restore(keep_open=True)
        self.footer.show_saved(self.tr("Saved. Past sessions keep what they had."))
        self.saved.emit()

    def _chain_tabs(self) -> None:
        controls: list[QWidget] = []
        for card in self.cards:
            controls += card.controls()
        controls += [self.put_back, self.add_exercise, *self.day_buttons, self.note]
        controls += self.picker_page.controls()
        question = self.footer.question
        controls += [question.stay, question.leave]
        controls += [self.rest_question.change, self.rest_question.save_anyway]
        controls += [self.back, self.back_to_plan, self.save]
        chain_tab_order(controls)

    # Words

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self._set_name_texts()
        self.intro.setText(
            self.tr(
                "The exercises in the order of a session. Tap Change to set the sets, target, "
                "rest and weight. Changes count from the next session."
            )
        )
        self.list_title.setText(self.tr("Exercises"))
        self.empty.setText(self.tr("There are no exercises in the plan yet."))
        self.add_exercise.setText(self.tr("Add an exercise"))
        self.full.setText(
            self.tr("The plan is full: at most {count} exercises.").format(
                count=MAX_ROUTINE_EXERCISES
            )
        )
        self.days_title.setText(self.tr("Days of the week"))
        self.days_hint.setText(
            self.tr(
                "Choose {low} to {high} days for training, with a rest day between them."
            ).format(low=SESSIONS_RANGE[0], high=SESSIONS_RANGE[1])
        )
        for day, button in enumerate(self.day_buttons):
            button.set_label(capitalised(weekday_name(day)))
        self.note.setAccessibleName(self.tr("Note for the trainee"))
        self.back.setText(self.tr("Back"))
        self.back_to_plan.setText(self.tr("Back to the plan"))
        self.save.setText(self.tr("Save the plan"))
        if self.footer.saved_note.isVisibleTo(self):
            self.footer.show_saved(self.tr("Saved. Past sessions keep what they had."))
        self._rebuild_cards()
        self.picker_page.retranslate_ui()

    def _set_name_texts(self) -> None:
        self.title.setText(self.tr("Plan of {name}").format(name=self._name))
        self.note_label.setText(
            self.tr("A note for {name} (at most {count} letters)").format(
                name=self._name, count=MAX_NOTE_LENGTH
            )
        )
