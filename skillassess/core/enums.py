"""Enumerations of the domain; their values are what the database stores."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMINISTRATOR = "administrator"
    ASSESSOR = "assessor"
    VERIFIER = "verifier"
    REGISTRAR = "registrar"


class StandardStatus(StrEnum):
    DRAFT = "draft"
    CURRENT = "current"
    SUPERSEDED = "superseded"


class PackagingRule(StrEnum):
    """How a full qualification is achieved."""

    CORE_PLUS_ELECTIVES = "core_plus_electives"  # all core units plus N electives
    MIN_CREDITS = "min_credits"  # all core units and at least N credits in all


class UnitCategory(StrEnum):
    CORE = "core"
    ELECTIVE = "elective"


class SectionKind(StrEnum):
    """The text sections that a unit of competency carries."""

    RANGE_STATEMENT = "range_statement"
    REQUIRED_KNOWLEDGE = "required_knowledge"
    REQUIRED_SKILLS = "required_skills"
    EVIDENCE_GUIDE = "evidence_guide"
    ASSESSMENT_CONDITIONS = "assessment_conditions"


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"


class Disability(StrEnum):
    YES = "yes"
    NO = "no"
    NOT_STATED = "not_stated"


class IdType(StrEnum):
    NATIONAL_ID = "national_id"
    PASSPORT = "passport"
    REFUGEE_ID = "refugee_id"
    OTHER = "other"
    NONE = "none"


class Pathway(StrEnum):
    RPL = "rpl"
    TRAINING = "training"


class EnrolmentStatus(StrEnum):
    ACTIVE = "active"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"


class RplStage(StrEnum):
    """ILO stages of Recognition of Prior Learning, in order."""

    INFORMATION = "information"  # information and counselling
    ELIGIBILITY = "eligibility"
    SELF_ASSESSMENT = "self_assessment"
    PORTFOLIO = "portfolio"
    ASSESSMENT = "assessment"
    CERTIFICATION = "certification"
    APPEAL = "appeal"


class EligibilityDecision(StrEnum):
    ELIGIBLE = "eligible"
    NOT_ELIGIBLE = "not_eligible"


class SelfAssessmentAnswer(StrEnum):
    CAN_DO = "can_do"
    WITH_HELP = "with_help"
    NOT_YET = "not_yet"


class EvidenceKind(StrEnum):
    CERTIFICATE = "certificate"
    PHOTO = "photo"
    VIDEO = "video"
    REFERENCE_LETTER = "reference_letter"
    WORK_SAMPLE = "work_sample"
    THIRD_PARTY_REPORT = "third_party_report"
    OTHER = "other"


class EvidenceStatus(StrEnum):
    ACTIVE = "active"
    WITHDRAWN = "withdrawn"


class AssessmentMethod(StrEnum):
    OBSERVATION = "observation"
    QUESTIONING = "questioning"
    PRODUCT = "product"
    THIRD_PARTY_REPORT = "third_party_report"
    PORTFOLIO = "portfolio"


class AssessmentStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    VERIFIED = "verified"
    RETURNED = "returned"


class Outcome(StrEnum):
    COMPETENT = "competent"
    NOT_YET_COMPETENT = "not_yet_competent"
    RPL_GRANTED = "rpl_granted"
    CREDIT_TRANSFER = "credit_transfer"
    WITHDRAWN = "withdrawn"

    @property
    def code(self) -> str:
        """The short code the field uses on result sheets."""
        return _OUTCOME_CODES[self]

    @property
    def achieved(self) -> bool:
        """Whether this outcome counts as the unit achieved."""
        return self in (Outcome.COMPETENT, Outcome.RPL_GRANTED, Outcome.CREDIT_TRANSFER)


_OUTCOME_CODES = {
    Outcome.COMPETENT: "C",
    Outcome.NOT_YET_COMPETENT: "NYC",
    Outcome.RPL_GRANTED: "RPL",
    Outcome.CREDIT_TRANSFER: "CT",
    Outcome.WITHDRAWN: "W",
}


class Judgement(StrEnum):
    SATISFACTORY = "satisfactory"
    NOT_YET_SATISFACTORY = "not_yet_satisfactory"


class AppealDecision(StrEnum):
    PENDING = "pending"
    UPHELD = "upheld"
    DISMISSED = "dismissed"


class CertificateKind(StrEnum):
    FULL = "full"  # full qualification certificate
    STATEMENT = "statement"  # statement of attainment


class CertificateStatus(StrEnum):
    ISSUED = "issued"
    REVOKED = "revoked"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"


class RplEvent(StrEnum):
    """What moved an RPL enrolment on by itself (a step recorded by the application, not typed)."""

    SELF_ASSESSMENT_SAVED = "self_assessment_saved"
    EVIDENCE_JUDGED = "evidence_judged"
    ASSESSMENT_PLANNED = "assessment_planned"
    RESULT_VERIFIED = "result_verified"
    CERTIFICATE_ISSUED = "certificate_issued"
    APPEAL_LODGED = "appeal_lodged"


class EvidenceCoverage(StrEnum):
    """How the portfolio covers one criterion (the best of the active evidence mapped to it)."""

    ACCEPTED = "accepted"  # an item judged valid, sufficient, authentic and current
    NOT_JUDGED = "not_judged"  # mapped, not yet judged on every rule, none failed
    REJECTED = "rejected"  # every item mapped failed a rule of evidence
    NONE = "none"  # no evidence mapped
