"""The first-run wizard: language, who trains, readiness, dumbbells, bands, summary."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sterkblijven.domain import readiness
from sterkblijven.domain.bands import COMMON_DUMBBELLS_KG, theraband_ladder
from sterkblijven.domain.model import Band, BandColour, Sex
from sterkblijven.domain.pin import clean_pin
from sterkblijven.domain.validation import InputRefused, clean_band_label, parse_kg
from sterkblijven.services.onboarding import FirstRunAnswers
from sterkblijven.ui.common.editing import pin_field
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
    clear_layout,
    make_exclusive,
    page_with_footer,
    widgets_in,
)
from sterkblijven.words.basics import band_name, number
from sterkblijven.words.readiness import readiness_question
from sterkblijven.words.refusals import refusal

PersonCheck = Callable[[str, str], object]


class WizardStep(Retranslating, ScrollPage):
    """One step of the wizard, with a title and a check before moving on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
    """Choose Dutch or English; the wizard switches at once."""

    language_chosen = Signal(str)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dutch = ChoiceButton()
        self.english = ChoiceButton()
        # Language names stay in their own language, so everyone finds theirs.
        self.dutch.set_label("Nederlands")
        self.english.set_label("English")
        make_exclusive((self.dutch, self.english))
        (self.english if language == "en" else self.dutch).setChecked(True)
        self.body.addLayout(button_row(self.dutch, self.english))
        self.finish_layout()
        self.dutch.clicked.connect(lambda: self.language_chosen.emit("nl"))
        self.english.clicked.connect(lambda: self.language_chosen.emit("en"))
        self.retranslate_ui()

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


class PersonStep(WizardStep):
    """Who trains: name, birth year and sex."""

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
        try:
            self._check_person(self.name.text(), self.year.text())
        except InputRefused as refused:
            return refusal(refused.code, refused.limits)
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
    """A short health check before training, modelled on PAR-Q+."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._questions: list[tuple[str, TextLabel, ChoiceButton, ChoiceButton]] = []
        for code in readiness.QUESTIONS:
            card = Card()
            question = TextLabel()
            yes, no = ChoiceButton(), ChoiceButton()
            make_exclusive((yes, no))
            card.content.addWidget(question)
            card.content.addLayout(button_row(yes, no))
            self.body.addWidget(card)
            self._questions.append((code, question, yes, no))
        self.finish_layout()
        self.retranslate_ui()

    def answer_buttons(self, code: str) -> tuple[ChoiceButton, ChoiceButton]:
        """Return the Yes and No buttons of one question."""
        for question_code, _question, yes, no in self._questions:
            if question_code == code:
                return yes, no
        raise KeyError(code)

    def yes_answers(self) -> frozenset[str]:
        """Return the codes of the questions answered yes."""
        return frozenset(code for code, _q, yes, _no in self._questions if yes.isChecked())

    def problem(self) -> str:
        """Every question needs an answer."""
        if all(yes.isChecked() or no.isChecked() for _c, _q, yes, no in self._questions):
            return ""
        return self.tr("Please answer every question with yes or no.")

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Is it safe to start?"))
        self.intro.setText(
            self.tr("Five short questions about your health. Answer each with yes or no.")
        )
        for code, question, yes, no in self._questions:
            text = readiness_question(code)
            question.setText(text)
            yes.set_label(self.tr("Yes"))
            no.set_label(self.tr("No"))
            yes.setAccessibleDescription(text)
            no.setAccessibleDescription(text)


class AdviceStep(WizardStep):
    """Shown after any 'yes': advice to talk with the GP, and an explicit choice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.talked = ChoiceButton()
        self.later = ChoiceButton()
        make_exclusive((self.talked, self.later))
        for button in (self.talked, self.later):
            self.body.addWidget(button)
        self.finish_layout()
        self.retranslate_ui()

    def confirmed(self) -> bool:
        """Return True when the person confirms they may start training."""
        return self.talked.isChecked()

    def problem(self) -> str:
        """Ask for one of the two choices."""
        if self.talked.isChecked() or self.later.isChecked():
            return ""
        return self.tr("Please choose one of the two answers.")

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Talk with your GP first"))
        self.intro.setText(
            self.tr(
                "You answered yes to a question. Please talk with your GP or physiotherapist "
                "before you start training. Strength training is usually possible, often with "
                "some changes. You can set everything up now."
            )
        )
        self.talked.set_label(
            self.tr("I have talked with my GP or physiotherapist. I may start training.")
        )
        self.later.set_label(self.tr("I will talk with my GP first. I will confirm later."))


