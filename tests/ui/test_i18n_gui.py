"""Every page and dialog in every interface language but English (French, Arabic, Amharic, Swahili):
nothing left in English, no text that does not fit, no character drawn as a box (every character has
a glyph in the application's fonts, checked with QFontMetrics.inFontUcs4 for each family on its own).

Pages come from PAGE_FACTORIES and dialogs from ui/dialogs.py DIALOG_FACTORIES plus every QDialog
subclass in skillassess.ui that can be built with (parent) or (state, parent), so what is added
later is covered without changing this file.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import pkgutil
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from skillassess.ui.i18n import LANGUAGES as ALL_LANGUAGES

from helpers import ROOT

LANGUAGES = [code for code in ALL_LANGUAGES if code != "en"]  # a language added later is checked too
PLACEHOLDER = re.compile(r"%L?\d|%L?n")


def _tool():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


tool = _tool()


# Texts as shown: no mnemonic ampersand, no HTML, no direction marks --------------------------------
def plain(text: str) -> str:
    if QtGuiNamespace.mightBeRichText(text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    text = re.sub(r"&(.)", r"\1", text)
    for mark in "\u2066\u2067\u2068\u2069\u200e\u200f\u061c":
        text = text.replace(mark, "")
    return " ".join(text.split())


def pattern(text: str) -> re.Pattern[str] | None:
    """A regular expression matching ``text`` with any value in its placeholders; None when the text is
    only placeholders and punctuation (it would match anything)."""
    text = plain(text)
    parts = PLACEHOLDER.split(text)
    if not any(ch.isalpha() for ch in "".join(parts)):
        return None
    return re.compile("^" + "(.+?)".join(re.escape(p) for p in parts) + "$", re.DOTALL)


@dataclass
class Catalogue:
    """The English sources of the code now and their translations in one language."""

    english: list[tuple[str, re.Pattern[str], list[re.Pattern[str]]]]

    def untranslated(self, text: str) -> str | None:
        """The English source ``text`` shows, when it shows one that is not also its translation."""
        shown = plain(text)
        if not shown:
            return None
        for source, english, translations in self.english:
            if english.match(shown) and not any(t.match(shown) for t in translations):
                return source
        return None


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[tuple[str, str, str], str]]:
    ts = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    tool.run_lupdate(ts, "fr")
    _, messages = tool.read_ts(ts)
    return [((m.context, m.source, m.comment), m.source) for m in messages]


def catalogue(language: str, sources: list[tuple[tuple[str, str, str], str]]) -> Catalogue:
    _, messages = tool.read_ts(ROOT / "resources" / "translations" / f"skillassess_{language}.ts")
    translated = {(m.context, m.source, m.comment): m.translations for m in messages if m.finished and not m.obsolete}
    entries = []
    for key, source in sources:
        english = pattern(source)
        if english is None:
            continue
        translations = [p for p in (pattern(t) for t in translated.get(key, [])) if p is not None]
        entries.append((source, english, translations))
    return Catalogue(entries)


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The interface in ``language`` for one test; English again afterwards for the other tests."""
    from skillassess.ui import i18n
    from skillassess.ui.app import create_application

    app = create_application()
    i18n.install_language(app, request.param)
    try:
        yield request.param
    finally:
        i18n.install_language(app, "en")


