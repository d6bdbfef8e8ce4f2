"""Competency standards: awarding bodies, qualifications, units, their elements and performance criteria."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from skillassess.core.enums import PackagingRule, SectionKind, StandardStatus, UnitCategory
from skillassess.core.models.base import Base, enum_type, timestamp


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
    created_at: Mapped[dt.datetime] = timestamp()

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
    created_at: Mapped[dt.datetime] = timestamp()

    elements: Mapped[list[Element]] = relationship(
        back_populates="unit", order_by="Element.position", cascade="all, delete-orphan"
    )
    sections: Mapped[list[UnitSection]] = relationship(back_populates="unit", cascade="all, delete-orphan")
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

    qualification_id: Mapped[int] = mapped_column(ForeignKey("qualification.id", ondelete="CASCADE"), primary_key=True)
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
