"""Arabic translations for speed at national scale (branch scale2)."""

from __future__ import annotations

TRANSLATIONS: dict[object, str | list[str]] = {
    ("CandidatesPage", "Counting the candidates…"): "جارٍ عدّ المرشحين…",
    ("MainWindow", "Opening database…"): "جارٍ فتح قاعدة البيانات…",
}
