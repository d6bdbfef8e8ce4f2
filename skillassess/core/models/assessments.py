"""Assessments: sessions, one attempt of a candidate at a unit, judgements, methods, amendments, appeals."""

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
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from skillassess.core.enums import AppealDecision, AssessmentMethod, AssessmentStatus, Judgement, Outcome
from skillassess.core.models.base import Base, enum_type, timestamp, utcnow
from skillassess.core.models.candidates import Candidate, Enrolment
from skillassess.core.models.centre import User
from skillassess.core.models.standards import PerformanceCriterion, Unit


class AssessmentSession(Base):
    """A planned assessment event: date, venue, assessor; its assessments belong to it."""

    __tablename__ = "assessment_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    session_date: Mapped[dt.date] = mapped_column(Date)
    venue: Mapped[str] = mapped_column(String(200), default="")
    assessor_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = timestamp()

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
    created_at: Mapped[dt.datetime] = timestamp()
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow, server_default=func.now()
    )

    candidate: Mapped[Candidate] = relationship()
    enrolment: Mapped[Enrolment | None] = relationship()
    unit: Mapped[Unit] = relationship()
    session: Mapped[AssessmentSession | None] = relationship()
    assessor: Mapped[User] = relationship(foreign_keys=[assessor_id])
    verifier: Mapped[User | None] = relationship(foreign_keys=[verifier_id])
    methods: Mapped[list[AssessmentMethodUsed]] = relationship(cascade="all, delete-orphan", lazy="selectin")
    judgements: Mapped[list[CriterionJudgement]] = relationship(cascade="all, delete-orphan")
    amendments: Mapped[list[Amendment]] = relationship(
        back_populates="assessment", order_by="Amendment.id", cascade="all, delete-orphan"
    )

    __table_args__ = (
        UniqueConstraint("candidate_id", "unit_id", "attempt"),
        CheckConstraint("attempt >= 1", name="attempt_positive"),
        CheckConstraint("verifier_id IS NULL OR verifier_id <> assessor_id", name="verifier_not_assessor"),
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
    judged_at: Mapped[dt.datetime] = timestamp()

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
    amended_at: Mapped[dt.datetime] = timestamp()

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
    created_at: Mapped[dt.datetime] = timestamp()
