"""The data model of SkillAssess (SQLAlchemy 2 typed declarative mapping), one module per domain.

Rules that the database can hold are declared here as constraints (unique codes per
version, foreign keys, check constraints on enumerations), so that they hold for every
client, SQLite or PostgreSQL, not only for this application's Python code.

Columns marked ``info={"generated": True}`` hold what the application computes (JSON, hashes,
search keys), not text a user typed: the text rule of ``core.text`` skips them.

Importing this package maps every model on ``Base.metadata`` (Alembic's autogenerate and the audit
state read it whole), so ``from skillassess.core.models import X`` is the way to name a model.
"""

from __future__ import annotations

from skillassess.core.models.assessments import (
    Amendment,
    Appeal,
    Assessment,
    AssessmentMethodUsed,
    AssessmentSession,
    CriterionJudgement,
)
from skillassess.core.models.audit import AuditEntry
from skillassess.core.models.base import (
    AUDIT_EXCLUDED,
    NAMING_CONVENTION,
    Base,
    as_dict,
    enum_type,
    timestamp,
    utcnow,
    values_as_dict,
)
from skillassess.core.models.candidates import (
    Candidate,
    Enrolment,
    EnrolmentUnit,
    EvidenceBlob,
    EvidenceCriterion,
    EvidenceItem,
    GapReferral,
    GapReferralUnit,
    RplStep,
    SelfAssessment,
    SelfAssessmentRemark,
)
from skillassess.core.models.centre import Centre, Signatory, User, UserRole
from skillassess.core.models.certificates import Certificate, CertificateUnit, SerialCounter, SigningKey
from skillassess.core.models.exchange import (
    ExchangeLog,
    ExchangePartner,
    Moderation,
    PartnerKey,
    RegisterCandidate,
    RegisterCertificate,
    RegisterEnrolment,
    RegisterResult,
)
from skillassess.core.models.standards import (
    AwardingBody,
    Element,
    PerformanceCriterion,
    Qualification,
    QualificationUnit,
    Unit,
    UnitSection,
)

ALL_MODELS: tuple[type[Base], ...] = tuple(m.class_ for m in Base.registry.mappers)

__all__ = [
    "ALL_MODELS",
    "AUDIT_EXCLUDED",
    "NAMING_CONVENTION",
    "Amendment",
    "Appeal",
    "Assessment",
    "AssessmentMethodUsed",
    "AssessmentSession",
    "AuditEntry",
    "AwardingBody",
    "Base",
    "Candidate",
    "Centre",
    "Certificate",
    "CertificateUnit",
    "CriterionJudgement",
    "Element",
    "Enrolment",
    "EnrolmentUnit",
    "EvidenceBlob",
    "EvidenceCriterion",
    "EvidenceItem",
    "ExchangeLog",
    "ExchangePartner",
    "GapReferral",
    "GapReferralUnit",
    "Moderation",
    "PartnerKey",
    "PerformanceCriterion",
    "Qualification",
    "QualificationUnit",
    "RegisterCandidate",
    "RegisterCertificate",
    "RegisterEnrolment",
    "RegisterResult",
    "RplStep",
    "SelfAssessment",
    "SelfAssessmentRemark",
    "SerialCounter",
    "Signatory",
    "SigningKey",
    "Unit",
    "UnitSection",
    "User",
    "UserRole",
    "as_dict",
    "enum_type",
    "timestamp",
    "utcnow",
    "values_as_dict",
]
