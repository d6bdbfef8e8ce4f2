"""The .ts files are complete, and every string of the code is in them: English (its plural forms),
French, Arabic, Amharic, Swahili, and any language added to LANGUAGES later.

When this fails after adding strings: run ``make translations-update``, add the strings it lists
to tools/translations_<lang>.py and run it again. ``tools/update_translations.py --skeleton`` prints
the missing entries of every language as Python, ready to translate and paste.
"""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path

import pytest

from skillassess.ui.i18n import LANGUAGES

from helpers import ROOT

TRANSLATED = list(LANGUAGES)  # English for its plural forms; a language added later is checked too
HOW_TO_FIX = (
    "run `make translations-update`, add the strings it lists to tools/translations_<lang>.py and run it again "
    "(`.venv/bin/python tools/update_translations.py --lang <lang> --skeleton` prints them ready to translate)"
)


def _tool():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


tool = _tool()


def _key(m) -> tuple[str, str, str]:
    return (m.context, m.source, m.comment)


@pytest.fixture(scope="module")
def code_messages(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str, str], bool]:
    """(context, source, disambiguation) -> numerus, for every tr()/translate() in the code now."""
    ts = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    tool.run_lupdate(ts, "fr")
    _, messages = tool.read_ts(ts)
    return {_key(m): m.numerus for m in messages}


def test_every_language_has_a_ts_file() -> None:
    for code in LANGUAGES:
        assert (ROOT / "resources" / "translations" / f"skillassess_{code}.ts").exists(), code
        assert (ROOT / "tools" / f"translations_{code}.py").exists(), code
    assert {"en", "fr", "ar", "am", "sw"} <= set(TRANSLATED)


@pytest.mark.parametrize("language", TRANSLATED)
def test_ts_file_is_complete(language: str) -> None:
    """Every message has a finished, non-empty translation keeping the placeholders, with all plural
    forms; none is stale: no message the code no longer has, and each translation is the one
    tools/translations_<lang>.py gives now."""
    _, messages = tool.read_ts(ROOT / "resources" / "translations" / f"skillassess_{language}.ts")
    forms = tool.plural_forms(language)
    table = tool.load_dictionary(language)
    rtl = tool.right_to_left(language)
    problems = []
    for m in messages:
        if m.obsolete:
            problems.append(f"({m.context}) {m.source!r}: stale (no longer in the code; drop it)")
            continue
        if not m.finished:
            problems.append(f"({m.context}) {m.source!r}: not translated")
            continue
        value = m.translations if m.numerus else m.translations[0]
        for p in tool.problems_with(m, value, forms):
            problems.append(f"({m.context}) {m.source!r}: {p}")
        wanted = tool.lookup(table, m, language)
        if wanted is None:
            problems.append(f"({m.context}) {m.source!r}: in the .ts only, not in tools/translations_{language}.py")
            continue
        if rtl:
            wanted = (
                [tool.isolate_placeholders(x) for x in wanted]
                if isinstance(wanted, list)
                else (tool.isolate_placeholders(wanted))
            )
        if value != wanted:
            problems.append(
                f"({m.context}) {m.source!r}: stale (the .ts differs from tools/translations_{language}.py)"
            )
    assert not problems, f"{len(problems)} problem(s) in {language}; {HOW_TO_FIX}:\n" + "\n".join(problems)


