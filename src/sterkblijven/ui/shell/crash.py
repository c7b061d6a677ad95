"""When something goes wrong while the app runs: log it, say so calmly, help the helpdesk.

Without this, an error in a button's action would be printed to a console an installed app does
not have, and forgotten; a carer calling for help would have nothing to send.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import PySide6
from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    Qt,
    QTimer,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from sterkblijven.diagnostics import (
    HARMLESS,
    DiagnosticLog,
    helpdesk_bundle,
    install_excepthook,
    open_log,
)
from sterkblijven.paths import DataPaths
from sterkblijven.ui.common.files import FileChooser, documents_folder
from sterkblijven.ui.common.widgets import (
    BigButton,
    ErrorLabel,
    Retranslating,
    ScrollPage,
    TextLabel,
    button_row,
    page_with_footer,
)
from sterkblijven.words.basics import path_text
from sterkblijven.words.problems import cannot_save_there

# The window the dialog belongs to, asked when it opens (None: a window of its own).
ParentProvider = Callable[[], QWidget | None]
# Debug and info messages are Qt talking to developers; they are neither kept nor shown.
_KEPT = {
    QtMsgType.QtWarningMsg: "warning",
    QtMsgType.QtCriticalMsg: "critical",
    QtMsgType.QtFatalMsg: "fatal",
}


class CrashDialog(Retranslating, QDialog):
    """Says calmly that something went wrong and the data is kept; offers the helpdesk file."""

    def __init__(
        self,
        files: FileChooser,
        write_bundle: Callable[[Path], None],
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setModal(True)
        self._files = files
        self._write_bundle = write_bundle
        self._today = today
        self._saved_to: Path | None = None
        self._failed = False
        self.page = ScrollPage()
        self.title = TextLabel("title")
        self.explanation = TextLabel()
        self.save = BigButton()
        self.saved = TextLabel("notice")
        self.saved.hide()
        self.error = ErrorLabel()
        self.close_button = BigButton("primary")
        body = self.page.body
        body.addWidget(self.title)
        body.addWidget(self.explanation)
        body.addLayout(button_row(self.save))
        body.addWidget(self.saved)
        body.addWidget(self.error)
        body.addStretch(1)
        page_with_footer(self, self.page, button_row(self.close_button, stretch_first=True))
        self.save.clicked.connect(self.on_save)
        self.close_button.clicked.connect(self.reject)
        self.retranslate_ui()
        self.resize(900, 700)

    def on_save(self) -> None:
        """Ask where to save the helpdesk file, write it, and say where it is."""
        suggested = documents_folder() / f"sterkblijven-helpdesk-{self._today():%Y-%m-%d}.zip"
        path = self._files.save_file(
            self,
            self.tr("Save information for the helpdesk"),
            suggested,
            self.tr("Zip file (*.zip)"),
        )
        if path is None:
            return
        try:
            self._write_bundle(path)
        except OSError:
            self._saved_to, self._failed = None, True
        else:
            self._saved_to, self._failed = path, False
        self._show_result()

    def _show_result(self) -> None:
        if self._saved_to is None:
            self.saved.hide()
        else:
            text = self.tr(
                "The information was saved in this file: {path}\nYou can send this file to the "
                "helpdesk by e-mail. It holds no names and nothing about your training."
            ).format(path=path_text(self._saved_to))
            self.saved.setText(text)
            self.saved.setAccessibleName(text)
            self.saved.show()
        self.error.show_message(cannot_save_there() if self._failed else "")
        # At large text the answer falls below the button: bring it into view once laid out.
        shown = self.saved if self._saved_to is not None else self.error
        QTimer.singleShot(0, self, lambda: self.page.ensureWidgetVisible(shown))

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle("sterkblijven")
        self.title.setText(self.tr("Something went wrong. Your data has been kept."))
        self.explanation.setText(
            self.tr(
                "You can go on using the program. If something does not work as it should, "
                "close sterkblijven and start it again."
            )
        )
        self.save.setText(self.tr("Save information for the helpdesk"))
        self.close_button.setText(self.tr("Close"))
        self._show_result()


class CrashHandling(QObject):
    """Notes uncaught errors and Qt's warnings in the log; shows the crash dialog, one at a time."""

    # Emitted wherever the error happened (a thread, too); the dialog opens on the window's
    # thread, once the event loop is back, not inside the error hook.
    crashed = Signal()

    def __init__(
        self,
        app: QApplication,
        log: DiagnosticLog,
        files: FileChooser,
        parent_provider: ParentProvider,
    ) -> None:
        super().__init__(app)
        self.log = log
        self.dialog: CrashDialog | None = None
        self._app = app
        self._files = files
        self._parent_provider = parent_provider
        self._dialog_broken = False
        self._start_noted = False
        self.crashed.connect(self.show_dialog, Qt.ConnectionType.QueuedConnection)
        self._undo_hooks = install_excepthook(log, self.crashed.emit)
        self._previous_handler = qInstallMessageHandler(self._on_qt_message)
        app.aboutToQuit.connect(log.stopped)

    def show_dialog(self) -> None:
        """Open the crash dialog, unless it is open already (errors meanwhile go to the log)."""
        if self.dialog is not None or self._dialog_broken:
            return
        try:
            dialog = CrashDialog(self._files, self.write_bundle, self._parent_provider())
        except Exception as error:
            # An error in the dialog itself would otherwise ask for the dialog again, forever.
            self._dialog_broken = True
            self.log.uncaught(error, "the crash dialog")
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_dialog_closed)
        self.dialog = dialog
        dialog.show()  # a new window opens above its parent, without raise_()
        dialog.activateWindow()
        dialog.close_button.setFocus()

    def write_bundle(self, path: Path) -> None:
        """Write the helpdesk file to ``path``; OSError when it cannot be."""
        helpdesk_bundle(path, self.log, qt_facts(self._app), datetime.now())

    def note_start(self) -> None:
        """Note the start in the log, once, with the versions the program runs on."""
        if not self._start_noted:
            self._start_noted = True
            self.log.started({"Qt": qVersion(), "PySide6": PySide6.__version__})

    def uninstall(self) -> None:
        """Put back the hooks and message handler found, and close the log."""
        self._undo_hooks()
        qInstallMessageHandler(self._previous_handler)
        self._app.aboutToQuit.disconnect(self.log.stopped)
        self.log.close()
        self.deleteLater()

    def _on_dialog_closed(self, _result: int) -> None:
        self.dialog = None

    def _on_qt_message(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        level = _KEPT.get(kind)
        if level is not None and not any(harmless in message for harmless in HARMLESS):
            self.log.qt_message(level, message)
        if self._previous_handler is not None:
            self._previous_handler(kind, context, message)
        elif sys.stderr is not None:  # as Qt itself does, when there is a console
            print(message, file=sys.stderr)


def qt_facts(app: QApplication) -> dict[str, str]:
    """Return the versions, platform and screens only Qt can tell."""
    facts = {
        "Qt": qVersion(),
        "PySide6": PySide6.__version__,
        "Qt platform": app.platformName(),
        "style": app.style().name(),
    }
    for number, screen in enumerate(app.screens(), start=1):
        size = screen.size()
        facts[f"screen {number}"] = (
            f"{size.width()}x{size.height()} px, scale {screen.devicePixelRatio():g}, "
            f"{screen.logicalDotsPerInch():.0f} dpi"
        )
    return facts


def install_crash_handling(
    app: QApplication, paths: DataPaths, files: FileChooser, parent_provider: ParentProvider
) -> CrashHandling:
    """Keep a log in the data folder and offer the crash dialog; once, after the window exists.

    The start itself, with the versions, is noted by ``note_start`` once the first screen shows:
    finding the versions of what is not loaded yet would hold up the start.
    """
    log = open_log(paths.root, paths.logs)
    return CrashHandling(app, log, files, parent_provider)
