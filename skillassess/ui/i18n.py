"""Interface language: our translations and Qt's own, loaded at start; right to left for Arabic.

Adding a language (see README, "Languages"): one line in ``LANGUAGES`` and one
``resources/translations/skillassess_<code>.ts`` file, created and filled by
``tools/update_translations.py``, compiled into the package (``skillassess/resources/translations``).

A language change is applied fully at the next start (the main window offers to restart at once):
widgets already built keep their texts, new ones are built in the new language.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionViewItem,
    QWidget,
)

from skillassess.core.languages import ENV_LANGUAGE, LANGUAGES
from skillassess.resources import fonts_dir, translations_dir

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = translations_dir()
SETTINGS_KEY = "ui/language"

# Language code -> name of the language in that language (shown untranslated in the language menu);
# kept in core/languages.py (the CLI uses it too). Adding a language: a .ts file and one line there.

_installed: list[QTranslator] = []
_current = "en"
_generation = 0


def chosen_language() -> str:
    """SKILLASSESS_LANGUAGE if set (for one run: trying a language, tests), else the language from the
    settings, else the system locale's if we have it, else English."""
    forced = os.environ.get(ENV_LANGUAGE, "")
    if forced in LANGUAGES:
        return forced
    value = str(QSettings().value(SETTINGS_KEY, "") or "")
    if value in LANGUAGES:
        return value
    return system_language()


def system_language() -> str:
    """The system locale's language if we have it, else English."""
    for name in [QLocale.system().name(), *QLocale.system().uiLanguages()]:
        code = name.replace("-", "_").split("_")[0]
        if code in LANGUAGES:
            return code
    return "en"


def current_language() -> str:
    """The language installed now."""
    return _current


def generation() -> int:
    """A number that changes whenever another language is installed (for caches of translated text)."""
    return _generation


def save_language(language: str) -> None:
    """Remember ``language`` for the next start (``""`` = follow the system)."""
    if language and language not in LANGUAGES:
        raise ValueError(f"Unknown language {language!r}")
    QSettings().setValue(SETTINGS_KEY, language)


DIGITS_KEY = "ui/latin_digits"


def latin_digits() -> bool:
    """The user's choice of Latin digits (0-9) in a language written with others (Arabic-Indic by default)."""
    value = QSettings().value(DIGITS_KEY, False)
    return value in (True, "true", "1", 1)


def save_latin_digits(on: bool) -> None:
    """Remember the digits for the next start."""
    QSettings().setValue(DIGITS_KEY, bool(on))


def uses_other_digits(language: str) -> bool:
    """Whether ``language`` writes numbers with other digits than 0-9 (Arabic: ٠-٩)."""
    return QLocale(language).toString(0) != "0"


def locale_for(language: str) -> QLocale:
    """The locale for dates and numbers: the system's when it is in ``language`` (fr_SN, ar_LB...).

    One digit convention for every page: the locale's own (Arabic-Indic for Arabic), or Latin digits
    when the user chose them (View → Language → Latin digits): Arabic as written in Tunisia, whose
    locale writes 0-9."""
    system = QLocale.system()
    locale = system if QLocale(language).language() == system.language() else QLocale(language)
    if latin_digits() and uses_other_digits(language) and locale.language() == QLocale.Language.Arabic:
        return QLocale(QLocale.Language.Arabic, QLocale.Country.Tunisia)
    return locale


def number(value: int | str) -> str:
    """A number (or a string of digits, such as a level) in the digits of the interface locale."""
    if isinstance(value, str):
        return QLocale().toString(int(value)) if value.isdigit() else value
    return QLocale().toString(value)


def qm_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"skillassess_{language}.qm"


def compiled_translation(language: str) -> Path | None:
    """The .qm file of ``language``, if there is one. It is compiled from ``resources/translations/*.ts``
    when the package is built (setup.py: wheels, sdists, ``pip install -e``) and by ``make``; the
    application never compiles at run time (an installed or frozen copy has no .ts and no lrelease)."""
    qm = qm_path(language)
    return qm if qm.exists() else None


def install_language(app: QApplication, language: str) -> None:
    """Load our translation and Qt's for ``language``, set the default locale and direction."""
    global _current, _generation
    if language not in LANGUAGES:
        language = "en"
    register_fonts(app)
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    locale = locale_for(language)
    QLocale.setDefault(locale)
    # English has a catalogue too: its plural forms ("1 candidate", "30 candidates").
    ours = QTranslator(app)
    qm = compiled_translation(language)
    if qm is not None and ours.load(str(qm)):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("No translation for %s in %s", language, TRANSLATIONS_DIR)
    if language != "en":
        qt = QTranslator(app)
        if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    app.setLayoutDirection(direction(language))
    if direction(language) == Qt.LayoutDirection.RightToLeft:
        _isolate_item_texts(app)
    _current = language
    _generation += 1


# Fonts -------------------------------------------------------------------------------------------
# The bundled Ethiopic, Arabic and Latin fonts, registered with Qt and put after the system's own
# family in the application font: a character the system font lacks (Ethiopic on most Windows laptops)
# is drawn from them instead of as a box. The system's font still draws everything it has.
FALLBACK_FONTS = (
    "NotoSansEthiopic-Regular.ttf",
    "NotoSansEthiopic-Bold.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold.ttf",
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
)
_fallback_families: list[str] = []


