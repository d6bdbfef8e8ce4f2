"""Interface language: our translations and Qt's own, loaded at start; right to left for Arabic."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication

TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"

# Language code -> name in that language. Adding a language: a .ts file and one line here.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "ar": "العربية",
}

_installed: list[QTranslator] = []


def chosen_language() -> str:
    """The language from the settings, else the system locale's if we have it, else English."""
    value = str(QSettings().value("ui/language", "") or "")
    if value in LANGUAGES:
        return value
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install_language(app: QApplication, language: str) -> None:
    """Load our translation and Qt's for ``language``, set the default locale and direction."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    locale = QLocale(language)
    QLocale.setDefault(locale)
    if language != "en":
        ours = QTranslator(app)
        if ours.load(str(TRANSLATIONS_DIR / f"skillassess_{language}.qm")):
            app.installTranslator(ours)
            _installed.append(ours)
        qt = QTranslator(app)
        if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if locale.textDirection() == Qt.LayoutDirection.RightToLeft else Qt.LayoutDirection.LeftToRight
    )


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
