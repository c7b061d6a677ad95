"""The composition root: builds the Qt app, data, services and window, and wires them."""

from __future__ import annotations

import argparse
import dataclasses
import errno
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

# The plain-Python part of the app (the data and everything built on it) is imported before
# PySide6 on purpose: once PySide6 is loaded it reads the source of every module imported
# after it (for its opt-in "__feature__" switches), which made the start about 120 ms slower
# and 18 MiB larger.
from sterkblijven import __version__, resources
from sterkblijven.autostart import Autostart, launch_command
from sterkblijven.cli import parse_arguments
from sterkblijven.domain.catalogue import Catalogue, CatalogueError
from sterkblijven.domain.preferences import Preferences
from sterkblijven.paths import DataPaths, default_data_dir
from sterkblijven.services.backups import Backups, list_backups, restore_folder, set_aside
from sterkblijven.services.carer import CarerAccess
from sterkblijven.services.catalogue import load_catalogue, load_protocols
from sterkblijven.services.errors import DatabaseProblem
from sterkblijven.services.fitness import FitnessTests
from sterkblijven.services.home import Home
from sterkblijven.services.onboarding import Onboarding
from sterkblijven.services.preferences import PreferencesStore
from sterkblijven.services.progress import Progress
from sterkblijven.services.setup import Setup
from sterkblijven.services.suggestions import LoadSuggestions
from sterkblijven.services.trainees import Trainees
from sterkblijven.services.training import Training
from sterkblijven.storage import Database, open_database
from sterkblijven.storage.database import sqlite_url
from sterkblijven.words.problems import (
    already_open,
    catalogue_problem,
    database_problem,
    folder_problem,
)

# isort: split
from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMessageBox

from sterkblijven.i18n import Translations
from sterkblijven.instance import SingleInstance
from sterkblijven.ui.common import theme
from sterkblijven.ui.common.cues import Cues
from sterkblijven.ui.common.events import AppEvents, Change
from sterkblijven.ui.common.files import FileChooser
from sterkblijven.ui.shell.main_window import MainWindow

if TYPE_CHECKING:
    from sterkblijven.services.exchange import Exchange
    from sterkblijven.services.reports import Reports

ProblemReporter = Callable[[str], None]
# Offered a data folder whose database cannot be opened, and why; True once it is usable again.
Recoverer = Callable[[str, DataPaths], bool]


