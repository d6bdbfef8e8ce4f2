"""Partners: the other databases whose bundles this one imports, registered once by an administrator.

Registration reads a bundle's manifest and keys, checks that the bundle is signed by the key it names,
and shows the key's fingerprint; the administrator compares it with the one the partner gave them
(by telephone, on paper: not from the file itself) and confirms it. Every public key listed in that
bundle is registered with the partner (the signature of the confirmed key covers the list). After that
the partner's bundles import without questions; a bundle signed by a later key of the partner is
accepted when that key is endorsed by a registered one (docs/exchange-bundle.md), else an
administrator confirms it the same way.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from skillassess.core.enums import AuditAction, Role
from skillassess.core.errors import DomainError, ValidationError
from skillassess.core.messages import msg
from skillassess.core.models import ExchangeLog, ExchangePartner, PartnerKey
from skillassess.db.concurrency import lock_writes
from skillassess.formats import exchange_bundle as eb
from skillassess.formats import signed_payload as sp
from skillassess.services.audit import record
from skillassess.services.centre import the_centre
from skillassess.services.context import Actor


@dataclass(frozen=True)
class BundleInfo:
    """What a bundle says about itself, and what this database knows of its sender (nothing is written)."""

    file: str
    kind: str
    sender_code: str
    sender_name: str
    sender_country: str
    sender_role: str
    recipient: str | None
    created_at: str
    created_by: str
    sequence: int
    since: str | None
    counts: dict[str, int]
    key_id: str
    fingerprint: str
    registered: bool  # the sender is a registered partner
    key_known: bool  # ... and the signing key is one of its registered keys


@dataclass(frozen=True)
class PartnerInfo:
    code: str
    name: str
    country: str
    role: str
    registered_by: str
    created_at: dt.datetime | None
    key_ids: tuple[str, ...]
    imports: int
    last_sequence: int


def _signing_entry(bundle: eb.Bundle, keys_doc: dict[str, Any]) -> tuple[dict[str, Any], bytes]:
    key_id = bundle.manifest["key_id"]
    for entry in keys_doc["keys"]:
        if entry["key_id"] == key_id:
            raw = sp.b64url_decode(entry["public_key"])
            if sp.key_id_of(sp.public_key_from_raw(raw)) != key_id:
                break
            return entry, raw
    raise ValidationError(
        msg(
            "{file}: its keys do not hold the key {key} that signed it, or hold it under a wrong id; nothing was "
            "imported.",
            file=bundle.file,
            key=key_id,
        )
    )


def self_signed_keys(bundle: eb.Bundle) -> tuple[dict[str, Any], dict[str, Any], bytes]:
    """(keys document, the signing key's entry, its raw public key), after checking that the bundle's own key
    signed the manifest and that the keys member is the one the manifest lists. Says nothing about trust."""
    if eb.KEYS not in bundle.manifest["members"]:
        raise ValidationError(msg("{file} has no keys member; nothing was imported.", file=bundle.file))
    keys_doc = bundle.json_member(eb.KEYS, "keys")
    if keys_doc["owner"] != bundle.manifest["sender"]["code"]:
        raise ValidationError(
            msg(
                "{file}: its keys belong to {owner}, not to its sender {code}; nothing was imported.",
                file=bundle.file,
                owner=keys_doc["owner"],
                code=bundle.manifest["sender"]["code"],
            )
        )
    entry, raw = _signing_entry(bundle, keys_doc)
    if not bundle.signature_valid(sp.public_key_from_raw(raw)):
        raise ValidationError(
            msg(
                "{file}: the signature of its manifest does not hold: the bundle was changed after it was signed; "
                "nothing was imported.",
                file=bundle.file,
            )
        )
    bundle.verify_members()
    return keys_doc, entry, raw


def partner_by_code(session: Session, code: str) -> ExchangePartner | None:
    return session.execute(select(ExchangePartner).where(ExchangePartner.code == code)).scalar_one_or_none()


def inspect_bundle(session: Session, path: Path | str) -> BundleInfo:
    """Open and verify a bundle against its own key; say who sent it and whether it is registered here."""
    with eb.open_bundle(path) as bundle:
        _keys_doc, _entry, raw = self_signed_keys(bundle)
        m = bundle.manifest
        partner = partner_by_code(session, m["sender"]["code"])
        key_known = False
        if partner is not None:
            key_known = (
                session.execute(
                    select(PartnerKey.id).where(PartnerKey.partner_id == partner.id, PartnerKey.key_id == m["key_id"])
                ).first()
                is not None
            )
        return BundleInfo(
            file=bundle.file,
            kind=m["kind"],
            sender_code=m["sender"]["code"],
            sender_name=m["sender"]["name"],
            sender_country=m["sender"]["country"],
            sender_role=m["sender"]["role"],
            recipient=m["recipient"],
            created_at=m["created_at"],
            created_by=m["created_by"]["full_name"] or m["created_by"]["username"],
            sequence=m["sequence"],
            since=m["since"],
            counts=dict(m["counts"]),
            key_id=m["key_id"],
            fingerprint=eb.fingerprint(raw),
            registered=partner is not None,
            key_known=key_known,
        )


def register_partner(session: Session, actor: Actor, path: Path | str, fingerprint: str) -> PartnerInfo:
    """Register the sender of the bundle at ``path`` as a partner, or confirm a new key of a registered partner.

    ``fingerprint`` is what the administrator was given by the partner: the key's whole fingerprint or at
    least its first 16 hex digits; a mismatch is refused. Administrators only; audited.
    """
    actor.require(Role.ADMINISTRATOR, action="register a centre or awarding body for exchange")
    lock_writes(session)
    with eb.open_bundle(path) as bundle:
        keys_doc, _entry, raw = self_signed_keys(bundle)
        m = bundle.manifest
    sender = m["sender"]
    if not eb.fingerprint_matches(fingerprint, raw):
        raise ValidationError(
            msg(
                "The fingerprint you typed does not match the key {key} that signed {file} ({fingerprint}). Do not "
                "register it: ask {name} for its fingerprint again.",
                key=m["key_id"],
                file=Path(path).name,
                fingerprint=eb.fingerprint(raw),
                name=sender["name"],
            )
        )
    own = the_centre(session)
    if sender["code"] == own.code:
        raise ValidationError(
            msg(
                "{file} was made by this database's own centre ({code}); there is nothing to register.",
                file=Path(path).name,
                code=own.code,
            )
        )
    partner = partner_by_code(session, sender["code"])
    added: list[str] = []
    if partner is None:
        partner = ExchangePartner(
            code=sender["code"],
            name=sender["name"],
            country=sender["country"],
            role=sender["role"],
            registered_by=actor.username,
        )
        session.add(partner)
        session.flush()
    elif partner.role != sender["role"]:
        raise ValidationError(
            msg(
                "{code} is registered here as a {role}, but {file} was sent by it as a {other}; nothing was changed.",
                code=sender["code"],
                role=partner.role.replace("_", " "),
                other=sender["role"].replace("_", " "),
                file=Path(path).name,
            )
        )
    for entry in keys_doc["keys"]:
        key_raw = sp.b64url_decode(entry["public_key"])
        if sp.key_id_of(sp.public_key_from_raw(key_raw)) != entry["key_id"]:
            continue
        existing = session.execute(select(PartnerKey).where(PartnerKey.key_id == entry["key_id"])).scalar_one_or_none()
        if existing is not None:
            if existing.partner_id != partner.id:
                raise ValidationError(
                    msg(
                        "The key {key} of {file} is registered here for another partner; nothing was changed.",
                        key=entry["key_id"],
                        file=Path(path).name,
                    )
                )
            continue
        how = "confirmed" if entry["key_id"] == m["key_id"] else "in bundle"
        session.add(PartnerKey(partner_id=partner.id, key_id=entry["key_id"], public_key=key_raw, how=how))
        added.append(entry["key_id"])
    session.flush()
    record(
        session,
        actor,
        AuditAction.CREATE if added else AuditAction.UPDATE,
        "exchange_partner",
        partner.code,
        None,
        {"name": partner.name, "role": partner.role, "confirmed_key": m["key_id"], "keys_added": added},
    )
    return partner_info(session, partner)


def partner_info(session: Session, p: ExchangePartner) -> PartnerInfo:
    key_ids = tuple(
        session.execute(
            select(PartnerKey.key_id).where(PartnerKey.partner_id == p.id).order_by(PartnerKey.id)
        ).scalars()
    )
    imports, last = session.execute(
        select(func.count(), func.max(ExchangeLog.sequence)).where(
            ExchangeLog.direction == "import", ExchangeLog.partner_code == p.code
        )
    ).one()
    return PartnerInfo(p.code, p.name, p.country, p.role, p.registered_by, p.created_at, key_ids, imports, last or 0)


def list_partners(session: Session) -> list[PartnerInfo]:
    return [
        partner_info(session, p)
        for p in session.execute(select(ExchangePartner).order_by(ExchangePartner.code)).scalars()
    ]


def partner_codes(session: Session, role: str | None = None) -> list[str]:
    """The codes of the registered partners (of one role), for a centre filter."""
    stmt = select(ExchangePartner.code).order_by(ExchangePartner.code)
    if role is not None:
        stmt = stmt.where(ExchangePartner.role == role)
    return list(session.execute(stmt).scalars())


def require_registered(session: Session, code: str) -> ExchangePartner:
    p = partner_by_code(session, code)
    if p is None:
        raise DomainError(msg("No registered centre has the code {code}.", code=code))
    return p


def log_bundle(
    session: Session,
    actor: Actor,
    direction: str,
    partner_code: str,
    manifest: dict[str, Any],
    manifest_sha256: str,
    counts: dict[str, Any],
    audited: dict[str, Any],
) -> None:
    """Keep a bundle written or applied in the exchange log, and record it in the audit log (``audited``)."""
    session.add(
        ExchangeLog(
            direction=direction,
            partner_code=partner_code,
            bundle_id=manifest["bundle_id"],
            kind=manifest["kind"],
            sequence=manifest["sequence"],
            bundle_created_at=manifest["created_at"],
            manifest_sha256=manifest_sha256,
            counts_json=json.dumps(counts, sort_keys=True),
            username=actor.username,
        )
    )
    session.flush()
    record(session, actor, AuditAction.CREATE, f"exchange_{direction}", manifest["bundle_id"], None, audited)
