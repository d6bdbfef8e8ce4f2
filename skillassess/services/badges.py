"""Open Badges 3.0 for certificates: written from the register (signed with the centre's current key) and
verified against it, as QR payloads are (services/certificate_verification.py).

A badge is written as ``<serial>.jwt`` (the compact JWS, nothing else: every character is signed), one
per certificate; several go into a folder or a ZIP. Revoked certificates get no badge. Verifying a
badge checks, in order: that it reads as an OB 3.0 credential in force (the sentence names what is
wrong), that it is signed with a trusted key of this centre (else "not issued by a centre this
database knows"), the signature, that the register holds its certificate and states what the badge
states (names, national ID hash, kind, qualification, units and outcomes, date), that the register
row is unchanged behind the application's back, and revocation.
"""

from __future__ import annotations

import dataclasses
import io
import secrets
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from skillassess.core.enums import CertificateStatus, Role
from skillassess.core.errors import DomainError, ValidationError
from skillassess.core.messages import Message, msg
from skillassess.core.models import AwardingBody, Candidate, Centre, CertificateUnit, Qualification, Unit
from skillassess.core.safe_write import atomic_write, make_folder
from skillassess.formats import open_badge as ob
from skillassess.formats import signed_payload as sp
from skillassess.formats.certificate_wording import parse_languages
from skillassess.formats.standard_doc import qualification_uuid, unit_uuid
from skillassess.services import keys
from skillassess.services.centre import verification_address
from skillassess.services.certificate_register import get_by_serial
from skillassess.services.certificate_verification import (
    INVALID,
    REVOKED,
    UNKNOWN_CERTIFICATE,
    UNKNOWN_KEY,
    UNTRUSTED_KEY,
    VALID,
    Verification,
    _partner_key,
    changed_behind_the_log,
    verify_payload,
)
from skillassess.services.context import Actor
from skillassess.services.exports import record_export

ProgressFn = Callable[[int, int], None]
BADGE_SUFFIXES = (".jwt", ".zip")


def badge_document(session: Session, serial: str) -> ob.BadgeDoc:
    """What the badge of certificate ``serial`` states, read from the register. The names are those the
    certificate states (its signed payload, as printed), not the candidate's record as corrected since: a
    correction is a reissue."""
    cert = get_by_serial(session, serial)
    centre = session.get_one(Centre, cert.centre_id)
    cand = session.get_one(Candidate, cert.candidate_id)
    qual = session.get_one(Qualification, cert.qualification_id)
    body = session.get_one(AwardingBody, qual.awarding_body_id)
    units = session.execute(
        select(CertificateUnit, Unit)
        .join(Unit, CertificateUnit.unit_id == Unit.id)
        .where(CertificateUnit.certificate_id == cert.id)
        .order_by(CertificateUnit.position)
    ).all()
    name, name_local = cand.display_name, cand.name_local or ""
    try:
        printed = sp.parse(cert.payload).body
        name, name_local = printed.name, printed.name_local
    except sp.PayloadError:  # a register row without a payload (never made by SkillAssess): the record's names
        pass
    return ob.BadgeDoc(
        serial=cert.serial,
        kind=cert.kind.value,
        languages=parse_languages(cert.languages),
        issued_on=cert.issued_on,
        qr_text=cert.payload,
        centre_code=centre.code,
        centre_name=centre.name,
        centre_country=centre.country,
        site=verification_address(session),
        awarding_body_code=body.code,
        awarding_body_name=body.name,
        awarding_body_country=body.country,
        qualification_code=qual.code,
        qualification_title=qual.title,
        qualification_version=qual.version,
        qualification_case_id=qual.case_identifier or qualification_uuid(qual.code, qual.version),
        level=qual.level,
        level_scale=body.level_scale,
        candidate_name=name,
        candidate_name_local=name_local,
        national_id=(cand.national_id or "").strip(),
        units=tuple(
            ob.BadgeUnit(u.code, u.title, u.case_identifier or unit_uuid(u.code, u.version), cu.outcome.code)
            for cu, u in units
        ),
    )


def make_badge(
    session: Session,
    serial: str,
    *,
    key_dir: Path | None = None,
    salt: str | None = None,
    private: Ed25519PrivateKey | None = None,
) -> str:
    """The signed badge (compact JWS) of certificate ``serial``, signed with the centre's current key (or
    ``private``); a revoked certificate gets none. ``salt`` (random by default) salts the national ID's hash."""
    cert = get_by_serial(session, serial)
    if cert.status == CertificateStatus.REVOKED:
        raise DomainError(
            msg(
                "Certificate {serial} is revoked ({reason}); it gets no badge.",
                serial=cert.serial,
                reason=cert.revoked_reason,
            )
        )
    if private is None:
        private, _ = keys.signing_key_for_issue(session, key_dir)
    doc = badge_document(session, serial)
    credential = ob.build_credential(doc, private.public_key(), salt or secrets.token_hex(16))
    return ob.sign(credential, private)


