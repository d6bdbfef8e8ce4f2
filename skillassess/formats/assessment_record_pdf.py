"""The printable assessment record for the candidate's file: criteria, judgements, methods, sign-off.

Fixed wording is set in the bundled Noto Sans; everything that holds user text (names, titles, comments in
any script) is a ``pdf_text.TextBlock``, so Arabic and Ethiopic comments print with their letters.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from skillassess.core.enums import AssessmentMethod, AssessmentStatus, Judgement, Outcome, Pathway, SelfAssessmentAnswer
from skillassess.core.evidence_basis import judgement_words
from skillassess.core.records import AssessmentDetail
from skillassess.core.safe_write import write_file
from skillassess.formats.pdf_text import TextBlock, doc_template, draw_text, paragraph_style, table_style

OUTCOME_NAMES = {
    Outcome.COMPETENT: "Competent (C)",
    Outcome.NOT_YET_COMPETENT: "Not Yet Competent (NYC)",
    Outcome.RPL_GRANTED: "RPL granted",
    Outcome.CREDIT_TRANSFER: "Credit transfer (CT)",
    Outcome.WITHDRAWN: "Withdrawn",
}
METHOD_NAMES = {
    AssessmentMethod.OBSERVATION: "Observation",
    AssessmentMethod.QUESTIONING: "Questioning",
    AssessmentMethod.PRODUCT: "Product",
    AssessmentMethod.THIRD_PARTY_REPORT: "Third-party report",
    AssessmentMethod.PORTFOLIO: "Portfolio",
}
STATUS_NAMES = {
    AssessmentStatus.DRAFT: "Draft (not final)",
    AssessmentStatus.SUBMITTED: "Submitted, awaiting verification",
    AssessmentStatus.VERIFIED: "Verified",
    AssessmentStatus.RETURNED: "Returned to the assessor",
}
MARKS = {Judgement.SATISFACTORY: "S", Judgement.NOT_YET_SATISFACTORY: "NYS"}
ANSWER_NAMES = {
    SelfAssessmentAnswer.CAN_DO: "I can do this",
    SelfAssessmentAnswer.WITH_HELP: "With help",
    SelfAssessmentAnswer.NOT_YET: "Not yet",
}


def _styles() -> dict[str, ParagraphStyle]:
    body = paragraph_style("body", 9, 11.5, spaceBefore=0, spaceAfter=0)
    return {
        "title": paragraph_style("title", 16, 20, bold=True, alignment=TA_CENTER, spaceAfter=2),
        "centre": ParagraphStyle("centre", parent=body, alignment=TA_CENTER, fontSize=10),
        "h2": paragraph_style("h2", 11, 14, bold=True, spaceBefore=8, spaceAfter=4),
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=colors.HexColor("#444444")),
        "label": paragraph_style("label", 9, 11.5, bold=True),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5),
        "element": paragraph_style("element", 8.5, 10.5, bold=True),
        "mark": paragraph_style("mark", 9, 11.5, bold=True, alignment=TA_CENTER),
    }


def _p(text: str, style_: ParagraphStyle) -> TextBlock:
    """A paragraph of text (user text or not): printed as written, line breaks kept, any script."""
    return TextBlock(text, style_)


def _date(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    return value.isoformat()


def _show(value: Any) -> str:
    if value is None or value == "":
        return "(none)"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "(none)"
    return str(value)


def _changes(before: dict[str, Any], after: dict[str, Any]) -> str:
    """An amendment's changes as lines "field was old, now new" (judgements one criterion per line)."""
    lines = []
    for key, new in after.items():
        old = before.get(key)
        if key == "judgements" and isinstance(new, dict):
            old_j = old if isinstance(old, dict) else {}
            lines += [f"criterion {n} was {_show(old_j.get(n))}, now {_show(v)}" for n, v in new.items()]
        else:
            lines.append(f"{key.replace('_', ' ')} was {_show(old)}, now {_show(new)}")
    return "\n".join(lines)


