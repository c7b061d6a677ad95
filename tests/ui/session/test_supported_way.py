"""An exercise planned the supported way shows how, in the session itself."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sterkblijven.app import AppContext
from sterkblijven.domain import readiness
from sterkblijven.domain.session import PainPlace
from tests.ui.flows import answer_all_no, fill_person


def test_a_sore_knee_does_sit_to_stand_the_supported_way(context: AppContext) -> None:
    """Knee OA in the health check: the session's sit-to-stand tells the supported way first."""
    window = context.window
    wizard = window.wizard
    assert wizard is not None
    wizard.next.click()
    fill_person(wizard)
    wizard.next.click()
    answer_all_no(wizard)
    step = wizard.readiness_step
    step.answer_buttons("bones_joints")[0].click()
    for question in readiness.question("bones_joints").follow_ups:
        if not question.places:
            step.answer_buttons(question.code)[1].click()
    step.form.joints[PainPlace.KNEE].click()
    for _ in range(6):  # health check, dumbbells, bands, carer PIN, summary, finish
        wizard.next.click()
    window.pages.home.start.click()
    window.pages.intro.next.click()  # the words shown once before a first session
    page = window.pages.session
    page.warmup.finish.click()
    exercise = window._parts.catalogue.get("sit_to_stand")
    assert exercise is not None
    assert page.exercise.title.text() == exercise.text("nl").name
    supported = exercise.text("nl").supported
    assert supported is not None
    # The Dutch words come with the next translation update; the check holds either way.
    easier = QCoreApplication.translate("ExerciseView", "With support: {way}")
    assert page.exercise.steps.text().startswith(easier.format(way=supported))
