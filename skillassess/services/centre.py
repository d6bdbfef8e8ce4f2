"""The centre this database belongs to (one per database): for serials, registration numbers and headings,
and its settings (name, code, country, address, logo, signatories, verification address) that
administrators change after the first start."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from skillassess.core.enums import AuditAction, Role
from skillassess.core.errors import DomainError, ValidationError
from skillassess.core.messages import Message, msg
from skillassess.core.models import Centre, Signatory
from skillassess.core.text import field_problems
from skillassess.db.concurrency import lock_writes
from skillassess.formats.certificate_wording import LANGUAGES
from skillassess.formats.images import image_problem
from skillassess.services.audit import record
from skillassess.services.context import Actor

CENTRE_CODE_PATTERN = re.compile(r"[A-Z0-9][A-Z0-9-]{0,19}")
COUNTRY_PATTERN = re.compile(r"[A-Z]{2}")
MAX_LOGO_BYTES = 2 * 1024 * 1024
MAX_SIGNATURE_BYTES = 1024 * 1024
MAX_SIGNATORIES = 3  # what the foot of a certificate has room for
# The address goes into every QR code before the signed payload: short enough to keep the code readable.
MAX_ADDRESS_LENGTH = 200
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "[::1]"})


def the_centre(session: Session) -> Centre:
    """The centre; refused with a plain sentence before an administrator has set it up."""
    centre = session.execute(select(Centre).order_by(Centre.id).limit(1)).scalar_one_or_none()
    if centre is None:
        raise DomainError(msg("The centre is not set up yet (name, code, country); an administrator sets it up first."))
    return centre


def centre_name(session: Session) -> str:
    """The centre's name, for headings of printed records and forms ("" before the centre is set up)."""
    return session.execute(select(Centre.name).order_by(Centre.id).limit(1)).scalar() or ""


def verification_address(session: Session) -> str | None:
    """The web address of the centre's verification page (``https://…/``, or ``http://localhost…/``), or
    None when none is set (then QR codes hold the bare signed payload). Always ends in "/"; checked when
    saved (``check_verification_address``)."""
    return session.execute(select(Centre.verification_address).order_by(Centre.id).limit(1)).scalar() or None


# --- The settings as a record --------------------------------------------------------------------------


@dataclass(frozen=True)
class SignatorySettings:
    """A person who signs the certificates, with their title in each certificate language."""

    name: str
    titles: Mapping[str, str] = field(default_factory=dict)  # language code ("en", "fr", "ar", ...) -> title
    signature_image: bytes | None = None  # PNG or JPEG

    def title_in(self, languages: Sequence[str]) -> str:
        """The title in the first of ``languages`` that has one, else in English, else in any language."""
        for lang in (*languages, "en"):
            if self.titles.get(lang):
                return self.titles[lang]
        return next((t for t in self.titles.values() if t), "")


@dataclass(frozen=True)
class CentreSettings:
    """Everything an administrator sets about the centre (the Centre settings dialog, ``centre show``)."""

    name: str
    code: str
    country: str
    address: str = ""
    logo: bytes | None = None  # PNG or JPEG
    verification_address: str | None = None
    signatories: tuple[SignatorySettings, ...] = ()


def _titles(row: Signatory) -> dict[str, str]:
    try:
        loaded = json.loads(row.titles_json or "{}")
    except ValueError:
        loaded = {}
    titles = {str(k): str(v) for k, v in loaded.items() if v} if isinstance(loaded, dict) else {}
    if row.title and not titles:
        titles = {"en": row.title}  # a signatory from before titles per language: its one title
    return titles


def signatory_settings(row: Signatory) -> SignatorySettings:
    return SignatorySettings(name=row.name, titles=_titles(row), signature_image=row.signature_image)


def active_signatories(session: Session, centre_id: int) -> list[SignatorySettings]:
    """The signatories printed on certificates, in order."""
    rows = session.execute(
        select(Signatory)
        .where(Signatory.centre_id == centre_id, Signatory.active.is_(True))
        .order_by(Signatory.position, Signatory.id)
    ).scalars()
    return [signatory_settings(r) for r in rows]


def centre_settings(session: Session) -> CentreSettings:
    """The centre's settings as they are now."""
    centre = the_centre(session)
    return CentreSettings(
        name=centre.name,
        code=centre.code,
        country=centre.country,
        address=centre.address or "",
        logo=centre.logo,
        verification_address=centre.verification_address or None,
        signatories=tuple(active_signatories(session, centre.id)),
    )


# --- Checking ------------------------------------------------------------------------------------------


