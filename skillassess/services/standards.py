"""Competency standards: reading the tree of awarding bodies, qualifications, units, elements, criteria."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar, cast

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session, selectinload

from skillassess.core.enums import AuditAction, PackagingRule, Role, SectionKind, StandardStatus, UnitCategory
from skillassess.core.errors import LockedError, NotFoundError, ValidationError
from skillassess.core.messages import msg
from skillassess.core.models import (
    Assessment,
    AwardingBody,
    Certificate,
    CertificateUnit,
    Element,
    Enrolment,
    EvidenceCriterion,
    PerformanceCriterion,
    Qualification,
    QualificationUnit,
    SelfAssessment,
    Unit,
    UnitSection,
    as_dict,
)
from skillassess.db.concurrency import lock_writes
from skillassess.core.text import text_problem
from skillassess.services.audit import record
from skillassess.services.context import Actor

_M = TypeVar("_M")


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


# --- Editing ------------------------------------------------------------------------------
#
# Every function below is one use case: it checks that the actor is an administrator, refuses to
# change a version that is in use (LockedError), and writes exactly one audit entry. The caller's
# transaction (Database.transaction()) commits or rolls back the whole of it.

_EDIT = "edit competency standards"
_TEMP_POSITION = 1_000_000  # a free position while two rows swap places (unique per parent)


def can_edit(actor: Actor | None) -> bool:
    return actor is not None and actor.has(Role.ADMINISTRATOR)


def _require(actor: Actor, session: Session) -> None:
    actor.require(Role.ADMINISTRATOR, action=_EDIT)
    # Every edit of the standards reads something it then writes (the next position or version, a free
    # code, whether a version is locked): one editor at a time. Edits are rare; nobody waits long.
    lock_writes(session)


def _get(session: Session, model: type[_M], id_: int, what: str) -> _M:
    obj = session.get(model, id_)
    if obj is None:
        raise NotFoundError(f"No {what} has the id {id_}.")
    return obj


def qualification_lock_reason(session: Session, q: Qualification) -> str | None:
    """Why a qualification version cannot change in place, or None when it can."""
    if q.status == StandardStatus.SUPERSEDED:
        return (f"Qualification {q.code} version {q.version} is superseded and is kept as it was; "
                "change the current version or make a new version.")
    enrolments = session.scalar(select(func.count()).select_from(Enrolment).where(Enrolment.qualification_id == q.id)) or 0
    certificates = session.scalar(select(func.count()).select_from(Certificate).where(Certificate.qualification_id == q.id)) or 0
    if enrolments or certificates:
        return (f"Qualification {q.code} version {q.version} is in use ({enrolments} enrolment(s), "
                f"{certificates} certificate(s)), so it cannot be edited in place; make a new version with "
                "\"New version\", edit that and publish it.")
    return None


def unit_lock_reason(session: Session, u: Unit) -> str | None:
    """Why a unit version cannot change in place, or None when it can."""
    if u.status == StandardStatus.SUPERSEDED:
        return (f"Unit {u.code} version {u.version} is superseded and is kept as it was; "
                "change the current version or make a new version.")
    used = session.scalar(select(func.count()).select_from(Assessment).where(Assessment.unit_id == u.id)) or 0
    if used:
        return (f"Unit {u.code} version {u.version} is used by {used} assessment(s), so it cannot be edited in "
                "place; make a new version with \"New version\", edit that and publish it.")
    criteria = select(PerformanceCriterion.id).join(Element).where(Element.unit_id == u.id)
    others = {
        "certificate(s)": select(func.count()).select_from(CertificateUnit).where(CertificateUnit.unit_id == u.id),
        "self-assessment answer(s)": select(func.count()).select_from(SelfAssessment)
        .where(SelfAssessment.criterion_id.in_(criteria)),
        "evidence link(s)": select(func.count()).select_from(EvidenceCriterion)
        .where(EvidenceCriterion.criterion_id.in_(criteria)),
    }
    for what, stmt in others.items():
        n = session.scalar(stmt) or 0
        if n:
            return (f"Unit {u.code} version {u.version} is used by {n} {what}, so it cannot be edited in place; "
                    "make a new version with \"New version\", edit that and publish it.")
    return None


def _check_qualification(session: Session, q: Qualification) -> None:
    reason = qualification_lock_reason(session, q)
    if reason:
        raise LockedError(reason)


def _check_unit(session: Session, u: Unit) -> None:
    reason = unit_lock_reason(session, u)
    if reason:
        raise LockedError(reason)


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


def create_awarding_body(session: Session, actor: Actor, *, code: str, name: str, country: str = "",
                         level_scale: str = "") -> AwardingBody:
    _require(actor, session)
    code = _clean_code(code, "awarding body", AwardingBody.code)
    if session.scalar(select(AwardingBody.id).where(AwardingBody.code == code)) is not None:
        raise ValidationError(f"An awarding body with the code {code!r} already exists.")
    body = AwardingBody(code=code, name=_clean_title(name, "awarding body", AwardingBody.name), country=country.strip().upper()[:2],
                        level_scale=level_scale.strip())
    session.add(body)
    session.flush()
    record(session, actor, AuditAction.CREATE, "awarding_body", body.id, after=as_dict(body))
    return body


def update_awarding_body(session: Session, actor: Actor, body_id: int, **fields: Any) -> AwardingBody:
    _require(actor, session)
    body = _get(session, AwardingBody, body_id, "awarding body")
    before = as_dict(body)
    for key, value in fields.items():
        if key == "name":
            body.name = _clean_title(value, "awarding body", AwardingBody.name)
        elif key == "country":
            body.country = str(value).strip().upper()[:2]
        elif key == "level_scale":
            body.level_scale = str(value).strip()
        else:
            raise ValidationError(f"An awarding body has no field {key!r} that can be edited.")
    session.flush()
    record(session, actor, AuditAction.UPDATE, "awarding_body", body.id, before=before, after=as_dict(body))
    return body


_QUALIFICATION_FIELDS = {"title", "level", "sector", "description", "packaging_rule", "electives_required",
                         "credits_required"}


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
                raise ValidationError(f"Unknown packaging rule {value!r}: use "
                                      + " or ".join(r.value for r in PackagingRule) + ".") from None
        else:
            setattr(q, key, _non_negative(value, key.replace("_", " ").capitalize()))


def create_qualification(session: Session, actor: Actor, awarding_body_id: int, *, code: str, title: str,
                         **fields: Any) -> Qualification:
    """A new draft qualification, version 1."""
    _require(actor, session)
    _get(session, AwardingBody, awarding_body_id, "awarding body")
    code = _clean_code(code, "qualification", Qualification.code)
    if session.scalar(select(Qualification.id).where(Qualification.code == code)) is not None:
        raise ValidationError(f"A qualification with the code {code!r} already exists; "
                              "make a new version of it instead.")
    q = Qualification(awarding_body_id=awarding_body_id, code=code, version=1, title="-",
                      status=StandardStatus.DRAFT, packaging_rule=PackagingRule.CORE_PLUS_ELECTIVES,
                      electives_required=0, credits_required=0, level="", sector="", description="")
    _apply_qualification_fields(q, {"title": title, **fields})
    session.add(q)
    session.flush()
    record(session, actor, AuditAction.CREATE, "qualification", q.id, after=as_dict(q))
    return q


def update_qualification(session: Session, actor: Actor, qualification_id: int, **fields: Any) -> Qualification:
    """Change fields of a qualification (title, level, sector, description, packaging rules)."""
    _require(actor, session)
    q = _get(session, Qualification, qualification_id, "qualification")
    _check_qualification(session, q)
    before = as_dict(q)
    _apply_qualification_fields(q, fields)
    session.flush()
    record(session, actor, AuditAction.UPDATE, "qualification", q.id, before=before, after=as_dict(q))
    return q


def set_packaging_rules(session: Session, actor: Actor, qualification_id: int, rule: PackagingRule | str,
                        *, electives_required: int = 0, credits_required: int = 0) -> Qualification:
    """All core units plus N electives, or all core units and at least N credits."""
    return update_qualification(session, actor, qualification_id, packaging_rule=rule,
                                electives_required=electives_required, credits_required=credits_required)


def delete_qualification(session: Session, actor: Actor, qualification_id: int) -> None:
    """Remove a draft qualification that nothing uses (its units stay)."""
    _require(actor, session)
    q = _get(session, Qualification, qualification_id, "qualification")
    _check_qualification(session, q)
    if q.status != StandardStatus.DRAFT:
        raise LockedError(f"Qualification {q.code} version {q.version} is {q.status.value}; only drafts can be removed.")
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


def create_unit(session: Session, actor: Actor, qualification_id: int, *, code: str, title: str,
                category: UnitCategory | str = UnitCategory.CORE, credits: int = 0, nominal_hours: int = 0) -> Unit:
    """A new draft unit, version 1, linked at the end of a qualification."""
    _require(actor, session)
    q = _get(session, Qualification, qualification_id, "qualification")
    _check_qualification(session, q)
    code = _clean_code(code, "unit")
    if session.scalar(select(Unit.id).where(Unit.code == code)) is not None:
        raise ValidationError(f"A unit with the code {code!r} already exists; link it to the qualification "
                              "instead, or make a new version of it.")
    u = Unit(code=code, version=1, title="-", credits=0, nominal_hours=0, status=StandardStatus.DRAFT)
    _apply_unit_fields(session, u, {"title": title, "credits": credits, "nominal_hours": nominal_hours})
    session.add(u)
    session.flush()
    position = (session.scalar(select(func.max(QualificationUnit.position))
                               .where(QualificationUnit.qualification_id == q.id)) or 0) + 1
    session.add(QualificationUnit(qualification_id=q.id, unit_id=u.id, category=_category(category), position=position))
    session.flush()
    record(session, actor, AuditAction.CREATE, "unit", u.id,
           after={**as_dict(u), "qualification": q.code, "category": _category(category).value})
    return u


def _category(value: UnitCategory | str) -> UnitCategory:
    try:
        return UnitCategory(value)
    except ValueError:
        raise ValidationError(f"Unknown unit category {value!r}: use core or elective.") from None


def update_unit(session: Session, actor: Actor, unit_id: int, **fields: Any) -> Unit:
    """Change a unit's code, title, credits or nominal hours."""
    _require(actor, session)
    u = _get(session, Unit, unit_id, "unit")
    _check_unit(session, u)
    before = as_dict(u)
    _apply_unit_fields(session, u, fields)
    session.flush()
    record(session, actor, AuditAction.UPDATE, "unit", u.id, before=before, after=as_dict(u))
    return u


