"""Importing and exporting whole standards: a QualificationDoc into the database and back.

An import checks everything first and then writes in the caller's one transaction with bulk
inserts (SQLAlchemy Core), so a standard of thousands of criteria goes in within a second and a
bad file changes nothing. It writes one audit entry with the counts, not one per item.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from skillassess.core.enums import AuditAction, PackagingRule, Role, SectionKind, StandardStatus, UnitCategory
from skillassess.core.errors import NotFoundError, ValidationError
from skillassess.core.messages import Message
from skillassess.core.models import (
    AwardingBody,
    Element,
    PerformanceCriterion,
    Qualification,
    QualificationUnit,
    Unit,
    UnitSection,
    utcnow,
)
from skillassess.core.text import integer_problem, text_problem
from skillassess.db.concurrency import lock_writes
from skillassess.db.database import Database
from skillassess.formats.standard_doc import (
    CriterionDoc,
    ElementDoc,
    QualificationDoc,
    UnitDoc,
    cap,
    code_from,
    criterion_uuid,
    element_uuid,
    normalise,
    qualification_uuid,
    unit_uuid,
)
from skillassess.services.audit import record
from skillassess.services.context import Actor

ProgressFn = Callable[[int, int], None]
_CHUNK = 2000


@dataclass(frozen=True)
class ImportResult:
    qualification_id: int
    code: str
    version: int
    title: str
    counts: dict[str, int]
    mapping: list[str | Message] = field(default_factory=list)


def _table(model: Any) -> Table:
    """The Core table of a mapped class, for bulk inserts without the ORM's per-object work."""
    return cast(Table, model.__table__)


