"""The centre's certificate signing keys: made only by administrators, trusted only through the audit log.

A key pair is created or rotated only by an administrator, by these audited use cases (the CLI's
``keys create`` / ``keys rotate``, the Signing keys dialog, the first-start wizard and ``setup``
for the first administrator, and the demo loader for the demo): never as a side effect of
reading, exporting or issuing.

**The trusted-key rule.** A row of ``signing_key`` is trusted when the newest audit entry about it
(entity type ``signing_key``, entity id its key id)

1. is intact (its stored content still gives its hash),
2. says ``"trusted": true`` in its *after* (only the use cases here, and the upgrade to audit
   version 0004 for keys that had signed certificates or were made by a signed-in user, write that),
3. records the row's complete state, equal to the row as it is now.

So a key inserted into the table behind the application's back has no such entry and is not
trusted, and a trusted row whose public key or status is edited stops being trusted. ``audit
verify`` names both. The private key stays in the data folder: ``keys/<CENTRE>-<key id>-ed25519.pem``
(PKCS#8 PEM, mode 0600); keys made before this version are ``keys/<CENTRE>-ed25519.pem``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from skillassess.core.enums import AuditAction, Role
from skillassess.core.errors import DomainError
from skillassess.core.messages import Message, msg
from skillassess.core.models import AuditEntry, Centre, SigningKey
from skillassess.core.safe_write import write_file
from skillassess.db.paths import data_dir
from skillassess.formats import signed_payload as sp
from skillassess.services.audit import record
from skillassess.services.audit_chain import raw_entries, recomputed_hash
from skillassess.services.audit_state import row_problem
from skillassess.services.centre import the_centre
from skillassess.services.context import Actor

COMPUTER_KEY = "this-computer-checkpoint-ed25519.pem"
ENTITY = "signing_key"


def keys_folder(key_dir: Path | None = None) -> Path:
    return (key_dir or data_dir()) / "keys"


def private_key_file(centre_code: str, key_id: str, key_dir: Path | None = None) -> Path:
    safe = re.sub(r"[^A-Za-z0-9_-]", "_", centre_code)
    return keys_folder(key_dir) / f"{safe}-{key_id}-ed25519.pem"


_loaded: dict[Path, tuple[int, Ed25519PrivateKey]] = {}


def _load(path: Path) -> Ed25519PrivateKey | None:
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        return None
    cached = _loaded.get(path)
    if cached is not None and cached[0] == mtime:
        return cached[1]
    try:
        key = sp.load_private_key(path)
    except DomainError:
        return None
    _loaded[path] = (mtime, key)
    return key


def find_private_key(key_id: str, key_dir: Path | None = None) -> Ed25519PrivateKey | None:
    """The private key with this key id if this computer holds it (named by key id, or an older file)."""
    folder = keys_folder(key_dir)
    if not folder.is_dir():
        return None
    named = sorted(folder.glob(f"*-{key_id}-ed25519.pem"))
    others = sorted(p for p in folder.glob("*.pem") if p not in named and p.name != COMPUTER_KEY)
    for path in named + others:
        key = _load(path)
        if key is not None and sp.key_id_of(key.public_key()) == key_id:
            return key
    return None


def _write_private(path: Path, key: Ed25519PrivateKey) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    write_file(path, pem, mode=0o600, exclusive=True)  # whole or not at all, and never over another key


# --- This computer's checkpoint key ------------------------------------------------------------------


def computer_key(key_dir: Path | None = None) -> Ed25519PrivateKey:
    """This computer's own key for signing audit checkpoints (made when first needed; never for certificates)."""
    path = keys_folder(key_dir) / COMPUTER_KEY
    key = _load(path)
    if key is not None:
        return key
    with contextlib.suppress(FileExistsError):  # another process made it meanwhile
        _write_private(path, Ed25519PrivateKey.generate())
    loaded = _load(path)
    if loaded is None:
        raise DomainError(msg("The checkpoint key {path} cannot be read.", path=str(path)))
    return loaded