def unit_sections(session: Session, unit_id: int) -> dict[SectionKind, str]:
    u = _get(session, Unit, unit_id, "unit")
    return {kind: u.section(kind) for kind in SectionKind}


def set_sections(session: Session, actor: Actor, unit_id: int, sections: dict[SectionKind | str, str]) -> Unit:
    """Set the text sections of a unit (range statement, required knowledge ...); empty text removes one."""
    _require(actor, session)
    u = _get(session, Unit, unit_id, "unit")
    _check_unit(session, u)
    before = {k.value: v for k, v in unit_sections(session, unit_id).items() if v}
    existing = {s.kind: s for s in u.sections}
    for key, body in sections.items():
        try:
            kind = SectionKind(key)
        except ValueError:
            raise ValidationError(f"Unknown unit section {key!r}: use " + ", ".join(k.value for k in SectionKind) + ".") from None
        body = (body or "").strip()
        if kind in existing:
            if body:
                existing[kind].body = body
            else:
                u.sections.remove(existing[kind])
        elif body:
            u.sections.append(UnitSection(kind=kind, body=body))
    session.flush()
    after = {k.value: u.section(k) for k in SectionKind if u.section(k)}
    record(session, actor, AuditAction.UPDATE, "unit", u.id, before={"sections": before}, after={"sections": after})
    return u