def validate_document(session: Session, doc: QualificationDoc) -> None:
    """Every problem of a document at once, as one ValidationError naming the file and place."""
    problems: list[str] = []
    where_q = "qualification"

    def check_text(text: str | None, column: Any, what: str, field_: str, required: bool = False) -> None:
        # The shared rule of core.text: as long as the column holds, no control or direction characters.
        if required and not (text or "").strip():
            problems.append(f"{what}: the {field_} is empty.")
        elif text and (problem := text_problem(text, column)) is not None:
            problems.append(f"{what}, {field_}: {problem}")

    def check_number(value: int, what: str, field_: str, least: int = 0) -> None:
        if value < least:
            problems.append(
                f"{what}: the {field_} must be {least} or more, not {value}."
                if least
                else f"{what}: {field_} cannot be negative."
            )
        elif (problem := integer_problem(value)) is not None:
            problems.append(f"{what}, {field_}: {problem}")

    check_text(doc.code, Qualification.code, where_q, "code", required=True)
    check_text(doc.title, Qualification.title, where_q, "title", required=True)
    check_text(doc.level, Qualification.level, where_q, "level")
    check_text(doc.sector, Qualification.sector, where_q, "sector")
    check_text(doc.description, Qualification.description, where_q, "description")
    check_text(doc.case_identifier, Qualification.case_identifier, where_q, "CASE identifier")
    check_text(doc.awarding_body_code, AwardingBody.code, where_q, "awarding body code")
    check_text(doc.awarding_body_name, AwardingBody.name, where_q, "awarding body name")
    check_text(doc.awarding_body_level_scale, AwardingBody.level_scale, where_q, "awarding body level scale")
    check_number(doc.version, where_q, "version", least=1)
    if doc.status not in {s.value for s in StandardStatus}:
        problems.append(f"{where_q}: unknown status {doc.status!r} (use draft, current or superseded).")
    if doc.packaging_rule not in {r.value for r in PackagingRule}:
        problems.append(
            f"{where_q}: unknown packaging rule {doc.packaging_rule!r} (use core_plus_electives or min_credits)."
        )
    check_number(doc.electives_required, where_q, "electives_required")
    check_number(doc.credits_required, where_q, "credits_required")
    if (
        doc.code
        and integer_problem(doc.version) is None
        and session.scalar(
            select(Qualification.id).where(Qualification.code == doc.code, Qualification.version == doc.version)
        )
    ):
        problems.append(
            f"{where_q}: qualification {doc.code} version {doc.version} is already in the database; "
            "import it into another database, or change its version in the file."
        )
    seen: dict[tuple[str, int], str] = {}
    for n, u in enumerate(doc.units, start=1):
        where = u.where or f"unit {n} ({u.code})"
        check_text(u.code, Unit.code, where, "code", required=True)
        check_text(u.title, Unit.title, where, "title", required=True)
        check_text(u.case_identifier, Unit.case_identifier, where, "CASE identifier")
        key = (u.code, u.version)
        if key in seen:
            problems.append(
                f"{where}: the unit code {u.code} (version {u.version}) appears twice "
                f"(also at {seen[key]}); codes must be unique."
            )
        seen[key] = where
        if u.category not in {c.value for c in UnitCategory}:
            problems.append(f"{where}: unknown category {u.category!r} (use core or elective).")
        if u.status not in {s.value for s in StandardStatus}:
            problems.append(f"{where}: unknown status {u.status!r} (use draft, current or superseded).")
        check_number(u.version, where, "version", least=1)
        check_number(u.credits, where, "credits")
        check_number(u.nominal_hours, where, "nominal hours")
        for k, body in u.sections.items():
            if k not in {s.value for s in SectionKind}:
                problems.append(f"{where}: unknown section {k!r}.")
            check_text(body, UnitSection.body, where, f"section {k}")
        for en, e in enumerate(u.elements, start=1):
            where_e = e.where or f"{where}, element {en}"
            check_text(e.title, Element.title, where_e, "title", required=True)
            check_text(e.case_identifier, Element.case_identifier, where_e, "CASE identifier")
            for cn, c in enumerate(e.criteria, start=1):
                where_c = c.where or f"{where}, criterion {en}.{cn}"
                check_text(c.text, PerformanceCriterion.text, where_c, "text", required=True)
                check_text(c.case_identifier, PerformanceCriterion.case_identifier, where_c, "CASE identifier")
    if seen:
        codes = [c for c, _ in seen]
        existing: set[tuple[str, int]] = set()
        for i in range(0, len(codes), 500):
            existing.update(
                session.execute(select(Unit.code, Unit.version).where(Unit.code.in_(codes[i : i + 500]))).all()
            )
        for key, where in seen.items():
            if key in existing:
                problems.append(
                    f"{where}: unit {key[0]} version {key[1]} is already in the database; "
                    "change its version in the file to import a revision."
                )
    if problems:
        name = doc.source or "The standard"
        raise ValidationError(
            f"{name}: the standard was not imported ({len(problems)} problem(s)); nothing was changed.", cap(problems)
        )


