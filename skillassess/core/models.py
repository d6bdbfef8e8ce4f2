"""The data model of SkillAssess (SQLAlchemy 2 typed declarative mapping).

Rules that the database can hold are declared here as constraints (unique codes per
version, foreign keys, check constraints on enumerations), so that they hold for every
client, SQLite or PostgreSQL, not only for this application's Python code.

Columns marked ``info={"generated": True}`` hold what the application computes (JSON, hashes,
search keys), not text a user typed: the text rule of ``core.text`` skips them.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from skillassess.core.enums import (
    AppealDecision,
    AssessmentMethod,
    AssessmentStatus,
    AuditAction,
    CertificateKind,
    CertificateStatus,
    Disability,
    EligibilityDecision,
    EnrolmentStatus,
    EvidenceKind,
    EvidenceStatus,
    IdType,
    Judgement,
    Outcome,
    PackagingRule,
    Pathway,
    Role,
    RplStage,
    SectionKind,
    SelfAssessmentAnswer,
    Sex,
    StandardStatus,
    UnitCategory,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    """Now in UTC, timezone-aware; stored as UTC everywhere."""
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def enum_type(enum: type[StrEnum], name: str) -> Enum:
    """A portable enumeration column: VARCHAR plus a CHECK constraint on its values."""
    return Enum(
        enum,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(m.value) for m in enum) + 8,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


def _ts() -> Mapped[dt.datetime]:
    return mapped_column(DateTime(timezone=True), default=utcnow, server_default=func.now())


# --- Centre and people ------------------------------------------------------------------


class Centre(Base):
    """The assessment centre that runs this database."""

    __tablename__ = "centre"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2))  # ISO 3166-1 alpha-2
    address: Mapped[str] = mapped_column(Text, default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = _ts()

    signatories: Mapped[list[Signatory]] = relationship(
        back_populates="centre", order_by="Signatory.position", cascade="all, delete-orphan"
    )

    __table_args__ = (CheckConstraint("length(country) = 2", name="country_iso2"),)


class Signatory(Base):
    """A person who signs the centre's certificates."""

    __tablename__ = "signatory"

    id: Mapped[int] = mapped_column(primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200), default="")
    signature_image: Mapped[bytes | None] = mapped_column(LargeBinary)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    centre: Mapped[Centre] = relationship(back_populates="signatories")


class User(Base):
    """Somebody who signs in: administrator, assessor, verifier and/or registrar."""

    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    password_hash: Mapped[str] = mapped_column(String(255), info={"generated": True})
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Sign-in failure counters change without anyone deciding anything: not part of the audited state.
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0, info={"audited": False})
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), info={"audited": False})
    assessor_registration_number: Mapped[str | None] = mapped_column(String(64))
    registration_expires_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = _ts()

    roles: Mapped[list[UserRole]] = relationship(
        back_populates="user", cascade="all, delete-orphan", lazy="selectin"
    )

    @property
    def role_set(self) -> frozenset[Role]:
        return frozenset(r.role for r in self.roles)

    __table_args__ = (CheckConstraint("failed_attempts >= 0", name="failed_attempts_positive"),)


class UserRole(Base):
    __tablename__ = "user_role"

    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[Role] = mapped_column(enum_type(Role, "role"), primary_key=True)

    user: Mapped[User] = relationship(back_populates="roles")


# --- Standards ----------------------------------------------------------------------------


class AwardingBody(Base):
    """Who owns a set of standards, e.g. a national TVET authority."""

    __tablename__ = "awarding_body"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2), default="")
    level_scale: Mapped[str] = mapped_column(String(200), default="")  # e.g. "NQF 1-8"

    qualifications: Mapped[list[Qualification]] = relationship(
        back_populates="awarding_body", order_by="Qualification.code"
    )