def link_unit(session: Session, actor: Actor, qualification_id: int, unit_id: int,
              category: UnitCategory | str = UnitCategory.CORE) -> QualificationUnit:
    """Put an existing unit into a qualification as core or elective (or change its category)."""
    _require(actor, session)
    q = _get(session, Qualification, qualification_id, "qualification")
    u = _get(session, Unit, unit_id, "unit")
    _check_qualification(session, q)
    cat = _category(category)
    link = session.get(QualificationUnit, (q.id, u.id))
    if link is not None:
        before = as_dict(link)
        link.category = cat
        session.flush()
        record(session, actor, AuditAction.UPDATE, "qualification_unit", f"{q.id}:{u.id}", before=before, after=as_dict(link))
        return link
    other = session.scalar(select(Unit.code).join(QualificationUnit).where(
        QualificationUnit.qualification_id == q.id, Unit.code == u.code))
    if other is not None:
        raise ValidationError(f"Qualification {q.code} already holds another version of unit {u.code}; "
                              "remove it first.")
    position = (session.scalar(select(func.max(QualificationUnit.position))
                               .where(QualificationUnit.qualification_id == q.id)) or 0) + 1
    link = QualificationUnit(qualification_id=q.id, unit_id=u.id, category=cat, position=position)
    session.add(link)
    session.flush()
    record(session, actor, AuditAction.CREATE, "qualification_unit", f"{q.id}:{u.id}",
           after={**as_dict(link), "qualification": q.code, "unit": u.code})
    return link


