"""Every kind of PDF, rendered from fixed data, compared with a reference text; every font embedded.

For each kind (certificates in English, Arabic, Amharic and English + Arabic; a statement of attainment;
an assessment record with an Arabic and an Ethiopic comment; a self-assessment checklist) the test
renders the PDF from the fixed data below (fixed dates and serials, so the output is stable), runs
``pdftotext -layout`` on it and compares the text with ``tests/formats/reference/<kind>.txt``, and runs
``pdffonts`` to check that no font is left unembedded (a viewer without it would substitute another, or
print boxes). Trailing spaces are ignored; everything else must match.

After a deliberate change to a PDF's layout or wording, write the references again and review the diff
(and the rendered pages, ``pdftoppm -png -r 80``) before committing them::

    SKILLASSESS_UPDATE_REFERENCES=1 .venv/bin/python -m pytest tests/formats/test_pdf_reference.py

(the tests that rewrote a reference are reported as skipped, so a run that updates can never pass by itself).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from skillassess.core.enums import (
    AssessmentMethod,
    AssessmentStatus,
    EvidenceKind,
    Judgement,
    Outcome,
    Pathway,
    SelfAssessmentAnswer,
)
from skillassess.core.evidence_basis import EvidenceRef
from skillassess.core.records import CoverLetter
from skillassess.formats.assessment_record_pdf import assessment_record_pdf
from skillassess.formats.certificate_pdf import CertificateDoc, SignatoryDoc, UnitLine, render_certificate
from skillassess.formats.cover_letter_pdf import cover_letter_pdf
from skillassess.formats.self_assessment_pdf import checklist_pdf
from skillassess.services.enrolment import Checklist, ChecklistCriterion, ChecklistElement, ChecklistUnit
from skillassess.services.recording.reading import AmendmentLine, AssessmentDetail, AttemptLine, CriterionLine

REFERENCE = Path(__file__).resolve().parent / "reference"
UPDATE = os.environ.get("SKILLASSESS_UPDATE_REFERENCES") == "1"

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftotext, pdffonts) is not installed; .ci/run installs it",
)

DAY = dt.date(2026, 11, 20)
UNITS = (
    UnitLine("ELI-C01", "Apply occupational health and safety procedures", "C"),
    UnitLine("ELI-C02", "Install wiring systems in domestic buildings", "C"),
    UnitLine("ELI-E07", "Install and test solar photovoltaic systems", "RPL"),
)
SIGNATORIES = (SignatoryDoc("Ama Owusu", "Principal"), SignatoryDoc("Kofi Boateng", "Chief assessor"))


def _certificate(**changes: object) -> CertificateDoc:
    base: dict[str, object] = {
        "serial": "GH-ACC-2026-000042",
        "kind": "full",
        "languages": ("en",),
        "centre_name": "Accra Technical Training Centre",
        "candidate_name": "Kwame Mensah",
        "qualification_code": "ELI-L2",
        "qualification_title": "Electrical Installation",
        "level": "2",
        "issued_on": DAY,
        "payload": "SA1.reference-payload.not-signed",
        "units": UNITS,
        "signatories": SIGNATORIES,
    }
    base.update(changes)
    return CertificateDoc(**base)


def _record() -> AssessmentDetail:
    criteria = [
        CriterionLine(
            1,
            "1.1",
            "Hazards in the work area are identified and reported",
            1,
            1,
            "Prepare for work",
            Judgement.SATISFACTORY,
        ),
        CriterionLine(
            2,
            "1.2",
            "Personal protective equipment is selected and worn",
            1,
            1,
            "Prepare for work",
            Judgement.SATISFACTORY,
        ),
        CriterionLine(
            3,
            "2.1",
            "Circuits are isolated and proved dead before work starts",
            2,
            2,
            "Isolate circuits",
            Judgement.SATISFACTORY,
        ),
    ]
    return AssessmentDetail(
        id=1207,
        candidate_id=31,
        registration_number="BEY-2026-00031",
        candidate_name="Layal Khoury",
        name_local="ليال خوري",
        enrolment_id=40,
        pathway=Pathway.TRAINING,
        unit_id=3,
        unit_code="ELI-C01",
        unit_version=2,
        unit_title="Apply occupational health and safety procedures",
        attempt=2,
        date=dt.date(2026, 10, 14),
        venue="Workshop B",
        session_id=None,
        assessor_id=5,
        assessor="assessor1",
        assessor_name="Rami Haddad",
        verifier_id=6,
        verifier="verifier1",
        verifier_name="Tigist Alemu",
        status=AssessmentStatus.VERIFIED,
        outcome=Outcome.COMPETENT,
        credit_transfer_source="",
        methods=[AssessmentMethod.OBSERVATION, AssessmentMethod.QUESTIONING],
        comments="عملت المرشحة بأمان طوال التقييم، وحددت المخاطر في منطقة العمل قبل البدء، وارتدت معدات الوقاية "
        "الشخصية المناسبة، وعزلت الدائرة وتأكدت من خلوها من التيار قبل لمس أي موصل.",
        feedback="ጥሩ ስራ ሰርተሻል። የመከላከያ መሳሪያዎችን በትክክል ተጠቅመሻል፤ ቀጣዩን ክፍል ለመጀመር ዝግጁ ነሽ።",
        conflict_of_interest=False,
        conflict_details="",
        returned_reason="",
        submitted_at=dt.datetime(2026, 10, 14, 16, 5),
        verified_at=dt.datetime(2026, 10, 16, 9, 30),
        criteria=criteria,
        blocking=[],
        amendments=[
            AmendmentLine(
                1,
                "The date was entered wrongly",
                {"date": "2026-10-13"},
                {"date": "2026-10-14"},
                "verifier1",
                dt.datetime(2026, 10, 17, 11, 0),
            )
        ],
        attempts=[
            AttemptLine(
                1190,
                1,
                2,
                AssessmentStatus.VERIFIED,
                Outcome.NOT_YET_COMPETENT,
                dt.date(2026, 9, 2),
                "assessor1",
                "verifier1",
            ),
            AttemptLine(
                1207,
                2,
                2,
                AssessmentStatus.VERIFIED,
                Outcome.COMPETENT,
                dt.date(2026, 10, 14),
                "assessor1",
                "verifier1",
            ),
        ],
    )


def _rpl_record() -> AssessmentDetail:
    """An RPL assessment: two portfolio items (one judged on every rule, one not), a self-assessment."""
    photo = EvidenceRef(
        501,
        "switchboard-2024.jpg",
        EvidenceKind.PHOTO,
        "Switchboard wired at the Bole site",
        dt.date(2024, 5, 2),
        "3f1c9a0be27d44c1a8e0f6b1d2c3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1",
        True,
        True,
        True,
        True,
    )
    letter = EvidenceRef(
        502,
        "የአሰሪ ደብዳቤ.pdf",
        EvidenceKind.REFERENCE_LETTER,
        "Employer's letter",
        dt.date(2025, 1, 15),
        "9b8a7c6d5e4f30211f2e3d4c5b6a79880123456789abcdef0123456789abcdef",
        True,
        False,
        None,
        True,
    )
    return dataclasses.replace(
        _record(),
        id=1311,
        registration_number="ADD-2026-00107",
        candidate_name="Tigist Alemu",
        name_local="ትዕግስት አለሙ",
        pathway=Pathway.RPL,
        attempt=1,
        outcome=Outcome.RPL_GRANTED,
        methods=[AssessmentMethod.QUESTIONING, AssessmentMethod.PORTFOLIO],
        comments="Portfolio and questioning cover every criterion.",
        feedback="",
        amendments=[],
        attempts=[],
        verifier_name="Dawit Bekele",
        evidence={1: [photo], 2: [photo, letter], 3: [letter]},
        self_assessment={
            1: SelfAssessmentAnswer.CAN_DO,
            2: SelfAssessmentAnswer.CAN_DO,
            3: SelfAssessmentAnswer.WITH_HELP,
        },
    )


def _checklist() -> Checklist:
    def element(
        n: int, title: str, texts: list[str], answers: list[SelfAssessmentAnswer | None], remark: str = ""
    ) -> ChecklistElement:
        return ChecklistElement(
            n,
            title,
            [
                ChecklistCriterion(10 * n + i, f"{n}.{i}", t, a)
                for i, (t, a) in enumerate(zip(texts, answers, strict=True), start=1)
            ],
            n,
            remark,
        )

    units = [
        ChecklistUnit(
            3,
            "ELI-C01",
            "Apply occupational health and safety procedures",
            [
                element(
                    1,
                    "Prepare for work",
                    [
                        "Hazards in the work area are identified and reported",
                        "Personal protective equipment is selected and worn",
                    ],
                    [SelfAssessmentAnswer.CAN_DO, SelfAssessmentAnswer.WITH_HELP],
                    "On building sites in Beirut since 2019; PPE checked by my foreman.",
                ),
                element(2, "Isolate circuits", ["Circuits are isolated and proved dead before work starts"], [None]),
            ],
        ),
        ChecklistUnit(
            4,
            "ELI-C02",
            "Install wiring systems in domestic buildings",
            [
                element(
                    1,
                    "Plan the installation",
                    ["The layout is read from the drawing (ELI-C02, sheet 3)", "Cable sizes are chosen for the load"],
                    [SelfAssessmentAnswer.NOT_YET, None],
                ),
            ],
        ),
    ]
    return Checklist(
        40,
        "BEY-2026-00031",
        "Layal Khoury",
        "ليال خوري",
        "ELI-L2",
        "Electrical Installation",
        units,
        dt.date(2026, 9, 1),
    )


KINDS: dict[str, Callable[[], bytes]] = {
    "certificate_en": lambda: render_certificate(_certificate()),
    "certificate_ar": lambda: render_certificate(
        _certificate(
            languages=("ar",),
            centre_name="مركز بيروت للتدريب المهني",
            candidate_name="Layal Khoury",
            candidate_name_local="ليال خوري",
            qualification_title="التمديدات الكهربائية",
            serial="LB-BEY-2026-000007",
        )
    ),
    "certificate_am": lambda: render_certificate(
        _certificate(
            languages=("am",),
            centre_name="Addis Ababa TVET College",
            candidate_name="Tigist Alemu",
            candidate_name_local="ትዕግስት አለሙ",
            serial="ET-ADD-2026-000311",
        )
    ),
    "certificate_en_ar": lambda: render_certificate(
        _certificate(
            languages=("en", "ar"),
            candidate_name="Georges Nassar",
            candidate_name_local="جورج نصار",
            serial="LB-BEY-2026-000008",
            reprint=True,
            replaces_serial="LB-BEY-2026-000003",
        )
    ),
    "statement_of_attainment": lambda: render_certificate(
        _certificate(kind="statement", units=UNITS[:2], serial="GH-ACC-2026-000043", candidate_name="Abena Asante")
    ),
    "assessment_record": lambda: assessment_record_pdf(_record(), "Beirut Vocational Training Centre", printed=DAY),
    "assessment_record_rpl": lambda: assessment_record_pdf(_rpl_record(), "Addis Ababa TVET College", printed=DAY),
    "cover_letter": lambda: cover_letter_pdf(
        CoverLetter(
            "Addis Ababa TVET College",
            "Tigist Alemu",
            "ትዕግስት አለሙ",
            "ADD-2026-00107",
            "ELI-L2",
            "Electrical Installation",
            "ET-ADD-2026-000312",
            DAY,
            [("ELI-C01", "Apply occupational health and safety procedures")],
            [
                ("ELI-C02", "Install wiring systems in domestic buildings"),
                ("ELI-E07", "Install and test solar photovoltaic systems"),
            ],
            dt.date(2026, 11, 18),
            "Evening course at the college, from 5 January 2027",
        )
    ),
    "self_assessment_checklist": lambda: checklist_pdf(_checklist(), "Beirut Vocational Training Centre"),
}


def _layout_text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True)
    lines = [line.rstrip() for line in out.stdout.decode("utf-8").split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n"


def unembedded_fonts(pdf: Path) -> list[str]:
    """The fonts ``pdffonts`` lists as not embedded in ``pdf``."""
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()
    header, rows = out[0], out[2:]
    emb = header.index("emb")
    return [row.split()[0] for row in rows if row[emb : emb + 3].strip() != "yes"]


@pytest.mark.parametrize("kind", list(KINDS))
def test_pdf_text_matches_its_reference_and_every_font_is_embedded(kind: str, tmp_path: Path) -> None:
    pdf = tmp_path / f"{kind}.pdf"
    pdf.write_bytes(KINDS[kind]())
    assert unembedded_fonts(pdf) == []
    text = _layout_text(pdf)
    reference = REFERENCE / f"{kind}.txt"
    if UPDATE:
        reference.write_text(text, encoding="utf-8")
        pytest.skip(f"reference {reference.name} written: review it before committing")
    assert reference.exists(), f"no reference {reference}: run with SKILLASSESS_UPDATE_REFERENCES=1 and review it"
    expected = reference.read_text(encoding="utf-8")
    if text != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), text.splitlines(True), "reference", "now"))
        pytest.fail(
            f"{kind}: the PDF text differs from {reference.name} (if intended, update the references "
            f"as the module docstring says):\n{diff}"
        )


def test_unembedded_fonts_are_found(tmp_path: Path) -> None:
    """The check itself: reportlab's own canvas (initial font Helvetica, not embedded) is caught."""
    from reportlab.pdfgen.canvas import Canvas

    pdf = tmp_path / "plain.pdf"
    c = Canvas(str(pdf))
    c.drawString(72, 720, "Helvetica")
    c.save()
    assert unembedded_fonts(pdf) == ["Helvetica"]
