"""The main window: one page at a time, moving between them on the pages' signals."""

from __future__ import annotations

import contextlib
import dataclasses
import threading
import time
from collections.abc import Callable
from datetime import date, datetime
from functools import partial
from typing import TYPE_CHECKING, TypeVar, cast

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIcon, QPaintEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QSystemTrayIcon,
    QWidget,
)

from sterkblijven.autostart import Autostart
from sterkblijven.domain.catalogue import Catalogue, Exercise
from sterkblijven.domain.decisions import Decider
from sterkblijven.domain.preferences import Preferences
from sterkblijven.domain.protocols import FitnessProtocols
from sterkblijven.domain.session import JointFeeling
from sterkblijven.services.backups import Backups
from sterkblijven.services.carer import CarerAccess
from sterkblijven.services.errors import DatabaseProblem, InputRefused
from sterkblijven.services.fitness import FitnessTests
from sterkblijven.services.home import Home, ReminderPlan
from sterkblijven.services.onboarding import FirstRunAnswers, Onboarding
from sterkblijven.services.progress import Progress
from sterkblijven.services.setup import Setup
from sterkblijven.services.suggestions import LoadSuggestions
from sterkblijven.services.trainees import Trainees
from sterkblijven.services.training import Training
from sterkblijven.ui.common import theme
from sterkblijven.ui.common.cues import Cues
from sterkblijven.ui.common.events import AppEvents, Change
from sterkblijven.ui.common.files import FileChooser
from sterkblijven.ui.common.widgets import Retranslating
from sterkblijven.ui.home.page import HomePage
from sterkblijven.words.problems import database_problem
from sterkblijven.words.refusals import refusal

if TYPE_CHECKING:
    # Every page but home is made, and its module loaded, when it is first shown: the start
    # pays only for the screen it shows.
    from sterkblijven.services.exchange import Exchange
    from sterkblijven.services.reports import Reports
    from sterkblijven.ui.carer.data_page import DataPage
    from sterkblijven.ui.carer.equipment_page import EquipmentPage
    from sterkblijven.ui.carer.page import CarerPage
    from sterkblijven.ui.carer.papers_page import PapersPage
    from sterkblijven.ui.carer.pin_page import PinPage
    from sterkblijven.ui.carer.plan_page import RoutinePage
    from sterkblijven.ui.carer.suggestions_page import SuggestionsPage
    from sterkblijven.ui.catalogue.exercise_page import ExercisePage
    from sterkblijven.ui.catalogue.list_page import CataloguePage
    from sterkblijven.ui.common.view import PictureLoader
    from sterkblijven.ui.first_run.wizard import FirstRunWizard
    from sterkblijven.ui.fitness.page import FitnessPage
    from sterkblijven.ui.home.choose_page import ChoosePage
    from sterkblijven.ui.progress.page import ProgressPage
    from sterkblijven.ui.session.page import SessionPage
    from sterkblijven.ui.settings.dialog import SettingsDialog

PreferencesApplier = Callable[[Preferences], None]
_T = TypeVar("_T")
_Page = TypeVar("_Page", bound=QWidget)
# The reminder timer looks again at least once an hour: a timer's clock may stand still while
# the computer sleeps, and the hour may shift with summer time.
_LONGEST_TIMER_MS = 60 * 60 * 1000


