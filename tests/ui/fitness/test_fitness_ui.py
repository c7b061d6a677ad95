"""Functional tests on screen, from the list to the rated result, and the progress page."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from sterkblijven.app import AppContext
from sterkblijven.services.catalogue import load_catalogue
from sterkblijven.services.fitness import FitnessTests
from sterkblijven.services.training import Effort, SetInput, Training
from sterkblijven.ui.common.events import Change
from sterkblijven.ui.common.widgets import BigButton
from sterkblijven.ui.fitness.page import FitnessPage
from sterkblijven.ui.progress.page import Topic
from sterkblijven.ui.shell.main_window import MainWindow
from tests.conftest import NOW
from tests.ui.accessibility import problems
from tests.ui.carer.test_carer import add_person, open_carer_from_settings
from tests.ui.flows import complete_wizard


def open_tests(context: AppContext) -> FitnessPage:
    """Finish the first run and open the tests from home."""
    window = context.window
    complete_wizard(window)
    window.pages.home.tests_button.click()
    assert window.stack.currentWidget() is window.pages.fitness
    return window.pages.fitness


def stored(context: AppContext, test_id: str) -> list[float]:
    """Return the stored values of a test for the first trainee."""
    fitness = FitnessTests(context.database, lambda: NOW)
    return [rated.result.value for rated in fitness.results(1, test_id)]


def start_test(page: FitnessPage, test_id: str) -> None:
    """Choose a test, get ready, and press Start."""
    page.choose.buttons[test_id].click()
    assert page.stack.currentWidget() is page.prepare
    page.prepare.go.click()
    assert page.stack.currentWidget() is page.run
    page.run.start_stop.click()
    assert page.run.phase == "lead_in"
    page.run.lead_in.skip()  # "3, 2, 1" over: the test's own clock runs
    assert page.run.phase == "running"


def test_chair_stand_counts_taps_and_stores_the_confirmed_result(context: AppContext) -> None:
    """Twelve taps during the 30 seconds give a result of 12 that is stored and rated."""
    page = open_tests(context)
    start_test(page, "chair_stand_30s")
    for _ in range(12):
        page.run.tap.click()
    assert page.run.phase == "running"
    page.run.countdown.skip()
    assert page.run.phase == "over" and page.run.go_on.isVisible()
    page.run.go_on.click()
    assert page.result.value.text() == "12"
    page.result.save.click()
    assert page.stack.currentWidget() is page.rated
    assert stored(context, "chair_stand_30s") == [12.0]


def test_counting_starts_only_after_start(context: AppContext) -> None:
    """Before Start the tap button is off, so no count is made by accident."""
    page = open_tests(context)
    page.choose.buttons["arm_curl_30s"].click()
    page.prepare.go.click()
    assert not page.run.tap.isEnabled()
    page.run.on_tap()
    assert page.run.taps == 0


def test_result_can_be_corrected_before_saving(context: AppContext) -> None:
    """The count can be put right with One more and One fewer before it is stored."""
    page = open_tests(context)
    start_test(page, "step_test_2min")
    for _ in range(60):
        page.run.tap.click()
    page.run.countdown.skip()
    page.run.go_on.click()
    page.result.plus.click()
    page.result.plus.click()
    page.result.minus.click()
    page.result.save.click()
    assert stored(context, "step_test_2min") == [61.0]


def test_needing_the_arms_records_zero(context: AppContext) -> None:
    """For the chair stand, 'I needed my arms' stores 0, as the protocol says."""
    page = open_tests(context)
    start_test(page, "chair_stand_30s")
    for _ in range(5):
        page.run.tap.click()
    page.run.countdown.skip()
    page.run.go_on.click()
    page.result.used_arms.click()
    assert page.result.value.text() == "0"
    page.result.save.click()
    fitness = FitnessTests(context.database, lambda: NOW)
    (rated,) = fitness.results(1, "chair_stand_30s")
    assert rated.result.value == 0.0 and rated.result.used_arms


def test_stopwatch_result_is_typed_with_a_comma(context: AppContext) -> None:
    """A timed test is stopped with the same button; a corrected time like 8,4 is stored."""
    page = open_tests(context)
    start_test(page, "timed_up_and_go")
    assert page.run.start_stop.isVisible()
    page.run.start_stop.click()
    assert page.stack.currentWidget() is page.result
    assert page.result.seconds.isVisible()
    page.result.seconds.setText("8,4")
    page.result.note.setText("  met rollator  ")
    page.result.save.click()
    fitness = FitnessTests(context.database, lambda: NOW)
    (rated,) = fitness.results(1, "timed_up_and_go")
    assert rated.result.value == 8.4 and rated.result.note == "met rollator"


def test_a_bad_time_is_refused_in_words_and_nothing_is_stored(context: AppContext) -> None:
    """Letters or an impossible time give a plain message; the result stays to correct."""
    page = open_tests(context)
    start_test(page, "five_times_sit_to_stand")
    page.run.start_stop.click()
    for typed in ("abc", "0", "999"):
        page.result.seconds.setText(typed)
        page.result.save.click()
        assert page.stack.currentWidget() is page.result
        assert page.result.error.isVisible() and page.result.error.text()
    assert stored(context, "five_times_sit_to_stand") == []


def test_dont_save_asks_first_then_stores_nothing(context: AppContext) -> None:
    """Don't save asks before throwing the result away; Keep it stays, Throw away leaves."""
    page = open_tests(context)
    start_test(page, "chair_stand_30s")
    page.run.tap.click()
    page.run.countdown.skip()
    page.run.go_on.click()
    page.result.discard.click()
    assert page.result.question.isVisible()
    page.result.question.stay.click()
    assert page.stack.currentWidget() is page.result and page.result.value.text() == "1"
    page.result.discard.click()
    page.result.question.leave.click()
    assert page.stack.currentWidget() is page.choose
    assert stored(context, "chair_stand_30s") == []


