"""Where each kind of export goes, asked of the person, and the work that then writes it.

The data page offers four ways to save: everything in one file, tables for a Dutch or for any
spreadsheet, and the test results for a practice's record system (FHIR). Each asks where (a
file, or a folder for the tables) and returns the work for the page to run beside the window,
or None when the person cancelled.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from sterkblijven.services.exchange import Exchange, ExportSummary, Progress, Stop
from sterkblijven.ui.carer.data_work import Work
from sterkblijven.ui.common.files import FileChooser, documents_folder

# The work that writes an export, and the file or folder it writes.
Saving = tuple[Work, Path]


class FileWriter(Protocol):
    """Writes one export file, telling its progress, until asked to stop."""

    def __call__(self, path: Path, *, progress: Progress, stop: Stop) -> ExportSummary:
        """Write the file and return what was written."""


# The page's own words: they belong to its translation context.
translate = QCoreApplication.translate


class Exports:
    """Asks where to save each kind of export and hands back the work that writes it."""

    def __init__(self, exchange: Exchange, clock: Callable[[], datetime]) -> None:
        self._exchange = exchange
        self._clock = clock

    def everything(self, parent: QWidget, files: FileChooser) -> Saving | None:
        """Ask for a file that will hold everything, to be read in again."""
        return self._to_file(
            parent,
            files,
            (
                translate("DataPage", "Save everything"),
                f"sterkblijven-{self._stamp()}.json",
                translate("DataPage", "sterkblijven file (*.json)"),
            ),
            self._exchange.write_json,
        )

    def tables(self, parent: QWidget, files: FileChooser, *, dutch: bool) -> Saving | None:
        """Ask for a folder for the tables; they go into a dated folder inside it."""
        folder = files.choose_folder(
            parent, translate("DataPage", "Choose a folder for the tables")
        )
        if folder is None:
            return None
        # The Dutch ones in a folder of their own: the two forms never mix.
        target = folder / f"sterkblijven-{self._stamp()}{'-nl' if dutch else ''}"
        exchange = self._exchange
        return (
            lambda progress, stop: exchange.write_csv(
                target, progress=progress, stop=stop, dutch=dutch
            ),
            target,
        )

    def test_results(self, parent: QWidget, files: FileChooser) -> Saving | None:
        """Ask for a file for the test results in FHIR, for a practice's record system."""
        return self._to_file(
            parent,
            files,
            (
                translate("DataPage", "Save the test results for a practice system"),
                f"sterkblijven-fhir-{self._stamp()}.json",
                translate("DataPage", "FHIR file (*.json)"),
            ),
            self._exchange.write_fhir,
        )

    @staticmethod
    def _to_file(
        parent: QWidget, files: FileChooser, asked: tuple[str, str, str], write: FileWriter
    ) -> Saving | None:
        """Ask for one file (title, suggested name, kind) and return the work that writes it."""
        title, name, kind = asked
        path = files.save_file(parent, title, documents_folder() / name, kind)
        if path is None:
            return None
        return (lambda progress, stop: write(path, progress=progress, stop=stop), path)

    def _stamp(self) -> str:
        return self._clock().strftime("%Y-%m-%d")
