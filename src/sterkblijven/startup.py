"""The checks before the window: the data folder, one app per folder, and a way out.

The data folder must take writes; a second start brings the first window forward; and data
that cannot be opened offers a backup to put back, or a fresh start.
"""

from __future__ import annotations

import errno
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QMessageBox

from sterkblijven.i18n import Translations
from sterkblijven.instance import SingleInstance
from sterkblijven.paths import DataPaths
from sterkblijven.services.errors import DatabaseProblem
from sterkblijven.ui.common import theme
from sterkblijven.words.backups import restore_problem
from sterkblijven.words.problems import already_open, database_problem, folder_problem

if TYPE_CHECKING:
    from sterkblijven.storage import Database

# How long a second start waits for the first one to show its window and listen, and how
# often it asks meanwhile.
OTHER_START_SECONDS = 15.0
RETRY_SECONDS = 0.1
ProblemReporter = Callable[[str], None]
# Offered a data folder whose database cannot be opened, and why; True once it is usable again.
Recoverer = Callable[[str, DataPaths], bool]


def show_problem(text: str) -> None:
    """Tell a problem that stops the start, in a message box of its own."""
    QMessageBox.critical(None, "sterkblijven", text)


def unwritable_folder(paths: DataPaths) -> str | None:
    """Return why nothing can be saved in the data folder ("disk_full", "not_writable"), or None."""
    try:
        paths.ensure()
        paths.check_writable()
    except OSError as error:
        return "disk_full" if error.errno in (errno.ENOSPC, errno.EDQUOT) else "not_writable"
    return None


def open_data(
    paths: DataPaths, url: str | None, report: ProblemReporter, recover: Recoverer | None
) -> Database | None:
    """Open the data, offering a way out once when its own database cannot be opened.

    Data that is gone (no database, or an empty one, while its -wal or backups are left) is
    asked about as damaged data is, before a new database could be made over what is left.
    """
    # Loaded here, with SQLAlchemy: a start that shows home from its read model first opens
    # the data only after the first paint.
    from sterkblijven.services.backups import RECOVERABLE, data_gone
    from sterkblijven.storage import open_folder

    for attempt in (1, 2):
        try:
            paths.ensure()
            if attempt == 1 and url is None and data_gone(paths.database, paths.backups):
                raise DatabaseProblem("missing", str(paths.database))
            return open_folder(paths, url)
        except DatabaseProblem as problem:
            offered = attempt == 1 and url is None and problem.code in RECOVERABLE
            if offered and recover is not None:
                if recover(problem.code, paths):
                    continue
                return None  # the dialog said why, and the person chose to close
            report(database_problem(problem.code, at_start=True))
            return None
        except OSError:
            report(folder_problem("not_writable", paths.root))
            return None
    return None


def recover_with_dialog(code: str, paths: DataPaths) -> bool:
    """Offer the backups that pass their check, or a fresh start; carry out the choice."""
    from sterkblijven.services.backups import restore_folder, set_aside, usable_backups
    from sterkblijven.ui.shell.recovery_dialog import OFFERED_BACKUPS, RecoveryDialog

    dialog = RecoveryDialog(code, usable_backups(paths.backups, OFFERED_BACKUPS))
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
        words = restore_problem(code) if dialog.chosen_backup else database_problem(code)
        show_problem(words)
        return False
    return True


def tell(app: QApplication, language: str | None, text: Callable[[], str]) -> None:
    """Show a message before the app is built, large and in the chosen language."""
    theme.apply(app, theme.theme_for(100, high_contrast=False))
    translations = Translations(app)
    translations.switch(language or "nl")
    show_problem(text())
    translations.remove()


def claim_folder(app: QApplication, data_dir: Path, language: str | None) -> SingleInstance | int:
    """Take the data folder for this app, or say why not and return the exit code.

    One app per data folder: a second start shows the first window instead of a second
    writer. The folder is looked at before the lock, which lives in it: a folder that takes
    no writes would otherwise read as "already open".
    """
    code = unwritable_folder(DataPaths(data_dir))
    if code is None:
        instance = SingleInstance(data_dir)
        try:
            acquired = instance.acquire(listen=False)  # the app listens after its first paint
        except OSError:
            code = "not_writable"
    if code is not None:
        problem = code
        tell(app, language, lambda: folder_problem(problem, data_dir))
        return 1
    if acquired:
        return instance
    # The app that holds the folder listens only once its first screen shows: a second start
    # soon after the first (a double click) waits for it a little while.
    deadline = time.monotonic() + OTHER_START_SECONDS
    while not instance.ask_other_to_show():
        if time.monotonic() > deadline:
            tell(app, language, already_open)
            return 1
        time.sleep(RETRY_SECONDS)
        try:
            if instance.acquire(listen=False):  # the other app has closed meanwhile
                return instance
        except OSError:
            pass  # as before: the other app still holds it
    print("sterkblijven is already open; its window was brought forward")
    return 0
