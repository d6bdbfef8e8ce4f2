"""The certificate register as people read it: a page of certificates with filters, and one by serial."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TypeVarTuple

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from skillassess.core.enums import CertificateKind, CertificateStatus
from skillassess.core.errors import NotFoundError
from skillassess.core.models import Candidate, Certificate, Qualification
from skillassess.core.rules import fold


@dataclass(frozen=True)
class CertificateRow:
    id: int
    serial: str
    kind: CertificateKind
    registration_number: str
    candidate_name: str
    qualification_code: str
    issued_on: dt.date
    status: CertificateStatus
    reprint_count: int


@dataclass(frozen=True)
class CertificateQuery:
    """Filters of the register: text (serial, registration number, names), status, kind, year."""

    text: str = ""
    status: CertificateStatus | None = None
    kind: CertificateKind | None = None
    year: int | None = None


_Ts = TypeVarTuple("_Ts")


def _filtered(stmt: Select[*_Ts], query: CertificateQuery | None) -> Select[*_Ts]:
    if query is None:
        return stmt
    if query.text.strip():
        like = f"%{fold(query.text.strip())}%"
        raw = f"%{query.text.strip()}%"
        stmt = stmt.where(
            or_(
                Certificate.serial.ilike(raw),
                Candidate.registration_number.ilike(raw),
                Candidate.search_text.like(like),
            )
        )
    if query.status is not None:
        stmt = stmt.where(Certificate.status == query.status)
    if query.kind is not None:
        stmt = stmt.where(Certificate.kind == query.kind)
    if query.year is not None:
        stmt = stmt.where(
            Certificate.issued_on >= dt.date(query.year, 1, 1), Certificate.issued_on <= dt.date(query.year, 12, 31)
        )
    return stmt


def count_certificates(session: Session, query: CertificateQuery | None = None) -> int:
    stmt = select(func.count(Certificate.id)).join(Candidate, Certificate.candidate_id == Candidate.id)
    return int(session.execute(_filtered(stmt, query)).scalar_one())


def certificate_page(
    session: Session, offset: int = 0, limit: int = 200, query: CertificateQuery | None = None
) -> list[CertificateRow]:
    """Certificates, newest serial first."""
    stmt = (
        select(
            Certificate.id,
            Certificate.serial,
            Certificate.kind,
            Candidate.registration_number,
            Candidate.given_names + " " + Candidate.family_name,
            Qualification.code,
            Certificate.issued_on,
            Certificate.status,
            Certificate.reprint_count,
        )
        .join(Candidate, Certificate.candidate_id == Candidate.id)
        .join(Qualification, Certificate.qualification_id == Qualification.id)
    )
    rows = session.execute(_filtered(stmt, query).order_by(Certificate.serial.desc()).offset(offset).limit(limit)).all()
    return [CertificateRow(*r) for r in rows]


def get_by_serial(session: Session, serial: str) -> Certificate:
    cert = session.execute(select(Certificate).where(Certificate.serial == serial.strip())).scalar_one_or_none()
    if cert is None:
        raise NotFoundError(f"There is no certificate with serial number {serial} in the register.")
    return cert
