"""Candidates, their enrolments and RPL steps, self-assessments and portfolios of evidence."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from skillassess.core.enums import (
    Disability,
    EligibilityDecision,
    EnrolmentStatus,
    EvidenceKind,
    EvidenceStatus,
    IdType,
    Pathway,
    RplEvent,
    RplStage,
    SelfAssessmentAnswer,
    Sex,
)
from skillassess.core.models.base import Base, enum_type, timestamp, utcnow
from skillassess.core.models.centre import Centre
from skillassess.core.models.standards import Qualification


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
    disability: Mapped[Disability] = mapped_column(enum_type(Disability, "disability"), default=Disability.NOT_STATED)
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
    created_at: Mapped[dt.datetime] = timestamp()
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
    created_at: Mapped[dt.datetime] = timestamp()

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
    decision: Mapped[EligibilityDecision | None] = mapped_column(enum_type(EligibilityDecision, "eligibility_decision"))
    # Set when the application recorded the step because its event happened (None: typed by a user).
    event: Mapped[RplEvent | None] = mapped_column(enum_type(RplEvent, "rpl_event"))
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[dt.datetime] = timestamp()

    enrolment: Mapped[Enrolment] = relationship(back_populates="steps")


class SelfAssessment(Base):
    """A candidate's own answer for one criterion: I can do this / with help / not yet."""

    __tablename__ = "self_assessment"

    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolment.id", ondelete="CASCADE"), primary_key=True)
    criterion_id: Mapped[int] = mapped_column(ForeignKey("performance_criterion.id"), primary_key=True)
    answer: Mapped[SelfAssessmentAnswer] = mapped_column(enum_type(SelfAssessmentAnswer, "self_assessment_answer"))
    answered_on: Mapped[dt.date | None] = mapped_column(Date)


class SelfAssessmentRemark(Base):
    """What the candidate adds about one element in the self-assessment (where, when, with whom)."""

    __tablename__ = "self_assessment_remark"

    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolment.id", ondelete="CASCADE"), primary_key=True)
    element_id: Mapped[int] = mapped_column(ForeignKey("element.id"), primary_key=True)
    remark: Mapped[str] = mapped_column(Text)


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
    created_at: Mapped[dt.datetime] = timestamp()

    criteria: Mapped[list[EvidenceCriterion]] = relationship(cascade="all, delete-orphan")

    __table_args__ = (CheckConstraint("size >= 0", name="size_positive"),)


class EvidenceCriterion(Base):
    """Which criteria an evidence item supports."""

    __tablename__ = "evidence_criterion"

    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence_item.id", ondelete="CASCADE"), primary_key=True)
    criterion_id: Mapped[int] = mapped_column(ForeignKey("performance_criterion.id"), primary_key=True)


class GapReferral(Base):
    """A candidate whose recognition is partial, referred to training for the units not achieved (the gap)."""

    __tablename__ = "gap_referral"

    id: Mapped[int] = mapped_column(primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolment.id", ondelete="CASCADE"), index=True)
    referred_on: Mapped[dt.date] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")  # where and when the training is, for example
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[dt.datetime] = timestamp()

    units: Mapped[list[GapReferralUnit]] = relationship(cascade="all, delete-orphan")


class GapReferralUnit(Base):
    """A unit named in a referral to gap training."""

    __tablename__ = "gap_referral_unit"

    referral_id: Mapped[int] = mapped_column(ForeignKey("gap_referral.id", ondelete="CASCADE"), primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), primary_key=True)
