"""The signed audit checkpoint: the head of the audit chain, kept outside the database.

The chain shows any entry that was changed or removed in the middle, but not the newest entries
removed from its end, nor all of them: what is left is still a valid chain. So after every
transaction that wrote audit entries, once it is committed, SkillAssess writes a small signed file
(at :func:`skillassess.db.database.checkpoint_path`) stating how many entries the log had and the
hash of the last. ``audit verify`` and opening the database compare the log with it.

The file is one line of JSON, keys sorted, no spaces, UTF-8::

    {"at":"2026-11-25T10:00:00.123456Z","database":"/data/centre.sqlite3","entries":1234,
     "first_hash":"<hash of entry 1>","format":"skillassess-audit-checkpoint","head_hash":"<hash>",
     "head_id":1234,"key_id":"05fee47afe223a88","signature":"<base64url>","signer":"centre","version":1}

``signature`` is Ed25519 over the same JSON without the ``signature`` key (sorted keys, no
spaces, UTF-8), base64url without padding. ``signer`` says whose key signed: ``"centre"`` (the
centre's active certificate key, when its private key is on this computer) or ``"computer"``
(this computer's own checkpoint key, ``keys/this-computer-checkpoint-ed25519.pem`` in the data
folder, made when first needed; it is trusted for checkpoints on this computer only, never for
certificates). ``key_id`` is the key id as in certificate payloads.

Why after each change: a lost ``-wal`` file after a crash loses the newest commits, which only a
checkpoint written after them can show. Written atomically (temporary file, fsync, rename, fsync
of the folder) after the commit, so a crash leaves the previous checkpoint, which is behind and
therefore still true. A transaction whose commit finds that the log has lost entries its verified
checkpoint records is refused: writing a new checkpoint then would hide the loss. An
administrator restores the newest backup or records the loss (``audit accept-loss``).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from skillassess.core.enums import AuditAction, Role
from skillassess.core.errors import DomainError
from skillassess.core.messages import Message, msg
from skillassess.core.models import AuditEntry, SigningKey, utcnow
from skillassess.core.safe_write import FileWriteError, write_file
from skillassess.db.database import checkpoint_path, display_name
from skillassess.formats import signed_payload as sp

log = logging.getLogger(__name__)

FORMAT = "skillassess-audit-checkpoint"
VERSION = 1
PENDING = "skillassess.checkpoint.pending"
ACCEPT = "skillassess.checkpoint.accept"

OK, NOT_NEEDED, MISSING, UNREADABLE = "ok", "not needed", "missing", "unreadable"
BAD_SIGNATURE, UNKNOWN_SIGNER, ENTRIES_MISSING, REWRITTEN = (
    "bad signature",
    "unknown signer",
    "entries missing",
    "rewritten",
)


class CheckpointContradicted(DomainError):
    """The log has lost entries that its checkpoint records: writing is refused until this is resolved."""


@dataclass(frozen=True)
class Checkpoint:
    entries: int
    head_id: int
    head_hash: str
    first_hash: str
    at: str
    key_id: str
    signer: str
    database: str
    signature: str

    def body(self) -> dict[str, Any]:
        return {
            "at": self.at,
            "database": self.database,
            "entries": self.entries,
            "first_hash": self.first_hash,
            "format": FORMAT,
            "head_hash": self.head_hash,
            "head_id": self.head_id,
            "key_id": self.key_id,
            "signer": self.signer,
            "version": VERSION,
        }

    @property
    def when(self) -> str:
        """The time it was written, as people read it (UTC)."""
        return self.at[:19].replace("T", " ") + " UTC"


def _canonical(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def parse(data: bytes) -> Checkpoint:
    """The checkpoint in a file's bytes (ValueError when it is not one)."""
    doc = json.loads(data.decode("utf-8"))
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or doc.get("version") != VERSION:
        raise ValueError("not a SkillAssess audit checkpoint")
    try:
        cp = Checkpoint(
            entries=int(doc["entries"]),
            head_id=int(doc["head_id"]),
            head_hash=str(doc["head_hash"]),
            first_hash=str(doc["first_hash"]),
            at=str(doc["at"]),
            key_id=str(doc["key_id"]),
            signer=str(doc["signer"]),
            database=str(doc.get("database", "")),
            signature=str(doc["signature"]),
        )
    except (KeyError, TypeError) as exc:
        raise ValueError(f"a field is missing or wrong: {exc}") from exc
    return cp