class DumbbellStep(WizardStep):
    """Which dumbbells the person owns; other weights can be added."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buttons: dict[float, ChoiceButton] = {}
        self._grid = QGridLayout()
        self._grid.setSpacing(12)
        self.body.addLayout(self._grid)
        self.other_label = TextLabel("heading")
        self.other = QLineEdit()
        self.other.setMaxLength(8)
        self.other_label.setBuddy(self.other)
        self.add = BigButton()
        self.body.addWidget(self.other_label)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.other, 1)
        row.addWidget(self.add)
        self.body.addLayout(row)
        self.finish_layout()
        for kg in COMMON_DUMBBELLS_KG:
            self._add_button(kg)
        self.add.clicked.connect(self.on_add_clicked)
        self.other.returnPressed.connect(self.on_add_clicked)
        self.retranslate_ui()

    def _add_button(self, kg: float) -> ChoiceButton:
        button = ChoiceButton()
        self._buttons[kg] = button
        ordered = [self._buttons[weight] for weight in sorted(self._buttons)]
        for index, weight_button in enumerate(ordered):
            self._grid.addWidget(weight_button, index // 4, index % 4)
        chain_tab_order([*ordered, self.other, self.add])
        button.set_label(self.tr("{kg} kg").format(kg=number(kg)))
        return button

    def on_add_clicked(self) -> None:
        """Add the typed weight as a chosen dumbbell."""
        try:
            kg = parse_kg(self.other.text())
        except InputRefused as refused:
            self.error.show_message(refusal(refused.code, refused.limits))
            return
        button = self._buttons.get(kg) or self._add_button(kg)
        button.setChecked(True)
        self.other.clear()
        self.error.show_message("")

    def button_for(self, kg: float) -> ChoiceButton | None:
        """Return the button of a weight, if it is offered."""
        return self._buttons.get(kg)

    def chosen(self) -> tuple[float, ...]:
        """Return the chosen weights, lightest first."""
        return tuple(kg for kg, button in sorted(self._buttons.items()) if button.isChecked())

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Which dumbbells do you have?"))
        self.intro.setText(
            self.tr(
                "Tap every weight you have (the weight of one dumbbell). No dumbbells? "
                "Then tap nothing: many exercises work without."
            )
        )
        for kg, button in self._buttons.items():
            button.set_label(self.tr("{kg} kg").format(kg=number(kg)))
        self.other_label.setText(self.tr("Another weight, in kg"))
        self.other.setAccessibleName(self.tr("Another weight, in kg"))
        self.add.setText(self.tr("Add weight"))


class BandStep(WizardStep):
    """Which resistance bands the person owns, lightest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bands: list[tuple[Band, bool]] = [(band, False) for band in theraband_ladder()]
        self.rows = QVBoxLayout()
        self.rows.setSpacing(10)
        self.body.addLayout(self.rows)
        self.reset = BigButton()
        self.body.addLayout(button_row(self.reset))
        self.own_label = TextLabel("heading")
        self.own = QLineEdit()
        self.own.setMaxLength(40)
        self.own_label.setBuddy(self.own)
        self.add = BigButton()
        self.body.addWidget(self.own_label)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.own, 1)
        row.addWidget(self.add)
        self.body.addLayout(row)
        self.finish_layout()
        self.reset.clicked.connect(self.on_reset_clicked)
        self.add.clicked.connect(self.on_add_clicked)
        self.own.returnPressed.connect(self.on_add_clicked)
        self.retranslate_ui()

    def band_buttons(self) -> list[ChoiceButton]:
        """Return the band choices on screen, in ladder order."""
        return [w for w in widgets_in(self.rows) if isinstance(w, ChoiceButton)]

    def chosen(self) -> tuple[Band, ...]:
        """Return the owned bands in ladder order."""
        return tuple(band for band, owned in self._bands if owned)

    def on_reset_clicked(self) -> None:
        """Put the colours back in Thera-Band's order; own bands go last, choices stay."""
        owned = {band.colour for band, is_owned in self._bands if is_owned}
        own = [
            (band, is_owned) for band, is_owned in self._bands if band.colour is BandColour.OTHER
        ]
        self._bands = [(band, band.colour in owned) for band in theraband_ladder()] + own
        self._rebuild()

    def on_add_clicked(self) -> None:
        """Add a band with the person's own name at the heavy end of the ladder."""
        try:
            label = clean_band_label(self.own.text())
        except InputRefused as refused:
            self.error.show_message(refusal(refused.code, refused.limits))
            return
        self._bands.append(
            (Band(colour=BandColour.OTHER, position=len(self._bands), label=label), True)
        )
        self.own.clear()
        self.error.show_message("")
        self._rebuild()

    def _toggle(self, index: int, owned: bool) -> None:
        band, _was = self._bands[index]
        self._bands[index] = (band, owned)

    def _move(self, index: int, step: int) -> None:
        target = index + step
        if 0 <= target < len(self._bands):
            self._bands[index], self._bands[target] = self._bands[target], self._bands[index]
            self._rebuild(focus=(target, step))

    def _rebuild(self, focus: tuple[int, int] | None = None) -> None:
        clear_layout(self.rows)
        in_order: list[QWidget] = []
        for index, (band, owned) in enumerate(self._bands):
            name = band_name(band.colour, band.label)
            choice = ChoiceButton()
            choice.set_label(name[:1].upper() + name[1:])  # a label on its own: capital first
            choice.setChecked(owned)
            choice.toggled.connect(lambda checked, i=index: self._toggle(i, checked))
            up, down = BigButton(), BigButton()
            up.setText(self.tr("Up"))
            up.setAccessibleName(self.tr("Move {band} up").format(band=name))
            down.setText(self.tr("Down"))
            down.setAccessibleName(self.tr("Move {band} down").format(band=name))
            up.setEnabled(index > 0)
            down.setEnabled(index < len(self._bands) - 1)
            up.clicked.connect(lambda _c=False, i=index: self._move(i, -1))
            down.clicked.connect(lambda _c=False, i=index: self._move(i, 1))
            row = QHBoxLayout()
            row.setSpacing(12)
            row.addWidget(choice, 1)
            row.addWidget(up)
            row.addWidget(down)
            self.rows.addLayout(row)
            in_order += [choice, up, down]
            if focus is not None and focus[0] == index:
                # Keep the keyboard on the moved band, so it can be moved again.
                moving_up = focus[1] < 0
                keep = up if (moving_up and up.isEnabled()) or not down.isEnabled() else down
                keep.setFocus()
        chain_tab_order([*in_order, self.reset, self.own, self.add])

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Which bands do you have?"))
        self.intro.setText(
            self.tr(
                "Tap every band you have. The list goes from light to heavy, in the order of "
                "Thera-Band. Another brand? Move the bands with Up and Down until the lightest "
                "is at the top. No bands? Then tap nothing."
            )
        )
        self.reset.setText(self.tr("Back to the Thera-Band order"))
        self.own_label.setText(self.tr("A band with another name"))
        self.own.setAccessibleName(self.tr("A band with another name"))
        self.add.setText(self.tr("Add band"))
        self._rebuild()


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
        try:
            clean_pin(pin)
        except InputRefused as refused:
            return refusal(refused.code, refused.limits)
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
        lines = [
            self.tr("Name: {name}").format(name=" ".join(answers.name.split())),
            self.tr("Year of birth: {year} ({sex})").format(
                year=answers.birth_year.strip(), sex=sex
            ),
        ]
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
        if answers.readiness_yes and not answers.readiness_confirmed:
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


