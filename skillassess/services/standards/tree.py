"""The standards as a tree for the editor: the children of a node (read when it is opened), one node's
detail record with why it is locked, the way down to a node, and what a search finds.

Awarding body → qualification → unit → element → performance criterion; units that no qualification
holds hang under one node of their own (ORPHANS). A unit is shown under a qualification, so its
NodeRef carries that qualification: its category and whether it may move depend on it. Records, not
ORM objects, leave this module: the interface never holds a Session's objects.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import exists, func, literal, select
from sqlalchemy.orm import Session

from skillassess.core.enums import PackagingRule, SectionKind, StandardStatus, UnitCategory
from skillassess.core.messages import Message
from skillassess.core.models import AwardingBody, Element, PerformanceCriterion, Qualification, QualificationUnit, Unit
from skillassess.services.standards.access import fetch, qualification_lock_reason, unit_lock_reason


class NodeKind(enum.Enum):
    BODY = "body"
    QUALIFICATION = "qualification"
    UNIT = "unit"
    ELEMENT = "element"
    CRITERION = "criterion"
    ORPHANS = "orphans"  # the units in no qualification, gathered under one node


@dataclass(frozen=True)
class NodeRef:
    """A node of the tree. ``qualification_id``: for a unit, the qualification it is shown under (None: in none)."""

    kind: NodeKind
    id: int = 0
    qualification_id: int | None = None


ORPHANS = NodeRef(NodeKind.ORPHANS)


@dataclass(frozen=True)
class TreeRow:
    """What the tree shows of a node; ``children``: how many it has (0 for a leaf)."""

    ref: NodeRef
    code: str
    title: str
    children: int
    version: int | None = None
    status: StandardStatus | None = None
    level: str = ""  # a qualification's level
    level_scale: str = ""  # an awarding body's level scale
    category: UnitCategory | None = None  # a unit in a qualification: core or elective
    credits: int = 0


def _count(model: Any, column: Any, parent: Any) -> Any:
    """How many rows of ``model`` have ``column`` equal to ``parent``: a correlated subquery (one query per level)."""
    return select(func.count()).select_from(model).where(column == parent).correlate_except(model).scalar_subquery()


# Each level is read as plain columns, not ORM objects: a thousand units become rows in a few milliseconds.


def _bodies(session: Session, only: int | None = None) -> list[TreeRow]:
    stmt = select(
        AwardingBody.id,
        AwardingBody.code,
        AwardingBody.name,
        AwardingBody.level_scale,
        _count(Qualification, Qualification.awarding_body_id, AwardingBody.id),
    )
    if only is not None:
        stmt = stmt.where(AwardingBody.id == only)
    return [
        TreeRow(NodeRef(NodeKind.BODY, i), code, name, n, level_scale=scale)
        for i, code, name, scale, n in session.execute(stmt.order_by(AwardingBody.code))
    ]


def _qualifications(session: Session, body_id: int | None, only: int | None = None) -> list[TreeRow]:
    stmt = select(
        Qualification.id,
        Qualification.code,
        Qualification.title,
        Qualification.version,
        Qualification.status,
        Qualification.level,
        _count(QualificationUnit, QualificationUnit.qualification_id, Qualification.id),
    )
    if body_id is not None:
        stmt = stmt.where(Qualification.awarding_body_id == body_id)
    if only is not None:
        stmt = stmt.where(Qualification.id == only)
    return [
        TreeRow(NodeRef(NodeKind.QUALIFICATION, i), code, title, n, version, status, level=level)
        for i, code, title, version, status, level, n in session.execute(
            stmt.order_by(Qualification.code, Qualification.version)
        )
    ]


def _units(session: Session, qualification_id: int | None, only: int | None = None) -> list[TreeRow]:
    columns = (
        Unit.id,
        Unit.code,
        Unit.title,
        Unit.version,
        Unit.status,
        Unit.credits,
        _count(Element, Element.unit_id, Unit.id),
    )
    if qualification_id is None:
        stmt = select(*columns, literal(None)).where(~exists().where(QualificationUnit.unit_id == Unit.id))
        order: tuple[Any, ...] = (Unit.code, Unit.version)
    else:
        stmt = (
            select(*columns, QualificationUnit.category)
            .join(QualificationUnit, QualificationUnit.unit_id == Unit.id)
            .where(QualificationUnit.qualification_id == qualification_id)
        )
        order = (QualificationUnit.position, Unit.code)
    if only is not None:
        stmt = stmt.where(Unit.id == only)
    return [
        TreeRow(
            NodeRef(NodeKind.UNIT, i, qualification_id),
            code,
            title,
            n,
            version,
            status,
            category=UnitCategory(category) if category else None,
            credits=credits,
        )
        for i, code, title, version, status, credits, n, category in session.execute(stmt.order_by(*order))
    ]


def _elements(session: Session, unit_id: int | None, only: int | None = None) -> list[TreeRow]:
    stmt = select(
        Element.id,
        Element.position,
        Element.title,
        _count(PerformanceCriterion, PerformanceCriterion.element_id, Element.id),
    )
    if unit_id is not None:
        stmt = stmt.where(Element.unit_id == unit_id)
    if only is not None:
        stmt = stmt.where(Element.id == only)
    return [
        TreeRow(NodeRef(NodeKind.ELEMENT, i), str(position), title, n)
        for i, position, title, n in session.execute(stmt.order_by(Element.position))
    ]


def _criteria(session: Session, element_id: int | None, only: int | None = None) -> list[TreeRow]:
    stmt = select(
        PerformanceCriterion.id, Element.position, PerformanceCriterion.position, PerformanceCriterion.text
    ).join(Element)
    if element_id is not None:
        stmt = stmt.where(PerformanceCriterion.element_id == element_id)
    if only is not None:
        stmt = stmt.where(PerformanceCriterion.id == only)
    return [
        TreeRow(NodeRef(NodeKind.CRITERION, i), f"{element}.{position}", text, 0)
        for i, element, position, text in session.execute(stmt.order_by(PerformanceCriterion.position))
    ]


def tree_children(session: Session, parent: NodeRef | None) -> list[TreeRow]:
    """The children of ``parent`` in order (None: the top level, the awarding bodies and the orphaned units)."""
    if parent is None:
        top = _bodies(session)
        orphans = (
            session.scalar(
                select(func.count()).select_from(Unit).where(~exists().where(QualificationUnit.unit_id == Unit.id))
            )
            or 0
        )
        return top + ([TreeRow(ORPHANS, "", "", orphans)] if orphans else [])
    if parent.kind == NodeKind.BODY:
        return _qualifications(session, parent.id)
    if parent.kind == NodeKind.QUALIFICATION:
        return _units(session, parent.id)
    if parent.kind == NodeKind.ORPHANS:
        return _units(session, None)
    if parent.kind == NodeKind.UNIT:
        return _elements(session, parent.id)
    if parent.kind == NodeKind.ELEMENT:
        return _criteria(session, parent.id)
    return []


def tree_row(session: Session, ref: NodeRef) -> TreeRow | None:
    """The row of one node as it is now (after an edit), or None when it is gone."""
    rows: list[TreeRow]
    if ref.kind == NodeKind.BODY:
        rows = _bodies(session, ref.id)
    elif ref.kind == NodeKind.QUALIFICATION:
        rows = _qualifications(session, None, ref.id)
    elif ref.kind == NodeKind.UNIT:
        rows = _units(session, ref.qualification_id, ref.id)
    elif ref.kind == NodeKind.ELEMENT:
        rows = _elements(session, None, ref.id)
    elif ref.kind == NodeKind.CRITERION:
        rows = _criteria(session, None, ref.id)
    else:
        rows = [r for r in tree_children(session, None) if r.ref == ref]
    return rows[0] if rows else None


def tree_path(session: Session, ref: NodeRef) -> list[NodeRef]:
    """The nodes from the top down to ``ref`` (``ref`` last), to open the tree there.

    A unit is reached through the qualification its ref names if that holds it, else through the first
    qualification (by code) that does, else through the orphaned units.
    """
    if ref.kind == NodeKind.BODY or ref.kind == NodeKind.ORPHANS:
        return [ref]
    if ref.kind == NodeKind.QUALIFICATION:
        q = fetch(session, Qualification, ref.id, "qualification")
        return [NodeRef(NodeKind.BODY, q.awarding_body_id), ref]
    if ref.kind == NodeKind.UNIT:
        holders = list(
            session.scalars(
                select(QualificationUnit.qualification_id)
                .join(Qualification)
                .where(QualificationUnit.unit_id == ref.id)
                .order_by(Qualification.code, Qualification.version)
            )
        )
        if not holders:
            return [ORPHANS, NodeRef(NodeKind.UNIT, ref.id)]
        qid = ref.qualification_id if ref.qualification_id in holders else holders[0]
        return [*tree_path(session, NodeRef(NodeKind.QUALIFICATION, qid)), NodeRef(NodeKind.UNIT, ref.id, qid)]
    if ref.kind == NodeKind.ELEMENT:
        e = fetch(session, Element, ref.id, "element")
        return [*tree_path(session, NodeRef(NodeKind.UNIT, e.unit_id, ref.qualification_id)), ref]
    c = fetch(session, PerformanceCriterion, ref.id, "performance criterion")
    return [*tree_path(session, NodeRef(NodeKind.ELEMENT, c.element_id, ref.qualification_id)), ref]


@dataclass(frozen=True)
class TreeMatches:
    """What a search of the tree found: qualifications and units whose code or title holds the text.

    ``holding``: qualifications that hold a matching unit; ``orphans``: a unit in no qualification matches.
    """

    qualifications: frozenset[int] = frozenset()
    units: frozenset[int] = frozenset()
    holding: frozenset[int] = frozenset()
    orphans: bool = False


def tree_matches(session: Session, text: str) -> TreeMatches:
    """Qualifications and units whose code or title holds ``text``, in any case and script (elements are not searched)."""
    needle = text.strip().casefold()
    if not needle:
        return TreeMatches()

    def hit(code: str, title: str) -> bool:
        return needle in code.casefold() or needle in title.casefold()

    qualifications = frozenset(
        i
        for i, code, title in session.execute(select(Qualification.id, Qualification.code, Qualification.title))
        if hit(code, title)
    )
    units = frozenset(
        i for i, code, title in session.execute(select(Unit.id, Unit.code, Unit.title)) if hit(code, title)
    )
    holding: set[int] = set()
    held: set[int] = set()
    for qid, uid in session.execute(select(QualificationUnit.qualification_id, QualificationUnit.unit_id)):
        held.add(uid)
        if uid in units:
            holding.add(qid)
    return TreeMatches(qualifications, units, frozenset(holding), bool(units - held))


# --- Detail records: what the editor shows of the selected node -----------------------------------------


@dataclass(frozen=True)
class BodyDetail:
    ref: NodeRef
    code: str
    name: str
    country: str
    level_scale: str
    lock: Message | None = None  # an awarding body is never locked


@dataclass(frozen=True)
class QualificationDetail:
    ref: NodeRef
    code: str
    version: int
    status: StandardStatus
    title: str
    level: str
    sector: str
    description: str
    packaging_rule: PackagingRule
    electives_required: int
    credits_required: int
    lock: Message | None  # why it cannot change in place (nor units be added, removed or moved)


@dataclass(frozen=True)
class UnitDetail:
    ref: NodeRef
    code: str
    version: int
    status: StandardStatus
    title: str
    credits: int
    nominal_hours: int
    sections: Mapping[SectionKind, str] = field(default_factory=dict)
    category: UnitCategory | None = None  # in the qualification it is shown under
    lock: Message | None = None  # why the unit (its fields, sections, elements) cannot change in place
    qualification_lock: Message | None = None  # why it cannot be re-categorised, removed or moved there


@dataclass(frozen=True)
class ElementDetail:
    ref: NodeRef
    unit_code: str
    position: int
    title: str
    lock: Message | None  # the unit's


@dataclass(frozen=True)
class CriterionDetail:
    ref: NodeRef
    unit_code: str
    number: str
    text: str
    lock: Message | None  # the unit's


NodeDetail = BodyDetail | QualificationDetail | UnitDetail | ElementDetail | CriterionDetail


def node_detail(session: Session, ref: NodeRef) -> NodeDetail:
    """The fields of the node ``ref`` and why it is locked (NotFoundError when it is gone)."""
    if ref.kind == NodeKind.BODY:
        b = fetch(session, AwardingBody, ref.id, "awarding body")
        return BodyDetail(ref, b.code, b.name, b.country, b.level_scale)
    if ref.kind == NodeKind.QUALIFICATION:
        q = fetch(session, Qualification, ref.id, "qualification")
        return QualificationDetail(
            ref,
            q.code,
            q.version,
            q.status,
            q.title,
            q.level,
            q.sector,
            q.description,
            q.packaging_rule,
            q.electives_required,
            q.credits_required,
            qualification_lock_reason(session, q),
        )
    if ref.kind == NodeKind.UNIT:
        u = fetch(session, Unit, ref.id, "unit")
        link = session.get(QualificationUnit, (ref.qualification_id, u.id)) if ref.qualification_id else None
        return UnitDetail(
            ref,
            u.code,
            u.version,
            u.status,
            u.title,
            u.credits,
            u.nominal_hours,
            {kind: u.section(kind) for kind in SectionKind},
            link.category if link else None,
            unit_lock_reason(session, u),
            qualification_lock_reason(session, link.qualification) if link else None,
        )
    if ref.kind == NodeKind.ELEMENT:
        e = fetch(session, Element, ref.id, "element")
        return ElementDetail(ref, e.unit.code, e.position, e.title, unit_lock_reason(session, e.unit))
    if ref.kind == NodeKind.CRITERION:
        c = fetch(session, PerformanceCriterion, ref.id, "performance criterion")
        unit = c.element.unit
        return CriterionDetail(ref, unit.code, c.number, c.text, unit_lock_reason(session, unit))
    raise ValueError(f"No detail for a node of kind {ref.kind.value}")