class MainWindow(Retranslating, QMainWindow):
    """Holds the pages and routes between them."""

    def __init__(
        self,
        *,
        catalogue: Catalogue,
        onboarding: Onboarding,
        home: Home,
        events: AppEvents,
        preferences: Preferences,
        apply_preferences: PreferencesApplier,
        load_picture: PictureLoader,
        training: Training,
        cues: Cues,
        carer: CarerAccess,
        trainees: Trainees,
        setup: Setup,
        suggestions: LoadSuggestions,
        fitness: FitnessTests,
        protocols: FitnessProtocols,
        progress: Progress,
        backups: Backups,
        exchange: Callable[[], Exchange],
        reports: Callable[[], Reports],
        files: FileChooser | None = None,
        autostart: Autostart | None = None,
        app_icon: QIcon | None = None,
        clock: Callable[[], datetime] = datetime.now,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self._clock = clock
        self._autostart = autostart
        self._files = files or FileChooser()
        self._monotonic = monotonic  # for timers and the double-tap guard
        self._onboarding = onboarding
        self._home = home
        self._training = training
        self._cues = cues
        self._trainees = trainees
        self._carer = carer
        self._fitness = fitness
        self._protocols = protocols
        self._progress = progress
        cues.set_speech_enabled(preferences.speech)
        cues.set_rate(preferences.speech_rate_value)
        self._events = events
        self._preferences = preferences
        self._apply_preferences = apply_preferences
        self._trainee_id = preferences.current_trainee_id
        self._return_to: QWidget | None = None
        self._suggestions_from: QWidget | None = None
        self._progress_from: QWidget | None = None
        self._catalogue = catalogue
        self._load_picture = load_picture
        self._setup = setup
        self._suggestions = suggestions
        self._backups = backups
        self._exchange = exchange
        self._reports = reports
        self.stack = QStackedWidget()
        self.wizard: FirstRunWizard | None = None
        self._pages: dict[str, QWidget] = {}
        self.home_page = HomePage(catalogue)
        self.stack.addWidget(self.home_page)
        # One single-shot timer, aimed at the next training-day morning (or an hour, if that is
        # sooner): nothing wakes the app every few seconds.
        self.reminder_timer = QTimer(self)
        self.reminder_timer.setSingleShot(True)
        self.reminder_timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._reminded_on: date | None = None  # the day the reminder was last given
        self._looked_on = clock().date()  # the day the reminder timer last looked
        self._painted = False  # whether the window has been on screen yet
        self._backup_thread: threading.Thread | None = None
        self.tray: QSystemTrayIcon | None = None
        if app_icon is not None:
            self.setWindowIcon(app_icon)
            if QSystemTrayIcon.isSystemTrayAvailable():
                self.tray = QSystemTrayIcon(app_icon, self)
                self.tray.activated.connect(lambda _reason: self.bring_forward())
        self.setCentralWidget(self.stack)
        self.settings_dialog: SettingsDialog | None = None
        self.resize(1100, 820)
        self._connect_signals()
        self.retranslate_ui()

    def _connect_signals(self) -> None:
        self._events.changed.connect(self.on_data_changed)
        self.home_page.exercise_chosen.connect(self.show_exercise)
        self.home_page.catalogue_requested.connect(self.show_catalogue)
        self.home_page.settings_requested.connect(self.open_settings)
        self.home_page.readiness_confirmed.connect(self.on_readiness_confirmed)
        self.home_page.start_requested.connect(self.on_start_training)
        self.home_page.close_session_requested.connect(self.on_close_session)
        self.home_page.checkin_answered.connect(self.on_checkin_answered)
        self.home_page.switch_requested.connect(self.show_choose)
        self.home_page.suggestions_requested.connect(self.on_trainee_suggestions)
        self.home_page.tests_requested.connect(self.show_tests)
        self.home_page.progress_requested.connect(self.show_progress)
        self.reminder_timer.timeout.connect(self.on_reminder_time)

    def _page(self, name: str, make: Callable[[], _Page]) -> _Page:
        """Return a page, making it and adding it to the stack the first time it is asked for."""
        page = self._pages.get(name)
        if page is None:
            page = make()
            self._pages[name] = page
            self.stack.addWidget(page)
        return cast(_Page, page)

    def _showing(self, name: str) -> bool:
        """Return True when the named page exists and is the one shown (never makes it)."""
        page = self._pages.get(name)
        return page is not None and self.stack.currentWidget() is page

    def _is_page(self, widget: QWidget | None, name: str) -> bool:
        """Return True when ``widget`` is the named page (never makes it)."""
        return widget is not None and widget is self._pages.get(name)

    @property
    def catalogue_page(self) -> CataloguePage:
        """The list of every exercise."""
        return self._page("catalogue", self._make_catalogue_page)

    def _make_catalogue_page(self) -> CataloguePage:
        from sterkblijven.ui.catalogue.list_page import CataloguePage

        page = CataloguePage(self._catalogue)
        page.exercise_chosen.connect(self.show_exercise)
        page.back_requested.connect(self.show_home)
        return page

    @property
    def exercise_page(self) -> ExercisePage:
        """One exercise explained, with its pictures."""
        return self._page("exercise", self._make_exercise_page)

    def _make_exercise_page(self) -> ExercisePage:
        from sterkblijven.ui.catalogue.exercise_page import ExercisePage

        page = ExercisePage(self._load_picture, self._picture_width)
        page.back_requested.connect(self.on_exercise_back)
        return page

    @property
    def session_page(self) -> SessionPage:
        """The guided session, step by step."""
        return self._page("session", self._make_session_page)

    def _make_session_page(self) -> SessionPage:
        from sterkblijven.ui.session.page import SessionPage

        page = SessionPage(
            self._training,
            self._catalogue,
            self._load_picture,
            self._picture_width,
            self._cues,
            self._monotonic,
        )
        page.finished.connect(self.show_home)
        page.explanation_requested.connect(self.show_exercise)
        page.data_changed.connect(lambda: self._events.announce(Change.SESSIONS))
        return page

    @property
    def pin_page(self) -> PinPage:
        """The carer's PIN, asked before the carer part opens."""
        return self._page("pin", self._make_pin_page)

    def _make_pin_page(self) -> PinPage:
        from sterkblijven.ui.carer.pin_page import PinPage

        page = PinPage(self._carer)
        page.opened.connect(self.show_carer_page)
        page.back_requested.connect(self.show_home)
        return page

    @property
    def carer_page(self) -> CarerPage:
        """The carer part: everyone who trains here and what can be set up for them."""
        return self._page("carer", self._make_carer_page)

    def _make_carer_page(self) -> CarerPage:
        from sterkblijven.ui.carer.page import CarerPage

        page = CarerPage(self._carer, self._trainees, self._setup, self._suggestions)
        page.back_requested.connect(self.start)
        page.add_requested.connect(self.on_add_trainee)
        page.trainees_changed.connect(lambda: self._events.announce(Change.TRAINEES))
        page.suggestions_requested.connect(
            lambda trainee_id, name: self.show_suggestions(trainee_id, name, Decider.CARER)
        )
        page.equipment_requested.connect(self.show_equipment)
        page.routine_requested.connect(self.show_routine)
        page.progress_requested.connect(self.show_progress_of)
        page.data_requested.connect(self.show_data)
        page.papers_requested.connect(self.show_papers)
        return page

    @property
    def choose_page(self) -> ChoosePage:
        """A name tile for everyone who trains on this computer."""
        return self._page("choose", self._make_choose_page)

    def _make_choose_page(self) -> ChoosePage:
        from sterkblijven.ui.home.choose_page import ChoosePage

        page = ChoosePage()
        page.chosen.connect(self.on_trainee_chosen)
        return page

    @property
    def suggestions_page(self) -> SuggestionsPage:
        """The step-up suggestions waiting for a decision."""
        return self._page("suggestions", self._make_suggestions_page)

    def _make_suggestions_page(self) -> SuggestionsPage:
        from sterkblijven.ui.carer.suggestions_page import SuggestionsPage

        page = SuggestionsPage(self._suggestions, self._catalogue)
        page.back_requested.connect(self.on_suggestions_back)
        page.decided.connect(lambda: self._events.announce(Change.ROUTINE))
        return page

    @property
    def equipment_page(self) -> EquipmentPage:
        """A trainee's dumbbells and band ladder, for the carer to change."""
        return self._page("equipment", self._make_equipment_page)

    def _make_equipment_page(self) -> EquipmentPage:
        from sterkblijven.ui.carer.equipment_page import EquipmentPage

        page = EquipmentPage(self._setup)
        page.back_requested.connect(self.show_carer_page)
        page.saved.connect(lambda: self._events.announce(Change.ROUTINE))
        return page

    @property
    def routine_page(self) -> RoutinePage:
        """A trainee's weekly plan, for the carer to change."""
        return self._page("routine", self._make_routine_page)

    def _make_routine_page(self) -> RoutinePage:
        from sterkblijven.ui.carer.plan_page import RoutinePage

        page = RoutinePage(
            self._setup, self._catalogue, lambda: self._preferences.language, self._monotonic
        )
        page.back_requested.connect(self.show_carer_page)
        page.saved.connect(lambda: self._events.announce(Change.ROUTINE))
        return page

    @property
    def fitness_page(self) -> FitnessPage:
        """The functional tests."""
        return self._page("fitness", self._make_fitness_page)

    def _make_fitness_page(self) -> FitnessPage:
        from sterkblijven.ui.fitness.page import FitnessPage

        page = FitnessPage(
            self._fitness,
            self._protocols,
            self._load_picture,
            self._picture_width,
            self._cues,
            self._monotonic,
        )
        page.back_requested.connect(self.show_home)
        page.progress_requested.connect(self.show_progress)
        page.saved.connect(lambda: self._events.announce(Change.TESTS))
        return page

    @property
    def progress_page(self) -> ProgressPage:
        """The progress charts."""
        return self._page("progress", self._make_progress_page)

    def _make_progress_page(self) -> ProgressPage:
        from sterkblijven.ui.progress.page import ProgressPage

        page = ProgressPage(self._progress, self._catalogue, self._theme)
        page.back_requested.connect(self.on_progress_back)
        page.tests_requested.connect(self.show_tests)
        return page

    @property
    def data_page(self) -> DataPage:
        """The backups, and saving and reading files."""
        return self._page("data", self._make_data_page)

    def _make_data_page(self) -> DataPage:
        from sterkblijven.ui.carer.data_page import DataPage

        page = DataPage(self._backups, self._exchange(), self._files, self._clock)
        page.back_requested.connect(self.show_carer_page)
        page.data_replaced.connect(self.on_data_replaced)
        return page

    @property
    def papers_page(self) -> PapersPage:
        """The report, the exercise card and the calendar file of one person."""
        return self._page("papers", self._make_papers_page)

    def _make_papers_page(self) -> PapersPage:
        from sterkblijven.ui.carer.papers_page import PapersPage

        page = PapersPage(self._reports(), self._setup, self._catalogue, self._files, self._clock)
        page.back_requested.connect(self.show_carer_page)
        return page

    def preferences(self) -> Preferences:
        """Return the preferences in force."""
        return self._preferences

    def _picture_width(self) -> int:
        return theme.theme_for(self._preferences.text_scale, False).picture_px()

    def _theme(self) -> theme.Theme:
        return theme.theme_for(self._preferences.text_scale, self._preferences.high_contrast)

    def start(self) -> None:
        """Show the first page: the wizard on a new computer, name tiles for several, or home."""
        plan = self._guard(self._home.reminders)
        if plan is not None and plan.due_today:
            self._reminded_on = self._clock().date()  # home says it now; no message later
        self._aim_reminder(plan)
        trainees = self._guard(self._home.trainees) or []
        if not trainees:
            self.show_wizard()
            return
        if len(trainees) > 1:
            self.show_choose()
            return
        self._trainee_id = trainees[0].id
        self.show_home()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Once the first page is on screen, make the backups that are due."""
        super().paintEvent(event)
        if not self._painted:
            # Today's and this week's copy wait until the first page shows: they can take a
            # tenth of a second with years of history, and the person should not wait for it.
            self._painted = True
            QTimer.singleShot(0, self, self.keep_backups)

    def keep_backups(self) -> None:
        """Make today's and this week's backup when missing, beside the window.

        With years of history a copy and its check take seconds; SQLite does that work without
        holding Python's lock, so the window goes on answering. A failure shows on the data
        page, which warns when the newest automatic backup is old.
        """
        if self._backup_thread is not None and self._backup_thread.is_alive():
            return
        self._backup_thread = threading.Thread(
            target=self._keep_backups_quietly, name="sterkblijven-backups"
        )
        self._backup_thread.start()

    def _keep_backups_quietly(self) -> None:
        with contextlib.suppress(DatabaseProblem, OSError):
            self._backups.keep_rolling()

    def wait_for_backups(self) -> None:
        """Wait until a backup being made beside the window is done (before closing the data)."""
        if self._backup_thread is not None:
            self._backup_thread.join()

    def show_choose(self) -> None:
        """Show a name tile for everyone who trains on this computer."""
        trainees = self._guard(self._home.trainees) or []
        self.choose_page.show_people(trainees)
        self.stack.setCurrentWidget(self.choose_page)

    def on_trainee_chosen(self, trainee_id: int) -> None:
        """Make the chosen person the one who trains, and remember it."""
        self._trainee_id = trainee_id
        self.on_preferences_changed(
            dataclasses.replace(self._preferences, current_trainee_id=trainee_id)
        )
        self.show_home()

    def open_carer(self) -> None:
        """Open the carer part, behind the PIN when one is set."""
        has_pin = self._guard(self._carer.has_pin)
        if has_pin is None:
            return
        if has_pin:
            self.pin_page.reset()
            self.stack.setCurrentWidget(self.pin_page)
        else:
            self.show_carer_page()

    def show_carer_page(self) -> None:
        """Show the carer part."""
        self.carer_page.refresh()
        self.stack.setCurrentWidget(self.carer_page)

    def show_data(self) -> None:
        """Show the backups and the saving and reading of files."""
        self.data_page.open()
        self.stack.setCurrentWidget(self.data_page)

    def show_papers(self, trainee_id: int, name: str) -> None:
        """Show the report, the exercise card and the calendar file of one person."""
        self.papers_page.show_trainee(trainee_id, name)
        self.stack.setCurrentWidget(self.papers_page)

    def on_data_replaced(self) -> None:
        """After a restore or an import: keep the screen's settings and show the new data."""
        # The restored data holds the settings of its day; the ones in use now stay.
        self._apply_preferences(self._preferences)
        trainees = self._guard(self._home.trainees) or []
        if self._trainee_id not in {t.id for t in trainees}:
            self._trainee_id = trainees[0].id if trainees else None
        for change in (Change.TRAINEES, Change.ROUTINE, Change.SESSIONS, Change.TESTS):
            self._events.announce(change)
        self.schedule_reminder()

    def schedule_reminder(self) -> None:
        """Aim the reminder timer at the next training-day morning of anyone here."""
        self._aim_reminder(self._guard(self._home.reminders))

    def _aim_reminder(self, plan: ReminderPlan | None) -> None:
        """Aim the reminder timer by a plan already read (None: it could not be read)."""
        self.reminder_timer.stop()
        if plan is None or plan.next_moment is None:
            return
        wait_ms = (plan.next_moment - self._clock()).total_seconds() * 1000
        self.reminder_timer.start(int(min(max(wait_ms, 1000), _LONGEST_TIMER_MS)))

    def on_reminder_time(self) -> None:
        """On a training-day morning: a note on home, and a tray message where there is one."""
        plan = self._guard(self._home.reminders)
        today = self._clock().date()
        new_day = today != self._looked_on
        self._looked_on = today
        if plan is not None and plan.due_today and self._reminded_on != today:
            self._reminded_on = today
            new_day = True  # home shows the note
            names = ", ".join(t.name for t in plan.due_today)
            message = self.tr("Today is a training day for {names}.").format(names=names)
            if self.tray is not None:
                self.tray.show()
                self.tray.showMessage(
                    self.tr("sterkblijven"), message, QSystemTrayIcon.MessageIcon.Information
                )
        # After midnight, what home says about today and this week is out of date, and the
        # day's backup is due.
        if new_day:
            self.keep_backups()
        if new_day and self.stack.currentWidget() is self.home_page:
            self.show_home()
        self._aim_reminder(plan)

    def bring_forward(self) -> None:
        """Show the window in front: from the tray, or when the app is started a second time."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def show_suggestions(self, trainee_id: int, name: str, who: Decider) -> None:
        """Show the suggestions waiting for a trainee, decided on by the carer or the trainee."""
        self._suggestions_from = self.stack.currentWidget()
        self.suggestions_page.show_trainee(trainee_id, name, who)
        self.stack.setCurrentWidget(self.suggestions_page)

    def show_equipment(self, trainee_id: int, name: str) -> None:
        """Show a trainee's dumbbells and band ladder for the carer to change."""
        self.equipment_page.show_trainee(trainee_id, name)
        self.stack.setCurrentWidget(self.equipment_page)

    def show_routine(self, trainee_id: int, name: str) -> None:
        """Show a trainee's weekly plan for the carer to change."""
        self.routine_page.show_trainee(trainee_id, name)
        self.stack.setCurrentWidget(self.routine_page)

    def on_trainee_suggestions(self) -> None:
        """Let the trainee decide on their own suggestions, when the carer allows it."""
        overview = self.home_page.overview()
        if overview is not None and overview.trainee.id is not None:
            self.show_suggestions(overview.trainee.id, overview.trainee.name, Decider.TRAINEE)

    def on_suggestions_back(self) -> None:
        """Return to the carer part or the home screen, where the suggestions were opened."""
        if self._is_page(self._suggestions_from, "carer"):
            self.show_carer_page()
        else:
            self.show_home()

    def on_add_trainee(self) -> None:
        """Run the first-run questions for another person; Cancel returns to the carer part."""
        if self.wizard is not None:
            self.stack.removeWidget(self.wizard)
            self.wizard.deleteLater()
        self.wizard = self._new_wizard(cancellable=True)
        self.stack.setCurrentWidget(self.wizard)

    def on_add_cancelled(self) -> None:
        """Leave the questions for a new person without storing anything."""
        if self.wizard is not None:
            self.stack.removeWidget(self.wizard)
            self.wizard.deleteLater()
            self.wizard = None
        self.show_carer_page()

    def show_wizard(self) -> None:
        """Show the first-run wizard."""
        if self.wizard is None:
            self.wizard = self._new_wizard(cancellable=False)
        self.stack.setCurrentWidget(self.wizard)

    def _new_wizard(self, *, cancellable: bool) -> FirstRunWizard:
        from sterkblijven.ui.first_run.wizard import FirstRunWizard

        wizard = FirstRunWizard(
            self._onboarding.check_person,
            self._preferences.language,
            clock=self._monotonic,
            cancellable=cancellable,
        )
        wizard.completed.connect(self.on_wizard_completed)
        wizard.language_chosen.connect(self.on_language_chosen)
        wizard.cancelled.connect(self.on_add_cancelled)
        self.stack.addWidget(wizard)
        return wizard

    def show_home(self) -> None:
        """Show this week for the current trainee."""
        trainees = self._guard(self._home.trainees) or []
        if self._trainee_id not in {t.id for t in trainees}:
            self._trainee_id = trainees[0].id if trainees else None
        if self._trainee_id is None:
            self.show_wizard()
            return
        self.home_page.switch_button.setVisible(len(trainees) > 1)
        trainee_id = self._trainee_id
        overview = self._guard(lambda: self._home.overview(trainee_id))
        if overview is not None:
            self.home_page.show_overview(overview)
        shown = self._guard(
            lambda: (self._progress.everyday(trainee_id), self._fitness.retest(trainee_id))
        )
        if shown is not None:
            self.home_page.show_progress(*shown)
        self.stack.setCurrentWidget(self.home_page)

    def show_tests(self) -> None:
        """Show the functional tests for the current trainee."""
        if self._trainee_id is None:
            return
        self.fitness_page.open(self._trainee_id)
        self.stack.setCurrentWidget(self.fitness_page)

    def show_progress(self) -> None:
        """Show the progress charts of the current trainee."""
        if self._trainee_id is None:
            return
        self._progress_from = None
        overview = self.home_page.overview()
        self.progress_page.do_test.setVisible(overview is None or overview.training_allowed)
        self.progress_page.open(self._trainee_id)
        self.stack.setCurrentWidget(self.progress_page)

    def show_progress_of(self, trainee_id: int) -> None:
        """Show someone's progress from the carer part; Back returns there."""
        self._progress_from = self.carer_page
        self.progress_page.do_test.hide()  # tests are done by the person, from their home
        self.progress_page.open(trainee_id)
        self.stack.setCurrentWidget(self.progress_page)

    def on_progress_back(self) -> None:
        """Return from the progress page to where it was opened."""
        if self._is_page(self._progress_from, "carer"):
            self.show_carer_page()
        else:
            self.show_home()

    def show_catalogue(self) -> None:
        """Show every exercise."""
        self.stack.setCurrentWidget(self.catalogue_page)

    def show_exercise(self, exercise: Exercise) -> None:
        """Show one exercise; Back returns to the page it was opened from."""
        self._return_to = self.stack.currentWidget()
        self.exercise_page.show_exercise(exercise)
        self.stack.setCurrentWidget(self.exercise_page)

    def on_exercise_back(self) -> None:
        """Return from an exercise to where it was opened."""
        back = self._return_to
        if back is not None and (
            self._is_page(back, "catalogue") or self._is_page(back, "session")
        ):
            self.stack.setCurrentWidget(back)
        else:
            self.show_home()

    def on_start_training(self) -> None:
        """Open this week's session, or the unfinished one, at the step it reached."""
        trainee_id = self._trainee_id
        if trainee_id is None:
            return
        state = self._guard_refusal(lambda: self._training.start(trainee_id))
        overview = self.home_page.overview()
        if state is not None and overview is not None:
            self.session_page.open(state, overview.trainee.name)
            self.stack.setCurrentWidget(self.session_page)

    def on_close_session(self) -> None:
        """Close an unfinished session as it is; everything in it stays."""
        trainee_id = self._trainee_id
        if trainee_id is None:
            return
        running = self._guard(lambda: self._training.resume(trainee_id))
        if running is not None and self._attempt(partial(self._training.close_as_is, running.id)):
            self._events.announce(Change.SESSIONS)

    def on_checkin_answered(self, joints: JointFeeling, long_stiffness: bool) -> None:
        """Store the next-day answers about the last session."""
        overview = self.home_page.overview()
        if overview is None or overview.checkin_session_id is None:
            return
        session_id = overview.checkin_session_id
        trainee_id = overview.trainee.id or 0
        answer = partial(
            self._training.record_checkin, trainee_id, session_id, joints, long_stiffness
        )
        if self._attempt(answer):
            self._events.announce(Change.ROUTINE)

    def open_settings(self) -> SettingsDialog:
        """Open the settings; choices apply at once."""
        from sterkblijven.ui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(self._preferences, self, self.try_voice, self._autostart)
        # Deleted on close: hidden dialogs would live on and be restyled at every theme change.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.preferences_changed.connect(self.on_preferences_changed)
        dialog.carer_requested.connect(self.open_carer)
        self.settings_dialog = dialog
        dialog.finished.connect(lambda _result: setattr(self, "settings_dialog", None))
        dialog.open()
        return dialog

    def try_voice(self, sentence: str) -> bool:
        """Say a sentence at the chosen speed; return False when no voice is available."""
        if not self._cues.speech_available():
            return False
        self._cues.say(sentence)
        return True

    def on_preferences_changed(self, preferences: Preferences) -> None:
        """Apply and keep new preferences."""
        self._preferences = preferences
        self._cues.set_speech_enabled(preferences.speech)
        self._cues.set_rate(preferences.speech_rate_value)
        self._apply_preferences(preferences)
        if "progress" in self._pages:
            self.progress_page.apply_theme()

    def on_language_chosen(self, language: str) -> None:
        """Switch the language from the wizard's first step."""
        # Every other choice (text size, contrast, voice) stays as it was.
        self.on_preferences_changed(dataclasses.replace(self._preferences, language=language))

    def on_wizard_completed(self, answers: FirstRunAnswers) -> None:
        """Store the first-run answers and go home; refusals are shown on the wizard."""
        if self.wizard is None:
            return  # already completed
        try:
            result = self._onboarding.complete(answers)
        except InputRefused as refused:
            self.wizard.show_problem(refusal(refused.code, refused.limits))
            return
        except DatabaseProblem as problem:
            self.wizard.show_problem(database_problem(problem.code))
            return
        self._trainee_id = result.trainee.id
        self._preferences = Preferences(
            language=answers.language,
            text_scale=self._preferences.text_scale,
            high_contrast=self._preferences.high_contrast,
            current_trainee_id=result.trainee.id,
        )
        self._events.announce(Change.TRAINEES)
        self._events.announce(Change.ROUTINE)
        self.show_home()
        self.stack.removeWidget(self.wizard)
        self.wizard.deleteLater()
        self.wizard = None

    def on_readiness_confirmed(self) -> None:
        """Record that the trainee may train after talking with the GP."""
        trainee_id = self._trainee_id
        if trainee_id is None:
            return
        if self._guard(lambda: self._home.confirm_readiness(trainee_id)) is not None:
            self._events.announce(Change.READINESS)

    def on_data_changed(self, change: str) -> None:
        """Refresh what shows the changed data."""
        exercise_shown = "exercise" in self._pages and self.exercise_page.exercise() is not None
        if change == Change.PREFERENCES and exercise_shown:
            self.exercise_page.retranslate_ui()  # pictures follow the text size
        shown_on_home = (Change.TRAINEES, Change.ROUTINE, Change.SESSIONS, Change.READINESS)
        if change in shown_on_home and self.stack.currentWidget() is self.home_page:
            self.show_home()
        # The next reminder depends on the planned days only, not on sessions done.
        if change in (Change.ROUTINE, Change.TRAINEES, Change.READINESS):
            self.schedule_reminder()
        if change in (Change.TESTS, Change.SESSIONS) and self._showing("progress"):
            self.progress_page.refresh()

    def _guard(self, action: Callable[[], _T]) -> _T | None:
        """Run a service call; a data problem is explained in plain words and gives None."""
        try:
            return action()
        except DatabaseProblem as problem:
            self._explain(problem)
            return None

    def _attempt(self, action: Callable[[], object]) -> bool:
        """Run a service call for its effect; return False after explaining a data problem."""
        try:
            action()
        except DatabaseProblem as problem:
            self._explain(problem)
            return False
        return True

    def _guard_refusal(self, action: Callable[[], _T]) -> _T | None:
        """Like _guard, and a refusal is explained in plain words too."""
        try:
            return self._guard(action)
        except InputRefused as refused:
            QMessageBox.information(
                self, self.tr("Not possible"), refusal(refused.code, refused.limits)
            )
            return None

    def _explain(self, problem: DatabaseProblem) -> None:
        QMessageBox.warning(self, self.tr("Problem with your data"), database_problem(problem.code))

    def retranslate_ui(self) -> None:
        """Set the window title in the current language."""
        self.setWindowTitle(self.tr("sterkblijven – stay strong"))
