"""``--self-test``: start the real app offscreen on a temporary database and open every screen.

It exits 0 only if every screen and dialog rendered without an error or a Qt warning. With
``--screenshots DIR`` it also saves a PNG of each screen, at each text size and in both themes.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMessageLogContext,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QWidget

from sterkblijven.diagnostics import HARMLESS
from sterkblijven.domain import readiness
from sterkblijven.domain.preferences import TEXT_SCALES, Preferences
from sterkblijven.ui.common.files import PresetFiles


@contextmanager
def collect_qt_messages(problems: list[str]) -> Iterator[None]:
    """Record every Qt warning, critical or fatal message while the block runs."""

    def handler(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        quiet = kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg)
        if not quiet and not any(harmless in message for harmless in HARMLESS):
            problems.append(f"Qt: {message}")

    def on_exception(
        kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        # An exception in a slot does not stop Qt's event loop; it is printed and forgotten.
        # Here it counts: a button that raises is a broken screen.
        lines = traceback.format_exception(kind, error, trace)
        problems.append("uncaught: " + "".join(lines[-3:]).strip())

    previous = qInstallMessageHandler(handler)
    previous_hook = sys.excepthook
    sys.excepthook = on_exception
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
        sys.excepthook = previous_hook


class MovableClock:
    """The app's clock during the self-test, moved on a day to reach the next-day check-in."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def __call__(self) -> datetime:
        """Return the moved moment."""
        return datetime.now() + self.offset


class Walk:
    """Renders screens one by one, recording problems and optional screenshots."""

    def __init__(self, app: QApplication, screenshots: Path | None, problems: list[str]) -> None:
        self.app = app
        self.screenshots = screenshots
        self.problems = problems
        self.count = 0
        self.variant = "100-standard-nl"
        self.tree: list[dict[str, object]] = []  # every screen's accessibility tree
        self.files: PresetFiles | None = None  # answers the save questions

    def render(self, name: str, widget: QWidget) -> None:
        """Lay out, paint and (optionally) save one screen."""
        # Widgets added to a shown layout appear, and word-wrapped text settles its height,
        # over two passes of the event loop, as they do in the running app within a moment.
        self.app.processEvents()
        self.app.processEvents()
        # Deletions wait for an event loop the walk does not run; without this, closed
        # dialogs and wizards would pile up.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        image = widget.grab()
        self.count += 1
        if image.isNull() or image.width() == 0:
            self.problems.append(f"{name}: rendered nothing")
            return
        self.check(name, widget)
        if self.screenshots is not None:
            image.save(str(self.screenshots / f"{self.variant}-{name}.png"))

    def check(self, name: str, widget: QWidget) -> None:
        """Audit a screen as a screen reader sees it, and keep its tree for the report."""
        from sterkblijven.ui.common import audit

        scale, theme, language = self.variant.split("-")
        where = f"{self.variant}-{name}"
        self.problems.extend(f"{where}: {problem}" for problem in audit.unnamed(widget))
        if scale == "100":  # targets are measured at the smallest text size
            self.problems.extend(f"{where}: {problem}" for problem in audit.too_small(widget))
        if scale == "200":  # text is clipped first at the largest size
            # Word-wrapped text settles its height over a second layout pass.
            self.app.processEvents()
            self.problems.extend(f"{where}: {problem}" for problem in audit.clipped(widget))
        if self.screenshots is not None:
            self.tree.append(
                {
                    "screen": name,
                    "text_scale": int(scale),
                    "theme": theme,
                    "language": language,
                    "screenshot": f"{where}.png",
                    "nodes": [node.as_dict() for node in audit.nodes(widget)],
                }
            )

    def step(self, name: str, action: Callable[[], object]) -> None:
        """Run one step of the walk; an exception is a problem, not a crash."""
        try:
            action()
        except Exception:
            self.problems.append(f"{name}: {traceback.format_exc()}")