class Qualification(Base):
    """An occupational standard at one version, with its packaging rules."""

    __tablename__ = "qualification"

    id: Mapped[int] = mapped_column(primary_key=True)
    awarding_body_id: Mapped[int] = mapped_column(ForeignKey("awarding_body.id"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer, default=1)
    title: Mapped[str] = mapped_column(String(300))
    level: Mapped[str] = mapped_column(String(40), default="")
    sector: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[StandardStatus] = mapped_column(
        enum_type(StandardStatus, "qualification_status"), default=StandardStatus.DRAFT
    )
    packaging_rule: Mapped[PackagingRule] = mapped_column(
        enum_type(PackagingRule, "packaging_rule"), default=PackagingRule.CORE_PLUS_ELECTIVES
    )
    electives_required: Mapped[int] = mapped_column(Integer, default=0)
    credits_required: Mapped[int] = mapped_column(Integer, default=0)
    case_identifier: Mapped[str | None] = mapped_column(String(64))  # CASE CFDocument UUID
    created_at: Mapped[dt.datetime] = _ts()

    awarding_body: Mapped[AwardingBody] = relationship(back_populates="qualifications")
    unit_links: Mapped[list[QualificationUnit]] = relationship(
        back_populates="qualification",
        order_by="QualificationUnit.position",
        cascade="all, delete-orphan",
    )

    __table_args__ = (
        UniqueConstraint("code", "version"),
        CheckConstraint("version >= 1", name="version_positive"),
        CheckConstraint("electives_required >= 0", name="electives_positive"),
        CheckConstraint("credits_required >= 0", name="credits_positive"),
    )


class Unit(Base):
    """A unit of competency at one version."""

    __tablename__ = "unit"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer, default=1)
    title: Mapped[str] = mapped_column(String(300))
    credits: Mapped[int] = mapped_column(Integer, default=0)
    nominal_hours: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[StandardStatus] = mapped_column(
        enum_type(StandardStatus, "unit_status"), default=StandardStatus.DRAFT
    )
    case_identifier: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = _ts()

    elements: Mapped[list[Element]] = relationship(
        back_populates="unit", order_by="Element.position", cascade="all, delete-orphan"
    )
    sections: Mapped[list[UnitSection]] = relationship(
        back_populates="unit", cascade="all, delete-orphan"
    )
    qualification_links: Mapped[list[QualificationUnit]] = relationship(back_populates="unit")

    def section(self, kind: SectionKind) -> str:
        """The text of one section, empty when absent."""
        for s in self.sections:
            if s.kind == kind:
                return s.body
        return ""

    __table_args__ = (
        UniqueConstraint("code", "version"),
        CheckConstraint("version >= 1", name="version_positive"),
        CheckConstraint("credits >= 0", name="credits_positive"),
        CheckConstraint("nominal_hours >= 0", name="hours_positive"),
    )


class QualificationUnit(Base):
    """A unit's place in a qualification: core or elective, in order."""

    __tablename__ = "qualification_unit"

    qualification_id: Mapped[int] = mapped_column(
        ForeignKey("qualification.id", ondelete="CASCADE"), primary_key=True
    )
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), primary_key=True, index=True)
    category: Mapped[UnitCategory] = mapped_column(enum_type(UnitCategory, "unit_category"))
    position: Mapped[int] = mapped_column(Integer, default=0)

    qualification: Mapped[Qualification] = relationship(back_populates="unit_links")
    unit: Mapped[Unit] = relationship(back_populates="qualification_links")


class UnitSection(Base):
    """A text section of a unit: range statement, required knowledge, evidence guide..."""

    __tablename__ = "unit_section"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), index=True)
    kind: Mapped[SectionKind] = mapped_column(enum_type(SectionKind, "section_kind"))
    body: Mapped[str] = mapped_column(Text, default="")

    unit: Mapped[Unit] = relationship(back_populates="sections")

    __table_args__ = (UniqueConstraint("unit_id", "kind"),)


class Element(Base):
    """An element of a unit; its position (1, 2, ...) numbers its criteria (1.1, 1.2 ...)."""

    __tablename__ = "element"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    case_identifier: Mapped[str | None] = mapped_column(String(64))

    unit: Mapped[Unit] = relationship(back_populates="elements")
    criteria: Mapped[list[PerformanceCriterion]] = relationship(
        back_populates="element",
        order_by="PerformanceCriterion.position",
        cascade="all, delete-orphan",
    )

    __table_args__ = (
        UniqueConstraint("unit_id", "position"),
        CheckConstraint("position >= 1", name="position_positive"),
    )


