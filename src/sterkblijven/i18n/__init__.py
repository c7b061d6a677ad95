"""Installing the app's and Qt's own translations, switchable while the app runs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from sterkblijven import resources

LANGUAGES = ("nl", "en")
LOCALES = {
    "nl": QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


class Translations:
    """Holds the installed translators; switching sends every widget a LanguageChange."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self._data: list[bytes] = []  # QTranslator.load(data) keeps no copy of its own
        self.language = ""

    def switch(self, language: str) -> None:
        """Speak ``language`` from now on (Dutch for anything unknown)."""
        if language not in LANGUAGES:
            language = "nl"
        if language == self.language:
            return
        self.remove()
        QLocale.setDefault(LOCALES[language])
        qt_own = QTranslator(self._app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{language}", folder):
            self._install(qt_own)
        content = resources.translation(language)
        if content is not None:
            ours = QTranslator(self._app)
            if ours.load(content):
                self._data.append(content)
                self._install(ours)
        self.language = language

    def remove(self) -> None:
        """Uninstall every translator this object installed."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
            translator.deleteLater()
        self._installed.clear()
        self._data.clear()
        self.language = ""

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)
