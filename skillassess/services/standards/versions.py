"""Versions of the standards: a new draft version of a qualification or unit, and publishing a draft
(the current version becomes superseded). Earlier versions keep their words for the records that use them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from skillassess.core.enums import AuditAction, StandardStatus
from skillassess.core.errors import ValidationError
from skillassess.core.messages import msg
from skillassess.core.models import (
    Element,
    PerformanceCriterion,
    Qualification,
    QualificationUnit,
    Unit,
    UnitSection,
    as_dict,
)
from skillassess.services.audit import record
from skillassess.services.context import Actor
from skillassess.services.standards.access import fetch, qualification_lock_reason, require_editor
from skillassess.services.standards.reading import units_of
from skillassess.services.standards.tree import NodeKind, NodeRef


def _next_version(session: Session, model: Any, code: str) -> int:
    return (session.scalar(select(func.max(model.version)).where(model.code == code)) or 0) + 1


def new_qualification_version(session: Session, actor: Actor, qualification_id: int) -> Qualification:
    """A draft copy of a qualification with the next version number.

    It holds the same units, each at its newest version (a draft being prepared, else the current
    one), so unit revisions published since the old version are taken up.
    """
    require_editor(actor, session)
    old = fetch(session, Qualification, qualification_id, "qualification")
    draft = session.scalar(
        select(Qualification).where(Qualification.code == old.code, Qualification.status == StandardStatus.DRAFT)
    )
    if draft is not None:
        raise ValidationError(
            f"Qualification {old.code} already has a draft (version {draft.version}); edit and publish that one."
        )
    new = Qualification(
        awarding_body_id=old.awarding_body_id,
        code=old.code,
        version=_next_version(session, Qualification, old.code),
        title=old.title,
        level=old.level,
        sector=old.sector,
        description=old.description,
        status=StandardStatus.DRAFT,
        packaging_rule=old.packaging_rule,
        electives_required=old.electives_required,
        credits_required=old.credits_required,
    )
    session.add(new)
    session.flush()
    for link in old.unit_links:
        # Each unit at its newest version: a draft if one is being prepared, else the current one.
        unit_id = link.unit_id
        for status in (StandardStatus.DRAFT, StandardStatus.CURRENT):
            newer = session.scalar(
                select(Unit.id)
                .where(Unit.code == link.unit.code, Unit.status == status)
                .order_by(Unit.version.desc())
                .limit(1)
            )
            if newer is not None:
                unit_id = newer
                break
        session.add(
            QualificationUnit(qualification_id=new.id, unit_id=unit_id, category=link.category, position=link.position)
        )
    session.flush()
    record(
        session,
        actor,
        AuditAction.CREATE,
        "qualification",
        new.id,
        after={**as_dict(new), "copied_from_version": old.version},
    )
    return new


def new_unit_version(session: Session, actor: Actor, unit_id: int) -> Unit:
    """A draft copy of a unit (sections, elements, criteria) with the next version number."""
    require_editor(actor, session)
    old = fetch(session, Unit, unit_id, "unit")
    draft = session.scalar(select(Unit).where(Unit.code == old.code, Unit.status == StandardStatus.DRAFT))
    if draft is not None:
        raise ValidationError(
            f"Unit {old.code} already has a draft (version {draft.version}); edit and publish that one."
        )
    new = Unit(
        code=old.code,
        version=_next_version(session, Unit, old.code),
        title=old.title,
        credits=old.credits,
        nominal_hours=old.nominal_hours,
        status=StandardStatus.DRAFT,
    )
    new.sections = [UnitSection(kind=s.kind, body=s.body) for s in old.sections]
    for e in old.elements:
        ne = Element(position=e.position, title=e.title)
        ne.criteria = [PerformanceCriterion(position=c.position, text=c.text) for c in e.criteria]
        new.elements.append(ne)
    session.add(new)
    session.flush()
    # Draft qualifications that hold the old version take the new draft, so it can be tried out.
    for link in list(old.qualification_links):
        if (
            link.qualification.status == StandardStatus.DRAFT
            and qualification_lock_reason(session, link.qualification) is None
        ):
            session.add(
                QualificationUnit(
                    qualification_id=link.qualification_id,
                    unit_id=new.id,
                    category=link.category,
                    position=link.position,
                )
            )
            session.delete(link)
    session.flush()
    record(
        session, actor, AuditAction.CREATE, "unit", new.id, after={**as_dict(new), "copied_from_version": old.version}
    )
    return new


def _make_current(session: Session, actor: Actor, model: Any, draft: Any, entity: str) -> None:
    """Make ``draft`` current and the version of its code that was current superseded, with the audit entry."""
    superseded = []
    for old in session.scalars(
        select(model).where(model.code == draft.code, model.id != draft.id, model.status == StandardStatus.CURRENT)
    ):
        old.status = StandardStatus.SUPERSEDED
        superseded.append(old.version)
    draft.status = StandardStatus.CURRENT
    session.flush()
    record(
        session,
        actor,
        AuditAction.UPDATE,
        entity,
        draft.id,
        before={"status": "draft"},
        after={"status": "current", "superseded_versions": superseded},
    )


def publish_qualification(session: Session, actor: Actor, qualification_id: int) -> Qualification:
    """Make a version current; the version that was current becomes superseded."""
    require_editor(actor, session)
    q = fetch(session, Qualification, qualification_id, "qualification")
    if q.status != StandardStatus.DRAFT:
        raise ValidationError(
            f"Qualification {q.code} version {q.version} is {q.status.value}; only a draft can be published."
        )
    drafts = [u.code for u, _ in units_of(session, q.id) if u.status == StandardStatus.DRAFT]
    if drafts:
        raise ValidationError(
            f"Qualification {q.code} version {q.version} holds draft units ({', '.join(drafts)}); publish them first."
        )
    _make_current(session, actor, Qualification, q, "qualification")
    return q


def publish_unit(session: Session, actor: Actor, unit_id: int) -> Unit:
    """Make a unit version current; the version that was current becomes superseded.

    Assessments and qualification versions keep the unit version they hold; the next version of a
    qualification takes up the current one (see new_qualification_version), and a draft
    qualification already took up the draft when it was made (see new_unit_version).
    """
    require_editor(actor, session)
    u = fetch(session, Unit, unit_id, "unit")
    if u.status != StandardStatus.DRAFT:
        raise ValidationError(f"Unit {u.code} version {u.version} is {u.status.value}; only a draft can be published.")
    _make_current(session, actor, Unit, u, "unit")
    return u


def _versioned(ref: NodeRef) -> NodeKind:
    """The kind of ``ref``, which must be a qualification or a unit (the nodes that have versions)."""
    if ref.kind not in (NodeKind.QUALIFICATION, NodeKind.UNIT):
        raise ValidationError(msg("Only a qualification or a unit has versions, not a {kind}.", kind=ref.kind.value))
    return ref.kind


def new_version(session: Session, actor: Actor, ref: NodeRef) -> NodeRef:
    """A draft copy of the qualification or unit ``ref`` with the next version number; returns the new node."""
    if _versioned(ref) == NodeKind.QUALIFICATION:
        return NodeRef(NodeKind.QUALIFICATION, new_qualification_version(session, actor, ref.id).id)
    return NodeRef(NodeKind.UNIT, new_unit_version(session, actor, ref.id).id, ref.qualification_id)


def publish(session: Session, actor: Actor, ref: NodeRef) -> None:
    """Make the draft qualification or unit ``ref`` current; the current version becomes superseded."""
    publisher = publish_qualification if _versioned(ref) == NodeKind.QUALIFICATION else publish_unit
    publisher(session, actor, ref.id)
