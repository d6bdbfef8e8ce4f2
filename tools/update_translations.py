#!/usr/bin/env python3
"""Extract the interface's strings into resources/translations/skillassess_<lang>.ts and fill in
the translations kept in tools/translations_<lang>.py.

    .venv/bin/python tools/update_translations.py            # every language in LANGUAGES (English: plurals only)
    .venv/bin/python tools/update_translations.py --lang sw  # start (or update) one language
    .venv/bin/python tools/update_translations.py --skeleton # also print the missing entries as Python
    .venv/bin/python tools/update_translations.py --check    # exit 1 when something is untranslated

``make translations-update`` runs the first form. Steps:

1. ``pyside6-lupdate`` reads every .py file of skillassess/ui and any other module of the package
   that imports PySide6, plus a generated list of every ``msg("...")`` sentence of the package
   (services, formats, core: context "Messages"), and merges the strings into each .ts file:
   translations already there are kept, strings no longer in the code are dropped (their
   translations stay in the tables; ``--keep-obsolete`` keeps them in the .ts, marked vanished).
   English gets only the plural (%n) messages.
2. Each message is filled from ``TRANSLATIONS`` in tools/translations_<lang>.py (the reference; edit
   translations there, not in the .ts). Keys: ``("Context", "source")``, or
   ``("Context", "source", "disambiguation")``, or a plain ``"source"`` that serves every context.
   Values: a string, or for ``%n`` messages a list with one string per plural form of the language
   (French 2: one, other; Arabic 6: zero, one, two, few (3-10), many (11-99), other (100-102...)).
   Messages found in neither stay "unfinished" and are listed.
   In a right-to-left language every %1..%9 and {name} is written as a first-strong isolate
   (U+2068 … U+2069) unless the translation isolates it itself (e.g. U+2066 … U+2069 for a file path).
   Qt's own words (ui/qt_strings.py) come from Qt's catalogue (qtbase_<lang>.qm) where the table has none.
3. ``pyside6-lrelease`` compiles each .ts to skillassess/resources/translations/*.qm (git-ignored;
   ``make`` and the package build do it too).
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "skillassess"
TRANSLATIONS = ROOT / "resources" / "translations"
COMPILED = PACKAGE / "resources" / "translations"  # the .qm files the application loads
TOOLS = ROOT / "tools"
PLACEHOLDER = re.compile(r"%L?\d|%L?n")
NAMED = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}")  # {name}, {limit:,} in msg() sentences


def qt_tool(name: str) -> str:
    """pyside6-<name> next to this Python, else on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / f"pyside6-{name}", here / f"pyside6-{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    raise SystemExit(f"pyside6-{name} not found; run this with the Python of .venv (make translations-update).")


def source_files() -> list[Path]:
    """Every module that can call tr()/translate(): all of skillassess/ui, and any other that imports Qt."""
    files = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "ui" in path.relative_to(PACKAGE).parts[:1] or "PySide6" in path.read_text(encoding="utf-8"):
            files.append(path)
    return files


def languages() -> list[str]:
    """Every interface language; English too (its .ts holds only the plural (%n) messages)."""
    sys.path.insert(0, str(ROOT))
    from skillassess.core.languages import LANGUAGES

    return list(LANGUAGES)


# The services' sentences: msg("...") in modules without Qt ----------------------------------------
MESSAGES_CONTEXT = "Messages"  # ui/errors.say and cli/language.py look them up under this context


def service_sentences() -> list[str]:
    """Every literal first argument of msg(...) in the package, in file order, without repeats.

    Services, formats and core import no Qt, so lupdate cannot find their sentences by itself: they are
    written into a generated file of QT_TRANSLATE_NOOP("Messages", ...) that lupdate reads with the code.
    """
    import ast

    found: dict[str, None] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "msg"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found[node.args[0].value] = None
    return list(found)


