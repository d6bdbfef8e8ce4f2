"""Open Badges 3.0 credentials (``OpenBadgeCredential``), secured as a VC-JWT signed with EdDSA (Ed25519).

One badge per certificate: the achievement is the qualification (full certificate) or the units achieved
(statement of attainment), aligned to the CASE items of its units; the candidate is named, and their
national ID appears only as a salted SHA-256 ``identityHash``. The credential is the payload of a compact
JWS (OB 3.0 section 8.2) whose header carries ``alg: EdDSA``, the public key as a JWK and its ``did:key``
as ``kid``. docs/open-badges.md describes every field and why JWT rather than a Data Integrity proof.

Reading accepts a compact JWS (the credential at the top level of its payload, or under ``vc`` as VC-JWT
1.1 wrote it) or a plain JSON credential (with a Data Integrity proof or none), and names what is wrong.
Nothing here touches the database: services/badges.py builds the ``BadgeDoc`` and checks the register.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import unicodedata
import uuid
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from skillassess.core.errors import DomainError
from skillassess.core.messages import Message, msg
from skillassess.formats import signed_payload as sp
from skillassess.formats.certificate_wording import WORDING

CONTEXT = ("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")
BADGE_TYPES = ("OpenBadgeCredential", "AchievementCredential")
KNOWN_TYPES = (*BADGE_TYPES, "EndorsementCredential")
REVOCATION_LIST_TYPE = "1EdTechRevocationList"
REVOCATION_LIST_FILE = "revocation-list.json"  # beside the verification page (services/verifier_site.py)
CERTIFICATE_URN = "urn:skillassess:certificate:"  # the evidence item that names the certificate's serial
NAME_IDENTITY = "ext:name"  # see docs/open-badges.md: the draft-04 schema has no "name" identity type
_NAMESPACE = uuid.UUID("6d1f3c52-7a4e-5b8e-9f0a-2c4d6e8f1a3b")
_OUTCOME_STATUS = "Completed"
_MAX_BADGE_BYTES = 2_000_000
_JWS_RE = re.compile(r"^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$")
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_ED25519_MULTICODEC = b"\xed\x01"


class BadgeError(DomainError):
    """The file or text is not a readable Open Badge."""


# --- What a badge states ---------------------------------------------------------------------------


@dataclass(frozen=True)
class BadgeUnit:
    code: str
    title: str
    case_id: str  # the unit's CASE CFItem UUID (what ``standards export`` writes)
    outcome: str  # outcome code as printed: C, RPL or CT


@dataclass(frozen=True)
class BadgeDoc:
    """Everything a certificate's badge states (services/badges.py reads it from the register)."""

    serial: str
    kind: str  # "full" or "statement"
    languages: tuple[str, ...]
    issued_on: dt.date
    qr_text: str  # the certificate's signed QR payload (link form when the centre has an address)
    centre_code: str
    centre_name: str
    centre_country: str
    site: str | None  # the verification site's address (folder URL ending in "/"), when the centre has one
    awarding_body_code: str
    awarding_body_name: str
    awarding_body_country: str
    qualification_code: str
    qualification_title: str
    qualification_version: int
    qualification_case_id: str
    level: str
    level_scale: str
    candidate_name: str
    candidate_name_local: str
    national_id: str  # "" when none; written only as a salted hash
    units: tuple[BadgeUnit, ...]


def credential_id(serial: str) -> str:
    """The badge's ``id``: a UUID derived from the serial, so the revocation list can name it."""
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, 'certificate/' + serial)}"


def issuer_id(centre_country: str, centre_code: str, site: str | None) -> str:
    return site or f"urn:skillassess:centre:{centre_country.upper()}-{centre_code}"


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def identity_hash(value: str, salt: str) -> str:
    """OB 3.0 IdentityHash: ``sha256$`` and the hex SHA-256 of the value followed by the salt."""
    return "sha256$" + hashlib.sha256((nfc(value) + salt).encode("utf-8")).hexdigest()


def _date_time(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def _words(lang: str) -> dict[str, str]:
    return WORDING.get(lang, WORDING["en"])


def achievement_name(doc: BadgeDoc, lang: str) -> str:
    """The achievement's name as the certificate prints it in ``lang``: its title word and the qualification."""
    word = _words(lang)["title_full" if doc.kind == "full" else "title_statement"]
    return nfc(f"{word}: {doc.qualification_title}")


def _profile(ident: str, name: str, country: str) -> dict[str, Any]:
    profile: dict[str, Any] = {"id": ident, "type": ["Profile"], "name": nfc(name)}
    if country:
        profile["address"] = {"type": ["Address"], "addressCountryCode": country.upper()}
    return profile


def _alignment(unit: BadgeUnit, framework: str) -> dict[str, Any]:
    return {
        "type": ["Alignment"],
        "targetType": "CFItem",
        "targetCode": unit.code,
        "targetName": nfc(unit.title),
        "targetUrl": f"urn:uuid:{unit.case_id}",
        "targetFramework": nfc(framework),
    }


def _result_description_id(doc: BadgeDoc, unit: BadgeUnit) -> str:
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, 'result/' + doc.qualification_case_id + '/' + unit.case_id)}"