def test_stopping_with_a_count_asks_before_it_is_lost(context: AppContext) -> None:
    """Stop without a result, with taps counted, asks first; keeping it goes on counting."""
    page = open_tests(context)
    start_test(page, "step_test_2min")
    for _ in range(40):
        page.run.tap.click()
    page.run.cancel.click()
    assert page.run.question.isVisible() and page.stack.currentWidget() is page.run
    page.run.question.stay.click()
    assert page.run.taps == 40 and page.run.phase == "running"
    page.run.cancel.click()
    page.run.question.leave.click()
    assert page.stack.currentWidget() is page.prepare


def test_needing_the_arms_stops_the_chair_stand_at_once_with_zero(context: AppContext) -> None:
    """'I need my arms' during the chair stand opens the result with 0 and the arms noted."""
    page = open_tests(context)
    start_test(page, "chair_stand_30s")
    page.run.tap.click()
    assert page.run.arms.isVisible()
    page.run.arms.click()
    assert page.stack.currentWidget() is page.result
    assert page.result.used_arms.isChecked() and page.result.value.text() == "0"
    assert not page.run.countdown.is_running()
    page.result.save.click()
    fitness = FitnessTests(context.database, lambda: NOW)
    (rated,) = fitness.results(1, "chair_stand_30s")
    assert rated.result.used_arms and rated.result.value == 0.0


def test_a_count_can_be_typed(context: AppContext) -> None:
    """A step test counted aloud is typed; the buttons go on from the typed number."""
    page = open_tests(context)
    start_test(page, "step_test_2min")
    page.run.countdown.skip()
    page.run.go_on.click()
    page.result.seconds.setText("86")
    page.result.seconds.textEdited.emit("86")
    assert page.result.value.text() == "86"
    page.result.plus.click()
    page.result.save.click()
    assert stored(context, "step_test_2min") == [87.0]


def test_test_screens_have_named_large_controls(context: AppContext) -> None:
    """Every control on each step of a test has a name and is at least 48 x 48 px."""
    page = open_tests(context)
    window = context.window
    assert problems(window) == []
    page.choose.buttons["chair_stand_30s"].click()
    assert problems(window) == []
    page.prepare.go.click()
    page.run.start_stop.click()
    page.run.tap.click()
    assert problems(window) == []
    page.run.countdown.skip()
    page.run.go_on.click()
    assert problems(window) == []
    page.result.save.click()
    assert problems(window) == []


def record_a_session(context: AppContext) -> None:
    """Record one session with a few sets through the training service."""
    training = Training(context.database, load_catalogue(), lambda: NOW)
    state = training.finish_warmup(training.start(1).id)
    step = state.next_step()
    assert step.position is not None
    training.record_set(state.id, step.position, SetInput(18, True, Effort.HARD, 2))
    training.end_early(state.id)


def test_progress_page_charts_a_test_with_its_summary_as_accessible_text(
    context: AppContext,
) -> None:
    """After a result the progress page charts it; the chart's description is its summary."""
    window: MainWindow = context.window
    page = open_tests(context)
    start_test(page, "chair_stand_30s")
    for _ in range(13):
        page.run.tap.click()
    page.run.countdown.skip()
    page.run.go_on.click()
    page.result.save.click()
    record_a_session(context)
    page.rated.progress.click()
    progress = window.pages.progress
    assert window.stack.currentWidget() is progress
    assert progress.topic is not None and progress.topic.key == "chair_stand_30s"
    chart = progress.chart("test")
    assert chart is not None and chart.isVisible()
    assert chart.accessibleDescription() == progress.summary.text()
    assert "13" in progress.summary.text()
    kinds = {topic.kind for topic in progress.topic_buttons}
    assert {"test", "exercise", "weeks", "pain"} <= kinds
    for topic, button in progress.topic_buttons.items():
        button.click()
        assert progress.topic == topic
        assert progress.summary.text()
    assert problems(window) == []


