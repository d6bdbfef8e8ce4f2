"""Editing the standards: awarding bodies, qualifications, units and their sections, elements and
performance criteria; adding, removing and moving them.

Every public function is one use case: it checks that the actor is an administrator, refuses to
change a version that is in use (LockedError, with the reason from access.py), and writes its audit
entries. The caller's transaction (Database.write) commits or rolls back the whole of it.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from skillassess.core.countries import country_code
from skillassess.core.enums import AuditAction, PackagingRule, SectionKind, StandardStatus, UnitCategory
from skillassess.core.errors import LockedError, NotFoundError, ValidationError
from skillassess.core.messages import msg
from skillassess.core.models import (
    AwardingBody,
    Element,
    PerformanceCriterion,
    Qualification,
    QualificationUnit,
    Unit,
    UnitSection,
    as_dict,
)
from skillassess.core.text import text_problem
from skillassess.services.audit import record
from skillassess.services.context import Actor
from skillassess.services.standards.access import check_qualification, check_unit, fetch, require_editor
from skillassess.services.standards.reading import unit_sections

_TEMP_POSITION = 1_000_000  # a free position while two rows swap places (unique per parent)


def _clean_code(code: str, what: str, column: Any = Unit.code) -> str:
    code = (code or "").strip()
    if not code:
        raise ValidationError(f"The {what} needs a code.")
    problem = text_problem(code, column)  # the shared rule: the column's length, no control characters
    if problem is not None:
        raise ValidationError(msg("The {what} code: {problem}", what=what, problem=problem))
    return code


def _clean_title(title: str, what: str, column: Any = Unit.title) -> str:
    title = (title or "").strip()
    if not title:
        raise ValidationError(f"The {what} needs a title.")
    problem = text_problem(title, column)
    if problem is not None:
        raise ValidationError(msg("The {what} title: {problem}", what=what, problem=problem))
    return title


def _non_negative(value: object, field: str) -> int:
    try:
        n = int(cast(Any, value))
    except (TypeError, ValueError):
        raise ValidationError(f"{field} must be a whole number, not {value!r}.") from None
    if n < 0:
        raise ValidationError(f"{field} cannot be negative ({n}).")
    return n


def create_awarding_body(
    session: Session, actor: Actor, *, code: str, name: str, country: str = "", level_scale: str = ""
) -> AwardingBody:
    require_editor(actor, session)
    code = _clean_code(code, "awarding body", AwardingBody.code)
    if session.scalar(select(AwardingBody.id).where(AwardingBody.code == code)) is not None:
        raise ValidationError(f"An awarding body with the code {code!r} already exists.")
    body = AwardingBody(
        code=code,
        name=_clean_title(name, "awarding body", AwardingBody.name),
        country=_country(country),
        level_scale=level_scale.strip(),
    )
    session.add(body)
    session.flush()
    record(session, actor, AuditAction.CREATE, "awarding_body", body.id, after=as_dict(body))
    return body


def update_awarding_body(session: Session, actor: Actor, body_id: int, **fields: Any) -> AwardingBody:
    require_editor(actor, session)
    body = fetch(session, AwardingBody, body_id, "awarding body")
    before = as_dict(body)
    for key, value in fields.items():
        if key == "name":
            body.name = _clean_title(value, "awarding body", AwardingBody.name)
        elif key == "country":
            body.country = _country(str(value))
        elif key == "level_scale":
            body.level_scale = str(value).strip()
        else:
            raise ValidationError(f"An awarding body has no field {key!r} that can be edited.")
    session.flush()
    record(session, actor, AuditAction.UPDATE, "awarding_body", body.id, before=before, after=as_dict(body))
    return body


_QUALIFICATION_FIELDS = {
    "title",
    "level",
    "sector",
    "description",
    "packaging_rule",
    "electives_required",
    "credits_required",
}


def _apply_qualification_fields(q: Qualification, fields: dict[str, Any]) -> None:
    for key, value in fields.items():
        if key not in _QUALIFICATION_FIELDS:
            raise ValidationError(f"A qualification has no field {key!r} that can be edited.")
        if key == "title":
            q.title = _clean_title(value, "qualification", Qualification.title)
        elif key in ("level", "sector"):
            text = str(value or "").strip()
            if len(text) > (40 if key == "level" else 200):
                raise ValidationError(f"The qualification {key} {text!r} is too long.")
            setattr(q, key, text)
        elif key == "description":
            q.description = str(value or "")
        elif key == "packaging_rule":
            try:
                q.packaging_rule = PackagingRule(value)
            except ValueError:
                raise ValidationError(
                    f"Unknown packaging rule {value!r}: use " + " or ".join(r.value for r in PackagingRule) + "."
                ) from None
        else:
            setattr(q, key, _non_negative(value, key.replace("_", " ").capitalize()))


def create_qualification(
    session: Session, actor: Actor, awarding_body_id: int, *, code: str, title: str, **fields: Any
) -> Qualification:
    """A new draft qualification, version 1."""
    require_editor(actor, session)
    fetch(session, AwardingBody, awarding_body_id, "awarding body")
    code = _clean_code(code, "qualification", Qualification.code)
    if session.scalar(select(Qualification.id).where(Qualification.code == code)) is not None:
        raise ValidationError(
            f"A qualification with the code {code!r} already exists; make a new version of it instead."
        )
    q = Qualification(
        awarding_body_id=awarding_body_id,
        code=code,
        version=1,
        title="-",
        status=StandardStatus.DRAFT,
        packaging_rule=PackagingRule.CORE_PLUS_ELECTIVES,
        electives_required=0,
        credits_required=0,
        level="",
        sector="",
        description="",
    )
    _apply_qualification_fields(q, {"title": title, **fields})
    session.add(q)
    session.flush()
    record(session, actor, AuditAction.CREATE, "qualification", q.id, after=as_dict(q))
    return q


def update_qualification(session: Session, actor: Actor, qualification_id: int, **fields: Any) -> Qualification:
    """Change fields of a qualification (title, level, sector, description, packaging rules)."""
    require_editor(actor, session)
    q = fetch(session, Qualification, qualification_id, "qualification")
    check_qualification(session, q)
    before = as_dict(q)
    _apply_qualification_fields(q, fields)
    session.flush()
    record(session, actor, AuditAction.UPDATE, "qualification", q.id, before=before, after=as_dict(q))
    return q


def set_packaging_rules(
    session: Session,
    actor: Actor,
    qualification_id: int,
    rule: PackagingRule | str,
    *,
    electives_required: int = 0,
    credits_required: int = 0,
) -> Qualification:
    """All core units plus N electives, or all core units and at least N credits."""
    return update_qualification(
        session,
        actor,
        qualification_id,
        packaging_rule=rule,
        electives_required=electives_required,
        credits_required=credits_required,
    )


def delete_qualification(session: Session, actor: Actor, qualification_id: int) -> None:
    """Remove a draft qualification that nothing uses (its units stay)."""
    require_editor(actor, session)
    q = fetch(session, Qualification, qualification_id, "qualification")
    check_qualification(session, q)
    if q.status != StandardStatus.DRAFT:
        raise LockedError(
            f"Qualification {q.code} version {q.version} is {q.status.value}; only drafts can be removed."
        )
    before = as_dict(q)
    session.delete(q)
    session.flush()
    record(session, actor, AuditAction.DELETE, "qualification", qualification_id, before=before)


_UNIT_FIELDS = {"code", "title", "credits", "nominal_hours"}


def _apply_unit_fields(session: Session, u: Unit, fields: dict[str, Any]) -> None:
    for key, value in fields.items():
        if key not in _UNIT_FIELDS:
            raise ValidationError(f"A unit has no field {key!r} that can be edited.")
        if key == "code":
            code = _clean_code(value, "unit")
            clash = session.scalar(select(Unit.id).where(Unit.code == code, Unit.version == u.version, Unit.id != u.id))
            if clash is not None:
                raise ValidationError(f"A unit with the code {code!r} at version {u.version} already exists.")
            u.code = code
        elif key == "title":
            u.title = _clean_title(value, "unit")
        else:
            setattr(u, key, _non_negative(value, key.replace("_", " ").capitalize()))


def create_unit(
    session: Session,
    actor: Actor,
    qualification_id: int,
    *,
    code: str,
    title: str,
    category: UnitCategory | str = UnitCategory.CORE,
    credits: int = 0,
    nominal_hours: int = 0,
) -> Unit:
    """A new draft unit, version 1, linked at the end of a qualification."""
    require_editor(actor, session)
    q = fetch(session, Qualification, qualification_id, "qualification")
    check_qualification(session, q)
    code = _clean_code(code, "unit")
    if session.scalar(select(Unit.id).where(Unit.code == code)) is not None:
        raise ValidationError(
            f"A unit with the code {code!r} already exists; link it to the qualification "
            "instead, or make a new version of it."
        )
    u = Unit(code=code, version=1, title="-", credits=0, nominal_hours=0, status=StandardStatus.DRAFT)
    _apply_unit_fields(session, u, {"title": title, "credits": credits, "nominal_hours": nominal_hours})
    session.add(u)
    session.flush()
    position = (
        session.scalar(select(func.max(QualificationUnit.position)).where(QualificationUnit.qualification_id == q.id))
        or 0
    ) + 1
    session.add(QualificationUnit(qualification_id=q.id, unit_id=u.id, category=_category(category), position=position))
    session.flush()
    record(
        session,
        actor,
        AuditAction.CREATE,
        "unit",
        u.id,
        after={**as_dict(u), "qualification": q.code, "category": _category(category).value},
    )
    return u


def _category(value: UnitCategory | str) -> UnitCategory:
    try:
        return UnitCategory(value)
    except ValueError:
        raise ValidationError(f"Unknown unit category {value!r}: use core or elective.") from None


def update_unit(session: Session, actor: Actor, unit_id: int, **fields: Any) -> Unit:
    """Change a unit's code, title, credits or nominal hours."""
    require_editor(actor, session)
    u = fetch(session, Unit, unit_id, "unit")
    check_unit(session, u)
    before = as_dict(u)
    _apply_unit_fields(session, u, fields)
    session.flush()
    record(session, actor, AuditAction.UPDATE, "unit", u.id, before=before, after=as_dict(u))
    return u


