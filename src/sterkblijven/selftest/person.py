"""The trainee's screens: the first run, home, the session, the tests and progress."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from sterkblijven.domain import readiness
from sterkblijven.selftest.walk import MovableClock, Walk

if TYPE_CHECKING:
    from sterkblijven.ui.shell.main_window import MainWindow


def walk_first_run(walk: Walk, window: MainWindow) -> None:
    """Fill in the wizard as a person would, rendering every step, then finish it."""
    window.start()
    wizard = window.wizard
    assert wizard is not None, "a new data folder must open the first-run wizard"
    walk.render("wizard-1-language", window)
    walk_practice_server(walk, window)
    wizard.next.click()
    walk.render("wizard-2-person-empty", window)
    wizard.next.click()  # refused: no name yet
    walk.render("wizard-2-person-refused", window)
    wizard.person_step.name.setText("Self Test")
    wizard.person_step.year.setText("1948")
    wizard.person_step.female.click()
    wizard.next.click()
    walk.render("wizard-3-readiness", window)
    for code in readiness.QUESTIONS:
        _yes, no = wizard.readiness_step.answer_buttons(code)
        no.click()
    wizard.readiness_step.answer_buttons("supervised")[0].click()  # always a talk with the GP
    wizard.next.click()
    walk.render("wizard-4-advice", window)
    wizard.advice_step.later.click()
    wizard.next.click()
    walk.render("wizard-5-dumbbells", window)
    wizard.dumbbell_step.other.setText("2,5")
    wizard.dumbbell_step.add.click()
    one_kg = wizard.dumbbell_step.button_for(1.0)
    assert one_kg is not None
    one_kg.click()
    wizard.next.click()
    walk.render("wizard-6-bands", window)
    for button in wizard.band_step.band_buttons()[1:4]:  # yellow, red, green
        button.click()
    wizard.next.click()
    walk.render("wizard-7-carer-pin", window)
    wizard.pin_step.pin.setText("2580")
    wizard.pin_step.again.setText("2589")
    wizard.next.click()  # refused: the two PINs differ
    walk.render("wizard-7-carer-pin-mismatch", window)
    wizard.pin_step.pin.clear()
    wizard.pin_step.again.clear()
    wizard.next.click()  # skipped: the carer sets it later in the carer part
    walk.render("wizard-8-summary", window)
    wizard.next.click()
    if window.wizard is not None:
        raise AssertionError("finishing the wizard did not reach the home screen")


def walk_screens(walk: Walk, window: MainWindow) -> None:
    """Open home, the catalogue with each filter, every exercise, and the settings."""
    window.show_home()
    walk.render("home", window)
    if not window.pages.home.routine_buttons():
        raise AssertionError("the home screen shows no routine")
    window.show_catalogue()
    for task, button in window.pages.catalogue.filters.items():
        button.click()
        walk.render(f"catalogue-{task.value if task else 'all'}", window)
    window.pages.catalogue.filters[None].click()
    for tile in window.pages.catalogue.tile_buttons():
        tile.click()
        exercise = window.pages.exercise.exercise()
        assert exercise is not None
        walk.render(f"exercise-{exercise.id}", window)
        window.pages.exercise.back.click()
    dialog = window.open_settings()
    walk.render("settings", dialog)
    dialog.close_button.click()


def read_introduction(walk: Walk, window: MainWindow) -> None:
    """Render the introduction shown once before a person's first session, and go on."""
    if window.pages.is_page(window.stack.currentWidget(), "intro"):
        walk.render("introduction", window)
        window.pages.intro.next.click()


def walk_session_views(walk: Walk, window: MainWindow) -> None:
    """Render each kind of session screen once, then stop the session early."""
    from sterkblijven.domain.session import Effort, PainPlace, StopSignal

    window.show_home()
    if not window.pages.home.start.isVisible():
        raise AssertionError("the home screen offers no Start training")
    window.pages.home.start.click()
    read_introduction(walk, window)
    page = window.pages.session
    if window.stack.currentWidget() is not page:
        raise AssertionError("Start training did not open the session")
    walk.render("session-warmup", window)
    page.warmup.finish.click()
    walk.render("session-exercise", window)
    page.exercise.tap.click()  # Start: count along with me
    page.exercise.lead_in.skip()
    walk.render("session-exercise-counting", window)
    page.exercise.failure.click()
    walk.render("session-effort", window)
    page.effort.choices[Effort.EASY].click()
    walk.render("session-pain", window)
    page.pain.levels[0].click()
    page.pain.signals[StopSignal.LOCKING_OR_GIVING_WAY].click()
    page.pain.places[PainPlace.KNEE].click()
    page.pain.save.click()
    walk.render("session-stop-advice-legs", window)
    # Undone again: the walk comes back for every variant, and must not rest the plan away.
    page.stop_advice.wrong.click()
    page.exercise.failure.click()
    page.effort.choices[Effort.EASY].click()
    page.pain.levels[0].click()
    page.pain.save.click()
    walk.render("session-next", window)
    if page.current_view() is page.rest:
        page.rest.undo.click()
        walk.render("session-confirm-undo", window)
        page.confirm_undo.keep.click()
        page.rest.go_on.click()
    page.exercise.stop.click()
    walk.render("session-confirm-stop", window)
    page.confirm_stop.yes.click()
    walk.render("session-summary", window)
    page.summary.home.click()