def computer_public_key(key_dir: Path | None = None) -> Ed25519PublicKey | None:
    key = _load(keys_folder(key_dir) / COMPUTER_KEY)
    return key.public_key() if key is not None else None


_signers: dict[tuple[str, Path], tuple[float, tuple[Ed25519PrivateKey, str, str]]] = {}
SIGNER_CACHE_SECONDS = 60.0


def checkpoint_signer(session: Session, key_dir: Path | None = None) -> tuple[Ed25519PrivateKey, str, str]:
    """(private key, key id, "centre" or "computer"): who signs the audit checkpoint on this computer.

    The centre's active key when its private key is here, whoever the signed-in user is (the
    checkpoint vouches for the log, not for a person); else this computer's own checkpoint key.
    Remembered for a minute per database: a checkpoint after each grid save should not list the
    keys folder each time (a key rotated meanwhile is retired, and still trusted).
    """
    import time

    cache_key = (str(session.get_bind().engine.url), keys_folder(key_dir))
    cached = _signers.get(cache_key)
    if cached is not None and time.monotonic() - cached[0] < SIGNER_CACHE_SECONDS:
        return cached[1]
    chosen: tuple[Ed25519PrivateKey, str, str] | None = None
    for key_id in session.execute(
        select(SigningKey.key_id).where(SigningKey.active.is_(True)).order_by(SigningKey.id.desc())
    ).scalars():
        private = find_private_key(key_id, key_dir)
        if private is not None:
            chosen = (private, key_id, "centre")
            break
    if chosen is None:
        private = computer_key(key_dir)
        chosen = (private, sp.key_id_of(private.public_key()), "computer")
    _signers[cache_key] = (time.monotonic(), chosen)
    return chosen


# --- Trust ------------------------------------------------------------------------------------------------


def key_problem(session: Session, row: SigningKey) -> Message | None:
    """None when the key is trusted (see the module's rule); else why not, in one sentence."""
    t = AuditEntry.__table__
    entries = raw_entries(session, (t.c.entity_type == ENTITY) & (t.c.entity_id == row.key_id), newest_first=True)
    if not entries:
        return msg("no audit entry records key {key}: it was added outside SkillAssess", key=row.key_id)
    e = entries[0]
    if recomputed_hash(e) != e.hash:
        return msg("its audit entry {entry} was changed", entry=e.id)
    try:
        after = json.loads(e.after_json or "null")
    except ValueError:
        after = None
    if not isinstance(after, dict) or after.get("trusted") is not True:
        return msg("it was not made trusted by an administrator (audit entry {entry})", entry=e.id)
    problem = row_problem(session, ENTITY, row.id, ENTITY, row.key_id)
    if problem is not None:
        return msg("its record differs from audit entry {entry} ({problem})", entry=e.id, problem=problem)
    return None


def trusted_public_key(session: Session, key_id: str) -> tuple[Ed25519PublicKey | None, Message | None]:
    """The public key with this id if the centre trusts it; else (None or the key, why it is not trusted)."""
    row = session.execute(select(SigningKey).where(SigningKey.key_id == key_id)).scalar_one_or_none()
    if row is None:
        return None, None
    try:
        public = sp.public_key_from_raw(row.public_key)
    except ValueError:
        return None, msg("its public key is damaged")
    problem = key_problem(session, row)
    return (public, problem) if problem is not None else (public, None)


def current_key(session: Session) -> SigningKey | None:
    """The key that signs new certificates: the newest active trusted key."""
    for row in session.execute(
        select(SigningKey).where(SigningKey.active.is_(True)).order_by(SigningKey.id.desc())
    ).scalars():
        if key_problem(session, row) is None:
            return row
    return None


@dataclass(frozen=True)
class KeyInfo:
    """A key as the keys list shows it."""

    key_id: str
    created_at: dt.datetime | None
    active: bool
    trusted: bool
    problem: Message | None
    private_here: bool
    current: bool