def check_verification_address(text: str | None) -> str | None:
    """The verification address as stored (None for an empty one); ValidationError naming the field if bad.

    An https:// address with a host, ending in "/", with no query, fragment or user name in it
    (the signed payload goes after "#"); http:// only for this computer (``http://localhost:8000/``).
    """
    problem = verification_address_problem(text)
    if problem is not None:
        raise ValidationError(msg("{field}: {problem}", field=msg("Verification address"), problem=problem))
    value = (text or "").strip()
    return value or None


def verification_address_problem(text: str | None) -> Message | None:
    value = (text or "").strip()
    if not value:
        return None
    example = "https://verify.example.org/"
    if len(value) > MAX_ADDRESS_LENGTH:
        return msg(
            "it has {length} characters; use an address of at most {limit}, so that QR codes stay readable.",
            length=len(value),
            limit=MAX_ADDRESS_LENGTH,
        )
    if not value.isascii() or any(ch.isspace() or ord(ch) < 32 for ch in value):
        return msg("use a web address without spaces or accented letters, for example {example}", example=example)
    try:
        parts = urlsplit(value)
        port = parts.port
    except ValueError:
        return msg("this is not a web address; write it as {example}", example=example)
    host = (parts.hostname or "").lower()
    local = host in LOCAL_HOSTS or (parts.netloc.lower().split(":")[0] in LOCAL_HOSTS)
    if parts.scheme == "http" and local:
        pass
    elif parts.scheme != "https":
        return msg(
            "the address must start with https:// (http:// only for localhost), for example {example}", example=example
        )
    if not host or "@" in parts.netloc or (port is not None and not 0 < port < 65536):
        return msg("this is not a web address; write it as {example}", example=example)
    if "." not in host and not local:
        return msg(
            "the host name {host} is not a public web address, for example {example}", host=host, example=example
        )
    if parts.query or parts.fragment or "#" in value or "?" in value:
        return msg("the address may not contain ? or # (the certificate is added after #).")
    if not value.endswith("/"):
        return msg("the address must end with / (for example {example})", example=example)
    return None


def settings_problems(settings: CentreSettings) -> list[Message]:
    """Every problem with ``settings``, each naming its field ("Centre code: ...", "Signatory 2, signature: ...")."""
    problems: list[Message] = []

    def add(label: str | Message, problem: Message) -> None:
        problems.append(msg("{field}: {problem}", field=label, problem=problem))

    if not settings.name.strip():
        add(msg("Centre name"), msg("enter the centre's name."))
    if not CENTRE_CODE_PATTERN.fullmatch(settings.code.strip().upper()):
        add(
            msg("Centre code"),
            msg("1 to 20 letters, digits or hyphens (for example ACC); it starts every certificate serial."),
        )
    if not COUNTRY_PATTERN.fullmatch(settings.country.strip().upper()):
        add(msg("Country"), msg("the two-letter ISO code, for example GH, ET or LB."))
    if settings.logo:
        logo_problem = image_problem(settings.logo, max_bytes=MAX_LOGO_BYTES)
        if logo_problem is not None:
            add(msg("Logo"), logo_problem)
    address_problem = verification_address_problem(settings.verification_address)
    if address_problem is not None:
        add(msg("Verification address"), address_problem)
    problems += field_problems(
        [
            (Centre.name, settings.name.strip(), msg("Centre name")),
            (Centre.address, settings.address.strip(), msg("Address")),
        ]
    )
    if len(settings.signatories) > MAX_SIGNATORIES:
        add(
            msg("Signatories"),
            msg(
                "a certificate has room for {limit} signatories; remove {extra}.",
                limit=MAX_SIGNATORIES,
                extra=len(settings.signatories) - MAX_SIGNATORIES,
            ),
        )
    for n, s in enumerate(settings.signatories, start=1):
        if not s.name.strip():
            add(msg("Signatory {n}", n=n), msg("enter the name, or remove the signatory."))
        for lang in s.titles:
            if lang not in LANGUAGES:
                add(msg("Signatory {n}", n=n), msg("{lang} is not a certificate language.", lang=lang))
        problems += field_problems(
            [(Signatory.name, s.name.strip(), msg("Signatory {n}", n=n))]
            + [
                (Signatory.title, t.strip(), msg("Signatory {n}, title ({lang})", n=n, lang=lang))
                for lang, t in s.titles.items()
            ]
        )
        if s.signature_image:
            image = image_problem(s.signature_image, max_bytes=MAX_SIGNATURE_BYTES)
            if image is not None:
                add(msg("Signatory {n}, signature", n=n), image)
    return problems