def unlink_unit(session: Session, actor: Actor, qualification_id: int, unit_id: int) -> None:
    """Take a unit out of a qualification (the unit itself stays)."""
    _require(actor, session)
    q = _get(session, Qualification, qualification_id, "qualification")
    _check_qualification(session, q)
    link = session.get(QualificationUnit, (qualification_id, unit_id))
    if link is None:
        raise NotFoundError(f"The unit is not part of qualification {q.code}.")
    before = as_dict(link)
    session.delete(link)
    session.flush()
    _renumber(session, QualificationUnit, QualificationUnit.qualification_id == qualification_id,
              QualificationUnit.unit_id)
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


def _move(session: Session, model: Any, where: Any, key: Any, this: Any, delta: int) -> tuple[int, int] | None:
    rows = session.execute(select(key, model.position).where(where).order_by(model.position)).all()
    keys = [k for k, _ in rows]
    if this not in keys:
        raise NotFoundError("The item to move is not there any more; refresh the list.")
    i = keys.index(this)
    j = i + delta
    if j < 0 or j >= len(rows) or delta == 0:
        return None
    _swap(session, model, where, key, rows[i][0], rows[i][1], rows[j][0], rows[j][1])
    return rows[i][1], rows[j][1]


def move_unit(session: Session, actor: Actor, qualification_id: int, unit_id: int, delta: int) -> bool:
    """Move a unit up (-1) or down (+1) in its qualification; False when it is already at the end."""
    _require(actor, session)
    q = _get(session, Qualification, qualification_id, "qualification")
    _check_qualification(session, q)
    moved = _move(session, QualificationUnit, QualificationUnit.qualification_id == q.id, QualificationUnit.unit_id,
                  unit_id, delta)
    if moved is None:
        return False
    record(session, actor, AuditAction.UPDATE, "qualification_unit", f"{q.id}:{unit_id}",
           before={"position": moved[0]}, after={"position": moved[1]})
    return True


def add_element(session: Session, actor: Actor, unit_id: int, title: str) -> Element:
    """A new element at the end of a unit."""
    _require(actor, session)
    u = _get(session, Unit, unit_id, "unit")
    _check_unit(session, u)
    position = (session.scalar(select(func.max(Element.position)).where(Element.unit_id == u.id)) or 0) + 1
    e = Element(unit_id=u.id, position=position, title=_clean_title(title, "element", Element.title))
    session.add(e)
    session.flush()
    record(session, actor, AuditAction.CREATE, "element", e.id, after={**as_dict(e), "unit": u.code})
    return e


def update_element(session: Session, actor: Actor, element_id: int, title: str) -> Element:
    _require(actor, session)
    e = _get(session, Element, element_id, "element")
    _check_unit(session, e.unit)
    before = as_dict(e)
    e.title = _clean_title(title, "element", Element.title)
    session.flush()
    record(session, actor, AuditAction.UPDATE, "element", e.id, before=before, after=as_dict(e))
    return e


def delete_element(session: Session, actor: Actor, element_id: int) -> None:
    """Remove an element with its criteria; the elements after it move up."""
    _require(actor, session)
    e = _get(session, Element, element_id, "element")
    unit = e.unit
    _check_unit(session, unit)
    before = {**as_dict(e), "criteria": [c.text for c in e.criteria]}
    session.delete(e)
    session.flush()
    _renumber(session, Element, Element.unit_id == unit.id, Element.id)
    record(session, actor, AuditAction.DELETE, "element", element_id, before=before)


def move_element(session: Session, actor: Actor, element_id: int, delta: int) -> bool:
    """Move an element up (-1) or down (+1); its criteria are renumbered with it."""
    _require(actor, session)
    e = _get(session, Element, element_id, "element")
    _check_unit(session, e.unit)
    moved = _move(session, Element, Element.unit_id == e.unit_id, Element.id, element_id, delta)
    if moved is None:
        return False
    record(session, actor, AuditAction.UPDATE, "element", element_id,
           before={"position": moved[0]}, after={"position": moved[1]})
    return True


