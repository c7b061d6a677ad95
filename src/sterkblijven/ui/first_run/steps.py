"""The first run's steps that ask about the person: language, who, health, carer PIN, summary."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from sterkblijven.domain import readiness
from sterkblijven.domain.model import Equipment, Sex
from sterkblijven.domain.pin import clean_pin
from sterkblijven.services.onboarding import FirstRunAnswers
from sterkblijven.ui.common.birth_month import BirthMonthChooser
from sterkblijven.ui.common.editing import fit_to_content, pin_field
from sterkblijven.ui.common.operations import attempt
from sterkblijven.ui.common.readiness_form import AdviceChoice, ReadinessForm
from sterkblijven.ui.common.widgets import (
    BigButton,
    ChoiceButton,
    ErrorLabel,
    Retranslating,
    ScrollPage,
    TextLabel,
    button_row,
    make_exclusive,
)
from sterkblijven.ui.first_run.seeing import SeeingChoices
from sterkblijven.words.basics import band_name, number
from sterkblijven.words.refusals import refusal

PersonCheck = Callable[[str, str], object]


class WizardStep(Retranslating, ScrollPage):
    """One step of the wizard, with a title and a check before moving on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A step that fits shows no scrollbar and no empty space to scroll into.
        fit_to_content(self)
        self.title = TextLabel("title")
        self.intro = TextLabel()
        self.error = ErrorLabel()
        self.body.addWidget(self.title)
        self.body.addWidget(self.intro)

    def finish_layout(self) -> None:
        """Add the error line and the stretch after the step's own controls."""
        self.body.addWidget(self.error)
        self.body.addStretch(1)

    def problem(self) -> str:
        """Return what keeps the person from going on, in plain words, or an empty text."""
        return ""


class LanguageStep(WizardStep):
    """Choose Dutch or English, text size and contrast; the wizard switches at once."""

    language_chosen = Signal(str)
    example_requested = Signal()  # to see the program with a year of training first

    def __init__(
        self,
        language: str,
        parent: QWidget | None = None,
        *,
        text_scale: int = 100,
        high_contrast: bool = False,
    ) -> None:
        super().__init__(parent)
        self.seeing = SeeingChoices(text_scale, high_contrast)
        self.dutch = ChoiceButton()
        self.english = ChoiceButton()
        # Language names stay in their own language, so everyone finds theirs.
        self.dutch.set_label("Nederlands")
        self.english.set_label("English")
        make_exclusive((self.dutch, self.english))
        (self.english if language == "en" else self.dutch).setChecked(True)
        self.body.addLayout(button_row(self.dutch, self.english))
        self.body.addWidget(self.seeing)
        self.example = BigButton()
        self.body.addLayout(button_row(self.example))
        self.finish_layout()
        self.example.clicked.connect(self.example_requested)
        self.dutch.clicked.connect(lambda: self.language_chosen.emit("nl"))
        self.english.clicked.connect(lambda: self.language_chosen.emit("en"))
        self.retranslate_ui()

    def keep_choice_in_view(self) -> None:
        """Scroll the choice just made back into view, once the new text size is applied."""
        if self.isVisible():
            self.bring_into_view(self.seeing.last_pressed)

    def language(self) -> str:
        """Return the chosen language code."""
        return "en" if self.english.isChecked() else "nl"

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Welcome to sterkblijven"))
        self.intro.setText(
            self.tr(
                "This program helps you stay strong: a short strength session at home, once a "
                "week. First we set it up together. Which language do you want?"
            )
        )
        self.example.setText(self.tr("See an example"))
        self.example.setAccessibleName(self.tr("See an example: a year of training, kept apart"))


