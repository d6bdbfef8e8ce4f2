"""Reading the standards: lists of awarding bodies, qualifications, units, elements and criteria, and
finding one by its code."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from skillassess.core.enums import SectionKind, StandardStatus, UnitCategory
from skillassess.core.errors import NotFoundError
from skillassess.core.models import (
    AwardingBody,
    Element,
    PerformanceCriterion,
    Qualification,
    QualificationUnit,
    Unit,
)
from skillassess.services.standards.access import fetch


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
        select(Qualification, AwardingBody.code).join(AwardingBody).order_by(Qualification.code, Qualification.version)
    ).all()
    return [QualificationRow(q.id, q.code, q.title, q.level, q.version, q.status, body) for q, body in rows]


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


def find_unit(session: Session, code: str, version: int | None = None) -> Unit:
    stmt = select(Unit).where(Unit.code == code)
    if version is not None:
        stmt = stmt.where(Unit.version == version)
    found = list(session.scalars(stmt.order_by(Unit.version.desc())))
    if not found:
        raise NotFoundError(f"No unit has the code {code!r}" + (f" at version {version}." if version else "."))
    current = [u for u in found if u.status == StandardStatus.CURRENT]
    return current[0] if current else found[0]


def search(session: Session, text: str, limit: int = 200) -> list[tuple[str, int, str, str]]:
    """Qualifications and units whose code or title contains ``text``: (kind, id, code, title)."""
    needle = f"%{text.strip()}%"
    out: list[tuple[str, int, str, str]] = []
    for q in session.scalars(
        select(Qualification)
        .where(or_(Qualification.code.ilike(needle), Qualification.title.ilike(needle)))
        .order_by(Qualification.code, Qualification.version)
        .limit(limit)
    ):
        out.append(("qualification", q.id, q.code, q.title))
    for u in session.scalars(
        select(Unit)
        .where(or_(Unit.code.ilike(needle), Unit.title.ilike(needle)))
        .order_by(Unit.code, Unit.version)
        .limit(limit)
    ):
        out.append(("unit", u.id, u.code, u.title))
    return out


def units_without_qualification(session: Session) -> list[Unit]:
    """Units that no qualification holds (a new unit version waiting for a qualification version)."""
    linked = select(QualificationUnit.unit_id)
    return list(session.scalars(select(Unit).where(Unit.id.not_in(linked)).order_by(Unit.code, Unit.version)))


def unit_sections(session: Session, unit_id: int) -> dict[SectionKind, str]:
    """The text sections of a unit, empty text for those it has not."""
    u = fetch(session, Unit, unit_id, "unit")
    return {kind: u.section(kind) for kind in SectionKind}