@dataclass
class AppContext:
    """Everything the running app is made of, for the self-test and tests to reach."""

    app: QApplication
    database: Database
    translations: Translations
    events: AppEvents
    window: MainWindow
    backups: Path

    def database_backups(self) -> list[Path]:
        """Return the backup files in the data folder, oldest first."""
        return sorted(self.backups.glob("*.sqlite3")) if self.backups.is_dir() else []

    def close(self) -> None:
        """Uninstall the translations, then delete the window and close the database."""
        # Translations first: removing them sends every widget a LanguageChange, which must
        # not reach a window that is half destroyed.
        self.translations.remove()
        self.window.close()
        self.window.wait_for_backups()
        self.window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.database.close()


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
) -> AppContext | None:
    """Build and wire the app; report a problem in plain words and return None if it cannot.

    ``folder_checked`` says the caller has already found that the data folder takes writes.
    """
    # Large text and controls from the first moment, also for a message about a problem.
    theme.apply(app, theme.theme_for(100, high_contrast=False))
    translations = Translations(app)
    translations.switch(language or "nl")
    try:
        catalogue = load_catalogue()
        protocols = load_protocols()
    except CatalogueError as error:
        report(catalogue_problem(error.source, error.field, error.problem))
        translations.remove()  # the translator must not outlive the data it reads from
        return None
    paths = DataPaths(data_dir)
    if database_url is None and not folder_checked:
        unsaved = unwritable_folder(paths)
        if unsaved is not None:
            report(folder_problem(unsaved, paths.root))
            translations.remove()
            return None
    database = _open(paths, database_url, report, recover)
    if database is None:
        translations.remove()
        return None
    backups = Backups(database, paths.backups, clock)
    store = PreferencesStore(database)
    # Qt 6.10+ reports the system's contrast setting; it is followed until one is chosen here.
    hints = app.styleHints()  # held: the accessibility hints belong to it
    system_contrast = hints.accessibility().contrastPreference()
    preferences = store.load(system_contrast == Qt.ContrastPreference.HighContrast)
    if language is not None:
        preferences = dataclasses.replace(preferences, language=language)
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

    apply_preferences(preferences, save=False)
    window = MainWindow(
        catalogue=catalogue,
        onboarding=Onboarding(database, catalogue, clock),
        home=Home(database, clock),
        events=events,
        preferences=preferences,
        apply_preferences=apply_preferences,
        load_picture=resources.picture,
        training=Training(database, catalogue, clock, backups),
        cues=Cues(speech_engine),
        carer=CarerAccess(database, clock),
        trainees=Trainees(database, paths.backups, clock),
        setup=Setup(database, catalogue, clock),
        suggestions=LoadSuggestions(database, clock),
        fitness=FitnessTests(database, clock),
        protocols=protocols,
        progress=Progress(database, catalogue, clock),
        backups=backups,
        exchange=lambda: _exchange(database, paths.backups, clock),
        reports=lambda: _reports(database, catalogue, clock),
        files=files,
        autostart=autostart,
        app_icon=app_icon(),
        clock=clock,
        monotonic=monotonic,
    )
    return AppContext(app, database, translations, events, window, paths.backups)


def _exchange(database: Database, backups: Path, clock: Callable[[], datetime]) -> Exchange:
    # Loaded when the carer first opens the data page, not at every start.
    from sterkblijven.services.exchange import Exchange

    return Exchange(database, backups, clock)


def _reports(database: Database, catalogue: Catalogue, clock: Callable[[], datetime]) -> Reports:
    # Loaded when the carer first opens the papers page, not at every start.
    from sterkblijven.services.reports import Reports

    return Reports(database, catalogue, clock)


def _open(
    paths: DataPaths, url: str | None, report: ProblemReporter, recover: Recoverer | None
) -> Database | None:
    """Open the data, offering a way out once when its own database cannot be opened."""
    for attempt in (1, 2):
        try:
            paths.ensure()
            return open_database(url or sqlite_url(paths.database), paths.backups)
        except DatabaseProblem as problem:
            from sterkblijven.ui.shell.recovery_dialog import RECOVERABLE

            offered = attempt == 1 and url is None and problem.code in RECOVERABLE
            if offered and recover is not None:
                if recover(problem.code, paths):
                    continue
                return None  # the dialog said why, and the person chose to close
            report(database_problem(problem.code))
            return None
        except OSError:
            report(folder_problem("not_writable", paths.root))
            return None
    return None


def unwritable_folder(paths: DataPaths) -> str | None:
    """Return why nothing can be saved in the data folder ("disk_full", "not_writable"), or None."""
    try:
        paths.ensure()
        paths.check_writable()
    except OSError as error:
        return "disk_full" if error.errno in (errno.ENOSPC, errno.EDQUOT) else "not_writable"
    return None


def recover_with_dialog(code: str, paths: DataPaths) -> bool:
    """Offer the dated backups or a fresh start; carry out the choice; True when done."""
    from sterkblijven.ui.shell.recovery_dialog import RecoveryDialog

    dialog = RecoveryDialog(code, list_backups(paths.backups))
    if dialog.exec() != RecoveryDialog.DialogCode.Accepted:
        return False
    try:
        if dialog.chosen_backup is not None:
            restore_folder(dialog.chosen_backup, paths.database, paths.backups, datetime.now())
        elif dialog.start_afresh:
            set_aside(paths.database, paths.backups, datetime.now())
        else:
            return False
    except (DatabaseProblem, OSError) as problem:
        code = problem.code if isinstance(problem, DatabaseProblem) else "not_writable"
        QMessageBox.critical(None, "sterkblijven", database_problem(code))
        return False
    return True