def walk_checkin_views(walk: Walk, window: MainWindow) -> None:
    """Render the check-in asking where, and the message after a worse answer, twice."""
    import dataclasses

    from sterkblijven.domain.checkin import CheckinAnswer, Fallback
    from sterkblijven.domain.progression import Advice, Reason, Suggestion
    from sterkblijven.domain.session import JointFeeling, PainPlace
    from sterkblijven.services.checkins import CheckinOutcome

    window.show_home()
    home = window.pages.home
    card = home.checkin
    overview = home.overview()
    if overview is None or overview.routine is None or len(overview.routine.exercises) < 2:
        raise AssertionError("the walk's person has no plan to tell changes of")
    card.reset()
    card.ask(True)
    card.joints[JointFeeling.WORSE].click()
    card.night_yes.click()
    walk.render("home-checkin-where", window)
    first, second = overview.routine.exercises[:2]
    lowered = (
        Suggestion(Advice.LIGHTER, Reason.NEXT_DAY, first, first),
        Suggestion(Advice.PAUSE, Reason.NEXT_DAY, second, dataclasses.replace(second, paused=True)),
    )
    knee = frozenset({PainPlace.KNEE, PainPlace.HIP})
    calm = CheckinOutcome(CheckinAnswer(JointFeeling.WORSE, places=knee), lowered, knee)
    card.show_outcome(calm)
    walk.render("home-checkin-calm", window)
    again = CheckinOutcome(
        CheckinAnswer(JointFeeling.WORSE, places=frozenset({PainPlace.ELSEWHERE})),
        lowered,
        frozenset(),
        Fallback.MOST_PAIN,
        repeated=frozenset({PainPlace.ELSEWHERE}),
    )
    card.show_outcome(again)
    walk.render("home-checkin-gp", window)
    card.reset()
    window.show_home()


def walk_session(walk: Walk, window: MainWindow, clock: MovableClock) -> None:
    """Do a session through every kind of screen, then the next-day check-in."""
    from sterkblijven.domain.session import Effort, PainPlace, StopSignal

    window.show_home()
    home = window.pages.home
    home.confirm.click()  # the walk's readiness answer asked for the GP first
    home.start.click()
    read_introduction(walk, window)
    page = window.pages.session
    walk.render("session-warmup", window)
    page.warmup.start_pause.click()
    walk.render("session-warmup-running", window)
    page.warmup.finish.click()
    walk.render("session-exercise", window)
    page.exercise.tap.click()  # Start: count along with me
    walk.render("session-exercise-lead-in", window)
    page.exercise.lead_in.skip()  # "3, 2, 1" passes; the app counts
    walk.render("session-exercise-counting", window)
    page.exercise.typed.setText("22")
    page.exercise.save_typed.click()
    walk.render("session-exercise-counted", window)
    page.exercise.failure.click()
    walk.render("session-effort", window)
    page.effort.choices[Effort.HARD].click()
    page.pain.levels[2].click()
    walk.render("session-pain", window)
    page.pain.save.click()
    walk.render("session-rest", window)
    page.rest.countdown.skip()
    walk.render("session-rest-over", window)
    page.rest.go_on.click()
    page.exercise.tap.click()
    page.exercise.failure.click()
    page.effort.choices[Effort.MAXIMAL].click()
    page.pain.levels[7].click()
    page.pain.signals[StopSignal.SHARP_PAIN].click()
    page.pain.places[PainPlace.KNEE].click()
    walk.render("session-pain-high", window)
    page.pain.save.click()
    walk.render("session-stop-advice", window)
    page.stop_advice.next.click()
    walk.render("session-rest-after-pain", window)
    page.rest.go_on.click()
    page.exercise.stop.click()
    walk.render("session-confirm-stop", window)
    page.confirm_stop.no.click()
    while page.current_view() is page.exercise:
        page.exercise.skip.click()
    walk.render("session-cooldown", window)
    page.cooldown.finish.click()
    walk.render("session-summary", window)
    page.summary.home.click()
    clock.offset = timedelta(days=1)
    window.show_home()
    if not home.checkin.isVisible():
        raise AssertionError("the day after a session the home screen asks about the joints")
    walk.render("home-checkin", window)