def build_credential(doc: BadgeDoc, public_key: Ed25519PublicKey, salt: str) -> dict[str, Any]:
    """The OpenBadgeCredential for ``doc`` (unsigned), naming ``public_key`` in the issuer profile."""
    first = doc.languages[0] if doc.languages else "en"
    ident = credential_id(doc.serial)
    issuer = _profile(issuer_id(doc.centre_country, doc.centre_code, doc.site), doc.centre_name, doc.centre_country)
    if doc.site:
        issuer["url"] = doc.site
    issuer["otherIdentifier"] = [
        {"type": "IdentifierEntry", "identifier": did_key(public_key), "identifierType": "identifier"}
    ]
    body = _profile(
        f"urn:skillassess:awarding-body:{doc.awarding_body_code}", doc.awarding_body_name, doc.awarding_body_country
    )
    issuer["parentOrg"] = body
    framework = f"{doc.qualification_code} {doc.qualification_title}"
    words = _words(first)
    level = f"{words['level']} {doc.level}" + (f" ({doc.level_scale})" if doc.level_scale else "") if doc.level else ""
    if doc.kind == "full":
        achievement_id = f"urn:uuid:{doc.qualification_case_id}"
        narrative = f"{words['achieved_full']}: {doc.qualification_code} {doc.qualification_title}"
    else:
        codes = "/".join(u.code for u in doc.units)
        achievement_id = f"urn:uuid:{uuid.uuid5(_NAMESPACE, 'statement/' + doc.qualification_case_id + '/' + codes)}"
        narrative = f"{words['achieved_statement']}: {doc.qualification_code} {doc.qualification_title}"
    achievement: dict[str, Any] = {
        "id": achievement_id,
        "type": ["Achievement"],
        "achievementType": "Certificate" if doc.kind == "full" else "ext:StatementOfAttainment",
        "name": achievement_name(doc, first),
        "nameMap": {lang: achievement_name(doc, lang) for lang in doc.languages},
        "inLanguage": first,
        "@language": first,
        "description": nfc(narrative + (f" · {level}" if level else "")),
        "criteria": {"narrative": nfc(narrative)},
        "humanCode": doc.qualification_code,
        "version": str(doc.qualification_version),
        "creator": body,
        "alignment": [_alignment(u, framework) for u in doc.units],
        "resultDescription": [
            {
                "id": _result_description_id(doc, u),
                "type": ["ResultDescription"],
                "name": nfc(f"{u.code} {u.title}"),
                "resultType": "Status",
                "alignment": [_alignment(u, framework)],
            }
            for u in doc.units
        ],
    }
    if level:
        achievement["tag"] = [nfc(level)]
    identifier: list[dict[str, Any]] = [
        {"type": "IdentityObject", "identityType": NAME_IDENTITY, "hashed": False, "identityHash": nfc(name)}
        for name in (doc.candidate_name, doc.candidate_name_local)
        if name
    ]
    if doc.national_id:
        identifier.append(
            {
                "type": "IdentityObject",
                "identityType": "nationalIdentityNumber",
                "hashed": True,
                "identityHash": identity_hash(doc.national_id, salt),
                "salt": salt,
            }
        )
    subject: dict[str, Any] = {
        "type": ["AchievementSubject"],
        "identifier": identifier,
        "achievement": achievement,
        "activityEndDate": _date_time(doc.issued_on),
        "result": [
            {
                "type": ["Result"],
                "resultDescription": _result_description_id(doc, u),
                "status": _OUTCOME_STATUS,
                "value": u.outcome,
                "alignment": [_alignment(u, framework)],
            }
            for u in doc.units
        ],
    }
    kind_word = words["title_full" if doc.kind == "full" else "title_statement"]
    credential: dict[str, Any] = {
        "@context": list(CONTEXT),
        "id": ident,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": achievement_name(doc, first),
        "description": nfc(f"{kind_word} {doc.serial} · {doc.centre_name}"),
        "issuer": issuer,
        "validFrom": _date_time(doc.issued_on),
        "issuanceDate": _date_time(doc.issued_on),
        "credentialSubject": subject,
        "evidence": [
            {
                "id": CERTIFICATE_URN + doc.serial,
                "type": ["Evidence"],
                "name": nfc(f"{kind_word} {doc.serial}"),
                "genre": "Certificate",
                "description": doc.qr_text,
            }
        ],
    }
    if doc.site:
        credential["credentialStatus"] = {"id": doc.site + REVOCATION_LIST_FILE, "type": REVOCATION_LIST_TYPE}
    return credential


