"""English plural forms for Open Badges (branch badges)."""

from __future__ import annotations

TRANSLATIONS: dict[object, str | list[str]] = {
    ("CertificatesPage", "%n badge(s) saved"): ["%n badge saved", "%n badges saved"],
    ("CertificatesPage", "Signing %n badge(s)…"): ["Signing %n badge…", "Signing %n badges…"],
}
