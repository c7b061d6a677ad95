"""The composition root: builds the Qt app, data, services and window, and wires them."""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

# The plain-Python part of the app is imported before PySide6 on purpose: once PySide6 is
# loaded it reads the source of every module imported after it (for its opt-in "__feature__"
# switches), which made the start slower and larger. SQLAlchemy and the use cases are not
# imported here at all: a start shows home from a read model first and loads them after its
# first paint (see ServicesLoader).
from sterkblijven import __version__, resources
from sterkblijven.autostart import Autostart, launch_command
from sterkblijven.domain.catalogue import CatalogueError
from sterkblijven.domain.preferences import Preferences
from sterkblijven.paths import DataPaths, default_data_dir
from sterkblijven.services.catalogue import load_catalogue, load_precautions, load_protocols
from sterkblijven.services.connection import PasswordVault, server_url, try_login
from sterkblijven.services.errors import DatabaseProblem
from sterkblijven.services.preferences import ComputerSettings, PreferencesStore
from sterkblijven.storage.home_read import HomeReader

# isort: split
from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication

from sterkblijven.i18n import Translations
from sterkblijven.loading import FrontPeople, HomeFront, ServicesLoader, make_services
from sterkblijven.startup import (
    ProblemReporter,
    Recoverer,
    claim_folder,
    open_data,
    recover_with_dialog,
    show_problem,
    tell,
    unwritable_folder,
)
from sterkblijven.ui.common import theme
from sterkblijven.ui.common.computer_settings import QtComputerSettings
from sterkblijven.ui.common.cues import Cues
from sterkblijven.ui.common.events import AppEvents, Change
from sterkblijven.ui.common.example import ExampleStarter
from sterkblijven.ui.common.files import FileChooser
from sterkblijven.ui.common.practice import PracticeLink, PracticeSettings
from sterkblijven.ui.shell.crash import CrashHandling, install_crash_handling
from sterkblijven.ui.shell.login_dialog import LoginChoice, LoginDialog
from sterkblijven.ui.shell.main_window import MainWindow
from sterkblijven.ui.shell.pages import Parts
from sterkblijven.ui.shell.window_place import WindowPlaces, move_place
from sterkblijven.words.example import example_name, example_problem
from sterkblijven.words.problems import catalogue_problem, database_problem, folder_problem

if TYPE_CHECKING:
    from sterkblijven.instance import SingleInstance
    from sterkblijven.services.example import ExampleFolder
    from sterkblijven.storage import Database


# This computer's own settings, in the data folder when no other place is given to build().
COMPUTER_FILE = "this-computer.ini"


@dataclass
class AppContext:
    """Everything the running app is made of, for the self-test and tests to reach."""

    app: QApplication
    loader: ServicesLoader
    translations: Translations
    events: AppEvents
    window: MainWindow
    backups: Path
    preferences: PreferencesStore  # this computer's comfort settings, per person

    @property
    def database(self) -> Database:
        """Return the open database, opening it (and loading the use cases) if need be."""
        self.loader.services()
        database = self.loader.database
        assert database is not None  # loaded: the database is open
        return database

    def database_backups(self) -> list[Path]:
        """Return the backup files in the data folder, oldest first."""
        return sorted(self.backups.glob("*.sqlite3")) if self.backups.is_dir() else []

    def close(self) -> None:
        """Uninstall the translations, then delete the window and close the database."""
        # Translations first: removing them sends every widget a LanguageChange, which must
        # not reach a window that is half destroyed.
        self.translations.remove()
        self.window.close()
        self.window.background.wait()
        self.window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.loader.close()