def set_sections(session: Session, actor: Actor, unit_id: int, sections: dict[SectionKind | str, str]) -> Unit:
    """Set the text sections of a unit (range statement, required knowledge ...); empty text removes one."""
    require_editor(actor, session)
    u = fetch(session, Unit, unit_id, "unit")
    check_unit(session, u)
    before = {k.value: v for k, v in unit_sections(session, unit_id).items() if v}
    existing = {s.kind: s for s in u.sections}
    for key, body in sections.items():
        try:
            kind = SectionKind(key)
        except ValueError:
            raise ValidationError(
                f"Unknown unit section {key!r}: use " + ", ".join(k.value for k in SectionKind) + "."
            ) from None
        text = (body or "").strip()
        if kind in existing:
            if text:
                existing[kind].body = text
            else:
                u.sections.remove(existing[kind])
        elif text:
            u.sections.append(UnitSection(kind=kind, body=text))
    session.flush()
    after = {k.value: u.section(k) for k in SectionKind if u.section(k)}
    record(session, actor, AuditAction.UPDATE, "unit", u.id, before={"sections": before}, after={"sections": after})
    return u


def link_unit(
    session: Session,
    actor: Actor,
    qualification_id: int,
    unit_id: int,
    category: UnitCategory | str = UnitCategory.CORE,
) -> QualificationUnit:
    """Put an existing unit into a qualification as core or elective (or change its category)."""
    require_editor(actor, session)
    q = fetch(session, Qualification, qualification_id, "qualification")
    u = fetch(session, Unit, unit_id, "unit")
    check_qualification(session, q)
    cat = _category(category)
    link = session.get(QualificationUnit, (q.id, u.id))
    if link is not None:
        before = as_dict(link)
        link.category = cat
        session.flush()
        record(
            session,
            actor,
            AuditAction.UPDATE,
            "qualification_unit",
            f"{q.id}:{u.id}",
            before=before,
            after=as_dict(link),
        )
        return link
    other = session.scalar(
        select(Unit.code).join(QualificationUnit).where(QualificationUnit.qualification_id == q.id, Unit.code == u.code)
    )
    if other is not None:
        raise ValidationError(
            f"Qualification {q.code} already holds another version of unit {u.code}; remove it first."
        )
    position = (
        session.scalar(select(func.max(QualificationUnit.position)).where(QualificationUnit.qualification_id == q.id))
        or 0
    ) + 1
    link = QualificationUnit(qualification_id=q.id, unit_id=u.id, category=cat, position=position)
    session.add(link)
    session.flush()
    record(
        session,
        actor,
        AuditAction.CREATE,
        "qualification_unit",
        f"{q.id}:{u.id}",
        after={**as_dict(link), "qualification": q.code, "unit": u.code},
    )
    return link


