"""The printable self-assessment checklist: every criterion, names in Latin, Arabic and Ethiopic script."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from skillassess.core.enums import SelfAssessmentAnswer
from skillassess.formats.self_assessment_pdf import write_checklist
from skillassess.services import candidate_search
from skillassess.services import candidates as cand
from skillassess.services import enrolment as enr


def _checklist(db, regno: str):
    with db.session() as s:
        cid = candidate_search.get_by_registration_number(s, regno).id
        return enr.self_assessment_checklist(s, cand.candidate_details(s, cid).enrolments[0].id)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed")
@pytest.mark.parametrize(("regno", "local"), [("ACC-2026-00001", "ትዕግስት"), ("ACC-2026-00011", None)])
def test_checklist_pdf_lists_every_criterion(
    demo_db, demo_actor, tmp_path: Path, regno: str, local: str | None
) -> None:
    checklist = _checklist(demo_db, regno)
    first = checklist.units[0].elements[0].criteria[0]
    with demo_db.transaction() as s:
        enr.save_self_assessment(
            s, demo_actor("assessor1"), checklist.enrolment_id, {first.id: SelfAssessmentAnswer.CAN_DO}
        )
    checklist = _checklist(demo_db, regno)
    out = tmp_path / "checklist.pdf"
    write_checklist(checklist, out, "Accra Technical Skills Centre")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    assert "Self-assessment checklist" in text and regno in text and checklist.candidate_name in text
    for unit in checklist.units:
        assert unit.code in text
    crit = checklist.units[-1].elements[-1].criteria[-1]
    assert " ".join(crit.text.split()[:4]) in flat
    if local:
        assert local in text
    else:  # Arabic comes out as shaped presentation forms; folded back they give the name
        assert "ليال" in unicodedata.normalize("NFKC", text)[::-1] or "ليال" in unicodedata.normalize("NFKC", text)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert "NotoSans" in fonts and ("NotoSansEthiopic" in fonts if local else "NotoSansArabic" in fonts)