def sentences_file(folder: Path) -> Path:
    """A Python file listing service_sentences() the way lupdate reads them."""
    path = folder / "service_sentences.py"
    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    lines += [f"QT_TRANSLATE_NOOP({MESSAGES_CONTEXT!r}, {text!r})" for text in service_sentences()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_lupdate(ts: Path, language: str, files: list[Path] | None = None, drop_obsolete: bool = False) -> None:
    """Merge the strings of the code (and the services' sentences) into ``ts``. English keeps only the
    plural messages: every other English text is its own source."""
    import tempfile

    ts.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        if files is None:
            files = [*source_files(), sentences_file(Path(tmp))]
        cmd = [
            qt_tool("lupdate"),
            "-silent",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            language,
            *(["-pluralonly"] if language == "en" else []),
            *(["-no-obsolete"] if drop_obsolete else []),
            *map(str, files),
            "-ts",
            str(ts),
        ]
        subprocess.run(cmd, check=True)


# Reading and writing .ts files ------------------------------------------------------------------
@dataclass
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    element: ET.Element

    @property
    def obsolete(self) -> bool:
        t = self.element.find("translation")
        return t is not None and t.get("type") in ("obsolete", "vanished")

    @property
    def translations(self) -> list[str]:
        t = self.element.find("translation")
        if t is None:
            return []
        if self.numerus:
            return [f.text or "" for f in t.findall("numerusform")]
        return [t.text or ""]

    @property
    def finished(self) -> bool:
        t = self.element.find("translation")
        return (
            t is not None
            and t.get("type") is None
            and all(x.strip() for x in self.translations)
            and bool(self.translations)
        )


def read_ts(path: Path) -> tuple[ET.ElementTree, list[Message]]:
    tree = ET.parse(path)
    messages = []
    for ctx in tree.getroot().findall("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.findall("message"):
            messages.append(
                Message(name, m.findtext("source") or "", m.findtext("comment") or "", m.get("numerus") == "yes", m)
            )
    return tree, messages


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def plural_forms(language: str) -> int:
    """How many plural forms Qt expects for ``language`` (from a one-message lupdate run)."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "probe.py"
        src.write_text(
            'from PySide6.QtCore import QCoreApplication\nQCoreApplication.translate("P", "%n x", None, 2)\n'
        )
        ts = Path(tmp) / "probe.ts"
        run_lupdate(ts, language, [src])
        _, msgs = read_ts(ts)
        return len(msgs[0].element.find("translation").findall("numerusform"))


# Filling translations ----------------------------------------------------------------------------
def _load_module(path: Path) -> object:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_dictionary(language: str) -> dict[object, str | list[str]]:
    """tools/translations_<lang>.py, then each tools/translations_<lang>_<part>.py in name order (a feature's
    own strings: separate files merge without conflicts); a later file's entry wins."""
    path = TOOLS / f"translations_{language}.py"
    if not path.exists():
        return {}
    module = _load_module(path)
    translations = dict(module.TRANSLATIONS)  # type: ignore[attr-defined]
    for part in sorted(TOOLS.glob(f"translations_{language}_*.py")):
        translations.update(_load_module(part).TRANSLATIONS)  # type: ignore[attr-defined]
    # A language's last touch over every entry, wherever it was added (French spacing).
    finish = getattr(module, "finish", None)
    return {k: finish(v) for k, v in translations.items()} if callable(finish) else translations


def lookup(table: dict[object, str | list[str]], m: Message, language: str = "") -> str | list[str] | None:
    if m.comment:
        found = table.get((m.context, m.source, m.comment))
        if found is None and m.context in QT_CONTEXTS and language:
            found = qt_translation(language, m.context, m.source, m.comment)
        return found
    found = table.get((m.context, m.source))
    if found is None and m.context in QT_CONTEXTS and language:
        found = qt_translation(language, m.context, m.source)  # Qt's own word, where Qt has a catalogue
    return found if found is not None else table.get(m.source)


# Qt's own words (ui/qt_strings.py): from Qt's catalogue where it has one (French, Arabic), else from
# the table (Amharic, Swahili).
QT_CONTEXTS = {
    "QPlatformTheme",
    "QMessageBox",
    "QWizard",
    "QFileDialog",
    "QFileSystemModel",
    "QLineEdit",
    "QWidgetTextControl",
}
_qt_catalogues: dict[str, object] = {}


def qt_translation(language: str, context: str, source: str, comment: str = "") -> str | None:
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    if language not in _qt_catalogues:
        t = QTranslator()
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        _qt_catalogues[language] = t if t.load(QLocale(language), "qtbase", "_", folder) else None
    catalogue = _qt_catalogues[language]
    if catalogue is None or language == "en":
        return None
    said = catalogue.translate(context, source, comment or None)  # type: ignore[attr-defined]
    return said or None


def problems_with(m: Message, value: str | list[str], forms: int) -> list[str]:
    """Placeholders kept, plural forms complete."""
    out = []
    values = value if isinstance(value, list) else [value]
    if m.numerus and (not isinstance(value, list) or len(value) != forms):
        out.append(f"needs a list of {forms} plural forms")
    if not m.numerus and isinstance(value, list):
        out.append("is not a plural (%n) message; give one string")
    wanted = {p for p in PLACEHOLDER.findall(m.source) if "n" not in p}
    for v in values:
        if not v.strip():
            out.append("empty translation")
        have = {p.replace("%L", "%") for p in PLACEHOLDER.findall(v) if "n" not in p}
        if {p.replace("%L", "%") for p in wanted} - have:
            out.append(f"placeholders {sorted(wanted)} missing in {v!r}")
        named = set(NAMED.findall(m.source))
        if named != set(NAMED.findall(v)):
            out.append(f"placeholders {sorted(named)} wanted, {sorted(set(NAMED.findall(v)))} found in {v!r}")
    return out


ISOLATES = ("\u2066", "\u2067", "\u2068")  # LRI, RLI, FSI
PDI = "\u2069"


def right_to_left(language: str) -> bool:
    from PySide6.QtCore import QLocale, Qt

    return QLocale(language).textDirection() == Qt.LayoutDirection.RightToLeft


def isolate_placeholders(text: str) -> str:
    """Each %1..%9 as a first-strong isolate, unless the translator isolated it already: a name, an
    English title or a reason put into an Arabic sentence keeps its own direction and punctuation."""
    text = re.sub(r"(?<![\u2066\u2067\u2068])(%\d)(?!\u2069)", "\u2068\\1\u2069", text)
    return NAMED.sub(lambda m: _isolated(text, m), text)


def _isolated(text: str, m: re.Match[str]) -> str:
    """{name} as a first-strong isolate unless the translation isolated it already."""
    before = text[m.start() - 1] if m.start() else ""
    after = text[m.end()] if m.end() < len(text) else ""
    if before in ISOLATES and after == PDI:
        return m.group(0)
    return "\u2068" + m.group(0) + "\u2069"


def fill(language: str, ts: Path, skeleton: bool = False) -> list[Message]:
    """Fill ``ts`` from the dictionary; return the messages still untranslated."""
    table = load_dictionary(language)
    if right_to_left(language):
        table = {
            k: ([isolate_placeholders(x) for x in v] if isinstance(v, list) else isolate_placeholders(v))
            for k, v in table.items()
        }
    forms = plural_forms(language)
    tree, messages = read_ts(ts)
    used: set[object] = set()
    missing: list[Message] = []
    errors: list[str] = []
    for m in messages:
        if m.obsolete:
            continue
        value = lookup(table, m, language)
        t = m.element.find("translation")
        if t is None:
            t = ET.SubElement(m.element, "translation")
        if value is None:
            if not m.finished:
                missing.append(m)
            continue
        used.add((m.context, m.source, m.comment) if m.comment else (m.context, m.source))
        used.add(m.source)
        bad = problems_with(m, value, forms)
        if bad:
            errors.append(f"  ({m.context}) {m.source!r}: {'; '.join(bad)}")
            missing.append(m)
            continue
        for child in list(t):
            t.remove(child)
        t.attrib.pop("type", None)
        if isinstance(value, list):
            t.text = None
            for v in value:
                ET.SubElement(t, "numerusform").text = v
        else:
            t.text = value
    write_ts(tree, ts)
    if errors:
        print(f"{len(errors)} translation(s) in tools/translations_{language}.py need fixing:")
        print("\n".join(errors))
    unused = [k for k in table if k not in used]
    if unused:
        print(f"{len(unused)} entr(y/ies) in tools/translations_{language}.py match no string in the code (kept):")
        for k in unused[:30]:
            print(f"  {k!r}")
        if len(unused) > 30:
            print(f"  … and {len(unused) - 30} more")
    if missing:
        print(f"{len(missing)} untranslated in {language}:")
        for m in missing:
            extra = f" [{m.comment}]" if m.comment else ""
            print(f"  ({m.context}) {m.source!r}{extra}{' (plural)' if m.numerus else ''}")
        if skeleton:
            new_file = not (TOOLS / f"translations_{language}.py").exists()
            print(
                f"# {'Save as' if new_file else 'Paste into TRANSLATIONS of'} tools/translations_{language}.py and translate:"
            )
            if new_file:
                print(f'"""{language} translations of the interface (see tools/update_translations.py)."""\n')
                print("TRANSLATIONS: dict[object, str | list[str]] = {")
            for m in missing:
                key = (m.context, m.source, m.comment) if m.comment else (m.context, m.source)
                print(f"    {key!r}: {([m.source] * forms) if m.numerus else m.source!r},")
            if new_file:
                print("}")
    else:
        print(f"{language}: all {sum(not m.obsolete for m in messages)} messages translated.")
    return missing


def compile_qm(ts: Path) -> None:
    COMPILED.mkdir(parents=True, exist_ok=True)
    subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(COMPILED / f"{ts.stem}.qm")], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lang", action="append", help="language code (default: every one in LANGUAGES but en)")
    parser.add_argument("--skeleton", action="store_true", help="print missing entries as Python to paste")
    parser.add_argument("--check", action="store_true", help="exit with status 1 when anything is untranslated")
    parser.add_argument(
        "--keep-obsolete",
        action="store_true",
        help="keep strings no longer in the code in the .ts (marked vanished); by default they are dropped "
        "(their translations stay in tools/translations_<lang>.py)",
    )
    args = parser.parse_args(argv)
    codes = args.lang or languages()
    untranslated = 0
    for code in codes:
        ts = TRANSLATIONS / f"skillassess_{code}.ts"
        run_lupdate(ts, code, drop_obsolete=not args.keep_obsolete)
        untranslated += len(fill(code, ts, skeleton=args.skeleton))
        compile_qm(ts)
    return 1 if args.check and untranslated else 0


if __name__ == "__main__":
    sys.exit(main())
