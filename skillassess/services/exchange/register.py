"""The national register at an awarding body: the imported records of every registered centre, read with a
centre filter. Statistics count candidates as services/statistics.py does (each candidate once per row and
once in the total; women and men apart), by qualification, age group, disability, nationality and centre;
a candidate is a centre's candidate (centre code + registration number), never merged across centres.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
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
from skillassess.services.context import Actor
from skillassess.services.statistics import AGE_GROUPS, UNKNOWN, age_group

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
    if date_from:
        results = results.where(RegisterResult.assessed_on >= date_from)
    if date_to:
        results = results.where(RegisterResult.assessed_on <= date_to)
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
    if date_from:
        certified = certified.where(RegisterCertificate.issued_on >= date_from)
    if date_to:
        certified = certified.where(RegisterCertificate.issued_on <= date_to)
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
    from skillassess.formats.statistics_xlsx import write_statistics
    from skillassess.services.exports import exported_by, record_export, require_export

    require_export(actor, "register statistics")
    stats = register_statistics(session, centre, date_from, date_to)
    filters = [
        ("Centre", centre or "all registered centres"),
        ("From", date_from.isoformat() if date_from else "the first record"),
        ("To", date_to.isoformat() if date_to else "today"),
    ]
    write_statistics(
        stats,
        Path(path),
        exported_by=exported_by(actor),
        database=database,
        before_publish=lambda: record_export(session, actor, "register statistics", filters, None, path),
    )
    return stats