def test_english_counts_in_words() -> None:
    """English has plural forms too: "1 candidate", "30 candidates", never "30 candidate(s)"."""
    from PySide6.QtCore import QTranslator

    from skillassess.ui.i18n import compiled_translation

    qm = compiled_translation("en")
    assert qm is not None
    t = QTranslator()
    assert t.load(str(qm))
    assert t.translate("CandidatesPage", "%n candidate(s)", None, 1) == "%n candidate"
    assert t.translate("CandidatesPage", "%n candidate(s)", None, 30) == "%n candidates"
    _, messages = tool.read_ts(ROOT / "resources" / "translations" / "skillassess_en.ts")
    assert messages and all(m.numerus for m in messages)
    for m in messages:
        assert not any("(s)" in f or "(ies)" in f for f in m.translations), m.source


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_string_of_the_code_is_in_the_ts_file(
    language: str, code_messages: dict[tuple[str, str, str], bool]
) -> None:
    _, messages = tool.read_ts(ROOT / "resources" / "translations" / f"skillassess_{language}.ts")
    have = {_key(m): m.numerus for m in messages if not m.obsolete}
    wanted = {k: n for k, n in code_messages.items() if n or language != "en"}  # English: plurals only
    missing = [k for k in wanted if k not in have]
    assert not missing, (
        f"{len(missing)} string(s) of the code are not in skillassess_{language}.ts; {HOW_TO_FIX}:\n"
        + "\n".join(f"({c}) {s!r}" + (f" [{d}]" if d else "") for c, s, d in missing)
    )
    wrong_plural = [k for k, numerus in wanted.items() if have[k] != numerus]
    assert not wrong_plural, f"plural (%n) or not changed; {HOW_TO_FIX}: {wrong_plural}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_ts_file_carries_no_stale_messages(language: str, code_messages: dict[tuple[str, str, str], bool]) -> None:
    """Strings no longer in the code (vanished, obsolete, or left behind by hand) are not in the .ts: a
    translator would translate them for nothing. Their translations stay in tools/translations_<lang>.py."""
    _, messages = tool.read_ts(ROOT / "resources" / "translations" / f"skillassess_{language}.ts")
    stale = [m for m in messages if m.obsolete or _key(m) not in code_messages]
    assert not stale, (
        f"{len(stale)} message(s) of skillassess_{language}.ts are no longer in the code; "
        "run `make translations-update`, which deletes them:\n"
        + "\n".join(f"({m.context}) {m.source!r}" for m in stale)
    )


# The code: every translatable string must be visible to lupdate ------------------------------------
def _ui_sources() -> list[Path]:
    return tool.source_files()


def _literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _class_names(tree: ast.AST) -> dict[int, str]:
    """id(node) -> the name of the innermost class around it (lupdate's context for a tr() call there)."""
    names: dict[int, str] = {}
    for cls in ast.walk(tree):  # breadth first: an inner class comes after its outer class and overrides it
        if isinstance(cls, ast.ClassDef):
            for n in ast.walk(cls):
                names[id(n)] = cls.name
    return names


def _calls(path: Path) -> tuple[list[tuple[str, str, str]], list[str]]:
    """Translatable strings found by Python's own parser, and calls that lupdate would miss."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    in_fstring = {id(n) for j in ast.walk(tree) if isinstance(j, ast.JoinedStr) for n in ast.walk(j)}
    class_of = _class_names(tree)
    found: list[tuple[str, str, str]] = []
    bad: list[str] = []
    where = lambda n: f"{path.relative_to(ROOT)}:{n.lineno}"  # noqa: E731
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else None
        if name == "tr" and isinstance(f, ast.Attribute):
            receiver = f.value.id if isinstance(f.value, ast.Name) else ""
            if receiver != "self" and not receiver[:1].isupper():
                bad.append(
                    f"{where(node)}: {ast.unparse(f)}() takes the context from {receiver or 'an expression'} "
                    "at run time but lupdate files it under another; use self.tr() in the class, or "
                    'QCoreApplication.translate("Context", "text")'
                )
                continue
            if not node.args or not _literal(node.args[0]):
                bad.append(f"{where(node)}: tr() needs a literal string (lupdate cannot read a variable)")
                continue
            comment = node.args[1].value if len(node.args) > 1 and _literal(node.args[1]) else ""
            ctx = class_of.get(id(node), "")
            found.append((ctx, node.args[0].value, comment))
        elif name == "tr" and isinstance(f, ast.Name):
            bad.append(
                f'{where(node)}: call QCoreApplication.translate("Context", "text") or self.tr("text"); '
                "lupdate reads a bare tr(a, b) as the text a"
            )
            continue
        elif name == "translate" and (
            isinstance(f, ast.Name)
            or (
                isinstance(f, ast.Attribute)
                and isinstance(f.value, ast.Name)
                and f.value.id in ("QCoreApplication", "QApplication")
            )
        ):
            if len(node.args) < 2 or not (_literal(node.args[0]) and _literal(node.args[1])):
                bad.append(f"{where(node)}: translate() needs a literal context and string")
                continue
            comment = node.args[2].value if len(node.args) > 2 and _literal(node.args[2]) else ""
            found.append((node.args[0].value, node.args[1].value, comment))
        else:
            continue
        if id(node) in in_fstring:
            bad.append(
                f"{where(node)}: a tr()/translate() inside an f-string is invisible to lupdate; "
                "translate into a variable first"
            )
    return found, bad


def test_translatable_strings_are_visible_to_lupdate(code_messages: dict[tuple[str, str, str], bool]) -> None:
    """No tr() of a variable, inside an f-string or through a helper: pyside6-lupdate must find them all."""
    bad: list[str] = []
    unseen: list[str] = []
    for path in _ui_sources():
        if path.name == "i18n.py":  # defines the compatibility wrapper tr(context, text)
            continue
        found, problems = _calls(path)
        bad += problems
        for ctx, source, comment in found:
            if not any(k[1] == source and k[2] == comment and (k[0] == ctx or not ctx) for k in code_messages):
                unseen.append(f"{path.relative_to(ROOT)}: ({ctx}) {source!r}")
    assert not bad, "\n".join(bad)
    assert not unseen, "lupdate does not see these strings:\n" + "\n".join(unseen)


def test_no_alias_hides_strings_from_lupdate() -> None:
    """``t = QCoreApplication.translate`` then ``t("Ctx", "Centre")``: lupdate sees no string (the audit
    log's record types stayed English in every language that way). Only ``translate`` is recognised."""
    bad = []
    for path in _ui_sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Attribute)
                and node.value.attr == "translate"
                and isinstance(node.value.value, ast.Name)
                and node.value.value.id in ("QCoreApplication", "QApplication")
            ):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
                # errors._lookup only looks up msg() ids at run time; lupdate finds those in the generated list
                if any(n not in ("translate", "_lookup") for n in names):
                    bad.append(f"{path.relative_to(ROOT)}:{node.lineno}: {names} = QCoreApplication.translate")
    assert not bad, "\n".join(bad)


