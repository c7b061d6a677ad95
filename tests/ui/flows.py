"""Ways through the app that several tests take, done as a person does them."""

from __future__ import annotations

from sterkblijven.domain import readiness
from sterkblijven.ui.first_run.wizard import FirstRunWizard
from sterkblijven.ui.shell.main_window import MainWindow


def fill_person(wizard: FirstRunWizard, name: str = "Riet", year: str = "1948") -> None:
    """Type a name and year and choose woman."""
    wizard.person_step.name.setText(name)
    wizard.person_step.year.setText(year)
    wizard.person_step.female.click()


def answer_all_no(wizard: FirstRunWizard) -> None:
    """Answer every readiness question with no."""
    for code in readiness.QUESTIONS:
        wizard.readiness_step.answer_buttons(code)[1].click()


def complete_wizard(
    window: MainWindow, *, health_concern: bool = False, introduction_read: bool = True
) -> None:
    """Finish the first run as Riet with 1 kg dumbbells and a yellow band.

    With ``health_concern`` one readiness answer stays open (a doctor said: only under
    supervision) and the GP talk is still to come, so home shows the notice instead of Start
    training. Unless ``introduction_read`` is False, Riet has read the words shown once before
    a first session, so Start opens the session.
    """
    wizard = window.wizard
    assert wizard is not None
    wizard.next.click()
    fill_person(wizard)
    wizard.next.click()
    answer_all_no(wizard)
    if health_concern:
        wizard.readiness_step.answer_buttons("supervised")[0].click()
        wizard.next.click()
        wizard.advice_step.later.click()
    wizard.next.click()
    one_kg = wizard.dumbbell_step.button_for(1.0)
    assert one_kg is not None
    one_kg.click()
    wizard.next.click()
    wizard.band_step.band_buttons()[1].click()
    wizard.next.click()
    wizard.next.click()  # no carer PIN
    wizard.next.click()
    if introduction_read:
        trainees = window.pages.home.overview()
        assert trainees is not None and trainees.trainee.id is not None
        window._parts.trainees.mark_introduction_seen(trainees.trainee.id)