# Walking what is on screen ------------------------------------------------------------------------
def visible_texts(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text the widget ``top`` shows or can show (menus, items, headers)."""
    yield "window title", top.windowTitle()
    if isinstance(top, QMainWindow):
        for act in top.menuBar().actions():
            yield from _menu_texts(act.menu(), act.text()) if act.menu() else [("menu", act.text())]
        yield "status bar", top.statusBar().currentMessage()
    for w in top.findChildren(QWidget):
        name = f"{type(w).__name__} {w.objectName()}".strip()
        if isinstance(w, QLabel):
            yield name, w.text()
        elif isinstance(w, QAbstractButton):
            yield name, w.text()
            yield name + " tooltip", w.toolTip()
        elif isinstance(w, QGroupBox):
            yield name, w.title()
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield name, w.tabText(i)
        elif isinstance(w, QLineEdit):
            yield name + " placeholder", w.placeholderText()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield name, w.itemText(i)
        elif isinstance(w, QListWidget):
            for i in range(w.count()):
                yield name, w.item(i).text()
        elif isinstance(w, QTreeWidget):
            header = w.headerItem()
            for c in range(header.columnCount()):
                yield name + " header", header.text(c)
            stack = [w.topLevelItem(i) for i in range(w.topLevelItemCount())]
            while stack:
                item: QTreeWidgetItem = stack.pop()
                for c in range(item.columnCount()):
                    yield name, item.text(c)
                stack.extend(item.child(i) for i in range(item.childCount()))
        elif isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and w.model() is not None:
            model = w.model()
            for c in range(model.columnCount()):
                yield name + " header", str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            for r in range(min(model.rowCount(), 40)):
                for c in range(model.columnCount()):
                    index = model.index(r, c)
                    value = model.data(index)
                    if isinstance(value, str):
                        # What the user types in a cell is data (a signatory's English title stays English in
                        # every language): its glyphs are checked, not whether it looks like an English source.
                        editable = isinstance(w, QTableWidget) and bool(model.flags(index) & Qt.ItemFlag.ItemIsEditable)
                        yield name + (EDITABLE if editable else ""), value


EDITABLE = " (a cell the user types in)"


def _menu_texts(menu: QMenu, title: str) -> Iterator[tuple[str, str]]:
    yield "menu", title
    for act in menu.actions():
        if act.menu() is not None:
            yield from _menu_texts(act.menu(), act.text())
        elif act.isVisible() and not act.isSeparator():
            yield f"menu {plain(title)}", act.text()


def clipped(top: QWidget) -> Iterator[str]:
    """Single-line labels, buttons and check boxes whose text is wider than the widget."""
    for w in top.findChildren(QWidget):
        if not w.isVisibleTo(top) or w.width() <= 0:
            continue
        if isinstance(w, QLabel):
            text = w.text()
            if not text or w.wordWrap() or (w.pixmap() is not None and not w.pixmap().isNull()):
                continue
            if QtGuiNamespace.mightBeRichText(text) or w.textFormat() == Qt.TextFormat.RichText:
                if "<br" in text or "<p" in text or "<h" in text:
                    continue
                need = w.minimumSizeHint().width()
            else:
                if "\n" in text:
                    continue
                need = w.fontMetrics().horizontalAdvance(plain(text))
            if need > w.contentsRect().width():
                yield f"{type(w).__name__} {plain(text)!r}: needs {need} px, has {w.contentsRect().width()}"
        elif isinstance(w, (QPushButton, QCheckBox, QRadioButton)):
            text = plain(w.text())
            if not text or "\n" in text:
                continue
            need = max(w.fontMetrics().horizontalAdvance(text), w.minimumSizeHint().width())
            if need > w.width():
                yield f"{type(w).__name__} {text!r}: needs {need} px, has {w.width()}"


_glyphs: dict[tuple[tuple[str, ...], str], bool] = {}


def has_glyph(families: tuple[str, ...], ch: str) -> bool:
    """True when one of ``families`` on its own (no font merging: what a computer without our fonts'
    twins shows) draws ``ch``."""
    import unicodedata

    from PySide6.QtGui import QFont, QFontMetrics

    if ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf", "Zs"):
        return True
    key = (families, ch)
    if key not in _glyphs:
        found = False
        for family in families:
            font = QFont(family)
            font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
            if QFontMetrics(font).inFontUcs4(ord(ch)):  # inFont(str) misreads non-Latin-1 characters
                found = True
                break
        _glyphs[key] = found
    return _glyphs[key]


def missing_glyphs(text: str) -> str:
    """The characters of ``text`` that no family of the application font draws."""
    from PySide6.QtWidgets import QApplication

    font = QApplication.font()
    families = tuple(font.families() or [font.family()])
    return "".join(dict.fromkeys(ch for ch in plain(text) if not has_glyph(families, ch)))


def check(top: QWidget, cat: Catalogue, what: str) -> list[str]:
    problems = []
    for where, text in visible_texts(top):
        source = None if where.endswith(EDITABLE) else cat.untranslated(text)
        if source is not None:
            problems.append(f"{what}: {where} shows {plain(text)!r}, not translated (source {source!r})")
        boxes = missing_glyphs(text)
        if boxes:
            problems.append(f"{what}: {where} shows {plain(text)!r} with no glyph for {boxes!r} (boxes)")
    problems += [f"{what}: {p}" for p in clipped(top)]
    return problems


# Dialogs ------------------------------------------------------------------------------------------
def _first_id(state, model) -> int | None:
    from sqlalchemy import select

    with state.db.session() as s:
        return s.execute(select(model.id).order_by(model.id).limit(1)).scalar_one_or_none()


def _argument_providers():
    """Values for a dialog's constructor parameters, by parameter name, from the demo database.
    A dialog with a required parameter not named here is left to DIALOG_FACTORIES."""
    from skillassess.core.models import Assessment, AssessmentSession, Candidate, Enrolment, Qualification

    def codes(state):
        from sqlalchemy import select

        with state.db.session() as s:
            return list(s.execute(select(Qualification.code)).scalars())

    return {
        "state": lambda state: state,
        "db": lambda state: state.db,
        "actor": lambda state: state.actor,
        "candidate_id": lambda state: _first_id(state, Candidate),
        "enrolment_id": lambda state: _first_id(state, Enrolment),
        "username": lambda state: state.actor.username,
        "title": lambda state: "SkillAssess",
        "prompt": lambda state: "?",
        "qualification_codes": codes,
        "with_category": lambda state: True,
        "rows": lambda state: [],
        "criteria": lambda state: [],
        "filename": lambda state: "evidence.pdf",
        "assessment_id": lambda state: _first_id(state, Assessment),
        "session_id": lambda state: _first_id(state, AssessmentSession),
    }


def dialog_factories():
    """DIALOG_FACTORIES, and every QDialog subclass of skillassess.ui whose constructor asks only for
    things _argument_providers() knows (state, db, actor, a candidate id, ...) besides parent."""
    import skillassess.ui
    from skillassess.ui.dialogs import DIALOG_FACTORIES

    providers = _argument_providers()
    factories = list(DIALOG_FACTORIES)
    for info in pkgutil.walk_packages(skillassess.ui.__path__, "skillassess.ui."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__ or not issubclass(cls, QDialog) or cls in factories:
                continue
            try:
                params = list(inspect.signature(cls).parameters.values())
            except (TypeError, ValueError):
                continue
            names = [p.name for p in params]
            required = [
                p.name
                for p in params
                if p.default is p.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)
            ]
            if "parent" not in names or any(n not in providers and n != "parent" for n in required):
                continue

            optional = [n for n in names if n in providers and n not in required]

            def factory(state, parent, cls=cls, required=required, optional=optional):
                """The dialog with its required arguments, else with the optional ones we know too;
                None when it cannot be built from demo values (register it in DIALOG_FACTORIES)."""
                for names_ in (required, required + optional):
                    try:
                        return cls(**{n: providers[n](state) for n in names_ if n != "parent"}, parent=parent)
                    except Exception:  # noqa: BLE001 - demo values that do not suit this dialog
                        continue
                return None

            factory.__name__ = cls.__name__
            factories.append(factory)
    return factories


def settle(qtbot) -> None:
    """Let layouts apply and background loads (Task) finish before measuring."""
    from PySide6.QtCore import QThreadPool

    for _ in range(3):
        QThreadPool.globalInstance().waitForDone(5000)
        qtbot.wait(20)


# The tests ----------------------------------------------------------------------------------------
@pytest.fixture
def main_window(language, qtbot, demo_db, demo_actor):
    from skillassess.ui.main_window import MainWindow

    w = MainWindow(demo_db, demo_actor("admin"))
    qtbot.addWidget(w)
    w.resize(1200, 760)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_every_page_is_translated_and_fits(main_window, language, sources, qtbot) -> None:
    from skillassess.ui.main_window import PAGE_FACTORIES

    w = main_window
    cat = catalogue(language, sources)
    rtl = language == "ar"
    assert w.isRightToLeft() == rtl
    assert len(w.pages) == len(PAGE_FACTORIES)
    problems: list[str] = []
    for row, page in enumerate(w.pages):
        w.nav.setCurrentRow(row)
        qtbot.waitUntil(lambda page=page: page.isVisible())
        for tree in page.findChildren(QTreeWidget):  # what loads on expand, one level down
            for i in range(tree.topLevelItemCount()):
                top = tree.topLevelItem(i)
                for j in range(top.childCount()):
                    top.child(j).setExpanded(True)
        settle(qtbot)
        for view in page.findChildren(QAbstractItemView):
            assert view.isRightToLeft() == rtl, f"{page.title()}: {type(view).__name__} not laid out {language}"
        problems += check(w, cat, page.title())
    assert not problems, "\n".join(dict.fromkeys(problems))


def test_every_dialog_is_translated_and_fits(main_window, language, sources, qtbot) -> None:
    cat = catalogue(language, sources)
    problems: list[str] = []
    factories = dialog_factories()
    assert len(factories) >= 5
    opened = []
    for factory in factories:
        dialog = factory(main_window.state, main_window)
        if dialog is None:
            continue
        opened.append(type(dialog).__name__)
        dialog.setModal(False)
        dialog.show()
        qtbot.waitExposed(dialog)
        settle(qtbot)
        assert dialog.isRightToLeft() == (language == "ar")
        problems += check(dialog, cat, f"{type(dialog).__name__} {plain(dialog.windowTitle())!r}")
        dialog.close()
        dialog.deleteLater()
    assert not problems, "\n".join(dict.fromkeys(problems))


def test_language_menu_lists_every_language(main_window, language) -> None:
    from skillassess.ui import i18n

    actions = main_window.language_actions
    assert list(actions) == list(i18n.LANGUAGES)
    assert actions[language].isChecked()
    assert [a.text() for a in actions.values()] == list(i18n.LANGUAGES.values())


def test_numbers_and_dates_follow_the_language(main_window, language, qtbot) -> None:
    from skillassess.ui.pages.candidates import CandidatesPage

    page = main_window.show_page(CandidatesPage)
    settle(qtbot)
    assert QLocale().language() == QLocale(language).language()
    thirty = QLocale().toString(37)  # the demo's candidates
    assert thirty in page.count_label.text()
    if language == "ar":
        assert thirty in ("٣٧", "37")  # Arabic-Indic digits, or Latin where the locale uses them


def test_the_check_finds_english_and_clipped_text(main_window, language, sources, qtbot) -> None:
    """The checks above can fail: an English string and a squeezed label are reported."""
    cat = catalogue(language, sources)
    page = main_window.pages[0]
    extra = QLabel("Restart now", page)  # an English source text (ui/dialogs.py), untranslated
    squeezed = QPushButton("Candidats évalués (résultats vérifiés)", page)
    squeezed.setFixedWidth(40)
    extra.show()
    squeezed.show()
    main_window.nav.setCurrentRow(0)
    problems = check(main_window, cat, "page")
    assert any("'Restart now', not translated" in p for p in problems), problems
    assert any("QPushButton 'Candidats évalués" in p and "needs" in p for p in problems), problems


def test_the_glyph_check_finds_boxes(language) -> None:
    """Ethiopic and Arabic have glyphs in the application font (the bundled Noto families registered
    as fallbacks); a script none of them has (Tifinagh) is reported."""
    from skillassess.ui import i18n

    assert "Noto Sans Ethiopic" in i18n.fallback_families()
    assert missing_glyphs("ተመዛኝ ብቁ ነው — المرشح كفء — Mtahiniwa ni mahiri") == ""
    assert missing_glyphs("ⵜⴰⵎⴰⵣⵉⵖⵜ") != ""


def test_english_comes_back(language) -> None:
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("Labels", "Competent") != "Competent"


def test_english_after_the_other_languages(qtbot) -> None:
    from PySide6.QtCore import QCoreApplication

    from skillassess.ui.app import create_application

    app = create_application()
    assert QCoreApplication.translate("Labels", "Competent") == "Competent"
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.fixture
def forget_language() -> Iterator[None]:
    """Qt may keep one settings file for the whole test run: leave no language behind for other tests."""
    from PySide6.QtCore import QSettings

    QSettings().remove("ui/language")
    yield
    QSettings().remove("ui/language")


def test_choosing_a_language_is_remembered_for_the_next_start(qtbot, demo_db, forget_language, monkeypatch) -> None:
    from PySide6.QtCore import QSettings

    from skillassess.ui import i18n
    from skillassess.ui.app import create_application
    from skillassess.ui.main_window import MainWindow

    monkeypatch.delenv("SKILLASSESS_LANGUAGE")
    app = create_application()
    try:
        installed = i18n.current_language()
        assert installed == i18n.chosen_language() == i18n.system_language()
        w = MainWindow(demo_db)
        qtbot.addWidget(w)
        assert w.choose_language("ar", ask=False) is False  # no restart asked for in a test
        assert QSettings().value("ui/language") == "ar"
        assert i18n.chosen_language() == "ar"
        assert i18n.current_language() == installed  # applies at the next start
        combo = i18n.language_combo()
        assert [combo.itemData(i) for i in range(combo.count())] == list(i18n.LANGUAGES)
        assert combo.currentData() == "ar"
        combo.deleteLater()
    finally:
        i18n.install_language(app, "en")


def test_a_new_start_comes_up_in_the_chosen_language(qtbot, demo_db, forget_language, monkeypatch) -> None:
    from skillassess.ui import i18n
    from skillassess.ui.app import create_application
    from skillassess.ui.main_window import MainWindow
    from skillassess.ui.pages.candidates import CandidatesPage

    monkeypatch.delenv("SKILLASSESS_LANGUAGE")
    i18n.save_language("fr")
    app = create_application()  # what start-up does: installs the chosen language
    try:
        w = MainWindow(demo_db)
        qtbot.addWidget(w)
        assert [w.nav.item(n).text() for n in (0, 1)] == ["Accueil", "Référentiels"]
        w.show()
        page = w.show_page(CandidatesPage)
        assert page.count_label.text() == "37 candidats"
    finally:
        i18n.install_language(app, "en")


def test_restart_command_reopens_the_database_shown(monkeypatch) -> None:
    import sys

    from skillassess.ui import i18n

    main = str(ROOT / "skillassess" / "__main__.py")
    monkeypatch.setattr(sys, "argv", [main, "--demo", "--debug"])
    program, args = i18n.restart_command(["--db=/data/centre.sqlite3"])
    assert program == sys.executable
    assert args == ["-m", "skillassess", "--db=/data/centre.sqlite3", "--debug"]
    monkeypatch.setattr(sys, "argv", [main, "--db", "/x.sqlite3", "gui"])
    assert i18n.restart_command(["--demo"])[1] == ["-m", "skillassess", "--demo", "gui"]
    assert i18n.restart_command(None)[1] == ["-m", "skillassess", "--db", "/x.sqlite3", "gui"]


def test_no_language_is_left_behind(qtbot) -> None:
    from PySide6.QtCore import QSettings

    from skillassess.ui.app import create_application

    create_application()
    assert QSettings().value("ui/language", "") in ("", None)


def test_icons_that_point_follow_the_direction() -> None:
    """Next/previous arrows must be QStyle's SP_ArrowForward/SP_ArrowBack, which Qt mirrors in Arabic;
    a fixed left or right arrow would point backwards there."""
    offenders = []
    for path in sorted((ROOT / "skillassess" / "ui").rglob("*.py")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if re.search(r"SP_Arrow(Left|Right)\b|SP_Media(SeekForward|SeekBackward|SkipForward|SkipBackward)\b", line):
                offenders.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert not offenders, "\n".join(offenders)


def test_arrows_mirror_in_arabic(language, qtbot) -> None:
    from PySide6.QtWidgets import QApplication, QStyle

    style = QApplication.style()
    forward = style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward).pixmap(16).toImage()
    right = style.standardIcon(QStyle.StandardPixmap.SP_ArrowRight).pixmap(16).toImage()
    left = style.standardIcon(QStyle.StandardPixmap.SP_ArrowLeft).pixmap(16).toImage()
    assert forward == (left if language == "ar" else right)


def test_the_environment_can_force_a_language(monkeypatch, forget_language) -> None:
    from skillassess.ui import i18n

    i18n.save_language("fr")
    monkeypatch.setenv("SKILLASSESS_LANGUAGE", "ar")
    assert i18n.chosen_language() == "ar"
    monkeypatch.setenv("SKILLASSESS_LANGUAGE", "xx")  # unknown: ignored
    assert i18n.chosen_language() == "fr"


def test_first_start_language_page_rebuilds_the_wizard_in_the_chosen_language(qtbot, db, forget_language) -> None:
    """Choosing French on the language page: the rest of the wizard comes in French and its result counts."""
    from PySide6.QtCore import QCoreApplication, QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QWizard, QWizardPage

    from skillassess.ui import i18n
    from skillassess.ui.app import create_application
    from skillassess.ui.language_page import LanguagePage

    class Wizard(QWizard):  # the shape of first_start.FirstStartWizard: (db, parent), .actor
        def __init__(self, db, parent=None):
            super().__init__(parent)
            self.db = db
            self.actor = None
            self.addPage(LanguagePage(self))
            second = QWizardPage()
            second.setTitle(QCoreApplication.translate("LanguagePage", "Language"))
            self.addPage(second)

    app = create_application()
    try:
        old = Wizard(db)
        qtbot.addWidget(old)
        old.show()
        page = old.currentPage()
        assert isinstance(page, LanguagePage) and page.title() == "Language"
        page.combo.setCurrentIndex(page.combo.findData("fr"))
        seen = []

        def finish_new_wizard() -> None:
            new = QApplication.activeModalWidget()
            seen.append((type(new).__name__, new.currentPage().title(), new.isRightToLeft()))
            new.actor = "the administrator"
            new.accept()

        QTimer.singleShot(0, finish_new_wizard)
        assert page.validatePage() is False  # the new wizard took over
        assert seen == [("Wizard", "Langue", False)]
        assert old.result() == QDialog.DialogCode.Accepted and old.actor == "the administrator"
        assert i18n.current_language() == "fr"
        assert QSettings().value("ui/language") == "fr"  # remembered for the next start
    finally:
        i18n.install_language(app, "en")


def test_the_language_page_joins_the_first_start_wizard(monkeypatch) -> None:
    import importlib.util

    from skillassess.ui import language_page
    from skillassess.ui.app import create_application

    if importlib.util.find_spec("skillassess.ui.first_start") is None:
        pytest.skip("no first-start wizard in this version")
    from skillassess.ui import first_start

    create_application()  # SKILLASSESS_LANGUAGE=en (conftest): the language is given, nothing to ask
    assert language_page.LanguagePage not in first_start.EXTRA_FIRST_PAGES
    monkeypatch.delenv("SKILLASSESS_LANGUAGE")
    try:
        create_application()
        assert first_start.EXTRA_FIRST_PAGES[0] is language_page.LanguagePage
        create_application()
        assert first_start.EXTRA_FIRST_PAGES.count(language_page.LanguagePage) == 1
    finally:
        while language_page.LanguagePage in first_start.EXTRA_FIRST_PAGES:
            first_start.EXTRA_FIRST_PAGES.remove(language_page.LanguagePage)


def test_english_data_keeps_its_full_stop_in_arabic_tables(qtbot) -> None:
    """In Arabic, a cell's text is laid out in its own direction: an English sentence from the data
    ends with its full stop on the right, as when it is isolated by hand."""
    from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem

    from skillassess.ui import i18n
    from skillassess.ui.app import create_application

    app = create_application()
    i18n.install_language(app, "ar")
    try:
        assert isinstance(QApplication.style(), i18n._IsolatingStyle)

        def render(text: str):
            table = QTableWidget(1, 1)
            qtbot.addWidget(table)
            table.setItem(0, 0, QTableWidgetItem(text))
            table.setColumnWidth(0, 300)
            table.resize(360, 80)
            return table.viewport().grab().toImage()

        plain_text = render("Circuits are isolated.")
        assert plain_text == render("\u2068Circuits are isolated.\u2069")
        assert plain_text != render("\u200fCircuits are isolated.")  # laid out right to left: "."on the left
    finally:
        i18n.install_language(app, "en")


def test_the_lock_reason_of_a_standard_is_in_the_language(main_window, language, qtbot) -> None:
    from skillassess.services import standards as svc
    from skillassess.services.standards import NodeKind, NodeRef
    from skillassess.ui.ops import read
    from skillassess.ui.pages.standards import StandardsPage

    page = main_window.show_page(StandardsPage)
    qid, uid = read(main_window.db, lambda s: (svc.find_qualification(s, "ELI-L2").id, svc.find_unit(s, "ELI-C01").id))
    assert page.select(NodeRef(NodeKind.UNIT, uid, qid))
    said = {
        "en": "cannot be edited in place",
        "fr": "ne peut pas être modifiée sur place",
        "ar": "لا يمكن تعديلها في مكانها",
        "am": "በቦታው ሊስተካከል አይችልም",
        "sw": "hakiwezi kuhaririwa papo hapo",
    }[language]
    assert said in page.banner.text() and "ELI-C01" in page.banner.text()


def test_qt_own_dialogs_speak_the_language(language, qtbot) -> None:
    """Qt's file dialog (as shown where the system has none of its own) and message-box buttons: no
    English label or button in French and Arabic (Qt's catalogue) nor in Amharic and Swahili (ours)."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from skillassess.ui.qt_strings import QT_STRINGS

    english = {plain(s) for s in QT_STRINGS if plain(s) not in ("OK",)}  # "OK" is French, Swahili... too
    dialog = QFileDialog(None, "", str(ROOT), "*.xlsx")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "",
        "?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
    )
    qtbot.addWidget(box)
    shown = [plain(t) for top in (dialog, box) for _, t in visible_texts(top)]
    shown += [plain(b.text()) for b in box.buttons()]
    views = [v for v in dialog.findChildren(QAbstractItemView) if v.model() is not None]
    shown += [plain(str(v.model().headerData(c, Qt.Orientation.Horizontal) or "")) for v in views for c in range(4)]
    left = sorted({t for t in shown if t in english})
    assert not left, f"Qt's own words still English in {language}: {left}"
    assert plain(box.button(QMessageBox.StandardButton.Cancel).text()) not in ("Cancel", "")
    dialog.close()


def test_one_digit_convention_on_every_page(main_window, language, qtbot) -> None:
    """The standards tree writes its versions and credits in the locale's digits, as the other pages
    do (in Arabic it showed 0-9 where the candidates page showed Arabic-Indic digits)."""
    from skillassess.ui.pages.standards import StandardsPage

    page = main_window.show_page(StandardsPage)
    settle(qtbot)
    body = page.tree_model.index(0, 0)
    qualification = page.tree_model.index(0, 0, body)
    details = str(qualification.siblingAtColumn(2).data())
    one = QLocale().toString(1)
    assert one in details, details
    if language == "ar":
        assert one == "١" and "1" not in details


@pytest.fixture
def forget_digits() -> Iterator[None]:
    from PySide6.QtCore import QSettings

    QSettings().remove("ui/latin_digits")
    yield
    QSettings().remove("ui/latin_digits")


def test_latin_digits_are_a_choice_in_arabic(qtbot, forget_digits) -> None:
    from skillassess.ui import i18n

    assert i18n.locale_for("ar").toString(30) == "٣٠"  # Arabic-Indic by default
    assert i18n.uses_other_digits("ar") and not i18n.uses_other_digits("fr") and not i18n.uses_other_digits("am")
    i18n.save_latin_digits(True)
    assert i18n.latin_digits()
    assert i18n.locale_for("ar").toString(30) == "30"
    assert i18n.locale_for("ar").language() == QLocale.Language.Arabic
    assert i18n.locale_for("fr").toString(30) == "30"


def test_the_digits_choice_is_in_the_language_menu_only_where_it_matters(main_window, language) -> None:
    action = main_window.digits_action
    assert action.isVisible() == (language == "ar")


def test_the_demo_password_hint_keeps_demo_dash_in_arabic(language) -> None:
    """ "demo-" inside an Arabic sentence was shown as "-demo": it is isolated left to right."""
    from PySide6.QtCore import QCoreApplication

    hint = QCoreApplication.translate(
        "SignInDialog",
        "This is the demo database. Users: %1. Each password is demo- followed by the user name, for example %2.",
    )
    if language == "ar":
        assert "\u2066demo-\u2069" in hint
    else:
        assert "demo-" in hint


def test_a_session_title_does_not_turn_the_arabic_heading_around(language, qtbot, demo_db, demo_actor) -> None:
    """The grid's heading is "<title> — Session of ..., assessor X": the title is isolated, so that an
    English title does not make the Arabic line run left to right with the assessor first."""
    from sqlalchemy import select

    from skillassess.core.models import AssessmentSession
    from skillassess.ui.recording.dialog import RecordingDialog

    with demo_db.session() as s:
        session_id, title = s.execute(select(AssessmentSession.id, AssessmentSession.title).limit(1)).one()
    dialog = RecordingDialog(demo_db, demo_actor("assessor1"), session_id=session_id)
    qtbot.addWidget(dialog)
    settle(qtbot)
    text = dialog.session_label.text()
    assert text.startswith("\u2068" + title + "\u2069 — ")
    assert not plain(text.split(" — ", 1)[1]).startswith("Session of")  # the sentence itself is translated
