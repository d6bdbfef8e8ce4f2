"""French translations for speed at national scale (branch scale2)."""

from __future__ import annotations

TRANSLATIONS: dict[object, str | list[str]] = {
    ("CandidatesPage", "Counting the candidates…"): "Décompte des candidats…",
    ("MainWindow", "Opening database…"): "Ouverture de la base de données…",
}
