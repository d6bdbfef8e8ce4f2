"""Competency standards: reading the tree of awarding bodies, qualifications, units, elements, criteria."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from skillassess.core.enums import StandardStatus, UnitCategory
from skillassess.core.errors import NotFoundError
from skillassess.core.models import (
    AwardingBody,
    Element,
    PerformanceCriterion,
    Qualification,
    QualificationUnit,
    Unit,
)


@dataclass(frozen=True)
class QualificationRow:
    id: int
    code: str
    title: str
    level: str
    version: int
    status: StandardStatus
    awarding_body: str


def list_qualifications(session: Session) -> list[QualificationRow]:
    """Every qualification version, by code then version."""
    rows = session.execute(
        select(Qualification, AwardingBody.code)
        .join(AwardingBody)
        .order_by(Qualification.code, Qualification.version)
    ).all()
    return [
        QualificationRow(q.id, q.code, q.title, q.level, q.version, q.status, body) for q, body in rows
    ]


def awarding_bodies(session: Session) -> list[AwardingBody]:
    return list(session.execute(select(AwardingBody).order_by(AwardingBody.code)).scalars())


def qualifications_of(session: Session, awarding_body_id: int) -> list[Qualification]:
    return list(
        session.execute(
            select(Qualification)
            .where(Qualification.awarding_body_id == awarding_body_id)
            .order_by(Qualification.code, Qualification.version)
        ).scalars()
    )


def units_of(session: Session, qualification_id: int) -> list[tuple[Unit, UnitCategory]]:
    """The units of a qualification in order, each with its category (core or elective)."""
    rows = session.execute(
        select(Unit, QualificationUnit.category)
        .join(QualificationUnit, QualificationUnit.unit_id == Unit.id)
        .where(QualificationUnit.qualification_id == qualification_id)
        .order_by(QualificationUnit.position, Unit.code)
    ).all()
    return [(u, c) for u, c in rows]


def elements_of(session: Session, unit_id: int) -> list[Element]:
    return list(session.execute(select(Element).where(Element.unit_id == unit_id).order_by(Element.position)).scalars())


def criteria_of(session: Session, element_id: int) -> list[PerformanceCriterion]:
    return list(
        session.execute(
            select(PerformanceCriterion)
            .where(PerformanceCriterion.element_id == element_id)
            .order_by(PerformanceCriterion.position)
            .options(selectinload(PerformanceCriterion.element))
        ).scalars()
    )


def find_qualification(session: Session, code: str, version: int | None = None) -> Qualification:
    """The qualification with ``code``: the given version, else the current one, else the newest."""
    stmt = select(Qualification).where(Qualification.code == code)
    if version is not None:
        stmt = stmt.where(Qualification.version == version)
    found = list(session.execute(stmt.order_by(Qualification.version.desc())).scalars())
    if not found:
        raise NotFoundError(f"No qualification has the code {code!r}" + (f" at version {version}." if version else "."))
    current = [q for q in found if q.status == StandardStatus.CURRENT]
    return current[0] if current else found[0]
