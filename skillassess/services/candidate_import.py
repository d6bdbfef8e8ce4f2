"""Importing a candidate list from Excel: all or nothing, every problem by row and column.

A candidate already registered (same registration number or same ID number) is reported and not
registered again; that is not a problem and does not stop the import.

The import holds the database's write lock only briefly, so that other users (and the grid of the
recording window) keep saving while a big list goes in:

1. read and check the whole file, and every row against the database, without a write
   transaction (on SQLite other writers are not blocked by readers);
2. write every row in one short transaction (bulk inserts, one audit entry per record), which
   first looks again at what changed since step 1: a candidate registered meanwhile with the same
   registration number or ID number is reported as already registered, as it would have been.

All or nothing therefore holds for everyone: other users see the whole list appear at once or not
at all, a cancelled or interrupted import leaves nothing, and a power cut during step 2 leaves
what SQLite's journal guarantees for one transaction: nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import Table, func, or_, select, text
from sqlalchemy.orm import Session

from skillassess.core.enums import (
    AuditAction,
    Disability,
    EnrolmentStatus,
    IdType,
    Pathway,
    Role,
    RplStage,
    StandardStatus,
)
from skillassess.core.errors import DomainError, ValidationError
from skillassess.core.messages import msg
from skillassess.core.models import Candidate, Enrolment, Qualification, utcnow, values_as_dict
from skillassess.core.rules import candidate_search_text
from skillassess.db.bulk import BulkRows
from skillassess.db.concurrency import lock_writes
from skillassess.db.database import Database
from skillassess.formats.candidates_excel import BY_KEY, ReadResult, read_candidates, write_template
from skillassess.services.audit import Change, dump, record_many
from skillassess.services.candidate_search import search_index_in_bulk
from skillassess.services.candidates import FIELD_LABELS, CandidateData, check_fields, clean, next_registration_number
from skillassess.services.centre import the_centre
from skillassess.services.context import Actor
from skillassess.services.enrolment import qualification_choices

Progress = Callable[[int, int], None]
# Progress is reported in thousandths: reading the file is most of the time, writing the least.
_READ, _CHECK, _WRITE = 600, 250, 150


@dataclass(frozen=True)
class ExistingCandidate:
    row: int
    registration_number: str  # of the record already in the database
    reason: str


@dataclass
class ImportReport:
    file: str
    created: list[str] = field(default_factory=list)  # registration numbers, in row order
    existing: list[ExistingCandidate] = field(default_factory=list)
    enrolled: int = 0


@dataclass
class _Planned:
    row: int
    data: CandidateData
    qualification_code: str | None
    pathway: Pathway
    enrolled_on: dt.date | None


@dataclass
class _Plan:
    rows: list[_Planned]
    existing: list[ExistingCandidate]
    file_regnos: set[str]  # registration numbers given in the file
    last_candidate_id: int  # the newest candidate when the rows were checked
    checked_at: dt.datetime


def qualification_codes(session: Session) -> list[str]:
    return sorted({q.code for q in qualification_choices(session)})


def write_candidate_template(session: Session, path: Path) -> None:
    """The Excel template, with the database's qualification codes in its drop-down list."""
    write_template(Path(path), qualification_codes(session))