def signed_bytes(cp: Checkpoint) -> bytes:
    return _canonical(cp.body())


def file_bytes(body: dict[str, Any], private_key: Ed25519PrivateKey) -> bytes:
    signature = sp.b64url_encode(private_key.sign(_canonical(body)))
    return _canonical({**body, "signature": signature}) + b"\n"


def write_atomically(path: Path, data: bytes, *, sync_folder: bool = True) -> None:
    """Replace ``path`` whole or not at all (core.safe_write; its folder is made if missing).

    Without ``sync_folder`` (the checkpoint after each change) a power cut right after the rename
    may leave the previous file: it is behind, so still true, and the next change writes it again.
    """
    write_file(path, data, make_folder=True, folder_sync=sync_folder)


def _url(session: Session) -> str:
    return session.get_bind().engine.url.render_as_string(hide_password=False)


def path_for(session: Session) -> Path:
    return checkpoint_path(_url(session))


def _database_name(session: Session) -> str:
    return display_name(_url(session))


# --- Signatures -------------------------------------------------------------------------------------

# Checkpoints this process wrote or verified, by path: (mtime_ns, size) -> checkpoint. A commit then
# does not verify again the file it wrote itself a moment ago.
_verified: dict[Path, tuple[tuple[int, int], Checkpoint]] = {}


def _stat(path: Path) -> tuple[int, int] | None:
    try:
        s = path.stat()
    except OSError:
        return None
    return s.st_mtime_ns, s.st_size


def _signature(session: Session, cp: Checkpoint, *, trust: bool) -> str:
    """OK, BAD_SIGNATURE or UNKNOWN_SIGNER."""
    from skillassess.services import keys

    public = None
    own = keys.computer_public_key()
    held = keys.find_private_key(cp.key_id)
    if own is not None and sp.key_id_of(own) == cp.key_id:
        public = own
    elif held is not None:
        # A key whose private half is on this computer signed it: its signature holds even when the
        # audit entries that made it trusted were removed (which the checkpoint is there to show).
        public = held.public_key()
    else:
        row = session.execute(select(SigningKey).where(SigningKey.key_id == cp.key_id)).scalar_one_or_none()
        if row is not None and (not trust or keys.key_problem(session, row) is None):
            public = sp.public_key_from_raw(row.public_key)
    if public is None:
        return UNKNOWN_SIGNER
    try:
        public.verify(sp.b64url_decode(cp.signature), signed_bytes(cp))
    except Exception:  # noqa: BLE001 - InvalidSignature or a malformed signature
        return BAD_SIGNATURE
    return OK


# --- Comparing the log with the checkpoint ------------------------------------------------------------


@dataclass(frozen=True)
class CheckpointCheck:
    status: str
    path: Path
    message: Message
    checkpoint: Checkpoint | None = None
    found: int | None = None  # entries in the log

    @property
    def failed(self) -> bool:
        return self.status in (BAD_SIGNATURE, ENTRIES_MISSING, REWRITTEN)

    @property
    def warning(self) -> bool:
        return self.status in (MISSING, UNREADABLE, UNKNOWN_SIGNER)

    @property
    def blocks_writing(self) -> bool:
        return self.status in (ENTRIES_MISSING, REWRITTEN)


def _entry_hash_at(session: Session, entry_id: int) -> str | None:
    return session.execute(select(AuditEntry.hash).where(AuditEntry.id == entry_id)).scalar_one_or_none()


def _first_hash(session: Session) -> str | None:
    return session.execute(select(AuditEntry.hash).order_by(AuditEntry.id).limit(1)).scalar_one_or_none()


def _count(session: Session, up_to: int | None = None) -> int:
    stmt = select(func.count()).select_from(AuditEntry)
    if up_to is not None:
        stmt = stmt.where(AuditEntry.id <= up_to)
    return int(session.execute(stmt).scalar_one())


def _resolve_hint() -> Message:
    return msg(
        "Restore the newest backup (skillassess restore FILE), or an administrator records the loss "
        "(skillassess audit accept-loss, or Check the log on the Audit log page); until then nothing can be saved."
    )