class PerformanceCriterion(Base):
    """A performance criterion of an element."""

    __tablename__ = "performance_criterion"

    id: Mapped[int] = mapped_column(primary_key=True)
    element_id: Mapped[int] = mapped_column(ForeignKey("element.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    case_identifier: Mapped[str | None] = mapped_column(String(64))

    element: Mapped[Element] = relationship(back_populates="criteria")

    @property
    def number(self) -> str:
        """The criterion's number as printed: element position, dot, own position."""
        return f"{self.element.position}.{self.position}"

    __table_args__ = (
        UniqueConstraint("element_id", "position"),
        CheckConstraint("position >= 1", name="position_positive"),
    )


# --- Candidates and enrolment --------------------------------------------------------------


class Candidate(Base):
    """A person who is assessed: names in Latin and local script, sex, identity, background."""

    __tablename__ = "candidate"

    id: Mapped[int] = mapped_column(primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id"), index=True)
    registration_number: Mapped[str] = mapped_column(String(40))
    family_name: Mapped[str] = mapped_column(String(200))
    given_names: Mapped[str] = mapped_column(String(200))
    name_local: Mapped[str] = mapped_column(String(300), default="")  # full name in local script
    sex: Mapped[Sex] = mapped_column(enum_type(Sex, "sex"))
    date_of_birth: Mapped[dt.date | None] = mapped_column(Date)
    id_type: Mapped[IdType] = mapped_column(enum_type(IdType, "id_type"), default=IdType.NATIONAL_ID)
    national_id: Mapped[str | None] = mapped_column(String(64), index=True)
    nationality: Mapped[str] = mapped_column(String(2), default="")
    disability: Mapped[Disability] = mapped_column(
        enum_type(Disability, "disability"), default=Disability.NOT_STATED
    )
    disability_details: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    photo: Mapped[bytes | None] = mapped_column(LargeBinary)
    education: Mapped[str] = mapped_column(String(200), default="")
    occupation: Mapped[str] = mapped_column(String(200), default="")
    years_experience: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Case-folded names, registration number and ID, kept by the services for search.
    search_text: Mapped[str] = mapped_column(Text, default="", info={"generated": True})
    created_at: Mapped[dt.datetime] = _ts()
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow, server_default=func.now()
    )

    centre: Mapped[Centre] = relationship()
    enrolments: Mapped[list[Enrolment]] = relationship(
        back_populates="candidate", order_by="Enrolment.id", cascade="all, delete-orphan"
    )

    @property
    def display_name(self) -> str:
        return f"{self.given_names} {self.family_name}".strip()

    __table_args__ = (
        UniqueConstraint("centre_id", "registration_number"),
        Index("ix_candidate_family_given", "family_name", "given_names"),
        CheckConstraint("years_experience IS NULL OR years_experience >= 0", name="experience_positive"),
    )


class Enrolment(Base):
    """A candidate working towards a qualification (or some of its units) by RPL or training."""

    __tablename__ = "enrolment"

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    qualification_id: Mapped[int] = mapped_column(ForeignKey("qualification.id"), index=True)
    pathway: Mapped[Pathway] = mapped_column(enum_type(Pathway, "pathway"))
    status: Mapped[EnrolmentStatus] = mapped_column(
        enum_type(EnrolmentStatus, "enrolment_status"), default=EnrolmentStatus.ACTIVE
    )
    stage: Mapped[RplStage] = mapped_column(enum_type(RplStage, "rpl_stage"), default=RplStage.INFORMATION)
    enrolled_on: Mapped[dt.date] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = _ts()

    candidate: Mapped[Candidate] = relationship(back_populates="enrolments")
    qualification: Mapped[Qualification] = relationship()
    chosen_units: Mapped[list[EnrolmentUnit]] = relationship(cascade="all, delete-orphan")
    steps: Mapped[list[RplStep]] = relationship(
        back_populates="enrolment", order_by="RplStep.id", cascade="all, delete-orphan"
    )


class EnrolmentUnit(Base):
    """A unit chosen for an enrolment that does not aim at the whole qualification."""

    __tablename__ = "enrolment_unit"

    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolment.id", ondelete="CASCADE"), primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), primary_key=True)


class RplStep(Base):
    """A dated step of an enrolment through the RPL stages, with notes and decisions."""

    __tablename__ = "rpl_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolment.id", ondelete="CASCADE"), index=True)
    stage: Mapped[RplStage] = mapped_column(enum_type(RplStage, "rpl_step_stage"))
    on_date: Mapped[dt.date] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[EligibilityDecision | None] = mapped_column(
        enum_type(EligibilityDecision, "eligibility_decision")
    )
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[dt.datetime] = _ts()

    enrolment: Mapped[Enrolment] = relationship(back_populates="steps")


