"""Countries by their ISO 3166 alpha-2 code, named in each interface language from CLDR (Babel).

The database keeps the two-letter code (``SN``); what users see and type is a name in their
language (``Senegal``, ``Sénégal``, ``السنغال``, ``ሴኔጋል``, ``Senegali``). ``country_code()`` reads
any of these back, and the alpha-3 code (``SEN``) too.
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale
from babel.core import UnknownLocaleError, get_global

from skillassess.core.languages import LANGUAGES
from skillassess.core.rules import fold

# CLDR territories that are not countries a person holds or a centre is in.
_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"}
_ALPHA2 = re.compile(r"[A-Z]{2}")


@cache
def _names(language: str) -> dict[str, str]:
    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        locale = Locale.parse("en")
    return {
        code: name
        for code, name in locale.territories.items()
        if _ALPHA2.fullmatch(code) and code not in _NOT_COUNTRIES
    }


def country_codes() -> list[str]:
    """Every country's alpha-2 code."""
    return sorted(_names("en"))


def country_name(code: str, language: str = "en") -> str:
    """The name of the country ``code`` in ``language``; the code itself when it names no country."""
    return _names(language).get((code or "").upper(), code)


def countries(language: str = "en") -> list[tuple[str, str]]:
    """(code, name) of every country, by name in ``language``."""
    names = _names(language)
    return sorted(names.items(), key=lambda kv: fold(kv[1]))


def _key(text: str) -> str:
    """A name as it is looked up: folded, without punctuation, spaces or the Arabic article's hamza forms."""
    folded = fold(text).replace("ـ", "")  # tatweel
    return re.sub(r"[\W_]+", "", folded)


@cache
def _by_name() -> dict[str, str]:
    index: dict[str, str] = {}
    for language in ("en", *[code for code in LANGUAGES if code != "en"]):
        for code, name in _names(language).items():
            index.setdefault(_key(name), code)
    for alias, targets in get_global("territory_aliases").items():
        if len(alias) == 3 and alias.isalpha() and len(targets) == 1 and targets[0] in _names("en"):
            index.setdefault(_key(alias), targets[0])  # alpha-3 codes: SEN -> SN
    return index


def country_code(text: str) -> str | None:
    """The alpha-2 code of ``text``: an alpha-2 or alpha-3 code, or a country's name in any interface
    language (accents, case and punctuation aside); None when it names no country."""
    text = (text or "").strip()
    if not text:
        return None
    if _ALPHA2.fullmatch(text.upper()) and text.upper() in _names("en"):
        return text.upper()
    return _by_name().get(_key(text))