def _compare(session: Session, path: Path, cp: Checkpoint, *, quick: bool = False) -> CheckpointCheck:
    """``quick`` (at each commit): only the head entry and the first, by primary key; counting the
    entries up to the head adds nothing when the chain is intact, and ``audit verify`` checks it."""
    head = _entry_hash_at(session, cp.head_id)
    up_to = cp.entries if quick and head is not None else _count(session, cp.head_id)
    if head is None or up_to < cp.entries:
        found = _count(session)
        return CheckpointCheck(
            ENTRIES_MISSING,
            path,
            msg(
                "The audit checkpoint written on {at} records {expected} audit entries, but the database holds {found}: "
                "the newest changes are missing (a -wal file lost after a crash, a copy of the database made while it "
                "was being written, or entries deleted). {hint}",
                at=cp.when,
                expected=cp.entries,
                found=found,
                hint=_resolve_hint(),
            ),
            cp,
            found,
        )
    if head != cp.head_hash or (_first_hash(session) or "") != cp.first_hash:
        return CheckpointCheck(
            REWRITTEN,
            path,
            msg(
                "The audit log no longer holds the entries its checkpoint of {at} records (entry {entry} differs): "
                "the log was rewritten or replaced. {hint}",
                at=cp.when,
                entry=cp.head_id,
                hint=_resolve_hint(),
            ),
            cp,
            up_to,
        )
    if quick:
        return CheckpointCheck(OK, path, msg("The audit log holds its checkpoint."), cp)
    found = _count(session)
    return CheckpointCheck(
        OK,
        path,
        msg(
            "The audit checkpoint of {at} ({expected} entries, signed with key {key}) is contained in the log; "
            "{added} entries were added since.",
            at=cp.when,
            expected=cp.entries,
            key=cp.key_id,
            added=max(0, found - cp.entries),
        ),
        cp,
        found,
    )


def check(session: Session, chain: Any = None, *, trust: bool = True, quick: bool = False) -> CheckpointCheck:
    """The log against its checkpoint (``chain``: a ChainReport already computed, for the entry count)."""
    path = path_for(session)
    stat = _stat(path)
    if stat is None:
        entries = chain.checked if chain is not None else _count(session)
        if entries == 0:
            return CheckpointCheck(NOT_NEEDED, path, msg("The audit log is empty; there is no checkpoint yet."))
        return CheckpointCheck(
            MISSING,
            path,
            msg(
                "There is no audit checkpoint ({path}), so removing the newest entries of the log could not be "
                "detected. SkillAssess writes it after each change; if you copied the database, copy its "
                ".checkpoint file with it.",
                path=str(path),
            ),
        )
    try:
        cp = parse(path.read_bytes())
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        log.warning("Unreadable audit checkpoint %s: %s", path, exc)
        return CheckpointCheck(
            UNREADABLE,
            path,
            msg(
                "The audit checkpoint {path} cannot be read; it was not used. The next change writes a new one.",
                path=str(path),
            ),
        )
    known = _verified.get(path)
    if known is None or known[0] != stat or known[1] != cp:
        status = _signature(session, cp, trust=trust)
        if status == UNKNOWN_SIGNER:
            return CheckpointCheck(
                UNKNOWN_SIGNER,
                path,
                msg(
                    "The audit checkpoint {path} is signed with a key this computer does not know (another computer's "
                    "checkpoint key, or the file was replaced); it was not used. The next change writes a new one.",
                    path=str(path),
                ),
                cp,
            )
        if status == BAD_SIGNATURE:
            return CheckpointCheck(
                BAD_SIGNATURE,
                path,
                msg(
                    "The audit checkpoint {path} does not match its signature: it was changed outside SkillAssess.",
                    path=str(path),
                ),
                cp,
            )
        _verified[path] = (stat, cp)
    return _compare(session, path, cp, quick=quick)


def failed_on_open(session: Session) -> CheckpointCheck | None:
    """The check to report when a database is opened whose log lost entries its checkpoint records."""
    try:
        result = check(session, trust=False, quick=True)
    except Exception:  # a check that cannot run must not stop the database opening
        log.exception("The audit checkpoint could not be checked")
        return None
    return result if result.failed else None


def problem_on_open(session: Session) -> Message | None:
    """A sentence to show when a database is opened whose log lost entries its checkpoint records."""
    result = failed_on_open(session)
    return result.message if result is not None else None


# --- Writing ------------------------------------------------------------------------------------------


def _known(path: Path) -> Checkpoint | None:
    """The checkpoint at ``path`` if this process wrote or verified it and it has not changed since."""
    known = _verified.get(path)
    if known is None or known[0] != _stat(path):
        return None
    return known[1]