def list_keys(session: Session, key_dir: Path | None = None) -> list[KeyInfo]:
    """Every key of the table, newest first, with whether it is trusted and whether its private key is here."""
    current = current_key(session)
    out = []
    for row in session.execute(select(SigningKey).order_by(SigningKey.id.desc())).scalars():
        problem = key_problem(session, row)
        created = row.created_at
        if created is not None and created.tzinfo is None:
            created = created.replace(tzinfo=dt.UTC)
        out.append(
            KeyInfo(
                row.key_id,
                created,
                bool(row.active),
                problem is None,
                problem,
                find_private_key(row.key_id, key_dir) is not None,
                current is not None and row.id == current.id,
            )
        )
    return out


def _no_key() -> DomainError:
    return DomainError(
        msg(
            "This centre has no certificate signing key yet, so nothing can be signed. An administrator creates one: "
            "on the Users page, Signing keys…, then Create key; or skillassess keys create --user NAME."
        )
    )


def signing_key_for_issue(session: Session, key_dir: Path | None = None) -> tuple[Ed25519PrivateKey, str]:
    """The private key and key id that sign a new certificate; refuses (never creates) when there is none."""
    row = current_key(session)
    if row is None:
        raise _no_key()
    private = find_private_key(row.key_id, key_dir)
    if private is None:
        centre = session.execute(select(Centre.code).order_by(Centre.id).limit(1)).scalar() or "CENTRE"
        raise DomainError(
            msg(
                "The private key of the centre's signing key {key} is not on this computer (it should be {file}). Copy "
                "that file from the computer where the key was created, or an administrator rotates the key here "
                "(skillassess keys rotate).",
                key=row.key_id,
                file=str(private_key_file(centre, row.key_id, key_dir)),
            )
        )
    return private, row.key_id


def public_key_pem(session: Session) -> tuple[str, bytes]:
    """The key id and PEM of the centre's current public key (read from the database; nothing is created)."""
    row = current_key(session)
    if row is None:
        raise _no_key()
    return row.key_id, sp.public_key_pem(sp.public_key_from_raw(row.public_key))


# --- Creating and rotating (administrators) ------------------------------------------------------------


def _new_key(
    session: Session,
    actor: Actor,
    centre: Centre,
    key_dir: Path | None,
    private: Ed25519PrivateKey | None = None,
    replaces: str | None = None,
) -> SigningKey:
    private = private or Ed25519PrivateKey.generate()
    public = private.public_key()
    key_id = sp.key_id_of(public)
    _write_private(private_key_file(centre.code, key_id, key_dir), private)
    row = SigningKey(key_id=key_id, public_key=sp.raw_public_key(public), active=True)
    session.add(row)
    session.flush()
    after: dict[str, object] = {"key_id": key_id, "active": True, "trusted": True}
    if replaces:
        after["replaces"] = replaces
    record(session, actor, AuditAction.CREATE, ENTITY, key_id, None, after)
    return row


def create_key(session: Session, actor: Actor, key_dir: Path | None = None) -> SigningKey:
    """Make the centre's first signing key (administrators; refused when a trusted key is in use)."""
    actor.require(Role.ADMINISTRATOR, action="create the centre's signing key")
    existing = current_key(session)
    if existing is not None:
        raise DomainError(
            msg(
                "The centre already has a signing key ({key}); to replace it, rotate it (skillassess keys rotate).",
                key=existing.key_id,
            )
        )
    return _new_key(session, actor, the_centre(session), key_dir)


def rotate_key(session: Session, actor: Actor, key_dir: Path | None = None) -> tuple[SigningKey, SigningKey]:
    """A new key for new certificates; the old one is retired and still verifies what it signed. One transaction."""
    actor.require(Role.ADMINISTRATOR, action="rotate the centre's signing key")
    old = current_key(session)
    if old is None:
        raise DomainError(msg("There is no trusted signing key to rotate; create one (skillassess keys create)."))
    private = Ed25519PrivateKey.generate()
    new_id = sp.key_id_of(private.public_key())
    old.active = False
    session.flush()
    record(
        session,
        actor,
        AuditAction.UPDATE,
        ENTITY,
        old.key_id,
        {"active": True},
        {"active": False, "trusted": True, "replaced_by": new_id},
    )
    new = _new_key(session, actor, the_centre(session), key_dir, private, replaces=old.key_id)
    return old, new
