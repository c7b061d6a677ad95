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
from sterkblijven.domain.planning import starting_dose
from sterkblijven.services.errors import DatabaseProblem, InputRefused
from sterkblijven.services.setup import (
    MAX_NOTE_LENGTH,
    MAX_ROUTINE_EXERCISES,
    SESSIONS_RANGE,
    Setup,
)
from sterkblijven.ui.carer.plan_card import ExerciseCard
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
    make_exclusive,
    page_with_footer,
)
from sterkblijven.words.basics import equipment_name, task_name, weekday_name
from sterkblijven.words.problems import database_problem
from sterkblijven.words.refusals import refusal


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
        self._task: Task | None = None
        self._region: BodyRegion | None = None
        self._kind: EquipmentKind | None = None
        self.cards: list[ExerciseCard] = []
        self._offers: dict[str, BigButton] = {}

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

        # The picker
        self.picker_page = fit_to_content(ScrollPage())
        self.picker_title = TextLabel("title")
        self.picker_intro = TextLabel()
        self.task_label = TextLabel("heading")
        self.task_buttons: dict[Task | None, SpokenChoice] = {
            task: SpokenChoice() for task in (None, *Task)
        }
        self.region_label = TextLabel("heading")
        self.region_buttons: dict[BodyRegion | None, SpokenChoice] = {
            region: SpokenChoice() for region in (None, *BodyRegion)
        }
        self.kind_label = TextLabel("heading")
        self.kind_buttons: dict[EquipmentKind | None, SpokenChoice] = {
            kind: SpokenChoice() for kind in (None, *EquipmentKind)
        }
        self.seated_only = SpokenChoice()
        self.offers_title = TextLabel("heading")
        self.offer_list = QVBoxLayout()
        self.offer_list.setSpacing(12)
        self.no_offers = TextLabel()
        picker = self.picker_page.body
        for widget in (self.picker_title, self.picker_intro, self.task_label):
            picker.addWidget(widget)
        picker.addLayout(choice_grid(list(self.task_buttons.values()), 2))
        picker.addWidget(self.region_label)
        picker.addLayout(choice_grid(list(self.region_buttons.values()), 2))
        picker.addWidget(self.kind_label)
        picker.addLayout(choice_grid(list(self.kind_buttons.values()), 2))
        picker.addLayout(button_row(self.seated_only))
        picker.addSpacing(12)
        picker.addWidget(self.offers_title)
        picker.addLayout(self.offer_list)
        picker.addWidget(self.no_offers)
        picker.addStretch(1)

        self.stack = GuardedStack(clock)
        self.stack.addWidget(self.plan_page)
        self.stack.addWidget(self.picker_page)
        self.back = BigButton()
        self.back_to_plan = BigButton()
        self.save = BigButton("primary")
        self.stack.guard_also(self.back, self.back_to_plan, self.save)
        self.footer = SaveFooter(self.back, self.back_to_plan, self.save)
        page_with_footer(self, self.stack, self.footer.as_footer())
        self.back_to_plan.hide()
        for group in (self.task_buttons, self.region_buttons, self.kind_buttons):
            make_exclusive(tuple(group.values()))
        self._connect_signals()
        self.retranslate_ui()

    def _connect_signals(self) -> None:
        self.put_back.clicked.connect(self.on_put_back_clicked)
        self.add_exercise.clicked.connect(self.show_picker)
        self.back_to_plan.clicked.connect(self.show_plan)
        for day, button in enumerate(self.day_buttons):
            button.clicked.connect(lambda checked, d=day: self.on_day_clicked(d, checked))
        self.note.textEdited.connect(self._on_edited)
        for task, button in self.task_buttons.items():
            button.clicked.connect(lambda _c=False, t=task: self._filter_task(t))
        for region, button in self.region_buttons.items():
            button.clicked.connect(lambda _c=False, r=region: self._filter_region(r))
        for kind, button in self.kind_buttons.items():
            button.clicked.connect(lambda _c=False, k=kind: self._filter_kind(k))
        self.seated_only.clicked.connect(lambda _c=False: self._fill_offers())
        self.save.clicked.connect(self.on_save_clicked)
        self.back.clicked.connect(self.on_back_clicked)
        self.footer.question.leave_chosen.connect(self.on_leave_chosen)
        self.footer.question.stay_chosen.connect(self.on_stay_chosen)

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
        self._task, self._region, self._kind = None, None, None
        self.seated_only.setChecked(False)
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
        return dict(self._offers)

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
        self._fill_offers()
        self.stack.setCurrentWidget(self.picker_page)
        self.picker_page.verticalScrollBar().setValue(0)
        self.back.hide()
        self.save.hide()
        self.back_to_plan.show()
        self.footer.question.hide()
        self.task_buttons[self._task].setFocus(Qt.FocusReason.OtherFocusReason)

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

    def _filter_task(self, task: Task | None) -> None:
        self._task = task
        self._fill_offers()

    def _filter_region(self, region: BodyRegion | None) -> None:
        self._region = region
        self._fill_offers()

    def _filter_kind(self, kind: EquipmentKind | None) -> None:
        self._kind = kind
        self._fill_offers()

    def _fill_offers(self) -> None:
        for task, button in self.task_buttons.items():
            button.setChecked(task is self._task)
        for region, button in self.region_buttons.items():
            button.setChecked(region is self._region)
        for kind, button in self.kind_buttons.items():
            button.setChecked(kind is self._kind)
            button.setVisible(kind is None or self._equipment.owns(kind))
        planned = {item.exercise_id for item in self._items}
        matching = self._catalogue.matching(
            task=self._task,
            region=self._region,
            kinds=None if self._kind is None else frozenset({self._kind}),
            seated_only=self.seated_only.isChecked(),
        )
        offered = [
            exercise
            for exercise in matching
            if exercise.id not in planned
            and starting_dose(exercise, self._equipment, self._kind) is not None
        ]
        clear_layout(self.offer_list)
        self._offers = {}
        for exercise in offered:
            name = exercise.text(self._language()).name
            offer = BigButton("tile")
            offer.setText(name)
            offer.setAccessibleName(self.tr("Add {exercise} to the plan").format(exercise=name))
            offer.clicked.connect(lambda _c=False, e=exercise: self.add(e))
            self.offer_list.addWidget(offer)
            self._offers[exercise.id] = offer
        self.no_offers.setVisible(not offered)
        self._chain_tabs()

    def add(self, exercise: Exercise) -> None:
        """Add an exercise at the end of the plan with a light start, and open it."""
        item = starting_dose(exercise, self._equipment, self._kind)
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
        if self.footer.question.isVisibleTo(self):
            self.footer.question.hide()
            self.back.show()
            self.save.show()

    def on_save_clicked(self) -> None:
        """Store the plan as a new version; a refusal is explained and the screen stays."""
        trainee_id = self._trainee_id
        if trainee_id is None:
            return
        routine = self.routine()
        ok, stored = attempt(
            lambda: self._setup.save_routine(trainee_id, routine), self.footer.status.show_message
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
        controls += [
            *self.task_buttons.values(),
            *self.region_buttons.values(),
            *self.kind_buttons.values(),
            self.seated_only,
            *self._offers.values(),
        ]
        question = self.footer.question
        controls += [question.stay, question.leave, self.back, self.back_to_plan, self.save]
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
            self.tr("Choose {low} to {high} days for training.").format(
                low=SESSIONS_RANGE[0], high=SESSIONS_RANGE[1]
            )
        )
        for day, button in enumerate(self.day_buttons):
            button.set_label(capitalised(weekday_name(day)))
        self.note.setAccessibleName(self.tr("Note for the trainee"))
        self.picker_title.setText(self.tr("Add an exercise"))
        self.picker_intro.setText(
            self.tr(
                "Narrow the list with the choices below, then tap an exercise to add it. Only "
                "exercises that fit the equipment are shown."
            )
        )
        self.task_label.setText(self.tr("What it helps with"))
        for task, button in self.task_buttons.items():
            button.set_label(self.tr("All") if task is None else task_name(task))
            button.set_spoken_name(
                self.tr("Helps with: all")
                if task is None
                else self.tr("Helps with: {task}").format(task=task_name(task))
            )
        self.region_label.setText(self.tr("Body part"))
        for region, button in self.region_buttons.items():
            label = self.tr("All") if region is None else self._region_name(region)
            button.set_label(label)
            button.set_spoken_name(self.tr("Body part: {part}").format(part=label))
        self.kind_label.setText(self.tr("Equipment"))
        for kind, button in self.kind_buttons.items():
            label = self.tr("All") if kind is None else equipment_name(kind)
            button.set_label(label)
            button.set_spoken_name(self.tr("Equipment: {kind}").format(kind=label))
        self.seated_only.set_label(self.tr("Can be done seated"))
        self.seated_only.set_spoken_name(self.tr("Only exercises that can be done seated"))
        self.offers_title.setText(self.tr("Tap an exercise to add it"))
        self.no_offers.setText(
            self.tr("No exercise fits these choices. Choose All somewhere to see more.")
        )
        self.back.setText(self.tr("Back"))
        self.back_to_plan.setText(self.tr("Back to the plan"))
        self.save.setText(self.tr("Save the plan"))
        if self.footer.saved_note.isVisibleTo(self):
            self.footer.show_saved(self.tr("Saved. Past sessions keep what they had."))
        self._rebuild_cards()
        self._fill_offers()

    def _set_name_texts(self) -> None:
        self.title.setText(self.tr("Plan of {name}").format(name=self._name))
        self.note_label.setText(
            self.tr("A note for {name} (at most {count} letters)").format(
                name=self._name, count=MAX_NOTE_LENGTH
            )
        )

    def _region_name(self, region: BodyRegion) -> str:
        names = {
            BodyRegion.LEGS: self.tr("Legs"),
            BodyRegion.HIPS: self.tr("Hips"),
            BodyRegion.BACK: self.tr("Back", "the body part"),
            BodyRegion.CHEST: self.tr("Chest"),
            BodyRegion.SHOULDERS: self.tr("Shoulders"),
            BodyRegion.ARMS: self.tr("Arms"),
            BodyRegion.BALANCE: self.tr("Balance"),
        }
        return names[region]