def _tell(app: QApplication, language: str | None, text: Callable[[], str]) -> None:
    """Show a message before the app is built, large and in the chosen language."""
    theme.apply(app, theme.theme_for(100, high_contrast=False))
    translations = Translations(app)
    translations.switch(language or "nl")
    QMessageBox.critical(None, "sterkblijven", text())
    translations.remove()


def _data_arguments(options: argparse.Namespace) -> list[str]:
    """Return the options that say where the data is, for starting the app the same way."""
    arguments: list[str] = []
    if options.data_dir is not None:
        arguments += ["--data-dir", str(options.data_dir.resolve())]
    if options.database_url is not None:
        arguments += ["--database-url", options.database_url]
    return arguments


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


def reset_pin(data_dir: Path, database_url: str | None) -> int:
    """Remove the carer PIN (for a forgotten one); print one line and return the exit code."""
    paths = DataPaths(data_dir)
    if database_url is None and not paths.database.exists():
        print(f"sterkblijven: no data in {data_dir}; nothing to reset", file=sys.stderr)
        return 1
    try:
        database = open_database(database_url or sqlite_url(paths.database), paths.backups)
    except DatabaseProblem as problem:
        print(f"sterkblijven: the data cannot be opened ({problem.code})", file=sys.stderr)
        return 1
    try:
        removed = CarerAccess(database, datetime.now).remove_pin()
    finally:
        database.close()
    print("carer PIN removed" if removed else "there was no carer PIN; nothing changed")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Start the app (or its self-test) and return the exit code."""
    options = parse_arguments(argv)
    # Health data: every file the app writes (database, its WAL journal, backups) is the
    # owner's only, also in a data folder the user chose.
    os.umask(0o077)
    if options.self_test:
        from sterkblijven.selftest import run_self_test

        return run_self_test(options.screenshots)
    if options.reset_pin:
        return reset_pin(options.data_dir or default_data_dir(), options.database_url)
    if options.command is not None:
        from sterkblijven.commands import run

        return run(options)
    app = make_qt_app(sys.argv[:1])
    data_dir = options.data_dir or default_data_dir()

    def show_problem(text: str) -> None:
        QMessageBox.critical(None, "sterkblijven", text)

    # One app per data folder: a second start shows the first window instead of a second
    # writer. (A database server takes care of its own writers.)
    instance: SingleInstance | None = None
    if options.database_url is None:
        # Looked at before the lock, which lives in the same folder: a folder that takes no
        # writes would otherwise read as "already open".
        code = unwritable_folder(DataPaths(data_dir))
        if code is None:
            instance = SingleInstance(data_dir)
            try:
                acquired = instance.acquire()
            except OSError:
                code = "not_writable"
        if code is not None:
            problem = code
            _tell(app, options.lang, lambda: folder_problem(problem, data_dir))
            return 1
        assert instance is not None
        if not acquired:
            if instance.ask_other_to_show():
                print("sterkblijven is already open; its window was brought forward")
                return 0
            _tell(app, options.lang, already_open)
            return 1
    context = build(
        app,
        data_dir,
        database_url=options.database_url,
        language=options.lang,
        report=show_problem,
        autostart=Autostart(launch_command() + _data_arguments(options)),
        recover=recover_with_dialog,
        folder_checked=True,  # just above, before the lock
    )
    if context is None:
        return 1
    if instance is not None:
        instance.show_requested.connect(context.window.bring_forward)
    context.window.start()
    context.window.show()
    try:
        return app.exec()
    finally:
        context.window.wait_for_backups()
        context.database.close()
        if instance is not None:
            instance.release()
