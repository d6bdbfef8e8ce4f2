"""The national register at an awarding body: the imported records of every registered centre, read with a
centre filter. Statistics count candidates as services/statistics.py does (each candidate once per row and
once in the total; women and men apart), by qualification, age group, disability, nationality and centre;
a candidate is a centre's candidate (centre code + registration number), never merged across centres.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from skillassess.core.models import (
    ExchangePartner,
    RegisterCandidate,
    RegisterCertificate,
    RegisterEnrolment,
    RegisterResult,
)
from skillassess.core.records import MEASURES, Breakdown, SexCounts, Statistics, StatRow
from skillassess.formats.xlsx import ColumnSpec
from skillassess.services.context import Actor
from skillassess.services.exports import CANDIDATE_COLUMNS
from skillassess.services.statistics import AGE_GROUPS, UNKNOWN, age_group, in_period

ACHIEVED = ("competent", "rpl_granted", "credit_transfer")
BREAKDOWNS = (
    ("centre", "By centre"),
    ("qualification", "By qualification"),
    ("age_group", "By age group"),
    ("disability", "By disability"),
    ("nationality", "By nationality"),
)


@dataclass(frozen=True)
class RegisterCounts:
    candidates: int
    enrolments: int
    results: int
    certificates: int
    revoked: int


@dataclass(frozen=True)
class RegisterResultRow:
    centre: str
    registration_number: str
    name: str
    sex: str
    unit: str
    unit_version: int
    attempt: int
    qualification: str
    assessed_on: dt.date
    outcome: str
    assessor: str


@dataclass(frozen=True)
class RegisterCertificateRow:
    centre: str
    serial: str
    registration_number: str
    name: str
    kind: str
    qualification: str
    qualification_version: int
    issued_on: dt.date
    status: str
    revoked_reason: str
    reprint_count: int


def _partner_filter(stmt, centre: str | None):  # type: ignore[no-untyped-def]
    if centre:
        stmt = stmt.where(
            RegisterCandidate.partner_id
            == select(ExchangePartner.id).where(ExchangePartner.code == centre).scalar_subquery()
        )
    return stmt


def register_counts(session: Session, centre: str | None = None) -> RegisterCounts:
    def count(model: Any) -> int:
        stmt = select(func.count()).select_from(model)
        if model is not RegisterCandidate:
            stmt = stmt.join(RegisterCandidate, RegisterCandidate.id == model.candidate_id)
        return int(session.execute(_partner_filter(stmt, centre)).scalar_one())

    revoked = session.execute(
        _partner_filter(
            select(func.count())
            .select_from(RegisterCertificate)
            .join(RegisterCandidate, RegisterCandidate.id == RegisterCertificate.candidate_id)
            .where(RegisterCertificate.status == "revoked"),
            centre,
        )
    ).scalar_one()
    return RegisterCounts(
        count(RegisterCandidate),
        count(RegisterEnrolment),
        count(RegisterResult),
        count(RegisterCertificate),
        int(revoked),
    )


def register_registered(session: Session, centre: str | None = None) -> SexCounts:
    """The register's candidates by sex (one centre or all), as the Reports page's first row."""
    stmt = _partner_filter(
        select(RegisterCandidate.sex, func.count()).select_from(RegisterCandidate).group_by(RegisterCandidate.sex),
        centre,
    )
    by_sex = {sex: int(n) for sex, n in session.execute(stmt)}
    return SexCounts(female=by_sex.get("female", 0), male=by_sex.get("male", 0))


def register_results(
    session: Session, centre: str | None = None, *, limit: int = 500, offset: int = 0
) -> list[RegisterResultRow]:
    stmt = (
        select(ExchangePartner.code, RegisterCandidate, RegisterResult)
        .join(RegisterCandidate, RegisterCandidate.id == RegisterResult.candidate_id)
        .join(ExchangePartner, ExchangePartner.id == RegisterCandidate.partner_id)
        .order_by(
            ExchangePartner.code,
            RegisterCandidate.registration_number,
            RegisterResult.unit_code,
            RegisterResult.attempt,
        )
        .limit(limit)
        .offset(offset)
    )
    return [
        RegisterResultRow(
            code,
            c.registration_number,
            f"{c.given_names} {c.family_name}".strip(),
            c.sex,
            r.unit_code,
            r.unit_version,
            r.attempt,
            r.qualification_code,
            r.assessed_on,
            r.outcome,
            r.assessor,
        )
        for code, c, r in session.execute(_partner_filter(stmt, centre))
    ]


def register_certificates(session: Session, centre: str | None = None) -> list[RegisterCertificateRow]:
    stmt = (
        select(ExchangePartner.code, RegisterCandidate, RegisterCertificate)
        .join(RegisterCandidate, RegisterCandidate.id == RegisterCertificate.candidate_id)
        .join(ExchangePartner, ExchangePartner.id == RegisterCandidate.partner_id)
        .order_by(ExchangePartner.code, RegisterCertificate.serial)
    )
    return [
        RegisterCertificateRow(
            code,
            x.serial,
            c.registration_number,
            f"{c.given_names} {c.family_name}".strip(),
            x.kind,
            x.qualification_code,
            x.qualification_version,
            x.issued_on,
            x.status,
            x.revoked_reason,
            x.reprint_count,
        )
        for code, c, x in session.execute(_partner_filter(stmt, centre))
    ]


def register_statistics(
    session: Session, centre: str | None = None, date_from: dt.date | None = None, date_to: dt.date | None = None
) -> Statistics:
    """Candidates assessed, competent and certified across centres (or one), by sex and each breakdown."""
    ages_on = date_to or dt.date.today()
    ids: dict[str, dict[str, dict[str, dict[str, set[int]]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(lambda: defaultdict(set)))
    )
    person = (
        RegisterCandidate.id,
        RegisterCandidate.sex,
        RegisterCandidate.date_of_birth,
        RegisterCandidate.nationality,
        RegisterCandidate.disability,
        ExchangePartner.code,
    )

    def add(measure: str, stmt) -> None:  # type: ignore[no-untyped-def]
        for cid, sex, born, nationality, disability, code, q_code in session.execute(_partner_filter(stmt, centre)):
            for key, cat in (
                ("total", "total"),
                ("centre", code),
                ("qualification", q_code or UNKNOWN),
                ("age_group", age_group(born, ages_on)),
                ("disability", disability),
                ("nationality", nationality or UNKNOWN),
            ):
                ids[key][cat][measure][sex].add(cid)

    results = (
        select(*person, RegisterResult.qualification_code)
        .select_from(RegisterResult)
        .join(RegisterCandidate, RegisterCandidate.id == RegisterResult.candidate_id)
        .join(ExchangePartner, ExchangePartner.id == RegisterCandidate.partner_id)
        .distinct()
    )
    results = in_period(results, RegisterResult.assessed_on, date_from, date_to)
    add("assessed", results)
    add("competent", results.where(RegisterResult.outcome.in_(ACHIEVED)))
    certified = (
        select(*person, RegisterCertificate.qualification_code)
        .select_from(RegisterCertificate)
        .join(RegisterCandidate, RegisterCandidate.id == RegisterCertificate.candidate_id)
        .join(ExchangePartner, ExchangePartner.id == RegisterCandidate.partner_id)
        .where(RegisterCertificate.status != "revoked")
        .distinct()
    )
    certified = in_period(certified, RegisterCertificate.issued_on, date_from, date_to)
    add("certified", certified)

    def row(key: str, label: str, groups: dict[str, dict[str, set[int]]]) -> StatRow:
        out = StatRow(key, label)
        for m in MEASURES:
            setattr(out, m, SexCounts(female=len(groups[m]["female"]), male=len(groups[m]["male"])))
        return out

    total = row("total", "Total", ids["total"]["total"])
    names: dict[str, str] = dict(session.execute(select(ExchangePartner.code, ExchangePartner.name)).all())

    def categories(key: str) -> list[tuple[str, str]]:
        present = ids[key]
        if key == "age_group":
            cats = [(k, label) for k, label, _lo, _hi in AGE_GROUPS]
        elif key == "disability":
            cats = [("yes", "With a disability"), ("no", "Without a disability"), ("not_stated", "Not stated")]
        elif key == "centre":
            cats = [(k, f"{k} {names.get(k, '')}".strip()) for k in sorted(present)]
        else:
            cats = [(k, k) for k in sorted(k for k in present if k != UNKNOWN)]
        if UNKNOWN in present and key not in ("age_group", "disability"):
            cats.append((UNKNOWN, "No qualification" if key == "qualification" else "Not recorded"))
        elif UNKNOWN in present and key == "age_group":
            cats.append((UNKNOWN, "Not recorded"))
        return cats

    empty: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    breakdowns = [
        Breakdown(key, title, [row(k, label, ids[key].get(k, empty)) for k, label in categories(key)], total)
        for key, title in BREAKDOWNS
    ]
    return Statistics(date_from, date_to, ages_on, total, breakdowns)


def export_register_statistics(
    session: Session,
    actor: Actor,
    path: Path,
    centre: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    *,
    database: str = "",
) -> Statistics:
    """The statistics workbook of the national register (by centre too), one centre or all; audited as an export."""
    from skillassess.services.exports import publish_statistics, require_export

    require_export(actor, "register statistics")
    stats = register_statistics(session, centre, date_from, date_to)
    centre_filter = [("Centre", centre or "all registered centres")]
    publish_statistics(
        session, actor, "register statistics", stats, path, centre_filter, date_from, date_to, database=database
    )
    return stats


REGISTER_RESULT_COLUMNS = [
    ColumnSpec("Centre", "text", 10),
    *CANDIDATE_COLUMNS,
    ColumnSpec("Qualification", "text", 14),
    ColumnSpec("Unit code", "text", 12),
    ColumnSpec("Unit version", "int", 8),
    ColumnSpec("Attempt", "int", 8),
    ColumnSpec("Outcome", "text", 18),
    ColumnSpec("Date assessed", "date", 12),
    ColumnSpec("Assessor", "text", 20),
    ColumnSpec("Moderation", "text", 14),
]
REGISTER_CERTIFICATE_COLUMNS = [
    ColumnSpec("Centre", "text", 10),
    ColumnSpec("Serial", "text", 22),
    ColumnSpec("Registration number", "text", 20),
    ColumnSpec("Candidate", "text", 28),
    ColumnSpec("Kind", "text", 12),
    ColumnSpec("Qualification", "text", 14),
    ColumnSpec("Version", "int", 8),
    ColumnSpec("Issued on", "date", 12),
    ColumnSpec("Status", "text", 10),
    ColumnSpec("Revoked because", "text", 30),
    ColumnSpec("Reprints", "int", 8),
]


def _english(value: str) -> str:
    return value.replace("_", " ").capitalize() if value else ""


def _register_result_rows(session: Session, centre: str | None) -> Iterator[tuple[Any, ...]]:
    from skillassess.core.models import Moderation

    stmt = (
        select(
            ExchangePartner.code,
            RegisterCandidate.registration_number,
            RegisterCandidate.family_name,
            RegisterCandidate.given_names,
            RegisterCandidate.name_local,
            RegisterCandidate.sex,
            RegisterCandidate.date_of_birth,
            RegisterCandidate.nationality,
            RegisterCandidate.disability,
            RegisterResult.qualification_code,
            RegisterResult.unit_code,
            RegisterResult.unit_version,
            RegisterResult.attempt,
            RegisterResult.outcome,
            RegisterResult.assessed_on,
            RegisterResult.assessor,
            Moderation.outcome,
            Moderation.id,
        )
        .select_from(RegisterResult)
        .join(RegisterCandidate, RegisterCandidate.id == RegisterResult.candidate_id)
        .join(ExchangePartner, ExchangePartner.id == RegisterCandidate.partner_id)
        .outerjoin(Moderation, Moderation.result_id == RegisterResult.id)
        .order_by(
            ExchangePartner.code,
            RegisterCandidate.registration_number,
            RegisterResult.unit_code,
            RegisterResult.attempt,
        )
        .execution_options(yield_per=5000)
    )
    for r in session.connection().execute(_partner_filter(stmt, centre)):
        *head, moderated, sampled = r
        yield (
            *head[:5],
            _english(head[5]),
            *head[6:8],
            _english(head[8]),
            *head[9:13],
            _english(head[13]),
            *head[14:16],
            _english(moderated) if moderated else ("Sampled" if sampled else ""),
        )


def export_register_results(
    session: Session, actor: Actor, path: Path, centre: str | None = None, *, database: str = ""
) -> int:
    """The national register's results (one centre or all) as a workbook; audited as an export. Returns the rows."""
    from skillassess.formats.xlsx import ExportInfo, TableWriter, atomic_workbook, write_about
    from skillassess.services.exports import exported_by, record_export, require_export

    require_export(actor, "register results")
    filters = [("Centre", centre or "all registered centres")]
    total = register_counts(session, centre).results
    n = 0
    with atomic_workbook(Path(path), lambda: record_export(session, actor, "register results", filters, n, path)) as wb:
        table = TableWriter(wb, "Results", REGISTER_RESULT_COLUMNS)
        n = table.write_all(_register_result_rows(session, centre), total, None)
        table.finish()
        write_about(
            wb,
            ExportInfo(
                what="National register: verified results imported from the centres' exchange bundles",
                exported_by=exported_by(actor),
                database=database,
                filters=filters,
                rows=n,
            ),
        )
    return n