def cleaned(settings: CentreSettings) -> CentreSettings:
    """``settings`` with spaces trimmed, the code and country in capitals, empty titles left out."""
    return CentreSettings(
        name=settings.name.strip(),
        code=settings.code.strip().upper(),
        country=settings.country.strip().upper(),
        address=settings.address.strip(),
        logo=settings.logo or None,
        verification_address=(settings.verification_address or "").strip() or None,
        signatories=tuple(
            SignatorySettings(
                name=s.name.strip(),
                titles={k: v.strip() for k, v in s.titles.items() if v and v.strip()},
                signature_image=s.signature_image or None,
            )
            for s in settings.signatories
        ),
    )


# --- Changing -------------------------------------------------------------------------------------------


def image_digest(data: bytes | None) -> str | None:
    """An image as the audit log and `centre show` name it: its size and the start of its SHA-256."""
    return None if not data else f"{len(data)} bytes, sha256 {hashlib.sha256(data).hexdigest()[:16]}"


def settings_view(s: CentreSettings) -> dict[str, Any]:
    """The settings as the audit log and `centre show --json` name them (images by size and digest)."""
    return {
        "name": s.name,
        "code": s.code,
        "country": s.country,
        "address": s.address,
        "logo": image_digest(s.logo),
        "verification_address": s.verification_address,
        "signatories": [
            {
                "name": x.name,
                "titles": dict(sorted(x.titles.items())),
                "signature_image": image_digest(x.signature_image),
            }
            for x in s.signatories
        ],
    }


def update_centre_settings(session: Session, actor: Actor, settings: CentreSettings) -> CentreSettings:
    """Change the centre's settings (administrators only): all of them or none, one audit entry naming
    what changed (images by size and digest). Returns the settings as saved."""
    actor.require(Role.ADMINISTRATOR, action="change the centre settings")
    new = cleaned(settings)
    problems = settings_problems(new)
    if problems:
        raise ValidationError(msg("The centre settings were not saved:"), problems)
    lock_writes(session)
    centre = the_centre(session)
    old = centre_settings(session)
    before, after = settings_view(old), settings_view(new)
    changed = [k for k in after if before[k] != after[k]]
    if not changed:
        return old
    centre.name, centre.code, centre.country, centre.address = new.name, new.code, new.country, new.address
    centre.logo = new.logo
    centre.verification_address = new.verification_address
    if before["signatories"] != after["signatories"]:
        _replace_signatories(session, centre, new.signatories)
    session.flush()
    record(
        session,
        actor,
        AuditAction.UPDATE,
        "centre",
        new.code,
        {k: before[k] for k in changed},
        {k: after[k] for k in changed},
    )
    return centre_settings(session)


def _replace_signatories(session: Session, centre: Centre, signatories: Sequence[SignatorySettings]) -> None:
    """The centre's signatories become ``signatories``, in order (rows reused by position, extra ones removed)."""
    rows = list(
        session.execute(
            select(Signatory).where(Signatory.centre_id == centre.id).order_by(Signatory.position, Signatory.id)
        ).scalars()
    )
    for n, s in enumerate(signatories, start=1):
        row = rows[n - 1] if n <= len(rows) else Signatory(centre_id=centre.id)
        row.position = n
        row.name = s.name
        row.title = s.title_in(("en",))
        row.titles_json = json.dumps(dict(sorted(s.titles.items())), ensure_ascii=False)
        row.signature_image = s.signature_image
        row.active = True
        session.add(row)
    for row in rows[len(signatories) :]:
        session.delete(row)


def with_signatory(settings: CentreSettings, position: int | None, signatory: SignatorySettings) -> CentreSettings:
    """``settings`` with the signatory at ``position`` (1-based) replaced, or appended when None."""
    sigs = list(settings.signatories)
    if position is None:
        sigs.append(signatory)
    else:
        if not 1 <= position <= len(sigs):
            raise ValidationError(
                msg("There is no signatory {n}; the centre has {count}.", n=position, count=len(sigs))
            )
        sigs[position - 1] = signatory
    return replace(settings, signatories=tuple(sigs))


def without_signatory(settings: CentreSettings, position: int) -> CentreSettings:
    sigs = list(settings.signatories)
    if not 1 <= position <= len(sigs):
        raise ValidationError(msg("There is no signatory {n}; the centre has {count}.", n=position, count=len(sigs)))
    del sigs[position - 1]
    return replace(settings, signatories=tuple(sigs))
