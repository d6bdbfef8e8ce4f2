"""The assessment record and the self-assessment checklist print in the user's language: their fixed
wording comes from the same catalogue as the interface's (msg() ids under "Messages")."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from test_pdf_reference import DAY, _checklist, _record  # the reference documents' data

from skillassess.cli.language import translator
from skillassess.formats.assessment_record_pdf import assessment_record_pdf
from skillassess.formats.self_assessment_pdf import checklist_pdf

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")

# Fixed English words of each document that must not print in another language.
ENGLISH = {
    "assessment_record": ["Assessment record", "Performance criteria", "Conflict of interest", "Sign-off", "Verifier"],
    "self_assessment_checklist": ["Self-assessment checklist", "Registration number", "I can do this", "With help"],
}
SAID = {
    ("assessment_record", "fr"): ["Fiche d'évaluation", "Critères de performance", "Visas"],
    ("assessment_record", "am"): ["የምዘና መዝገብ", "የአፈጻጸም መስፈርቶች", "አረጋጋጭ"],
    ("assessment_record", "sw"): ["Rekodi ya tathmini", "Vigezo vya utendaji", "Mhakiki"],
    ("self_assessment_checklist", "fr"): ["Grille d'auto-évaluation", "Je sais le faire"],
    ("self_assessment_checklist", "am"): ["የራስ ምዘና ማረጋገጫ ዝርዝር", "በእገዛ"],
    ("self_assessment_checklist", "sw"): ["Orodha hakiki ya kujitathmini", "Kwa msaada"],
}


def _text(data: bytes, tmp_path: Path) -> str:
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(data)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True)
    return re.sub(r"\s+", " ", out.stdout.decode("utf-8"))


def _render(kind: str, language: str) -> bytes:
    t = translator(language)
    if kind == "assessment_record":
        return assessment_record_pdf(_record(), "Centre", printed=DAY, translate=t)
    return checklist_pdf(_checklist(), "Centre", t)


@pytest.mark.parametrize("kind", sorted(ENGLISH))
@pytest.mark.parametrize("language", ["fr", "ar", "am", "sw"])
def test_the_document_prints_in_the_language(kind: str, language: str, tmp_path: Path) -> None:
    text = _text(_render(kind, language), tmp_path)
    left = [w for w in ENGLISH[kind] if w in text]
    assert not left, f"{kind} in {language} still prints {left}"
    for words in SAID.get((kind, language), []):
        assert words in text, (words, text[:400])


@pytest.mark.parametrize("kind", sorted(ENGLISH))
def test_english_without_a_translation(kind: str, tmp_path: Path) -> None:
    text = _text(_render(kind, "en"), tmp_path)
    assert all(w in text for w in ENGLISH[kind])
