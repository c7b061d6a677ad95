"""The main window: one page at a time, moving between them on the pages' requests."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QPaintEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QSystemTrayIcon, QWidget

from sterkblijven.domain.catalogue import Exercise
from sterkblijven.domain.decisions import Decider
from sterkblijven.domain.model import Equipment
from sterkblijven.domain.preferences import Preferences
from sterkblijven.domain.session import SessionState
from sterkblijven.ui.common import theme
from sterkblijven.ui.common.events import AppEvents, Change
from sterkblijven.ui.common.example import ExampleBanner, ExampleStarter
from sterkblijven.ui.common.operations import MessageBoxes, attempt
from sterkblijven.ui.common.widgets import Retranslating, TextLabel
from sterkblijven.ui.shell.background import BackgroundBackups
from sterkblijven.ui.shell.pages import Pages, Parts
from sterkblijven.ui.shell.reminders import Reminders
from sterkblijven.ui.shell.server_link import ServerLink
from sterkblijven.ui.shell.window_place import WindowPlaces, current_place, open_in_place

if TYPE_CHECKING:
    from sterkblijven.services.onboarding import FirstRunAnswers
    from sterkblijven.ui.first_run.server_page import ServerPage
    from sterkblijven.ui.first_run.wizard import FirstRunWizard
    from sterkblijven.ui.settings.dialog import SettingsDialog

PreferencesApplier = Callable[[Preferences], None]
# A person's own preferences on this computer; the computer's own for None (nobody chosen).
PreferencesFinder = Callable[[int | None], Preferences]


class MainWindow(Retranslating, QMainWindow):
    """Holds the pages and routes between them."""

    # The data moved: the app goes on with the database at this URL ("" for this computer's
    # own), after connecting to a practice's server or disconnecting from it.
    reopen_requested = Signal(str)
    first_painted = Signal()  # the first page is on screen
    # After the first paint the use cases are loaded, the backups due started and the charts
    # made ready, a step at a time; then this. The data could not be opened: data_unavailable.
    settled = Signal()
    data_unavailable = Signal()

    def __init__(
        self,
        parts: Parts,
        events: AppEvents,
        preferences: Preferences,
        apply_preferences: PreferencesApplier,
        app_icon: Callable[[], QIcon] | None = None,
        *,
        preferences_for: PreferencesFinder,
        example: ExampleStarter | None = None,
        in_example: bool = False,
    ) -> None:
        """Make the window; ``example`` opens the example beside it, ``in_example`` marks this one.

        The example's own window has a banner across the top, never reminds and makes no
        backups: nothing in it is kept.
        """
        super().__init__()
        self._example = example
        self.in_example = in_example
        self._parts = parts
        self._events = events
        self._preferences = preferences
        self._apply_preferences = apply_preferences
        self._preferences_for = preferences_for
        # Whose comfort settings are in force: a person's id, or None for the computer's own.
        self._settings_of = preferences.current_trainee_id
        self._before_adding: int | None = None  # who was shown when a new person is added
        self._trainee_id = preferences.current_trainee_id
        self._return_to: QWidget | None = None  # where an exercise was opened from
        self._suggestions_from: QWidget | None = None
        self._progress_from: QWidget | None = None
        # The session opened once the introduction before a first session has been read.
        self._after_introduction: tuple[SessionState, str] | None = None
        parts.cues.set_speech_enabled(preferences.speech)
        parts.cues.set_rate(preferences.speech_rate_value)
        self.problems = MessageBoxes(self)
        self.stack = QStackedWidget()
        self.pages = Pages(self.stack, parts, events, self)
        self.wizard: FirstRunWizard | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.reminders = Reminders(
            lambda: parts.home.reminders(), parts.clock, self.problems.problem, self
        )
        self.background = BackgroundBackups(lambda: parts.backups)
        self._painted = False  # whether the window has been on screen yet
        self.tray: QSystemTrayIcon | None = None
        self._app_icon = app_icon  # drawn after the first paint: the SVG renderer loads then
        self.banner = ExampleBanner() if in_example else None
        if self.banner is not None:
            self.banner.close_requested.connect(self.close)
        self.setCentralWidget(self.stack if self.banner is None else self.banner.above(self.stack))
        self.server = ServerLink(self, self.stack, parts, self.show_wizard)
        self.server.reopen_requested.connect(self.reopen_requested)
        self.resize(1100, 820)  # until open_on_screen() fits it to the screen it opens on
        self._places: WindowPlaces | None = None
        self._connect_signals()
        self.retranslate_ui()

    def _connect_signals(self) -> None:
        self._events.changed.connect(self.on_data_changed)
        home = self.pages.home
        home.exercise_chosen.connect(self.show_exercise)
        home.catalogue_requested.connect(self.show_catalogue)
        home.settings_requested.connect(self.open_settings)
        home.training_opened.connect(self.on_training_opened)
        home.switch_requested.connect(self.show_choose)
        home.suggestions_requested.connect(self.on_trainee_suggestions)
        home.tests_requested.connect(self.show_tests)
        home.progress_requested.connect(self.show_progress)
        self.reminders.training_day.connect(self.on_training_day)
        self.reminders.new_day.connect(self.on_new_day)

    def preferences(self) -> Preferences:
        """Return the preferences in force."""
        return self._preferences

    def picture_width(self) -> int:
        """Return the width of an exercise picture at the chosen text size."""
        return theme.theme_for(self._preferences.text_scale, False).picture_px()

    def current_theme(self) -> theme.Theme:
        """Return the theme in force."""
        return theme.theme_for(self._preferences.text_scale, self._preferences.high_contrast)

    def _trainees(self) -> list[int]:
        people = self.problems.attempt(self._parts.reads.trainees)[1] or []
        return [person.id for person in people if person.id is not None]

    def start(self) -> None:
        """Show the first page: the wizard on a new computer, name tiles for several, or home."""
        if self._parts.loaded() and not self.in_example:  # else once loaded, after the first paint
            self.reminders.start()
        trainees = self._trainees()
        if not trainees:
            self._use_preferences_of(None)
            self.show_wizard()
        elif len(trainees) > 1:
            # Until someone taps their name, the name tiles show in the computer's own settings.
            self._use_preferences_of(None)
            self.show_choose()
        else:
            self._trainee_id = trainees[0]
            self.show_home()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Once the first page is on screen, load and start what it did not need."""
        super().paintEvent(event)
        if not self._painted:
            # The use cases, today's and this week's copy and the charts wait until the first
            # page shows: together they take half a second, and the person should not wait.
            self._painted = True
            if self.banner is not None and self.banner.close_button.hasFocus():
                # Never the first control in the example's window: a key pressed without
                # looking must not close it. Tab still reaches it first.
                self.banner.close_button.clearFocus()
            self.first_painted.emit()
            QTimer.singleShot(0, self, self._load_after_paint)

    def _load_after_paint(self) -> None:
        """Load the use cases, then start the reminders and the backups that are due."""
        self._show_icon()
        if self._parts.load() is None:
            self.data_unavailable.emit()  # the problem was told; the app stops
            return
        if not self.in_example:  # the example reminds of nothing and keeps nothing
            if not self.reminders.started:
                self.reminders.start()
            self.background.keep()
        # A turn of the event loop between the steps, so a tap in between is answered.
        QTimer.singleShot(0, self, self._prepare_charts)

    def _show_icon(self) -> None:
        """Give the window and the tray the app's icon."""
        if self._app_icon is None:
            return
        icon = self._app_icon()
        self.setWindowIcon(icon)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.activated.connect(lambda _reason: self.bring_forward())

    def _prepare_charts(self) -> None:
        """Make the progress page (and load the chart library) while the person reads home."""
        if self._trainees():
            self.pages.progress.prepare()
        self.settled.emit()

    def open_on_screen(self, places: WindowPlaces) -> None:
        """Show the window inside the screen, where it was last time if that is still shown."""
        self._places = places
        open_in_place(self, places)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window's place and size for the next start on this computer."""
        if self._places is not None:
            self._places.save(current_place(self))
        super().closeEvent(event)

    @property
    def server_page(self) -> ServerPage | None:
        """The page that asks where the data is kept, once it was shown."""
        return self.server.page

    @property
    def connection_line(self) -> TextLabel | None:
        """On a practice's server: the line that says whether the last save reached it."""
        return self.server.line

    def on_disconnect(self) -> None:
        """Disconnect this computer from the practice's server; go on with its own data."""
        self.server.leave()

    def on_training_day(self, names: str) -> None:
        """On a training-day morning: a message in the tray, where there is one."""
        if self.tray is not None:
            message = self.tr("Today is a training day for {names}.").format(names=names)
            self.tray.show()
            self.tray.showMessage(
                self.tr("sterkblijven"), message, QSystemTrayIcon.MessageIcon.Information
            )

    def on_new_day(self) -> None:
        """After midnight: the day's backup is due, and what home says about today changed."""
        self.background.keep()
        self._events.announce(Change.DAY)

    def bring_forward(self) -> None:
        """Show the window in front: from the tray, or when the app is started a second time."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def show_choose(self) -> None:
        """Show a name tile for everyone who trains on this computer."""
        reads = self._parts.reads
        people = self.problems.attempt(reads.trainees)[1] or []
        # Under each name the one thing to know about today, read for everyone at once.
        statuses = self.problems.attempt(reads.tiles)[1]
        self.pages.choose.show_people(people, statuses)
        self.stack.setCurrentWidget(self.pages.choose)

    def on_trainee_chosen(self, trainee_id: int) -> None:
        """Make the chosen person the one who trains, in their own text size and language."""
        self._trainee_id = trainee_id
        self.show_home()

    def _use_preferences_of(self, trainee_id: int | None) -> None:
        """Apply a person's own comfort settings (the computer's for None), unless in force."""
        if self._settings_of == trainee_id:
            return
        found = self.problems.attempt(lambda: self._preferences_for(trainee_id))[1]
        self._settings_of = trainee_id
        # When they could not be read, the settings in force stay, now as theirs.
        chosen = found or self._preferences
        self.on_preferences_changed(dataclasses.replace(chosen, current_trainee_id=trainee_id))

    def show_home(self) -> None:
        """Show this week for the current trainee, in their own settings."""
        trainees = self._trainees()
        if self._trainee_id not in trainees:
            self._trainee_id = trainees[0] if trainees else None
        if self._trainee_id is None:
            self.show_wizard()
            return
        self._use_preferences_of(self._trainee_id)
        self.pages.home.open(self._trainee_id, several=len(trainees) > 1)
        self.stack.setCurrentWidget(self.pages.home)

    def on_training_opened(self, state: SessionState, name: str) -> None:
        """Show this week's session, or the unfinished one, at the step it reached.

        Before a person's first session, once, the short words on training with sore joints.
        """
        trainees = self._parts.trainees
        seen = self.problems.attempt(lambda: trainees.has_seen_introduction(state.trainee_id))[1]
        if seen is False:  # None when it could not be read: the session is not held up
            self._after_introduction = (state, name)
            self.stack.setCurrentWidget(self.pages.intro)
            return
        self._open_session(state, name)

    def on_introduction_read(self) -> None:
        """Remember that the introduction was read, and open the session it was shown before."""
        waiting, self._after_introduction = self._after_introduction, None
        if waiting is None:
            self.show_home()
            return
        state, name = waiting
        self.problems.attempt(lambda: self._parts.trainees.mark_introduction_seen(state.trainee_id))
        self._open_session(state, name)

    def _open_session(self, state: SessionState, name: str) -> None:
        self.pages.session.open(state, name)
        self.stack.setCurrentWidget(self.pages.session)

    def open_carer(self) -> None:
        """Open the carer part, behind the PIN when one is set."""
        has_pin = self.problems.attempt(self._parts.carer.has_pin)[1]
        if has_pin is None:
            return
        if has_pin:
            self.pages.pin.reset()
            self.stack.setCurrentWidget(self.pages.pin)
        else:
            self.show_carer_page()

    def show_carer_page(self) -> None:
        """Show the carer part."""
        self.pages.carer.example.setVisible(self._example is not None)
        self.pages.carer.refresh()
        self.stack.setCurrentWidget(self.pages.carer)

    def show_data(self) -> None:
        """Show the backups and the saving and reading of files."""
        self.pages.data.open()
        self.stack.setCurrentWidget(self.pages.data)

    def show_papers(self, trainee_id: int, name: str) -> None:
        """Show the report, the exercise card and the calendar file of one person."""
        self.pages.papers.show_trainee(trainee_id, name)
        self.stack.setCurrentWidget(self.pages.papers)

    def show_paper_session(self, trainee_id: int, name: str) -> None:
        """Show the entering of a training done on the printed card, for one person."""
        self.pages.paper_session.show_trainee(trainee_id, name)
        self.stack.setCurrentWidget(self.pages.paper_session)

    def on_paper_session_back(self) -> None:
        """Go back from entering a training to the papers of the same person."""
        self.stack.setCurrentWidget(self.pages.papers)

    def on_data_replaced(self) -> None:
        """After a restore or an import: keep the screen's settings and show the new data."""
        # The settings belong to this computer: a restore or an import leaves them as they are.
        trainees = self._trainees()
        if self._trainee_id not in trainees:
            self._trainee_id = trainees[0] if trainees else None
            self._use_preferences_of(self._trainee_id)
        for change in (Change.TRAINEES, Change.ROUTINE, Change.SESSIONS, Change.TESTS):
            self._events.announce(change)

    def show_suggestions(self, trainee_id: int, name: str, who: Decider) -> None:
        """Show the suggestions waiting for a trainee, decided on by the carer or the trainee."""
        self._suggestions_from = self.stack.currentWidget()
        self.pages.suggestions.show_trainee(trainee_id, name, who)
        self.stack.setCurrentWidget(self.pages.suggestions)

    def show_equipment(self, trainee_id: int, name: str) -> None:
        """Show a trainee's dumbbells and band ladder for the carer to change."""
        self.pages.equipment.show_trainee(trainee_id, name)
        self.stack.setCurrentWidget(self.pages.equipment)

    def show_routine(self, trainee_id: int, name: str) -> None:
        """Show a trainee's weekly plan for the carer to change."""
        self.pages.routine.show_trainee(trainee_id, name)
        self.stack.setCurrentWidget(self.pages.routine)

    def on_trainee_suggestions(self) -> None:
        """Let the trainee decide on their own suggestions, when the carer allows it."""
        overview = self.pages.home.overview()
        if overview is not None and overview.trainee.id is not None:
            self.show_suggestions(overview.trainee.id, overview.trainee.name, Decider.TRAINEE)

    def on_suggestions_back(self) -> None:
        """Return to the carer part or the home screen, where the suggestions were opened."""
        if self.pages.is_page(self._suggestions_from, "carer"):
            self.show_carer_page()
        else:
            self.show_home()

    def on_add_trainee(self) -> None:
        """Run the first-run questions for another person; Cancel returns to the carer part."""
        # What is chosen in the questions is the new person's, not that of whoever was shown.
        self._before_adding = self._trainee_id
        self._settings_of = None
        self._drop_wizard()
        # Whose dumbbells and bands can be copied; without them, the questions ask as usual.
        found = self.problems.attempt(self._parts.overview.equipment)[1] or []
        sources = [(person.name, equipment) for person, equipment in found]
        self.wizard = self._new_wizard(cancellable=True, equipment_sources=sources)
        self.stack.setCurrentWidget(self.wizard)

    def on_add_cancelled(self) -> None:
        """Leave the questions for a new person without storing anything."""
        self._drop_wizard()
        self._use_preferences_of(self._before_adding)
        self.show_carer_page()

    def _drop_wizard(self) -> None:
        if self.wizard is not None:
            self.stack.removeWidget(self.wizard)
            self.wizard.deleteLater()
            self.wizard = None

    def show_wizard(self) -> None:
        """Show the first-run wizard."""
        if self.wizard is None:
            self.wizard = self._new_wizard(cancellable=False)
        self.stack.setCurrentWidget(self.wizard)

    def _new_wizard(
        self, *, cancellable: bool, equipment_sources: list[tuple[str, Equipment]] | None = None
    ) -> FirstRunWizard:
        from sterkblijven.ui.first_run.wizard import FirstRunWizard

        wizard = FirstRunWizard(
            self._parts.onboarding.check_person,
            self._preferences.language,
            clock=self._parts.monotonic,
            cancellable=cancellable,
            text_scale=self._preferences.text_scale,
            high_contrast=self._preferences.high_contrast,
            offers_server=self._parts.practice is not None and not self._parts.on_server,
            equipment_sources=equipment_sources or (),
        )
        # The example is offered to someone new here, not when adding a person.
        wizard.language_step.example.setVisible(self._example is not None and not cancellable)
        wizard.language_step.example_requested.connect(self.open_example)
        wizard.server_requested.connect(self.server.show_choice)
        wizard.completed.connect(self.on_wizard_completed)
        wizard.language_chosen.connect(self.on_language_chosen)
        wizard.display_chosen.connect(self.on_display_chosen)
        wizard.cancelled.connect(self.on_add_cancelled)
        self.stack.addWidget(wizard)
        return wizard

    def on_wizard_completed(self, answers: FirstRunAnswers) -> None:
        """Store the first-run answers and go home; refusals are shown on the wizard."""
        wizard = self.wizard
        if wizard is None:
            return  # already completed
        done, result = attempt(
            lambda: self._parts.onboarding.complete(answers), wizard.show_problem
        )
        if not done or result is None:
            return
        self._trainee_id = result.trainee.id
        # The choices made in the questions become the new person's own on this computer.
        self.on_preferences_changed(
            dataclasses.replace(
                self._preferences, language=answers.language, current_trainee_id=result.trainee.id
            )
        )
        self._events.announce(Change.TRAINEES)
        self._events.announce(Change.ROUTINE)
        self.show_home()
        self._drop_wizard()

    def show_tests(self) -> None:
        """Show the functional tests for the current trainee."""
        if self._trainee_id is None:
            return
        self.pages.fitness.open(self._trainee_id)
        self.stack.setCurrentWidget(self.pages.fitness)

    def show_progress(self) -> None:
        """Show the progress charts of the current trainee."""
        if self._trainee_id is None:
            return
        self._progress_from = None
        overview = self.pages.home.overview()
        self.pages.progress.do_test.setVisible(overview is None or overview.training_allowed)
        self.pages.progress.open(self._trainee_id)
        self.stack.setCurrentWidget(self.pages.progress)

    def show_progress_of(self, trainee_id: int) -> None:
        """Show someone's progress from the carer part; Back returns there."""
        self._progress_from = self.pages.carer
        self.pages.progress.do_test.hide()  # tests are done by the person, from their home
        self.pages.progress.open(trainee_id)
        self.stack.setCurrentWidget(self.pages.progress)

    def on_progress_back(self) -> None:
        """Return from the progress page to where it was opened."""
        if self.pages.is_page(self._progress_from, "carer"):
            self.show_carer_page()
        else:
            self.show_home()

    def show_catalogue(self) -> None:
        """Show every exercise."""
        self.stack.setCurrentWidget(self.pages.catalogue)

    def show_exercise(self, exercise: Exercise) -> None:
        """Show one exercise; Back returns to the page it was opened from."""
        self._return_to = self.stack.currentWidget()
        self.pages.exercise.show_exercise(exercise)
        self.stack.setCurrentWidget(self.pages.exercise)

    def on_exercise_back(self) -> None:
        """Return from an exercise to where it was opened."""
        back = self._return_to
        if back is not None and (
            self.pages.is_page(back, "catalogue") or self.pages.is_page(back, "session")
        ):
            self.stack.setCurrentWidget(back)
        else:
            self.show_home()

    def open_settings(self) -> SettingsDialog:
        """Open the settings; choices apply at once."""
        from sterkblijven.ui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(
            self._preferences,
            self,
            self.try_voice,
            self._parts.autostart,
            sound_available=self._parts.cues.sound_available,
        )
        # Deleted on close: hidden dialogs would live on and be restyled at every theme change.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.preferences_changed.connect(self.on_preferences_changed)
        dialog.carer_requested.connect(self.open_carer)
        self.settings_dialog = dialog
        dialog.finished.connect(lambda _result: setattr(self, "settings_dialog", None))
        dialog.open()
        return dialog

    def open_example(self) -> None:
        """Open the example in a window of its own, beside this one."""
        if self._example is not None and not self._example.open(self._preferences.language):
            text = self.tr("The example could not be opened. Please try again.")
            self.problems.not_possible(text)

    def try_voice(self, sentence: str) -> bool:
        """Say a sentence at the chosen speed; return False when no voice is available."""
        if not self._parts.cues.speech_available():
            return False
        self._parts.cues.say(sentence)
        return True

    def on_preferences_changed(self, preferences: Preferences) -> None:
        """Apply and keep new preferences: the person's whose settings are in force, if no other."""
        if preferences.current_trainee_id is None:
            preferences = dataclasses.replace(preferences, current_trainee_id=self._settings_of)
        else:
            self._settings_of = preferences.current_trainee_id
        self._preferences = preferences
        self._parts.cues.set_speech_enabled(preferences.speech)
        self._parts.cues.set_rate(preferences.speech_rate_value)
        if "session" in self.pages.made():  # a page made later reads them when it is made
            self.pages.session.exercise.set_motion(preferences.motion)
        self._apply_preferences(preferences)

    def on_language_chosen(self, language: str) -> None:
        """Switch the language from the wizard's first step."""
        # Every other choice (text size, contrast, voice) stays as it was.
        self.on_preferences_changed(dataclasses.replace(self._preferences, language=language))

    def on_display_chosen(self, text_scale: int, high_contrast: bool) -> None:
        """Apply and keep the text size and contrast chosen in the wizard's first step."""
        self.on_preferences_changed(
            dataclasses.replace(
                self._preferences, text_scale=text_scale, high_contrast=high_contrast
            )
        )

    def on_data_changed(self, change: str) -> None:
        """Aim the reminders again when the planned days or the people changed."""
        # The next reminder depends on the planned days only, not on sessions done.
        if change in (Change.ROUTINE, Change.TRAINEES, Change.READINESS):
            self.reminders.schedule()

    def retranslate_ui(self) -> None:
        """Set the window title in the current language."""
        if self.in_example:
            self.setWindowTitle(self.tr("Example – sterkblijven – nothing is kept"))
        else:
            self.setWindowTitle(self.tr("sterkblijven – stay strong"))
        self.server.retranslate()
