"""Verifying a certificate's signed payload (its QR code) against the keys the centre trusts and the register."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from skillassess.core.enums import CertificateStatus
from skillassess.core.messages import Message, msg
from skillassess.core.models import Certificate
from skillassess.formats import signed_payload as sp
from skillassess.services import keys
from skillassess.services.audit_state import row_problem

VALID, INVALID, REVOKED, UNKNOWN_KEY = "valid", "invalid", "revoked", "unknown key"
UNTRUSTED_KEY, UNKNOWN_CERTIFICATE = "untrusted key", "unknown certificate"


@dataclass(frozen=True)
class Verification:
    status: str  # valid / invalid / revoked / unknown key / untrusted key / unknown certificate
    message: str
    serial: str = ""
    name: str = ""
    name_local: str = ""
    kind: str = ""
    qualification: str = ""
    units: list[str] = field(default_factory=list)
    issued_on: dt.date | None = None
    key_id: str = ""
    revoked_reason: str = ""
    in_register: bool = False
    sentence: Message | None = None  # ``message`` as a translatable sentence, when it has one

    @property
    def valid(self) -> bool:
        return self.status == VALID


def _said(status: str, sentence: Message, **details: Any) -> Verification:
    return Verification(status, sentence.render(), sentence=sentence, **details)


def verify_payload(session: Session, text: str, extra_keys: dict[str, Ed25519PublicKey] | None = None) -> Verification:
    """VALID (``text``: the bare payload ``SA1.…`` or the link form ``https://…/#SA1.…``) only for a certificate this register holds, signed with a key the centre trusts, unchanged.

    In order: the payload must parse; its key must be a trusted key of the centre (see
    services/keys.py), or one the verifier gave (``extra_keys``); the signature must hold; the
    register must hold the serial (else "unknown certificate": only the issuing centre's register
    can confirm a certificate), with this very payload, and its row must equal what the audit log
    records (a status edited behind the application's back is not believed); then revoked or valid.
    """
    try:
        parsed = sp.parse(text)
    except sp.PayloadError as exc:
        return Verification(INVALID, str(exc))
    b = parsed.body
    details: dict[str, Any] = dict(
        serial=b.serial,
        name=b.name,
        name_local=b.name_local,
        kind=b.kind,
        qualification=b.qualification,
        units=list(b.units),
        issued_on=b.issued_on,
        key_id=b.key_id,
    )
    public: Ed25519PublicKey | None = (extra_keys or {}).get(b.key_id)
    if public is None:
        public, problem = keys.trusted_public_key(session, b.key_id)
        if public is not None and problem is not None:
            return _said(
                UNTRUSTED_KEY,
                msg(
                    "The payload was signed with key {key}, which is not a trusted key of this centre: {problem}. "
                    "Do not accept this certificate.",
                    key=b.key_id,
                    problem=problem,
                ),
                **details,
            )
    partner_key = None
    if public is None:
        partner_key = _partner_key(session, b.key_id)
        if partner_key is not None:
            public = sp.public_key_from_raw(partner_key.public_key)
    if public is None:
        return Verification(
            UNKNOWN_KEY, f"The payload was signed with key {b.key_id}, which this database does not know.", **details
        )
    if not sp.signature_valid(parsed, public):
        return Verification(INVALID, "The signature does not match the payload: it was changed or forged.", **details)
    if partner_key is not None:
        return _in_national_register(session, partner_key.partner_id, text, details)
    cert = session.execute(select(Certificate).where(Certificate.serial == b.serial)).scalar_one_or_none()
    if cert is None:
        return _said(
            UNKNOWN_CERTIFICATE,
            msg(
                "Unknown certificate: the signature is genuine (key {key}), but certificate {serial} is not in this "
                "database's register. Only the register of the centre that issued it can confirm it.",
                key=b.key_id,
                serial=b.serial,
            ),
            **details,
        )
    if sp.bare(cert.payload) != sp.bare(text):  # the QR text may be the link form (address#payload)
        return Verification(
            INVALID,
            f"The signature is valid but the payload differs from the register entry of {b.serial}.",
            in_register=True,
            **details,
        )
    changed = changed_behind_the_log(session, cert)
    if changed is not None:
        return _said(INVALID, changed, in_register=True, **details)
    if cert.status == CertificateStatus.REVOKED:
        return Verification(
            REVOKED,
            f"Certificate {b.serial} was revoked: {cert.revoked_reason}",
            revoked_reason=cert.revoked_reason,
            in_register=True,
            **details,
        )
    return Verification(VALID, f"Certificate {b.serial} is genuine and in force.", in_register=True, **details)


def changed_behind_the_log(session: Session, cert: Certificate) -> Message | None:
    """Why the register row of ``cert`` cannot confirm anything (it differs from what the audit log
    records: edited behind the application's back), or None when it is as recorded."""
    changed = row_problem(session, "certificate", cert.id, "certificate", cert.serial)
    if changed is None:
        return None
    return msg(
        "The register entry of certificate {serial} was changed outside SkillAssess ({problem}); it cannot be "
        "confirmed. An administrator runs skillassess audit verify.",
        serial=cert.serial,
        problem=changed,
    )


def _partner_key(session: Session, key_id: str) -> Any:
    """A registered partner centre's key (an awarding body verifies every registered centre's certificates)."""
    from skillassess.core.models import PartnerKey

    return session.execute(select(PartnerKey).where(PartnerKey.key_id == key_id)).scalar_one_or_none()


def _in_national_register(session: Session, partner_id: int, text: str, details: dict[str, Any]) -> Verification:
    """A certificate of a registered centre, checked against what its bundles brought (issued or revoked)."""
    from skillassess.core.models import ExchangePartner, RegisterCertificate

    code = session.execute(select(ExchangePartner.code).where(ExchangePartner.id == partner_id)).scalar() or ""
    row = session.execute(
        select(RegisterCertificate).where(
            RegisterCertificate.partner_id == partner_id, RegisterCertificate.serial == details["serial"]
        )
    ).scalar_one_or_none()
    if row is None:
        return _said(
            UNKNOWN_CERTIFICATE,
            msg(
                "The signature is genuine (key {key} of the centre {centre}), but certificate {serial} has not reached "
                "the national register: no bundle of {centre} imported here lists it.",
                key=details["key_id"],
                centre=code,
                serial=details["serial"],
            ),
            **details,
        )
    if row.payload.strip() != text.strip():
        return Verification(
            INVALID,
            f"The signature is valid but the payload differs from the register entry of {details['serial']}.",
            in_register=True,
            **details,
        )
    if row.status == CertificateStatus.REVOKED.value:
        return _said(
            REVOKED,
            msg(
                "Certificate {serial} of the centre {centre} was revoked: {reason}",
                serial=details["serial"],
                centre=code,
                reason=row.revoked_reason,
            ),
            revoked_reason=row.revoked_reason,
            in_register=True,
            **details,
        )
    return _said(
        VALID,
        msg(
            "Certificate {serial} is genuine and in force (issued by the registered centre {centre}).",
            serial=details["serial"],
            centre=code,
        ),
        in_register=True,
        **details,
    )