class SelfAssessment(Base):
    """A candidate's own answer for one criterion: I can do this / with help / not yet."""

    __tablename__ = "self_assessment"

    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolment.id", ondelete="CASCADE"), primary_key=True)
    criterion_id: Mapped[int] = mapped_column(ForeignKey("performance_criterion.id"), primary_key=True)
    answer: Mapped[SelfAssessmentAnswer] = mapped_column(
        enum_type(SelfAssessmentAnswer, "self_assessment_answer")
    )
    answered_on: Mapped[dt.date | None] = mapped_column(Date)


class EvidenceBlob(Base):
    """File content stored in the database (used where there is no file store, e.g. PostgreSQL)."""

    __tablename__ = "evidence_blob"
    # Named by the SHA-256 of its content, which the audited evidence_item row records.
    __table_args__ = {"info": {"audited": False}}

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class EvidenceItem(Base):
    """A file in a candidate's portfolio of evidence, named by its SHA-256."""

    __tablename__ = "evidence_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    filename: Mapped[str] = mapped_column(String(300))
    media_type: Mapped[str] = mapped_column(String(120), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    kind: Mapped[EvidenceKind] = mapped_column(enum_type(EvidenceKind, "evidence_kind"))
    description: Mapped[str] = mapped_column(Text, default="")
    evidence_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[EvidenceStatus] = mapped_column(
        enum_type(EvidenceStatus, "evidence_status"), default=EvidenceStatus.ACTIVE
    )
    # Rules of evidence, as judged by the assessor; None while not yet judged.
    is_valid: Mapped[bool | None] = mapped_column(Boolean)
    is_sufficient: Mapped[bool | None] = mapped_column(Boolean)
    is_authentic: Mapped[bool | None] = mapped_column(Boolean)
    is_current: Mapped[bool | None] = mapped_column(Boolean)
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[dt.datetime] = _ts()

    criteria: Mapped[list[EvidenceCriterion]] = relationship(cascade="all, delete-orphan")

    __table_args__ = (CheckConstraint("size >= 0", name="size_positive"),)


class EvidenceCriterion(Base):
    """Which criteria an evidence item supports."""

    __tablename__ = "evidence_criterion"

    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence_item.id", ondelete="CASCADE"), primary_key=True)
    criterion_id: Mapped[int] = mapped_column(ForeignKey("performance_criterion.id"), primary_key=True)


# --- Assessments ---------------------------------------------------------------------------


class AssessmentSession(Base):
    """A planned assessment event: date, venue, assessor; its assessments belong to it."""

    __tablename__ = "assessment_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    session_date: Mapped[dt.date] = mapped_column(Date)
    venue: Mapped[str] = mapped_column(String(200), default="")
    assessor_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = _ts()

    assessor: Mapped[User] = relationship()


class Assessment(Base):
    """One candidate, one unit version, one attempt, with its judgements and outcome."""

    __tablename__ = "assessment"

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id"), index=True)
    enrolment_id: Mapped[int | None] = mapped_column(ForeignKey("enrolment.id"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("assessment_session.id"), index=True)
    attempt: Mapped[int] = mapped_column(Integer, default=1)
    assessed_on: Mapped[dt.date] = mapped_column(Date)
    venue: Mapped[str] = mapped_column(String(200), default="")
    assessor_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), index=True)
    verifier_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    status: Mapped[AssessmentStatus] = mapped_column(
        enum_type(AssessmentStatus, "assessment_status"), default=AssessmentStatus.DRAFT
    )
    outcome: Mapped[Outcome | None] = mapped_column(enum_type(Outcome, "outcome"))
    credit_transfer_source: Mapped[str] = mapped_column(Text, default="")
    comments: Mapped[str] = mapped_column(Text, default="")
    feedback: Mapped[str] = mapped_column(Text, default="")
    conflict_of_interest: Mapped[bool | None] = mapped_column(Boolean)  # None: not yet declared
    conflict_details: Mapped[str] = mapped_column(Text, default="")
    returned_reason: Mapped[str] = mapped_column(Text, default="")
    submitted_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    verified_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[dt.datetime] = _ts()
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow, server_default=func.now()
    )

    candidate: Mapped[Candidate] = relationship()
    enrolment: Mapped[Enrolment | None] = relationship()
    unit: Mapped[Unit] = relationship()
    session: Mapped[AssessmentSession | None] = relationship()
    assessor: Mapped[User] = relationship(foreign_keys=[assessor_id])
    verifier: Mapped[User | None] = relationship(foreign_keys=[verifier_id])
    methods: Mapped[list[AssessmentMethodUsed]] = relationship(
        cascade="all, delete-orphan", lazy="selectin"
    )
    judgements: Mapped[list[CriterionJudgement]] = relationship(cascade="all, delete-orphan")
    amendments: Mapped[list[Amendment]] = relationship(
        back_populates="assessment", order_by="Amendment.id", cascade="all, delete-orphan"
    )

    __table_args__ = (
        UniqueConstraint("candidate_id", "unit_id", "attempt"),
        CheckConstraint("attempt >= 1", name="attempt_positive"),
        CheckConstraint(
            "verifier_id IS NULL OR verifier_id <> assessor_id", name="verifier_not_assessor"
        ),
        Index("ix_assessment_status_date", "status", "assessed_on"),
    )