class PersonStep(WizardStep):
    """Who trains: name, birth year (and month, if they like) and sex."""

    def __init__(self, check_person: PersonCheck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._check_person = check_person
        this_year = date.today().year
        self.name_label = TextLabel("heading")
        self.name = QLineEdit()
        self.name.setMaxLength(60)
        self.name_label.setBuddy(self.name)
        self.year_label = TextLabel("heading")
        self.year = QLineEdit(str(this_year - 75))
        self.year.setValidator(QIntValidator(0, 9999, self.year))
        self.year.setMaxLength(4)
        self.year.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.year_label.setBuddy(self.year)
        self.earlier = BigButton()
        self.later = BigButton()
        self.sex_label = TextLabel("heading")
        self.sex_hint = TextLabel("muted")
        self.female = ChoiceButton()
        self.male = ChoiceButton()
        make_exclusive((self.female, self.male))
        self.birth_month = BirthMonthChooser()

        self.body.addWidget(self.name_label)
        self.body.addWidget(self.name)
        self.body.addWidget(self.year_label)
        year_row = QHBoxLayout()
        year_row.setSpacing(16)
        year_row.addWidget(self.earlier)
        year_row.addWidget(self.year, 1)
        year_row.addWidget(self.later)
        self.body.addLayout(year_row)
        self.body.addWidget(self.sex_label)
        self.body.addWidget(self.sex_hint)
        self.body.addLayout(button_row(self.female, self.male))
        # Last, as it may be skipped: "only the year" is chosen until a month is.
        self.body.addWidget(self.birth_month)
        self.finish_layout()
        self.earlier.clicked.connect(lambda: self._step_year(-1))
        self.later.clicked.connect(lambda: self._step_year(1))
        self.retranslate_ui()

    def _step_year(self, delta: int) -> None:
        text = self.year.text()
        if text.isdecimal():
            self.year.setText(str(int(text) + delta))

    def sex(self) -> Sex | None:
        """Return the chosen sex, if any."""
        if self.female.isChecked():
            return Sex.FEMALE
        if self.male.isChecked():
            return Sex.MALE
        return None

    def problem(self) -> str:
        """Check the name and year through the service, and that a sex is chosen."""
        refused = _refusal(lambda: self._check_person(self.name.text(), self.year.text()))
        if refused:
            return refused
        if self.sex() is None:
            return self.tr("Please choose woman or man.")
        return ""

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Who is going to train?"))
        self.intro.setText(self.tr("Tell us who you are. Only this computer keeps it."))
        self.name_label.setText(self.tr("First name"))
        self.name.setAccessibleName(self.tr("First name"))
        self.year_label.setText(self.tr("Year of birth"))
        self.year.setAccessibleName(self.tr("Year of birth"))
        self.earlier.setText(self.tr("− 1 year"))
        self.earlier.setAccessibleName(self.tr("One year earlier"))
        self.later.setText(self.tr("+ 1 year"))
        self.later.setAccessibleName(self.tr("One year later"))
        self.sex_label.setText(self.tr("Woman or man"))
        self.sex_hint.setText(
            self.tr("Used only to compare your test results with people of your age.")
        )
        self.female.set_label(self.tr("Woman"))
        self.male.set_label(self.tr("Man"))


class ReadinessStep(WizardStep):
    """The health check: PAR-Q+ topics with their follow-ups, the joints, and falls."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = ReadinessForm()
        self.body.addWidget(self.form)
        self.finish_layout()
        self.retranslate_ui()

    def answer_buttons(self, code: str) -> tuple[ChoiceButton, ChoiceButton]:
        """Return the Yes and No buttons of one question."""
        return self.form.answer_buttons(code)

    def yes_answers(self) -> frozenset[str]:
        """Return the codes of the questions answered yes, and the joints chosen."""
        return self.form.yes_answers()

    def problem(self) -> str:
        """Every question asked needs an answer; the first one still open scrolls into view."""
        problem = self.form.problem()
        first = self.form.first_unanswered()
        if first is not None:
            self.ensureWidgetVisible(first, 0, 48)
        return problem

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Is it safe to start?"))
        self.intro.setText(
            self.tr(
                "Some questions about your health. Answer each with yes or no. A yes sometimes "
                "brings a few more questions."
            )
        )


class AdviceStep(WizardStep):
    """Shown when an answer stays open: advice to talk with the GP, and an explicit choice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = AdviceChoice()
        self.talked = self.choice.talked
        self.later = self.choice.later
        self.body.addWidget(self.choice)
        self.finish_layout()
        self.retranslate_ui()

    def show_topics(self, codes: tuple[str, ...]) -> None:
        """Name the topics that stay open."""
        self.choice.show_topics(codes)

    def confirmed(self) -> bool:
        """Return True when the person confirms they may start training."""
        return self.choice.confirmed()

    def problem(self) -> str:
        """Ask for one of the two choices."""
        if self.choice.chosen():
            return ""
        return self.tr("Please choose one of the two answers.")

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Talk with your GP first"))
        self.intro.setText(
            self.tr(
                "Some of your answers are best talked over with your GP or physiotherapist "
                "before you start training. Strength training is usually possible, often with "
                "some changes. You can set everything up now."
            )
        )


class EquipmentSourceStep(WizardStep):
    """When someone is added: ask for their equipment, or copy that of someone who trains here."""

    def __init__(
        self, sources: Sequence[tuple[str, Equipment]] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._sources = tuple(sources)
        self.own = ChoiceButton()
        self.copies = [ChoiceButton() for _ in self._sources]
        make_exclusive((self.own, *self.copies))
        self.own.setChecked(True)
        self.body.addLayout(button_row(self.own))
        for button in self.copies:
            self.body.addLayout(button_row(button))
        self.finish_layout()
        self.retranslate_ui()

    def copied(self) -> Equipment | None:
        """Return the equipment chosen to copy (as new, with no stored ids), or None to ask."""
        for button, (_name, equipment) in zip(self.copies, self._sources, strict=True):
            if button.isChecked():
                bands = tuple(dataclasses.replace(band, id=None) for band in equipment.bands)
                return Equipment(equipment.dumbbells_kg, bands)
        return None

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Which equipment?"))
        self.intro.setText(
            self.tr(
                "Does this person use the same dumbbells and bands as someone who trains here "
                "already? Then choose that person, and the equipment is copied with the bands "
                "in the same order. Otherwise the next steps ask for it."
            )
        )
        self.own.set_label(self.tr("Own equipment: ask for it"))
        for button, (name, equipment) in zip(self.copies, self._sources, strict=True):
            what = _equipment_text(equipment)
            button.set_label(
                self.tr("Same equipment as {name}").format(name=name) + "\n" + what,
                self.tr("Same equipment as {name}: {equipment}").format(name=name, equipment=what),
            )


def _equipment_text(equipment: Equipment) -> str:
    """Return the dumbbells and bands in a few words."""
    translate = QCoreApplication.translate
    if equipment.dumbbells_kg:
        weights = ", ".join(number(kg) for kg in equipment.dumbbells_kg)
        dumbbells = translate("EquipmentSourceStep", "dumbbells {weights} kg").format(
            weights=weights
        )
    else:
        dumbbells = translate("EquipmentSourceStep", "no dumbbells")
    if equipment.bands:
        names = ", ".join(band_name(b.colour, b.label) for b in equipment.bands)
        bands = translate("EquipmentSourceStep", "bands {names}").format(names=names)
    else:
        bands = translate("EquipmentSourceStep", "no bands")
    return f"{dumbbells}; {bands}"


class PinStep(WizardStep):
    """An optional carer PIN, so set-up screens stay out of the trainee's way from the start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pin_label = TextLabel("heading")
        self.pin = pin_field()
        self.pin_label.setBuddy(self.pin)
        self.again_label = TextLabel("heading")
        self.again = pin_field()
        self.again_label.setBuddy(self.again)
        for widget in (self.pin_label, self.pin, self.again_label, self.again):
            self.body.addWidget(widget)
        self.finish_layout()
        self.retranslate_ui()

    def chosen(self) -> str:
        """Return the PIN typed, or an empty text when none is wanted."""
        return self.pin.text().strip()

    def problem(self) -> str:
        """Return what is wrong with the PIN typed, or an empty text."""
        pin, again = self.pin.text().strip(), self.again.text().strip()
        if not pin and not again:
            return ""
        refused = _refusal(lambda: clean_pin(pin))
        if refused:
            return refused
        return "" if pin == again else refusal("pin_mismatch")

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("A PIN for the carer (you may skip this)"))
        self.intro.setText(
            self.tr(
                "Does someone help you, such as a partner, a child or a nurse? They can set a PIN. "
                "Then only they change the plan, the equipment and who trains. You can also do "
                "this later in the settings, or never. Leave both fields empty to skip."
            )
        )
        self.pin_label.setText(self.tr("Carer PIN (4 to 8 digits)"))
        self.pin.setAccessibleName(self.tr("Carer PIN (4 to 8 digits)"))
        self.again_label.setText(self.tr("The same PIN again"))
        self.again.setAccessibleName(self.tr("The same PIN again"))


class SummaryStep(WizardStep):
    """What was entered, before the routine is made."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = TextLabel()
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.body.addWidget(self.summary)
        self.finish_layout()
        self.retranslate_ui()

    def show_answers(self, answers: FirstRunAnswers) -> None:
        """Show the answers in plain words."""
        sex = self.tr("woman") if answers.sex is Sex.FEMALE else self.tr("man")
        year = answers.birth_year.strip()
        born = self.tr("Year of birth: {year} ({sex})").format(year=year, sex=sex)
        if answers.birth_month is not None:
            month = QLocale().standaloneMonthName(
                answers.birth_month, QLocale.FormatType.LongFormat
            )
            born = self.tr("Born in {month} {year} ({sex})").format(month=month, year=year, sex=sex)
        lines = [self.tr("Name: {name}").format(name=" ".join(answers.name.split())), born]
        if answers.dumbbells_kg:
            weights = ", ".join(number(kg) for kg in answers.dumbbells_kg)
            lines.append(self.tr("Dumbbells: {weights} kg").format(weights=weights))
        else:
            lines.append(self.tr("Dumbbells: none"))
        if answers.bands:
            names = ", ".join(band_name(b.colour, b.label) for b in answers.bands)
            lines.append(self.tr("Bands, light to heavy: {names}").format(names=names))
        else:
            lines.append(self.tr("Bands: none"))
        if readiness.advises_doctor(answers.readiness_yes) and not answers.readiness_confirmed:
            lines.append(self.tr("Training starts after you confirm that you talked with your GP."))
        self.summary.setText("\n".join(lines))

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Ready to make your plan"))
        self.intro.setText(
            self.tr(
                "Check what you entered. Tap Finish, and we make a weekly plan of light "
                "exercises that fit your equipment. A carer can change it later."
            )
        )


def _refusal(action: Callable[[], object]) -> str:
    """Return why the action is refused, in plain words, or an empty text when it is not."""
    said: list[str] = []
    attempt(action, said.append)
    return said[-1]
