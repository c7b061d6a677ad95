"""The dialog that asks where to save: it opens in a folder that exists, in the app's language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QStandardPaths
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel

from sterkblijven.app import AppContext
from sterkblijven.i18n import Translations
from sterkblijven.ui.common import files as files_module
from sterkblijven.ui.common.files import FileChooser, documents_folder, uses_own_dialog
from tests.ui.carer.test_data_pages import open_data_page
from tests.ui.flows import complete_wizard

DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Return a home folder for the test, whose Documents folder the system names but lacks."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    missing = str(folder / "Documents")

    def location(kind: QStandardPaths.StandardLocation) -> str:
        if kind is QStandardPaths.StandardLocation.DocumentsLocation:
            return missing
        return str(folder)

    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(location))
    return folder


class Asked:
    """Stands in for Qt's dialogs: records what each was asked, and answers Cancel."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []
        for name in ("getSaveFileName", "getOpenFileName", "getExistingDirectory"):
            monkeypatch.setattr(QFileDialog, name, staticmethod(self._answer(name)))

    def _answer(self, name: str) -> Any:
        def answer(*args: Any, **kwargs: Any) -> Any:
            self.calls.append((name, args, kwargs))
            return "" if name == "getExistingDirectory" else ("", "")

        return answer


def test_without_a_documents_folder_the_dialog_opens_in_the_home_folder(
    context: AppContext, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Saving everything, with no Documents folder: the dialog starts in the home folder."""
    asked = Asked(monkeypatch)
    window = context.window
    complete_wizard(window)
    open_data_page(window)
    page = window.pages.data
    page._files = FileChooser()
    page.export_json.click()
    page.export_csv.click()
    page.import_file.click()
    assert [name for name, _args, _kw in asked.calls] == [
        "getSaveFileName",
        "getExistingDirectory",
        "getOpenFileName",
    ]
    started = [Path(args[2]) for _name, args, _kw in asked.calls]
    assert started[0].parent == home
    assert started[1:] == [home, home]
    assert documents_folder() == home


def test_an_existing_documents_folder_is_where_files_are_offered(home: Path) -> None:
    """Once the Documents folder exists, saving starts there again."""
    (home / "Documents").mkdir()
    assert documents_folder() == home / "Documents"


def test_qt_own_dialog_speaks_the_app_language_when_the_system_speaks_another() -> None:
    """Dutch app on an English system: Qt's own dialog; the same language: the system's."""
    assert uses_own_dialog(DUTCH, ENGLISH)
    assert not uses_own_dialog(DUTCH, DUTCH)
    assert not uses_own_dialog(ENGLISH, ENGLISH)


def test_the_dialog_is_asked_for_without_the_native_one_when_languages_differ(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FileChooser passes DontUseNativeDialog when the app speaks Dutch on an English system."""
    asked = Asked(monkeypatch)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: ENGLISH))
    previous = QLocale()
    QLocale.setDefault(DUTCH)
    try:
        chooser = FileChooser()
        chooser.save_file(None, "t", Path("x.json"), "k")  # type: ignore[arg-type]
        chooser.open_file(None, "t", "k")  # type: ignore[arg-type]
        chooser.choose_folder(None, "t")  # type: ignore[arg-type]
    finally:
        QLocale.setDefault(previous)
    own = QFileDialog.Option.DontUseNativeDialog
    assert all(kw["options"] & own for _name, _args, kw in asked.calls)


def dialog_texts(qapp: QApplication, language: str | None) -> list[str]:
    """Return the label and button texts of Qt's own save dialog in a language (None: Qt's)."""
    translations = Translations(qapp)
    if language is not None:
        translations.switch(language)
    try:
        dialog = QFileDialog(None, "t", str(Path.home()), "k (*.json)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.show()
        QApplication.processEvents()
        widgets = [*dialog.findChildren(QLabel), *dialog.findChildren(QAbstractButton)]
        texts = [w.text() for w in widgets if w.isVisible() and w.text()]
        dialog.close()
        dialog.deleteLater()
    finally:
        translations.remove()
    return texts


def test_every_text_of_qt_own_dialog_has_a_dutch_translation(qapp: QApplication) -> None:
    """A label or button that Qt's Dutch leaves in English is one the app translates itself."""
    english = dialog_texts(qapp, None)
    dutch = dialog_texts(qapp, "nl")
    assert len(english) == len(dutch) >= 4
    left = {source for source, shown in zip(english, dutch, strict=True) if source == shown}
    assert left <= set(files_module.QT_DIALOG_WORDS), left
