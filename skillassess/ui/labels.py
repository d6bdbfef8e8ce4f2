"""Translated labels for the values of the domain's enumerations."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from skillassess.core import enums as e


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def label(value: StrEnum | None) -> str:
    """The translated name of an enumeration value ("" for None)."""
    if value is None:
        return ""
    table = _labels()
    return table.get(value, value.value)


def _labels() -> dict[StrEnum, str]:
    return {
        e.Role.ADMINISTRATOR: _t("Administrator"),
        e.Role.ASSESSOR: _t("Assessor"),
        e.Role.VERIFIER: _t("Verifier"),
        e.Role.REGISTRAR: _t("Registrar"),
        e.StandardStatus.DRAFT: _t("Draft"),
        e.StandardStatus.CURRENT: _t("Current"),
        e.StandardStatus.SUPERSEDED: _t("Superseded"),
        e.PackagingRule.CORE_PLUS_ELECTIVES: _t("All core units plus electives"),
        e.PackagingRule.MIN_CREDITS: _t("All core units and a minimum of credits"),
        e.UnitCategory.CORE: _t("Core"),
        e.UnitCategory.ELECTIVE: _t("Elective"),
        e.SectionKind.RANGE_STATEMENT: _t("Range statement"),
        e.SectionKind.REQUIRED_KNOWLEDGE: _t("Required knowledge"),
        e.SectionKind.REQUIRED_SKILLS: _t("Required skills"),
        e.SectionKind.EVIDENCE_GUIDE: _t("Evidence guide"),
        e.SectionKind.ASSESSMENT_CONDITIONS: _t("Assessment conditions"),
        e.Sex.FEMALE: _t("Female"),
        e.Sex.MALE: _t("Male"),
        e.Disability.YES: _t("Yes"),
        e.Disability.NO: _t("No"),
        e.Disability.NOT_STATED: _t("Not stated"),
        e.IdType.NATIONAL_ID: _t("National ID"),
        e.IdType.PASSPORT: _t("Passport"),
        e.IdType.REFUGEE_ID: _t("Refugee ID"),
        e.IdType.OTHER: _t("Other document"),
        e.IdType.NONE: _t("No document"),
        e.Pathway.RPL: _t("RPL"),
        e.Pathway.TRAINING: _t("Training"),
        e.EnrolmentStatus.ACTIVE: _t("Active"),
        e.EnrolmentStatus.COMPLETED: _t("Completed"),
        e.EnrolmentStatus.WITHDRAWN: _t("Withdrawn"),
        e.RplStage.INFORMATION: _t("Information and counselling"),
        e.RplStage.ELIGIBILITY: _t("Eligibility"),
        e.RplStage.SELF_ASSESSMENT: _t("Self-assessment"),
        e.RplStage.PORTFOLIO: _t("Portfolio of evidence"),
        e.RplStage.ASSESSMENT: _t("Assessment"),
        e.RplStage.CERTIFICATION: _t("Certification"),
        e.RplStage.APPEAL: _t("Appeal"),
        e.EligibilityDecision.ELIGIBLE: _t("Eligible"),
        e.EligibilityDecision.NOT_ELIGIBLE: _t("Not eligible"),
        e.SelfAssessmentAnswer.CAN_DO: _t("I can do this"),
        e.SelfAssessmentAnswer.WITH_HELP: _t("With help"),
        e.SelfAssessmentAnswer.NOT_YET: _t("Not yet"),
        e.EvidenceKind.CERTIFICATE: _t("Certificate"),
        e.EvidenceKind.PHOTO: _t("Photo of work"),
        e.EvidenceKind.VIDEO: _t("Video"),
        e.EvidenceKind.REFERENCE_LETTER: _t("Reference letter"),
        e.EvidenceKind.WORK_SAMPLE: _t("Work sample"),
        e.EvidenceKind.THIRD_PARTY_REPORT: _t("Third-party report"),
        e.EvidenceKind.OTHER: _t("Other"),
        e.EvidenceStatus.ACTIVE: _t("Active"),
        e.EvidenceStatus.WITHDRAWN: _t("Withdrawn"),
        e.AssessmentMethod.OBSERVATION: _t("Observation"),
        e.AssessmentMethod.QUESTIONING: _t("Questioning"),
        e.AssessmentMethod.PRODUCT: _t("Product"),
        e.AssessmentMethod.THIRD_PARTY_REPORT: _t("Third-party report"),
        e.AssessmentMethod.PORTFOLIO: _t("Portfolio"),
        e.AssessmentStatus.DRAFT: _t("Draft"),
        e.AssessmentStatus.SUBMITTED: _t("Submitted"),
        e.AssessmentStatus.VERIFIED: _t("Verified"),
        e.AssessmentStatus.RETURNED: _t("Returned"),
        e.Outcome.COMPETENT: _t("Competent"),
        e.Outcome.NOT_YET_COMPETENT: _t("Not Yet Competent"),
        e.Outcome.RPL_GRANTED: _t("RPL granted"),
        e.Outcome.CREDIT_TRANSFER: _t("Credit transfer"),
        e.Outcome.WITHDRAWN: _t("Withdrawn"),
        e.Judgement.SATISFACTORY: _t("Satisfactory"),
        e.Judgement.NOT_YET_SATISFACTORY: _t("Not yet satisfactory"),
        e.AppealDecision.PENDING: _t("Pending"),
        e.AppealDecision.UPHELD: _t("Upheld"),
        e.AppealDecision.DISMISSED: _t("Dismissed"),
        e.CertificateKind.FULL: _t("Qualification certificate"),
        e.CertificateKind.STATEMENT: _t("Statement of attainment"),
        e.CertificateStatus.ISSUED: _t("Issued"),
        e.CertificateStatus.REVOKED: _t("Revoked"),
        e.AuditAction.CREATE: _t("Created"),
        e.AuditAction.UPDATE: _t("Changed"),
        e.AuditAction.DELETE: _t("Deleted"),
    }
