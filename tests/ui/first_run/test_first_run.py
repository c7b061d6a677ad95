"""The first-run wizard, operated as a person would, ends on the home screen."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from sterkblijven.app import AppContext
from sterkblijven.domain import readiness
from sterkblijven.domain.session import PainPlace
from sterkblijven.ui.first_run.wizard import FirstRunWizard
from sterkblijven.words.readiness import topic_name
from tests.ui.flows import answer_all_no, fill_person


def wizard_of(context: AppContext) -> FirstRunWizard:
    """Return the wizard a new data folder opens with."""
    wizard = context.window.wizard
    assert wizard is not None
    assert context.window.stack.currentWidget() is wizard
    return wizard


def test_wizard_leads_to_home_with_a_routine(context: AppContext, qtbot: QtBot) -> None:
    """Clicking through the wizard stores the person and shows this week's routine."""
    wizard = wizard_of(context)
    wizard.next.click()
    fill_person(wizard)
    wizard.next.click()
    answer_all_no(wizard)
    wizard.next.click()
    assert wizard.current_step() is wizard.dumbbell_step  # no advice after all "no"
    button = wizard.dumbbell_step.button_for(2.0)
    assert button is not None
    button.click()
    wizard.next.click()
    wizard.band_step.band_buttons()[2].click()  # red
    wizard.next.click()
    assert wizard.current_step() is wizard.pin_step
    wizard.next.click()  # the PIN may be skipped
    assert wizard.current_step() is wizard.summary_step
    assert "Riet" in wizard.summary_step.summary.text()
    assert wizard.next.text() == "Klaar"
    wizard.next.click()
    wizard.next.click()  # a double tap on Finish stores the person once
    assert len(context.window._parts.home.trainees()) == 1
    window = context.window
    assert window.wizard is None
    assert window.stack.currentWidget() is window.pages.home
    assert window.pages.home.greeting.text() == "Hallo Riet"
    routine = window.pages.home.routine_buttons()
    assert 6 <= len(routine) <= 8
    assert any("halters van 2 kg" in b.text() for b in routine)
    assert any("rood elastiek" in b.text() for b in routine)
    assert not window.pages.home.notice.isVisible()


def test_refusals_are_shown_in_plain_words(context: AppContext) -> None:
    """Missing or impossible answers keep the person on the step with a clear message."""
    wizard = wizard_of(context)
    wizard.next.click()
    wizard.next.click()
    step = wizard.person_step
    assert wizard.current_step() is step
    assert step.error.isVisible() and step.error.text() == "Typ een naam."
    fill_person(wizard, year="1800")
    wizard.next.click()
    assert wizard.current_step() is step
    assert "1916" in step.error.text() and "2008" in step.error.text()
    step.year.setText("1948")
    step.later.click()
    assert step.year.text() == "1949"
    wizard.next.click()
    assert wizard.current_step() is wizard.readiness_step
    wizard.next.click()
    assert wizard.current_step() is wizard.readiness_step
    assert wizard.readiness_step.error.isVisible()


def to_health_check(context: AppContext) -> FirstRunWizard:
    """Go through the first steps to the health check, every question answered no."""
    wizard = wizard_of(context)
    wizard.next.click()
    fill_person(wizard)
    wizard.next.click()
    assert wizard.current_step() is wizard.readiness_step
    answer_all_no(wizard)
    return wizard


def test_a_yes_opens_its_follow_up_questions(context: AppContext) -> None:
    """A yes shows that topic's follow-ups under it; each must be answered before going on."""
    wizard = to_health_check(context)
    step = wizard.readiness_step
    follow_up_yes, follow_up_no = step.answer_buttons("heart.hard_to_control")
    assert not follow_up_yes.isVisible()
    step.answer_buttons("heart")[0].click()
    assert follow_up_yes.isVisible() and follow_up_no.isVisible()
    wizard.next.click()
    assert wizard.current_step() is step
    assert step.error.text() == "Beantwoord elke vraag met ja of nee."
    for code in ("heart.hard_to_control", "heart.irregular_or_failure", "heart.pressure_160"):
        step.answer_buttons(code)[1].click()
    step.answer_buttons("heart.inactive_coronary")[1].click()
    wizard.next.click()
    assert wizard.current_step() is wizard.dumbbell_step  # under control: no GP talk first
    wizard.back.click()
    step.answer_buttons("heart")[1].click()
    assert not follow_up_yes.isVisible()
    assert step.yes_answers() == frozenset()