def prepare(session: Session) -> None:
    """Before a commit that wrote audit entries: what the new checkpoint will say (refuses on a lost log).

    The usual case costs no query: this transaction's first entry follows the head of the
    checkpoint this process wrote (so the log held it when this transaction read its head), and
    the new count is the old one plus the entries written.
    """
    from skillassess.services.audit_state import WRITTEN

    written = session.info.get(WRITTEN) or []
    if not written:
        return
    path = path_for(session)
    head_id, head_hash = written[-1].id, written[-1].hash
    accept = session.info.pop(ACCEPT, False)
    count: int | None = None
    first_hash: str | None = None
    cp = None if accept else _known(path)
    if cp is not None and written[0].prev_hash == cp.head_hash and cp.head_id < written[0].id:
        count, first_hash = cp.entries + len(written), cp.first_hash
    elif not accept:
        result = check(session, trust=False, quick=True)
        if result.blocks_writing:
            raise CheckpointContradicted(result.message)
        cp = result.checkpoint
        if result.status == OK and cp is not None and cp.head_id <= head_id:
            count = cp.entries + int(
                session.execute(
                    select(func.count()).select_from(AuditEntry).where(AuditEntry.id > cp.head_id)
                ).scalar_one()
            )
            first_hash = cp.first_hash
    if count is None:
        count = _count(session)
    if first_hash is None:
        first_hash = _first_hash(session) or ""
    from skillassess.services import keys

    private, key_id, signer = keys.checkpoint_signer(session)
    body = {
        "at": utcnow().strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "database": _database_name(session),
        "entries": count,
        "first_hash": first_hash,
        "format": FORMAT,
        "head_hash": head_hash,
        "head_id": head_id,
        "key_id": key_id,
        "signer": signer,
        "version": VERSION,
    }
    session.info[PENDING] = (path, body, private, accept)


def write_prepared(session: Session) -> None:
    """After the commit: write the prepared checkpoint (a failure is logged; the change is saved)."""
    pending = session.info.pop(PENDING, None)
    if pending is None:
        return
    path, body, private, accepted = pending
    try:
        current = parse(path.read_bytes()) if path.exists() and not accepted else None
    except (OSError, ValueError, UnicodeDecodeError):
        current = None
    if current is not None and current.first_hash == body["first_hash"] and current.head_id > body["head_id"]:
        return  # another process wrote a newer one meanwhile
    try:
        data = file_bytes(body, private)
        write_atomically(path, data, sync_folder=False)
    except (OSError, FileWriteError) as exc:
        log.warning("Cannot write the audit checkpoint %s: %s", path, exc)
        return
    cp = parse(data)
    stat = _stat(path)
    if stat is not None:
        _verified[path] = (stat, cp)


# --- Recording a loss -----------------------------------------------------------------------------------


def accept_loss(session: Session, actor: Any) -> CheckpointCheck:
    """An administrator records in the log that entries its checkpoint recorded are lost, and starts anew.

    The records whose audit entries were lost (they now differ from the log, or have no entry) are
    recorded in the same entry as they are now, so that the log covers the data again; the entry
    names them, and keeps what the old checkpoint said.
    """
    from skillassess.core.audit_state import describe_key, shape
    from skillassess.services.audit import record
    from skillassess.services.audit_state import touch
    from skillassess.services.audit_verification import verify

    actor.require(Role.ADMINISTRATOR, action="record a loss of audit entries")
    result = check(session)
    if not result.failed:
        raise DomainError(msg("The audit log holds every entry its checkpoint records: there is no loss to record."))
    differing: dict[str, set[tuple[Any, ...]]] = {}
    verify(session, checkpoint=False, keys_out=differing)
    for table, keys in differing.items():
        touch(session, table, keys)
    before = result.checkpoint.body() if result.checkpoint is not None else None
    head = session.execute(select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first()
    after = {
        "problem": result.status,
        "entries": _count(session),
        "head_id": int(head[0]) if head else None,
        "head_hash": str(head[1]) if head else None,
        "accepted_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "records_recorded_as_found": sum(len(k) for k in differing.values()),
        "records": sorted(
            f"{t} ({describe_key(t, shape(t).key_text(k))})" for t, keys in differing.items() for k in keys
        )[:200],
    }
    session.info[ACCEPT] = True
    record(session, actor, AuditAction.UPDATE, "audit_checkpoint", result.path.name, before, after)
    return result