def run_self_test(screenshots: Path | None) -> int:
    """Walk every screen; print a one-line result and return the exit code."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from sterkblijven.app import build, make_qt_app
    from sterkblijven.autostart import Autostart, launch_command

    problems: list[str] = []
    if screenshots is not None:
        screenshots.mkdir(parents=True, exist_ok=True)
    with (
        tempfile.TemporaryDirectory(prefix="sterkblijven-selftest-") as folder,
        collect_qt_messages(problems),
    ):
        app = make_qt_app(sys.argv[:1])
        clock = MovableClock()
        files = PresetFiles(Path(folder) / "saved")
        files.folder.mkdir()
        context = build(
            app,
            Path(folder) / "data",
            language="nl",
            report=problems.append,
            clock=clock,
            speech_engine="mock",
            files=files,
            # The log-in start is offered and switched, in a home folder of the self-test's own.
            autostart=Autostart(launch_command(), home=Path(folder) / "home", environ={}),
        )
        if context is None:
            print("self-test failed: the app could not start", *problems, sep="\n", file=sys.stderr)
            return 1
        walk = Walk(app, screenshots, problems)
        walk.files = files
        window = context.window
        window.resize(1100, 820)
        window.show()
        walk.step("first run", lambda: walk_first_run(walk, window))
        walk.step("screens", lambda: walk_screens(walk, window))
        walk.step("session", lambda: walk_session(walk, window, clock))
        walk.step("tests", lambda: walk_tests(walk, window))
        walk.step("carer", lambda: walk_carer(walk, window))
        walk.step("data", lambda: walk_data(walk, window, files))
        for language in ("nl", "en"):
            for scale in TEXT_SCALES:
                for high_contrast in (False, True):
                    preferences = Preferences(language, scale, high_contrast)
                    walk.variant = (
                        f"{scale}-{'contrast' if high_contrast else 'standard'}-{language}"
                    )
                    walk.step(walk.variant, _variant_step(walk, window, preferences))
        context.close()
        app.processEvents()
    if screenshots is not None:
        report = {"format": 1, "screens": walk.tree}
        (screenshots / "accessibility.json").write_text(
            json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    if problems:
        print(f"self-test failed: {len(problems)} problem(s)", *problems, sep="\n", file=sys.stderr)
        return 1
    print(f"self-test passed: {walk.count} screens rendered without errors or warnings")
    return 0


def _variant_step(walk: Walk, window: QWidget, preferences: Preferences) -> Callable[[], None]:
    return lambda: walk_variant(walk, window, preferences)


def walk_first_run(walk: Walk, window: object) -> None:
    """Fill in the wizard as a person would, rendering every step, then finish it."""
    from sterkblijven.ui.shell.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.start()
    wizard = window.wizard
    assert wizard is not None, "a new data folder must open the first-run wizard"
    walk.render("wizard-1-language", window)
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
    wizard.readiness_step.answer_buttons("blood_pressure")[0].click()
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


def walk_screens(walk: Walk, window: object) -> None:
    """Open home, the catalogue with each filter, every exercise, and the settings."""
    from sterkblijven.ui.shell.main_window import MainWindow

    assert isinstance(window, MainWindow)
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


def walk_session_views(walk: Walk, window: object) -> None:
    """Render each kind of session screen once, then stop the session early."""
    from sterkblijven.domain.session import Effort
    from sterkblijven.ui.shell.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.show_home()
    if not window.pages.home.start.isVisible():
        raise AssertionError("the home screen offers no Start training")
    window.pages.home.start.click()
    page = window.pages.session
    if window.stack.currentWidget() is not page:
        raise AssertionError("Start training did not open the session")
    walk.render("session-warmup", window)
    page.warmup.finish.click()
    walk.render("session-exercise", window)
    page.exercise.failure.click()
    walk.render("session-effort", window)
    page.effort.choices[Effort.EASY].click()
    walk.render("session-pain", window)
    page.pain.levels[0].click()
    page.pain.save.click()
    walk.render("session-next", window)
    if page.current_view() is page.rest:
        page.rest.go_on.click()
    page.exercise.stop.click()
    walk.render("session-confirm-stop", window)
    page.confirm_stop.yes.click()
    walk.render("session-summary", window)
    page.summary.home.click()


def walk_session(walk: Walk, window: object, clock: MovableClock) -> None:
    """Do a session through every kind of screen, then the next-day check-in."""
    from sterkblijven.domain.session import Effort, StopSignal
    from sterkblijven.ui.shell.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.show_home()
    home = window.pages.home
    home.confirm.click()  # the walk's readiness answer asked for the GP first
    home.start.click()
    page = window.pages.session
    walk.render("session-warmup", window)
    page.warmup.start_pause.click()
    walk.render("session-warmup-running", window)
    page.warmup.finish.click()
    walk.render("session-exercise", window)
    for _ in range(22):
        page.exercise.tap.click()
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
    walk.render("session-pain-high", window)
    page.pain.save.click()
    walk.render("session-stop-advice", window)
    page.stop_advice.next.click()
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


PIN = "2580"


def walk_carer(walk: Walk, window: object) -> None:
    """Open the carer part, set a PIN, add a second person, and choose by name tile."""
    from sterkblijven.ui.shell.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.show_home()
    window.open_settings().carer.click()
    walk.render("carer", window)
    carer = window.pages.carer
    carer.new_pin.setText(PIN)
    carer.save_pin.click()
    carer.add.click()
    wizard = window.wizard
    assert wizard is not None
    walk.render("carer-add-someone", window)
    wizard.next.click()
    wizard.person_step.name.setText("Tweede Persoon")
    wizard.person_step.year.setText("1950")
    wizard.person_step.male.click()
    wizard.next.click()
    for code in readiness.QUESTIONS:
        wizard.readiness_step.answer_buttons(code)[1].click()
    for _ in range(4):
        wizard.next.click()
    window.start()
    if window.stack.currentWidget() is not window.pages.choose:
        raise AssertionError("with two people the start shows name tiles")
    walk.render("choose", window)
    window.pages.choose.tile_buttons()[0].click()
    walk.render("home-two-people", window)


def walk_data(walk: Walk, window: object, files: PresetFiles) -> None:
    """Make the papers of the first person, back up, export, read back in and restore."""
    from sterkblijven.domain.backups import BackupKind
    from sterkblijven.ui.shell.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.show_papers(1, "Self Test")
    papers = window.pages.papers
    for button in (
        papers.report_pdf,
        papers.report_print,
        papers.card_pdf,
        papers.card_print,
        papers.calendar_save,
    ):
        button.click()
        if papers.error.isVisibleTo(papers):
            raise AssertionError(f"{button.text()}: {papers.error.text()}")
    walk.render("papers-saved", window)
    saved = {path.suffix for path in files.folder.iterdir()}
    if saved != {".pdf", ".ics"}:
        raise AssertionError(f"the papers were not all saved: {sorted(saved)}")
    window.show_data()
    page = window.pages.data
    page.backup_now.click()
    page.export_json.click()
    walk.render("data-saved", window)
    files.open_path = next(files.folder.glob("*.json"))
    page.import_file.click()
    walk.render("data-import-question", window)
    page.on_import_cancelled()
    manual = next(b for b in page.listed() if b.kind is BackupKind.MANUAL)
    page.ask_restore(manual.path)
    walk.render("data-restore-question", window)
    page.on_restore_confirmed()
    if page.error.isVisibleTo(page):
        raise AssertionError(f"restore: {page.error.text()}")
    walk.render("data-restored", window)


def walk_carer_views(walk: Walk, window: object) -> None:
    """Render the PIN page, the carer part and the name tiles."""
    from sterkblijven.ui.shell.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.show_home()
    window.open_settings().carer.click()
    walk.render("carer-pin", window)
    window.pages.pin.pin.setText(PIN)
    window.pages.pin.open_button.click()
    walk.render("carer", window)
    walk_setup_views(walk, window)
    window.show_data()
    walk.render("data", window)
    window.show_papers(1, "Self Test")
    walk.render("papers", window)
    window.show_carer_page()
    window.pages.carer.back.click()
    walk.render("choose", window)
    window.pages.choose.tile_buttons()[0].click()


def walk_setup_views(walk: Walk, window: object) -> None:
    """Render the suggestions of the first person, with a reason opened."""
    from sterkblijven.domain.decisions import Decider
    from sterkblijven.ui.common.widgets import BigButton
    from sterkblijven.ui.shell.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.show_suggestions(1, "Self Test", Decider.CARER)
    page = window.pages.suggestions
    cards = page.cards()
    if not cards:
        raise AssertionError("the painful set in the walk leaves a suggestion to decide on")
    walk.render("suggestions", window)
    cards[0].findChildren(BigButton)[0].click()  # Why?
    walk.render("suggestions-why", window)
    window.show_equipment(1, "Self Test")
    walk.render("equipment", window)
    window.show_routine(1, "Self Test")
    walk.render("routine", window)
    window.pages.routine.show_picker()
    walk.render("routine-add-exercise", window)
    window.pages.routine.show_plan()


def walk_variant(walk: Walk, window: object, preferences: Preferences) -> None:
    """Render the main screens at one text size, theme and language."""
    from sterkblijven.ui.first_run.wizard import FirstRunWizard
    from sterkblijven.ui.shell.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.on_preferences_changed(preferences)
    walk.app.processEvents()  # deliver LanguageChange before rendering
    wizard = FirstRunWizard(lambda name, year: (name, year), preferences.language)
    wizard.resize(window.size())
    wizard.show()
    wizard.readiness_step.answer_buttons("chest_pain")[0].click()  # so the advice step shows
    for index, step in enumerate(wizard.steps):
        wizard.show_step(index)
        walk.render(f"wizard-{index + 1}-{type(step).__name__}", wizard)
    wizard.close()
    wizard.deleteLater()
    window.show_home()
    walk.render("home", window)
    window.show_catalogue()
    walk.render("catalogue", window)
    window.pages.catalogue.tile_buttons()[0].click()
    walk.render("exercise", window)
    window.pages.exercise.back.click()
    dialog = window.open_settings()
    walk.render("settings", dialog)
    dialog.close_button.click()
    walk_recovery(walk, window)
    walk_crash(walk, window)
    walk_session_views(walk, window)
    walk_fitness_views(walk, window)
    walk_carer_views(walk, window)


def walk_recovery(walk: Walk, window: QWidget) -> None:
    """Render the way out offered when the data cannot be opened at start."""
    from sterkblijven.domain.backups import BackupKind
    from sterkblijven.services.backups import BackupInfo
    from sterkblijven.ui.shell.recovery_dialog import RecoveryDialog

    kinds = (BackupKind.AFTER_SESSION, BackupKind.DAILY, BackupKind.WEEKLY)
    backups = [
        BackupInfo(Path(f"backup-{day}.sqlite3"), kind, datetime(2026, 11, 21 - day, 9, 15), 1)
        for day, kind in enumerate(kinds)
    ]
    dialog = RecoveryDialog("damaged", backups, window)
    dialog.resize(window.size())
    dialog.show()
    walk.render("recovery", dialog)
    dialog.close()
    dialog.deleteLater()


def walk_crash(walk: Walk, window: QWidget) -> None:
    """Render the calm message after an unexpected error, before and after saving the file."""
    from sterkblijven.ui.shell.crash import CrashDialog

    assert walk.files is not None

    def write_bundle(path: Path) -> None:
        path.write_bytes(b"PK")  # the dialog's part is asking and telling; diagnostics writes

    dialog = CrashDialog(walk.files, write_bundle, window)
    dialog.resize(window.size())
    dialog.show()
    walk.render("crash", dialog)
    dialog.save.click()
    walk.render("crash-saved", dialog)
    dialog.close()
    dialog.deleteLater()


def walk_tests(walk: Walk, window: object) -> None:
    """Do each of the six tests from the list to the rated result, then open the progress."""
    from sterkblijven.ui.shell.main_window import MainWindow

    assert isinstance(window, MainWindow)
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


def walk_progress(walk: Walk, window: object) -> None:
    """Render the progress page with each of its topics."""
    from sterkblijven.ui.shell.main_window import MainWindow

    assert isinstance(window, MainWindow)
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


def walk_fitness_views(walk: Walk, window: object) -> None:
    """Render the test screens and the progress page at one text size, theme and language."""
    from sterkblijven.ui.shell.main_window import MainWindow

    assert isinstance(window, MainWindow)
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
