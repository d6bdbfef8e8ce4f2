"""Importing a candidate list from Excel: all or nothing, every problem by row and column.

A candidate already registered (same registration number or same ID number) is reported and not
registered again; that is not a problem and does not stop the import.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from skillassess.core.enums import Disability, IdType, Pathway, Role
from skillassess.core.errors import ValidationError
from skillassess.core.models import Candidate, Qualification
from skillassess.db.concurrency import lock_writes
from skillassess.formats.candidates_excel import BY_KEY, read_candidates, write_template
from skillassess.services.candidates import (
    FIELD_LABELS,
    CandidateData,
    check_candidate,
    create_candidate,
    next_registration_number,
)
from skillassess.services.context import Actor
from skillassess.services.enrolment import enrol, qualification_choices


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


def qualification_codes(session: Session) -> list[str]:
    return sorted({q.code for q in qualification_choices(session)})


def write_candidate_template(session: Session, path: Path) -> None:
    """The Excel template, with the database's qualification codes in its drop-down list."""
    write_template(Path(path), qualification_codes(session))


def _latest_qualification_id(session: Session, code: str) -> int:
    return int(session.execute(
        select(Qualification.id).where(Qualification.code == code).order_by(Qualification.version.desc()).limit(1)
    ).scalar_one())


def import_candidates(
    session: Session,
    actor: Actor,
    path: Path,
    *,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Read, check every row, then register all (and enrol) in the caller's transaction, or nothing."""
    actor.require(Role.ASSESSOR, Role.ADMINISTRATOR, action="import candidates")
    path = Path(path)
    today = today or dt.date.today()
    result = read_candidates(path, qualification_codes(session))
    # From here the rows are checked against the register, then written: no other registration in between.
    lock_writes(session)
    problems = list(result.problems)
    letters = result.columns
    report = ImportReport(path.name)
    to_create: list[tuple[int, CandidateData, str | None, Pathway, dt.date | None]] = []
    seen_ids: dict[str, int] = {}
    seen_regnos: dict[str, int] = {}
    for n, row in enumerate(result.rows):
        if progress is not None and n % 50 == 0:
            progress(n, len(result.rows) * 2)
        v = row.values
        data = CandidateData(
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
            registration_number=(v.get("registration_number") or "").upper(),
        )
        # Already registered? Reported, not registered twice.
        existing = None
        if data.registration_number:
            regno = session.execute(
                select(Candidate.registration_number).where(Candidate.registration_number == data.registration_number)
            ).scalar()
            if regno:
                existing = ExistingCandidate(row.row, regno, f"registration number {regno} is already registered")
        if existing is None and data.national_id:
            regno = session.execute(
                select(Candidate.registration_number).where(Candidate.national_id == data.national_id.strip())
                .order_by(Candidate.id).limit(1)
            ).scalar()
            if regno:
                existing = ExistingCandidate(row.row, regno, f"ID number {data.national_id} belongs to {regno}")
        if existing is not None:
            report.existing.append(existing)
            continue
        # The same person twice in the file is a problem to correct, not a guess to make.
        if data.national_id:
            first = seen_ids.setdefault(data.national_id.strip(), row.row)
            if first != row.row and "national_id" in letters:
                problems.append(f"Row {row.row}, column {letters['national_id']} (ID number): "
                                f"{data.national_id} is also on row {first}.")
        if data.registration_number:
            first = seen_regnos.setdefault(data.registration_number, row.row)
            if first != row.row:
                problems.append(f"Row {row.row}, column {letters['registration_number']} (Registration number): "
                                f"{data.registration_number} is also on row {first}.")
        field_problems, _warnings = check_candidate(session, data, None, today)
        for p in field_problems:
            if p.field in letters:
                where = f"Row {row.row}, column {letters[p.field]} ({BY_KEY[p.field].heading})"
            else:
                where = f"Row {row.row} ({FIELD_LABELS.get(p.field, p.field)})"
            if any(q.startswith(where + ":") for q in problems):
                continue  # the cell itself was already reported (empty or unreadable)
            problems.append(f"{where}: {p.message}")
        enrolled_on = v.get("enrolled_on")
        if enrolled_on is not None and enrolled_on > today:
            problems.append(f"Row {row.row}, column {letters['enrolled_on']} (Enrolled on): "
                            f"{enrolled_on.isoformat()} is in the future.")
        to_create.append((row.row, data, v.get("qualification_code"), v.get("pathway") or Pathway.RPL, enrolled_on))
    if problems:
        raise ValidationError(
            f"Nothing was imported from {path.name}: {len(problems)} problem(s) to correct first.", problems
        )
    numbers: Iterator[str] = iter(())
    if any(not d.registration_number for _, d, *_ in to_create):
        prefix, start = next_registration_number(session, today.year).rsplit("-", 1)
        taken = set(seen_regnos)
        numbers = (
            regno
            for n in range(int(start), int(start) + 2 * len(to_create) + 1)
            if (regno := f"{prefix}-{n:05d}") not in taken
        )
    qual_ids: dict[str, int] = {}
    for n, (_row, data, code, pathway, enrolled_on) in enumerate(to_create):
        if progress is not None and n % 50 == 0:
            progress(len(to_create) + n, len(to_create) * 2)
        if not data.registration_number:
            data.registration_number = next(numbers)
        saved = create_candidate(session, actor, data, today=today)
        report.created.append(saved.registration_number)
        if code:
            if code not in qual_ids:
                qual_ids[code] = _latest_qualification_id(session, code)
            enrol(session, actor, saved.candidate_id, qual_ids[code], pathway, None, enrolled_on or today)
            report.enrolled += 1
    if progress is not None:
        progress(len(to_create) * 2, len(to_create) * 2)
    return report