@dataclass(frozen=True)
class WrittenBadges:
    serials: tuple[str, ...]
    files: tuple[Path, ...]  # the .jwt files, or the one ZIP


def _badges(session: Session, actor: Actor, serials: Sequence[str], key_dir: Path | None) -> dict[str, str]:
    """Every badge, or a ValidationError naming every serial that cannot have one."""
    actor.require(Role.REGISTRAR, action="save badges")
    wanted = list(dict.fromkeys(s.strip() for s in serials if s.strip()))
    if not wanted:
        raise ValidationError(msg("Choose at least one certificate."))
    private, _ = keys.signing_key_for_issue(session, key_dir)  # refused plainly when the key is not here
    problems: list[Message] = []
    badges: dict[str, str] = {}
    for serial in wanted:
        try:
            badges[serial] = make_badge(session, serial, private=private)
        except DomainError as exc:
            problems.append(exc.message)
    if problems:
        raise ValidationError(msg("No badge was written:"), problems)
    return badges


def write_badges(
    session: Session,
    actor: Actor,
    serials: Sequence[str],
    target: Path,
    *,
    key_dir: Path | None = None,
    progress: ProgressFn | None = None,
) -> WrittenBadges:
    """Write the badges of ``serials``: ``FILE.jwt`` (one serial), ``FILE.zip``, or a folder (one ``.jwt``
    per serial, made when missing). All or nothing: every serial is checked before a file is written.
    The export is recorded in the audit log (badges carry names) in ``session``'s transaction: the caller
    commits it (``db.write``). ``progress(done, total)`` may raise to cancel."""
    target = Path(target)
    suffix = target.suffix.lower()
    if suffix == ".json":
        raise ValidationError(
            msg(
                "{path}: a badge is written as a .jwt file (the signed credential, as wallets import it); a .json "
                "file would hold the credential without its signature. Give FILE.jwt, FILE.zip or a folder.",
                path=str(target),
            )
        )
    if suffix and suffix not in BADGE_SUFFIXES and not target.is_dir():
        raise ValidationError(
            msg(
                "{path}: give FILE.jwt (one certificate), FILE.zip or a folder (one .jwt per certificate).",
                path=str(target),
            )
        )
    badges = _badges(session, actor, serials, key_dir)
    record_export(session, actor, "badges", [("certificates", ", ".join(badges))], len(badges), target)
    total = len(badges)
    if progress is not None:
        progress(0, total)
    if suffix == ".jwt":
        if total != 1:
            raise ValidationError(
                msg(
                    "{path}: one .jwt file holds one badge; for {count} certificates give a folder or a .zip file.",
                    path=str(target),
                    count=total,
                )
            )
        with atomic_write(target) as out:
            out.write(next(iter(badges.values())).encode("ascii"))
        files: tuple[Path, ...] = (target,)
    elif suffix == ".zip":
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for n, (serial, badge) in enumerate(badges.items(), start=1):
                z.writestr(ob.file_name(serial), badge)
                if progress is not None:
                    progress(n, total)
        with atomic_write(target) as out:
            out.write(buf.getvalue())
        files = (target,)
    else:
        make_folder(target)
        written = []
        for n, (serial, badge) in enumerate(badges.items(), start=1):
            path = target / ob.file_name(serial)
            with atomic_write(path) as out:
                out.write(badge.encode("ascii"))
            written.append(path)
            if progress is not None:
                progress(n, total)
        files = tuple(written)
    return WrittenBadges(tuple(badges), files)


# --- Verifying -----------------------------------------------------------------------------------------


def _said(status: str, sentence: Message, **details: Any) -> Verification:
    return Verification(status, sentence.render(), sentence=sentence, **details)


def _foreign(badge: ob.ReadBadge, why: Message) -> Verification:
    return _said(
        UNKNOWN_KEY,
        msg(
            "This badge is not issued by a centre this database knows (issuer: {issuer}); {why} Ask its issuer, "
            "or a verifier that trusts it, to confirm it.",
            issuer=badge.issuer_name or "-",
            why=why,
        ),
        name=badge.issuer_name,
    )


def _partner_badge(session: Session, badge: ob.ReadBadge, key_id: str) -> Verification:
    """A badge of a registered centre (the national register of an awarding body): it carries the
    certificate's signed QR text, which must verify as the QR code does (the centre's key, the register its
    bundles brought, revocation) and state what the badge states."""
    claims = ob.claims_of(badge.credential)
    if claims is None:
        return _said(INVALID, msg("The badge is signed with a registered centre's key but names no certificate."))
    qr = next(
        (
            str(item.get("description", ""))
            for item in badge.credential.get("evidence") or []
            if isinstance(item, dict) and item.get("id") == ob.CERTIFICATE_URN + claims.serial
        ),
        "",
    )
    printed = verify_payload(session, qr)
    stated = (
        printed.serial,
        tuple(n for n in (printed.name, printed.name_local) if n),
        printed.kind,
        printed.qualification,
        tuple(printed.units),
        printed.issued_on,
    )
    carried = (
        claims.serial,
        claims.names,
        claims.kind,
        claims.qualification_code,
        tuple(code for code, _ in claims.units),
        claims.issued_on,
    )
    if printed.serial and stated != carried:
        return _said(
            INVALID,
            msg(
                "The badge's signature is valid, but it states something else than the certificate {serial} it "
                "carries.",
                serial=claims.serial,
            ),
            key_id=key_id,
        )
    return dataclasses.replace(printed, key_id=key_id)


