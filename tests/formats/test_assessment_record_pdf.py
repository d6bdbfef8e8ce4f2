"""The printed assessment record: its text and layout, checked with pdftotext."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from skillassess.core.enums import AssessmentStatus, Outcome
from skillassess.core.models import Amendment, Assessment
from skillassess.formats.assessment_record_pdf import assessment_record_pdf, write_assessment_record
from skillassess.services.recording import reading

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_record_lists_criteria_judgements_and_sign_off(demo_db, tmp_path: Path) -> None:
    with demo_db.session() as s:
        aid = s.execute(select(Amendment.assessment_id)).scalars().first()
        d = reading.assessment_detail(s, aid)
    out = tmp_path / "r.pdf"
    write_assessment_record(d, out, centre_name="Accra <Technical> & Skills")
    text = _text(out)
    assert "Accra <Technical> & Skills" in text  # escaped, not taken as markup
    assert "Assessment record" in text and d.registration_number in text and d.unit_code in text
    for c in d.criteria:
        assert c.number in text
    assert "Element 1:" in text and "Competent (C)" in text
    assert "Observation" in text and d.assessor_name in text
    assert "Joseph Phiri" in text and "Verified:" in text
    assert "Amendments after verification" in text and "assessed on was" in text


def test_draft_record_says_it_is_not_final_and_marks_nys(demo_db, tmp_path: Path) -> None:
    with demo_db.session() as s:
        nyc = s.execute(select(Assessment.id).where(Assessment.outcome == Outcome.NOT_YET_COMPETENT)).scalars().first()
        draft = s.execute(select(Assessment.id).where(Assessment.status == AssessmentStatus.DRAFT)).scalars().first()
        d_nyc, d_draft = reading.assessment_detail(s, nyc), reading.assessment_detail(s, draft)
    p1, p2 = tmp_path / "nyc.pdf", tmp_path / "draft.pdf"
    p1.write_bytes(assessment_record_pdf(d_nyc))
    p2.write_bytes(assessment_record_pdf(d_draft))
    assert "NYS" in _text(p1) and "Not Yet Competent (NYC)" in _text(p1)
    t2 = _text(p2)
    assert "not final until it is verified" in t2 and "—" in t2
