"""The standards editor's use cases, one per action on the node selected in its tree: save the unit form,
add a unit to a qualification, remove or move the node. Each is one use case in the caller's transaction,
made of the single changes in ``editing``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session

from skillassess.core.enums import SectionKind, UnitCategory
from skillassess.core.errors import NotFoundError, ValidationError
from skillassess.core.messages import msg
from skillassess.core.models import QualificationUnit, Unit
from skillassess.services.context import Actor
from skillassess.services.standards.access import fetch, require_editor
from skillassess.services.standards.editing import (
    _category,
    create_unit,
    delete_criterion,
    delete_element,
    delete_qualification,
    link_unit,
    move_criterion,
    move_element,
    move_unit,
    set_sections,
    unlink_unit,
    update_unit,
)
from skillassess.services.standards.reading import find_unit
from skillassess.services.standards.tree import NodeKind, NodeRef


@dataclass(frozen=True)
class UnitEdit:
    """What the unit form holds: its fields, its text sections, and its category in the qualification
    it is shown under (None: not shown under one)."""

    code: str
    title: str
    credits: int
    nominal_hours: int
    sections: Mapping[SectionKind | str, str]
    category: UnitCategory | str | None = None


def save_unit(
    session: Session, actor: Actor, unit_id: int, edit: UnitEdit, qualification_id: int | None = None
) -> bool:
    """Save the unit form: what changed of its fields, its sections and its category in ``qualification_id``.

    One use case in the caller's transaction, so all or nothing: a refused section leaves the fields
    unsaved too. The category can change while the unit itself is locked (it belongs to the
    qualification). Returns whether anything changed.
    """
    require_editor(actor, session)
    u = fetch(session, Unit, unit_id, "unit")
    changed = False
    fields = {
        "code": edit.code.strip(),
        "title": edit.title.strip(),
        "credits": edit.credits,
        "nominal_hours": edit.nominal_hours,
    }
    if any(getattr(u, key) != value for key, value in fields.items()):
        update_unit(session, actor, unit_id, **fields)
        changed = True
    sections: dict[SectionKind | str, str] = dict(edit.sections)
    if any(_section_differs(u, kind, text) for kind, text in sections.items()):
        set_sections(session, actor, unit_id, sections)  # refuses an unknown section by name
        changed = True
    if qualification_id is not None and edit.category is not None:
        link = session.get(QualificationUnit, (qualification_id, unit_id))
        if link is not None and link.category != _category(edit.category):
            link_unit(session, actor, qualification_id, unit_id, edit.category)
            changed = True
    return changed


def _section_differs(u: Unit, kind: SectionKind | str, text: str) -> bool:
    try:
        return u.section(SectionKind(kind)) != (text or "").strip()
    except ValueError:
        return True


def add_unit(
    session: Session,
    actor: Actor,
    qualification_id: int,
    *,
    code: str,
    title: str = "",
    category: UnitCategory | str = UnitCategory.CORE,
) -> int:
    """Put a unit into a qualification: the unit that has ``code`` if there is one (its current version),
    else a new draft unit titled ``title``. Returns the unit's id."""
    try:
        existing: Unit | None = find_unit(session, code.strip())
    except NotFoundError:
        existing = None
    if existing is not None:
        link_unit(session, actor, qualification_id, existing.id, category)
        return existing.id
    return create_unit(session, actor, qualification_id, code=code, title=title, category=category).id


def remove_node(session: Session, actor: Actor, ref: NodeRef) -> None:
    """Remove the node: a draft qualification, a unit from its qualification (the unit stays), an element
    with its criteria, or a criterion."""
    if ref.kind == NodeKind.UNIT and ref.qualification_id is not None:
        unlink_unit(session, actor, ref.qualification_id, ref.id)
        return
    removers = {
        NodeKind.QUALIFICATION: delete_qualification,
        NodeKind.ELEMENT: delete_element,
        NodeKind.CRITERION: delete_criterion,
    }
    if ref.kind not in removers:
        raise ValidationError(msg("This item cannot be removed: {kind}.", kind=ref.kind.value))
    removers[ref.kind](session, actor, ref.id)


def move_node(session: Session, actor: Actor, ref: NodeRef, delta: int) -> bool:
    """Move a unit (in its qualification), an element or a criterion up (-1) or down (+1); False at the end."""
    if ref.kind == NodeKind.UNIT and ref.qualification_id is not None:
        return move_unit(session, actor, ref.qualification_id, ref.id, delta)
    movers = {NodeKind.ELEMENT: move_element, NodeKind.CRITERION: move_criterion}
    if ref.kind not in movers:
        raise ValidationError(msg("This item cannot be moved: {kind}.", kind=ref.kind.value))
    return movers[ref.kind](session, actor, ref.id, delta)