def test_the_painful_joints_are_asked_and_must_be_chosen(context: AppContext) -> None:
    """A bone or joint problem asks which joints hurt; at least one must be chosen."""
    wizard = to_health_check(context)
    step = wizard.readiness_step
    step.answer_buttons("bones_joints")[0].click()
    for code in readiness.question("bones_joints").follow_ups:
        if not code.places:
            step.answer_buttons(code.code)[1].click()
    wizard.next.click()
    assert wizard.current_step() is step
    assert step.error.isVisible()
    step.form.joints[PainPlace.KNEE].click()
    step.form.joints[PainPlace.HIP].click()
    wizard.next.click()
    assert wizard.current_step() is wizard.dumbbell_step
    assert step.yes_answers() == {"bones_joints", "joint.knee", "joint.hip"}


def test_a_sore_knee_shows_a_joint_friendly_plan_on_home(context: AppContext) -> None:
    """Knee OA in the check: home lists seated knee extension and side leg raise, no step-up."""
    wizard = to_health_check(context)
    step = wizard.readiness_step
    step.answer_buttons("bones_joints")[0].click()
    for question in readiness.question("bones_joints").follow_ups:
        if not question.places:
            step.answer_buttons(question.code)[1].click()
    step.form.joints[PainPlace.KNEE].click()
    for _ in range(6):  # health check, dumbbells, bands, carer PIN, summary, finish
        wizard.next.click()
    home = context.window.pages.home
    assert context.window.stack.currentWidget() is home
    names = [button.accessibleName() for button in home.routine_buttons()]
    assert "Knie strekken op de stoel" in names and "Been opzij" in names
    assert "Opstappen op de trap" not in names
    (sit_to_stand,) = [
        b for b in home.routine_buttons() if b.accessibleName() == "Opstaan uit de stoel"
    ]
    assert "met steun" in sit_to_stand.accessibleDescription()


def test_an_answer_that_stays_open_shows_the_advice_and_the_home_notice(
    context: AppContext,
) -> None:
    """A follow-up that stays yes leads to the GP advice naming the topic; 'later' waits on home."""
    wizard = to_health_check(context)
    wizard.readiness_step.answer_buttons("chest")[0].click()
    wizard.readiness_step.answer_buttons("chest.new_or_changed")[0].click()
    wizard.readiness_step.answer_buttons("chest.cause_unknown")[1].click()
    wizard.next.click()
    assert wizard.current_step() is wizard.advice_step
    assert topic_name("chest") in wizard.advice_step.choice.topics.text()
    wizard.next.click()
    assert wizard.advice_step.error.isVisible()
    wizard.advice_step.later.click()
    for _ in range(5):  # dumbbells, bands, carer PIN, summary, finish
        wizard.next.click()
    home = context.window.pages.home
    assert context.window.stack.currentWidget() is home
    assert home.notice.isVisible()
    home.confirm.click()
    assert not home.notice.isVisible()


def test_back_keeps_what_was_entered(context: AppContext) -> None:
    """Going back and forth loses nothing already typed or chosen."""
    wizard = wizard_of(context)
    wizard.next.click()
    fill_person(wizard, name="Kees")
    wizard.next.click()
    wizard.back.click()
    assert wizard.current_step() is wizard.person_step
    assert wizard.person_step.name.text() == "Kees"
    assert wizard.person_step.female.isChecked()


