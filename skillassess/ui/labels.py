"""Translated labels for the values of the domain's enumerations."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from skillassess.core import enums as e
from skillassess.ui import i18n

# Written out as QCoreApplication.translate("Labels", "text"[, "disambiguation"]) so that lupdate
# finds every label; the disambiguation tells translators which gender/sense is meant.
translate = QCoreApplication.translate

_cache: dict[tuple[type, StrEnum], str] = {}
_cache_generation = -1


def label(value: StrEnum | None) -> str:
    """The translated name of an enumeration value ("" for None)."""
    global _cache, _cache_generation
    if value is None:
        return ""
    if _cache_generation != i18n.generation():  # built once per installed language
        _cache = _labels()
        _cache_generation = i18n.generation()
    return _cache.get((type(value), value), value.value)


def _labels() -> dict[tuple[type, StrEnum], str]:
    # Keyed by (enumeration, value): values of different enumerations compare equal as strings
    # (RplStage.PORTFOLIO == AssessmentMethod.PORTFOLIO == "portfolio") and must not share a label.
    pairs: list[tuple[StrEnum, str]] = [
        (e.Role.ADMINISTRATOR, translate("Labels", "Administrator")),
        (e.Role.ASSESSOR, translate("Labels", "Assessor")),
        (e.Role.VERIFIER, translate("Labels", "Verifier")),
        (e.Role.REGISTRAR, translate("Labels", "Registrar")),
        (e.StandardStatus.DRAFT, translate("Labels", "Draft", "standard")),
        (e.StandardStatus.CURRENT, translate("Labels", "Current")),
        (e.StandardStatus.SUPERSEDED, translate("Labels", "Superseded")),
        (e.PackagingRule.CORE_PLUS_ELECTIVES, translate("Labels", "All core units plus electives")),
        (e.PackagingRule.MIN_CREDITS, translate("Labels", "All core units and a minimum of credits")),
        (e.UnitCategory.CORE, translate("Labels", "Core")),
        (e.UnitCategory.ELECTIVE, translate("Labels", "Elective")),
        (e.SectionKind.RANGE_STATEMENT, translate("Labels", "Range statement")),
        (e.SectionKind.REQUIRED_KNOWLEDGE, translate("Labels", "Required knowledge")),
        (e.SectionKind.REQUIRED_SKILLS, translate("Labels", "Required skills")),
        (e.SectionKind.EVIDENCE_GUIDE, translate("Labels", "Evidence guide")),
        (e.SectionKind.ASSESSMENT_CONDITIONS, translate("Labels", "Assessment conditions")),
        (e.Sex.FEMALE, translate("Labels", "Female")),
        (e.Sex.MALE, translate("Labels", "Male")),
        (e.Disability.YES, translate("Labels", "Yes")),
        (e.Disability.NO, translate("Labels", "No")),
        (e.Disability.NOT_STATED, translate("Labels", "Not stated")),
        (e.IdType.NATIONAL_ID, translate("Labels", "National ID")),
        (e.IdType.PASSPORT, translate("Labels", "Passport")),
        (e.IdType.REFUGEE_ID, translate("Labels", "Refugee ID")),
        (e.IdType.OTHER, translate("Labels", "Other document")),
        (e.IdType.NONE, translate("Labels", "No document")),
        (e.Pathway.RPL, translate("Labels", "RPL")),
        (e.Pathway.TRAINING, translate("Labels", "Training")),
        (e.EnrolmentStatus.ACTIVE, translate("Labels", "Active", "enrolment")),
        (e.EnrolmentStatus.COMPLETED, translate("Labels", "Completed")),
        (e.EnrolmentStatus.WITHDRAWN, translate("Labels", "Withdrawn", "enrolment")),
        (e.RplStage.INFORMATION, translate("Labels", "Information and counselling")),
        (e.RplStage.ELIGIBILITY, translate("Labels", "Eligibility")),
        (e.RplStage.SELF_ASSESSMENT, translate("Labels", "Self-assessment")),
        (e.RplStage.PORTFOLIO, translate("Labels", "Portfolio of evidence")),
        (e.RplStage.ASSESSMENT, translate("Labels", "Assessment", "RPL stage")),
        (e.RplStage.CERTIFICATION, translate("Labels", "Certification")),
        (e.RplStage.APPEAL, translate("Labels", "Appeal", "RPL stage")),
        (e.EligibilityDecision.ELIGIBLE, translate("Labels", "Eligible")),
        (e.EligibilityDecision.NOT_ELIGIBLE, translate("Labels", "Not eligible")),
        (e.SelfAssessmentAnswer.CAN_DO, translate("Labels", "I can do this")),
        (e.SelfAssessmentAnswer.WITH_HELP, translate("Labels", "With help")),
        (e.SelfAssessmentAnswer.NOT_YET, translate("Labels", "Not yet")),
        (e.EvidenceKind.CERTIFICATE, translate("Labels", "Certificate", "evidence")),
        (e.EvidenceKind.PHOTO, translate("Labels", "Photo of work")),
        (e.EvidenceKind.VIDEO, translate("Labels", "Video")),
        (e.EvidenceKind.REFERENCE_LETTER, translate("Labels", "Reference letter")),
        (e.EvidenceKind.WORK_SAMPLE, translate("Labels", "Work sample")),
        (e.EvidenceKind.THIRD_PARTY_REPORT, translate("Labels", "Third-party report", "evidence")),
        (e.EvidenceKind.OTHER, translate("Labels", "Other", "evidence")),
        (e.EvidenceStatus.ACTIVE, translate("Labels", "Active", "evidence")),
        (e.EvidenceStatus.WITHDRAWN, translate("Labels", "Withdrawn", "evidence")),
        (e.AssessmentMethod.OBSERVATION, translate("Labels", "Observation")),
        (e.AssessmentMethod.QUESTIONING, translate("Labels", "Questioning")),
        (e.AssessmentMethod.PRODUCT, translate("Labels", "Product")),
        (e.AssessmentMethod.THIRD_PARTY_REPORT, translate("Labels", "Third-party report", "assessment method")),
        (e.AssessmentMethod.PORTFOLIO, translate("Labels", "Portfolio")),
        (e.AssessmentStatus.DRAFT, translate("Labels", "Draft", "assessment")),
        (e.AssessmentStatus.SUBMITTED, translate("Labels", "Submitted")),
        (e.AssessmentStatus.VERIFIED, translate("Labels", "Verified")),
        (e.AssessmentStatus.RETURNED, translate("Labels", "Returned")),
        (e.Outcome.COMPETENT, translate("Labels", "Competent")),
        (e.Outcome.NOT_YET_COMPETENT, translate("Labels", "Not Yet Competent")),
        (e.Outcome.RPL_GRANTED, translate("Labels", "RPL granted")),
        (e.Outcome.CREDIT_TRANSFER, translate("Labels", "Credit transfer")),
        (e.Outcome.WITHDRAWN, translate("Labels", "Withdrawn", "outcome")),
        (e.Judgement.SATISFACTORY, translate("Labels", "Satisfactory")),
        (e.Judgement.NOT_YET_SATISFACTORY, translate("Labels", "Not yet satisfactory")),
        (e.AppealDecision.PENDING, translate("Labels", "Pending")),
        (e.AppealDecision.UPHELD, translate("Labels", "Upheld")),
        (e.AppealDecision.DISMISSED, translate("Labels", "Dismissed")),
        (e.CertificateKind.FULL, translate("Labels", "Qualification certificate")),
        (e.CertificateKind.STATEMENT, translate("Labels", "Statement of attainment")),
        (e.CertificateStatus.ISSUED, translate("Labels", "Issued", "certificate")),
        (e.CertificateStatus.REVOKED, translate("Labels", "Revoked")),
        (e.AuditAction.CREATE, translate("Labels", "Created")),
        (e.AuditAction.UPDATE, translate("Labels", "Changed")),
        (e.AuditAction.DELETE, translate("Labels", "Deleted")),
        (e.RplEvent.SELF_ASSESSMENT_SAVED, translate("Labels", "Self-assessment saved")),
        (e.RplEvent.EVIDENCE_JUDGED, translate("Labels", "Evidence judged")),
        (e.RplEvent.ASSESSMENT_PLANNED, translate("Labels", "Assessment planned")),
        (e.RplEvent.RESULT_VERIFIED, translate("Labels", "Result verified")),
        (e.RplEvent.CERTIFICATE_ISSUED, translate("Labels", "Certificate issued")),
        (e.RplEvent.APPEAL_LODGED, translate("Labels", "Appeal lodged")),
    ]
    return {(type(k), k): v for k, v in pairs}
