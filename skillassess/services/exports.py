"""Exports of personal data: assessment results, the certificate register, statistics, assessment records.

The queries are read in chunks (``yield_per``: a server-side cursor on PostgreSQL) and written row by row,
so memory stays flat in the number of rows. Every export is made by a signed-in user whose role may
export (EXPORT_ROLES), is named on the About sheet, and is recorded in the audit log: one entry per
export saying what was exported with which filters (never the data), written in the caller's
transaction just before the file appears, so that no file leaves without its entry.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from skillassess.core.enums import AssessmentStatus, AuditAction, CertificateStatus
from skillassess.core.errors import NotFoundError, PermissionDenied, ValidationError
from skillassess.core.messages import Translate, msg
from skillassess.core.models import (
    Assessment,
    Candidate,
    Certificate,
    CertificateUnit,
    Enrolment,
    Qualification,
    Unit,
    User,
)
from skillassess.core.records import Statistics
from skillassess.core.safe_write import atomic_write
from skillassess.formats.xlsx import (
    ColumnSpec,
    ExportInfo,
    ProgressCallback,
    TableWriter,
    atomic_workbook,
    english,
    write_about,
)
from skillassess.services import audit
from skillassess.services.context import Actor
from skillassess.services.export_rights import EXPORT_ROLES as EXPORT_ROLES
from skillassess.services.export_rights import may_export as may_export
from skillassess.services.statistics import in_period, statistics

CHUNK = 2000
# Who may take personal data out of the application in bulk (results, the register, statistics,
# candidate lists). Assessors record and print their own assessments but do not export.


def _require_real_user(actor: Actor) -> None:
    if actor.user_id is None:  # set-up code's "system": nobody to name
        raise PermissionDenied(msg("Sign in first: every export and read of personal data names who made it."))


def require_export(actor: Actor, what: str) -> None:
    """Raise PermissionDenied unless ``actor`` is a signed-in user with a role that may export."""
    _require_real_user(actor)
    actor.require(*EXPORT_ROLES, action=f"export {what}")


def exported_by(actor: Actor) -> str:
    """The exporter as the About sheet names them: full name and user name."""
    return f"{actor.full_name} ({actor.username})" if actor.full_name else actor.username


def record_export(
    session: Session,
    actor: Actor,
    what: str,
    filters: Sequence[tuple[str, str]] = (),
    rows: int | None = None,
    file: Path | None = None,
) -> None:
    """One audit entry for one export: what, with which filters, how many rows, to which file name."""
    _require_real_user(actor)
    after: dict[str, Any] = {"export": what, "filters": dict(filters)}
    if rows is not None:
        after["rows"] = rows
    if file is not None:
        after["file"] = Path(file).name
    audit.record(session, actor, AuditAction.CREATE, "export", what, None, after)
    session.flush()


# --- Results --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ResultFilter:
    """Which results to export: one qualification (by code), a date range (inclusive), one status."""

    qualification: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    status: AssessmentStatus | None = None

    def describe(self) -> list[tuple[str, str]]:
        return [
            ("Qualification", self.qualification or "all"),
            ("Assessed from", self.date_from.isoformat() if self.date_from else "any date"),
            ("Assessed to", self.date_to.isoformat() if self.date_to else "any date"),
            ("Status", english(self.status) if self.status else "all"),
        ]


# The candidate as every results workbook describes them (the centre's and the national register's).
CANDIDATE_COLUMNS = [
    ColumnSpec("Registration number", "text", 20),
    ColumnSpec("Family name", "text", 18),
    ColumnSpec("Given names", "text", 20),
    ColumnSpec("Name (local script)", "text", 20),
    ColumnSpec("Sex", "text", 8),
    ColumnSpec("Date of birth", "date", 12),
    ColumnSpec("Nationality", "text", 11),
    ColumnSpec("Disability", "text", 11),
]
RESULT_COLUMNS = [
    *CANDIDATE_COLUMNS,
    ColumnSpec("Qualification", "text", 14),
    ColumnSpec("Qualification title", "text", 30),
    ColumnSpec("Unit code", "text", 12),
    ColumnSpec("Unit title", "text", 40),
    ColumnSpec("Unit version", "int", 8),
    ColumnSpec("Pathway", "text", 10),
    ColumnSpec("Attempt", "int", 8),
    ColumnSpec("Outcome", "text", 18),
    ColumnSpec("Outcome code", "text", 9),
    ColumnSpec("Date assessed", "date", 12),
    ColumnSpec("Assessor", "text", 20),
    ColumnSpec("Verifier", "text", 20),
    ColumnSpec("Status", "text", 11),
]


def _results_stmt(f: ResultFilter):  # type: ignore[no-untyped-def]  # Select's generics differ in SQLAlchemy 2.0 and 2.1
    assessor = aliased(User)
    verifier = aliased(User)
    stmt = (
        select(
            Candidate.registration_number,
            Candidate.family_name,
            Candidate.given_names,
            Candidate.name_local,
            Candidate.sex,
            Candidate.date_of_birth,
            Candidate.nationality,
            Candidate.disability,
            Qualification.code,
            Qualification.title,
            Unit.code,
            Unit.title,
            Unit.version,
            Enrolment.pathway,
            Assessment.attempt,
            Assessment.outcome,
            Assessment.assessed_on,
            assessor.full_name,
            assessor.username,
            verifier.full_name,
            verifier.username,
            Assessment.status,
        )
        .select_from(Assessment)
        .join(Candidate, Assessment.candidate_id == Candidate.id)
        .join(Unit, Assessment.unit_id == Unit.id)
        .join(assessor, Assessment.assessor_id == assessor.id)
        .outerjoin(verifier, Assessment.verifier_id == verifier.id)
        .outerjoin(Enrolment, Assessment.enrolment_id == Enrolment.id)
        .outerjoin(Qualification, Enrolment.qualification_id == Qualification.id)
    )
    if f.qualification:
        stmt = stmt.where(Qualification.code == f.qualification)
    stmt = in_period(stmt, Assessment.assessed_on, f.date_from, f.date_to)
    if f.status:
        stmt = stmt.where(Assessment.status == f.status)
    return stmt


def _check_filter(session: Session, f: ResultFilter) -> None:
    if f.qualification and session.scalar(select(func.count()).where(Qualification.code == f.qualification)) == 0:
        raise NotFoundError(f"There is no qualification with the code {f.qualification}; check the code.")
    if f.date_from and f.date_to and f.date_from > f.date_to:
        raise ValidationError(
            f"The date range {f.date_from.isoformat()} to {f.date_to.isoformat()} is empty: "
            "the start date is after the end date."
        )


def count_results(session: Session, f: ResultFilter) -> int:
    """How many result rows the filter selects."""
    sub = _results_stmt(f).subquery()
    return int(session.execute(select(func.count()).select_from(sub)).scalar_one())


def iter_results(session: Session, f: ResultFilter) -> Iterator[tuple[Any, ...]]:
    """Result rows in the column order of RESULT_COLUMNS, read from the database in chunks."""
    stmt = _results_stmt(f).order_by(Candidate.registration_number, Unit.code, Assessment.attempt, Assessment.id)
    # Core execution on the session's connection: the same rows without the ORM's per-row work (40% faster).
    for r in session.connection().execute(stmt.execution_options(yield_per=CHUNK)):
        (
            reg,
            family,
            given,
            local,
            sex,
            dob,
            nat,
            disability,
            q_code,
            q_title,
            u_code,
            u_title,
            u_version,
            pathway,
            attempt,
            outcome,
            on,
            a_full,
            a_user,
            v_full,
            v_user,
            status,
        ) = r
        yield (
            reg,
            family,
            given,
            local,
            english(sex),
            dob,
            nat,
            english(disability),
            q_code,
            q_title,
            u_code,
            u_title,
            u_version,
            english(pathway),
            attempt,
            english(outcome),
            outcome.code if outcome is not None else None,
            on,
            a_full or a_user,
            (v_full or v_user) if v_user else None,
            english(status),
        )


def export_results(
    session: Session,
    actor: Actor,
    path: Path,
    f: ResultFilter | None = None,
    *,
    database: str = "",
    progress: ProgressCallback | None = None,
) -> int:
    """Write the results workbook to ``path``; returns the number of rows. Nothing is left on failure.

    Needs a role that may export; recorded in the audit log in the caller's transaction.
    """
    require_export(actor, "results")
    f = f or ResultFilter()
    _check_filter(session, f)
    total = count_results(session, f)
    n = 0
    with atomic_workbook(Path(path), lambda: record_export(session, actor, "results", f.describe(), n, path)) as wb:
        table = TableWriter(wb, "Results", RESULT_COLUMNS)
        n = table.write_all(iter_results(session, f), total, progress)
        table.finish()
        write_about(
            wb,
            ExportInfo(
                what="Assessment results: one row per candidate and unit attempt",
                exported_by=exported_by(actor),
                database=database,
                filters=f.describe(),
                rows=n,
                notes=[
                    (
                        "Outcome codes: C Competent, NYC Not yet competent, RPL RPL granted, "
                        "CT Credit transfer, W Withdrawn."
                    )
                ],
            ),
        )
    return n


# --- Certificate register -----------------------------------------------------------------------

REGISTER_COLUMNS = [
    ColumnSpec("Serial", "text", 22),
    ColumnSpec("Type", "text", 26),
    ColumnSpec("Registration number", "text", 20),
    ColumnSpec("Candidate", "text", 28),
    ColumnSpec("Qualification", "text", 14),
    ColumnSpec("Qualification title", "text", 30),
    ColumnSpec("Units", "text", 40),
    ColumnSpec("Number of units", "int", 9),
    ColumnSpec("Issue date", "date", 12),
    ColumnSpec("Status", "text", 11),
    ColumnSpec("Reprints", "int", 9),
    ColumnSpec("Revoked on", "date", 12),
    ColumnSpec("Reason for revocation", "text", 40),
]


def register_status(status: CertificateStatus, reprint_count: int) -> str:
    """Issued, Reprinted or Revoked, as the register shows it."""
    if status == CertificateStatus.REVOKED:
        return "Revoked"
    return "Reprinted" if reprint_count > 0 else "Issued"


def count_register(session: Session) -> int:
    return int(session.execute(select(func.count(Certificate.id))).scalar_one())


def iter_register(session: Session) -> Iterator[tuple[Any, ...]]:
    """Certificate register rows (REGISTER_COLUMNS order), serial order, units listed by code."""
    stmt = (
        select(
            Certificate.id,
            Certificate.serial,
            Certificate.kind,
            Candidate.registration_number,
            Candidate.given_names,
            Candidate.family_name,
            Qualification.code,
            Qualification.title,
            Certificate.issued_on,
            Certificate.status,
            Certificate.reprint_count,
            Certificate.revoked_at,
            Certificate.revoked_reason,
            Unit.code,
        )
        .select_from(Certificate)
        .join(Candidate, Certificate.candidate_id == Candidate.id)
        .join(Qualification, Certificate.qualification_id == Qualification.id)
        .outerjoin(CertificateUnit, CertificateUnit.certificate_id == Certificate.id)
        .outerjoin(Unit, CertificateUnit.unit_id == Unit.id)
        .order_by(Certificate.serial, Certificate.id, CertificateUnit.position, Unit.code)
        .execution_options(yield_per=CHUNK)
    )
    rows = session.connection().execute(stmt)
    for _cid, group in itertools.groupby(rows, key=lambda r: r[0]):
        items = list(group)
        (
            _id,
            serial,
            kind,
            reg,
            given,
            family,
            q_code,
            q_title,
            issued_on,
            status,
            reprints,
            revoked_at,
            reason,
            _u,
        ) = items[0]
        units = [r[-1] for r in items if r[-1] is not None]
        yield (
            serial,
            english(kind),
            reg,
            f"{given} {family}".strip(),
            q_code,
            q_title,
            ", ".join(units),
            len(units),
            issued_on,
            register_status(status, reprints),
            reprints,
            revoked_at.date() if revoked_at is not None else None,
            reason if status == CertificateStatus.REVOKED else None,
        )


def export_register(
    session: Session,
    actor: Actor,
    path: Path,
    *,
    database: str = "",
    progress: ProgressCallback | None = None,
) -> int:
    """Write the certificate register workbook to ``path``; returns the number of certificates (audited)."""
    require_export(actor, "the certificate register")
    total = count_register(session)
    n = 0
    filters = [("Certificates", "all, revoked ones included")]
    with atomic_workbook(Path(path), lambda: record_export(session, actor, "register", filters, n, path)) as wb:
        table = TableWriter(wb, "Certificate register", REGISTER_COLUMNS)
        n = table.write_all(iter_register(session), total, progress)
        table.finish()
        write_about(
            wb,
            ExportInfo(
                what="Certificate register: every certificate and statement of attainment issued",
                exported_by=exported_by(actor),
                database=database,
                filters=filters,
                rows=n,
                notes=[
                    (
                        "Reprinted: issued and printed again (the Reprints column says how often). "
                        "Revoked certificates stay in the register with the reason."
                    )
                ],
            ),
        )
    return n


# --- Statistics -------------------------------------------------------------------------------------


def export_statistics(
    session: Session,
    actor: Actor,
    path: Path,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    *,
    database: str = "",
) -> Statistics:
    """Write the statistics workbook (by sex; by qualification, age group, disability, nationality; charts).

    Small counts can single people out (one woman with a disability in a qualification): a statistics
    export is an export of personal data like the others (role, audit).
    """
    require_export(actor, "statistics")
    if date_from and date_to and date_from > date_to:
        raise ValidationError(
            f"The date range {date_from.isoformat()} to {date_to.isoformat()} is empty: "
            "the start date is after the end date."
        )
    stats = statistics(session, date_from, date_to)
    publish_statistics(session, actor, "statistics", stats, path, [], date_from, date_to, database=database)
    return stats


def publish_statistics(
    session: Session,
    actor: Actor,
    what: str,
    stats: Statistics,
    path: Path,
    filters: list[tuple[str, str]],
    date_from: dt.date | None,
    date_to: dt.date | None,
    *,
    database: str = "",
) -> None:
    """Write a statistics workbook (the centre's or the register's) and record it as an export of ``what``
    (``filters`` then the period as the audit entry names them) just before the file appears."""
    from skillassess.formats.statistics_xlsx import write_statistics

    filters = [
        *filters,
        ("From", date_from.isoformat() if date_from else "the first record"),
        ("To", date_to.isoformat() if date_to else "today"),
    ]
    write_statistics(
        stats,
        Path(path),
        exported_by=exported_by(actor),
        database=database,
        before_publish=lambda: record_export(session, actor, what, filters, None, path),
    )


# --- One assessment record ------------------------------------------------------------------------


def export_assessment_record(
    session: Session, actor: Actor, assessment_id: int, path: Path, translate: Translate | None = None
) -> None:
    """Write the PDF record of one assessment (any signed-in user; recorded in the audit log), its fixed
    wording in the language of ``translate`` (the interface's; English when None)."""
    from skillassess.formats.assessment_record_pdf import assessment_record_pdf
    from skillassess.services.centre import centre_name
    from skillassess.services.recording.reading import assessment_detail

    _require_real_user(actor)
    detail = assessment_detail(session, assessment_id)
    data = assessment_record_pdf(detail, centre_name(session), translate=translate)
    facts = [
        ("Assessment", str(assessment_id)),
        ("Candidate", detail.registration_number),
        ("Unit", f"{detail.unit_code} v{detail.unit_version}"),
    ]
    # Recorded in the audit log once the file is complete, just before it appears.
    with atomic_write(
        path, before_publish=lambda: record_export(session, actor, "assessment_record", facts, None, path)
    ) as out:
        out.write(data)


def print_assessment_record(session: Session, actor: Actor, assessment_id: int) -> bytes:
    """The PDF record of one assessment for printing (any signed-in user); the printing is recorded in the
    audit log as an export without a file, in the same transaction (so nothing is printed unrecorded)."""
    from skillassess.formats.assessment_record_pdf import assessment_record_pdf
    from skillassess.services.centre import centre_name
    from skillassess.services.recording.reading import assessment_detail

    _require_real_user(actor)
    detail = assessment_detail(session, assessment_id)
    data = assessment_record_pdf(detail, centre_name(session))
    facts = [
        ("Assessment", str(assessment_id)),
        ("Candidate", detail.registration_number),
        ("Unit", f"{detail.unit_code} v{detail.unit_version}"),
    ]
    record_export(session, actor, "assessment_record_printed", facts)
    return data