def make_qt_app(argv: list[str]) -> QApplication:
    """Return the QApplication, creating it once."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv)
    app.setApplicationName("sterkblijven")
    app.setApplicationVersion(__version__)
    app.setStyle("Fusion")  # the same look and metrics on every system; the theme styles it
    return app


def build(
    app: QApplication,
    data_dir: Path,
    *,
    database_url: str | None = None,
    language: str | None = None,
    report: ProblemReporter,
    clock: Callable[[], datetime] = datetime.now,
    speech_engine: str | None = None,
    monotonic: Callable[[], float] = time.monotonic,
    files: FileChooser | None = None,
    autostart: Autostart | None = None,
    recover: Recoverer | None = None,
    folder_checked: bool = False,
    computer: ComputerSettings | None = None,
    practice: PracticeLink | None = None,
    quick: bool = False,
    example: ExampleStarter | None = None,
    in_example: bool = False,
) -> AppContext | None:
    """Build and wire the app; report a problem in plain words and return None if it cannot.

    ``folder_checked`` says the caller has already found that the data folder takes writes.
    ``computer`` keeps this computer's own settings (text size and the like); without it they
    are kept in a file in the data folder, so that tests and the self-test leave the user's
    own settings alone. ``practice`` offers the first run a way to a practice's server (kept in
    the computer's settings); without it the first run shows only what a trainee at home needs.
    ``quick``: where the data folder's database is up to date, the first screen is read with
    the read model and the database is opened (with SQLAlchemy) only after the first paint.
    ``example`` opens the example beside the window; ``in_example`` builds the example's own.
    """
    # Large text and controls from the first moment, also for a message about a problem.
    theme.apply(app, theme.theme_for(100, high_contrast=False))
    translations = Translations(app)
    translations.switch(language or "nl")
    try:
        catalogue = load_catalogue()
        protocols = load_protocols()
        precautions = load_precautions()  # a broken file is told at start, like the catalogue
    except CatalogueError as error:
        report(catalogue_problem(error.source, error.field, error.problem))
        translations.remove()  # the translator must not outlive the data it reads from
        return None
    paths = DataPaths(data_dir)
    unsaved = None if database_url or folder_checked else unwritable_folder(paths)
    if unsaved is not None:
        report(folder_problem(unsaved, paths.root))
        translations.remove()
        return None
    reader = HomeReader.open(paths.database) if quick and database_url is None else None
    if reader is not None and reader.old_preferences_left():
        reader.close()  # the first start after an update moves them, on the usual path
        reader = None
    database = None
    if reader is None:
        database = open_data(paths, database_url, report, recover)
        if database is None:
            translations.remove()
            return None
    loader = ServicesLoader(
        lambda: open_data(paths, database_url, report, recover),
        lambda opened: make_services(opened, catalogue, precautions, paths.backups, clock),
        database,
        reader,
    )
    if database is not None:
        loader()  # opened already: the use cases are made at once, as before any quick start
    if computer is None:
        computer = QtComputerSettings.in_file(paths.root / COMPUTER_FILE)
    store = PreferencesStore(database, computer, FrontPeople(reader, loader))
    # A database that takes no writes: the copy on this computer is made and used already,
    # and the values left in the database are moved at a later start.
    with contextlib.suppress(DatabaseProblem):
        store.move_from_database()
    events = AppEvents()

    def apply_preferences(chosen: Preferences, save: bool = True) -> None:
        theme.apply(app, theme.theme_for(chosen.text_scale, chosen.high_contrast))
        translations.switch(chosen.language)
        if save:
            try:
                store.save(chosen)
            except DatabaseProblem as problem:
                report(database_problem(problem.code))
        events.announce(Change.PREFERENCES)

    preferences = _preferences(app, store, language)
    apply_preferences(preferences, save=False)
    parts = Parts(
        catalogue=catalogue,
        protocols=protocols,
        load=loader,
        loaded=loader.loaded,
        reads=HomeFront(reader, loader, catalogue, clock),
        cues=Cues(speech_engine),
        load_picture=resources.picture,
        files=files or FileChooser(),
        autostart=autostart,
        clock=clock,
        monotonic=monotonic,
        practice=practice,
        on_server=database is not None and database.is_server,
        person_values=store,
    )
    window = MainWindow(
        parts,
        events,
        preferences,
        apply_preferences,
        app_icon,
        preferences_for=lambda trainee_id: _person_preferences(app, store, trainee_id, language),
        example=example,
        in_example=in_example,
    )
    return AppContext(app, loader, translations, events, window, paths.backups, store)


def _system_high_contrast(app: QApplication) -> bool:
    # Qt 6.10+ reports the system's contrast setting; it is followed until one is chosen here.
    hints = app.styleHints()  # held: the accessibility hints belong to it
    system_contrast = hints.accessibility().contrastPreference()
    return system_contrast == Qt.ContrastPreference.HighContrast


def _person_preferences(
    app: QApplication, store: PreferencesStore, trainee_id: int | None, language: str | None
) -> Preferences:
    preferences = store.for_person(trainee_id, _system_high_contrast(app))
    # A language given on the command line holds for the whole run, whoever is chosen.
    if language is not None:
        preferences = dataclasses.replace(preferences, language=language)
    return preferences


def _preferences(app: QApplication, store: PreferencesStore, language: str | None) -> Preferences:
    preferences = store.load(_system_high_contrast(app))
    if language is not None:
        preferences = dataclasses.replace(preferences, language=language)
    return preferences


def app_icon() -> QIcon:
    """Return the app's icon, drawn from its SVG at the sizes systems ask for."""
    icon = QIcon()
    data = QByteArray(resources.app_icon())
    for size in (16, 24, 32, 48, 64, 128, 256):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        if pixmap.loadFromData(data, "SVG"):
            icon.addPixmap(pixmap.scaled(size, size))
    return icon