def test_home_reports_progress_in_everyday_words_and_suggests_a_first_test(
    context: AppContext,
) -> None:
    """After a first session home suggests a test; after one, it names the everyday task."""
    window = context.window
    complete_wizard(window)
    record_a_session(context)
    window.show_home()
    home = window.pages.home
    assert home.retest.isVisible() and home.retest.text()
    FitnessTests(context.database, lambda: NOW).record(1, "chair_stand_30s", 11)
    window.show_home()
    assert not home.retest.isVisible()
    texts = [label.text() for label in home.progress.findChildren(type(home.retest))]
    assert any("11" in text for text in texts)


def test_starting_the_app_does_not_import_the_charts(tmp_path: Path) -> None:
    """Pyqtgraph and numpy load only when a chart is first shown, not at start."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from sterkblijven.app import build, make_qt_app\n"
        "app = make_qt_app(sys.argv[:1])\n"
        "context = build(app, Path(sys.argv[1]), report=print)\n"
        "context.window.start(); context.window.show(); app.processEvents()\n"
        "print(sorted(m for m in ('pyqtgraph', 'numpy') if m in sys.modules))\n"
        "context.close()\n"
    )
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
        env=environment,
        timeout=120,
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_a_new_result_redraws_the_open_progress_chart_in_place(context: AppContext) -> None:
    """A result saved while the progress page is open updates the same chart and its words."""
    window: MainWindow = context.window
    complete_wizard(window)
    fitness = FitnessTests(context.database, lambda: NOW)
    fitness.record(1, "chair_stand_30s", 13)
    window.show_progress()
    progress = window.pages.progress
    chart = progress.chart("test")
    buttons = dict(progress.topic_buttons)
    fitness.record(1, "chair_stand_30s", 9)
    context.events.announce(Change.TESTS)
    assert progress.chart("test") is chart
    assert progress.topic_buttons == buttons
    assert "9" in progress.summary.text() and "4" in progress.summary.text()


def test_the_carer_opens_a_persons_progress_and_comes_back(context: AppContext) -> None:
    """Progress from the carer part shows that person's charts; Back returns to the carer part."""
    window: MainWindow = context.window
    complete_wizard(window)
    FitnessTests(context.database, lambda: NOW).record(1, "arm_curl_30s", 14)
    open_carer_from_settings(window)
    name = QCoreApplication.translate("CarerPage", "The progress of {name}").format(name="Riet")
    progress_button = next(
        button
        for button in window.pages.carer.findChildren(BigButton)
        if button.accessibleName() == name
    )
    progress_button.click()
    assert window.stack.currentWidget() is window.pages.progress
    assert window.pages.progress.topic == Topic("test", "arm_curl_30s")
    assert not window.pages.progress.do_test.isVisible()
    window.pages.progress.back.click()
    assert window.stack.currentWidget() is window.pages.carer


def test_tests_wait_for_the_gp_talk_like_training(context: AppContext) -> None:
    """With a health-check 'yes' not yet confirmed, home offers no test and no retest advice."""
    window = context.window
    complete_wizard(window, health_concern=True)
    window.show_home()
    assert not window.pages.home.tests_button.isVisible()
    assert not window.pages.home.retest.isVisible()


def test_someone_without_history_never_sees_the_charts_of_the_person_before(
    context: AppContext,
) -> None:
    """Opening the progress of a person with no results clears the chart and its words."""
    window: MainWindow = context.window
    complete_wizard(window)
    FitnessTests(context.database, lambda: NOW).record(1, "chair_stand_30s", 12)
    window.show_progress()
    progress = window.pages.progress
    assert progress.summary.text()
    open_carer_from_settings(window)
    add_person(window, "Henk")
    window.show_progress_of(2)
    chart = progress.chart("test")
    assert chart is not None and not chart.isVisible() and chart.accessibleDescription() == ""
    assert progress.summary.text() == "" and progress.topic_title.text() == ""
    assert progress.empty.isVisible()


def test_start_counts_and_time_up_are_announced_to_screen_readers(context: AppContext) -> None:
    """Screen readers hear the lead-in, the start, each count and the end, as the screen shows."""
    page = open_tests(context)
    announced: list[str] = []
    context.window._parts.cues.announced.connect(announced.append)
    start_test(page, "chair_stand_30s")
    page.run.tap.click()
    page.run.tap.click()
    page.run.countdown.skip()
    said = [QCoreApplication.translate("RunView", text) for text in ("Get ready.", "Start!")]
    time_up = QCoreApplication.translate("RunView", "Stop! Time is up.")
    assert announced == [*said, "1", "2", time_up]
