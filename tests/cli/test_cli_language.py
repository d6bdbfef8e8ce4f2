"""The command line speaks the user's language: --lang, else SKILLASSESS_LANGUAGE, else the system
locale; the services' sentences (msg() ids) come from the same catalogue as the GUI's."""

from __future__ import annotations

import importlib.util
import re
import sys

import pytest

from skillassess.cli.language import cli_language, translator
from skillassess.core.languages import LANGUAGES

from helpers import ROOT


def _tool():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


tool = _tool()
TRANSLATED = [code for code in LANGUAGES if code != "en"]
# Words that stay as they are in every language: names of programs, formats, commands and options.
NOT_ENGLISH = {
    "skillassess",
    "open",  # "Open Badges", the standard's name, is not translated
    "badges",
    "jwt",
    "sqlite",
    "postgresql",
    "excel",
    "libreoffice",
    "json",
    "case",
    "zip",
    "pdf",
    "readme",
    "file",
    "archive",
    "address",
    "setup",
    "restore",
    "audit",
    "verify",
    "accept",
    "loss",
    "keys",
    "create",
    "rotate",
    "user",
    "name",
    "number",
    "clear",
    "checkpoint",
    "wal",
    "amcheck",
    "several",
    "users",
    "server",
    "skillassess_password",
    "skillassess_data_dir",
    "sha",
    "xlsx",
}


def english_words(sentence: str) -> list[str]:
    """The English words of a msg() sentence, without its {placeholders}, commands and file names."""
    text = tool.NAMED.sub(" ", sentence)
    text = re.sub(r"\"[^\"]*\"", " ", text)  # quoted titles of other documents
    words = re.findall(r"[A-Za-z]{3,}", text)
    return [w for w in words if w.lower() not in NOT_ENGLISH and not w.isupper()]  # NYS, CASE: codes


def still_english(sentence: str, said: str) -> bool:
    """Whether ``said`` (the translation of ``sentence``) is still the English sentence: most of its
    English words (two or more; placeholders, codes and commands aside) are there."""
    words = english_words(sentence)
    if len(words) < 2:
        # "{field}: {problem}", or one word such as "Observation", "Portfolio", "Date" that French
        # writes the same way: the completeness test proves each has a finished translation.
        return False
    said = tool.NAMED.sub(" ", said)
    kept = [w for w in words if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", said)]
    return said == sentence or len(kept) * 2 > len(words)


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_service_sentence_is_said_in_the_language(language: str) -> None:
    """Every msg() sentence of the services, formats and core, rendered as the GUI and the CLI render a
    domain error: no English sentence is left (names, codes and commands may stay)."""
    translate = translator(language)
    sentences = tool.service_sentences()
    assert len(sentences) > 100
    english = [f"{s!r} -> {translate(s)!r}" for s in sentences if still_english(s, translate(s))]
    assert not english, f"{len(english)} sentence(s) still English in {language}:\n" + "\n".join(english)


def test_the_check_finds_an_english_sentence() -> None:
    """The test above can fail: an untranslated sentence is found, a translated one is not."""
    sentence = "Cannot write {path}: the folder {folder} does not exist; choose another folder."
    assert english_words(sentence)[:3] == ["Cannot", "write", "the"]
    assert still_english(sentence, sentence)
    assert still_english(sentence, "Impossible: cannot write {path}, the folder {folder} does not exist.")
    assert not still_english(sentence, translator("fr")(sentence))
    assert not still_english("{code} version {version} — {title}", "{code} الإصدار {version} — {title}")


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "There is no SkillAssess database at"),
        ("fr", "Il n'y a pas de base SkillAssess à"),
        ("ar", "لا توجد قاعدة بيانات SkillAssess في"),
        ("am", "የSkillAssess የመረጃ ቋት የለም"),
        ("sw", "Hakuna hifadhidata ya SkillAssess kwenye"),
    ],
)
def test_a_domain_error_is_printed_in_the_chosen_language(cli, tmp_path, language: str, said: str) -> None:
    missing = tmp_path / "nowhere.sqlite3"
    r = cli("--lang", language, "--db", str(missing), "info")
    assert r.returncode == 1
    assert said in r.stderr, r.stderr
    assert str(missing) in r.stderr


def test_the_language_comes_from_the_environment(cli, tmp_path, monkeypatch) -> None:
    missing = tmp_path / "nowhere.sqlite3"
    r = cli("--db", str(missing), "info", env={"SKILLASSESS_LANGUAGE": "sw"})
    assert "Hakuna hifadhidata" in r.stderr
    monkeypatch.delenv("SKILLASSESS_LANGUAGE", raising=False)
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "fr_SN.UTF-8")
    assert cli_language(None) == "fr"
    monkeypatch.setenv("LANG", "am_ET.UTF-8")
    assert cli_language(None) == "am"
    assert cli_language("sw-TZ") == "sw"
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert cli_language(None) == "en"  # a language we do not have: English
    assert cli_language("xx") == "en"