# --- Keys: JWK and did:key -------------------------------------------------------------------------


def _b58encode(data: bytes) -> str:
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


def _b58decode(text: str) -> bytes:
    n = 0
    for ch in text:
        i = _B58.find(ch)
        if i < 0:
            raise BadgeError(
                msg("The badge's key is not a valid Ed25519 key (jwk or did:key): it was changed or damaged.")
            )
        n = n * 58 + i
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return b"\0" * (len(text) - len(text.lstrip("1"))) + raw


def did_key(public_key: Ed25519PublicKey) -> str:
    """The key as a ``did:key`` (multicodec ed25519-pub, base58btc)."""
    return "did:key:z" + _b58encode(_ED25519_MULTICODEC + sp.raw_public_key(public_key))


def key_from_did(did: str) -> Ed25519PublicKey:
    """The Ed25519 key of a ``did:key:z6Mk…`` (a fragment after "#" is ignored)."""
    ident = did.partition("#")[0]
    if not ident.startswith("did:key:z"):
        raise BadgeError(msg("The badge's key is not a valid Ed25519 key (jwk or did:key): it was changed or damaged."))
    raw = _b58decode(ident[len("did:key:z") :])
    if not raw.startswith(_ED25519_MULTICODEC) or len(raw) != 34:
        raise BadgeError(msg("The badge's key is not a valid Ed25519 key (jwk or did:key): it was changed or damaged."))
    return sp.public_key_from_raw(raw[2:])


def jwk(public_key: Ed25519PublicKey) -> dict[str, str]:
    return {"kty": "OKP", "crv": "Ed25519", "x": sp.b64url_encode(sp.raw_public_key(public_key))}


def key_from_jwk(value: object) -> Ed25519PublicKey:
    if not isinstance(value, dict) or value.get("kty") != "OKP" or value.get("crv") != "Ed25519":
        raise BadgeError(msg("The badge's key is not a valid Ed25519 key (jwk or did:key): it was changed or damaged."))
    x = value.get("x")
    if not isinstance(x, str):
        raise BadgeError(msg("The badge's key is not a valid Ed25519 key (jwk or did:key): it was changed or damaged."))
    try:
        raw = sp.b64url_decode(x)
    except sp.PayloadError:
        raise BadgeError(
            msg("The badge's key is not a valid Ed25519 key (jwk or did:key): it was changed or damaged.")
        ) from None
    if len(raw) != 32:
        raise BadgeError(msg("The badge's key is not a valid Ed25519 key (jwk or did:key): it was changed or damaged."))
    return sp.public_key_from_raw(raw)


# --- Signing: VC-JWT --------------------------------------------------------------------------------


def _json_bytes(doc: object) -> bytes:
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _timestamp(text: str) -> int:
    return int(parse_date_time(text).timestamp())


def sign(credential: dict[str, Any], private_key: Ed25519PrivateKey) -> str:
    """The compact JWS of ``credential``: OB 3.0 section 8.2 (the credential's members with iss, jti, nbf)."""
    public = private_key.public_key()
    did = did_key(public)
    header = {"alg": "EdDSA", "typ": "JWT", "kid": f"{did}#{did[len('did:key:') :]}", "jwk": jwk(public)}
    claims = dict(credential)
    claims["iss"] = credential["issuer"]["id"]
    claims["jti"] = credential["id"]
    claims["nbf"] = _timestamp(credential["validFrom"])
    signing_input = f"{sp.b64url_encode(_json_bytes(header))}.{sp.b64url_encode(_json_bytes(claims))}"
    return f"{signing_input}.{sp.b64url_encode(private_key.sign(signing_input.encode('ascii')))}"


