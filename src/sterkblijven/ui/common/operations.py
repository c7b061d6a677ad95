"""The one way a widget runs a service call: a refusal or a data problem is told in plain words."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from sterkblijven.services.errors import ChangedMeanwhile, DatabaseProblem, InputRefused
from sterkblijven.words.problems import database_problem
from sterkblijven.words.refusals import refusal
from sterkblijven.words.versions import changed_meanwhile

_T = TypeVar("_T")
Show = Callable[[str], None]
# The code of a save that failed because a practice's server could not be reached.
CONNECTION_LOST = frozenset({"connection_lost", "server_unreachable"})


class ConnectionWatch(QObject):
    """Says whether the last call reached the data: for the status line in server mode.

    Told by every call run through ``attempt``, so the line changes with the saves themselves,
    with no timer asking the server while the app is idle.
    """

    reached = Signal(bool)


connection_watch = ConnectionWatch()


def attempt(
    action: Callable[[], _T],
    show: Show,
    *,
    refused: Show | None = None,
    changed: Callable[[], None] | None = None,
) -> tuple[bool, _T | None]:
    """Run a service call; a refusal or data problem is shown in plain words instead.

    Returns whether it succeeded, and its result. Success shows "" (clearing a message on
    screen). A refusal goes to ``refused`` when given, else to ``show``. Nothing recorded
    before is touched. A save refused because someone changed the same thing meanwhile first
    runs ``changed`` (the screen reads the stored state again), then says who and when.
    """
    try:
        result = action()
    except ChangedMeanwhile as error:
        if changed is not None:
            changed()
        (refused or show)(changed_meanwhile(error))
        return False, None
    except InputRefused as error:
        (refused or show)(refusal(error.code, error.limits))
        return False, None
    except DatabaseProblem as problem:
        show(database_problem(problem.code))
        if problem.code in CONNECTION_LOST:
            connection_watch.reached.emit(False)
        return False, None
    connection_watch.reached.emit(True)
    show("")
    return True, result


class MessageBoxes:
    """Tells a problem in a message box over a window, for screens without a message area."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent

    def problem(self, text: str) -> None:
        """Show a problem with the data; an empty text shows nothing."""
        if text:
            title = QCoreApplication.translate("Operations", "Problem with your data")
            QMessageBox.warning(self._parent, title, text)

    def not_possible(self, text: str) -> None:
        """Show why something cannot be done; an empty text shows nothing."""
        if text:
            title = QCoreApplication.translate("Operations", "Not possible")
            QMessageBox.information(self._parent, title, text)

    def attempt(self, action: Callable[[], _T]) -> tuple[bool, _T | None]:
        """Run a service call, telling a refusal or data problem in a message box."""
        return attempt(action, self.problem, refused=self.not_possible)