def register_fonts(app: QApplication) -> list[str]:
    """Register the bundled fonts once and add their families to the application font as fallbacks."""
    if not _fallback_families:
        for name in FALLBACK_FONTS:
            font_id = QFontDatabase.addApplicationFont(str(fonts_dir() / name))
            if font_id < 0:
                log.warning("Could not load the font %s", name)
                continue
            for family in QFontDatabase.applicationFontFamilies(font_id):
                if family not in _fallback_families:
                    _fallback_families.append(family)
    font = QFont(app.font())
    families = [f for f in font.families() or [font.family()] if f not in _fallback_families]
    wanted = [*families, *_fallback_families]
    if font.families() != wanted:
        font.setFamilies(wanted)
        app.setFont(font)
    return list(_fallback_families)


def fallback_families() -> list[str]:
    """The bundled families registered by register_fonts() (for tests and the about box)."""
    return list(_fallback_families)


FSI, PDI = "\u2068", "\u2069"  # first-strong isolate: a text laid out in its own direction
_isolating_style: QProxyStyle | None = None
_IsolatingStyle: type[QProxyStyle] | None = None  # made by _isolating_style_class()


def _isolating_style_class() -> type[QProxyStyle]:
    """The style class, defined when a right-to-left language is first installed: subclassing QProxyStyle
    makes PySide6 build QStyle's enumerations (~0.1 s), which a left-to-right start-up need not pay."""
    global _IsolatingStyle
    if _IsolatingStyle is not None:
        return _IsolatingStyle

    class _IsolatingStyle(QProxyStyle):
        """Item views lay every cell out in the widget's direction, so in Arabic an English sentence
        from the data ("Circuits are isolated.") shows its full stop on the wrong side. This style draws
        right-to-left cells as first-strong isolates: each text in its own direction, still right-aligned."""

        def drawControl(
            self, element: QStyle.ControlElement, option: QStyleOption, painter: QPainter, widget: QWidget | None = None
        ) -> None:
            if (
                element == QStyle.ControlElement.CE_ItemViewItem
                and isinstance(option, QStyleOptionViewItem)
                and option.direction == Qt.LayoutDirection.RightToLeft
                and option.text
                and not option.text.startswith(FSI)
            ):
                opt = QStyleOptionViewItem(option)
                opt.text = FSI + option.text + PDI
                super().drawControl(element, opt, painter, widget)
                return
            super().drawControl(element, option, painter, widget)

    return _IsolatingStyle


def _isolate_item_texts(app: QApplication) -> None:
    """Install _IsolatingStyle once (it changes nothing in left-to-right widgets, so it stays)."""
    global _isolating_style
    if _isolating_style is None or app.style() is not _isolating_style:
        style_class = _isolating_style_class()
        if isinstance(app.style(), style_class):
            _isolating_style = app.style()
            return
        _isolating_style = style_class(app.style().name())
        app.setStyle(_isolating_style)


def direction(language: str) -> Qt.LayoutDirection:
    """Right to left for Arabic (and any other right-to-left language added later)."""
    rtl = QLocale(language).textDirection() == Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight


def set_language(language: str, *, apply_now: bool = True) -> None:
    """Remember ``language`` and (by default) install it for widgets built from now on.

    For the first-start wizard: it can rebuild its own pages after this; the main window is
    built afterwards and so comes up in the chosen language.
    """
    save_language(language)
    app = QApplication.instance()
    if apply_now and isinstance(app, QApplication):
        install_language(app, language)


def language_combo(parent: QWidget | None = None) -> QComboBox:
    """A combo box of the languages (each named in itself; item data = code), set to the chosen one."""
    combo = QComboBox(parent)
    for code, name in LANGUAGES.items():
        combo.addItem(name, code)
    combo.setCurrentIndex(max(combo.findData(chosen_language()), 0))
    return combo


def trailing() -> Qt.AlignmentFlag:
    """Where numbers go in a column: right in English and French, left in Arabic, whatever the text.

    (QLabel flips AlignRight by the direction of its own text, so an Arabic header and the number under
    it would end up on opposite sides; this alignment is absolute, chosen by the interface's direction.)
    """
    rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    side = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
    return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter


def ltr(text: str) -> str:
    """``text`` isolated left to right: for codes and serial numbers inside translated sentences."""
    return "\u2066" + text + "\u2069" if text else text


def restart_command(database_args: list[str] | None = None) -> tuple[str, list[str]]:
    """The program and arguments that start this application again as it was started.

    ``database_args`` (e.g. ``["--db=/path/file.sqlite3"]``) replace the --db/--demo options given
    at start, so that the database shown now is opened again.
    """
    argv = list(sys.argv)
    user_args = argv[1:]
    if database_args is not None:
        kept: list[str] = []
        skip = False
        for a in user_args:
            if skip:
                skip = False
            elif a == "--db":
                skip = True
            elif not (a.startswith("--db=") or a == "--demo"):
                kept.append(a)
        user_args = [*database_args, *kept]
    if getattr(sys, "frozen", False):  # the frozen application (PyInstaller): its own executable
        return sys.executable, user_args
    first = Path(argv[0]) if argv and argv[0] else None
    if first is not None and first.name == "__main__.py" and first.parent.name == "skillassess":
        return sys.executable, ["-m", "skillassess", *user_args]
    if first is not None and first.suffix.lower() == ".exe":
        return str(first), user_args  # the Windows launcher of the installed script
    if first is not None and first.exists():
        return sys.executable, [str(first), *user_args]  # the console script is a Python script
    return sys.executable, ["-m", "skillassess", *user_args]


def tr(context: str, text: str) -> str:
    """Kept for compatibility. Prefer ``QCoreApplication.translate("Context", "text")`` written out:
    lupdate cannot see strings passed through this function."""
    return QCoreApplication.translate(context, text)