def _data_arguments(options: argparse.Namespace) -> list[str]:
    """Return the options that say where the data is, for starting the app the same way."""
    arguments: list[str] = []
    if options.data_dir is not None:
        arguments += ["--data-dir", str(options.data_dir.resolve())]
    if options.database_url is not None:
        arguments += ["--database-url", options.database_url]
    return arguments


def practice_link(settings: QSettings, vault: PasswordVault | None = None) -> PracticeLink:
    """Return the link to a practice's server kept in the computer's settings."""
    return PracticeLink(PracticeSettings(settings), vault or PasswordVault(), try_login)


# Asks the carer to log in to a stored server (after a problem's code, "" for none).
LoginAsker = Callable[[PracticeLink, str], tuple[LoginChoice, str]]


def ask_login(link: PracticeLink, problem: str) -> tuple[LoginChoice, str]:
    """Show the login dialog for the stored server; return the choice and the server's URL."""
    server = link.settings.server()
    if server is None:
        return LoginChoice.DISCONNECTED, ""
    dialog = LoginDialog(link, server, problem)
    dialog.exec()
    return dialog.choice, dialog.url


def stored_server_url(link: PracticeLink, ask: LoginAsker = ask_login) -> str | bool | None:
    """Return the URL of the server this computer is connected to, with its password.

    None: the data is on this computer (never connected, or disconnected at the login).
    False: the carer chose to stop. A kept password is tried first; the login dialog asks
    when there is none, or when it no longer works (saying why).
    """
    server = link.settings.server()
    if server is None:
        return None
    problem = ""
    kept = link.vault.recall(server)
    if kept:
        problem = link.try_login(server, kept)
        if not problem:
            return server_url(server, kept)
    choice, url = ask(link, problem)
    if choice is LoginChoice.LOGGED_IN:
        return url
    if choice is LoginChoice.DISCONNECTED:
        return None
    return False


def run(options: argparse.Namespace) -> int:
    """Start the window on the data the options name; return the exit code when it closes."""
    app = make_qt_app(sys.argv[:1])
    data_dir = options.data_dir or default_data_dir()
    instance = None  # a database server takes care of its own writers
    if options.database_url is None:
        claimed = claim_folder(app, data_dir, options.lang)
        if isinstance(claimed, int):
            return claimed
        instance = claimed
    try:
        return _run_window(app, options, data_dir, instance)
    finally:
        if instance is not None:
            instance.release()


def _run_window(
    app: QApplication,
    options: argparse.Namespace,
    data_dir: Path,
    instance: SingleInstance | None,
    settings: QSettings | None = None,
) -> int:
    """Open the window on the data, again on other data each time the data moves.

    ``settings`` are the computer's own (the system's unless given), which say whether its
    data is on a practice's server.
    """
    computer = (
        QtComputerSettings(settings) if settings is not None else QtComputerSettings.for_this_user()
    )
    link = practice_link(computer.settings)
    url: str | None = options.database_url
    if url is None:
        translations = Translations(app)  # the login speaks the chosen language too
        translations.switch(options.lang or "nl")
        theme.apply(app, theme.theme_for(100, high_contrast=False))
        stored = stored_server_url(link)
        translations.remove()
        if stored is False:
            return 0
        url = stored if isinstance(stored, str) else None
    holder: list[MainWindow] = []
    crash: list[CrashHandling] = []
    try:
        return _open_windows(app, options, data_dir, instance, (computer, link), url, holder, crash)
    finally:
        for handling in crash:
            handling.uninstall()


