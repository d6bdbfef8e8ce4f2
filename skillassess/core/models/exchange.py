"""Exchange with other databases: registered partners and their keys, the bundles exchanged, the national
register of imported results, and moderation.

A *partner* is another SkillAssess database this one exchanges bundles with: at an awarding body, each
centre that sends results; at a centre, the awarding body that sends moderation outcomes back. An
administrator registers a partner once, confirming its key fingerprint (audited, like the centre's own
signing keys). The *register* tables hold what partners' bundles brought, kept apart per partner
(``partner_id`` is part of every natural key): they are copies of signed records, reproducible from the
bundles the exchange log names, so they are not audited row by row (one audit entry per import records
the bundle's hash and counts) and an import of a million rows stays a bulk insert.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from skillassess.core.models.base import Base, timestamp

_REGISTER = {"info": {"audited": False}}


class ExchangePartner(Base):
    """Another database whose bundles this one imports: a centre (at an awarding body) or an awarding body."""

    __tablename__ = "exchange_partner"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2), default="")
    role: Mapped[str] = mapped_column(String(20))  # "centre" or "awarding_body"
    registered_by: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[dt.datetime] = timestamp()

    __table_args__ = (CheckConstraint("role IN ('centre', 'awarding_body')", name="role_known"),)


class PartnerKey(Base):
    """A public Ed25519 key of a partner, confirmed by an administrator or endorsed by a key already confirmed."""

    __tablename__ = "partner_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("exchange_partner.id", ondelete="CASCADE"), index=True)
    key_id: Mapped[str] = mapped_column(String(32), unique=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    how: Mapped[str] = mapped_column(String(20), default="confirmed")  # confirmed / in bundle / endorsed
    created_at: Mapped[dt.datetime] = timestamp()


class ExchangeLog(Base):
    """One bundle written (direction "export") or imported ("import"), with what it brought."""

    __tablename__ = "exchange_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    direction: Mapped[str] = mapped_column(String(10))
    partner_code: Mapped[str] = mapped_column(String(20), default="")
    bundle_id: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(20))
    sequence: Mapped[int] = mapped_column(Integer)
    bundle_created_at: Mapped[str] = mapped_column(String(40))
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    counts_json: Mapped[str] = mapped_column(Text, default="{}", info={"generated": True})
    username: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[dt.datetime] = timestamp()

    __table_args__ = (
        CheckConstraint("direction IN ('export', 'import')", name="direction_known"),
        Index("ix_exchange_log_partner", "direction", "partner_code", "sequence"),
    )


class RegisterCandidate(Base):
    """A partner centre's candidate, with only the fields listed in docs/exchange-bundle.md."""

    __tablename__ = "register_candidate"
    __table_args__ = (UniqueConstraint("partner_id", "registration_number"), _REGISTER)

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("exchange_partner.id"), index=True)
    registration_number: Mapped[str] = mapped_column(String(40))
    family_name: Mapped[str] = mapped_column(String(200))
    given_names: Mapped[str] = mapped_column(String(200))
    name_local: Mapped[str] = mapped_column(String(300), default="")
    sex: Mapped[str] = mapped_column(String(10))
    date_of_birth: Mapped[dt.date | None] = mapped_column(Date)
    id_type: Mapped[str] = mapped_column(String(20), default="")
    national_id: Mapped[str] = mapped_column(String(64), default="")
    nationality: Mapped[str] = mapped_column(String(2), default="")
    disability: Mapped[str] = mapped_column(String(20), default="not_stated")


class RegisterEnrolment(Base):
    """A partner centre's enrolment of a candidate in a qualification version."""

    __tablename__ = "register_enrolment"
    __table_args__ = (
        UniqueConstraint(
            "candidate_id",
            "qualification_code",
            "qualification_version",
            "enrolled_on",
            name="uq_register_enrolment_key",
        ),
        _REGISTER,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("register_candidate.id"), index=True)
    qualification_code: Mapped[str] = mapped_column(String(40))
    qualification_version: Mapped[int] = mapped_column(Integer)
    pathway: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    enrolled_on: Mapped[dt.date] = mapped_column(Date)


class RegisterResult(Base):
    """A verified assessment outcome of a partner centre: one candidate, one unit version, one attempt."""

    __tablename__ = "register_result"
    __table_args__ = (
        UniqueConstraint("candidate_id", "unit_code", "unit_version", "attempt", name="uq_register_result_key"),
        _REGISTER,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("register_candidate.id"), index=True)
    unit_code: Mapped[str] = mapped_column(String(40))
    unit_version: Mapped[int] = mapped_column(Integer)
    attempt: Mapped[int] = mapped_column(Integer)
    qualification_code: Mapped[str] = mapped_column(String(40), default="")
    assessed_on: Mapped[dt.date] = mapped_column(Date, index=True)
    outcome: Mapped[str] = mapped_column(String(30))
    assessor: Mapped[str] = mapped_column(String(200), default="")
    assessor_registration: Mapped[str] = mapped_column(String(64), default="")
    verified_at: Mapped[str] = mapped_column(String(40), default="")


class RegisterCertificate(Base):
    """A certificate a partner centre issued, reprinted or revoked; its signed payload verifies it."""

    __tablename__ = "register_certificate"
    __table_args__ = (UniqueConstraint("partner_id", "serial"), _REGISTER)

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("exchange_partner.id"), index=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("register_candidate.id"), index=True)
    serial: Mapped[str] = mapped_column(String(40), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    qualification_code: Mapped[str] = mapped_column(String(40))
    qualification_version: Mapped[int] = mapped_column(Integer)
    issued_on: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))
    revoked_reason: Mapped[str] = mapped_column(Text, default="")
    revoked_at: Mapped[str] = mapped_column(String(40), default="")
    reprint_count: Mapped[int] = mapped_column(Integer, default=0)
    replaces_serial: Mapped[str] = mapped_column(String(40), default="")
    units: Mapped[str] = mapped_column(Text, default="")  # "CODE@VERSION:outcome" separated by spaces
    payload: Mapped[str] = mapped_column(Text, default="")


class Moderation(Base):
    """A result sampled for moderation and its outcome.

    At the awarding body ``result_id`` names the imported result; at the centre, which receives the
    outcome in a return bundle, ``assessment_id`` names its own assessment. Exactly one is set.
    """

    __tablename__ = "moderation"

    id: Mapped[int] = mapped_column(primary_key=True)
    result_id: Mapped[int | None] = mapped_column(ForeignKey("register_result.id"), unique=True)
    assessment_id: Mapped[int | None] = mapped_column(ForeignKey("assessment.id"), unique=True)
    sample: Mapped[str] = mapped_column(String(60), default="")  # which sampling drew it
    outcome: Mapped[str | None] = mapped_column(String(20))  # None: sampled, not yet moderated
    notes: Mapped[str] = mapped_column(Text, default="")
    moderator: Mapped[str] = mapped_column(String(200), default="")
    moderated_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = timestamp()

    __table_args__ = (
        CheckConstraint("(result_id IS NULL) <> (assessment_id IS NULL)", name="one_subject"),
        CheckConstraint("outcome IS NULL OR outcome IN ('confirmed', 'not_confirmed')", name="outcome_known"),
    )
