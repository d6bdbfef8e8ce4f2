"""The printable assessment record for the candidate's file: criteria, judgements, methods, sign-off.

Fixed wording is set in the bundled Noto Sans; everything that holds user text (names, titles, comments in
any script) is a ``pdf_text.TextBlock``, so Arabic and Ethiopic comments print with their letters.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table

from skillassess.core.enums import AssessmentMethod, AssessmentStatus, Judgement, Outcome, Pathway, SelfAssessmentAnswer
from skillassess.core.evidence_basis import judgement_words
from skillassess.core.messages import Message, Translate, msg
from skillassess.core.records import AssessmentDetail
from skillassess.core.safe_write import write_file
from skillassess.formats.pdf_text import TextBlock, draw_text, paragraph_style, record_template, table_style

# Every fixed word is a msg() id: the record prints in the language of the ``translate`` it is given
# (the interface's, or the one chosen when printing); English without one.
OUTCOME_NAMES = {
    Outcome.COMPETENT: msg("Competent (C)"),
    Outcome.NOT_YET_COMPETENT: msg("Not Yet Competent (NYC)"),
    Outcome.RPL_GRANTED: msg("RPL granted"),
    Outcome.CREDIT_TRANSFER: msg("Credit transfer (CT)"),
    Outcome.WITHDRAWN: msg("Withdrawn"),
}
METHOD_NAMES = {
    AssessmentMethod.OBSERVATION: msg("Observation"),
    AssessmentMethod.QUESTIONING: msg("Questioning"),
    AssessmentMethod.PRODUCT: msg("Product"),
    AssessmentMethod.THIRD_PARTY_REPORT: msg("Third-party report"),
    AssessmentMethod.PORTFOLIO: msg("Portfolio"),
}
STATUS_NAMES = {
    AssessmentStatus.DRAFT: msg("Draft (not final)"),
    AssessmentStatus.SUBMITTED: msg("Submitted, awaiting verification"),
    AssessmentStatus.VERIFIED: msg("Verified"),
    AssessmentStatus.RETURNED: msg("Returned to the assessor"),
}
MARKS = {Judgement.SATISFACTORY: msg("S"), Judgement.NOT_YET_SATISFACTORY: msg("NYS")}
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


def _say(message: Message, translate: Translate | None) -> str:
    return message.render(translate)


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


def _story(d: AssessmentDetail, centre_name: str, translate: Translate | None = None) -> list[Any]:
    st = _styles()

    def t(message: Message) -> str:
        return _say(message, translate)

    story: list[Any] = []
    if centre_name:
        story.append(_p(centre_name, st["centre"]))
    story.append(_p(t(msg("Assessment record")), st["title"]))
    if d.status != AssessmentStatus.VERIFIED:
        story.append(
            _p(
                t(
                    msg(
                        "Status: {status}. This record is not final until it is verified.",
                        status=STATUS_NAMES[d.status],
                    )
                ),
                st["centre"],
            )
        )
    story.append(Spacer(1, 4 * mm))

    outcome = t(OUTCOME_NAMES[d.outcome]) if d.outcome else "—"
    if d.outcome == Outcome.CREDIT_TRANSFER and d.credit_transfer_source:
        outcome += t(msg(" — from: {source}", source=d.credit_transfer_source))
    pathways = {"rpl": msg("Recognition of Prior Learning"), "training": msg("Training")}
    facts = [
        (t(msg("Candidate")), f"{d.candidate_name} ({d.registration_number})"),
        (
            t(msg("Unit")),
            t(msg("{code} version {version} — {title}", code=d.unit_code, version=d.unit_version, title=d.unit_title)),
        ),
        (t(msg("Attempt")), str(d.attempt)),
        (t(msg("Date and venue")), f"{_date(d.date)}{', ' + d.venue if d.venue else ''}"),
        (t(msg("Pathway")), t(pathways[d.pathway.value]) if d.pathway and d.pathway.value in pathways else "—"),
        (t(msg("Methods used")), ", ".join(t(METHOD_NAMES[m]) for m in d.methods) or "—"),
        (t(msg("Outcome")), outcome),
        (t(msg("Status")), t(STATUS_NAMES[d.status])),
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

    story.append(_p(t(msg("Performance criteria")), st["h2"]))
    rows: list[list[Any]] = [
        [_p(t(msg("No.")), st["label"]), _p(t(msg("Criterion")), st["label"]), _p(t(msg("Judgement")), st["label"])]
    ]
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
            element = t(msg("Element {position}: {title}", position=c.element_position, title=c.element_title))
            rows.append([_p(element, st["element"]), "", ""])
            n = len(rows) - 1
            style += [("SPAN", (0, n), (-1, n)), ("BACKGROUND", (0, n), (-1, n), colors.HexColor("#f0f0f0"))]
        mark = t(MARKS[c.result]) if c.result in MARKS else "—"
        rows.append([_p(c.number, st["cell"]), _p(c.text, st["cell"]), _p(mark, st["mark"])])
        if c.result == Judgement.NOT_YET_SATISFACTORY:
            style.append(("BACKGROUND", (2, len(rows) - 1), (2, len(rows) - 1), colors.HexColor("#f6d5d5")))
    crit = Table(rows, colWidths=[14 * mm, 131 * mm, 25 * mm], repeatRows=1)
    crit.setStyle(table_style([s for s in style if s[0] != "REPEATROWS"]))
    story.append(crit)
    story.append(_p(t(msg("S = Satisfactory; NYS = Not yet satisfactory; — = not assessed.")), st["small"]))
    if d.blocking and d.outcome in (Outcome.COMPETENT, Outcome.RPL_GRANTED):
        story.append(
            _p(t(msg("Criteria not yet Satisfactory: {criteria}", criteria=", ".join(d.blocking))), st["body"])
        )

    if d.pathway == Pathway.RPL or d.evidence:
        story += _evidence_section(d, st, t)

    for heading, text in (
        (msg("Assessor's comments"), d.comments),
        (msg("Feedback given to the candidate"), d.feedback),
    ):
        story.append(_p(t(heading), st["h2"]))
        story.append(_p(text or "—", st["body"]))

    story.append(_p(t(msg("Conflict of interest")), st["h2"]))
    if d.conflict_of_interest is None:
        coi = t(msg("Not declared."))
    elif d.conflict_of_interest:
        coi = t(msg("The assessor declared a conflict of interest: {details}", details=d.conflict_details))
    else:
        coi = t(msg("The assessor declared no conflict of interest with this candidate."))
    story.append(_p(coi, st["body"]))

    if d.returned_reason and d.status == AssessmentStatus.RETURNED:
        story.append(_p(t(msg("Returned by the verifier")), st["h2"]))
        story.append(_p(d.returned_reason, st["body"]))

    if d.amendments:
        story.append(_p(t(msg("Amendments after verification")), st["h2"]))
        for am in d.amendments:
            story.append(
                _p(
                    f"{_date(am.amended_at)}, {am.amended_by}: {am.reason}\n" + _changes(am.before, am.after),
                    st["small"],
                )
            )
            story.append(Spacer(1, 2 * mm))

    if len(d.attempts) > 1:
        story.append(_p(t(msg("Attempts at this unit")), st["h2"]))
        story.append(
            _p(
                "\n".join(
                    t(
                        msg(
                            "Attempt {attempt}: {date}, {outcome}, {status}",
                            attempt=h.attempt,
                            date=_date(h.date),
                            outcome=t(OUTCOME_NAMES[h.outcome]) if h.outcome else t(msg("no outcome")),
                            status=t(STATUS_NAMES[h.status]).lower(),
                        )
                    )
                    for h in d.attempts
                ),
                st["small"],
            )
        )

    signature = t(msg("Signature:"))
    sign = Table(
        [
            [_p(t(msg("Assessor")), st["label"]), _p(t(msg("Verifier")), st["label"])],
            [_p(d.assessor_name, st["body"]), _p(d.verifier_name or "—", st["body"])],
            [
                _p(t(msg("Submitted: {date}", date=_date(d.submitted_at))), st["body"]),
                _p(t(msg("Verified: {date}", date=_date(d.verified_at))), st["body"]),
            ],
            [_p(signature, st["small"]), _p(signature, st["small"])],
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
    story.append(KeepTogether([_p(t(msg("Sign-off")), st["h2"]), sign]))
    return story


def _evidence_section(d: AssessmentDetail, st: dict[str, ParagraphStyle], t: Callable[[Message], str]) -> list[Any]:
    """Per criterion: the method the judgement rests on and the evidence relied on (file name, SHA-256
    prefix, judgement on the rules of evidence), with the candidate's self-assessment answer."""
    other = ", ".join(t(METHOD_NAMES[m]) for m in d.methods if m != AssessmentMethod.PORTFOLIO) or "—"
    rows: list[list[Any]] = [
        [_p("No.", st["label"]), _p("Method", st["label"]), _p("Evidence relied on; self-assessment", st["label"])]
    ]
    for c in d.criteria:
        refs = d.evidence.get(c.criterion_id, [])
        method = t(METHOD_NAMES[AssessmentMethod.PORTFOLIO]) if any(r.accepted for r in refs) else other
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
        _p("Evidence relied on (Recognition of Prior Learning)", st["h2"]),
        table,
        _p(
            "Portfolio: the criterion rests on evidence judged valid, sufficient, authentic and current; "
            "otherwise on the other methods used. SHA-256: the first 12 characters of the stored file's hash.",
            st["small"],
        ),
    ]


