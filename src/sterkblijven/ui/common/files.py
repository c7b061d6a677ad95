"""Asking where to save or which file to open, and which printer to use.

Pages receive a FileChooser instead of calling the dialogs themselves, so tests and the
self-test can answer for the person without a modal dialog on the screen.

The dialogs speak the program's language. The system's own file dialog speaks the system's:
when that is another, Qt's own dialog is used, translated by Qt's Dutch (qtbase_nl, loaded with
the program's own translation) and, for the few words Qt 6 asks for that it lacks, by the
program's translation.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

if TYPE_CHECKING:  # printing support is loaded when something is printed, not at start
    from PySide6.QtPrintSupport import QPrinter


# Labels of Qt's own file dialog that Qt's Dutch translation knows only without their access
# key ("Look in:"): the program's translation gives them in Dutch.
QT_DIALOG_WORDS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def documents_folder() -> Path:
    """Return the person's documents folder, where files are offered to be saved.

    The system names one even where it was never made (or was removed): a dialog told to
    start in a folder that is not there starts in the program's own folder instead. Then the
    home folder is offered.
    """
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else None
    return folder if folder is not None and folder.is_dir() else Path.home()


def uses_own_dialog(program: QLocale, system: QLocale) -> bool:
    """Return True when the program speaks another language than the system's own dialogs."""
    return program.language() != system.language()


def _options() -> QFileDialog.Option:
    if uses_own_dialog(QLocale(), QLocale.system()):
        return QFileDialog.Option.DontUseNativeDialog
    return QFileDialog.Option(0)


def with_suffix_of(path: Path, suggested: Path) -> Path:
    """Return the path ending as the suggested name does (a name typed without ".pdf")."""
    if path.suffix.lower() == suggested.suffix.lower():
        return path
    return path.with_name(path.name + suggested.suffix)


class FileChooser:
    """Asks with the system's own file and print dialogs."""

    def save_file(self, parent: QWidget, title: str, suggested: Path, kind: str) -> Path | None:
        """Return where to save, with the suggested name's ending; None when cancelled."""
        chosen, _ = QFileDialog.getSaveFileName(
            parent, title, str(suggested), kind, options=_options()
        )
        return with_suffix_of(Path(chosen), suggested) if chosen else None

    def open_file(self, parent: QWidget, title: str, kind: str) -> Path | None:
        """Return the file to open; None when cancelled."""
        chosen, _ = QFileDialog.getOpenFileName(
            parent, title, str(documents_folder()), kind, options=_options()
        )
        return Path(chosen) if chosen else None

    def choose_folder(self, parent: QWidget, title: str) -> Path | None:
        """Return a folder to save into; None when cancelled."""
        chosen = QFileDialog.getExistingDirectory(
            parent,
            title,
            str(documents_folder()),
            options=QFileDialog.Option.ShowDirsOnly | _options(),
        )
        return Path(chosen) if chosen else None

    def choose_printer(self, parent: QWidget) -> QPrinter | None:
        """Return the printer chosen in the print dialog; None when cancelled."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("Files", "Print"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return None
        return printer


class PresetFiles(FileChooser):
    """Answers every question with a path set beforehand: for the self-test and tests."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.open_path: Path | None = None  # the next file to open; None is Cancel
        self.cancel = False  # when True, every question is cancelled
        self.asked: list[str] = []  # the titles asked, in order

    def save_file(self, parent: QWidget, title: str, suggested: Path, kind: str) -> Path | None:
        """Return the suggested name inside the preset folder."""
        self.asked.append(title)
        return None if self.cancel else self.folder / suggested.name

    def open_file(self, parent: QWidget, title: str, kind: str) -> Path | None:
        """Return the preset file to open."""
        self.asked.append(title)
        return None if self.cancel else self.open_path

    def choose_folder(self, parent: QWidget, title: str) -> Path | None:
        """Return the preset folder."""
        self.asked.append(title)
        return None if self.cancel else self.folder

    def choose_printer(self, parent: QWidget) -> QPrinter | None:
        """Return a printer that writes a PDF into the preset folder."""
        from PySide6.QtPrintSupport import QPrinter

        self.asked.append("print")
        if self.cancel:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.folder / f"printed-{len(self.asked)}.pdf"))
        return printer