class AssessmentMethodUsed(Base):
    """An evidence-gathering method used in an assessment."""

    __tablename__ = "assessment_method"

    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id", ondelete="CASCADE"), primary_key=True)
    method: Mapped[AssessmentMethod] = mapped_column(enum_type(AssessmentMethod, "method"), primary_key=True)


class CriterionJudgement(Base):
    """The assessor's judgement of one performance criterion in one assessment."""

    __tablename__ = "criterion_judgement"

    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id", ondelete="CASCADE"), primary_key=True)
    criterion_id: Mapped[int] = mapped_column(ForeignKey("performance_criterion.id"), primary_key=True, index=True)
    result: Mapped[Judgement] = mapped_column(enum_type(Judgement, "judgement"))
    note: Mapped[str] = mapped_column(Text, default="")
    judged_at: Mapped[dt.datetime] = _ts()

    criterion: Mapped[PerformanceCriterion] = relationship()


class Amendment(Base):
    """A correction to a verified result, with its reason; the original values are kept."""

    __tablename__ = "amendment"

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id", ondelete="CASCADE"), index=True)
    reason: Mapped[str] = mapped_column(Text)
    before_json: Mapped[str] = mapped_column(Text, info={"generated": True})
    after_json: Mapped[str] = mapped_column(Text, info={"generated": True})
    amended_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    amended_at: Mapped[dt.datetime] = _ts()

    assessment: Mapped[Assessment] = relationship(back_populates="amendments")
    amended_by: Mapped[User] = relationship()

    __table_args__ = (CheckConstraint("length(reason) > 0", name="reason_required"),)


class Appeal(Base):
    """An appeal against an assessment decision, reviewed by someone independent."""

    __tablename__ = "appeal"

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id"), index=True)
    lodged_on: Mapped[dt.date] = mapped_column(Date)
    grounds: Mapped[str] = mapped_column(Text)
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    decision: Mapped[AppealDecision] = mapped_column(
        enum_type(AppealDecision, "appeal_decision"), default=AppealDecision.PENDING
    )
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    decision_notes: Mapped[str] = mapped_column(Text, default="")
    new_assessment_id: Mapped[int | None] = mapped_column(ForeignKey("assessment.id"))
    created_at: Mapped[dt.datetime] = _ts()


# --- Certificates ----------------------------------------------------------------------------


class SerialCounter(Base):
    """The last serial number used per centre and year; incremented inside the issuing transaction."""

    __tablename__ = "serial_counter"
    # A counter derived from the certificates (which are audited, with unique serials).
    __table_args__ = {"info": {"audited": False}}

    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class SigningKey(Base):
    """A public Ed25519 key of the centre (the private key stays in the data directory)."""

    __tablename__ = "signing_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    key_id: Mapped[str] = mapped_column(String(32), unique=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = _ts()


