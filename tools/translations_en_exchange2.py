"""English plural forms for the national register's lists (branch exchange2)."""

from __future__ import annotations

TRANSLATIONS: dict[object, str | list[str]] = {
    ("RegisterBrowserDialog", "%n candidate(s)."): ["%n candidate.", "%n candidates."],
    ("RegisterBrowserDialog", "%n certificate(s)."): ["%n certificate.", "%n certificates."],
}
