"""How the basis of a judgement (evidence mapped, self-assessment answer) is marked in a grid cell and
said in words: a small document filled in the colour of the evidence's judgement, and a dot for the
candidate's answer (full: I can do this, half: with help, ring: not yet)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPixmap

from skillassess.core.enums import EvidenceCoverage, SelfAssessmentAnswer
from skillassess.core.evidence_basis import RULES, CriterionBasis, EvidenceRef
from skillassess.ui.labels import label

COVERAGE_COLOURS = {
    EvidenceCoverage.ACCEPTED: QColor("#2e7d32"),
    EvidenceCoverage.NOT_JUDGED: QColor("#f9a825"),
    EvidenceCoverage.REJECTED: QColor("#c62828"),
}
ANSWER_COLOUR = QColor("#1565c0")
_icons: dict[tuple[EvidenceCoverage, SelfAssessmentAnswer | None], QPixmap] = {}


# Written out as translate("EvidenceBasis", "text") so that lupdate finds every string.
translate = QCoreApplication.translate


def coverage_text(coverage: EvidenceCoverage) -> str:
    return {
        EvidenceCoverage.ACCEPTED: translate("EvidenceBasis", "Evidence accepted"),
        EvidenceCoverage.NOT_JUDGED: translate("EvidenceBasis", "Evidence not yet judged"),
        EvidenceCoverage.REJECTED: translate("EvidenceBasis", "Evidence rejected"),
        EvidenceCoverage.NONE: translate("EvidenceBasis", "No evidence"),
    }[coverage]


def judgement_text(ref: EvidenceRef) -> str:
    """The assessor's judgement on the four rules of evidence, in words: "valid, current; not judged:
    sufficient, authentic" or "valid, sufficient, authentic; fails: current"."""
    if ref.accepted:
        return translate("EvidenceBasis", "valid, sufficient, authentic and current")
    values = [ref.rule(r) for r in RULES]
    if all(v is None for v in values):
        return translate("EvidenceBasis", "not judged yet")
    words = {
        "is_valid": translate("EvidenceBasis", "valid"),
        "is_sufficient": translate("EvidenceBasis", "sufficient"),
        "is_authentic": translate("EvidenceBasis", "authentic"),
        "is_current": translate("EvidenceBasis", "current"),
    }
    comma = translate("EvidenceBasis", ", ", "list separator")
    met = [words[r] for r, v in zip(RULES, values, strict=True) if v is True]
    failed = [words[r] for r, v in zip(RULES, values, strict=True) if v is False]
    open_ = [words[r] for r, v in zip(RULES, values, strict=True) if v is None]
    parts = [comma.join(met)] if met else []
    if failed:
        parts.append(translate("EvidenceBasis", "fails: %1").replace("%1", comma.join(failed)))
    if open_:
        parts.append(translate("EvidenceBasis", "not judged: %1").replace("%1", comma.join(open_)))
    return translate("EvidenceBasis", "; ", "separator of groups").join(parts)


def basis_tooltip(basis: CriterionBasis) -> str:
    lines = []
    if basis.evidence:
        lines.append(coverage_text(basis.coverage) + ":")
        lines += [f"  \u2068{ref.filename}\u2069 — {judgement_text(ref)}" for ref in basis.evidence]
    else:
        lines.append(coverage_text(EvidenceCoverage.NONE))
    answer = label(basis.answer) if basis.answer else translate("EvidenceBasis", "not answered")
    lines.append(translate("EvidenceBasis", "Self-assessment: %1").replace("%1", answer))
    lines.append(translate("EvidenceBasis", "Ctrl+E opens the evidence."))
    return "\n".join(lines)


def basis_icon(basis: CriterionBasis) -> QPixmap:
    """A pixmap, not an icon: a view draws a pixmap at its own size (an icon at the view's icon size)."""
    key = (basis.coverage, basis.answer)
    icon = _icons.get(key)
    if icon is None:
        icon = _icons[key] = _paint(*key)
    return icon


def _paint(coverage: EvidenceCoverage, answer: SelfAssessmentAnswer | None) -> QPixmap:
    pixmap = QPixmap(30, 18)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = COVERAGE_COLOURS.get(coverage)
    if colour is not None:  # a page with a folded corner
        page = QPainterPath()
        page.moveTo(1.5, 1.5)
        page.lineTo(9.5, 1.5)
        page.lineTo(13.5, 5.5)
        page.lineTo(13.5, 16.5)
        page.lineTo(1.5, 16.5)
        page.closeSubpath()
        p.setPen(QPen(colour.darker(140), 1))
        p.setBrush(QBrush(colour))
        p.drawPath(page)
    if answer is not None:
        rect = QRectF(18.5, 4.5, 10, 10)
        p.setPen(QPen(ANSWER_COLOUR, 1.5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(rect)
        p.setBrush(QBrush(ANSWER_COLOUR))
        if answer == SelfAssessmentAnswer.CAN_DO:
            p.drawEllipse(rect)
        elif answer == SelfAssessmentAnswer.WITH_HELP:
            p.drawPie(rect, 90 * 16, 180 * 16)
    p.end()
    return pixmap