def export_register_certificates(
    session: Session, actor: Actor, path: Path, centre: str | None = None, *, database: str = ""
) -> int:
    """The certificates the centres issued, reprinted and revoked (one centre or all); audited as an export."""
    from skillassess.formats.xlsx import ExportInfo, TableWriter, atomic_workbook, write_about
    from skillassess.services.exports import exported_by, record_export, require_export

    require_export(actor, "register certificates")
    filters = [("Centre", centre or "all registered centres")]
    rows = register_certificates(session, centre)
    with atomic_workbook(
        Path(path), lambda: record_export(session, actor, "register certificates", filters, len(rows), path)
    ) as wb:
        table = TableWriter(wb, "Certificates", REGISTER_CERTIFICATE_COLUMNS)
        table.write_all(
            (
                (
                    r.centre,
                    r.serial,
                    r.registration_number,
                    r.name,
                    _english(r.kind),
                    r.qualification,
                    r.qualification_version,
                    r.issued_on,
                    _english(r.status),
                    r.revoked_reason,
                    r.reprint_count,
                )
                for r in rows
            ),
            len(rows),
            None,
        )
        table.finish()
        write_about(
            wb,
            ExportInfo(
                what="National register: certificates issued, reprinted and revoked by the centres",
                exported_by=exported_by(actor),
                database=database,
                filters=filters,
                rows=len(rows),
            ),
        )
    return len(rows)
