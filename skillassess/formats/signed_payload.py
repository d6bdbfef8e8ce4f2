"""Signed certificate payloads (the QR code text) and the centre's Ed25519 key files.

The payload format is documented in docs/certificate-payload.md so that anyone holding the
centre's public key can verify a certificate without this application::

    SA1.<base64url(body)>.<base64url(signature)>

``body`` is UTF-8 JSON with sorted keys and no spaces; the signature is Ed25519 over the ASCII
bytes of ``SA1.<base64url(body)>``. base64url is RFC 4648 section 5 without ``=`` padding.
Decoding is strict (the text must be exactly what re-encoding gives), so any changed character
makes a payload invalid.

When the centre has a verification address, the QR code holds the *link form*
``<address>#SA1.<body>.<signature>``: a phone opens the verification page, and the fragment after
"#" never reaches a server. Readers accept both forms (``bare`` drops everything up to the first "#").
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from skillassess.core.errors import DomainError

PREFIX = "SA1"
_B64URL = re.compile(r"^[A-Za-z0-9_-]+$")


class PayloadError(DomainError):
    """The text is not a well-formed SkillAssess certificate payload."""


@dataclass(frozen=True)
class PayloadBody:
    """What a certificate's QR code states."""

    key_id: str
    serial: str
    name: str  # candidate name in Latin script
    name_local: str  # candidate name in local script ("" when none)
    kind: str  # "full" or "statement"
    qualification: str  # qualification code
    units: tuple[str, ...]  # unit codes achieved
    issued_on: dt.date

    def to_json(self) -> dict[str, object]:
        doc: dict[str, object] = {
            "k": self.key_id,
            "s": self.serial,
            "n": self.name,
            "t": self.kind,
            "q": self.qualification,
            "u": list(self.units),
            "d": self.issued_on.isoformat(),
        }
        if self.name_local:
            doc["l"] = self.name_local
        return doc

    @classmethod
    def from_json(cls, doc: object) -> PayloadBody:
        if not isinstance(doc, dict):
            raise PayloadError("The payload body is not a JSON object.")
        try:
            units = doc["u"]
            if not isinstance(units, list) or not all(isinstance(u, str) for u in units):
                raise PayloadError("The payload's unit list (u) is not a list of codes.")
            for field in ("k", "s", "n", "t", "q", "d"):
                if not isinstance(doc[field], str):
                    raise PayloadError(f"The payload field {field} is not text.")
            local = doc.get("l", "")
            if not isinstance(local, str):
                raise PayloadError("The payload field l is not text.")
            return cls(
                key_id=doc["k"],
                serial=doc["s"],
                name=doc["n"],
                name_local=local,
                kind=doc["t"],
                qualification=doc["q"],
                units=tuple(units),
                issued_on=dt.date.fromisoformat(doc["d"]),
            )
        except KeyError as exc:
            raise PayloadError(f"The payload has no field {exc.args[0]}.") from exc
        except ValueError as exc:
            raise PayloadError(f"The payload's issue date (d) is not a date: {exc}.") from exc


def b64url_encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    """Strict base64url without padding: only the one canonical spelling of the bytes is accepted."""
    if not _B64URL.match(text):
        raise PayloadError("The payload has characters that base64url does not use.")
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as exc:
        raise PayloadError("The payload is not valid base64url.") from exc
    if b64url_encode(data) != text:
        raise PayloadError("The payload is not valid base64url (non-canonical encoding).")
    return data


def canonical_body(body: PayloadBody) -> bytes:
    return json.dumps(body.to_json(), ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def key_id_of(public_key: Ed25519PublicKey) -> str:
    """The first 16 hex digits of the SHA-256 of the raw 32-byte public key."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def raw_public_key(public_key: Ed25519PublicKey) -> bytes:
    return public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_key_from_raw(raw: bytes) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(raw)


def public_key_pem(public_key: Ed25519PublicKey) -> bytes:
    return public_key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def load_public_key_pem(data: bytes) -> Ed25519PublicKey:
    key = serialization.load_pem_public_key(data)
    if not isinstance(key, Ed25519PublicKey):
        raise PayloadError("The public key file does not hold an Ed25519 key.")
    return key


def bare(text: str) -> str:
    """The signed payload of a QR text in either form: everything up to and including the first "#" dropped."""
    text = text.strip()
    return text.partition("#")[2].strip() if "#" in text else text


def link(address: str | None, payload: str) -> str:
    """What the QR code holds: ``address#payload`` when the centre has a verification address, else the payload."""
    return f"{address}#{payload}" if address else payload


def sign(body: PayloadBody, private_key: Ed25519PrivateKey) -> str:
    """The payload text for ``body``, signed with ``private_key``."""
    signed_part = f"{PREFIX}.{b64url_encode(canonical_body(body))}"
    signature = private_key.sign(signed_part.encode("ascii"))
    return f"{signed_part}.{b64url_encode(signature)}"


@dataclass(frozen=True)
class ParsedPayload:
    body: PayloadBody
    signed_part: bytes
    signature: bytes


def parse(text: str) -> ParsedPayload:
    """Split and decode a payload (bare or link form) without checking its signature (raises PayloadError)."""
    text = bare(text)
    parts = text.split(".")
    if len(parts) != 3 or parts[0] != PREFIX:
        raise PayloadError(
            f"This is not a SkillAssess certificate payload (it should read {PREFIX}.<body>.<signature>)."
        )
    body_bytes = b64url_decode(parts[1])
    signature = b64url_decode(parts[2])
    if len(signature) != 64:
        raise PayloadError("The payload's signature has the wrong length.")
    try:
        doc = json.loads(body_bytes.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PayloadError("The payload body is not UTF-8 JSON.") from exc
    return ParsedPayload(PayloadBody.from_json(doc), f"{parts[0]}.{parts[1]}".encode("ascii"), signature)


def signature_valid(parsed: ParsedPayload, public_key: Ed25519PublicKey) -> bool:
    try:
        public_key.verify(parsed.signature, parsed.signed_part)
    except InvalidSignature:
        return False
    return True


# --- Key files ------------------------------------------------------------------------------------


def private_key_path(directory: Path, centre_code: str) -> Path:
    """Where versions before 0004 kept the centre's one private key; keys are now named by key id
    (services/keys.py), and files at this older name are still found."""
    safe = re.sub(r"[^A-Za-z0-9_-]", "_", centre_code)
    return directory / "keys" / f"{safe}-ed25519.pem"


def load_private_key(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError) as exc:
        raise DomainError(f"The centre's signing key {path} cannot be read: {exc}.") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise DomainError(f"The centre's signing key {path} is not an Ed25519 key.")
    return key
