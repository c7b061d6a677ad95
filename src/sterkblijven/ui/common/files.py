"""Asking where to save or which file to open, and which printer to use.

Pages receive a FileChooser instead of calling the dialogs themselves, so tests and the
self-test can answer for the person without a modal dialog on the screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

if TYPE_CHECKING:  # printing support is loaded when something is printed, not at start
    from PySide6.QtPrintSupport import QPrinter


def documents_folder() -> Path:
    """Return the person's documents folder, where files are offered to be saved."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def with_suffix_of(path: Path, suggested: Path) -> Path:
    """Return the path ending as the suggested name does (a name typed without ".pdf")."""
    if path.suffix.lower() == suggested.suffix.lower():
        return path
    return path.with_name(path.name + suggested.suffix)


class FileChooser:
    """Asks with the system's own file and print dialogs."""

    def save_file(self, parent: QWidget, title: str, suggested: Path, kind: str) -> Path | None:
        """Return where to save, with the suggested name's ending; None when cancelled."""
        chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), kind)
        return with_suffix_of(Path(chosen), suggested) if chosen else None

    def open_file(self, parent: QWidget, title: str, kind: str) -> Path | None:
        """Return the file to open; None when cancelled."""
        chosen, _ = QFileDialog.getOpenFileName(parent, title, str(documents_folder()), kind)
        return Path(chosen) if chosen else None

    def choose_folder(self, parent: QWidget, title: str) -> Path | None:
        """Return a folder to save into; None when cancelled."""
        chosen = QFileDialog.getExistingDirectory(parent, title, str(documents_folder()))
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