class Certificate(Base):
    """A full certificate or statement of attainment; revoked ones stay in the register."""

    __tablename__ = "certificate"

    id: Mapped[int] = mapped_column(primary_key=True)
    serial: Mapped[str] = mapped_column(String(40), unique=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id"), index=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id"), index=True)
    qualification_id: Mapped[int] = mapped_column(ForeignKey("qualification.id"), index=True)
    kind: Mapped[CertificateKind] = mapped_column(enum_type(CertificateKind, "certificate_kind"))
    issued_on: Mapped[dt.date] = mapped_column(Date)
    languages: Mapped[str] = mapped_column(String(20), default="en")  # e.g. "en" or "en,ar"
    status: Mapped[CertificateStatus] = mapped_column(
        enum_type(CertificateStatus, "certificate_status"), default=CertificateStatus.ISSUED
    )
    revoked_reason: Mapped[str] = mapped_column(Text, default="")
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("certificate.id"))
    reprint_count: Mapped[int] = mapped_column(Integer, default=0)
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    payload: Mapped[str] = mapped_column(Text, default="", info={"generated": True})  # signed QR payload
    created_at: Mapped[dt.datetime] = _ts()

    candidate: Mapped[Candidate] = relationship()
    qualification: Mapped[Qualification] = relationship()
    units: Mapped[list[CertificateUnit]] = relationship(
        order_by="CertificateUnit.position", cascade="all, delete-orphan"
    )

    __table_args__ = (
        CheckConstraint("reprint_count >= 0", name="reprints_positive"),
        CheckConstraint(
            "status <> 'revoked' OR length(revoked_reason) > 0", name="revoked_needs_reason"
        ),
    )


class CertificateUnit(Base):
    """A unit listed on a certificate, with the outcome that achieved it."""

    __tablename__ = "certificate_unit"

    certificate_id: Mapped[int] = mapped_column(ForeignKey("certificate.id", ondelete="CASCADE"), primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[Outcome] = mapped_column(enum_type(Outcome, "certificate_unit_outcome"))

    unit: Mapped[Unit] = relationship()


# --- Audit ---------------------------------------------------------------------------------------


class AuditEntry(Base):
    """Who changed what and when, before and after; each entry holds the hash of the previous."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    username: Mapped[str] = mapped_column(String(64), default="")
    action: Mapped[AuditAction] = mapped_column(enum_type(AuditAction, "audit_action"))
    entity_type: Mapped[str] = mapped_column(String(60), index=True)
    entity_id: Mapped[str] = mapped_column(String(60))
    before_json: Mapped[str | None] = mapped_column(Text, info={"generated": True})
    after_json: Mapped[str | None] = mapped_column(Text, info={"generated": True})
    # Unique, so two concurrent writers cannot both extend the chain from the same entry.
    prev_hash: Mapped[str] = mapped_column(String(64), unique=True)
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    # The complete new state of every row the change wrote (skillassess/core/audit_state.py);
    # None for entries that changed no row, and for entries written before version 0004. Computed, not
    # typed: a change of many rows (the demo, an import) records far more than one Excel cell holds.
    state_json: Mapped[str | None] = mapped_column(Text, info={"generated": True})

    __table_args__ = (
        Index("ix_audit_entry_entity", "entity_type", "entity_id"),
        {"info": {"audited": False}},
    )


ALL_MODELS: tuple[type[Base], ...] = tuple(m.class_ for m in Base.registry.mappers)


AUDIT_EXCLUDED = frozenset({"password_hash", "photo", "logo", "signature_image", "data"})


def as_dict(obj: Any, exclude: frozenset[str] = AUDIT_EXCLUDED) -> dict[str, Any]:
    """Column values of a mapped object as JSON-ready values (for the audit log)."""
    values = {col.key: getattr(obj, col.key) for col in obj.__table__.columns if col.key not in exclude}
    return values_as_dict(obj.__table__, values, exclude)


def values_as_dict(table: Any, values: dict[str, Any], exclude: frozenset[str] = AUDIT_EXCLUDED) -> dict[str, Any]:
    """The same as ``as_dict`` for a row given as column values (a bulk insert's row and its new id)."""
    keys = _column_keys.get(table.name)
    if keys is None:
        keys = _column_keys[table.name] = [col.key for col in table.columns]
    out: dict[str, Any] = {}
    for key in keys:
        if key in exclude:
            continue
        value = values.get(key)
        if isinstance(value, (dt.date, dt.datetime)):
            value = value.isoformat()
        elif isinstance(value, bytes):
            value = f"<{len(value)} bytes>"
        elif isinstance(value, StrEnum):
            value = value.value
        out[key] = value
    return out


_column_keys: dict[str, list[str]] = {}