def unlink_unit(session: Session, actor: Actor, qualification_id: int, unit_id: int) -> None:
    """Take a unit out of a qualification (the unit itself stays)."""
    require_editor(actor, session)
    q = fetch(session, Qualification, qualification_id, "qualification")
    check_qualification(session, q)
    link = session.get(QualificationUnit, (qualification_id, unit_id))
    if link is None:
        raise NotFoundError(f"The unit is not part of qualification {q.code}.")
    before = as_dict(link)
    session.delete(link)
    session.flush()
    _renumber(
        session, QualificationUnit, QualificationUnit.qualification_id == qualification_id, QualificationUnit.unit_id
    )
    record(session, actor, AuditAction.DELETE, "qualification_unit", f"{qualification_id}:{unit_id}", before=before)


def _renumber(session: Session, model: Any, where: Any, key: Any) -> None:
    """Positions 1..n in the current order (rows updated in ascending order, so no clash)."""
    rows = session.execute(select(key, model.position).where(where).order_by(model.position)).all()
    for n, (k, pos) in enumerate(rows, start=1):
        if pos != n:
            session.execute(update(model).where(where, key == k).values(position=n))
    session.expire_all()


def _swap(session: Session, model: Any, where: Any, key: Any, a: Any, pa: int, b: Any, pb: int) -> None:
    session.execute(update(model).where(where, key == a).values(position=_TEMP_POSITION))
    session.execute(update(model).where(where, key == b).values(position=pa))
    session.execute(update(model).where(where, key == a).values(position=pb))
    session.expire_all()