def walk_tests(walk: Walk, window: MainWindow) -> None:
    """Do each of the six tests from the list to the rated result, then open the progress."""
    window.show_home()
    walk.render("home-progress", window)
    window.pages.home.tests_button.click()
    page = window.pages.fitness
    walk.render("tests", window)
    for test in page.choose.tests():
        page.choose.buttons[test.id].click()
        walk.render(f"test-{test.id}-prepare", window)
        page.prepare.go.click()
        walk.render(f"test-{test.id}-ready", window)
        page.run.start_stop.click()
        walk.render(f"test-{test.id}-lead-in", window)
        page.run.lead_in.skip()
        if test.counted:
            for _ in range(11):
                page.run.tap.click()
            walk.render(f"test-{test.id}-running", window)
            page.run.countdown.skip()
            walk.render(f"test-{test.id}-over", window)
            page.run.go_on.click()
        else:
            walk.render(f"test-{test.id}-running", window)
            page.run.start_stop.click()
            page.result.seconds.setText("9,5")
        walk.render(f"test-{test.id}-result", window)
        if test.id == "chair_stand_30s":
            page.result.used_arms.click()
            walk.render(f"test-{test.id}-result-arms", window)
            page.result.used_arms.click()
        page.result.save.click()
        if page.stack.currentWidget() is not page.rated:
            raise AssertionError(f"saving the {test.id} result did not show it rated")
        walk.render(f"test-{test.id}-rated", window)
        page.rated.another.click()
    page.rated.progress.click()
    walk_progress(walk, window)


def walk_progress(walk: Walk, window: MainWindow) -> None:
    """Render the progress page with each of its topics."""
    window.show_progress()
    progress = window.pages.progress
    if not progress.topic_buttons:
        raise AssertionError("after a session and tests the progress page has topics")
    seen: set[str] = set()
    for topic, button in progress.topic_buttons.items():
        if topic.kind in seen and topic.kind != "test":
            continue
        seen.add(topic.kind)
        button.click()
        walk.render(f"progress-{topic.kind}-{topic.key or 'all'}", window)


def walk_fitness_views(walk: Walk, window: MainWindow) -> None:
    """Render the test screens and the progress page at one text size, theme and language."""
    window.show_tests()
    page = window.pages.fitness
    walk.render("tests", window)
    for test_id in ("chair_stand_30s", "timed_up_and_go"):
        page.choose.buttons[test_id].click()
        walk.render(f"test-{test_id}-prepare", window)
        page.prepare.go.click()
        page.run.start_stop.click()
        page.run.lead_in.skip()
        if test_id == "chair_stand_30s":
            page.run.tap.click()
        walk.render(f"test-{test_id}-running", window)
        if test_id == "chair_stand_30s":
            page.run.countdown.skip()
            page.run.go_on.click()
        else:
            page.run.start_stop.click()
            page.result.seconds.setText("abc")
            page.result.save.click()  # refused in plain words
        walk.render(f"test-{test_id}-result", window)
        page.result.discard.click()
        walk.render(f"test-{test_id}-discard-question", window)
        page.result.question.leave.click()
    page.choose.buttons["chair_stand_30s"].click()
    page.prepare.go.click()
    page.run.start_stop.click()
    page.run.lead_in.skip()
    page.run.countdown.skip()
    page.run.go_on.click()
    page.result.save.click()
    walk.render("test-rated", window)
    walk_progress(walk, window)
    window.show_home()


def walk_practice_server(walk: Walk, window: MainWindow) -> None:
    """Go the first run's way to a practice's server, its refusals and the login, and back."""
    from sterkblijven.services.connection import PracticeServer
    from sterkblijven.ui.shell.login_dialog import LoginDialog

    wizard = window.wizard
    assert wizard is not None
    wizard.to_server.click()
    page = window.server_page
    assert page is not None, "the first run must offer the way to a practice's server"
    walk.render("server-1-choice", window)
    page.server.click()
    walk.render("server-2-form", window)
    page.connect_button.click()  # refused: nothing filled in
    walk.render("server-3-refused", window)
    for field, value in (
        (page.address, "db.praktijk.example"),
        (page.database, "sterkblijven"),
        (page.user, "Anna de Vries"),
        (page.password, "geheim"),
    ):
        field.setText(value)
    page.connect_button.click()  # refused: over the network without the certificate file
    walk.render("server-4-no-certificate", window)
    server = PracticeServer("db.praktijk.example", "sterkblijven", "Anna de Vries")
    link = window._parts.practice
    assert link is not None
    dialog = LoginDialog(link, server, "login_failed", window)
    dialog.resize(900, 640)
    dialog.show()
    walk.render("server-5-login", dialog)
    dialog.reject()
    page.here.click()  # back to the first run at home
    assert window.stack.currentWidget() is wizard