def import_candidates(
    db: Database,
    actor: Actor,
    path: Path,
    *,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Read and check every row, then register all (and enrol) in one short transaction, or nothing."""
    actor.require(Role.ASSESSOR, Role.ADMINISTRATOR, action="import candidates")
    path = Path(path)
    today = today or dt.date.today()
    step = progress or (lambda _done, _total: None)
    with db.session() as s:
        codes = qualification_codes(s)
    result = read_candidates(path, codes, progress=lambda done, total: step(done * _READ // max(total, 1), 1000))
    with db.session() as s:
        plan = _check(s, path, result, today, step)
        batch = _prepare(s, path, plan.rows, plan.file_regnos, today)
    with db.transaction() as s:
        report = _write(s, actor, path, plan, batch, today, step)
    step(1000, 1000)
    return report


def _data(v: dict[str, Any]) -> CandidateData:
    return CandidateData(
        family_name=v.get("family_name") or "",
        given_names=v.get("given_names") or "",
        sex=v.get("sex"),
        name_local=v.get("name_local") or "",
        date_of_birth=v.get("date_of_birth"),
        id_type=v.get("id_type") or IdType.NATIONAL_ID,
        national_id=v.get("national_id") or None,
        nationality=v.get("nationality") or "",
        disability=v.get("disability") or Disability.NOT_STATED,
        disability_details=v.get("disability_details") or "",
        phone=v.get("phone") or "",
        email=v.get("email") or "",
        address=v.get("address") or "",
        education=v.get("education") or "",
        occupation=v.get("occupation") or "",
        years_experience=v.get("years_experience"),
        notes=v.get("notes") or "",
        registration_number=v.get("registration_number") or "",
    )


def _registered(
    session: Session, since_id: int = 0, since: dt.datetime | None = None
) -> tuple[set[str], dict[str, str]]:
    """Registration numbers, and the first registration number of each ID number, in the database.

    With ``since_id``/``since``: only of candidates added or changed after those (what changed while
    a file was being checked).
    """
    stmt = select(Candidate.registration_number, Candidate.national_id).order_by(Candidate.id)
    if since_id or since is not None:
        stmt = stmt.where(or_(Candidate.id > since_id, Candidate.updated_at >= since))
    regnos: set[str] = set()
    by_id: dict[str, str] = {}
    for regno, national_id in session.execute(stmt):
        regnos.add(regno)
        if national_id:
            by_id.setdefault(national_id, regno)
    return regnos, by_id


def _already(data: CandidateData, row: int, regnos: set[str], by_id: dict[str, str]) -> ExistingCandidate | None:
    if data.registration_number and data.registration_number in regnos:
        regno = data.registration_number
        return ExistingCandidate(row, regno, f"registration number {regno} is already registered")
    if data.national_id and data.national_id in by_id:
        return ExistingCandidate(
            row, by_id[data.national_id], f"ID number {data.national_id} belongs to {by_id[data.national_id]}"
        )
    return None


def _check(session: Session, path: Path, result: ReadResult, today: dt.date, step: Progress) -> _Plan:
    """Every problem of every row (ValidationError), or the plan of what to write."""
    problems = list(result.problems)
    reported = {p.split(":", 1)[0] for p in problems}  # cells the reader already found wrong
    letters = result.columns
    checked_at = utcnow()
    last_id = int(session.execute(select(func.coalesce(func.max(Candidate.id), 0))).scalar_one())
    regnos, by_id = _registered(session)
    planned: list[_Planned] = []
    existing: list[ExistingCandidate] = []
    seen_ids: dict[str, int] = {}
    seen_regnos: dict[str, int] = {}
    total = len(result.rows)

    def add(problem: str) -> None:
        problems.append(problem)
        reported.add(problem.split(":", 1)[0])

    for n, row in enumerate(result.rows):
        if n % 1000 == 0:
            step(_READ + n * _CHECK // max(total, 1), 1000)
        v = row.values
        raw = _data(v)
        data = clean(raw)
        found = _already(data, row.row, regnos, by_id)
        if found is not None:
            existing.append(found)
            continue
        # The same person twice in the file is a problem to correct, not a guess to make.
        if data.national_id:
            first = seen_ids.setdefault(data.national_id, row.row)
            if first != row.row and "national_id" in letters:
                add(
                    f"Row {row.row}, column {letters['national_id']} (ID number): "
                    f"{data.national_id} is also on row {first}."
                )
        if data.registration_number:
            first = seen_regnos.setdefault(data.registration_number, row.row)
            if first != row.row:
                add(
                    f"Row {row.row}, column {letters['registration_number']} (Registration number): "
                    f"{data.registration_number} is also on row {first}."
                )
        for p in check_fields(raw, today, cleaned=data):
            if p.field in letters:
                where = f"Row {row.row}, column {letters[p.field]} ({BY_KEY[p.field].heading})"
            else:
                where = f"Row {row.row} ({FIELD_LABELS.get(p.field, p.field)})"
            if where in reported:
                continue  # the cell itself was already reported (empty or unreadable)
            add(f"{where}: {p.message}")
        enrolled_on = v.get("enrolled_on")
        if enrolled_on is not None and enrolled_on > today:
            add(
                f"Row {row.row}, column {letters['enrolled_on']} (Enrolled on): {enrolled_on.isoformat()} is in the future."
            )
        planned.append(
            _Planned(row.row, data, v.get("qualification_code"), v.get("pathway") or Pathway.RPL, enrolled_on)
        )
    if problems:
        raise ValidationError(
            f"Nothing was imported from {path.name}: {len(problems)} problem(s) to correct first.", problems
        )
    return _Plan(planned, existing, set(seen_regnos), last_id, checked_at)


def _qualification_ids(session: Session, codes: set[str]) -> dict[str, int]:
    """The newest version of each code that candidates can still be enrolled in."""
    out: dict[str, int] = {}
    if not codes:
        return out
    rows = session.execute(
        select(Qualification.code, Qualification.id)
        .where(Qualification.code.in_(sorted(codes)), Qualification.status != StandardStatus.SUPERSEDED)
        .order_by(Qualification.code, Qualification.version)
    )
    for code, qid in rows:
        out[code] = qid  # the last (newest version) wins
    return out


@dataclass
class _Batch:
    """The rows to insert, converted and complete but for their ids: built before the write transaction."""

    registered: tuple[str, dict[str, int]]  # what it was built from: next number, qualification ids
    regnos: list[str]
    candidates: BulkRows
    candidate_audit: list[str]  # the audit state (JSON), with a placeholder id
    enrolments: BulkRows  # candidate_id given at the insert
    enrolled: list[int]  # for each enrolment, the index of its candidate
    enrolment_audit: list[str]  # with placeholder id and candidate_id


# The audit states are written as JSON before the write transaction, with a placeholder for the ids
# (known only at the insert): a negative number no record has, unique per row, replaced inside the
# transaction. JSON quotes every " inside a text as \", so '"id": -1000000000007' can only be the key.
_PLACEHOLDER = 10**12
_CANDIDATE_COLUMNS = [c.key for c in Candidate.__table__.columns if c.key != "id"]
_ENROLMENT_COLUMNS = [c.key for c in Enrolment.__table__.columns if c.key != "id"]


def _placeholder(n: int) -> int:
    return -(_PLACEHOLDER + n)


def _with_id(state: str, key: str, n: int, value: int) -> str:
    return state.replace(f'"{key}": {_placeholder(n)}', f'"{key}": {value}', 1)


def _prepare(session: Session, path: Path, rows: list[_Planned], taken: set[str], today: dt.date) -> _Batch:
    """Registration numbers, converted column values and audit states of every row (no write)."""
    centre = the_centre(session)
    next_number = next_registration_number(session, today.year)
    qualification_ids = _qualification_ids(session, {p.qualification_code for p in rows if p.qualification_code})
    numbers: Iterator[str] = iter(())
    if any(not p.data.registration_number for p in rows):
        prefix, start = next_number.rsplit("-", 1)
        numbers = (
            regno
            for n in range(int(start), int(start) + 2 * len(rows) + len(taken) + 1)
            if (regno := f"{prefix}-{n:05d}") not in taken
        )
    now = utcnow()
    dialect = session.get_bind().dialect
    table = cast(Table, Candidate.__table__)
    etable = cast(Table, Enrolment.__table__)
    batch = _Batch(
        (next_number, qualification_ids),
        [],
        BulkRows(table, _CANDIDATE_COLUMNS, dialect),
        [],
        BulkRows(etable, _ENROLMENT_COLUMNS, dialect),
        [],
        [],
    )
    for n, p in enumerate(rows):
        d = p.data
        regno = d.registration_number or next(numbers)
        values = {
            "centre_id": centre.id,
            "registration_number": regno,
            "family_name": d.family_name,
            "given_names": d.given_names,
            "name_local": d.name_local,
            "sex": d.sex,
            "date_of_birth": d.date_of_birth,
            "id_type": d.id_type,
            "national_id": d.national_id,
            "nationality": d.nationality,
            "disability": d.disability,
            "disability_details": d.disability_details,
            "phone": d.phone,
            "email": d.email,
            "address": d.address,
            "photo": None,
            "education": d.education,
            "occupation": d.occupation,
            "years_experience": d.years_experience,
            "notes": d.notes,
            "search_text": candidate_search_text(SimpleNamespace(**{**vars(d), "registration_number": regno})),
            "created_at": now,
            "updated_at": now,
        }
        batch.regnos.append(regno)
        batch.candidates.add(values)
        batch.candidate_audit.append(cast(str, dump({**values_as_dict(table, values), "id": _placeholder(n)})))
        if p.qualification_code:
            if p.qualification_code not in qualification_ids:
                raise DomainError(
                    msg(
                        "Nothing was imported from {file}: qualification {code} was superseded while the file was being "
                        "checked; import the file again.",
                        file=path.name,
                        code=p.qualification_code,
                    )
                )
            enrolment = {
                "candidate_id": None,
                "qualification_id": qualification_ids[p.qualification_code],
                "pathway": p.pathway,
                "status": EnrolmentStatus.ACTIVE,
                "stage": RplStage.INFORMATION,
                "enrolled_on": p.enrolled_on or today,
                "created_at": now,
            }
            batch.enrolments.add(enrolment)
            batch.enrolled.append(n)
            batch.enrolment_audit.append(
                cast(
                    str,
                    dump(
                        {
                            **values_as_dict(etable, enrolment),
                            "unit_ids": [],
                            "id": _placeholder(n),
                            "candidate_id": _placeholder(n),
                        }
                    ),
                )
            )
    return batch


def _next_ids(session: Session, table: Table, count: int) -> list[int]:
    """Ids for ``count`` new rows of ``table``, in order.

    On SQLite, inside the write transaction (``Database.transaction`` takes the write lock first)
    no one else inserts: the ids are the next ones after the largest, as SQLite itself would give.
    Elsewhere they are taken from the table's sequence.
    """
    if session.get_bind().dialect.name == "postgresql":
        return list(
            session.execute(
                text("SELECT nextval(pg_get_serial_sequence(:t, 'id')) FROM generate_series(1, :n)"),
                {"t": table.name, "n": count},
            ).scalars()
        )
    first = int(session.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()) + 1
    return list(range(first, first + count))


def _write(
    session: Session, actor: Actor, path: Path, plan: _Plan, batch: _Batch, today: dt.date, step: Progress
) -> ImportReport:
    """Everything of the plan, in the caller's (short) transaction."""
    report = ImportReport(path.name, existing=list(plan.existing))
    # From here no other registration comes in between (PostgreSQL: the advisory write lock; SQLite: the
    # transaction already holds the file's write lock). What was registered while the file was being
    # checked is now "already registered" too.
    lock_writes(session)
    regnos, by_id = _registered(session, plan.last_candidate_id, plan.checked_at)
    rows = plan.rows
    if regnos or by_id:
        rows = []
        for p in plan.rows:
            found = _already(p.data, p.row, regnos, by_id)
            if found is None:
                rows.append(p)
            else:
                report.existing.append(found)
        report.existing.sort(key=lambda e: e.row)
    if not rows:
        return report
    if rows is not plan.rows or _prepare_key(session, rows, today) != batch.registered:
        # Someone registered candidates (or changed a qualification) meanwhile: number and build again.
        batch = _prepare(session, path, rows, plan.file_regnos | regnos, today)
    step(_READ + _CHECK + _WRITE // 10, 1000)
    table = cast(Table, Candidate.__table__)
    ids = _next_ids(session, table, len(batch.regnos))
    with search_index_in_bulk(session):
        batch.candidates.insert(session, ids)
    step(_READ + _CHECK + _WRITE // 2, 1000)
    enrolment_ids = _next_ids(session, cast(Table, Enrolment.__table__), len(batch.enrolled))
    if enrolment_ids:
        batch.enrolments.insert(session, enrolment_ids, late={"candidate_id": [ids[n] for n in batch.enrolled]})
    # One audit entry per record created, as registering and enrolling one by one would write.
    enrolment_of = {n: k for k, n in enumerate(batch.enrolled)}
    changes: list[Change] = []
    for n, (cid, regno, after) in enumerate(zip(ids, batch.regnos, batch.candidate_audit, strict=True)):
        changes.append(
            Change(
                AuditAction.CREATE,
                "candidate",
                regno,
                after_json=_with_id(after, "id", n, cid),
                rows=(("candidate", (cid,)),),
            )
        )
        k = enrolment_of.get(n)
        if k is not None:
            eid = enrolment_ids[k]
            state = _with_id(_with_id(batch.enrolment_audit[k], "id", n, eid), "candidate_id", n, cid)
            changes.append(
                Change(AuditAction.CREATE, "enrolment", eid, after_json=state, rows=(("enrolment", (eid,)),))
            )
    record_many(session, actor, changes)
    report.created = list(batch.regnos)
    report.enrolled = len(enrolment_ids)
    return report


def _prepare_key(session: Session, rows: list[_Planned], today: dt.date) -> tuple[str, dict[str, int]]:
    """What ``_prepare`` depends on in the database (compared again inside the write transaction)."""
    return (
        next_registration_number(session, today.year),
        _qualification_ids(session, {p.qualification_code for p in rows if p.qualification_code}),
    )