def _move(
    session: Session, actor: Actor, entity: str, entity_id: Any, model: Any, where: Any, key: Any, this: Any, delta: int
) -> bool:
    """Swap ``this`` with the sibling ``delta`` away and record the change of position; False at either end."""
    rows = session.execute(select(key, model.position).where(where).order_by(model.position)).all()
    keys = [k for k, _ in rows]
    if this not in keys:
        raise NotFoundError("The item to move is not there any more; refresh the list.")
    i = keys.index(this)
    j = i + delta
    if j < 0 or j >= len(rows) or delta == 0:
        return False
    _swap(session, model, where, key, rows[i][0], rows[i][1], rows[j][0], rows[j][1])
    before, after = {"position": rows[i][1]}, {"position": rows[j][1]}
    record(session, actor, AuditAction.UPDATE, entity, entity_id, before=before, after=after)
    return True


def move_unit(session: Session, actor: Actor, qualification_id: int, unit_id: int, delta: int) -> bool:
    """Move a unit up (-1) or down (+1) in its qualification; False when it is already at the end."""
    require_editor(actor, session)
    q = fetch(session, Qualification, qualification_id, "qualification")
    check_qualification(session, q)
    return _move(
        session,
        actor,
        "qualification_unit",
        f"{q.id}:{unit_id}",
        QualificationUnit,
        QualificationUnit.qualification_id == q.id,
        QualificationUnit.unit_id,
        unit_id,
        delta,
    )


def add_element(session: Session, actor: Actor, unit_id: int, title: str) -> Element:
    """A new element at the end of a unit."""
    require_editor(actor, session)
    u = fetch(session, Unit, unit_id, "unit")
    check_unit(session, u)
    position = (session.scalar(select(func.max(Element.position)).where(Element.unit_id == u.id)) or 0) + 1
    e = Element(unit_id=u.id, position=position, title=_clean_title(title, "element", Element.title))
    session.add(e)
    session.flush()
    record(session, actor, AuditAction.CREATE, "element", e.id, after={**as_dict(e), "unit": u.code})
    return e


