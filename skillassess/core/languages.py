"""The interface languages (no Qt here, so that the CLI and the formats can use the list too).

Adding a language: one line in ``LANGUAGES`` and one ``resources/translations/skillassess_<code>.ts``
file, created and filled by ``tools/update_translations.py --lang <code> --skeleton``.
"""

from __future__ import annotations

import locale
import os

# Language code -> name of the language in that language (shown untranslated in menus).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "ar": "العربية",
    "am": "አማርኛ",
    "sw": "Kiswahili",
}

ENV_LANGUAGE = "SKILLASSESS_LANGUAGE"


def language_code(name: str) -> str | None:
    """The code of ``name`` (``"fr_SN.UTF-8"``, ``"sw-TZ"``, ``"am"``) when it is one of LANGUAGES."""
    code = name.replace("-", "_").split(".")[0].split("_")[0].lower()
    return code if code in LANGUAGES else None


def system_language_from_environment() -> str:
    """The language of the process's locale (LC_ALL, LC_MESSAGES, LANG, LANGUAGE) if we have it, else English."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        for part in os.environ.get(var, "").split(":"):
            if part and part not in ("C", "POSIX"):
                code = language_code(part)
                if code:
                    return code
    try:
        found = locale.getlocale()[0] or ""
    except ValueError:
        found = ""
    return language_code(found) or "en"