def add_criterion(session: Session, actor: Actor, element_id: int, text: str) -> PerformanceCriterion:
    """A new performance criterion at the end of an element."""
    _require(actor, session)
    e = _get(session, Element, element_id, "element")
    _check_unit(session, e.unit)
    position = (session.scalar(select(func.max(PerformanceCriterion.position))
                               .where(PerformanceCriterion.element_id == e.id)) or 0) + 1
    c = PerformanceCriterion(element_id=e.id, position=position, text=_clean_title(text, "performance criterion", PerformanceCriterion.text))
    session.add(c)
    session.flush()
    record(session, actor, AuditAction.CREATE, "performance_criterion", c.id, after={**as_dict(c), "unit": e.unit.code})
    return c


def update_criterion(session: Session, actor: Actor, criterion_id: int, text: str) -> PerformanceCriterion:
    _require(actor, session)
    c = _get(session, PerformanceCriterion, criterion_id, "performance criterion")
    _check_unit(session, c.element.unit)
    before = as_dict(c)
    c.text = _clean_title(text, "performance criterion", PerformanceCriterion.text)
    session.flush()
    record(session, actor, AuditAction.UPDATE, "performance_criterion", c.id, before=before, after=as_dict(c))
    return c


def delete_criterion(session: Session, actor: Actor, criterion_id: int) -> None:
    _require(actor, session)
    c = _get(session, PerformanceCriterion, criterion_id, "performance criterion")
    element_id = c.element_id
    _check_unit(session, c.element.unit)
    before = as_dict(c)
    session.delete(c)
    session.flush()
    _renumber(session, PerformanceCriterion, PerformanceCriterion.element_id == element_id, PerformanceCriterion.id)
    record(session, actor, AuditAction.DELETE, "performance_criterion", criterion_id, before=before)


def move_criterion(session: Session, actor: Actor, criterion_id: int, delta: int) -> bool:
    _require(actor, session)
    c = _get(session, PerformanceCriterion, criterion_id, "performance criterion")
    _check_unit(session, c.element.unit)
    moved = _move(session, PerformanceCriterion, PerformanceCriterion.element_id == c.element_id,
                  PerformanceCriterion.id, criterion_id, delta)
    if moved is None:
        return False
    record(session, actor, AuditAction.UPDATE, "performance_criterion", criterion_id,
           before={"position": moved[0]}, after={"position": moved[1]})
    return True


# --- Versions -----------------------------------------------------------------------------


def _next_version(session: Session, model: Any, code: str) -> int:
    return (session.scalar(select(func.max(model.version)).where(model.code == code)) or 0) + 1


def new_qualification_version(session: Session, actor: Actor, qualification_id: int) -> Qualification:
    """A draft copy of a qualification with the next version number.

    It holds the same units, each at its newest version (a draft being prepared, else the current
    one), so unit revisions published since the old version are taken up.
    """
    _require(actor, session)
    old = _get(session, Qualification, qualification_id, "qualification")
    draft = session.scalar(select(Qualification).where(Qualification.code == old.code,
                                                       Qualification.status == StandardStatus.DRAFT))
    if draft is not None:
        raise ValidationError(f"Qualification {old.code} already has a draft (version {draft.version}); "
                              "edit and publish that one.")
    new = Qualification(
        awarding_body_id=old.awarding_body_id, code=old.code, version=_next_version(session, Qualification, old.code),
        title=old.title, level=old.level, sector=old.sector, description=old.description,
        status=StandardStatus.DRAFT, packaging_rule=old.packaging_rule, electives_required=old.electives_required,
        credits_required=old.credits_required,
    )
    session.add(new)
    session.flush()
    for link in old.unit_links:
        # Each unit at its newest version: a draft if one is being prepared, else the current one.
        unit_id = link.unit_id
        for status in (StandardStatus.DRAFT, StandardStatus.CURRENT):
            newer = session.scalar(select(Unit.id).where(Unit.code == link.unit.code, Unit.status == status)
                                   .order_by(Unit.version.desc()).limit(1))
            if newer is not None:
                unit_id = newer
                break
        session.add(QualificationUnit(qualification_id=new.id, unit_id=unit_id, category=link.category,
                                      position=link.position))
    session.flush()
    record(session, actor, AuditAction.CREATE, "qualification", new.id,
           after={**as_dict(new), "copied_from_version": old.version})
    return new


