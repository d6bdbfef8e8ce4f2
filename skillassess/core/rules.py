"""Domain rules that need no database: numbering, search keys, outcome checks."""

from __future__ import annotations

import unicodedata
from typing import Protocol


class _Named(Protocol):
    family_name: str
    given_names: str
    name_local: str
    registration_number: str
    national_id: str | None


def fold(text: str) -> str:
    """Case- and accent-insensitive form for search: NFKC, casefold, Latin accents removed.

    Arabic and Ethiopic letters are kept as they are (only combining marks are dropped, which
    removes Arabic short vowels too, as users rarely type them).
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFKC", stripped)


def candidate_search_text(c: _Named) -> str:
    """The text a candidate is found by: names in every script, registration number, ID."""
    parts = [c.given_names, c.family_name, c.name_local, c.registration_number, c.national_id or ""]
    return fold(" ".join(p for p in parts if p))