# --- Reading -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReadBadge:
    """A badge as read: the credential, and for a JWS its header, signed bytes and signature."""

    credential: dict[str, Any]
    form: str  # "jwt" or "json"
    header: dict[str, Any]
    claims: dict[str, Any]
    signing_input: bytes
    signature: bytes

    @property
    def issuer_id(self) -> str:
        issuer = self.credential.get("issuer")
        return str(issuer.get("id", "") if isinstance(issuer, dict) else issuer or "")

    @property
    def issuer_name(self) -> str:
        issuer = self.credential.get("issuer")
        name = issuer.get("name", "") if isinstance(issuer, dict) else ""
        return name if isinstance(name, str) and name else self.issuer_id

    @property
    def alg(self) -> str:
        return str(self.header.get("alg", ""))

    def public_key(self) -> Ed25519PublicKey | None:
        """The Ed25519 key the header names (jwk, else a did:key kid); None when it names none."""
        if "jwk" in self.header:
            return key_from_jwk(self.header["jwk"])
        kid = self.header.get("kid")
        if isinstance(kid, str) and kid.startswith("did:key:"):
            return key_from_did(kid)
        return None

    def signature_valid(self, public_key: Ed25519PublicKey) -> bool:
        try:
            public_key.verify(self.signature, self.signing_input)
        except InvalidSignature:
            return False
        return True


def _json_object(data: bytes) -> dict[str, Any]:
    try:
        doc = json.loads(data.decode("utf-8"), parse_constant=_no_constant)
    except (UnicodeDecodeError, json.JSONDecodeError, ValueError, RecursionError):
        doc = None
    if not isinstance(doc, dict):
        raise BadgeError(msg("The badge is not a JSON object in UTF-8: it was changed or damaged."))
    return doc


def _no_constant(name: str) -> None:
    raise ValueError(name)


