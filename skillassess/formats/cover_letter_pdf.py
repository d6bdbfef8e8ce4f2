"""The cover letter of a statement of attainment: what was recognised and, for a partial recognition, the
units the candidate is referred to training for (the gap) and where. One A4 page, every text through
formats/pdf_text (names in Latin, Arabic or Ethiopic script)."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table

from skillassess.core.records import CoverLetter
from skillassess.formats.pdf_text import TextBlock, doc_template, paragraph_style, table_style


def cover_letter_pdf(letter: CoverLetter) -> bytes:
    """The PDF bytes of the letter."""
    body = paragraph_style("body", 10, 14, spaceAfter=4)
    small = paragraph_style("small", 8.5, 11)
    head = paragraph_style("head", 12, 16, bold=True, spaceBefore=6, spaceAfter=4)
    title = paragraph_style("title", 15, 19, bold=True, spaceAfter=6)
    name = letter.candidate_name + (f" · {letter.name_local}" if letter.name_local else "")
    story: list[Any] = [
        TextBlock(letter.centre_name, small),
        Spacer(1, 4 * mm),
        TextBlock(f"{letter.issued_on.isoformat()}", small),
        TextBlock(f"{name} ({letter.registration_number})", body),
        Spacer(1, 4 * mm),
        TextBlock("Your statement of attainment", title),
        TextBlock(
            f"Your prior learning was assessed against {letter.qualification_code} {letter.qualification_title}. "
            f"The statement of attainment {letter.serial} that comes with this letter records the units "
            "recognised below.",
            body,
        ),
        TextBlock("Units recognised", head),
        _units(letter.achieved, small, body),
    ]
    if letter.referred:
        when = f" on {letter.referred_on.isoformat()}" if letter.referred_on else ""
        story += [
            TextBlock("Units to complete through training", head),
            TextBlock(
                f"To complete the qualification, you were referred{when} to training for the following units. "
                "Once you have completed the training, you can be assessed in them and receive the full "
                "qualification.",
                body,
            ),
            _units(letter.referred, small, body),
        ]
        if letter.training:
            story.append(Spacer(1, 3 * mm))
            story.append(TextBlock(f"Training: {letter.training}", body))
    story += [
        Spacer(1, 10 * mm),
        TextBlock("Signature: ______________________________", body),
        TextBlock(letter.centre_name, small),
    ]
    buf = io.BytesIO()
    doc = doc_template(
        buf,
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=f"Cover letter {letter.serial}",
        author=letter.centre_name or "SkillAssess",
    )
    doc.build(story)
    return buf.getvalue()


def _units(units: list[tuple[str, str]], small: Any, body: Any) -> Table:
    rows: list[list[Any]] = [[TextBlock(code, body), TextBlock(title, body)] for code, title in units]
    table = Table(rows or [["", "—"]], colWidths=[28 * mm, 138 * mm])
    table.setStyle(
        table_style(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#BBBBBB")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table
