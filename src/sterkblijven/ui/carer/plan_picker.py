"""Carer mode: the exercises to add to a plan, narrowed by task, body part and equipment."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from sterkblijven.domain.catalogue import Catalogue, Exercise
from sterkblijven.domain.model import BodyRegion, Equipment, EquipmentKind, Task
from sterkblijven.domain.movements import Movement
from sterkblijven.domain.planning import starting_dose
from sterkblijven.domain.precautions import ActivePrecaution, allowed_kinds
from sterkblijven.ui.common.editing import SpokenChoice, fit_to_content
from sterkblijven.ui.common.widgets import (
    BigButton,
    ScrollPage,
    TextLabel,
    button_row,
    choice_grid,
    clear_layout,
    make_exclusive,
)
from sterkblijven.words.basics import equipment_name, task_name

# The texts are the plan page's and keep its translations. Calls read
# translate("RoutinePage", "...") literally, so pyside6-lupdate files them there.
translate = QCoreApplication.translate


class ExercisePicker(ScrollPage):
    """Offers the exercises that fit the equipment and are not in the plan yet.

    The plan page owns it: it starts it for a person, asks it to offer, and sets its texts.
    """

    chosen = Signal(object)  # the Exercise tapped
    offers_changed = Signal()  # the offered exercises are new buttons

    def __init__(self, catalogue: Catalogue, language: Callable[[], str]) -> None:
        super().__init__()
        fit_to_content(self)
        self._catalogue = catalogue
        self._language = language
        self._equipment = Equipment()
        self._planned: frozenset[str] = frozenset()
        self._task: Task | None = None
        self._region: BodyRegion | None = None
        self._kind: EquipmentKind | None = None
        self._offers: dict[str, BigButton] = {}
        self._advice: tuple[ActivePrecaution, ...] = ()
        self._ruled_out: frozenset[Movement] = frozenset()
        self.title = TextLabel("title")
        self.intro = TextLabel()
        # Why some exercises are not offered: the movement advice in force.
        self.advice_note = TextLabel("notice")
        self.advice_note.hide()
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
        body = self.body
        for widget in (self.title, self.intro, self.advice_note, self.task_label):
            body.addWidget(widget)
        body.addLayout(choice_grid(list(self.task_buttons.values()), 2))
        body.addWidget(self.region_label)
        body.addLayout(choice_grid(list(self.region_buttons.values()), 2))
        body.addWidget(self.kind_label)
        body.addLayout(choice_grid(list(self.kind_buttons.values()), 2))
        body.addLayout(button_row(self.seated_only))
        body.addSpacing(12)
        body.addWidget(self.offers_title)
        body.addLayout(self.offer_list)
        body.addWidget(self.no_offers)
        body.addStretch(1)
        for group in (self.task_buttons, self.region_buttons, self.kind_buttons):
            make_exclusive(tuple(group.values()))
        self._connect_signals()

    def _connect_signals(self) -> None:
        for task, button in self.task_buttons.items():
            button.clicked.connect(lambda _c=False, t=task: self._filter_task(t))
        for region, button in self.region_buttons.items():
            button.clicked.connect(lambda _c=False, r=region: self._filter_region(r))
        for kind, button in self.kind_buttons.items():
            button.clicked.connect(lambda _c=False, k=kind: self._filter_kind(k))
        self.seated_only.clicked.connect(lambda _c=False: self._fill())

    @property
    def kind(self) -> EquipmentKind | None:
        """Return the equipment chosen to narrow the list, or None for all."""
        return self._kind

    def kind_for(self, exercise: Exercise) -> EquipmentKind | None:
        """Return the equipment to add an exercise with, or None to let the plan choose.

        With the seated filter on and no equipment chosen, the first owned kind whose way is seated,
        so a seated exercise never comes with a way done standing or lying down.
        """
        allowed = allowed_kinds(exercise, self._ruled_out)
        if self._kind is not None:
            return self._kind if self._kind in allowed else None
        if not self.seated_only.isChecked() and not self._ruled_out:
            return None
        return next(
            (
                kind
                for kind in allowed
                if (kind in exercise.seated_kinds or not self.seated_only.isChecked())
                and self._equipment.owns(kind)
            ),
            None,
        )

    def start(self, equipment: Equipment, advice: Sequence[ActivePrecaution] = ()) -> None:
        """Begin for another person, with their equipment, their movement advice, filters on All.

        What the advice rules out is not offered, and the page says why.
        """
        self._equipment = equipment
        self._advice = tuple(advice)
        self._ruled_out = frozenset(
            movement
            for item in self._advice
            if item.definition is not None
            for movement in item.definition.rules_out
        )
        self._task, self._region, self._kind = None, None, None
        self.seated_only.setChecked(False)

    def offer(self, planned: Iterable[str]) -> None:
        """Offer the exercises that fit, leaving out the ones already planned."""
        self._planned = frozenset(planned)
        self._fill()

    def focus_first(self) -> None:
        """Put the keyboard on the chosen task, the first of the filters."""
        self.task_buttons[self._task].setFocus(Qt.FocusReason.OtherFocusReason)

    def offer_buttons(self) -> dict[str, BigButton]:
        """Return the exercises offered, by exercise id."""
        return dict(self._offers)

    def controls(self) -> list[QWidget]:
        """Return the filters and the offered exercises in screen order."""
        return [
            *self.task_buttons.values(),
            *self.region_buttons.values(),
            *self.kind_buttons.values(),
            self.seated_only,
            *self._offers.values(),
        ]

    def _filter_task(self, task: Task | None) -> None:
        self._task = task
        self._fill()

    def _filter_region(self, region: BodyRegion | None) -> None:
        self._region = region
        self._fill()

    def _filter_kind(self, kind: EquipmentKind | None) -> None:
        self._kind = kind
        self._fill()

    def _fill(self) -> None:
        for task, button in self.task_buttons.items():
            button.setChecked(task is self._task)
        for region, button in self.region_buttons.items():
            button.setChecked(region is self._region)
        for kind, button in self.kind_buttons.items():
            button.setChecked(kind is self._kind)
            button.setVisible(kind is None or self._equipment.owns(kind))
        matching = self._catalogue.matching(
            task=self._task,
            region=self._region,
            kinds=None if self._kind is None else frozenset({self._kind}),
            seated_only=self.seated_only.isChecked(),
        )
        offered = [
            exercise
            for exercise in matching
            if exercise.id not in self._planned
            and starting_dose(exercise, self._equipment, self._kind) is not None
            and (not self.seated_only.isChecked() or self.kind_for(exercise) is not None)
            and self._allowed(exercise)
        ]
        clear_layout(self.offer_list)
        self._offers = {}
        for exercise in offered:
            name = exercise.text(self._language()).name
            offer = BigButton("tile")
            offer.setText(name)
            offer.setAccessibleName(
                translate("RoutinePage", "Add {exercise} to the plan").format(exercise=name)
            )
            offer.clicked.connect(lambda _c=False, e=exercise: self.chosen.emit(e))
            self.offer_list.addWidget(offer)
            self._offers[exercise.id] = offer
        self.no_offers.setVisible(not offered)
        self._fill_advice_note()
        self.offers_changed.emit()

    def _allowed(self, exercise: Exercise) -> bool:
        """Return True when some owned way of doing the exercise fits the movement advice."""
        if not self._ruled_out:
            return True
        return self.kind_for(exercise) is not None

    def _fill_advice_note(self) -> None:
        language = self._language()
        left_out = [
            exercise.text(language).name
            for exercise in self._catalogue.exercises
            if not any(self._equipment.owns(k) for k in allowed_kinds(exercise, self._ruled_out))
            and any(self._equipment.owns(k) for k in exercise.equipment)
        ]
        names = [item.definition.text(language).name for item in self._advice if item.definition]
        self.advice_note.setVisible(bool(names))
        if names:
            text = translate(
                "RoutinePage", "Movement advice is in force: {advice}. {reason}"
            ).format(
                advice="; ".join(names),
                reason=translate(
                    "RoutinePage", "Exercises it rules out are not offered: {exercises}."
                ).format(exercises=", ".join(left_out))
                if left_out
                else translate("RoutinePage", "Exercises it rules out are not offered."),
            )
            self.advice_note.setText(text)

    def retranslate_ui(self) -> None:
        """Set every text in the current language, and offer again with the new names."""
        self.title.setText(translate("RoutinePage", "Add an exercise"))
        self.intro.setText(
            translate(
                "RoutinePage",
                "Narrow the list with the choices below, then tap an exercise to add it. Only "
                "exercises that fit the equipment are shown.",
            )
        )
        self.task_label.setText(translate("RoutinePage", "What it helps with"))
        for task, button in self.task_buttons.items():
            button.set_label(translate("RoutinePage", "All") if task is None else task_name(task))
            button.set_spoken_name(
                translate("RoutinePage", "Helps with: all")
                if task is None
                else translate("RoutinePage", "Helps with: {task}").format(task=task_name(task))
            )
        self.region_label.setText(translate("RoutinePage", "Body part"))
        for region, button in self.region_buttons.items():
            label = translate("RoutinePage", "All") if region is None else _region_name(region)
            button.set_label(label)
            button.set_spoken_name(translate("RoutinePage", "Body part: {part}").format(part=label))
        self.kind_label.setText(translate("RoutinePage", "Equipment"))
        for kind, button in self.kind_buttons.items():
            label = translate("RoutinePage", "All") if kind is None else equipment_name(kind)
            button.set_label(label)
            button.set_spoken_name(translate("RoutinePage", "Equipment: {kind}").format(kind=label))
        self.seated_only.set_label(translate("RoutinePage", "Can be done seated"))
        self.seated_only.set_spoken_name(
            translate("RoutinePage", "Only exercises that can be done seated")
        )
        self.offers_title.setText(translate("RoutinePage", "Tap an exercise to add it"))
        self.no_offers.setText(
            translate(
                "RoutinePage", "No exercise fits these choices. Choose All somewhere to see more."
            )
        )
        self._fill()


def _region_name(region: BodyRegion) -> str:
    names = {
        BodyRegion.LEGS: translate("RoutinePage", "Legs"),
        BodyRegion.HIPS: translate("RoutinePage", "Hips"),
        BodyRegion.BACK: translate("RoutinePage", "Back", "the body part"),
        BodyRegion.CHEST: translate("RoutinePage", "Chest"),
        BodyRegion.SHOULDERS: translate("RoutinePage", "Shoulders"),
        BodyRegion.ARMS: translate("RoutinePage", "Arms"),
        BodyRegion.BALANCE: translate("RoutinePage", "Balance"),
    }
    return names[region]