def assessment_record_pdf(
    detail: AssessmentDetail,
    centre_name: str = "",
    *,
    printed: dt.date | None = None,
    translate: Translate | None = None,
) -> bytes:
    """The PDF bytes of one assessment's record; ``printed`` (today by default) is in the footer.
    Its fixed wording is in the language of ``translate`` (English when None)."""
    buf = io.BytesIO()
    printed_on = (printed or dt.date.today()).isoformat()
    footer_text = msg(
        "Assessment {id} — {regno} — {unit} attempt {attempt} — printed {date}",
        id=detail.id,
        regno=detail.registration_number,
        unit=detail.unit_code,
        attempt=detail.attempt,
        date=printed_on,
    ).render(translate)

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        draw_text(canvas, footer_text, 20 * mm, 10 * mm, 7.5)
        draw_text(
            canvas, msg("Page {page}", page=doc.page).render(translate), A4[0] - 20 * mm, 10 * mm, 7.5, align="right"
        )
        canvas.restoreState()

    doc = record_template(
        buf,
        title=f"Assessment record {detail.registration_number} {detail.unit_code}",
        author=centre_name or "SkillAssess",
    )
    doc.build(_story(detail, centre_name, translate), onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()


def write_assessment_record(
    detail: AssessmentDetail, path: Path, centre_name: str = "", translate: Translate | None = None
) -> None:
    """Write the record to ``path`` (whole or not at all; FileWriteError names the file)."""
    write_file(path, assessment_record_pdf(detail, centre_name, translate=translate))
