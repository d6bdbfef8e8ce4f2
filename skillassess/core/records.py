"""The records that services return and formats render: plain values, no database, no Qt.

They sit below both layers so that a format (the assessment record PDF, the self-assessment
checklist, the statistics workbook) prints what a service read without importing the service.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from skillassess.core.enums import (
    AppealDecision,
    AssessmentMethod,
    AssessmentStatus,
    Judgement,
    Outcome,
    Pathway,
    SelfAssessmentAnswer,
)
from skillassess.core.evidence_basis import EvidenceRef

# --- One assessment ---------------------------------------------------------------------------------

# An assessment the assessor may still change.
EDITABLE_STATUSES = (AssessmentStatus.DRAFT, AssessmentStatus.RETURNED)


@dataclass(frozen=True)
class CriterionLine:
    criterion_id: int
    number: str
    text: str
    element_id: int
    element_position: int
    element_title: str
    result: Judgement | None = None


@dataclass(frozen=True)
class AmendmentLine:
    id: int
    reason: str
    before: dict[str, Any]
    after: dict[str, Any]
    amended_by: str
    amended_at: dt.datetime


@dataclass(frozen=True)
class AppealLine:
    id: int
    lodged_on: dt.date
    grounds: str
    reviewer: str | None
    decision: AppealDecision
    decided_on: dt.date | None
    decision_notes: str
    new_assessment_id: int | None


@dataclass(frozen=True)
class AttemptLine:
    id: int
    attempt: int
    unit_version: int
    status: AssessmentStatus
    outcome: Outcome | None
    date: dt.date
    assessor: str
    verifier: str | None


@dataclass(frozen=True)
class AssessmentDetail:
    """Everything about one assessment: what the grid's side panel, `show` and the PDF print."""

    id: int
    candidate_id: int
    registration_number: str
    candidate_name: str
    name_local: str
    enrolment_id: int | None
    pathway: Pathway | None
    unit_id: int
    unit_code: str
    unit_version: int
    unit_title: str
    attempt: int
    date: dt.date
    venue: str
    session_id: int | None
    assessor_id: int
    assessor: str
    assessor_name: str
    verifier_id: int | None
    verifier: str | None
    verifier_name: str | None
    status: AssessmentStatus
    outcome: Outcome | None
    credit_transfer_source: str
    methods: list[AssessmentMethod]
    comments: str
    feedback: str
    conflict_of_interest: bool | None
    conflict_details: str
    returned_reason: str
    submitted_at: dt.datetime | None
    verified_at: dt.datetime | None
    criteria: list[CriterionLine]
    blocking: list[str]
    amendments: list[AmendmentLine] = field(default_factory=list)
    appeals: list[AppealLine] = field(default_factory=list)
    attempts: list[AttemptLine] = field(default_factory=list)
    # What the judgement rests on (RPL): active evidence mapped to each criterion (criterion id → items)
    # and the candidate's self-assessment answers of the enrolment (criterion id → answer).
    evidence: dict[int, list[EvidenceRef]] = field(default_factory=dict)
    self_assessment: dict[int, SelfAssessmentAnswer] = field(default_factory=dict)

    @property
    def locked(self) -> bool:
        return self.status == AssessmentStatus.VERIFIED

    @property
    def editable(self) -> bool:
        return self.status in EDITABLE_STATUSES


# --- The self-assessment checklist ------------------------------------------------------------------


@dataclass(frozen=True)
class ChecklistCriterion:
    id: int
    number: str  # "1.2"
    text: str
    answer: SelfAssessmentAnswer | None


@dataclass(frozen=True)
class ChecklistElement:
    number: int
    title: str
    criteria: list[ChecklistCriterion]
    id: int | None = None
    remark: str = ""  # what the candidate adds about the element (where, when, with whom)


@dataclass(frozen=True)
class ChecklistUnit:
    id: int
    code: str
    title: str
    elements: list[ChecklistElement]


@dataclass(frozen=True)
class Checklist:
    enrolment_id: int
    registration_number: str
    candidate_name: str
    name_local: str
    qualification_code: str
    qualification_title: str
    units: list[ChecklistUnit]
    answered_on: dt.date | None


# --- Statistics ---------------------------------------------------------------------------------------