def _open_windows(
    app: QApplication,
    options: argparse.Namespace,
    data_dir: Path,
    instance: SingleInstance | None,
    computer_and_link: tuple[QtComputerSettings, PracticeLink],
    url: str | None,
    holder: list[MainWindow],
    crash: list[CrashHandling],
) -> int:
    computer, link = computer_and_link
    while True:
        context = build(
            app,
            data_dir,
            computer=computer,
            database_url=url,
            language=options.lang,
            report=show_problem,
            autostart=Autostart(launch_command() + _data_arguments(options)),
            recover=recover_with_dialog,
            folder_checked=instance is not None,  # claiming the folder looked at it
            practice=link,
            quick=True,
            example=ExampleStarter(launch_command()),
        )
        if context is None:
            return 1
        window = context.window
        if not crash:
            paths = DataPaths(data_dir)
            crash.append(install_crash_handling(app, paths, FileChooser(), lambda: holder[-1]))
        holder.append(window)
        window.settled.connect(crash[0].note_start)  # the versions, once all is loaded
        if instance is not None:
            instance.show_requested.connect(window.bring_forward)
            # A second start is heard once the first screen shows (it waits for that).
            window.first_painted.connect(instance.listen, Qt.ConnectionType.QueuedConnection)
        window.data_unavailable.connect(lambda: app.exit(1))  # the problem has been told
        if options.exit_after_first_paint:
            window.first_painted.connect(lambda: app.exit(0))
        elif options.exit_when_settled:
            window.settled.connect(lambda: app.exit(0))
        connected: list[str] = []

        # Connected to a server in the first run, or disconnected from it in the carer part:
        # this window closes, and one on the other data opens.
        def switch(new: str, chosen: list[str] = connected) -> None:
            chosen.append(new)
            # exit, not quit: quit would close the windows first, and a window closed while the
            # loop runs leaves a request to quit that would end the next window's loop at once.
            app.exit(0)

        window.reopen_requested.connect(switch)
        window.start()
        # The place belongs to this computer and its screens, not to the data.
        places = WindowPlaces(computer.settings)
        move_place(data_dir / "window.ini", places)
        window.open_on_screen(places)
        try:
            code = app.exec()
        finally:
            window.background.wait()
            context.close()
        if not connected:
            return code
        url = connected[0] or None  # "" is this computer's own data


def run_example(options: argparse.Namespace) -> int:
    """Open the example on a throwaway folder of its own; remove the folder when it closes."""
    from sterkblijven.services.example import ExampleFolder

    app = make_qt_app(sys.argv[:1])
    try:
        folder = ExampleFolder.make()
    except OSError:
        tell(app, options.lang, example_problem)
        return 1
    try:
        return _run_example(app, options, folder)
    finally:
        folder.remove()


def _run_example(app: QApplication, options: argparse.Namespace, folder: ExampleFolder) -> int:
    """Fill the example's folder, then show it in a window marked as the example."""
    from sterkblijven.services.example import comfort_settings, fill_example
    from sterkblijven.services.preferences import COMPUTER_GROUP

    # Its own settings, in its own folder: it starts as the program looked (text size,
    # contrast, voice), and what is changed in it stays there.
    computer = QtComputerSettings.in_file(folder.root / COMPUTER_FILE)
    computer.write(COMPUTER_GROUP, comfort_settings(QtComputerSettings.for_this_user()))
    translations = Translations(app)
    translations.switch(options.lang or "nl")
    name = example_name()
    translations.remove()
    try:
        fill_example(folder, load_catalogue(), name=name, now=datetime.now())
    except (CatalogueError, DatabaseProblem, OSError):
        tell(app, options.lang, example_problem)
        return 1
    context = build(
        app,
        folder.root,
        computer=computer,
        language=options.lang,
        report=show_problem,
        folder_checked=True,  # just made, and filled
        in_example=True,
    )
    if context is None:
        return 1
    window = context.window
    crash = install_crash_handling(app, folder.paths, FileChooser(), lambda: window)
    window.settled.connect(crash.note_start)
    if options.exit_after_first_paint:
        window.first_painted.connect(lambda: app.exit(0))
    elif options.exit_when_settled:
        window.settled.connect(lambda: app.exit(0))
    window.start()
    window.open_on_screen(WindowPlaces(computer.settings))
    try:
        return app.exec()
    finally:
        window.background.wait()
        context.close()
        crash.uninstall()
