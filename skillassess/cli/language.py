"""The language of the command line's messages: ``--lang``, else SKILLASSESS_LANGUAGE, else the
system locale (LC_ALL, LC_MESSAGES, LANG), else English.

The CLI reads the same compiled catalogue as the GUI (skillassess/resources/translations/*.qm):
the services' sentences (msg() ids) are in it under the context "Messages". Qt's QTranslator reads it
without any application object, so no second catalogue format is needed.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from skillassess.core.languages import ENV_LANGUAGE, LANGUAGES, language_code, system_language_from_environment
from skillassess.resources import translations_dir

MESSAGES_CONTEXT = "Messages"


def cli_language(requested: str | None = None) -> str:
    """The language to speak: ``requested`` (--lang) if known, else the environment's, else English."""
    for candidate in (requested or "", os.environ.get(ENV_LANGUAGE, "")):
        code = language_code(candidate) if candidate else None
        if code:
            return code
    return system_language_from_environment()


def translator(language: str) -> Callable[[str], str]:
    """A function giving a service sentence (msg() id) in ``language``; the English id when there is none."""
    if language == "en" or language not in LANGUAGES:
        return lambda text: text
    from PySide6.QtCore import QTranslator

    catalogue = QTranslator()
    if not catalogue.load(str(translations_dir() / f"skillassess_{language}.qm")):
        return lambda text: text

    def translate(text: str) -> str:
        return catalogue.translate(MESSAGES_CONTEXT, text) or text

    translate.catalogue = catalogue  # type: ignore[attr-defined]  # kept alive with the function
    return translate