MEASURES: tuple[str, ...] = ("assessed", "competent", "certified")
MEASURE_TITLES = {
    "assessed": "Candidates assessed",
    "competent": "Candidates competent",
    "certified": "Candidates certified",
}
MEASURE_DEFINITIONS = {
    "assessed": "candidates with at least one verified result dated in the period",
    "competent": "candidates with at least one unit achieved (Competent, RPL granted or Credit transfer), "
    "verified and dated in the period",
    "certified": "candidates with a certificate or statement of attainment issued in the period and not revoked",
}


@dataclass
class SexCounts:
    female: int = 0
    male: int = 0

    @property
    def total(self) -> int:
        return self.female + self.male


@dataclass
class StatRow:
    """One row of a breakdown: a category with its counts per measure, women and men apart."""

    key: str
    label: str
    assessed: SexCounts = field(default_factory=SexCounts)
    competent: SexCounts = field(default_factory=SexCounts)
    certified: SexCounts = field(default_factory=SexCounts)

    def measure(self, name: str) -> SexCounts:
        counts: SexCounts = getattr(self, name)
        return counts

    def figures(self) -> list[str]:
        """Its six counts as a table shows them: assessed, competent, certified; women then men each."""
        return [str(n) for c in (self.assessed, self.competent, self.certified) for n in (c.female, c.male)]


@dataclass
class Breakdown:
    key: str
    title: str
    rows: list[StatRow]
    total: StatRow


@dataclass
class Statistics:
    date_from: dt.date | None
    date_to: dt.date | None
    ages_on: dt.date
    total: StatRow
    breakdowns: list[Breakdown]
    rpl: RplFigures | None = None  # the RPL enrolments of the period (services/rpl_figures.py)

    def breakdown(self, key: str) -> Breakdown:
        for b in self.breakdowns:
            if b.key == key:
                return b
        raise KeyError(key)


# --- RPL figures (the measures the ILO uses to follow RPL systems) ------------------------------------


@dataclass
class RplFigureRow:
    """RPL enrolments of one group (women, men, or everyone) and how far they got, how fast."""

    key: str  # "female", "male", "total"
    enrolled: int = 0
    certified: int = 0  # with a certificate or statement (not revoked) for the qualification
    referred: int = 0  # referred to gap training (recognition partial)
    at_stage: dict[str, int] = field(default_factory=dict)  # RPL stage value → enrolments now at it
    days_to_certificate: float | None = None  # median days from enrolment to the first certificate
    days_in_stage: dict[str, float] = field(default_factory=dict)  # stage value → median days spent in it

    @property
    def completion(self) -> float | None:
        """Share of the enrolments that led to a certificate or statement (0..1)."""
        return self.certified / self.enrolled if self.enrolled else None


@dataclass
class RplFigures:
    date_from: dt.date | None
    date_to: dt.date | None
    stages: list[str]  # the RPL stages in order (values)
    female: RplFigureRow
    male: RplFigureRow
    total: RplFigureRow

    @property
    def rows(self) -> list[RplFigureRow]:
        return [self.female, self.male, self.total]


RPL_FIGURE_DEFINITIONS = (
    "RPL enrolments: enrolments on the RPL pathway made in the period (not withdrawn as not eligible).",
    (
        "Completed: those enrolments for whose qualification the candidate holds a certificate or statement of "
        "attainment, not revoked; completion rate = completed / enrolments."
    ),
    "Referred to gap training: those enrolments whose candidate was referred to training for the units not achieved.",
    "Days to certificate: median days from the enrolment to the first certificate or statement.",
    (
        "Days in a stage: median days from the first step at a stage to the first step at a later stage "
        "(stages not yet left are not counted); the information stage starts at the enrolment."
    ),
)


# --- The cover letter of a statement of attainment (partial recognition) ------------------------------


@dataclass(frozen=True)
class CoverLetter:
    """The letter that goes with a statement of attainment: the units recognised and, when the candidate
    was referred to gap training, the units to train for and where."""

    centre_name: str
    candidate_name: str
    name_local: str
    registration_number: str
    qualification_code: str
    qualification_title: str
    serial: str
    issued_on: dt.date
    achieved: list[tuple[str, str]]  # (unit code, title)
    referred: list[tuple[str, str]]  # (unit code, title) of the last referral to gap training
    referred_on: dt.date | None = None
    training: str = ""  # the referral's notes: where and when the training is
