"""Swahili translations for speed at national scale (branch scale2)."""

from __future__ import annotations

TRANSLATIONS: dict[object, str | list[str]] = {
    ("CandidatesPage", "Counting the candidates…"): "Inahesabu watahiniwa…",
    ("MainWindow", "Opening database…"): "Inafungua hifadhidata…",
}