class FirstRunWizard(Retranslating, QWidget):
    """The steps in order, with Back and Next; emits the answers at the end."""

    completed = Signal(object)
    language_chosen = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        check_person: PersonCheck,
        language: str,
        parent: QWidget | None = None,
        clock: Callable[[], float] = time.monotonic,
        cancellable: bool = False,
    ) -> None:
        super().__init__(parent)
        self._cancellable = cancellable  # adding another person can be called off
        self.language_step = LanguageStep(language)
        self.person_step = PersonStep(check_person)
        self.readiness_step = ReadinessStep()
        self.advice_step = AdviceStep()
        self.dumbbell_step = DumbbellStep()
        self.band_step = BandStep()
        self.pin_step = PinStep()
        self.summary_step = SummaryStep()
        self.steps: list[WizardStep] = [
            self.language_step,
            self.person_step,
            self.readiness_step,
            self.advice_step,
            self.dumbbell_step,
            self.band_step,
            self.pin_step,
            self.summary_step,
        ]
        self.stack = GuardedStack(clock)
        for step in self.steps:
            self.stack.addWidget(step)
        self.progress = TextLabel("muted")
        self.back = BigButton()
        self.next = BigButton("primary")
        self.stack.guard_also(self.back, self.next)
        footer = QHBoxLayout()
        footer.setSpacing(16)
        footer.addWidget(self.back)
        footer.addWidget(self.progress, 1, Qt.AlignmentFlag.AlignCenter)
        footer.addWidget(self.next)
        page_with_footer(self, self.stack, footer)
        self._connect_signals()
        self.retranslate_ui()
        self.show_step(0)

    def _connect_signals(self) -> None:
        self.back.clicked.connect(self.on_back_clicked)
        self.next.clicked.connect(self.on_next_clicked)
        self.language_step.language_chosen.connect(self.language_chosen)

    def visible_steps(self) -> list[WizardStep]:
        """Return the steps that apply to the answers so far, in order."""
        steps = list(self.steps)
        if not self.readiness_step.yes_answers():
            steps.remove(self.advice_step)
        if self._cancellable:
            steps.remove(self.pin_step)  # adding someone happens in the carer part: a PIN exists
        return steps

    def current_step(self) -> WizardStep:
        """Return the step on screen."""
        step = self.stack.currentWidget()
        assert isinstance(step, WizardStep)
        return step

    def show_step(self, index: int) -> None:
        """Show the step at ``index`` among the steps that apply."""
        steps = self.visible_steps()
        step = steps[index]
        if step is self.summary_step:
            self.summary_step.show_answers(self.answers())
        self.stack.setCurrentWidget(step)
        step.error.show_message("")
        self.back.setVisible(index > 0 or self._cancellable)
        self._update_footer()
        step.verticalScrollBar().setValue(0)
        if self.isVisible():
            self._focus_first_control(step)

    def _focus_first_control(self, step: WizardStep) -> None:
        # Keyboard users start on the step's first control, not on the button they just used.
        inner = step.widget()
        controls = inner.findChildren(QWidget) if inner is not None else []
        for widget in controls:
            policy = widget.focusPolicy()
            if (
                widget.isVisibleTo(step)
                and policy & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
        self.next.setFocus(Qt.FocusReason.TabFocusReason)

    def _update_footer(self) -> None:
        steps = self.visible_steps()
        index = steps.index(self.current_step())
        self.progress.setText(
            self.tr("Step {number} of {total}").format(number=index + 1, total=len(steps))
        )
        last = index == len(steps) - 1
        self.next.setText(self.tr("Finish") if last else self.tr("Next"))
        self.back.setText(self.tr("Cancel") if index == 0 else self.tr("Back"))

    def on_back_clicked(self) -> None:
        """Go one step back; nothing entered is lost."""
        steps = self.visible_steps()
        index = steps.index(self.current_step())
        if index > 0:
            self.show_step(index - 1)
        elif self._cancellable:
            self.cancelled.emit()

    def on_next_clicked(self) -> None:
        """Check the step; go on, or say in plain words what is missing."""
        step = self.current_step()
        problem = step.problem()
        step.error.show_message(problem)
        if problem:
            return
        steps = self.visible_steps()
        index = steps.index(step)
        if index == len(steps) - 1:
            # One tap finishes; a second (a double tap) must not submit the answers again.
            self.next.setEnabled(False)
            self.completed.emit(self.answers())
        else:
            self.show_step(index + 1)

    def show_problem(self, text: str) -> None:
        """Show a problem reported after Finish on the current step, and allow a retry."""
        self.current_step().error.show_message(text)
        self.next.setEnabled(True)

    def answers(self) -> FirstRunAnswers:
        """Return everything entered so far."""
        yes = self.readiness_step.yes_answers()
        return FirstRunAnswers(
            name=self.person_step.name.text(),
            birth_year=self.person_step.year.text(),
            sex=self.person_step.sex() or Sex.FEMALE,
            readiness_yes=yes,
            readiness_confirmed=bool(yes) and self.advice_step.confirmed(),
            dumbbells_kg=self.dumbbell_step.chosen(),
            bands=self.band_step.chosen(),
            language=self.language_step.language(),
            carer_pin="" if self._cancellable else self.pin_step.chosen(),
        )

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.back.setText(self.tr("Back"))
        if self.stack.count() and self.stack.currentWidget() is not None:
            self._update_footer()