def test_compiled_translations_load() -> None:
    from PySide6.QtCore import QTranslator

    from skillassess.ui.i18n import compiled_translation

    said = {"fr": "Pas encore compétent", "ar": "غير كفء بعد", "am": "ገና ብቁ ያልሆነ", "sw": "Bado si mahiri"}
    for language, words in said.items():
        qm = compiled_translation(language)
        assert qm is not None, language
        t = QTranslator()
        assert t.load(str(qm)), qm
        assert t.translate("Labels", "Not Yet Competent") == words


# Widgets given English text without tr() ---------------------------------------------------------
WIDGETS_WITH_TEXT = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QToolButton",
    "QCommandLinkButton",
}
TEXT_METHODS = {
    "setText",
    "setWindowTitle",
    "setPlaceholderText",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "addItem",
    "insertItem",
    "addTab",
    "setTabText",
    "setTitle",
    "setSubTitle",
    "setHeaderLabels",
    "addMenu",
    "addAction",
    "setLabelText",
    "setInformativeText",
    "setDetailedText",
    "addRow",
    "setButtonText",
    "showMessage",
    "setSuffix",
    "setPrefix",
    "setSpecialValueText",
}
NOT_WORDS = {"SkillAssess", "PDF", "ZIP", "QR", "CSV", "JSON", "CASE", "Excel", "Moodle", "SHA"}


def _literal_texts(node: ast.AST):
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.JoinedStr):
        yield "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    elif isinstance(node, (ast.List, ast.Tuple)):
        for e in node.elts:
            yield from _literal_texts(e)


def test_no_widget_gets_english_without_tr() -> None:
    """QLabel("Name"), button.setText("Save")... would stay English in every language: the GUI test
    cannot see them (they are in no .ts file), so they are refused here."""
    import re

    found = []
    for path in sorted((ROOT / "skillassess" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            f = node.func
            name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None
            if name not in WIDGETS_WITH_TEXT and name not in TEXT_METHODS:
                continue
            for text in _literal_texts(node.args[0]):
                words = [w for w in re.findall(r"[^\W\d_]{2,}", re.sub(r"<[^>]*>", " ", text)) if w not in NOT_WORDS]
                if words:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}({text!r}) needs self.tr()")
    assert not found, "\n".join(found)


def test_the_service_sentences_listed_for_the_catalogue_are_the_services_own() -> None:
    """ui/service_messages.py copies service sentences word for word for lupdate; a reworded one would stay English."""
    from skillassess.ui.service_messages import SERVICE_MESSAGES

    said: set[str] = set()
    for path in [*(ROOT / "skillassess" / "services").rglob("*.py"), *(ROOT / "skillassess" / "core").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                said.add(node.value)
    assert len(SERVICE_MESSAGES) >= 7
    assert [m for m in SERVICE_MESSAGES if m not in said] == []