def _story(d: AssessmentDetail, centre_name: str) -> list[Any]:
    st = _styles()
    story: list[Any] = []
    if centre_name:
        story.append(_p(centre_name, st["centre"]))
    story.append(Paragraph("Assessment record", st["title"]))
    if d.status != AssessmentStatus.VERIFIED:
        story.append(
            _p(f"Status: {STATUS_NAMES[d.status]}. This record is not final until it is verified.", st["centre"])
        )
    story.append(Spacer(1, 4 * mm))

    outcome = OUTCOME_NAMES[d.outcome] if d.outcome else "—"
    if d.outcome == Outcome.CREDIT_TRANSFER and d.credit_transfer_source:
        outcome += f" — from: {d.credit_transfer_source}"
    facts = [
        ("Candidate", f"{d.candidate_name} ({d.registration_number})"),
        ("Unit", f"{d.unit_code} version {d.unit_version} — {d.unit_title}"),
        ("Attempt", str(d.attempt)),
        ("Date and venue", f"{_date(d.date)}{', ' + d.venue if d.venue else ''}"),
        (
            "Pathway",
            {"rpl": "Recognition of Prior Learning", "training": "Training"}.get(d.pathway.value, "")
            if d.pathway
            else "—",
        ),
        ("Methods used", ", ".join(METHOD_NAMES[m] for m in d.methods) or "—"),
        ("Outcome", outcome),
        ("Status", STATUS_NAMES[d.status]),
    ]
    table = Table(
        [[_p(k, st["label"]), _p(v, st["body"])] for k, v in facts],
        colWidths=[38 * mm, 132 * mm],
    )
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#cccccc")),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    story.append(table)

    story.append(Paragraph("Performance criteria", st["h2"]))
    rows: list[list[Any]] = [[_p("No.", st["label"]), _p("Criterion", st["label"]), _p("Judgement", st["label"])]]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#999999")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("REPEATROWS", (0, 0), (-1, 0)),
    ]
    element_id = None
    for c in d.criteria:
        if c.element_id != element_id:
            element_id = c.element_id
            rows.append([_p(f"Element {c.element_position}: {c.element_title}", st["element"]), "", ""])
            n = len(rows) - 1
            style += [("SPAN", (0, n), (-1, n)), ("BACKGROUND", (0, n), (-1, n), colors.HexColor("#f0f0f0"))]
        mark = MARKS.get(c.result, "—") if c.result else "—"
        rows.append([_p(c.number, st["cell"]), _p(c.text, st["cell"]), _p(mark, st["mark"])])
        if c.result == Judgement.NOT_YET_SATISFACTORY:
            style.append(("BACKGROUND", (2, len(rows) - 1), (2, len(rows) - 1), colors.HexColor("#f6d5d5")))
    crit = Table(rows, colWidths=[14 * mm, 131 * mm, 25 * mm], repeatRows=1)
    crit.setStyle(table_style([s for s in style if s[0] != "REPEATROWS"]))
    story.append(crit)
    story.append(_p("S = Satisfactory; NYS = Not yet satisfactory; — = not assessed.", st["small"]))
    if d.blocking and d.outcome in (Outcome.COMPETENT, Outcome.RPL_GRANTED):
        story.append(_p(f"Criteria not yet Satisfactory: {', '.join(d.blocking)}", st["body"]))

    if d.pathway == Pathway.RPL or d.evidence:
        story += _evidence_section(d, st)

    for heading, text in (("Assessor's comments", d.comments), ("Feedback given to the candidate", d.feedback)):
        story.append(Paragraph(heading, st["h2"]))
        story.append(_p(text or "—", st["body"]))

    story.append(Paragraph("Conflict of interest", st["h2"]))
    if d.conflict_of_interest is None:
        coi = "Not declared."
    elif d.conflict_of_interest:
        coi = f"The assessor declared a conflict of interest: {d.conflict_details}"
    else:
        coi = "The assessor declared no conflict of interest with this candidate."
    story.append(_p(coi, st["body"]))

    if d.returned_reason and d.status == AssessmentStatus.RETURNED:
        story.append(Paragraph("Returned by the verifier", st["h2"]))
        story.append(_p(d.returned_reason, st["body"]))

    if d.amendments:
        story.append(Paragraph("Amendments after verification", st["h2"]))
        for am in d.amendments:
            story.append(
                _p(
                    f"{_date(am.amended_at)}, {am.amended_by}: {am.reason}\n" + _changes(am.before, am.after),
                    st["small"],
                )
            )
            story.append(Spacer(1, 2 * mm))

    if len(d.attempts) > 1:
        story.append(Paragraph("Attempts at this unit", st["h2"]))
        story.append(
            _p(
                "\n".join(
                    f"Attempt {h.attempt}: {_date(h.date)}, {OUTCOME_NAMES[h.outcome] if h.outcome else 'no outcome'}, "
                    f"{STATUS_NAMES[h.status].lower()}"
                    for h in d.attempts
                ),
                st["small"],
            )
        )

    sign = Table(
        [
            [_p("Assessor", st["label"]), _p("Verifier", st["label"])],
            [_p(d.assessor_name, st["body"]), _p(d.verifier_name or "—", st["body"])],
            [
                _p(f"Submitted: {_date(d.submitted_at)}", st["body"]),
                _p(f"Verified: {_date(d.verified_at)}", st["body"]),
            ],
            [_p("Signature:", st["small"]), _p("Signature:", st["small"])],
        ],
        colWidths=[85 * mm, 85 * mm],
        rowHeights=[None, None, None, 16 * mm],
    )
    sign.setStyle(
        table_style(
            [
                ("BOX", (0, 0), (0, -1), 0.5, colors.black),
                ("BOX", (1, 0), (1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story.append(Spacer(1, 6 * mm))
    story.append(KeepTogether([Paragraph("Sign-off", st["h2"]), sign]))
    return story


def _evidence_section(d: AssessmentDetail, st: dict[str, ParagraphStyle]) -> list[Any]:
    """Per criterion: the method the judgement rests on and the evidence relied on (file name, SHA-256
    prefix, judgement on the rules of evidence), with the candidate's self-assessment answer."""
    other = ", ".join(METHOD_NAMES[m] for m in d.methods if m != AssessmentMethod.PORTFOLIO) or "—"
    rows: list[list[Any]] = [
        [_p("No.", st["label"]), _p("Method", st["label"]), _p("Evidence relied on; self-assessment", st["label"])]
    ]
    for c in d.criteria:
        refs = d.evidence.get(c.criterion_id, [])
        method = METHOD_NAMES[AssessmentMethod.PORTFOLIO] if any(r.accepted for r in refs) else other
        lines = [f"{r.filename} (SHA-256 {r.sha_prefix}…): {judgement_words(r)}" for r in refs]
        if not refs:
            lines.append("No evidence mapped.")
        answer = d.self_assessment.get(c.criterion_id)
        lines.append(f"Self-assessment: {ANSWER_NAMES[answer] if answer else 'not answered'}")
        rows.append([_p(c.number, st["cell"]), _p(method, st["cell"]), _p("\n".join(lines), st["cell"])])
    table = Table(rows, colWidths=[14 * mm, 28 * mm, 128 * mm], repeatRows=1)
    table.setStyle(
        table_style(
            [
                ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#999999")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return [
        Paragraph("Evidence relied on (Recognition of Prior Learning)", st["h2"]),
        table,
        _p(
            "Portfolio: the criterion rests on evidence judged valid, sufficient, authentic and current; "
            "otherwise on the other methods used. SHA-256: the first 12 characters of the stored file's hash.",
            st["small"],
        ),
    ]


def assessment_record_pdf(detail: AssessmentDetail, centre_name: str = "", *, printed: dt.date | None = None) -> bytes:
    """The PDF bytes of one assessment's record; ``printed`` (today by default) is in the footer."""
    buf = io.BytesIO()
    printed_on = (printed or dt.date.today()).isoformat()
    footer_text = (
        f"Assessment {detail.id} — {detail.registration_number} — {detail.unit_code} "
        f"attempt {detail.attempt} — printed {printed_on}"
    )

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        draw_text(canvas, footer_text, 20 * mm, 10 * mm, 7.5)
        draw_text(canvas, f"Page {doc.page}", A4[0] - 20 * mm, 10 * mm, 7.5, align="right")
        canvas.restoreState()

    doc = doc_template(
        buf,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=f"Assessment record {detail.registration_number} {detail.unit_code}",
        author=centre_name or "SkillAssess",
    )
    doc.build(_story(detail, centre_name), onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()


def write_assessment_record(detail: AssessmentDetail, path: Path, centre_name: str = "") -> None:
    """Write the record to ``path`` (whole or not at all; FileWriteError names the file)."""
    write_file(path, assessment_record_pdf(detail, centre_name))