def verify_badge(
    session: Session, data: bytes | str, extra_keys: dict[str, Ed25519PublicKey] | None = None
) -> Verification:
    """VALID only for the badge of a certificate in this register, signed with a key the centre trusts,
    unchanged, stating what the register holds and not revoked (see the module's docstring)."""
    try:
        badge = ob.read_badge(data)
    except ob.BadgeError as exc:
        return _said(INVALID, msg("This is not a readable badge: {problem}", problem=exc.message))
    wrong = ob.problems(badge)
    if wrong:
        return _said(INVALID, msg("This badge is not valid: {problems}.", problems=wrong))
    if badge.form == "json":
        proofs = badge.credential.get("proof")
        kinds = [p.get("type", "?") for p in (proofs if isinstance(proofs, list) else [proofs]) if isinstance(p, dict)]
        if ob.claims_of(badge.credential) is not None:
            return _said(
                INVALID,
                msg(
                    "This credential names a SkillAssess certificate but carries no signature: only the .jwt file the "
                    "centre wrote can be verified."
                ),
            )
        why = (
            msg("its proof ({kinds}) cannot be checked here.", kinds=", ".join(str(k) for k in kinds))
            if kinds
            else msg("it carries no proof at all.")
        )
        return _foreign(badge, why)
    if badge.alg != "EdDSA":
        return _foreign(badge, msg("it is signed with {alg}, and no key here can check it.", alg=badge.alg or "-"))
    try:
        public = badge.public_key()
    except ob.BadgeError as exc:
        return _said(INVALID, msg("This is not a readable badge: {problem}", problem=exc.message))
    if public is None:
        return _foreign(badge, msg("its JWT names no Ed25519 key."))
    key_id = sp.key_id_of(public)
    trusted: Ed25519PublicKey | None = (extra_keys or {}).get(key_id)
    if trusted is None:
        trusted, problem = keys.trusted_public_key(session, key_id)
        if trusted is not None and problem is not None:
            return _said(
                UNTRUSTED_KEY,
                msg(
                    "The badge was signed with key {key}, which is not a trusted key of this centre: {problem}. "
                    "Do not accept this badge.",
                    key=key_id,
                    problem=problem,
                ),
                key_id=key_id,
            )
    if trusted is None:
        if not badge.signature_valid(public):  # not even signed by the key it names: changed on the way
            return _said(
                INVALID,
                msg("The badge's signature does not match its content: it was changed or forged."),
                key_id=key_id,
            )
        if _partner_key(session, key_id) is not None:
            return _partner_badge(session, badge, key_id)
        return _foreign(badge, msg("its key {key} is not one of this centre's keys.", key=key_id))
    if not badge.signature_valid(trusted):
        return _said(
            INVALID, msg("The badge's signature does not match its content: it was changed or forged."), key_id=key_id
        )
    claims = ob.claims_of(badge.credential)
    if claims is None:
        return _said(INVALID, msg("The badge is signed with this centre's key but names no certificate."))
    details: dict[str, Any] = dict(
        serial=claims.serial,
        name=claims.names[0] if claims.names else "",
        name_local=claims.names[1] if len(claims.names) > 1 else "",
        kind=claims.kind,
        qualification=claims.qualification_code,
        units=[code for code, _ in claims.units],
        issued_on=claims.issued_on,
        key_id=key_id,
    )
    try:
        cert = get_by_serial(session, claims.serial)
    except DomainError:
        return _said(
            UNKNOWN_CERTIFICATE,
            msg(
                "Unknown certificate: the badge's signature is genuine (key {key}), but certificate {serial} is not in "
                "this database's register.",
                key=key_id,
                serial=claims.serial,
            ),
            **details,
        )
    differ = ob.differences(claims, badge_document(session, cert.serial))
    if differ:
        return _said(
            INVALID,
            msg(
                "The badge's signature is valid, but it states another {fields} than the register entry of {serial}.",
                fields=", ".join(differ),
                serial=cert.serial,
            ),
            in_register=True,
            **details,
        )
    changed = changed_behind_the_log(session, cert)
    if changed is not None:
        return _said(INVALID, changed, in_register=True, **details)
    if cert.status == CertificateStatus.REVOKED:
        return _said(
            REVOKED,
            msg(
                "The badge of certificate {serial} is revoked: {reason}", serial=cert.serial, reason=cert.revoked_reason
            ),
            revoked_reason=cert.revoked_reason,
            in_register=True,
            **details,
        )
    return _said(
        VALID,
        msg("The badge of certificate {serial} is genuine and in force.", serial=cert.serial),
        in_register=True,
        **details,
    )
