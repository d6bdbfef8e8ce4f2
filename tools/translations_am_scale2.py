"""Amharic translations for speed at national scale (branch scale2)."""

from __future__ import annotations

TRANSLATIONS: dict[object, str | list[str]] = {
    ("CandidatesPage", "Counting the candidates…"): "ተመዛኞች በመቆጠር ላይ…",
    ("MainWindow", "Opening database…"): "የመረጃ ቋቱ በመከፈት ላይ…",
}
