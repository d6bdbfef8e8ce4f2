"""Translations added by the lead while merging (session of 2026-12-01)."""

from __future__ import annotations

TRANSLATIONS: dict[object, str | list[str]] = {
    ("MainWindow", "Waiting for sign-in…"): "En attente de la connexion…",
}
