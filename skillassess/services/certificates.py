"""Certificates: the register (issued, reprinted and revoked certificates)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from skillassess.core.enums import CertificateKind, CertificateStatus
from skillassess.core.models import Candidate, Certificate, Qualification


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


def count_certificates(session: Session) -> int:
    return int(session.execute(select(func.count(Certificate.id))).scalar_one())


def certificate_page(session: Session, offset: int = 0, limit: int = 200) -> list[CertificateRow]:
    """Certificates, newest serial first."""
    rows = session.execute(
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
        .order_by(Certificate.serial.desc())
        .offset(offset)
        .limit(limit)
    ).all()
    return [CertificateRow(*r) for r in rows]