def read_badge(data: bytes | str) -> ReadBadge:
    """Read a compact JWS or a JSON credential (raises BadgeError with a sentence saying what is wrong)."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if len(raw) > _MAX_BADGE_BYTES:
        raise BadgeError(msg("This file is far too large to be a badge ({size} bytes).", size=len(raw)))
    try:
        text = raw.decode("utf-8-sig").strip()
    except UnicodeDecodeError:
        raise BadgeError(msg("This file is not text: a badge is a .jwt file or a JSON credential.")) from None
    if not text:
        raise BadgeError(msg("The badge is empty."))
    if text.startswith("{"):
        credential = _json_object(text.encode("utf-8"))
        return ReadBadge(credential, "json", {}, {}, b"", b"")
    if not _JWS_RE.match(text):
        raise BadgeError(
            msg(
                "This is neither a badge in JWT form (three base64url parts joined by dots) nor a JSON credential; "
                "it may have been changed."
            )
        )
    parts = text.split(".")
    try:
        header_bytes, claims_bytes, signature = (sp.b64url_decode(p) for p in parts)
    except sp.PayloadError:
        raise BadgeError(msg("The badge's JWT is not valid base64url: it was changed or damaged.")) from None
    header = _json_object(header_bytes)
    claims = _json_object(claims_bytes)
    vc = claims.get("vc")
    if isinstance(vc, dict):
        credential = vc
    else:
        credential = {k: v for k, v in claims.items() if k not in ("iss", "jti", "nbf", "exp", "sub", "iat", "aud")}
    return ReadBadge(credential, "jwt", header, claims, f"{parts[0]}.{parts[1]}".encode("ascii"), signature)


def parse_date_time(text: object) -> dt.datetime:
    if not isinstance(text, str):
        raise ValueError(text)
    when = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def _types(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def problems(badge: ReadBadge, now: dt.datetime | None = None) -> list[Message]:
    """What makes the credential not an Open Badge 3.0 credential in force (empty when nothing does)."""
    c = badge.credential
    now = now or dt.datetime.now(dt.UTC)
    found: list[Message] = []
    context = c.get("@context")
    if not isinstance(context, list) or not context:
        found.append(msg("it has no @context"))
    types = _types(c.get("type"))
    if "VerifiableCredential" not in types or not any(t in KNOWN_TYPES for t in types):
        found.append(
            msg(
                "its type is {types}, not an OpenBadgeCredential (nor AchievementCredential)",
                types=", ".join(types) or "-",
            )
        )
    issuer = c.get("issuer")
    if not (isinstance(issuer, str) and issuer) and not (
        isinstance(issuer, dict) and isinstance(issuer.get("id"), str)
    ):
        found.append(msg("it names no issuer"))
    subject = c.get("credentialSubject")
    if not isinstance(subject, dict):
        found.append(msg("it has no credentialSubject"))
    else:
        wanted = "EndorsementSubject" if "EndorsementCredential" in types else "AchievementSubject"
        if wanted not in _types(subject.get("type")) and not (badge.form == "jwt" and "type" not in subject):
            found.append(
                msg(
                    "the type of its subject is {types}, not {wanted}",
                    types=", ".join(_types(subject.get("type"))) or "-",
                    wanted=wanted,
                )
            )
    evidence = c.get("evidence", [])
    for n, item in enumerate(evidence if isinstance(evidence, list) else [evidence], start=1):
        if not isinstance(item, dict) or "Evidence" not in _types(item.get("type")):
            kind = ", ".join(_types(item.get("type"))) if isinstance(item, dict) else "-"
            found.append(msg("evidence {n} is of type {types}, not Evidence", n=n, types=kind or "-"))
    start = c.get("validFrom", c.get("issuanceDate"))
    end = c.get("validUntil", c.get("expirationDate"))
    try:
        if start is None:
            found.append(msg("it has no validFrom (nor issuanceDate)"))
        elif parse_date_time(start) > now + dt.timedelta(days=1):
            found.append(msg("it is not valid before {date}", date=str(start)))
        if end is not None and parse_date_time(end) < now:
            found.append(msg("it expired on {date}", date=str(end)))
    except ValueError:
        found.append(msg("a date in it is not a date and time ({date})", date=f"{start}, {end}"))
    if badge.form == "jwt":
        ident = c.get("id")
        if "jti" in badge.claims and ident is not None and badge.claims["jti"] != ident:
            found.append(msg("its JWT jti differs from its id"))
        if "iss" in badge.claims and badge.claims["iss"] != badge.issuer_id:
            found.append(msg("its JWT iss differs from its issuer"))
    return found


# --- What a SkillAssess badge states, read back --------------------------------------------------------


@dataclass(frozen=True)
class BadgeClaims:
    """The statements of a SkillAssess badge that the register must confirm."""

    serial: str
    names: tuple[str, ...]
    national_id_hash: tuple[str, str] | None  # (identityHash, salt)
    kind: str
    qualification_code: str
    units: tuple[tuple[str, str], ...]  # (unit code, outcome code)
    issued_on: dt.date | None


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def claims_of(credential: dict[str, Any]) -> BadgeClaims | None:
    """The SkillAssess statements of a credential; None when it names no SkillAssess certificate. Any shape
    of JSON is read without an exception (what is not where it should be is read as missing)."""
    serial = ""
    for item in _list(credential.get("evidence")):
        if isinstance(item, dict) and isinstance(item.get("id"), str) and item["id"].startswith(CERTIFICATE_URN):
            serial = item["id"][len(CERTIFICATE_URN) :]
    if not serial:
        return None
    subject = _dict(credential.get("credentialSubject"))
    names: list[str] = []
    hashed: tuple[str, str] | None = None
    for ident in _list(subject.get("identifier")):
        if not isinstance(ident, dict):
            continue
        if ident.get("identityType") == NAME_IDENTITY and not ident.get("hashed"):
            names.append(str(ident.get("identityHash", "")))
        elif ident.get("identityType") == "nationalIdentityNumber" and ident.get("hashed"):
            hashed = (str(ident.get("identityHash", "")), str(ident.get("salt", "")))
    achievement = _dict(subject.get("achievement"))
    kind = "full" if achievement.get("achievementType") == "Certificate" else "statement"
    units = tuple(
        (str(_dict((_list(r.get("alignment")) or [{}])[0]).get("targetCode", "")), str(r.get("value", "")))
        for r in _list(subject.get("result"))
        if isinstance(r, dict)
    )
    try:
        issued: dt.date | None = parse_date_time(credential.get("validFrom")).date()
    except ValueError:
        issued = None
    return BadgeClaims(
        serial=serial,
        names=tuple(names),
        national_id_hash=hashed,
        kind=kind,
        qualification_code=str(achievement.get("humanCode", "")),
        units=units,
        issued_on=issued,
    )


def differences(claims: BadgeClaims, expected: BadgeDoc) -> list[str]:
    """The fields in which a badge states something other than the register (empty when it agrees)."""
    found = []
    if claims.names != tuple(n for n in (expected.candidate_name, expected.candidate_name_local) if n):
        found.append("name")
    if expected.national_id:
        if (
            claims.national_id_hash is None
            or identity_hash(expected.national_id, claims.national_id_hash[1]) != (claims.national_id_hash[0])
        ):
            found.append("national ID")
    elif claims.national_id_hash is not None:
        found.append("national ID")
    if claims.kind != expected.kind:
        found.append("kind")
    if claims.qualification_code != expected.qualification_code:
        found.append("qualification")
    if claims.units != tuple((u.code, u.outcome) for u in expected.units):
        found.append("units")
    if claims.issued_on != expected.issued_on:
        found.append("date of issue")
    return found


def file_name(serial: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", serial) + ".jwt"
