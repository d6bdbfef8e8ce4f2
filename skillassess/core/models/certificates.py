"""Certificates and statements of attainment, their units, serial counters and the signing keys."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, Date, DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from skillassess.core.enums import CertificateKind, CertificateStatus, Outcome
from skillassess.core.models.base import Base, enum_type, timestamp
from skillassess.core.models.candidates import Candidate
from skillassess.core.models.standards import Qualification, Unit


class SerialCounter(Base):
    """The last serial number used per centre and year; incremented inside the issuing transaction."""

    __tablename__ = "serial_counter"
    # A counter derived from the certificates (which are audited, with unique serials).
    __table_args__ = {"info": {"audited": False}}

    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class SigningKey(Base):
    """A public Ed25519 key of the centre (the private key stays in the data directory)."""

    __tablename__ = "signing_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    key_id: Mapped[str] = mapped_column(String(32), unique=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = timestamp()


class Certificate(Base):
    """A full certificate or statement of attainment; revoked ones stay in the register."""

    __tablename__ = "certificate"

    id: Mapped[int] = mapped_column(primary_key=True)
    serial: Mapped[str] = mapped_column(String(40), unique=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id"), index=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id"), index=True)
    qualification_id: Mapped[int] = mapped_column(ForeignKey("qualification.id"), index=True)
    kind: Mapped[CertificateKind] = mapped_column(enum_type(CertificateKind, "certificate_kind"))
    issued_on: Mapped[dt.date] = mapped_column(Date)
    languages: Mapped[str] = mapped_column(String(20), default="en")  # e.g. "en" or "en,ar"
    status: Mapped[CertificateStatus] = mapped_column(
        enum_type(CertificateStatus, "certificate_status"), default=CertificateStatus.ISSUED
    )
    revoked_reason: Mapped[str] = mapped_column(Text, default="")
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("certificate.id"))
    reprint_count: Mapped[int] = mapped_column(Integer, default=0)
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    payload: Mapped[str] = mapped_column(Text, default="", info={"generated": True})  # signed QR payload
    created_at: Mapped[dt.datetime] = timestamp()

    candidate: Mapped[Candidate] = relationship()
    qualification: Mapped[Qualification] = relationship()
    units: Mapped[list[CertificateUnit]] = relationship(
        order_by="CertificateUnit.position", cascade="all, delete-orphan"
    )

    __table_args__ = (
        CheckConstraint("reprint_count >= 0", name="reprints_positive"),
        CheckConstraint("status <> 'revoked' OR length(revoked_reason) > 0", name="revoked_needs_reason"),
    )


class CertificateUnit(Base):
    """A unit listed on a certificate, with the outcome that achieved it."""

    __tablename__ = "certificate_unit"

    certificate_id: Mapped[int] = mapped_column(ForeignKey("certificate.id", ondelete="CASCADE"), primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[Outcome] = mapped_column(enum_type(Outcome, "certificate_unit_outcome"))

    unit: Mapped[Unit] = relationship()