def import_document(
    session: Session, actor: Actor, doc: QualificationDoc, progress: ProgressFn | None = None
) -> ImportResult:
    """Write a whole qualification (units, sections, elements, criteria) in the caller's transaction."""
    actor.require(Role.ADMINISTRATOR, action="import competency standards")
    lock_writes(session)  # the codes and versions are checked free, then written
    normalise(doc)  # line ends and surrounding spaces, whatever the format
    validate_document(session, doc)
    counts = doc.counts()
    total = counts["units"] + counts["elements"] + counts["criteria"]
    done = 0

    def step(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(done, total)

    body = _awarding_body(session, doc)
    status = StandardStatus(doc.status)
    if status == StandardStatus.CURRENT:
        for old in session.scalars(
            select(Qualification).where(Qualification.code == doc.code, Qualification.status == StandardStatus.CURRENT)
        ):
            old.status = StandardStatus.SUPERSEDED
    q = Qualification(
        awarding_body_id=body.id,
        code=doc.code,
        version=doc.version,
        title=doc.title.strip(),
        level=doc.level,
        sector=doc.sector,
        description=doc.description,
        status=status,
        packaging_rule=PackagingRule(doc.packaging_rule),
        electives_required=doc.electives_required,
        credits_required=doc.credits_required,
        case_identifier=doc.case_identifier or qualification_uuid(doc.code, doc.version),
    )
    session.add(q)
    session.flush()
    now = utcnow()
    current_units = [u.code for u in doc.units if u.status == StandardStatus.CURRENT.value]
    for i in range(0, len(current_units), 500):
        for old_unit in session.scalars(
            select(Unit).where(Unit.code.in_(current_units[i : i + 500]), Unit.status == StandardStatus.CURRENT)
        ):
            old_unit.status = StandardStatus.SUPERSEDED
    session.flush()
    unit_rows = [
        {
            "code": u.code.strip(),
            "version": u.version,
            "title": u.title.strip(),
            "credits": u.credits,
            "nominal_hours": u.nominal_hours,
            "status": StandardStatus(u.status),
            "case_identifier": u.case_identifier or unit_uuid(u.code, u.version),
            "created_at": now,
        }
        for u in doc.units
    ]
    unit_ids: list[int] = []
    if unit_rows:
        stmt = insert(_table(Unit)).returning(_table(Unit).c.id, sort_by_parameter_order=True)
        unit_ids = list(session.execute(stmt, unit_rows).scalars())
    step(len(unit_rows))
    links, sections, element_rows = [], [], []
    element_owner: list[tuple[int, int, ElementDoc]] = []
    for pos, (u, uid) in enumerate(zip(doc.units, unit_ids, strict=True), start=1):
        links.append({"qualification_id": q.id, "unit_id": uid, "category": UnitCategory(u.category), "position": pos})
        for kind, text in u.sections.items():
            if text.strip():
                sections.append({"unit_id": uid, "kind": SectionKind(kind), "body": text})
        for epos, e in enumerate(u.elements, start=1):
            element_rows.append(
                {
                    "unit_id": uid,
                    "position": epos,
                    "title": e.title,
                    "case_identifier": e.case_identifier or element_uuid(u.code, u.version, epos),
                }
            )
            element_owner.append((uid, epos, e))
    if links:
        session.execute(insert(_table(QualificationUnit)), links)
    if sections:
        session.execute(insert(_table(UnitSection)), sections)
    element_ids: list[int] = []
    stmt = insert(_table(Element)).returning(_table(Element).c.id, sort_by_parameter_order=True)
    for i in range(0, len(element_rows), _CHUNK):
        chunk = element_rows[i : i + _CHUNK]
        element_ids.extend(session.execute(stmt, chunk).scalars())
        step(len(chunk))
    unit_by_id = dict(zip(unit_ids, doc.units, strict=True))
    criterion_rows = []
    for eid, (uid, epos, e) in zip(element_ids, element_owner, strict=True):
        u = unit_by_id[uid]
        for cpos, c in enumerate(e.criteria, start=1):
            criterion_rows.append(
                {
                    "element_id": eid,
                    "position": cpos,
                    "text": c.text,
                    "case_identifier": c.case_identifier or criterion_uuid(u.code, u.version, epos, cpos),
                }
            )
    for i in range(0, len(criterion_rows), _CHUNK):
        chunk = criterion_rows[i : i + _CHUNK]
        session.execute(insert(_table(PerformanceCriterion)), chunk)
        step(len(chunk))
    summary = {"code": doc.code, "version": doc.version, "title": doc.title, "source": doc.source, **counts}
    record(session, actor, AuditAction.CREATE, "qualification", q.id, after=summary)
    return ImportResult(q.id, q.code, q.version, q.title, counts, list(doc.mapping))


def _awarding_body(session: Session, doc: QualificationDoc) -> AwardingBody:
    code = (doc.awarding_body_code or "").strip()
    name = (doc.awarding_body_name or "").strip()
    body = None
    if code:
        body = session.scalar(select(AwardingBody).where(AwardingBody.code == code))
    if body is None and name:
        body = session.scalar(select(AwardingBody).where(AwardingBody.name == name))
    if body is None:
        if not code:
            base = code = code_from(name or "IMPORTED", "IMPORTED")
            n = 1
            while session.scalar(select(AwardingBody.id).where(AwardingBody.code == code)):
                n += 1
                code = f"{base[:34]}-{n}"
        body = AwardingBody(
            code=code,
            name=name or code,
            country=(doc.awarding_body_country or "")[:2].upper(),
            level_scale=doc.awarding_body_level_scale or "",
        )
        session.add(body)
        session.flush()
    return body


def export_document(session: Session, qualification_id: int) -> QualificationDoc:
    """A qualification version with everything under it, identifiers filled in (stored or stable)."""
    q = session.get(Qualification, qualification_id)
    if q is None:
        raise NotFoundError(f"No qualification has the id {qualification_id}.")
    body = q.awarding_body
    units: list[UnitDoc] = []
    unit_rows = session.execute(
        select(Unit, QualificationUnit.category)
        .join(QualificationUnit, QualificationUnit.unit_id == Unit.id)
        .where(QualificationUnit.qualification_id == q.id)
        .order_by(QualificationUnit.position, Unit.code)
    ).all()
    unit_ids = [u.id for u, _ in unit_rows]
    sections: dict[int, dict[str, str]] = {}
    elements: dict[int, list[tuple[int, int, str, str | None]]] = {}
    criteria: dict[int, list[tuple[int, str, str | None]]] = {}
    for i in range(0, len(unit_ids), 500):
        ids = unit_ids[i : i + 500]
        for uid, kind, text in session.execute(
            select(UnitSection.unit_id, UnitSection.kind, UnitSection.body).where(UnitSection.unit_id.in_(ids))
        ):
            sections.setdefault(uid, {})[SectionKind(kind).value] = text
        for eid, uid, pos, title, ident in session.execute(
            select(Element.id, Element.unit_id, Element.position, Element.title, Element.case_identifier)
            .where(Element.unit_id.in_(ids))
            .order_by(Element.unit_id, Element.position)
        ):
            elements.setdefault(uid, []).append((eid, pos, title, ident))
        for eid, pos, text, ident in session.execute(
            select(
                PerformanceCriterion.element_id,
                PerformanceCriterion.position,
                PerformanceCriterion.text,
                PerformanceCriterion.case_identifier,
            )
            .join(Element, Element.id == PerformanceCriterion.element_id)
            .where(Element.unit_id.in_(ids))
            .order_by(PerformanceCriterion.element_id, PerformanceCriterion.position)
        ):
            criteria.setdefault(eid, []).append((pos, text, ident))
    for u, category in unit_rows:
        edocs = []
        for eid, epos, title, ident in elements.get(u.id, []):
            cdocs = [
                CriterionDoc(text, cident or criterion_uuid(u.code, u.version, epos, cpos))
                for cpos, text, cident in criteria.get(eid, [])
            ]
            edocs.append(ElementDoc(title, cdocs, ident or element_uuid(u.code, u.version, epos)))
        secs = {k.value: sections.get(u.id, {}).get(k.value, "") for k in SectionKind}
        units.append(
            UnitDoc(
                code=u.code,
                title=u.title,
                version=u.version,
                category=UnitCategory(category).value,
                credits=u.credits,
                nominal_hours=u.nominal_hours,
                status=StandardStatus(u.status).value,
                sections={k: v for k, v in secs.items() if v},
                elements=edocs,
                case_identifier=u.case_identifier or unit_uuid(u.code, u.version),
            )
        )
    return QualificationDoc(
        code=q.code,
        title=q.title,
        version=q.version,
        level=q.level,
        sector=q.sector,
        description=q.description,
        status=StandardStatus(q.status).value,
        packaging_rule=PackagingRule(q.packaging_rule).value,
        electives_required=q.electives_required,
        credits_required=q.credits_required,
        awarding_body_code=body.code,
        awarding_body_name=body.name,
        awarding_body_country=body.country,
        awarding_body_level_scale=body.level_scale,
        units=units,
        case_identifier=q.case_identifier or qualification_uuid(q.code, q.version),
    )


# --- Files --------------------------------------------------------------------------------

IMPORT_SUFFIXES = {".xlsx": "Excel workbook", ".json": "CASE JSON package", ".csv": "Moodle competency framework CSV"}
EXPORT_SUFFIXES = {
    ".xlsx": "Excel workbook",
    ".json": "CASE 1.1 JSON package",
    ".csv": "Moodle competency framework CSV",
}


def read_standard_file(path: str | Path, *, code: str | None = None, unit_level: int = 1) -> QualificationDoc:
    """Read any supported file into a document (chosen by the file's extension); ``unit_level``: the level of
    a Moodle framework that becomes the units (docs/moodle-csv.md)."""
    # Each reader is imported only when needed: openpyxl alone takes a quarter of a second to load.
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        from skillassess.formats.standards_excel import read_workbook

        doc = read_workbook(path)
    elif suffix == ".json":
        from skillassess.formats.case_json import read_case

        doc = read_case(path, code=code)
    elif suffix == ".csv":
        from skillassess.formats.moodle_csv import read_moodle_csv

        doc = read_moodle_csv(path, unit_level=unit_level)
    else:
        raise ValidationError(
            f"{path.name}: SkillAssess imports standards from "
            + ", ".join(f"{v} ({k})" for k, v in IMPORT_SUFFIXES.items())
            + "."
        )
    if code and suffix != ".json":
        doc.code = code
    return doc


def import_file(
    session: Session, actor: Actor, path: str | Path, *, code: str | None = None, progress: ProgressFn | None = None
) -> ImportResult:
    """Read, check and import a standards file in the caller's transaction."""
    actor.require(Role.ADMINISTRATOR, action="import competency standards")
    doc = read_standard_file(path, code=code)
    return import_document(session, actor, doc, progress)


def import_standard(
    db: Database, actor: Actor, path: str | Path, *, code: str | None = None, progress: ProgressFn | None = None
) -> ImportResult:
    """Read and check a standards file without the write lock, then import it in one short transaction
    (run again if it loses a race with another writer): the use case of the application's Import."""
    actor.require(Role.ADMINISTRATOR, action="import competency standards")
    doc = read_standard_file(path, code=code)
    return db.write(lambda s: import_document(s, actor, doc, progress))


def import_read_document(
    db: Database, actor: Actor, doc: QualificationDoc, progress: ProgressFn | None = None
) -> ImportResult:
    """Import a document already read (and shown to the user in a preview) in one short transaction."""
    actor.require(Role.ADMINISTRATOR, action="import competency standards")
    return db.write(lambda s: import_document(s, actor, doc, progress))


def export_file(session: Session, qualification_id: int, path: str | Path) -> QualificationDoc:
    """Write a qualification version to .xlsx, CASE .json or Moodle .csv (chosen by the file's extension)."""
    from skillassess.formats.case_json_writer import write_case
    from skillassess.formats.standards_excel import write_workbook

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        raise ValidationError(
            f"{path.name}: SkillAssess exports standards as "
            + " or ".join(f"{v} ({k})" for k, v in EXPORT_SUFFIXES.items())
            + "."
        )
    doc = export_document(session, qualification_id)
    q = session.get(Qualification, qualification_id)
    assert q is not None
    if suffix == ".xlsx":
        write_workbook(doc, path)
    elif suffix == ".csv":
        from skillassess.formats.moodle_csv import write_moodle_csv

        write_moodle_csv(doc, path)
    else:
        write_case(doc, path, changed=q.created_at)
    return doc
