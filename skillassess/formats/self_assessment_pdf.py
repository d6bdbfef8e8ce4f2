"""The self-assessment checklist as a PDF, for candidates who fill it in on paper.

For each unit, every performance criterion with three boxes: I can do this / With help / Not yet.
Answers already recorded are ticked, so the same PDF serves as a record of the self-assessment.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from skillassess.core.enums import SelfAssessmentAnswer
from skillassess.core.messages import Message, Translate, msg
from skillassess.core.records import Checklist
from skillassess.core.safe_write import write_file
from skillassess.formats.pdf_text import TextBlock, draw_text, paragraph_style, record_template, table_style

ANSWERS = [SelfAssessmentAnswer.CAN_DO, SelfAssessmentAnswer.WITH_HELP, SelfAssessmentAnswer.NOT_YET]
HEADINGS = {
    SelfAssessmentAnswer.CAN_DO: msg("I can do this"),
    SelfAssessmentAnswer.WITH_HELP: msg("With help"),
    SelfAssessmentAnswer.NOT_YET: msg("Not yet"),
}
INTRODUCTION = msg(
    "Read each statement and tick one box: I can do this (on my own, to the standard), With help (I have "
    "done it with someone guiding me), or Not yet. There are no wrong answers: your answers help the "
    "assessor plan what to look at with you."
)
# The English introduction with its emphasis (the translated one is printed plain, in any script).
_INTRODUCTION_MARKED = (
    "Read each statement and tick <b>one</b> box: <i>I can do this</i> (on my own, to the standard), "
    "<i>With help</i> (I have done it with someone guiding me), or <i>Not yet</i>. There are no wrong answers: "
    "your answers help the assessor plan what to look at with you."
)


class CheckBox(Flowable):
    """A box to tick by hand, ticked already when the answer is recorded."""

    def __init__(self, ticked: bool, size: float = 4.2 * mm) -> None:
        super().__init__()
        self.ticked = ticked
        self.size = size
        self.width = self.height = size

    def draw(self) -> None:
        c = self.canv
        c.setLineWidth(0.8)
        c.rect(0, 0, self.size, self.size)
        if self.ticked:
            c.setLineWidth(1.4)
            s = self.size
            c.line(s * 0.18, s * 0.5, s * 0.42, s * 0.2)
            c.line(s * 0.42, s * 0.2, s * 0.85, s * 0.85)


def write_checklist(
    checklist: Checklist, path: Path, centre_name: str = "", translate: Translate | None = None
) -> None:
    """Write the checklist PDF to ``path`` (whole or not at all; FileWriteError names the file)."""
    write_file(path, checklist_pdf(checklist, centre_name, translate))


def checklist_pdf(checklist: Checklist, centre_name: str = "", translate: Translate | None = None) -> bytes:
    """The checklist as PDF bytes, its fixed wording in the language of ``translate`` (English when None)."""

    def say(message: Message) -> str:
        return message.render(translate)

    base = paragraph_style("base", 9.5, 12)
    small = ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=colors.HexColor("#444444"))
    title = ParagraphStyle("title", parent=base, fontSize=16, leading=20, spaceAfter=4)
    h2 = ParagraphStyle("h2", parent=base, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=3, keepWithNext=1)
    h3 = ParagraphStyle("h3", parent=base, fontSize=9.5, leading=12, textColor=colors.HexColor("#1F4E79"))
    center = ParagraphStyle("center", parent=small, alignment=1)

    story: list[Any] = []
    if centre_name:
        story.append(TextBlock(centre_name, small))
    story.append(TextBlock(say(msg("Self-assessment checklist")), title))
    name = checklist.candidate_name
    if checklist.name_local:
        name += "\u00a0\u00a0·\u00a0\u00a0" + checklist.name_local
    facts: list[tuple[str, TextBlock]] = [
        (say(msg("Candidate")), TextBlock(name, base)),
        (say(msg("Registration number")), TextBlock(checklist.registration_number, base)),
        (
            say(msg("Qualification")),
            TextBlock(f"{checklist.qualification_code} — {checklist.qualification_title}", base),
        ),
    ]
    t = Table([[TextBlock(k, small), v] for k, v in facts], colWidths=[38 * mm, 132 * mm])
    t.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    story += [t, Spacer(1, 3 * mm)]
    introduction = say(INTRODUCTION)  # English under an English translator too: it keeps its emphasis then
    english = introduction == INTRODUCTION.render(None)
    story.append(Paragraph(_INTRODUCTION_MARKED, base) if english else TextBlock(introduction, base))
    widths = [11 * mm, 113 * mm, 16 * mm, 15 * mm, 15 * mm]
    for unit in checklist.units:
        story.append(TextBlock(f"{unit.code}  {unit.title}", h2))
        for element in unit.elements:
            rows: list[list[Any]] = [
                [
                    Paragraph("", small),
                    TextBlock(f"{element.number}. {element.title}", h3),
                    *[TextBlock(say(HEADINGS[a]), center) for a in ANSWERS],
                ]
            ]
            for cr in element.criteria:
                rows.append(
                    [
                        TextBlock(cr.number, small),
                        TextBlock(cr.text, base),
                        *[CheckBox(cr.answer == a) for a in ANSWERS],
                    ]
                )
            table = Table(rows, colWidths=widths, repeatRows=1)
            table.setStyle(
                table_style(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                        ("ALIGN", (2, 1), (-1, -1), "CENTER"),
                        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#1F4E79")),
                        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#BBBBBB")),
                        ("TOPPADDING", (0, 0), (-1, -1), 3),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ]
                )
            )
            story.append(KeepTogether([table]) if len(rows) <= 8 else table)
            if element.remark:
                story.append(Spacer(1, 1.5 * mm))
                story.append(TextBlock(f"Candidate's remarks: {element.remark}", small))
                story.append(Spacer(1, 3 * mm))
    story.append(Spacer(1, 8 * mm))
    signing = ParagraphStyle("signing", parent=base, fontSize=9, leading=11)
    sign = Table(
        [
            [TextBlock(say(msg("Candidate's signature")), signing), "", TextBlock(say(msg("Date")), signing), ""],
            [TextBlock(say(msg("Assessor's signature")), signing), "", TextBlock(say(msg("Date")), signing), ""],
        ],
        colWidths=[38 * mm, 72 * mm, 14 * mm, 46 * mm],
        rowHeights=[11 * mm, 11 * mm],
    )
    sign.setStyle(
        table_style(
            [
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("LINEBELOW", (1, 0), (1, -1), 0.5, colors.black),
                ("LINEBELOW", (3, 0), (3, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    story.append(KeepTogether([sign]))

    footer_text = say(
        msg(
            "{regno} · {qualification} · self-assessment",
            regno=checklist.registration_number,
            qualification=checklist.qualification_code,
        )
    )

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        grey = colors.HexColor("#666666")
        draw_text(canvas, footer_text, 20 * mm, 10 * mm, 7.5, color=grey)
        page = say(msg("Page {page}", page=doc.page))
        draw_text(canvas, page, A4[0] - 20 * mm, 10 * mm, 7.5, align="right", color=grey)
        canvas.restoreState()

    buf = io.BytesIO()
    doc = record_template(buf, title=f"Self-assessment checklist {checklist.registration_number}", author="SkillAssess")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()