def new_unit_version(session: Session, actor: Actor, unit_id: int) -> Unit:
    """A draft copy of a unit (sections, elements, criteria) with the next version number."""
    _require(actor, session)
    old = _get(session, Unit, unit_id, "unit")
    draft = session.scalar(select(Unit).where(Unit.code == old.code, Unit.status == StandardStatus.DRAFT))
    if draft is not None:
        raise ValidationError(f"Unit {old.code} already has a draft (version {draft.version}); "
                              "edit and publish that one.")
    new = Unit(code=old.code, version=_next_version(session, Unit, old.code), title=old.title, credits=old.credits,
               nominal_hours=old.nominal_hours, status=StandardStatus.DRAFT)
    new.sections = [UnitSection(kind=s.kind, body=s.body) for s in old.sections]
    for e in old.elements:
        ne = Element(position=e.position, title=e.title)
        ne.criteria = [PerformanceCriterion(position=c.position, text=c.text) for c in e.criteria]
        new.elements.append(ne)
    session.add(new)
    session.flush()
    # Draft qualifications that hold the old version take the new draft, so it can be tried out.
    for link in list(old.qualification_links):
        if link.qualification.status == StandardStatus.DRAFT and qualification_lock_reason(session, link.qualification) is None:
            session.add(QualificationUnit(qualification_id=link.qualification_id, unit_id=new.id,
                                          category=link.category, position=link.position))
            session.delete(link)
    session.flush()
    record(session, actor, AuditAction.CREATE, "unit", new.id, after={**as_dict(new), "copied_from_version": old.version})
    return new


def publish_qualification(session: Session, actor: Actor, qualification_id: int) -> Qualification:
    """Make a version current; the version that was current becomes superseded."""
    _require(actor, session)
    q = _get(session, Qualification, qualification_id, "qualification")
    if q.status != StandardStatus.DRAFT:
        raise ValidationError(f"Qualification {q.code} version {q.version} is {q.status.value}; only a draft can be published.")
    drafts = [u.code for u, _ in units_of(session, q.id) if u.status == StandardStatus.DRAFT]
    if drafts:
        raise ValidationError(f"Qualification {q.code} version {q.version} holds draft units ({', '.join(drafts)}); "
                              "publish them first.")
    superseded = []
    for old in session.scalars(select(Qualification).where(Qualification.code == q.code, Qualification.id != q.id,
                                                           Qualification.status == StandardStatus.CURRENT)):
        old.status = StandardStatus.SUPERSEDED
        superseded.append(old.version)
    q.status = StandardStatus.CURRENT
    session.flush()
    record(session, actor, AuditAction.UPDATE, "qualification", q.id, before={"status": "draft"},
           after={"status": "current", "superseded_versions": superseded})
    return q


def publish_unit(session: Session, actor: Actor, unit_id: int) -> Unit:
    """Make a unit version current; the version that was current becomes superseded.

    Assessments and qualification versions keep the unit version they hold; the next version of a
    qualification takes up the current one (see new_qualification_version), and a draft
    qualification already took up the draft when it was made (see new_unit_version).
    """
    _require(actor, session)
    u = _get(session, Unit, unit_id, "unit")
    if u.status != StandardStatus.DRAFT:
        raise ValidationError(f"Unit {u.code} version {u.version} is {u.status.value}; only a draft can be published.")
    superseded = []
    for old in session.scalars(select(Unit).where(Unit.code == u.code, Unit.id != u.id,
                                                  Unit.status == StandardStatus.CURRENT)):
        old.status = StandardStatus.SUPERSEDED
        superseded.append(old.version)
    u.status = StandardStatus.CURRENT
    session.flush()
    record(session, actor, AuditAction.UPDATE, "unit", u.id, before={"status": "draft"},
           after={"status": "current", "superseded_versions": superseded})
    return u


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
    for q in session.scalars(select(Qualification).where(or_(Qualification.code.ilike(needle), Qualification.title.ilike(needle)))
                             .order_by(Qualification.code, Qualification.version).limit(limit)):
        out.append(("qualification", q.id, q.code, q.title))
    for u in session.scalars(select(Unit).where(or_(Unit.code.ilike(needle), Unit.title.ilike(needle)))
                             .order_by(Unit.code, Unit.version).limit(limit)):
        out.append(("unit", u.id, u.code, u.title))
    return out


def units_without_qualification(session: Session) -> list[Unit]:
    """Units that no qualification holds (a new unit version waiting for a qualification version)."""
    linked = select(QualificationUnit.unit_id)
    return list(session.scalars(select(Unit).where(Unit.id.not_in(linked)).order_by(Unit.code, Unit.version)))
