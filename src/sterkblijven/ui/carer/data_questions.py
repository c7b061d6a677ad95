"""The data page's two questions: put a backup back, and read a file in."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from sterkblijven.domain.backups import parse_backup_name
from sterkblijven.services.exchange import Conflict, ImportPlan
from sterkblijven.ui.common.widgets import (
    BigButton,
    Card,
    ChoiceButton,
    TextLabel,
    button_row,
    make_exclusive,
)
from sterkblijven.words.backups import backup_kind_text, moment_text
from sterkblijven.words.basics import path_text

# Calls read translate("DataPage", "...") literally, so pyside6-lupdate finds the page's texts.
translate = QCoreApplication.translate


def restore_question(
    backup: Path, answer_yes: Callable[[], None], answer_no: Callable[[], None]
) -> Card:
    """Return the question whether to put a backup back, with its two answers."""
    question = Card("notice")
    text = TextLabel()
    parsed = parse_backup_name(backup.name)
    which = (
        f"{moment_text(parsed.made_at)}: {backup_kind_text(parsed.kind)}"
        if parsed is not None
        else path_text(backup)
    )
    text.setText(
        translate(
            "DataPage",
            "Put this backup back? ({backup}) Everything saved after it is replaced by the "
            "backup. A copy of the data as it is now is kept first, so you can go back.",
        ).format(backup=which)
    )
    text.setAccessibleDescription(str(backup))
    yes, no = BigButton("primary"), BigButton()
    yes.setText(translate("DataPage", "Yes, put it back"))
    no.setText(translate("DataPage", "No, keep the data as it is"))
    yes.clicked.connect(answer_yes)
    no.clicked.connect(answer_no)
    question.content.addWidget(text)
    question.content.addLayout(button_row(yes))
    question.content.addLayout(button_row(no))
    return question


def import_question(
    plan: ImportPlan,
    backup_first: bool,
    answer_yes: Callable[[], None],
    answer_no: Callable[[], None],
) -> tuple[Card, dict[int, dict[Conflict, ChoiceButton]]]:
    """Return the question whether to read a file in, and each person's three choices."""
    choices: dict[int, dict[Conflict, ChoiceButton]] = {}
    question = Card("notice")
    people = ", ".join(f"{p.name} ({p.birth_year})" for p in plan.people)
    intro = TextLabel()
    intro.setText(translate("DataPage", "In the file: {people}.").format(people=people))
    question.content.addWidget(intro)
    for person in plan.conflicts:
        asked = TextLabel()
        asked.setText(
            translate(
                "DataPage", "{name} (born {year}) is already here. What should happen with {name}?"
            ).format(name=person.name, year=person.birth_year)
        )
        buttons = {
            Conflict.REPLACE: ChoiceButton(),
            Conflict.KEEP_BOTH: ChoiceButton(),
            Conflict.SKIP: ChoiceButton(),
        }
        labels = {
            Conflict.REPLACE: translate("DataPage", "Replace with the data from the file"),
            Conflict.KEEP_BOTH: translate("DataPage", "Keep both, as two people"),
            Conflict.SKIP: translate("DataPage", "Leave out: keep what is here"),
        }
        for choice, button in buttons.items():
            # Each person has the same three choices: the name tells them apart.
            spoken = translate("DataPage", "{choice} ({name})").format(
                choice=labels[choice], name=person.name
            )
            button.set_label(labels[choice], spoken)
            button.setProperty("conflict", choice.value)
        make_exclusive(tuple(buttons.values()))
        choices[person.index] = buttons
        question.content.addWidget(asked)
        for button in buttons.values():
            question.content.addLayout(button_row(button))
    if backup_first:
        note = TextLabel("muted")
        note.setText(translate("DataPage", "A backup of the data as it is now is made first."))
        question.content.addWidget(note)
    yes, no = BigButton("primary"), BigButton()
    yes.setText(translate("DataPage", "Read it in"))
    no.setText(translate("DataPage", "Do not read it in"))
    yes.clicked.connect(answer_yes)
    no.clicked.connect(answer_no)
    question.content.addLayout(button_row(yes, no))
    return question, choices
