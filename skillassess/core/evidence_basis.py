"""What an RPL judgement rests on: the evidence mapped to a criterion and the candidate's own answer.

Plain records and rules (no database, no Qt), shared by the services that read them, the grid that
shows them and the assessment record PDF that prints them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from skillassess.core.enums import EvidenceCoverage, EvidenceKind, SelfAssessmentAnswer

RULES = ("is_valid", "is_sufficient", "is_authentic", "is_current")
RULE_NAMES = {"is_valid": "valid", "is_sufficient": "sufficient", "is_authentic": "authentic", "is_current": "current"}


@dataclass(frozen=True)
class EvidenceRef:
    """An active portfolio item as relied on for a criterion, with the assessor's judgement of it."""

    id: int
    filename: str
    kind: EvidenceKind
    description: str
    evidence_date: dt.date | None
    sha256: str
    is_valid: bool | None
    is_sufficient: bool | None
    is_authentic: bool | None
    is_current: bool | None

    def rule(self, name: str) -> bool | None:
        value: bool | None = getattr(self, name)
        return value

    @property
    def accepted(self) -> bool:
        """Judged valid, sufficient, authentic and current."""
        return all(self.rule(r) is True for r in RULES)

    @property
    def rejected(self) -> bool:
        """Judged to fail at least one rule of evidence."""
        return any(self.rule(r) is False for r in RULES)

    @property
    def coverage(self) -> EvidenceCoverage:
        if self.accepted:
            return EvidenceCoverage.ACCEPTED
        if self.rejected:
            return EvidenceCoverage.REJECTED
        return EvidenceCoverage.NOT_JUDGED

    @property
    def sha_prefix(self) -> str:
        return self.sha256[:12]


@dataclass(frozen=True)
class CriterionBasis:
    """One criterion of one assessment: the evidence mapped to it and what the candidate said."""

    evidence: tuple[EvidenceRef, ...] = ()
    answer: SelfAssessmentAnswer | None = None

    @property
    def coverage(self) -> EvidenceCoverage:
        return coverage_of(self.evidence)

    @property
    def empty(self) -> bool:
        return not self.evidence and self.answer is None


def coverage_of(evidence: Iterable[EvidenceRef]) -> EvidenceCoverage:
    """The best coverage any of the items gives: accepted, then not yet judged, then rejected, else none."""
    found = {e.coverage for e in evidence}
    for c in (EvidenceCoverage.ACCEPTED, EvidenceCoverage.NOT_JUDGED, EvidenceCoverage.REJECTED):
        if c in found:
            return c
    return EvidenceCoverage.NONE


def gaps(criterion_ids: Sequence[int], evidence: Mapping[int, Sequence[EvidenceRef]]) -> list[int]:
    """The criteria (in the order given) that no accepted evidence covers: the assessor plans observation
    or questioning for exactly these."""
    return [c for c in criterion_ids if coverage_of(evidence.get(c, ())) != EvidenceCoverage.ACCEPTED]


def judgement_words(ref: EvidenceRef) -> str:
    """The judgement in English words, for printed records: "valid, sufficient, authentic, current",
    "valid, not sufficient, authentic, current not judged", or "not judged"."""
    values = [ref.rule(r) for r in RULES]
    if all(v is None for v in values):
        return "not judged"
    parts = []
    for name, value in zip(RULES, values, strict=True):
        word = RULE_NAMES[name]
        parts.append(word if value else f"not {word}" if value is False else f"{word} not judged")
    return ", ".join(parts)
