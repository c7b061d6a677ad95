"""Loads PySide6 quietly: no source scans of later modules, no alarm about missing sound.

PySide6's import wrapper no longer reads the source of every later module, and Qt's words about
a machine without sound or voice stay out of the terminal (they are noted in the log once).
"""

import sys

import PySide6.QtCore  # noqa: F401  (installs the import wrapper that is quietened below)
from PySide6.QtCore import (
    QMessageLogContext,
    QtMsgType,
    qFormatLogMessage,
    qInstallMessageHandler,
)

from sterkblijven.diagnostics import MachineNotes


def _skip_feature_source_scan() -> None:
    """Stop PySide6 from reading the source of every module imported after it.

    PySide6 6.11 wraps ``__import__`` so that a module may opt in to its ``__feature__``
    switches (snake_case, true_property); to learn whether a module uses PySide it reads the
    module's whole source with ``inspect.getsource``. That made importing SQLAlchemy, numpy
    and pyqtgraph after PySide6 about a quarter slower, and kept their source text (up to
    28 MiB) in memory. The answer is now taken from the module's name: the app's own modules
    count as PySide users without switches, as the scan found; every other module is marked
    "ignore", which follows the switches in force, and none are: no module of this app opts in
    (a test holds that), and the libraries it uses do not either.
    """
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _is_own_module  # type: ignore[attr-defined]


def _is_own_module(module: object) -> bool:
    name = getattr(module, "__name__", "")
    return isinstance(name, str) and name.split(".", 1)[0] == "sterkblijven"


def _keep_machine_messages_out_of_the_terminal() -> None:
    """Note Qt's messages about missing sound or voice in the log once, and print the rest.

    Qt's audio and speech plugins warn without a logging category of their own ("default"), so
    filter rules cannot pick them out without hiding every other warning; a message handler
    can. It is installed here, before any QtMultimedia or QtTextToSpeech module loads; the
    crash handling installed later passes every message on to it.
    """
    notes = MachineNotes()
    previous: list[object] = []

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if notes.take(message):
            return
        earlier = previous[0] if previous else None
        if callable(earlier):
            earlier(kind, context, message)
        elif sys.stderr is not None:  # as Qt itself does, when there is a console
            print(qFormatLogMessage(kind, context, message), file=sys.stderr)

    previous.append(qInstallMessageHandler(handler))


_skip_feature_source_scan()
_keep_machine_messages_out_of_the_terminal()