def test_language_switches_live(context: AppContext, qtbot: QtBot) -> None:
    """Choosing English on the first step retranslates the wizard at once, and back again."""
    wizard = wizard_of(context)
    step = wizard.language_step
    assert step.title.text() == "Welkom bij sterkblijven"
    step.english.click()
    # Qt delivers LanguageChange through the event loop.
    qtbot.waitUntil(lambda: step.title.text() == "Welcome to sterkblijven")
    assert wizard.next.text() == "Next"
    assert wizard.person_step.female.label() == "Woman"
    step.dutch.click()
    qtbot.waitUntil(lambda: wizard.next.text() == "Volgende")
    assert wizard.person_step.female.label() == "Vrouw"


def test_own_weights_and_bands_can_be_added(context: AppContext) -> None:
    """A typed weight and a band with its own name join the choices, chosen."""
    wizard = wizard_of(context)
    dumbbells = wizard.dumbbell_step
    dumbbells.other.setText("zwaar")
    dumbbells.add.click()
    assert dumbbells.error.text() == "Typ het gewicht als getal, bijvoorbeeld 2,5."
    dumbbells.other.setText("3,75")
    dumbbells.add.click()
    assert dumbbells.chosen() == (3.75,)
    bands = wizard.band_step
    bands.editor.other_name.setText("Paars")
    bands.editor.add_other_band.click()
    assert [b.label for b in bands.chosen()] == ["Paars"]
    assert bands.band_buttons()[-1].label() == "Paars"


def test_bands_can_be_reordered(context: AppContext) -> None:
    """Up and Down move a band on the ladder; the Thera-Band button restores the order."""
    wizard = wizard_of(context)
    bands = wizard.band_step
    first_two = [b.label() for b in bands.band_buttons()[:2]]
    bands.band_buttons()[0].click()
    bands.editor._move(0, 1)
    assert [b.label() for b in bands.band_buttons()[:2]] == first_two[::-1]
    bands.editor.theraband_order.click()
    assert [b.label() for b in bands.band_buttons()[:2]] == first_two
    assert bands.band_buttons()[0].isChecked()


def test_a_carer_pin_can_be_set_on_the_first_run(context: AppContext) -> None:
    """Two different PINs are refused in plain words; a matching PIN guards the carer part."""
    wizard = wizard_of(context)
    wizard.next.click()
    fill_person(wizard)
    wizard.next.click()
    answer_all_no(wizard)
    for _ in range(3):  # readiness, dumbbells, bands
        wizard.next.click()
    assert wizard.current_step() is wizard.pin_step
    wizard.pin_step.pin.setText("2580")
    wizard.pin_step.again.setText("2589")
    wizard.next.click()
    assert wizard.current_step() is wizard.pin_step
    assert wizard.pin_step.error.text() == "De twee PIN's zijn niet gelijk. Typ ze opnieuw."
    wizard.pin_step.again.setText("2580")
    wizard.next.click()
    wizard.next.click()
    window = context.window
    assert window.stack.currentWidget() is window.pages.home
    window.open_settings().carer.click()
    assert window.stack.currentWidget() is window.pages.pin


def test_qts_own_dialog_buttons_follow_the_language(context: AppContext, qtbot: QtBot) -> None:
    """Qt's standard buttons speak Dutch with the app (qtbase_nl), and English after a switch."""
    window = context.window

    def cancel() -> str:
        return QCoreApplication.translate("QPlatformTheme", "Cancel")

    assert cancel() == "Annuleren"
    window.on_language_chosen("en")
    qtbot.waitUntil(lambda: cancel() == "Cancel")
    window.on_language_chosen("nl")
    qtbot.waitUntil(lambda: cancel() == "Annuleren")


def test_changing_the_language_keeps_the_other_choices(context: AppContext) -> None:
    """Switching language leaves text size, contrast, speech and its speed as they were."""
    window = context.window
    chosen = dataclasses.replace(
        window.preferences(), text_scale=150, high_contrast=True, speech=False, speech_rate="slow"
    )
    window.on_preferences_changed(chosen)
    window.on_language_chosen("en")
    assert window.preferences() == dataclasses.replace(chosen, language="en")