def _reword(session: Session, actor: Actor, row: Any, column: Any, text: str, what: str, entity: str) -> None:
    """Set the text ``column`` of an element or criterion (its unit must not be locked), with its audit entry."""
    before = as_dict(row)
    setattr(row, column.key, _clean_title(text, what, column))
    session.flush()
    record(session, actor, AuditAction.UPDATE, entity, row.id, before=before, after=as_dict(row))


def update_element(session: Session, actor: Actor, element_id: int, title: str) -> Element:
    require_editor(actor, session)
    e = fetch(session, Element, element_id, "element")
    check_unit(session, e.unit)
    _reword(session, actor, e, Element.title, title, "element", "element")
    return e


def delete_element(session: Session, actor: Actor, element_id: int) -> None:
    """Remove an element with its criteria; the elements after it move up."""
    require_editor(actor, session)
    e = fetch(session, Element, element_id, "element")
    unit = e.unit
    check_unit(session, unit)
    before = {**as_dict(e), "criteria": [c.text for c in e.criteria]}
    session.delete(e)
    session.flush()
    _renumber(session, Element, Element.unit_id == unit.id, Element.id)
    record(session, actor, AuditAction.DELETE, "element", element_id, before=before)


def move_element(session: Session, actor: Actor, element_id: int, delta: int) -> bool:
    """Move an element up (-1) or down (+1); its criteria are renumbered with it."""
    require_editor(actor, session)
    e = fetch(session, Element, element_id, "element")
    check_unit(session, e.unit)
    where = Element.unit_id == e.unit_id
    return _move(session, actor, "element", element_id, Element, where, Element.id, element_id, delta)


def add_criterion(session: Session, actor: Actor, element_id: int, text: str) -> PerformanceCriterion:
    """A new performance criterion at the end of an element."""
    require_editor(actor, session)
    e = fetch(session, Element, element_id, "element")
    check_unit(session, e.unit)
    position = (
        session.scalar(select(func.max(PerformanceCriterion.position)).where(PerformanceCriterion.element_id == e.id))
        or 0
    ) + 1
    c = PerformanceCriterion(
        element_id=e.id, position=position, text=_clean_title(text, "performance criterion", PerformanceCriterion.text)
    )
    session.add(c)
    session.flush()
    record(session, actor, AuditAction.CREATE, "performance_criterion", c.id, after={**as_dict(c), "unit": e.unit.code})
    return c


def update_criterion(session: Session, actor: Actor, criterion_id: int, text: str) -> PerformanceCriterion:
    require_editor(actor, session)
    c = fetch(session, PerformanceCriterion, criterion_id, "performance criterion")
    check_unit(session, c.element.unit)
    _reword(session, actor, c, PerformanceCriterion.text, text, "performance criterion", "performance_criterion")
    return c


def delete_criterion(session: Session, actor: Actor, criterion_id: int) -> None:
    require_editor(actor, session)
    c = fetch(session, PerformanceCriterion, criterion_id, "performance criterion")
    element_id = c.element_id
    check_unit(session, c.element.unit)
    before = as_dict(c)
    session.delete(c)
    session.flush()
    _renumber(session, PerformanceCriterion, PerformanceCriterion.element_id == element_id, PerformanceCriterion.id)
    record(session, actor, AuditAction.DELETE, "performance_criterion", criterion_id, before=before)


def move_criterion(session: Session, actor: Actor, criterion_id: int, delta: int) -> bool:
    require_editor(actor, session)
    c = fetch(session, PerformanceCriterion, criterion_id, "performance criterion")
    check_unit(session, c.element.unit)
    where = PerformanceCriterion.element_id == c.element_id
    model, key = PerformanceCriterion, PerformanceCriterion.id
    return _move(session, actor, "performance_criterion", criterion_id, model, where, key, criterion_id, delta)


def _country(text: str) -> str:
    """An awarding body's country as its alpha-2 code: "Ghana", "GHA" and "gh" are all GH."""
    return country_code(text) or text.strip().upper()[:2]
